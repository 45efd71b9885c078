// SPDX-License-Identifier: MIT
#include "geokg/query/diff.hpp"

#include <map>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "../index_list.hpp"
#include "test_graphs.hpp"

namespace {

using namespace geokg::query::testing;
using geokg::sign;
using geokg::query::sign_change;
using ids = geokg::test_support::index_list<geokg::relation_index>;
using actors = std::vector<geokg::actor_index>;

class diff_test : public ::testing::Test {
 protected:
  geokg::knowledge_graph g = jku_graph();
};

TEST_F(diff_test, the_thaad_sanctions_end_and_a_threat_begins) {
  const auto x = geokg::query::diff(g, d("2016-08-01"), d("2017-12-01"));
  EXPECT_EQ(x.started, (ids{16}));  // PRK threatens the USA from 2017
  EXPECT_EQ(x.ended, (ids{5}));     // China's THAAD sanctions, 2016-07/2017-11
  EXPECT_EQ(x.sign_changes, (std::vector<sign_change>{{USA, PRK, sign::neutral, sign::negative},
                                                      {KOR, CHN, sign::negative, sign::neutral}}));
  EXPECT_TRUE(x.appeared.empty());
  EXPECT_TRUE(x.disappeared.empty());
  // Reversed, the roles swap.
  const auto back = geokg::query::diff(g, d("2017-12-01"), d("2016-08-01"));
  EXPECT_EQ(back.started, (ids{5}));
  EXPECT_EQ(back.ended, (ids{16}));
}

TEST_F(diff_test, it_compares_states_not_histories) {
  // The sanctions began and ended between these dates: no change is reported.
  const auto x = geokg::query::diff(g, d("2016-06-30"), d("2017-12-01"));
  EXPECT_EQ(x.ended, ids{});
  EXPECT_EQ(x.started, (ids{16}));
  EXPECT_TRUE(geokg::query::diff(g, d("2000"), d("2000")).empty());
}

TEST_F(diff_test, actors_appear_and_disappear) {
  const auto end_of_empire = geokg::query::diff(g, d("1905"), d("1911"));
  EXPECT_EQ(end_of_empire.disappeared, (actors{KOREA_EMPIRE}));
  EXPECT_EQ(end_of_empire.ended,
            (ids{17}));  // hostility ../1910-08-29; the 1910-08-22 annexation day is in neither
  EXPECT_EQ(end_of_empire.started, ids{});
  const auto x = geokg::query::diff(g, d("1990"), d("1992"));
  EXPECT_EQ(x.appeared, (actors{RUS}));
  EXPECT_TRUE(x.started.empty() && x.ended.empty() && x.sign_changes.empty());
}

TEST_F(diff_test, the_2023_partnership_turns_japan_and_korea_positive) {
  const auto x = geokg::query::diff(g, d("2023-08-17"), d("2023-08-18"));
  EXPECT_EQ(x.started, (ids{12, 13, 14}));
  // USA-JPN and USA-KOR were already positive (alliances); JPN-KOR went from 0 to +.
  EXPECT_EQ(x.sign_changes, (std::vector<sign_change>{{JPN, KOR, sign::neutral, sign::positive}}));
}

TEST_F(diff_test, a_view_restricts_the_relations_compared) {
  const auto alliances = geokg::of_kinds(g, {geokg::relation_kind::alliance});
  const auto x = geokg::query::diff(alliances, d("1955"), d("1962"));
  EXPECT_EQ(x.started, (ids{0, 8}));
  EXPECT_EQ(x.sign_changes.size(), 2U);
  // The existence of actors does not depend on the edge filter.
  EXPECT_EQ(geokg::query::diff(alliances, d("1990"), d("1992")).appeared, (actors{RUS}));
}

// Brute force: set differences of the two active sets, pair sums from scratch.
TEST(diff_random, agrees_with_set_differences) {
  constexpr std::uint64_t seed = 424242;
  const auto g = random_graph(seed, {.actors = 10, .relations = 200});
  rng r(seed);
  for (int round = 0; round < 300; ++round) {
    const auto from = random_date(r, 1840, 2060);
    const auto to = random_date(r, 1840, 2060);
    const auto rule = static_cast<geokg::time_rule>(r.below(3));
    geokg::query::graph_diff expected;
    std::map<std::pair<geokg::actor_index, geokg::actor_index>, std::pair<long long, long long>>
        sums;
    for (const geokg::relation_index i : g.relation_indices()) {
      const auto& rel = g.relation_at(i);
      const bool then = rel.when.contains(from, rule);
      const bool now = rel.when.contains(to, rule);
      if (now && !then) expected.started.push_back(i);
      if (then && !now) expected.ended.push_back(i);
      auto& s = sums[{std::min(rel.source, rel.target), std::max(rel.source, rel.target)}];
      if (then) s.first += geokg::to_int(rel.polarity());
      if (now) s.second += geokg::to_int(rel.polarity());
    }
    for (const auto& [pair, s] : sums) {
      if (geokg::sign_of(s.first) != geokg::sign_of(s.second))
        expected.sign_changes.push_back(
            {pair.first, pair.second, geokg::sign_of(s.first), geokg::sign_of(s.second)});
    }
    for (geokg::actor_index a = 0; a < g.num_actors(); ++a) {
      const bool then = g[a].exists_at(from);
      const bool now = g[a].exists_at(to);
      if (now && !then) expected.appeared.push_back(a);
      if (then && !now) expected.disappeared.push_back(a);
    }
    SCOPED_TRACE(::testing::Message() << "round " << round << ": " << geokg::to_string(from)
                                      << " -> " << geokg::to_string(to));
    EXPECT_EQ(geokg::query::diff(g, from, to, {.rule = rule}), expected);
  }
}

}  // namespace
