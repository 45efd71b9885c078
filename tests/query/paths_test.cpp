// SPDX-License-Identifier: MIT
#include "geokg/query/paths.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <vector>

#include <gtest/gtest.h>

#include "../index_list.hpp"
#include "test_graphs.hpp"

namespace {

using namespace geokg::query::testing;
using geokg::relation_kind;
using geokg::sign;
using geokg::query::path;
using geokg::query::traversal;
using actors = std::vector<geokg::actor_index>;
using ids = geokg::test_support::index_list<geokg::relation_index>;

class paths_test : public ::testing::Test {
 protected:
  geokg::knowledge_graph g = jku_graph();
};

TEST_F(paths_test, shortest_path_by_hops) {
  const auto in_2023 = geokg::active_at(g, d("2023-08-19"));
  const auto p = geokg::query::shortest_path(in_2023, USA, KOR);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->actors, (actors{USA, KOR}));
  EXPECT_EQ(p->relations, (ids{1}));  // the alliance and the partnership link them: lowest index
  EXPECT_EQ(p->length, 1.0);
  // A friendly route to North Korea does not exist in 2023 ...
  EXPECT_FALSE(geokg::query::shortest_path(
      geokg::restrict(in_2023, geokg::has_sign{sign::positive}), USA, PRK));
  // ... but a hostile tie does: PRK threatens the USA.
  EXPECT_EQ(geokg::query::shortest_path(in_2023, USA, PRK)->relations, (ids{16}));
  // From an actor to itself: zero steps.
  EXPECT_EQ(geokg::query::shortest_path(in_2023, JPN, JPN), (path{{JPN}, {}, 0.0}));
  EXPECT_FALSE(geokg::query::shortest_path(in_2023, JPN, 999));
}

TEST_F(paths_test, directed_traversal_respects_directed_kinds) {
  const auto in_2023 = geokg::active_at(g, d("2023-08-19"));
  const geokg::query::path_options directed{.follow = traversal::directed};
  // PRK -> USA is a threat, followable from PRK only.
  EXPECT_EQ(geokg::query::shortest_path(in_2023, PRK, USA, directed)->hops(), 1U);
  // From the USA, go through the ROK, with which North Korea's hostility is undirected.
  const auto p = geokg::query::shortest_path(in_2023, USA, PRK, directed);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->actors, (actors{USA, KOR, PRK}));
  EXPECT_EQ(p->relations, (ids{1, 6}));
  // Membership is directed member -> organisation: QUAD reaches nobody.
  EXPECT_FALSE(geokg::query::shortest_path(in_2023, QUAD, JPN, directed));
  EXPECT_TRUE(geokg::query::shortest_path(in_2023, QUAD, JPN));
}

TEST_F(paths_test, weighted_shortest_path_uses_the_users_weight) {
  const auto in_2023 = geokg::active_at(g, d("2023-08-19"));
  // Hostile ties cost 10, others 1: the direct threat (10) beats USA-KOR-PRK (1 + 10).
  const auto cost = [](const geokg::relation& r) {
    return r.polarity() == sign::negative ? 10.0 : 1.0;
  };
  const auto p = geokg::query::shortest_path(in_2023, USA, PRK, cost);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->relations, (ids{16}));
  EXPECT_EQ(p->length, 10.0);
  // To China: USA-PRK-CHN (10 + 1) beats USA-KOR-PRK-CHN (1 + 10 + 1).
  const auto q = geokg::query::shortest_path(in_2023, USA, CHN, cost);
  ASSERT_TRUE(q);
  EXPECT_EQ(q->actors, (actors{USA, PRK, CHN}));
  EXPECT_EQ(q->length, 11.0);
  const auto negative = [](const geokg::relation&) { return -1.0; };
  EXPECT_THROW((void)geokg::query::shortest_path(in_2023, USA, CHN, negative), geokg::data_error);
}

TEST_F(paths_test, k_shortest_and_all_simple_paths) {
  const auto friendly =
      geokg::restrict(geokg::active_at(g, d("2023-08-19")), geokg::has_sign{sign::positive});
  const auto all = geokg::query::simple_paths(friendly, JPN, KOR, 3);
  ASSERT_EQ(all.size(), 2U);
  EXPECT_EQ(all[0].actors, (actors{JPN, KOR}));
  EXPECT_EQ(all[0].relations, (ids{3}));
  EXPECT_EQ(all[1].actors, (actors{JPN, USA, KOR}));
  EXPECT_EQ(all[1].relations, (ids{0, 1}));
  EXPECT_EQ(geokg::query::simple_paths(friendly, JPN, KOR, 1).size(), 1U);
  const auto best = geokg::query::k_shortest_paths(friendly, JPN, KOR, 5);
  EXPECT_EQ(best, all);
}

TEST_F(paths_test, reachable_through_exactly_n_negative_ties) {
  // 2023, without the island dispute: JPN, KOR and the USA are one friendly block; PRK is hostile
  // to all three; China and Russia are PRK's friends.
  const auto v = geokg::view(g, geokg::is_active_at{d("2023-08-19")} &&
                                    !geokg::has_kind{{relation_kind::territorial_dispute}});
  EXPECT_EQ(geokg::query::reachable_with_negatives(v, JPN, 0), (actors{USA, KOR}));
  EXPECT_EQ(geokg::query::reachable_with_negatives(v, JPN, 1), (actors{PRK, CHN, RUS}));
  EXPECT_EQ(geokg::query::reachable_with_negatives(v, JPN), (actors{PRK, CHN, RUS}));
  // The enemies of my enemies: back to the friendly block.
  EXPECT_EQ(geokg::query::reachable_with_negatives(v, JPN, 2), (actors{USA, KOR}));
  EXPECT_EQ(geokg::query::reachable_with_negatives(v, JPN, 1, {.max_hops = 1}), (actors{PRK}));
  // Directed: JPN cannot follow PRK's threat backwards, but reaches PRK through the ROK.
  EXPECT_EQ(geokg::query::reachable_with_negatives(v, JPN, 1, {.follow = traversal::directed}),
            (actors{PRK, CHN, RUS}));
}

TEST_F(paths_test, common_allies_and_adversaries) {
  const auto in_2023 = geokg::active_at(g, d("2023-08-19"));
  EXPECT_EQ(geokg::query::common_allies(in_2023, JPN, KOR), (actors{USA}));
  EXPECT_EQ(geokg::query::common_adversaries(in_2023, JPN, KOR), (actors{PRK}));
  const auto in_2017 = geokg::active_at(g, d("2017-01-01"));
  EXPECT_EQ(geokg::query::common_adversaries(in_2017, JPN, KOR), (actors{PRK}));
  EXPECT_EQ(geokg::query::common_adversaries(in_2017, USA, KOR), (actors{PRK}));
  EXPECT_EQ(geokg::query::common_allies(in_2017, CHN, RUS), actors{});
}

// --- brute force on random graphs ---------------------------------------------------------------

// Adjacency with the best (lightest) weight per ordered pair, following the traversal rule.
std::vector<std::vector<double>> adjacency(const geokg::knowledge_graph& g, traversal mode,
                                           const std::vector<char>& in_view,
                                           double (*weight)(const geokg::relation&)) {
  const std::size_t n = g.num_actors();
  std::vector<std::vector<double>> w(n, std::vector<double>(n, INFINITY));
  for (const geokg::relation_index i : g.relation_indices()) {
    if (in_view[i.value()] == 0) continue;
    const auto& r = g.relation_at(i);
    w[r.source][r.target] = std::min(w[r.source][r.target], weight(r));
    if (mode == traversal::undirected || !r.directed())
      w[r.target][r.source] = std::min(w[r.target][r.source], weight(r));
  }
  return w;
}

double unit(const geokg::relation&) {
  return 1.0;
}
double by_weight(const geokg::relation& r) {
  return 1.0 + 4.0 * r.weight;
}  // 2, 3, 4 or 5

// Checks that p is a valid path of the view from s to t with the claimed length.
void expect_valid(const geokg::knowledge_graph& g, const path& p, geokg::actor_index s,
                  geokg::actor_index t, traversal mode, const std::vector<char>& in_view,
                  double (*weight)(const geokg::relation&)) {
  ASSERT_FALSE(p.actors.empty());
  EXPECT_EQ(p.actors.front(), s);
  EXPECT_EQ(p.actors.back(), t);
  ASSERT_EQ(p.relations.size() + 1, p.actors.size());
  EXPECT_EQ(std::set<geokg::actor_index>(p.actors.begin(), p.actors.end()).size(), p.actors.size());
  double length = 0;
  for (std::size_t i = 0; i < p.relations.size(); ++i) {
    const auto& r = g.relation_at(p.relations[i]);
    EXPECT_NE(in_view[p.relations[i].value()], 0);
    const bool forward = r.source == p.actors[i] && r.target == p.actors[i + 1];
    const bool backward = r.target == p.actors[i] && r.source == p.actors[i + 1];
    EXPECT_TRUE(forward || (backward && (mode == traversal::undirected || !r.directed())));
    length += weight(r);
  }
  EXPECT_EQ(p.length, length);
}

struct in_2000 {
  bool operator()(const geokg::relation& r) const {
    return r.when.contains(geokg::date::from_year(2000).value());
  }
};

TEST(paths_random, bfs_hops_agree_with_floyd_warshall) {
  constexpr std::uint64_t seed = 99;
  const auto g = random_graph(seed, {.actors = 25, .relations = 70});
  const auto v = geokg::view(g, in_2000{});
  std::vector<char> in_view(g.num_relations());
  for (const geokg::relation_index i : g.relation_indices())
    in_view[i.value()] = in_2000{}(g.relation_at(i)) ? 1 : 0;
  for (const auto mode : {traversal::undirected, traversal::directed}) {
    auto dist = adjacency(g, mode, in_view, unit);
    const std::size_t n = g.num_actors();
    for (std::size_t i = 0; i < n; ++i)
      dist[i][i] = 0;
    for (std::size_t k = 0; k < n; ++k)
      for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
          dist[i][j] = std::min(dist[i][j], dist[i][k] + dist[k][j]);
    std::size_t reachable_pairs = 0;
    for (geokg::actor_index s = 0; s < n; ++s) {
      const auto hops = geokg::query::hop_distances(v, s, {.follow = mode});
      for (geokg::actor_index t = 0; t < n; ++t) {
        SCOPED_TRACE(::testing::Message()
                     << geokg::query::to_string(mode) << " " << s << " -> " << t);
        const auto p = geokg::query::shortest_path(v, s, t, {.follow = mode});
        if (std::isinf(dist[s][t])) {
          EXPECT_EQ(hops[t], geokg::query::unreachable);
          EXPECT_FALSE(p);
          continue;
        }
        ++reachable_pairs;
        EXPECT_EQ(static_cast<double>(hops[t]), dist[s][t]);
        ASSERT_TRUE(p);
        EXPECT_EQ(static_cast<double>(p->hops()), dist[s][t]);
        expect_valid(g, *p, s, t, mode, in_view, unit);
        // Dijkstra with unit weights agrees too.
        const auto q =
            geokg::query::shortest_path(v, s, t, geokg::query::unit_weight{}, {.follow = mode});
        ASSERT_TRUE(q);
        EXPECT_EQ(q->length, dist[s][t]);
      }
    }
    EXPECT_GT(reachable_pairs, n);  // the test exercises real paths, not just empty answers
  }
}

// All simple paths by brute-force enumeration, with their best-weight lengths.
void enumerate(const std::vector<std::vector<double>>& w, std::vector<geokg::actor_index>& prefix,
               geokg::actor_index t, std::size_t max_hops,
               std::vector<std::pair<double, actors>>& out) {
  const auto u = prefix.back();
  if (u == t) {
    double length = 0;
    for (std::size_t i = 0; i + 1 < prefix.size(); ++i)
      length += w[prefix[i]][prefix[i + 1]];
    out.emplace_back(length, prefix);
    return;
  }
  if (prefix.size() > max_hops) return;
  for (geokg::actor_index v = 0; v < w.size(); ++v) {
    if (std::isinf(w[u][v]) || std::find(prefix.begin(), prefix.end(), v) != prefix.end()) continue;
    prefix.push_back(v);
    enumerate(w, prefix, t, max_hops, out);
    prefix.pop_back();
  }
}

TEST(paths_random, yen_agrees_with_sorted_enumeration_of_simple_paths) {
  for (const std::uint64_t seed : {1U, 2U, 3U, 4U, 5U}) {
    const auto g = random_graph(seed, {.actors = 8, .relations = 22});
    std::vector<char> all(g.num_relations(), 1);
    for (const auto mode : {traversal::undirected, traversal::directed}) {
      const auto w = adjacency(g, mode, all, by_weight);
      for (geokg::actor_index s = 0; s < 8; ++s) {
        for (geokg::actor_index t = 0; t < 8; ++t) {
          SCOPED_TRACE(::testing::Message()
                       << "seed " << seed << " " << geokg::query::to_string(mode) << " " << s
                       << " -> " << t);
          std::vector<std::pair<double, actors>> expected;
          actors prefix{s};
          enumerate(w, prefix, t, 8, expected);
          std::sort(expected.begin(), expected.end());
          const auto found =
              geokg::query::k_shortest_paths(g, s, t, 6, by_weight, {.follow = mode});
          ASSERT_EQ(found.size(), std::min<std::size_t>(6, expected.size()));
          std::set<actors> distinct;
          for (std::size_t i = 0; i < found.size(); ++i) {
            EXPECT_EQ(found[i].length, expected[i].first) << "path " << i;
            expect_valid(g, found[i], s, t, mode, all, by_weight);
            distinct.insert(found[i].actors);
          }
          EXPECT_EQ(distinct.size(), found.size());
          // All simple paths up to 3 hops: the same set as the enumeration.
          std::vector<std::pair<double, actors>> short_ones;
          prefix = {s};
          enumerate(adjacency(g, mode, all, unit), prefix, t, 3, short_ones);
          std::set<actors> expected_short;
          for (const auto& [len, a] : short_ones)
            expected_short.insert(a);
          std::set<actors> got_short;
          for (const auto& p : geokg::query::simple_paths(g, s, t, 3, {.follow = mode})) {
            EXPECT_LE(p.hops(), 3U);
            got_short.insert(p.actors);
          }
          EXPECT_EQ(got_short, expected_short);
        }
      }
    }
  }
}

// Walks with exactly k negative ties: P* (N P*)^k with boolean matrices, P* the reflexive-
// transitive closure of the positive ties (Warshall) and N the negative ties.
TEST(paths_random, signed_reachability_agrees_with_matrix_products) {
  using matrix = std::vector<std::vector<char>>;
  const auto multiply = [](const matrix& a, const matrix& b) {
    const std::size_t n = a.size();
    matrix c(n, std::vector<char>(n, 0));
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t k = 0; k < n; ++k)
        if (a[i][k] != 0)
          for (std::size_t j = 0; j < n; ++j)
            c[i][j] = static_cast<char>(c[i][j] | b[k][j]);
    return c;
  };
  for (const std::uint64_t seed : {11U, 12U, 13U}) {
    const auto g = random_graph(seed, {.actors = 14, .relations = 26});
    const std::size_t n = g.num_actors();
    for (const auto mode : {traversal::undirected, traversal::directed}) {
      matrix pos(n, std::vector<char>(n, 0));
      matrix neg(n, std::vector<char>(n, 0));
      for (const auto& r : g.relations()) {
        auto& m = r.polarity() == sign::positive ? pos : neg;
        if (r.polarity() == sign::neutral) continue;
        m[r.source][r.target] = 1;
        if (mode == traversal::undirected || !r.directed()) m[r.target][r.source] = 1;
      }
      for (std::size_t i = 0; i < n; ++i)
        pos[i][i] = 1;
      for (std::size_t k = 0; k < n; ++k)
        for (std::size_t i = 0; i < n; ++i)
          for (std::size_t j = 0; j < n; ++j)
            if (pos[i][k] != 0 && pos[k][j] != 0) pos[i][j] = 1;
      matrix reach = pos;
      for (std::size_t exactly = 0; exactly <= 3; ++exactly) {
        for (geokg::actor_index s = 0; s < n; ++s) {
          actors expected;
          for (geokg::actor_index t = 0; t < n; ++t)
            if (t != s && reach[s][t] != 0) expected.push_back(t);
          EXPECT_EQ(geokg::query::reachable_with_negatives(g, s, exactly, {.follow = mode}),
                    expected)
              << "seed " << seed << " exactly " << exactly << " from " << s;
        }
        reach = multiply(multiply(reach, neg), pos);
      }
    }
  }
}

TEST(paths_random, common_allies_agree_with_pair_sums) {
  const auto g = random_graph(31, {.actors = 10, .relations = 90});
  const std::size_t n = g.num_actors();
  std::vector<std::vector<long long>> sum(n, std::vector<long long>(n, 0));
  for (const auto& r : g.relations()) {
    sum[r.source][r.target] += geokg::to_int(r.polarity());
    sum[r.target][r.source] += geokg::to_int(r.polarity());
  }
  for (geokg::actor_index a = 0; a < n; ++a) {
    for (geokg::actor_index b = 0; b < n; ++b) {
      actors friends;
      actors foes;
      for (geokg::actor_index c = 0; c < n; ++c) {
        if (c == a || c == b) continue;
        if (sum[a][c] > 0 && sum[b][c] > 0) friends.push_back(c);
        if (sum[a][c] < 0 && sum[b][c] < 0) foes.push_back(c);
      }
      EXPECT_EQ(geokg::query::common_allies(g, a, b), friends);
      EXPECT_EQ(geokg::query::common_adversaries(g, a, b), foes);
    }
  }
}

}  // namespace
