// SPDX-License-Identifier: MIT
#include "geokg/analysis/centrality.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "test_networks.hpp"

namespace {

namespace ga = geokg::analysis;
using geokg::sign;
using geokg::test::d;
using geokg::test::expect_invalid;
using geokg::test::from_edges;

constexpr double tight = 1e-9;

// The reference values of the tests below that are not derived by hand come from networkx 2.8.8
// (Debian 12, python3-networkx), run offline on the same graphs:
//   nx.betweenness_centrality(G, normalized=True)            (G: all edges, signs dropped)
//   nx.betweenness_centrality(P, normalized=True)            (P: positive edges, all vertices)
//   nx.eigenvector_centrality(P, max_iter=1000, tol=1e-12)
//   _pagerank_python(P, alpha=0.85, max_iter=1000, tol=1e-13)  (networkx.algorithms.
//       link_analysis.pagerank_alg; the same iteration as nx.pagerank without scipy)
// with the vertices numbered as here, and printed with 15 significant digits ("%.15g").
// scripts/crosscheck repeats these computations against the geokg tool on other graphs.

// Brute-force betweenness: shortest-path counts between all pairs (Floyd-Warshall style BFS per
// source), then sum over pairs s < t of sigma(s,v) sigma(v,t) / sigma(s,t), normalised by the
// (n-1)(n-2)/2 pairs. An independent definition to test Brandes' algorithm against.
std::vector<double> brute_betweenness(const ga::signed_graph& g, bool positive_only) {
  const std::size_t n = g.num_vertices();
  std::vector<std::vector<std::size_t>> adj(n);
  for (const auto& e : g.edges) {
    if (positive_only && e.polarity != sign::positive) continue;
    adj[e.u].push_back(e.v);
    adj[e.v].push_back(e.u);
  }
  constexpr auto far = std::numeric_limits<std::size_t>::max();
  std::vector<std::vector<std::size_t>> dist(n, std::vector<std::size_t>(n, far));
  std::vector<std::vector<double>> sigma(n, std::vector<double>(n, 0.0));
  for (std::size_t s = 0; s < n; ++s) {
    std::vector<std::size_t> queue{s};
    dist[s][s] = 0;
    sigma[s][s] = 1.0;
    for (std::size_t i = 0; i < queue.size(); ++i) {
      const std::size_t v = queue[i];
      for (const std::size_t w : adj[v]) {
        if (dist[s][w] == far) dist[s][w] = dist[s][v] + 1, queue.push_back(w);
        if (dist[s][w] == dist[s][v] + 1) sigma[s][w] += sigma[s][v];
      }
    }
  }
  std::vector<double> b(n, 0.0);
  for (std::size_t s = 0; s < n; ++s) {
    for (std::size_t t = s + 1; t < n; ++t) {
      if (dist[s][t] == far) continue;
      for (std::size_t v = 0; v < n; ++v) {
        if (v == s || v == t || dist[s][v] == far || dist[v][t] == far) continue;
        if (dist[s][v] + dist[v][t] == dist[s][t]) b[v] += sigma[s][v] * sigma[v][t] / sigma[s][t];
      }
    }
  }
  if (n > 2) {
    for (double& x : b)
      x /= static_cast<double>((n - 1) * (n - 2)) / 2.0;
  }
  return b;
}

// --- hand-computed graphs ------------------------------------------------------------------------

// A star of four allies around vertex 0. By hand: the centre lies on the shortest path of all
// C(4,2) = 6 pairs of leaves, and there are (n-1)(n-2)/2 = 6 pairs without it: betweenness 1.
// The adjacency matrix has eigenvalue sqrt(4) = 2 with eigenvector (2, 1, 1, 1, 1), of norm
// sqrt(8): centre 1/sqrt(2), leaves 1/(2 sqrt(2)). PageRank: c = 0.15/5 + 0.85 * 4 l and
// l = 0.15/5 + 0.85 c / 4 give c = 0.132 / 0.2775 = 0.475676 and l = (1 - c) / 4.
TEST(centrality, star_by_hand) {
  const auto g = from_edges(5, {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}, {0, 4, 1}});
  const auto r = ga::centrality(g);
  ASSERT_EQ(r.vertices.size(), 5U);
  EXPECT_EQ(r.vertices[0].positive_degree, 4U);
  EXPECT_EQ(r.vertices[0].net_degree(), 4);
  EXPECT_NEAR(r.vertices[0].betweenness, 1.0, tight);
  EXPECT_NEAR(r.vertices[0].positive_betweenness, 1.0, tight);
  EXPECT_NEAR(r.vertices[0].eigenvector, 1.0 / std::sqrt(2.0), tight);
  const double centre = 0.132 / 0.2775;
  EXPECT_NEAR(r.vertices[0].pagerank, centre, tight);
  for (std::size_t v = 1; v < 5; ++v) {
    SCOPED_TRACE(v);
    EXPECT_EQ(r.vertices[v].degree(), 1U);
    EXPECT_EQ(r.vertices[v].betweenness, 0.0);
    EXPECT_NEAR(r.vertices[v].eigenvector, 1.0 / (2.0 * std::sqrt(2.0)), tight);
    EXPECT_NEAR(r.vertices[v].pagerank, (1.0 - centre) / 4.0, tight);
  }
  EXPECT_TRUE(r.pagerank.converged);
  EXPECT_TRUE(r.eigenvector.converged);
}

// A path 0 + 1 - 2 + 3 (the middle tie hostile). By hand: on all edges, 1 and 2 each lie between
// two of the three pairs without them: 2/3. The positive layer is two separate pairs: no vertex
// lies between others, and the two equal components keep the uniform start (networkx gives 0.5
// each for eigenvector centrality and 0.25 each for PageRank).
TEST(centrality, path_with_a_negative_middle_by_hand) {
  const auto g = from_edges(4, {{0, 1, 1}, {1, 2, -1}, {2, 3, 1}});
  const auto r = ga::centrality(g);
  const double betweenness[] = {0.0, 2.0 / 3.0, 2.0 / 3.0, 0.0};
  const std::int64_t net[] = {1, 0, 0, 1};
  for (std::size_t v = 0; v < 4; ++v) {
    SCOPED_TRACE(v);
    EXPECT_NEAR(r.vertices[v].betweenness, betweenness[v], tight);
    EXPECT_EQ(r.vertices[v].positive_betweenness, 0.0);
    EXPECT_NEAR(r.vertices[v].eigenvector, 0.5, tight);
    EXPECT_NEAR(r.vertices[v].pagerank, 0.25, tight);
    EXPECT_EQ(r.vertices[v].net_degree(), net[v]);
  }
  EXPECT_EQ(r.vertices[1].negative_degree, 1U);
  EXPECT_EQ(r.vertices[1].degree(), 2U);
}

// Two allied triangles {0,1,2} and {3,4,5} joined by the alliance 2-3, with a hostile tie 0-5.
// By hand on the positive layer: 2 and 3 each lie between the 2 x 3 pairs across the bridge
// (6 of 10 pairs: 0.6). With the hostile tie the graph is a 6-cycle 0-2-3-5 with chords, and
// 0, 2, 3, 5 each carry 2 of 10 pairs (0.2). Eigenvector and PageRank from networkx (see top).
TEST(centrality, two_triangles_joined_by_a_bridge) {
  const auto g = from_edges(
      6, {{0, 1, 1}, {0, 2, 1}, {1, 2, 1}, {3, 4, 1}, {3, 5, 1}, {4, 5, 1}, {2, 3, 1}, {0, 5, -1}});
  const auto r = ga::centrality(g);
  const double betweenness[] = {0.2, 0.0, 0.2, 0.2, 0.0, 0.2};
  const double positive_betweenness[] = {0.0, 0.0, 0.6, 0.6, 0.0, 0.0};
  const double eigenvector[] = {0.353553390593308,  0.353553390593308, 0.4999999999999516,
                                0.4999999999999517, 0.353553390593308, 0.353553390593308};
  const double pagerank[] = {0.14598540145985014, 0.14598540145985014, 0.20802919708029963,
                             0.2080291970802996,  0.14598540145985014, 0.14598540145985014};
  for (std::size_t v = 0; v < 6; ++v) {
    SCOPED_TRACE(v);
    EXPECT_NEAR(r.vertices[v].betweenness, betweenness[v], tight);
    EXPECT_NEAR(r.vertices[v].positive_betweenness, positive_betweenness[v], tight);
    // networkx stopped at its tolerance: agreement to about 1e-10, not to the last digit.
    EXPECT_NEAR(r.vertices[v].eigenvector, eigenvector[v], 1e-9);
    EXPECT_NEAR(r.vertices[v].pagerank, pagerank[v], tight);
  }
  // By hand as well: by symmetry x0 = x1 = x4 = x5 = a and x2 = x3 = b, so lambda a = a + b and
  // lambda b = 2a + b, hence lambda = 1 + sqrt(2) and b / a = sqrt(2).
  EXPECT_NEAR(r.vertices[2].eigenvector / r.vertices[0].eigenvector, std::sqrt(2.0), 1e-8);
}

// --- Read's Highland Tribes ----------------------------------------------------------------------

// Reference values: networkx 2.8.8 on the tribes (vertex v = the v-th tribe of
// highland_tribes_nodes.csv), computed offline as described at the top of this file.
TEST(centrality, highland_tribes_match_networkx) {
  const auto kg = geokg::test::highland_tribes();
  const auto sg = ga::signed_snapshot(kg, d("1954"));
  ASSERT_EQ(sg.num_vertices(), 16U);
  const auto r = ga::centrality(sg, {.tolerance = 1e-12});
  const double betweenness[16] = {
      0.0750113378684807, 0.0524716553287982,  0.0322751322751323, 0.00238095238095238,
      0.0348412698412698, 0.071984126984127,   0.0324338624338624, 0.062962962962963,
      0.0169160997732426, 0.00380952380952381, 0.0571012849584278, 0.0326303854875283,
      0.0429478458049887, 0.015978835978836,   0.0463756613756614, 0.0389266817838246};
  const double positive_betweenness[16] = {0,
                                           0,
                                           0.0333333333333333,
                                           0,
                                           0.0714285714285714,
                                           0.00634920634920635,
                                           0.295238095238095,
                                           0.0587301587301587,
                                           0.0126984126984127,
                                           0,
                                           0,
                                           0,
                                           0.147619047619048,
                                           0.00317460317460317,
                                           0,
                                           0};
  // {Gavev, Kotun, Nagad, Gama} (vertices 0, 1, 14, 15) form a separate positive component with
  // a smaller largest eigenvalue (3, a 4-clique), so their centrality decays to zero.
  const double eigenvector[16] = {
      8.15336866347403e-12, 8.15336866347403e-12, 0.315855193937963,    0.162168712512535,
      0.123478759135772,    0.413374205602669,    0.458490182343428,    0.44196023247556,
      0.063756275323096,    0.041990257253405,    0.357697343389468,    0.357697343389468,
      0.132464464255397,    0.0547705702034705,   8.15336866347403e-12, 8.15336866347403e-12};
  const double pagerank[16] = {0.0625,
                               0.0625,
                               0.0615613969899069,
                               0.0348498545932485,
                               0.0559715535899905,
                               0.072702800903758,
                               0.103951440363406,
                               0.0874804075265748,
                               0.0585775498254635,
                               0.0416252038073569,
                               0.0593653444924204,
                               0.0593653444924204,
                               0.0736622652081608,
                               0.0408868382072932,
                               0.0625,
                               0.0625};
  const std::uint32_t degree[16] = {8, 8, 6, 3, 7, 10, 7, 7, 7, 5, 9, 8, 8, 5, 9, 9};
  const std::uint32_t positive_degree[16] = {3, 3, 4, 2, 3, 5, 7, 6, 3, 2, 4, 4, 4, 2, 3, 3};
  for (std::size_t v = 0; v < 16; ++v) {
    SCOPED_TRACE(kg[sg.actors[v]].id.str());
    EXPECT_EQ(r.vertices[v].degree(), degree[v]);
    EXPECT_EQ(r.vertices[v].positive_degree, positive_degree[v]);
    EXPECT_NEAR(r.vertices[v].betweenness, betweenness[v], 1e-12);
    EXPECT_NEAR(r.vertices[v].positive_betweenness, positive_betweenness[v], 1e-12);
    EXPECT_NEAR(r.vertices[v].eigenvector, eigenvector[v], 1e-9);
    EXPECT_NEAR(r.vertices[v].pagerank, pagerank[v], 1e-9);
  }
  EXPECT_TRUE(r.pagerank.converged);
  EXPECT_TRUE(r.eigenvector.converged);
}

// --- properties on random graphs -----------------------------------------------------------------

TEST(centrality, betweenness_equals_a_brute_force_count_on_random_graphs) {
  for (std::uint64_t seed = 1; seed <= 12; ++seed) {
    SCOPED_TRACE(seed);
    const auto g = geokg::test::random_graph(25, 0.15, 0.4, seed);
    const auto r = ga::centrality(g);
    const auto all = brute_betweenness(g, false);
    const auto positive = brute_betweenness(g, true);
    for (std::size_t v = 0; v < g.num_vertices(); ++v) {
      EXPECT_NEAR(r.vertices[v].betweenness, all[v], 1e-12);
      EXPECT_NEAR(r.vertices[v].positive_betweenness, positive[v], 1e-12);
    }
  }
}

// PageRank is the fixed point x = alpha (x P + dangling / n) + (1 - alpha) / n and sums to 1; the
// eigenvector has unit norm and satisfies A x = lambda x on a connected positive layer.
TEST(centrality, power_iterations_reach_their_fixed_points_on_random_graphs) {
  for (std::uint64_t seed = 1; seed <= 8; ++seed) {
    SCOPED_TRACE(seed);
    const auto g = geokg::test::random_graph(30, 0.4, 0.2, seed);
    const auto r = ga::centrality(g);
    ASSERT_TRUE(r.pagerank.converged);
    ASSERT_TRUE(r.eigenvector.converged);
    const std::size_t n = g.num_vertices();
    std::vector<std::vector<std::size_t>> adj(n);
    for (const auto& e : g.edges) {
      if (e.polarity != sign::positive) continue;
      adj[e.u].push_back(e.v);
      adj[e.v].push_back(e.u);
    }
    double sum = 0.0;
    double norm = 0.0;
    double dangling = 0.0;
    for (std::size_t v = 0; v < n; ++v) {
      sum += r.vertices[v].pagerank;
      norm += r.vertices[v].eigenvector * r.vertices[v].eigenvector;
      if (adj[v].empty()) dangling += r.vertices[v].pagerank;
    }
    EXPECT_NEAR(sum, 1.0, 1e-12);
    EXPECT_NEAR(norm, 1.0, 1e-12);
    // Rayleigh quotient as lambda, then the residual of every row.
    double lambda = 0.0;
    for (std::size_t v = 0; v < n; ++v) {
      for (const std::size_t w : adj[v])
        lambda += r.vertices[v].eigenvector * r.vertices[w].eigenvector;
    }
    for (std::size_t v = 0; v < n; ++v) {
      double in = 0.0;
      double ax = 0.0;
      for (const std::size_t w : adj[v]) {
        in += r.vertices[w].pagerank / static_cast<double>(adj[w].size());
        ax += r.vertices[w].eigenvector;
      }
      const double expected =
          0.85 * (in + dangling / static_cast<double>(n)) + 0.15 / static_cast<double>(n);
      EXPECT_NEAR(r.vertices[v].pagerank, expected, 1e-9);
      EXPECT_NEAR(ax, lambda * r.vertices[v].eigenvector, 1e-7);
    }
  }
}

// --- edges and options ---------------------------------------------------------------------------

TEST(centrality, handles_empty_and_edgeless_graphs) {
  const auto none = ga::centrality(ga::signed_graph{});
  EXPECT_TRUE(none.vertices.empty());
  EXPECT_TRUE(none.pagerank.converged);
  // No positive edge: every vertex is dangling (PageRank 1/n) and A + I is the identity
  // (eigenvector 1/sqrt(n)), as networkx gives.
  const auto g = from_edges(4, {{0, 1, -1}});
  const auto r = ga::centrality(g);
  for (const auto& v : r.vertices) {
    EXPECT_NEAR(v.pagerank, 0.25, tight);
    EXPECT_NEAR(v.eigenvector, 0.5, tight);
    EXPECT_EQ(v.positive_betweenness, 0.0);
  }
  EXPECT_EQ(r.vertices[0].net_degree(), -1);
}

TEST(centrality, reports_an_iteration_cap_that_stops_the_power_iterations) {
  const auto g = geokg::test::random_graph(20, 0.3, 0.2, 5);
  const auto r = ga::centrality(g, {.max_iterations = 2});
  EXPECT_EQ(r.pagerank.iterations, 2U);
  EXPECT_FALSE(r.pagerank.converged);
  EXPECT_FALSE(r.eigenvector.converged);
  EXPECT_GT(r.pagerank.residual, 0.0);
}

TEST(centrality, skips_betweenness_when_asked) {
  const auto g = from_edges(3, {{0, 1, 1}, {1, 2, 1}});
  const auto r = ga::centrality(g, {.betweenness = false, .positive_betweenness = false});
  EXPECT_EQ(r.vertices[1].betweenness, 0.0);
  EXPECT_EQ(r.vertices[1].positive_betweenness, 0.0);
  EXPECT_NEAR(ga::centrality(g).vertices[1].betweenness, 1.0, tight);
}

TEST(centrality, rejects_bad_graphs_and_options) {
  const ga::signed_graph reversed{.actors = {0, 1}, .edges = {{.u = 1, .v = 0}}};
  expect_invalid([&] { ga::centrality(reversed); });
  const auto ok = from_edges(2, {{0, 1, 1}});
  expect_invalid([&] { ga::centrality(ok, {.damping = 1.0}); });
  expect_invalid([&] { ga::centrality(ok, {.damping = -0.1}); });
  expect_invalid([&] { ga::centrality(ok, {.tolerance = 0.0}); });
  expect_invalid([&] { ga::centrality(ok, {.max_iterations = 0}); });
}

// --- ranking and text ----------------------------------------------------------------------------

TEST(centrality_measure, names_round_trip) {
  for (auto m : {ga::centrality_measure::positive_degree, ga::centrality_measure::negative_degree,
                 ga::centrality_measure::degree, ga::centrality_measure::net_degree,
                 ga::centrality_measure::betweenness, ga::centrality_measure::positive_betweenness,
                 ga::centrality_measure::eigenvector, ga::centrality_measure::pagerank}) {
    EXPECT_EQ(ga::parse_centrality_measure(ga::to_string(m)), m);
  }
  EXPECT_EQ(ga::parse_centrality_measure("closeness"), std::nullopt);
}

TEST(ranking, orders_by_the_measure_with_ties_by_vertex) {
  const auto g = from_edges(5, {{0, 1, -1}, {1, 2, 1}, {1, 3, 1}, {3, 4, 1}});
  const auto r = ga::centrality(g);
  EXPECT_EQ(ga::ranking(r, ga::centrality_measure::degree),
            (std::vector<ga::signed_vertex>{1, 3, 0, 2, 4}));
  EXPECT_EQ(ga::ranking(r, ga::centrality_measure::net_degree),
            (std::vector<ga::signed_vertex>{3, 1, 2, 4, 0}));
  EXPECT_EQ(ga::ranking(r, ga::centrality_measure::negative_degree).front(), 0U);
}

TEST(centrality, prints_an_aligned_table_with_actor_ids_and_names) {
  const auto kg = geokg::test::highland_tribes();
  const auto sg = ga::signed_snapshot(kg, d("1954"));
  const auto text = ga::to_string(ga::centrality(sg), sg, kg);
  EXPECT_EQ(text.substr(0, text.find('\n')),
            "actor  name   deg+  deg-  deg  net  betweenness  betweenness+  eigenvector+  "
            "pagerank+");
  // Masil (vertex 6): 7 allies, 0 enemies.
  EXPECT_NE(text.find("\nMasil  Masil     7     0    7    7     0.032434      0.295238      "
                      "0.458490   0.103951\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("pagerank+ (damping 0.85): "), std::string::npos) << text;
  EXPECT_NE(text.find("eigenvector+: "), std::string::npos) << text;
  const auto plain = ga::to_string(ga::centrality(sg));
  EXPECT_EQ(plain.substr(0, 6), "vertex");
}

// --- relation kinds ------------------------------------------------------------------------------

TEST(kind_degrees, counts_active_relations_by_kind_at_each_actor) {
  geokg::knowledge_graph g;
  for (const char* id : {"AAA", "BBB", "CCC"})
    g.add_actor({.id = geokg::actor_id(id)});
  using geokg::relation_kind;
  const auto add = [&](const char* a, const char* b, relation_kind k, const char* span) {
    g.add_relation({.source = geokg::actor_id(a),
                    .target = geokg::actor_id(b),
                    .kind = k,
                    .when = geokg::parse_interval(span).value()});
  };
  add("AAA", "BBB", relation_kind::alliance, "1950/..");
  add("AAA", "CCC", relation_kind::sanction, "1960/..");
  add("CCC", "AAA", relation_kind::sanction, "1960/1970");
  add("BBB", "CCC", relation_kind::war, "1940/1945");
  const auto t = ga::kind_degrees(geokg::active_at(g, d("1965")));
  const auto a = g.actor_index_of("AAA");
  const auto b = g.actor_index_of("BBB");
  const auto c = g.actor_index_of("CCC");
  EXPECT_EQ(t.actors.size(), 3U);
  EXPECT_EQ(t.at(a, relation_kind::alliance), 1U);
  EXPECT_EQ(t.at(a, relation_kind::sanction), 2U);  // both directions count
  EXPECT_EQ(t.at(c, relation_kind::sanction), 2U);
  EXPECT_EQ(t.at(b, relation_kind::war), 0U);  // ended in 1945
  EXPECT_EQ(ga::kind_degrees(geokg::active_at(g, d("1975"))).at(c, relation_kind::sanction), 1U);
}

}  // namespace
