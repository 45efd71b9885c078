// SPDX-License-Identifier: MIT
#include "geokg/query/neighbors.hpp"

#include <map>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "../index_list.hpp"
#include "test_graphs.hpp"

namespace {

using namespace geokg::query::testing;
using geokg::relation_kind;
using geokg::sign;
using geokg::query::direction;
using ids = geokg::test_support::index_list<geokg::relation_index>;
using actors = std::vector<geokg::actor_index>;

class neighbors_test : public ::testing::Test {
 protected:
  geokg::knowledge_graph g = jku_graph();
};

TEST_F(neighbors_test, who_sanctions_south_korea) {
  const auto n =
      geokg::query::neighbors(g, KOR, {.kinds = {relation_kind::sanction}, .dir = direction::in});
  EXPECT_EQ(n.relations, (ids{5}));
  EXPECT_EQ(n.actors, (actors{CHN}));
  // South Korea sanctions no one.
  EXPECT_TRUE(
      geokg::query::neighbors(g, KOR, {.kinds = {relation_kind::sanction}, .dir = direction::out})
          .relations.empty());
}

TEST_F(neighbors_test, japans_friends_on_a_date_by_option_or_by_view) {
  const auto by_option =
      geokg::query::neighbors(g, JPN, {.polarity = sign::positive, .at = d("2023-08-19")});
  EXPECT_EQ(by_option.relations, (ids{0, 3, 12, 14}));  // the aid (4) ended in 1975
  EXPECT_EQ(by_option.actors, (actors{USA, KOR}));
  const auto by_view = geokg::query::neighbors(
      geokg::view(g, geokg::is_active_at{d("2023-08-19")} && geokg::has_sign{sign::positive}), JPN);
  EXPECT_EQ(by_view, by_option);
  const auto in_1960 =
      geokg::query::neighbors(g, JPN, {.polarity = sign::positive, .at = d("1960")});
  EXPECT_TRUE(in_1960.relations.empty());  // the 1960 treaty entered into force on 23 June
}

TEST_F(neighbors_test, direction_follows_the_kind) {
  // Undirected kinds count both ways; directed ones only from source (out) or target (in).
  EXPECT_EQ(geokg::query::neighbors(g, JPN, {.dir = direction::out}).relations,
            (ids{0, 2, 3, 4, 9, 10, 12, 14, 17}));
  EXPECT_EQ(geokg::query::neighbors(g, JPN, {.dir = direction::in}).relations,
            (ids{0, 3, 7, 9, 12, 14, 17}));
  EXPECT_EQ(geokg::query::neighbors(g, JPN).relations, (ids{0, 2, 3, 4, 7, 9, 10, 12, 14, 17}));
  EXPECT_EQ(geokg::query::neighbors(g, JPN).actors, (actors{USA, KOR, PRK, KOREA_EMPIRE, QUAD}));
}

TEST_F(neighbors_test, relations_between_two_actors_in_either_direction) {
  EXPECT_EQ(geokg::query::relations_between(g, JPN, KOR), (ids{3, 4, 9, 14}));
  EXPECT_EQ(geokg::query::relations_between(g, KOR, JPN), (ids{3, 4, 9, 14}));
  EXPECT_EQ(geokg::query::relations_between(g, KOR, JPN, {.dir = direction::out}), (ids{3, 9, 14}));
  EXPECT_EQ(geokg::query::relations_between(g, JPN, KOR, {.at = d("2016")}), (ids{3, 9}));
  EXPECT_TRUE(geokg::query::relations_between(g, USA, RUS).empty());
  EXPECT_TRUE(geokg::query::relations_between(g, USA, 999).empty());  // out of range: empty
}

TEST_F(neighbors_test, collapsed_sign_allies_and_adversaries) {
  const auto in_2017 = geokg::active_at(g, d("2017-01-01"));
  EXPECT_EQ(geokg::query::collapsed_sign(in_2017, CHN, KOR), sign::negative);
  // Normalisation (+) and the island dispute (-) cancel out until the 2023 partnership.
  EXPECT_EQ(geokg::query::collapsed_sign(in_2017, JPN, KOR), sign::neutral);
  const auto in_2023 = geokg::active_at(g, d("2023-08-19"));
  EXPECT_EQ(geokg::query::collapsed_sign(in_2023, JPN, KOR), sign::positive);
  EXPECT_EQ(geokg::query::allies(in_2023, JPN), (actors{USA, KOR}));
  EXPECT_EQ(geokg::query::adversaries(in_2023, JPN), (actors{PRK}));
  EXPECT_EQ(geokg::query::adversaries(in_2023, KOR), (actors{PRK}));
  EXPECT_EQ(geokg::query::partners(in_2023, JPN, sign::neutral), (actors{QUAD}));
}

TEST_F(neighbors_test, works_on_a_users_own_filtered_graph) {
  struct not_membership {
    const geokg::knowledge_graph* g = nullptr;
    bool operator()(const geokg::knowledge_graph::edge& e) const {
      return (*g)[e].kind != relation_kind::membership;
    }
  };
  const boost::filtered_graph<const geokg::knowledge_graph::graph_type, not_membership> mine(
      g.graph(), not_membership{&g});
  EXPECT_EQ(geokg::query::neighbors(g, mine, JPN).actors, (actors{USA, KOR, PRK, KOREA_EMPIRE}));
}

// Brute force: scan every relation of the graph with the documented semantics.
TEST(neighbors_random, agree_with_a_linear_scan) {
  constexpr std::uint64_t seed = 20240611;
  const auto g = random_graph(seed, {.actors = 15, .relations = 120});
  rng r(seed + 1);
  for (int round = 0; round < 200; ++round) {
    const geokg::actor_index a = r.below(15);
    geokg::query::neighbor_options o;
    o.dir = static_cast<direction>(r.below(3));
    if (r.chance(50)) o.polarity = static_cast<sign>(r.between(-1, 1));
    if (r.chance(50)) o.at = random_date(r, 1850, 2060);
    o.rule = static_cast<geokg::time_rule>(r.below(3));
    if (r.chance(30))
      o.kinds = geokg::kind_set{relation_kind::alliance, relation_kind::war,
                                relation_kind::sanction, relation_kind::support};
    geokg::query::neighborhood expected;
    for (const geokg::relation_index i : g.relation_indices()) {
      const auto& rel = g.relation_at(i);
      if (rel.source != a && rel.target != a) continue;
      if (!o.kinds.contains(rel.kind) || (o.polarity && rel.polarity() != *o.polarity) ||
          (o.at && !rel.when.contains(*o.at, o.rule)))
        continue;
      const bool outward = rel.source == a;
      if (o.dir != direction::both && rel.directed() && outward != (o.dir == direction::out))
        continue;
      expected.relations.push_back(i);
      const auto other = outward ? rel.target : rel.source;
      if (std::find(expected.actors.begin(), expected.actors.end(), other) == expected.actors.end())
        expected.actors.push_back(other);
    }
    std::sort(expected.actors.begin(), expected.actors.end());
    SCOPED_TRACE(::testing::Message() << "round " << round << " actor " << a);
    EXPECT_EQ(geokg::query::neighbors(g, a, o), expected);

    // Allies by collapsed sign, from pair sums over the whole graph.
    std::map<geokg::actor_index, long long> sums;
    for (const auto& rel : g.relations()) {
      if (rel.source == a) sums[rel.target] += geokg::to_int(rel.polarity());
      if (rel.target == a) sums[rel.source] += geokg::to_int(rel.polarity());
    }
    actors friends;
    for (const auto& [other, sum] : sums)
      if (sum > 0) friends.push_back(other);
    EXPECT_EQ(geokg::query::allies(g, a), friends);
  }
}

}  // namespace
