#pragma once
// SPDX-License-Identifier: MIT
// Views of a knowledge graph: Boost filtered_graphs over tiny predicates, never copies.

#include <boost/graph/filtered_graph.hpp>

#include "geokg/core/knowledge_graph.hpp"
#include "geokg/core/predicates.hpp"

namespace geokg {

/// Adapts a `relation_predicate` to the edge predicate Boost's filtered_graph expects. geokg's
/// own predicates test the `relation_key` stored on the edge; any other predicate gets the
/// relation behind the edge. Holds a pointer to the graph, so it is cheap to copy.
template <relation_predicate P>
struct edge_filter {
  const knowledge_graph* graph = nullptr;
  P test{};
  bool operator()(const knowledge_graph::edge& e) const {
    if constexpr (detail::tests_key<P>) {
      return test(graph->key_of(e));
    } else {
      return test((*graph)[e]);
    }
  }
};

/// A vertex predicate keeping every actor.
using all_actors = boost::keep_all;

/// A view: the graph's actors and those relations for which `P` holds, as a Boost graph.
///
/// A view is a `boost::filtered_graph`, so every Boost.Graph algorithm runs on it. It refers to
/// the graph and must not outlive it; copying a view copies a pointer and a predicate.
///
/// A view's iterators refer to the view itself (Boost's design), so name a view before iterating
/// it: `for (e : make_iterator_range(edges(active_at(g, D))))` iterates a destroyed temporary
/// (AddressSanitizer reports it; without it the loop may seem to work). Write
/// `const auto v = active_at(g, D);` and iterate `edges(v)`.
template <relation_predicate P, class VertexFilter = all_actors>
using relation_view =
    boost::filtered_graph<const knowledge_graph::graph_type, edge_filter<P>, VertexFilter>;

/// The view of the relations for which `test` holds.
///
/// **Example**
/// ```
/// auto v = geokg::view(g, geokg::is_active_at{*geokg::parse_date("2023-08-19")} &&
///                          geokg::has_sign{geokg::sign::positive});
/// std::size_t n = boost::num_edges(v);  // note: num_edges of a filtered_graph counts all edges
/// ```
template <relation_predicate P>
relation_view<P> view(const knowledge_graph& g, P test) {
  return relation_view<P>(g.graph(), edge_filter<P>{&g, std::move(test)});
}

/// The same view with one more condition: the predicates are combined, not the views nested.
template <relation_predicate P, relation_predicate Q>
relation_view<both<P, Q>> restrict(const relation_view<P>& v, Q test) {
  const edge_filter<P>& f = v.m_edge_pred;
  return relation_view<both<P, Q>>(
      v.m_g, edge_filter<both<P, Q>>{f.graph, both<P, Q>{f.test, std::move(test)}});
}

/// The graph as it stood at date `at`: the relations active then (first-day rule unless `rule`).
inline relation_view<is_active_at> active_at(const knowledge_graph& g, date at,
                                             time_rule rule = time_rule::first_day) {
  return view(g, is_active_at{at, rule});
}

/// The relations active at some time during `span`.
inline relation_view<is_active_during> active_during(const knowledge_graph& g, interval span) {
  return view(g, is_active_during{span});
}

/// The relations of the given kinds.
inline relation_view<has_kind> of_kinds(const knowledge_graph& g, kind_set kinds) {
  return view(g, has_kind{kinds});
}

/// The relations of one sign.
inline relation_view<has_sign> with_sign(const knowledge_graph& g, sign polarity) {
  return view(g, has_sign{polarity});
}

/// The graph a view was made from.
template <relation_predicate P, class V>
const knowledge_graph& graph_of(const relation_view<P, V>& v) noexcept {
  return *v.m_edge_pred.graph;
}

}  // namespace geokg
