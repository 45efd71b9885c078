// SPDX-License-Identifier: MIT
#include "geokg/analysis/communities.hpp"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "geokg/analysis/balance.hpp"
#include "test_networks.hpp"

namespace {

namespace ga = geokg::analysis;
using geokg::test::d;
using geokg::test::expect_invalid;
using geokg::test::from_edges;
using geokg::test::groups;

// Two allied triangles {0,1,2} and {3,4,5} joined by the alliance 2-3, with a hostile tie 0-5.
ga::signed_graph two_triangles() {
  return from_edges(
      6, {{0, 1, 1}, {0, 2, 1}, {1, 2, 1}, {3, 4, 1}, {3, 5, 1}, {4, 5, 1}, {2, 3, 1}, {0, 5, -1}});
}

// Six 4-cliques in a ring, clique c on vertices 4c .. 4c+3, joined by one edge from 4c+3 to the
// next clique's first vertex.
ga::signed_graph ring_of_cliques() {
  ga::signed_graph g;
  for (std::uint32_t v = 0; v < 24; ++v)
    g.actors.push_back(v);
  for (std::uint32_t c = 0; c < 6; ++c) {
    for (std::uint32_t a = 0; a < 4; ++a) {
      for (std::uint32_t b = a + 1; b < 4; ++b)
        g.edges.push_back({4 * c + a, 4 * c + b, geokg::sign::positive, 1.0});
    }
  }
  for (std::uint32_t c = 0; c < 6; ++c) {
    const std::uint32_t u = 4 * c + 3;
    const std::uint32_t v = 4 * ((c + 1) % 6);
    g.edges.push_back({std::min(u, v), std::max(u, v), geokg::sign::positive, 1.0});
  }
  return g;
}

// --- components ----------------------------------------------------------------------------------

TEST(positive_components, ignore_negative_edges_and_number_by_first_appearance) {
  // 1 + 3 allied, 0 - 2 hostile, 4 alone: {0}, {1, 3}, {2}, {4}.
  const auto g = from_edges(5, {{1, 3, 1}, {0, 2, -1}});
  const auto c = ga::positive_components(g);
  EXPECT_EQ(c.count, 4);
  EXPECT_EQ(c.component, (std::vector<int>{0, 1, 2, 1, 3}));
  EXPECT_EQ(c.sizes(), (std::vector<std::size_t>{1, 2, 1, 1}));
  const auto path = ga::positive_components(from_edges(4, {{0, 1, 1}, {1, 2, -1}, {2, 3, 1}}));
  EXPECT_EQ(path.component, (std::vector<int>{0, 0, 1, 1}));
}

// Reference: networkx 2.8.8, sorted(nx.connected_components(P)) on the positive layer of the
// tribes (offline, Debian python3-networkx): the 4-clique of Gavev, Kotun, Nagad and Gama, and the
// 12 other tribes. The same two groups are the sides of the frustration-index bipartition.
TEST(positive_components, highland_tribes_are_two_components) {
  const auto kg = geokg::test::highland_tribes();
  const auto sg = ga::signed_snapshot(kg, d("1954"));
  const auto c = ga::positive_components(sg);
  EXPECT_EQ(c.count, 2);
  EXPECT_EQ(
      groups(c.component, sg, kg),
      (std::set<std::set<std::string>>{{"Gavev", "Kotun", "Nagad", "Gama"},
                                       {"Ove", "Alika", "Nagam", "Gahuk", "Masil", "Ukudz", "Notoh",
                                        "Kohik", "Geham", "Asaro", "Uheto", "Seuve"}}));
  const auto text = ga::to_string(c, sg, kg);
  EXPECT_EQ(text,
            "positive components: 2\n"
            "  component 1 (12): Ove, Alika, Nagam, Gahuk, Masil, Ukudz, Notoh, Kohik, Geham, "
            "Asaro, Uheto, Seuve\n"
            "  component 0 (4): Gavev, Kotun, Nagad, Gama\n");
}

// --- modularity ----------------------------------------------------------------------------------

// By hand on the positive layer of two_triangles (m = 7 positive edges): each triangle holds 3
// edges and degree total 7, so Q = 2 (3/7 - (7/14)^2) = 6/7 - 1/2 = 5/14 (networkx's
// `modularity` agrees: 0.35714285714285715). One community: 1 - 1 = 0. Resolution 2:
// 6/7 - 2 * 1/2 = -1/7.
TEST(modularity, two_triangles_by_hand) {
  const auto g = two_triangles();
  const std::vector<int> split{0, 0, 0, 1, 1, 1};
  EXPECT_NEAR(ga::modularity(g, split), 5.0 / 14.0, 1e-15);
  EXPECT_NEAR(ga::modularity(g, std::vector<int>(6, 7)), 0.0, 1e-15);
  EXPECT_NEAR(ga::modularity(g, split, 2.0), -1.0 / 7.0, 1e-15);
  // Singletons of a single edge: 0 - 2 (1/2)^2.
  EXPECT_NEAR(ga::modularity(from_edges(2, {{0, 1, 1}}), std::vector<int>{0, 1}), -0.5, 1e-15);
  EXPECT_EQ(ga::modularity(from_edges(2, {{0, 1, -1}}), std::vector<int>{0, 0}), 0.0);
}

// --- Louvain -------------------------------------------------------------------------------------

TEST(louvain_communities, separates_two_triangles_joined_by_a_bridge) {
  const auto g = two_triangles();
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    SCOPED_TRACE(seed);
    const auto c = ga::louvain_communities(g, {.seed = seed});
    EXPECT_EQ(c.count, 2);
    EXPECT_EQ(c.community, (std::vector<int>{0, 0, 0, 1, 1, 1}));
    EXPECT_NEAR(c.modularity, 5.0 / 14.0, 1e-12);
  }
}

// By hand: with m = 6 x 6 + 6 = 42 edges, each clique holds 6 edges and degree total 14, so the
// six cliques give Q = 6 (6/42 - (14/84)^2) = 6/7 - 1/6 = 29/42, the known optimum of the ring of
// cliques at this size (merging two neighbours loses: 13/42 - (28/84)^2 = 0.198 for the pair
// against 2 (6/42 - (14/84)^2) = 0.230 apart).
TEST(louvain_communities, finds_each_clique_of_a_ring) {
  const auto g = ring_of_cliques();
  const auto c = ga::louvain_communities(g);
  EXPECT_EQ(c.count, 6);
  for (std::uint32_t v = 0; v < 24; ++v)
    EXPECT_EQ(c.community[v], static_cast<int>(v / 4)) << v;
  EXPECT_NEAR(c.modularity, 29.0 / 42.0, 1e-12);
}

// References: igraph 0.10.2 (Debian python3-igraph), `community_optimal_modularity()` on the
// positive layer, an exact integer program: 0.525564803804994 with the same three groups; networkx
// 2.8.8 `louvain_communities(P, seed=s)` for s = 1..5 finds the same partition. It is also the
// optimal 3-bloc partition of the signed graph (balance_test, signed_blocs).
TEST(louvain_communities, highland_tribes_reach_the_optimal_modularity) {
  const auto kg = geokg::test::highland_tribes();
  const auto sg = ga::signed_snapshot(kg, d("1954"));
  const auto c = ga::louvain_communities(sg);
  EXPECT_EQ(c.count, 3);
  EXPECT_NEAR(c.modularity, 0.525564803804994, 1e-12);
  const std::set<std::set<std::string>> expected{
      {"Gavev", "Kotun", "Nagad", "Gama"},
      {"Nagam", "Notoh", "Kohik", "Uheto", "Seuve"},
      {"Ove", "Alika", "Gahuk", "Masil", "Ukudz", "Geham", "Asaro"}};
  EXPECT_EQ(groups(c.community, sg, kg), expected);
  const auto text = ga::to_string(c, sg, kg);
  EXPECT_NE(text.find("louvain communities: 3, modularity 0.525565 ("), std::string::npos) << text;
  EXPECT_NE(text.find("  community 2 (5): Nagam, Notoh, Kohik, Uheto, Seuve\n"), std::string::npos)
      << text;
}

TEST(louvain_communities, is_deterministic_given_a_seed_and_reports_its_levels) {
  for (std::uint64_t seed = 1; seed <= 5; ++seed) {
    SCOPED_TRACE(seed);
    const auto g = geokg::test::random_graph(60, 0.08, 0.3, seed);
    const auto a = ga::louvain_communities(g, {.seed = seed});
    const auto b = ga::louvain_communities(g, {.seed = seed});
    EXPECT_EQ(a.community, b.community);
    EXPECT_EQ(a.modularity, b.modularity);
    EXPECT_NEAR(a.modularity, ga::modularity(g, a.community), 1e-12);
    ASSERT_FALSE(a.level_modularity.empty());
    EXPECT_EQ(a.level_modularity.back(), a.modularity);
    for (std::size_t i = 1; i < a.level_modularity.size(); ++i)
      EXPECT_GT(a.level_modularity[i], a.level_modularity[i - 1]);
    // Communities are numbered by first appearance.
    int next = 0;
    for (const int l : a.community) {
      EXPECT_LE(l, next);
      if (l == next) ++next;
    }
    EXPECT_EQ(next, a.count);
    // Better than every actor on its own, and than the components (a sparse random graph has a
    // giant component whose modularity is 0 or worse).
    EXPECT_GT(a.modularity, ga::modularity(g, ga::positive_components(g).component));
  }
}

TEST(louvain_communities, leaves_a_graph_without_positive_edges_as_singletons) {
  const auto c = ga::louvain_communities(from_edges(3, {{0, 1, -1}}));
  EXPECT_EQ(c.count, 3);
  EXPECT_EQ(c.community, (std::vector<int>{0, 1, 2}));
  EXPECT_EQ(c.modularity, 0.0);
  EXPECT_TRUE(c.level_modularity.empty());
  EXPECT_EQ(ga::louvain_communities(ga::signed_graph{}).count, 0);
}

TEST(louvain_communities, higher_resolution_gives_smaller_communities) {
  const auto g = ring_of_cliques();
  const auto coarse = ga::louvain_communities(g, {.resolution = 0.2});
  const auto fine = ga::louvain_communities(g, {.resolution = 1.0});
  EXPECT_LT(coarse.count, fine.count);
}

TEST(louvain_communities, rejects_bad_options) {
  const auto g = two_triangles();
  expect_invalid([&] { ga::louvain_communities(g, {.resolution = 0.0}); });
  expect_invalid([&] { ga::louvain_communities(g, {.threshold = -1.0}); });
  const ga::signed_graph reversed{.actors = {0, 1}, .edges = {{.u = 1, .v = 0}}};
  expect_invalid([&] { ga::louvain_communities(reversed); });
  expect_invalid([&] { ga::positive_components(reversed); });
}

// --- bloc changes --------------------------------------------------------------------------------

ga::bloc_membership blocs(std::vector<geokg::actor_index> actors, std::vector<int> bloc) {
  int count = 0;
  for (const int b : bloc)
    count = std::max(count, b + 1);
  return {std::move(actors), std::move(bloc), count};
}

TEST(membership, lists_actors_in_increasing_order_and_renumbers_blocs) {
  ga::signed_graph g{.actors = {7, 3, 5}, .edges = {}};
  const auto m = ga::membership(g, std::vector<int>{4, 9, 4});
  EXPECT_EQ(m.actors, (std::vector<geokg::actor_index>{3, 5, 7}));
  EXPECT_EQ(m.bloc, (std::vector<int>{0, 1, 1}));
  EXPECT_EQ(m.count, 2);
}

TEST(bloc_changes, two_blocs_merge) {
  const auto before = blocs({0, 1, 2, 3, 4}, {0, 0, 0, 1, 1});
  const auto after = blocs({0, 1, 2, 3, 4}, {0, 0, 0, 0, 0});
  const auto r = ga::bloc_changes(before, after);
  EXPECT_EQ(r.matches, (std::vector<ga::bloc_match>{{0, 0, 3}}));
  EXPECT_EQ(r.moved, (std::vector<ga::bloc_move>{{3, 1, 0}, {4, 1, 0}}));
  EXPECT_EQ(r.merged, (std::vector<ga::bloc_merge>{{0, {0, 1}}}));
  EXPECT_TRUE(r.split.empty());
  EXPECT_TRUE(r.appeared.empty());
  EXPECT_TRUE(r.vanished.empty());
  EXPECT_FALSE(r.unchanged());
}

TEST(bloc_changes, one_bloc_splits) {
  const auto before = blocs({0, 1, 2, 3, 4}, {0, 0, 0, 0, 0});
  const auto after = blocs({0, 1, 2, 3, 4}, {0, 0, 0, 1, 1});
  const auto r = ga::bloc_changes(before, after);
  EXPECT_EQ(r.matches, (std::vector<ga::bloc_match>{{0, 0, 3}}));
  EXPECT_EQ(r.moved, (std::vector<ga::bloc_move>{{3, 0, 1}, {4, 0, 1}}));
  EXPECT_EQ(r.split, (std::vector<ga::bloc_split>{{0, {0, 1}}}));
  EXPECT_TRUE(r.merged.empty());
}

TEST(bloc_changes, actors_join_and_leave_and_blocs_appear_and_vanish) {
  // Before: {0, 1} and {2} and {3}. After: {1}, {2}, {5, 6}. Actor 0 and 3 left, 5 and 6 joined.
  const auto before = blocs({0, 1, 2, 3}, {0, 0, 1, 2});
  const auto after = blocs({1, 2, 5, 6}, {0, 1, 2, 2});
  const auto r = ga::bloc_changes(before, after);
  EXPECT_EQ(r.matches, (std::vector<ga::bloc_match>{{0, 0, 1}, {1, 1, 1}}));
  EXPECT_TRUE(r.moved.empty());
  EXPECT_EQ(r.left, (std::vector<geokg::actor_index>{0, 3}));
  EXPECT_EQ(r.joined, (std::vector<geokg::actor_index>{5, 6}));
  EXPECT_EQ(r.appeared, (std::vector<int>{2}));
  EXPECT_EQ(r.vanished, (std::vector<int>{2}));
}

TEST(bloc_changes, renumbered_blocs_are_no_change) {
  const auto before = blocs({0, 1, 2}, {0, 0, 1});
  const auto after = blocs({0, 1, 2}, {1, 1, 0});
  const auto r = ga::bloc_changes(before, after);
  EXPECT_TRUE(r.unchanged());
  EXPECT_EQ(r.matches, (std::vector<ga::bloc_match>{{0, 1, 2}, {1, 0, 1}}));
  const geokg::knowledge_graph kg;
  EXPECT_EQ(ga::to_string(r, before, after, kg), "no change\n");
}

// An alliance system over time: in 1950 two pairs, {AAA, BBB} and {CCC, DDD}; in 1960 BBB and
// CCC ally too (a merge), DDD's tie ends (it moves out, and with drop_isolated it leaves), EEE
// joins CCC.
TEST(bloc_changes, positive_components_of_two_snapshots) {
  geokg::knowledge_graph g;
  for (const char* id : {"AAA", "BBB", "CCC", "DDD", "EEE"})
    g.add_actor({.id = geokg::actor_id(id)});
  const auto ally = [&](const char* a, const char* b, const char* span) {
    g.add_relation({.source = geokg::actor_id(a),
                    .target = geokg::actor_id(b),
                    .kind = geokg::relation_kind::alliance,
                    .when = geokg::parse_interval(span).value()});
  };
  ally("AAA", "BBB", "1950/..");
  ally("CCC", "DDD", "1950/1955");
  ally("BBB", "CCC", "1958/..");
  ally("CCC", "EEE", "1958/..");
  const ga::snapshot_options opts{.drop_isolated = true};
  const auto s1 = ga::signed_snapshot(g, d("1952"), opts);
  const auto s2 = ga::signed_snapshot(g, d("1960"), opts);
  const auto m1 = ga::membership(s1, ga::positive_components(s1).component);
  const auto m2 = ga::membership(s2, ga::positive_components(s2).component);
  const auto r = ga::bloc_changes(m1, m2);
  EXPECT_EQ(r.merged.size(), 1U);
  EXPECT_EQ(r.left, (std::vector<geokg::actor_index>{g.actor_index_of("DDD")}));
  EXPECT_EQ(r.joined, (std::vector<geokg::actor_index>{g.actor_index_of("EEE")}));
  EXPECT_EQ(ga::to_string(r, m1, m2, g),
            "merged: {AAA BBB} + {CCC DDD} -> {AAA BBB CCC EEE}\n"
            "moved from {CCC DDD} to {AAA BBB CCC EEE}: CCC\n"
            "joined: EEE\n"
            "left: DDD\n");
}

TEST(bloc_changes, from_components_to_communities_of_the_tribes) {
  const auto kg = geokg::test::highland_tribes();
  const auto sg = ga::signed_snapshot(kg, d("1954"));
  const auto m1 = ga::membership(sg, ga::positive_components(sg).component);
  const auto m2 = ga::membership(sg, ga::louvain_communities(sg).community);
  const auto r = ga::bloc_changes(m1, m2);
  ASSERT_EQ(r.split.size(), 1U);
  EXPECT_EQ(r.split[0].after.size(), 2U);
  EXPECT_EQ(r.moved.size(), 5U);  // the 5 of {Nagam, Notoh, Kohik, Uheto, Seuve}
  EXPECT_TRUE(r.merged.empty());
}

}  // namespace
