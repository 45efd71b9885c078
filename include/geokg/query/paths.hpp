#pragma once
// SPDX-License-Identifier: MIT
// Paths between actors over any relation graph: shortest by hops (BFS) or by weight (Dijkstra),
// k shortest simple paths (Yen), all simple paths up to a length, and sign-aware reachability.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <queue>
#include <set>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "geokg/core/error.hpp"
#include "geokg/core/knowledge_graph.hpp"
#include "geokg/core/relation.hpp"
#include "geokg/core/sign.hpp"
#include "geokg/query/concepts.hpp"
#include "geokg/query/neighbors.hpp"

namespace geokg::query {

/// A path: the actors from start to end and, at each step, the relation taken.
///
/// `relations[i]` links `actors[i]` and `actors[i + 1]`; when several relations of the view link
/// them, the path names the lightest one (lowest index among equals). A path from an actor to
/// itself has one actor, no relation and length 0.
struct path {
  std::vector<actor_index> actors{};
  std::vector<relation_index> relations{};
  double length = 0.0;  ///< The number of steps, or the sum of the relations' weights.

  /// The number of steps.
  std::size_t hops() const noexcept { return relations.size(); }

  friend bool operator==(const path&, const path&) = default;
};

/// How paths are searched.
struct path_options {
  traversal follow = traversal::undirected;  ///< Whether relation direction matters.
};

/// The default weight: every relation costs 1, so the shortest path has the fewest steps.
struct unit_weight {
  double operator()(const relation&) const noexcept { return 1.0; }
};

/// The hop distance of an actor that cannot be reached.
inline constexpr std::size_t unreachable = std::numeric_limits<std::size_t>::max();

namespace detail {

template <class W>
double checked_weight(const W& weight, const relation& r, relation_index index) {
  const double w = static_cast<double>(weight(r));
  if (!std::isfinite(w) || w < 0.0) {
    throw data_error(errc::invalid_value, "the weight of relation " + to_string(index) +
                                              " is negative or not finite; path weights must be "
                                              "finite and non-negative");
  }
  return w;
}

// The lightest relation of the view that can be followed from u to v (lowest index among equals).
template <relation_graph G, class W>
std::pair<relation_index, double> best_step(const knowledge_graph& kg, const G& view, actor_index u,
                                            actor_index v, traversal mode, const W& weight) {
  relation_index best = no_index;
  double best_weight = std::numeric_limits<double>::infinity();
  for_each_step(kg, view, u, mode, [&](const knowledge_graph::edge& e, actor_index other) {
    if (other != v) return;
    const relation_index r = kg.relation_of(e);
    const double w = checked_weight(weight, kg[e], r);
    if (w < best_weight || (w == best_weight && r < best)) {
      best = r;
      best_weight = w;
    }
  });
  return {best, best_weight};
}

// A path along a sequence of actors, each step by its best relation.
template <relation_graph G, class W>
path make_path(const knowledge_graph& kg, const G& view, std::vector<actor_index> actors,
               traversal mode, const W& weight) {
  path p;
  p.actors = std::move(actors);
  for (std::size_t i = 0; i + 1 < p.actors.size(); ++i) {
    const auto [r, w] = best_step(kg, view, p.actors[i], p.actors[i + 1], mode, weight);
    p.relations.push_back(r);
    p.length += w;
  }
  return p;
}

inline std::vector<actor_index> walk_back(const std::vector<actor_index>& parent, actor_index from,
                                          actor_index to) {
  std::vector<actor_index> actors{to};
  while (actors.back() != from)
    actors.push_back(parent[actors.back()]);
  std::reverse(actors.begin(), actors.end());
  return actors;
}

// Breadth-first search from s; stops early once `stop` is reached (no_index: never).
template <relation_graph G>
void bfs(const knowledge_graph& kg, const G& view, actor_index s, actor_index stop, traversal mode,
         std::vector<std::size_t>& dist, std::vector<actor_index>& parent) {
  const std::size_t n = num_vertices(view);
  dist.assign(n, unreachable);
  parent.assign(n, no_index);
  if (s >= n) return;
  std::vector<actor_index> queue{s};
  dist[s] = 0;
  for (std::size_t head = 0; head < queue.size(); ++head) {
    const actor_index u = queue[head];
    if (u == stop) return;
    for_each_step(kg, view, u, mode, [&](const knowledge_graph::edge&, actor_index v) {
      if (dist[v] != unreachable) return;
      dist[v] = dist[u] + 1;
      parent[v] = u;
      queue.push_back(v);
    });
  }
}

// Dijkstra from s to t avoiding `blocked` actors (may be empty) and, on the first step from s,
// the actors in `no_first_step`. Returns the actor sequence of a lightest path.
template <relation_graph G, class W>
std::optional<std::vector<actor_index>> dijkstra(const knowledge_graph& kg, const G& view,
                                                 actor_index s, actor_index t, traversal mode,
                                                 const W& weight,
                                                 const std::vector<char>& blocked = {},
                                                 std::span<const actor_index> no_first_step = {}) {
  const std::size_t n = num_vertices(view);
  if (s >= n || t >= n) return std::nullopt;
  std::vector<double> dist(n, std::numeric_limits<double>::infinity());
  std::vector<actor_index> parent(n, no_index);
  std::vector<char> done(n, 0);
  using entry = std::pair<double, actor_index>;
  std::priority_queue<entry, std::vector<entry>, std::greater<>> heap;
  dist[s] = 0.0;
  heap.emplace(0.0, s);
  while (!heap.empty()) {
    // Plain variables, not a structured binding: clang 14 cannot capture bindings in lambdas.
    const double d = heap.top().first;
    const actor_index u = heap.top().second;
    heap.pop();
    if (done[u] != 0) continue;
    done[u] = 1;
    if (u == t) return walk_back(parent, s, t);
    for_each_step(kg, view, u, mode, [&](const knowledge_graph::edge& e, actor_index v) {
      if (done[v] != 0 || (!blocked.empty() && blocked[v] != 0)) return;
      if (u == s && std::find(no_first_step.begin(), no_first_step.end(), v) != no_first_step.end())
        return;
      const double next = d + checked_weight(weight, kg[e], kg.relation_of(e));
      if (next < dist[v]) {
        dist[v] = next;
        parent[v] = u;
        heap.emplace(next, v);
      }
    });
  }
  return std::nullopt;
}

inline bool shorter(const path& x, const path& y) noexcept {
  return x.length != y.length ? x.length < y.length : x.actors < y.actors;
}

}  // namespace detail

/// The number of steps from `from` to every actor in `view` (`unreachable` if none), indexed
/// by actor. Breadth-first search; O(V + E).
///
/// **Example**
/// ```
/// auto d = geokg::query::hop_distances(g, g.graph(), usa);
/// if (d[prk] != geokg::query::unreachable) std::cout << d[prk] << " steps\n";
/// ```
template <relation_graph G>
std::vector<std::size_t> hop_distances(const knowledge_graph& kg, const G& view, actor_index from,
                                       const path_options& options = {}) {
  std::vector<std::size_t> dist;
  std::vector<actor_index> parent;
  detail::bfs(kg, view, from, no_index, options.follow, dist, parent);
  return dist;
}

/// Hop distances in a knowledge graph or geokg view (see above).
template <graph_or_view G>
std::vector<std::size_t> hop_distances(const G& g, actor_index from,
                                       const path_options& options = {}) {
  return hop_distances(detail::knowledge_of(g), detail::boost_of(g), from, options);
}

/// A path with the fewest steps from `from` to `to` in `view`, or nullopt if there is none.
/// Breadth-first search, O(V + E); relations are undirected unless `options.follow` says
/// otherwise. Among several shortest paths one is returned; the choice is deterministic.
///
/// **Example**
/// ```
/// // How is the USA linked to North Korea, through the user's own filtered graph?
/// auto p = geokg::query::shortest_path(g, my_filtered_graph, usa, prk);
/// ```
template <relation_graph G>
std::optional<path> shortest_path(const knowledge_graph& kg, const G& view, actor_index from,
                                  actor_index to, const path_options& options = {}) {
  std::vector<std::size_t> dist;
  std::vector<actor_index> parent;
  detail::bfs(kg, view, from, to, options.follow, dist, parent);
  if (to >= dist.size() || dist[to] == unreachable) return std::nullopt;
  return detail::make_path(kg, view, detail::walk_back(parent, from, to), options.follow,
                           unit_weight{});
}

/// A lightest path from `from` to `to` in `view`, where each relation costs `weight(relation)`
/// (finite, non-negative), or nullopt if there is none. Dijkstra's algorithm, O((V + E) log V).
/// @throws data_error `invalid_value` if `weight` returns a negative or non-finite value.
///
/// **Example**
/// ```
/// // Prefer strong ties: a relation of weight 1 costs 1, one of weight 0.2 costs 5.
/// auto p = geokg::query::shortest_path(g, g.graph(), usa, kor,
///                                      [](const geokg::relation& r) { return 1.0 / r.weight; });
/// ```
template <relation_graph G, relation_weight W>
std::optional<path> shortest_path(const knowledge_graph& kg, const G& view, actor_index from,
                                  actor_index to, W weight, const path_options& options = {}) {
  auto actors = detail::dijkstra(kg, view, from, to, options.follow, weight);
  if (!actors) return std::nullopt;
  return detail::make_path(kg, view, std::move(*actors), options.follow, weight);
}

/// A path with the fewest steps in a knowledge graph or geokg view (see above).
///
/// **Example**
/// ```
/// auto p = geokg::query::shortest_path(geokg::active_at(g, *geokg::parse_date("2023-08-19")),
///                                      g.actor_index_of("USA"), g.actor_index_of("PRK"));
/// ```
template <graph_or_view G>
std::optional<path> shortest_path(const G& g, actor_index from, actor_index to,
                                  const path_options& options = {}) {
  return shortest_path(detail::knowledge_of(g), detail::boost_of(g), from, to, options);
}

/// A lightest path in a knowledge graph or geokg view (see above).
template <graph_or_view G, relation_weight W>
std::optional<path> shortest_path(const G& g, actor_index from, actor_index to, W weight,
                                  const path_options& options = {}) {
  return shortest_path(detail::knowledge_of(g), detail::boost_of(g), from, to, std::move(weight),
                       options);
}

/// The `k` lightest simple paths (no actor twice) from `from` to `to` in `view`, lightest first
/// (ties by actor sequence), by Yen's algorithm (Yen 1971). Paths are distinct as actor
/// sequences; each step takes the lightest relation. Fewer than `k` if fewer exist.
///
/// Complexity: O(k V (V + E) log V).
/// @throws data_error `invalid_value` if `weight` returns a negative or non-finite value.
///
/// **Example**
/// ```
/// using geokg::query::unit_weight;
/// auto three = geokg::query::k_shortest_paths(g, g.graph(), usa, prk, 3, unit_weight{});
/// ```
template <relation_graph G, relation_weight W>
std::vector<path> k_shortest_paths(const knowledge_graph& kg, const G& view, actor_index from,
                                   actor_index to, std::size_t k, W weight,
                                   const path_options& options = {}) {
  std::vector<path> found;
  if (k == 0) return found;
  auto first = detail::dijkstra(kg, view, from, to, options.follow, weight);
  if (!first) return found;
  found.push_back(detail::make_path(kg, view, std::move(*first), options.follow, weight));
  std::set<std::vector<actor_index>> seen{found.front().actors};
  std::vector<path> candidates;
  const std::size_t n = num_vertices(view);
  std::vector<char> blocked(n, 0);
  while (found.size() < k) {
    const path last = found.back();
    for (std::size_t i = 0; i + 1 < last.actors.size(); ++i) {
      const actor_index spur = last.actors[i];
      const std::span<const actor_index> root(last.actors.data(), i + 1);
      // Steps from the spur actor already taken by found paths sharing this root are excluded,
      // and so are the root's actors (the path must stay simple).
      std::vector<actor_index> no_first_step;
      for (const path& p : found) {
        if (p.actors.size() > i + 1 && std::equal(root.begin(), root.end(), p.actors.begin()))
          no_first_step.push_back(p.actors[i + 1]);
      }
      std::fill(blocked.begin(), blocked.end(), 0);
      for (std::size_t j = 0; j < i; ++j)
        blocked[root[j]] = 1;
      auto spur_path =
          detail::dijkstra(kg, view, spur, to, options.follow, weight, blocked, no_first_step);
      if (!spur_path) continue;
      std::vector<actor_index> actors(root.begin(), root.end() - 1);
      actors.insert(actors.end(), spur_path->begin(), spur_path->end());
      if (!seen.insert(actors).second) continue;
      candidates.push_back(detail::make_path(kg, view, std::move(actors), options.follow, weight));
    }
    if (candidates.empty()) break;
    const auto best = std::min_element(candidates.begin(), candidates.end(), detail::shorter);
    found.push_back(std::move(*best));
    candidates.erase(best);
  }
  return found;
}

/// The `k` paths with the fewest steps (unit weights) in any relation graph (see above).
template <relation_graph G>
std::vector<path> k_shortest_paths(const knowledge_graph& kg, const G& view, actor_index from,
                                   actor_index to, std::size_t k,
                                   const path_options& options = {}) {
  return k_shortest_paths(kg, view, from, to, k, unit_weight{}, options);
}

/// The `k` lightest simple paths in a knowledge graph or geokg view (see above).
///
/// **Example**
/// ```
/// auto routes = geokg::query::k_shortest_paths(g, usa, prk, 3);
/// ```
template <graph_or_view G, relation_weight W>
std::vector<path> k_shortest_paths(const G& g, actor_index from, actor_index to, std::size_t k,
                                   W weight, const path_options& options = {}) {
  return k_shortest_paths(detail::knowledge_of(g), detail::boost_of(g), from, to, k,
                          std::move(weight), options);
}

/// The `k` simple paths with the fewest steps in a knowledge graph or geokg view.
template <graph_or_view G>
std::vector<path> k_shortest_paths(const G& g, actor_index from, actor_index to, std::size_t k,
                                   const path_options& options = {}) {
  return k_shortest_paths(detail::knowledge_of(g), detail::boost_of(g), from, to, k, unit_weight{},
                          options);
}

/// Every simple path (no actor twice) from `from` to `to` in `view` with at most `max_hops`
/// steps, sorted by number of steps, then by actor sequence. Paths are distinct as actor
/// sequences; each step names its lowest-index relation; `length` is the number of steps.
///
/// Complexity: exponential in `max_hops` in the worst case (there may be that many paths).
///
/// **Example**
/// ```
/// auto ways = geokg::query::simple_paths(g, g.graph(), jpn, kor, 3);
/// ```
template <relation_graph G>
std::vector<path> simple_paths(const knowledge_graph& kg, const G& view, actor_index from,
                               actor_index to, std::size_t max_hops,
                               const path_options& options = {}) {
  std::vector<path> out;
  const std::size_t n = num_vertices(view);
  if (from >= n || to >= n) return out;
  std::vector<char> on_path(n, 0);
  std::vector<actor_index> actors{from};
  on_path[from] = 1;
  // Depth-first, with the distinct next actors of each prefix listed in index order.
  const auto extend = [&](const auto& self) -> void {
    const actor_index u = actors.back();
    if (u == to) {
      out.push_back(detail::make_path(kg, view, actors, options.follow, unit_weight{}));
      return;
    }
    if (actors.size() > max_hops) return;
    std::vector<actor_index> next;
    detail::for_each_step(kg, view, u, options.follow,
                          [&](const knowledge_graph::edge&, actor_index v) {
                            if (on_path[v] == 0) next.push_back(v);
                          });
    detail::sort_unique(next);
    for (const actor_index v : next) {
      on_path[v] = 1;
      actors.push_back(v);
      self(self);
      actors.pop_back();
      on_path[v] = 0;
    }
  };
  extend(extend);
  std::sort(out.begin(), out.end(), detail::shorter);
  return out;
}

/// Every simple path of at most `max_hops` steps in a knowledge graph or geokg view.
///
/// **Example**
/// ```
/// auto ways = geokg::query::simple_paths(geokg::active_at(g, today), jpn, kor, 2);
/// ```
template <graph_or_view G>
std::vector<path> simple_paths(const G& g, actor_index from, actor_index to, std::size_t max_hops,
                               const path_options& options = {}) {
  return simple_paths(detail::knowledge_of(g), detail::boost_of(g), from, to, max_hops, options);
}

/// How `reachable_with_negatives` walks.
struct signed_reach_options {
  traversal follow = traversal::undirected;  ///< Whether relation direction matters.
  std::size_t max_hops = unreachable;        ///< Longest walk considered (default: any).
};

/// The actors other than `from` reachable from it by a walk over signed ties of `view` that
/// crosses exactly `exactly` negative relations and any number of positive ones (neutral
/// relations are not followed). With `exactly = 1` these are the adversaries of `from`'s
/// friends-of-friends network; with 2, "the enemies of my enemies". Sorted by index.
///
/// Complexity: O((exactly + 1) (V + E)).
///
/// **Example**
/// ```
/// auto v = geokg::active_at(g, *geokg::parse_date("2023-08-19"));
/// auto enemies_of_enemies = geokg::query::reachable_with_negatives(v, jpn, 2);
/// ```
template <relation_graph G>
std::vector<actor_index> reachable_with_negatives(const knowledge_graph& kg, const G& view,
                                                  actor_index from, std::size_t exactly = 1,
                                                  const signed_reach_options& options = {}) {
  std::vector<actor_index> out;
  const std::size_t n = num_vertices(view);
  if (from >= n) return out;
  // Breadth-first search over states (actor, negatives crossed so far).
  const std::size_t layers = exactly + 1;
  std::vector<std::size_t> dist(n * layers, unreachable);
  std::vector<std::pair<actor_index, std::size_t>> queue{{from, 0}};
  dist[from] = 0;
  for (std::size_t head = 0; head < queue.size(); ++head) {
    const actor_index u = queue[head].first;
    const std::size_t negatives = queue[head].second;
    const std::size_t d = dist[negatives * n + u];
    if (d >= options.max_hops) continue;
    detail::for_each_step(kg, view, u, options.follow,
                          [&](const knowledge_graph::edge& e, actor_index v) {
                            const sign s = kg[e].polarity();
                            if (s == sign::neutral) return;
                            const std::size_t next = negatives + (s == sign::negative ? 1 : 0);
                            if (next > exactly || dist[next * n + v] != unreachable) return;
                            dist[next * n + v] = d + 1;
                            queue.emplace_back(v, next);
                          });
  }
  for (std::size_t v = 0; v < n; ++v) {
    if (v != from && dist[exactly * n + v] != unreachable) out.push_back(detail::to_actor(v));
  }
  return out;
}

/// Sign-aware reachability in a knowledge graph or geokg view (see above).
template <graph_or_view G>
std::vector<actor_index> reachable_with_negatives(const G& g, actor_index from,
                                                  std::size_t exactly = 1,
                                                  const signed_reach_options& options = {}) {
  return reachable_with_negatives(detail::knowledge_of(g), detail::boost_of(g), from, exactly,
                                  options);
}

namespace detail {
inline std::vector<actor_index> shared(const std::vector<actor_index>& x,
                                       const std::vector<actor_index>& y, actor_index a,
                                       actor_index b) {
  std::vector<actor_index> out;
  std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(out));
  std::erase_if(out, [&](actor_index c) { return c == a || c == b; });
  return out;
}
}  // namespace detail

/// The actors that are allies of both `a` and `b` in `view` (collapsed sign positive with each;
/// see `collapsed_sign`), sorted by index; `a` and `b` themselves are left out.
///
/// **Example**
/// ```
/// auto v = geokg::active_at(g, *geokg::parse_date("2023-08-19"));
/// auto both_friends = geokg::query::common_allies(v, jpn, kor);  // {USA}
/// ```
template <relation_graph G>
std::vector<actor_index> common_allies(const knowledge_graph& kg, const G& view, actor_index a,
                                       actor_index b) {
  return detail::shared(partners(kg, view, a, sign::positive),
                        partners(kg, view, b, sign::positive), a, b);
}

/// Common allies in a knowledge graph or geokg view (see above).
template <graph_or_view G>
std::vector<actor_index> common_allies(const G& g, actor_index a, actor_index b) {
  return common_allies(detail::knowledge_of(g), detail::boost_of(g), a, b);
}

/// The actors that are adversaries of both `a` and `b` in `view` (collapsed sign negative with
/// each), sorted by index; `a` and `b` themselves are left out.
///
/// **Example**
/// ```
/// auto v = geokg::active_at(g, *geokg::parse_date("2023-08-19"));
/// auto both_foes = geokg::query::common_adversaries(v, jpn, kor);  // {PRK}
/// ```
template <relation_graph G>
std::vector<actor_index> common_adversaries(const knowledge_graph& kg, const G& view, actor_index a,
                                            actor_index b) {
  return detail::shared(partners(kg, view, a, sign::negative),
                        partners(kg, view, b, sign::negative), a, b);
}

/// Common adversaries in a knowledge graph or geokg view (see above).
template <graph_or_view G>
std::vector<actor_index> common_adversaries(const G& g, actor_index a, actor_index b) {
  return common_adversaries(detail::knowledge_of(g), detail::boost_of(g), a, b);
}

}  // namespace geokg::query
