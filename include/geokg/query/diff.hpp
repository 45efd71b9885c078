#pragma once
// SPDX-License-Identifier: MIT
// What changed between two dates: relations that started and ended, pairs whose collapsed sign
// changed, actors that appeared and disappeared.

#include <algorithm>
#include <cstddef>
#include <vector>

#include "geokg/core/date.hpp"
#include "geokg/core/interval.hpp"
#include "geokg/core/knowledge_graph.hpp"
#include "geokg/core/sign.hpp"
#include "geokg/query/concepts.hpp"

namespace geokg::query {

/// A pair of actors whose collapsed sign (see `collapsed_sign`) differs between two dates.
struct sign_change {
  actor_index a = no_index;  ///< The lower index of the pair.
  actor_index b = no_index;  ///< The higher index.
  sign before = sign::neutral;
  sign after = sign::neutral;

  friend bool operator==(const sign_change&, const sign_change&) = default;
};

/// What changed between two dates, by set difference of the two snapshots. All lists are sorted
/// by index (sign changes by pair).
struct graph_diff {
  std::vector<relation_index> started{};  ///< Active at `to`, not at `from`.
  std::vector<relation_index> ended{};    ///< Active at `from`, not at `to`.
  /// Pairs whose collapsed sign at `to` differs from that at `from`; a pair without relations
  /// has sign neutral, so a first alliance is a change from neutral to positive.
  std::vector<sign_change> sign_changes{};
  std::vector<actor_index> appeared{};     ///< Existing at `to`, not at `from`.
  std::vector<actor_index> disappeared{};  ///< Existing at `from`, not at `to`.

  /// Whether nothing changed.
  bool empty() const noexcept {
    return started.empty() && ended.empty() && sign_changes.empty() && appeared.empty() &&
           disappeared.empty();
  }

  friend bool operator==(const graph_diff&, const graph_diff&) = default;
};

/// How `diff` reads the two dates.
struct diff_options {
  time_rule rule = time_rule::first_day;  ///< How relations are tested at each date.
};

/// The changes between the snapshots of `view` at `from` and at `to`. It compares two states,
/// not the history between them: a relation that began and ended between the two dates is in
/// neither list (use `timeline` or `time_index` for that). Actors' existence is read from the
/// knowledge graph (first-day rule), for the actors of `view` (its vertex filter applies).
/// `from` may be after `to`; the roles of "started" and "ended" then follow the arguments.
///
/// Complexity: O(E + k log k) for the E edges of the view.
///
/// **Example**
/// ```
/// using geokg::parse_date;
/// auto d = geokg::query::diff(g, g.graph(), *parse_date("2016"), *parse_date("2018"));
/// ```
template <relation_graph G>
graph_diff diff(const knowledge_graph& g, const G& view, date from, date to,
                const diff_options& options = {}) {
  graph_diff out;
  struct contribution {
    actor_index a;
    actor_index b;
    int before;
    int after;
  };
  std::vector<contribution> pairs;
  auto [e, e_end] = edges(view);
  for (; e != e_end; ++e) {
    const relation& r = g[*e];
    const bool then = r.when.contains(from, options.rule);
    const bool now = r.when.contains(to, options.rule);
    if (!then && !now) continue;
    const relation_index index = g.relation_of(*e);
    if (now && !then) out.started.push_back(index);
    if (then && !now) out.ended.push_back(index);
    const int s = to_int(r.polarity());
    pairs.push_back(
        {std::min(r.source, r.target), std::max(r.source, r.target), then ? s : 0, now ? s : 0});
  }
  std::sort(out.started.begin(), out.started.end());
  std::sort(out.ended.begin(), out.ended.end());
  std::sort(pairs.begin(), pairs.end(), [](const contribution& x, const contribution& y) {
    return x.a != y.a ? x.a < y.a : x.b < y.b;
  });
  for (std::size_t i = 0; i < pairs.size();) {
    long long before = 0;
    long long after = 0;
    std::size_t j = i;
    for (; j < pairs.size() && pairs[j].a == pairs[i].a && pairs[j].b == pairs[i].b; ++j) {
      before += pairs[j].before;
      after += pairs[j].after;
    }
    if (sign_of(before) != sign_of(after))
      out.sign_changes.push_back({pairs[i].a, pairs[i].b, sign_of(before), sign_of(after)});
    i = j;
  }
  const auto actors = g.actors();
  auto [v, v_end] = vertices(view);
  for (; v != v_end; ++v) {
    const actor& who = actors[*v];
    const bool then = who.exists_at(from);
    const bool now = who.exists_at(to);
    if (now && !then) out.appeared.push_back(detail::to_actor(*v));
    if (then && !now) out.disappeared.push_back(detail::to_actor(*v));
  }
  return out;
}

/// The changes between two dates in a knowledge graph or geokg view (see above).
///
/// **Example**
/// ```
/// using geokg::parse_date;
/// auto d = geokg::query::diff(g, *parse_date("2016-06-30"), *parse_date("2017-12-01"));
/// // d.ended holds China's THAAD sanctions on South Korea (2016-07/2017-11).
/// ```
template <graph_or_view G>
graph_diff diff(const G& g, date from, date to, const diff_options& options = {}) {
  return diff(detail::knowledge_of(g), detail::boost_of(g), from, to, options);
}

}  // namespace geokg::query
