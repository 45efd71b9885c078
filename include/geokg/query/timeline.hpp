#pragma once
// SPDX-License-Identifier: MIT
// A dyad's history: every relation between two actors (or two groups of actors) and every event
// both take part in, in chronological order.

#include <algorithm>
#include <initializer_list>
#include <span>
#include <vector>

#include "geokg/core/event.hpp"
#include "geokg/core/interval.hpp"
#include "geokg/core/knowledge_graph.hpp"
#include "geokg/core/statement.hpp"
#include "geokg/query/concepts.hpp"
#include "geokg/query/neighbors.hpp"

namespace geokg::query {

/// The chronological order of timelines: by start date in the dates' total order (`date`'s
/// `<=>`), an open start ("since ever") first. Ties are broken by the caller (by index).
///
/// **Example**
/// ```
/// bool earlier = geokg::query::starts_before(g.relation_at(0).when, g.relation_at(1).when);
/// ```
constexpr bool starts_before(const interval& x, const interval& y) noexcept {
  return x.start() < y.start();  // std::optional orders an empty (open) start first
}

/// The history of a dyad: relations and events in chronological order (`starts_before`, ties by
/// index).
struct dyad_timeline {
  std::vector<relation_index> relations{};  ///< Relations between the two sides.
  std::vector<event_index> events{};        ///< Events in which both sides take part.
  /// Both merged: by start, then relations before events, then index.
  std::vector<statement_ref> entries{};

  friend bool operator==(const dyad_timeline&, const dyad_timeline&) = default;
};

namespace detail {

inline bool contains_sorted(const std::vector<actor_index>& sorted, actor_index a) noexcept {
  return std::binary_search(sorted.begin(), sorted.end(), a);
}

inline const interval& when_of(const knowledge_graph& g, statement_ref s) noexcept {
  return s.kind == statement_kind::relation ? g.relations()[s.index].when
                                            : g.events()[s.index].when;
}

}  // namespace detail

/// The timeline between two groups of actors: the relations in `view` with one end in `side_a`
/// and the other in `side_b`, and the events of the graph (events are not filtered by views)
/// with a participant in `side_a` and a different participant in `side_b`. Use groups when one
/// party has several actors over time (Korea: the Korean Empire, Korea under Japanese rule, the
/// Republic of Korea). The sides should be disjoint.
///
/// Complexity: O(sum of degrees of side_a + events * participants + k log k).
///
/// **Example**
/// ```
/// std::vector<geokg::actor_index> korea{g.actor_index_of("KOREA_EMPIRE"),
///                                        g.actor_index_of("KOR")};
/// std::vector<geokg::actor_index> japan{g.actor_index_of("JPN")};
/// auto t = geokg::query::timeline(g, g.graph(), japan, korea);
/// ```
template <relation_graph G>
dyad_timeline timeline(const knowledge_graph& g, const G& view, std::span<const actor_index> side_a,
                       std::span<const actor_index> side_b) {
  dyad_timeline out;
  std::vector<actor_index> a(side_a.begin(), side_a.end());
  std::vector<actor_index> b(side_b.begin(), side_b.end());
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  for (const actor_index x : a) {
    if (!detail::valid_actor(g, x)) continue;
    detail::for_each_incident(g, view, x, {}, [&](const knowledge_graph::edge& e, actor_index y) {
      if (detail::contains_sorted(b, y)) out.relations.push_back(g.relation_of(e));
    });
  }
  detail::sort_unique(out.relations);  // a relation is found twice if the sides overlap
  const auto rels = g.relations();
  std::stable_sort(out.relations.begin(), out.relations.end(),
                   [&](relation_index x, relation_index y) {
                     return starts_before(rels[x.value()].when, rels[y.value()].when);
                   });

  const auto evs = g.events();
  for (std::size_t i = 0; i < evs.size(); ++i) {
    bool both_sides = false;
    for (const auto& p : evs[i].participants) {
      if (!detail::contains_sorted(a, p.actor)) continue;
      for (const auto& q : evs[i].participants) {
        both_sides = both_sides || (q.actor != p.actor && detail::contains_sorted(b, q.actor));
      }
    }
    if (both_sides) out.events.push_back(static_cast<event_index>(i));
  }
  std::stable_sort(out.events.begin(), out.events.end(), [&](event_index x, event_index y) {
    return starts_before(evs[x.value()].when, evs[y.value()].when);
  });

  out.entries.reserve(out.relations.size() + out.events.size());
  for (const auto r : out.relations)
    out.entries.emplace_back(r);
  for (const auto e : out.events)
    out.entries.emplace_back(e);
  // Both runs are already chronological; merging keeps relations before events on equal starts.
  std::inplace_merge(out.entries.begin(),
                     out.entries.begin() + static_cast<std::ptrdiff_t>(out.relations.size()),
                     out.entries.end(), [&](const statement_ref& x, const statement_ref& y) {
                       return starts_before(detail::when_of(g, x), detail::when_of(g, y));
                     });
  return out;
}

/// The timeline between two groups of actors in a knowledge graph or geokg view (see above).
///
/// **Example**
/// ```
/// std::vector<geokg::actor_index> koreas{g.actor_index_of("KOREA_EMPIRE"),
///                                         g.actor_index_of("KOR")};
/// std::vector<geokg::actor_index> japan{g.actor_index_of("JPN")};
/// auto t = geokg::query::timeline(g, japan, koreas);
/// ```
template <graph_or_view G>
dyad_timeline timeline(const G& g, std::span<const actor_index> side_a,
                       std::span<const actor_index> side_b) {
  return timeline(detail::knowledge_of(g), detail::boost_of(g), side_a, side_b);
}

/// The timeline of the dyad (a, b) in any `relation_graph` (see the group overload above).
template <relation_graph G>
dyad_timeline timeline(const knowledge_graph& g, const G& view, actor_index a, actor_index b) {
  return timeline(g, view, std::span<const actor_index>(&a, 1),
                  std::span<const actor_index>(&b, 1));
}

/// The full timeline of the dyad (a, b): every relation between them in either direction, and
/// every event both take part in, chronologically (open starts first, ties by index).
///
/// **Example**
/// ```
/// auto t = geokg::query::timeline(g, g.actor_index_of("JPN"), g.actor_index_of("KOR"));
/// for (auto r : t.relations) std::cout << to_string(g.relation_at(r).when) << '\n';
/// ```
template <graph_or_view G>
dyad_timeline timeline(const G& g, actor_index a, actor_index b) {
  return timeline(detail::knowledge_of(g), detail::boost_of(g), a, b);
}

}  // namespace geokg::query
