// SPDX-License-Identifier: MIT
#include "geokg/query/timeline.hpp"

#include <algorithm>
#include <vector>

#include <gtest/gtest.h>

#include "../index_list.hpp"
#include "test_graphs.hpp"

namespace {

using namespace geokg::query::testing;
using geokg::statement_kind;
using geokg::statement_ref;
using ids = geokg::test_support::index_list<geokg::relation_index>;
using event_ids = geokg::test_support::index_list<geokg::event_index>;

class timeline_test : public ::testing::Test {
 protected:
  geokg::knowledge_graph g = jku_graph();
};

TEST_F(timeline_test, a_dyad_in_chronological_order) {
  const auto t = geokg::query::timeline(g, JPN, KOR);
  // Dispute 1952, then normalisation and aid (both 1965-12-18: by index), then the partnership.
  EXPECT_EQ(t.relations, (ids{9, 3, 4, 14}));
  EXPECT_EQ(t.events, (event_ids{1, 0}));  // six-party talks (2003), Camp David (2023)
  const std::vector<statement_ref> entries{
      {statement_kind::relation, 9}, {statement_kind::relation, 3},  {statement_kind::relation, 4},
      {statement_kind::event, 1},    {statement_kind::relation, 14},  // same day as Camp David:
      {statement_kind::event, 0}};                                    // relations come first
  EXPECT_EQ(t.entries, entries);
  // The order of the two actors does not matter.
  EXPECT_EQ(geokg::query::timeline(g, KOR, JPN), t);
}

TEST_F(timeline_test, groups_of_actors_and_open_starts_first) {
  const std::vector<geokg::actor_index> japan{JPN};
  const std::vector<geokg::actor_index> korea{KOR, KOREA_EMPIRE};
  const auto t = geokg::query::timeline(g, japan, korea);
  // The hostility "../1910-08-29" has an open start, so it comes first although added last.
  EXPECT_EQ(t.relations, (ids{17, 2, 9, 3, 4, 14}));
  EXPECT_EQ(t.events, (event_ids{1, 0}));
}

TEST_F(timeline_test, a_view_filters_relations_but_not_events) {
  const auto friendly = geokg::with_sign(g, geokg::sign::positive);
  const auto t = geokg::query::timeline(friendly, JPN, KOR);
  EXPECT_EQ(t.relations, (ids{3, 4, 14}));
  EXPECT_EQ(t.events, (event_ids{1, 0}));
  EXPECT_TRUE(geokg::query::timeline(g, USA, RUS).relations.empty());
  EXPECT_EQ(geokg::query::timeline(g, USA, RUS).events, (event_ids{1}));
  EXPECT_EQ(geokg::query::timeline(g, QUAD, RUS), geokg::query::dyad_timeline{});
}

TEST_F(timeline_test, starts_before_orders_open_starts_first) {
  EXPECT_TRUE(geokg::query::starts_before(span("../1900"), span("1900/..")));
  EXPECT_FALSE(geokg::query::starts_before(span("1900/.."), span("../1900")));
  EXPECT_TRUE(geokg::query::starts_before(span("1965-01-01/.."), span("1965/..")));
  EXPECT_TRUE(geokg::query::starts_before(span("1965/.."), span("1965-06-22/..")));
  EXPECT_FALSE(geokg::query::starts_before(span("1965/1970"), span("1965/1980")));  // equal starts
}

// Brute force: every relation between the two, sorted by (start, index).
TEST(timeline_random, agrees_with_a_sort_of_all_relations) {
  constexpr std::uint64_t seed = 7;
  const auto g = random_graph(seed, {.actors = 6, .relations = 150});
  for (geokg::actor_index a = 0; a < 6; ++a) {
    for (geokg::actor_index b = 0; b < 6; ++b) {
      if (a == b) continue;
      ids expected;
      for (const geokg::relation_index i : g.relation_indices()) {
        const auto& r = g.relation_at(i);
        if ((r.source == a && r.target == b) || (r.source == b && r.target == a))
          expected.push_back(i);
      }
      std::sort(expected.begin(), expected.end(), [&](auto x, auto y) {
        const auto sx = g.relation_at(x).when.start();
        const auto sy = g.relation_at(y).when.start();
        if (sx.has_value() != sy.has_value()) return !sx.has_value();  // open start first
        if (sx && *sx != *sy) return *sx < *sy;
        return x < y;
      });
      EXPECT_EQ(geokg::query::timeline(g, a, b).relations, expected) << a << " " << b;
    }
  }
}

}  // namespace
