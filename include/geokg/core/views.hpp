#pragma once
// SPDX-License-Identifier: MIT
// Views of a knowledge graph: Boost filtered_graphs over tiny predicates, never copies.

#include <utility>
#include <vector>

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
/// A view is a `boost::filtered_graph` (derived from one), so every Boost.Graph algorithm runs on
/// it. It also keeps its own copy of its `edge_filter`, so that `graph_of` and `restrict` read
/// the knowledge graph and the predicate from the view itself rather than from Boost's
/// undocumented members. It refers to the graph and must not outlive it; copying a view copies a
/// pointer and a predicate (twice: Boost's and the view's).
///
/// A view's iterators refer to the view itself (Boost's design), so name a view before iterating
/// it: `for (e : make_iterator_range(edges(active_at(g, D))))` iterates a destroyed temporary
/// (AddressSanitizer reports it; without it the loop may seem to work). Write
/// `const auto v = active_at(g, D);` and iterate `edges(v)`.
template <relation_predicate P, class VertexFilter = all_actors>
class relation_view : public boost::filtered_graph<const knowledge_graph::graph_type,
                                                   edge_filter<P>, VertexFilter> {
 public:
  /// The Boost graph a view is.
  using filtered_type =
      boost::filtered_graph<const knowledge_graph::graph_type, edge_filter<P>, VertexFilter>;

  /// The view of `g`, the Boost graph of the knowledge graph `filter.graph`, keeping the
  /// relations `filter` keeps and the actors `actors` keeps.
  relation_view(const knowledge_graph::graph_type& g, edge_filter<P> filter,
                VertexFilter actors = VertexFilter())
      : filtered_type(g, filter, std::move(actors)), filter_(std::move(filter)) {}

  /// The filter the view keeps relations by: its knowledge graph and its predicate.
  const edge_filter<P>& relation_filter() const noexcept { return filter_; }

 private:
  edge_filter<P> filter_;
};

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
  const edge_filter<P>& f = v.relation_filter();
  return relation_view<both<P, Q>>(
      f.graph->graph(), edge_filter<both<P, Q>>{f.graph, both<P, Q>{f.test, std::move(test)}});
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
  return *v.relation_filter().graph;
}

/// The actors a view keeps, in increasing order. O(V).
template <relation_predicate P, class V>
std::vector<actor_index> actor_indices_of(const relation_view<P, V>& v) {
  std::vector<actor_index> out;
  for (auto [it, end] = boost::vertices(v); it != end; ++it)
    out.push_back(static_cast<actor_index>(*it));
  return out;
}

/// The relations a view keeps, in the order of its edges. O(V + E).
template <relation_predicate P, class V>
std::vector<relation_index> relation_indices_of(const relation_view<P, V>& v) {
  const knowledge_graph& g = graph_of(v);
  std::vector<relation_index> out;
  for (auto [it, end] = boost::edges(v); it != end; ++it)
    out.push_back(g.relation_of(*it));
  return out;
}

}  // namespace geokg

// Boost.Graph finds a graph's property maps and property types through traits specialised for
// `filtered_graph`; a view is one, so it gets the same answers (those of the knowledge graph's
// Boost graph, as for any filtered_graph).
namespace boost {
template <geokg::relation_predicate P, class V, class Property>
struct property_map<geokg::relation_view<P, V>, Property>
    : property_map<typename geokg::relation_view<P, V>::filtered_type, Property> {};
template <geokg::relation_predicate P, class V>
struct vertex_property_type<geokg::relation_view<P, V>>
    : vertex_property_type<typename geokg::relation_view<P, V>::filtered_type> {};
template <geokg::relation_predicate P, class V>
struct edge_property_type<geokg::relation_view<P, V>>
    : edge_property_type<typename geokg::relation_view<P, V>::filtered_type> {};
template <geokg::relation_predicate P, class V>
struct graph_property_type<geokg::relation_view<P, V>>
    : graph_property_type<typename geokg::relation_view<P, V>::filtered_type> {};
template <geokg::relation_predicate P, class V>
struct vertex_bundle_type<geokg::relation_view<P, V>>
    : vertex_bundle_type<typename geokg::relation_view<P, V>::filtered_type> {};
template <geokg::relation_predicate P, class V>
struct edge_bundle_type<geokg::relation_view<P, V>>
    : edge_bundle_type<typename geokg::relation_view<P, V>::filtered_type> {};
template <geokg::relation_predicate P, class V>
struct graph_bundle_type<geokg::relation_view<P, V>>
    : graph_bundle_type<typename geokg::relation_view<P, V>::filtered_type> {};
}  // namespace boost
