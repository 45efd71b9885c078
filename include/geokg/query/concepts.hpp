#pragma once
// SPDX-License-Identifier: MIT
// C++20 concepts on Boost.Graph that say which graphs and views the query functions accept.

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/graph_traits.hpp>

#include "geokg/core/knowledge_graph.hpp"
#include "geokg/core/relation.hpp"
#include "geokg/core/views.hpp"

namespace geokg::query {

namespace detail {
// Boost's graph_traits<G> is a hard error (not a substitution failure) for a type without the
// nested typedefs, so every concept below first checks that they exist.
template <class G>
concept has_graph_typedefs = std::is_class_v<G> && requires {
  typename G::vertex_descriptor;
  typename G::edge_descriptor;
  typename G::directed_category;
  typename G::edge_parallel_category;
  typename G::traversal_category;
};

template <class G, class Tag>
concept traversal_is =
    std::convertible_to<typename boost::graph_traits<G>::traversal_category, Tag>;
}  // namespace detail

/// A Boost.Graph IncidenceGraph: `out_edges(v, g)`, `source(e, g)`, `target(e, g)` and
/// `out_degree(v, g)` (Boost's `IncidenceGraphConcept`, as a C++20 concept).
///
/// **Example**
/// ```
/// static_assert(geokg::query::incidence_graph_of<geokg::knowledge_graph::graph_type>);
/// ```
template <class G>
concept incidence_graph_of = detail::has_graph_typedefs<G> &&
    detail::traversal_is<G, boost::incidence_graph_tag> &&
    requires(const G& g, typename boost::graph_traits<G>::vertex_descriptor v,
             typename boost::graph_traits<G>::edge_descriptor e) {
  typename boost::graph_traits<G>::out_edge_iterator;
  out_edges(v, g);
  { source(e, g) } -> std::convertible_to<typename boost::graph_traits<G>::vertex_descriptor>;
  { target(e, g) } -> std::convertible_to<typename boost::graph_traits<G>::vertex_descriptor>;
  { out_degree(v, g) } -> std::convertible_to<std::size_t>;
};

/// A Boost.Graph BidirectionalGraph: an incidence graph with `in_edges(v, g)` and `in_degree`.
/// geokg's graph and all its views are bidirectional; the queries use in-edges to treat
/// relations as undirected without copying the graph.
template <class G>
concept bidirectional_graph_of = incidence_graph_of<G> &&
    detail::traversal_is<G, boost::bidirectional_graph_tag> &&
    requires(const G& g, typename boost::graph_traits<G>::vertex_descriptor v) {
  typename boost::graph_traits<G>::in_edge_iterator;
  in_edges(v, g);
  { in_degree(v, g) } -> std::convertible_to<std::size_t>;
};

/// A Boost.Graph VertexListGraph: `vertices(g)` and `num_vertices(g)`.
template <class G>
concept vertex_list_graph_of = detail::has_graph_typedefs<G> &&
    detail::traversal_is<G, boost::vertex_list_graph_tag> && requires(const G& g) {
  vertices(g);
  { num_vertices(g) } -> std::convertible_to<std::size_t>;
};

/// A Boost.Graph EdgeListGraph: `edges(g)`.
template <class G>
concept edge_list_graph_of = detail::has_graph_typedefs<G> &&
    detail::traversal_is<G, boost::edge_list_graph_tag> && requires(const G& g) {
  edges(g);
};

/// Opt-in for the user's own Boost graph adaptors over a knowledge graph's Boost graph whose
/// descriptors are the knowledge graph's (`boost::filtered_graph` is recognised already).
/// Specialise it to `true` for such an adaptor to make it a `relation_graph`.
template <class G>
inline constexpr bool enable_relation_graph = false;

namespace detail {
// Whether G is a knowledge graph's Boost graph, seen through filtered_graphs (or a user adaptor).
// Descriptor types alone cannot tell: every vecS bidirectional adjacency_list has the same ones.
template <class G>
inline constexpr bool over_knowledge_graph_impl =
    std::is_same_v<G, knowledge_graph::graph_type> || enable_relation_graph<G>;
template <class G, class EdgePredicate, class VertexPredicate>
inline constexpr bool
    over_knowledge_graph_impl<boost::filtered_graph<G, EdgePredicate, VertexPredicate>> =
        over_knowledge_graph_impl<std::remove_cv_t<G>>;
template <relation_predicate P, class VertexFilter>
inline constexpr bool over_knowledge_graph_impl<relation_view<P, VertexFilter>> = true;
template <class G>
inline constexpr bool over_knowledge_graph = over_knowledge_graph_impl<std::remove_cv_t<G>>;
}  // namespace detail

/// A Boost graph whose vertices are actors and whose edges are relations of a
/// `knowledge_graph`: `g.graph()` itself, any geokg view, or the user's own
/// `boost::filtered_graph` over either (or an adaptor opted in by `enable_relation_graph`). Its
/// descriptors are the knowledge graph's, so `kg[e]` and `kg.relation_of(e)` read the relation
/// behind an edge; queries that take such a graph also take the knowledge graph explicitly.
///
/// **Example**
/// ```
/// struct no_wars {  // the user's own edge filter, not a geokg predicate
///   const geokg::knowledge_graph* g;
///   bool operator()(geokg::knowledge_graph::edge e) const {
///     return (*g)[e].kind != geokg::relation_kind::war;
///   }
/// };
/// using graph_type = geokg::knowledge_graph::graph_type;
/// boost::filtered_graph<const graph_type, no_wars> mine(g.graph(), no_wars{&g});
/// static_assert(geokg::query::relation_graph<decltype(mine)>);
/// auto p = geokg::query::shortest_path(g, mine, usa, prk);  // the graph passed explicitly
/// ```
template <class G>
concept relation_graph = detail::over_knowledge_graph<G> && bidirectional_graph_of<G> &&
    vertex_list_graph_of<G> && edge_list_graph_of<G> &&
    std::same_as<typename boost::graph_traits<G>::vertex_descriptor, knowledge_graph::vertex> &&
    std::same_as<typename boost::graph_traits<G>::edge_descriptor, knowledge_graph::edge>;

/// A relation graph that knows its knowledge graph through `geokg::graph_of(view)`: the
/// views made by `geokg::view`, `active_at`, `restrict` and friends. Queries take it alone.
template <class G>
concept geokg_view = relation_graph<G> && requires(const G& v) {
  { geokg::graph_of(v) } -> std::same_as<const knowledge_graph&>;
};

/// What most queries take as their first argument: a whole `knowledge_graph` or a geokg view
/// of one. (A foreign `relation_graph` is accepted by the overloads that take the knowledge
/// graph first.)
///
/// **Example**
/// ```
/// auto all = geokg::query::neighbors(g, jpn);                                // the whole graph
/// auto now = geokg::query::neighbors(geokg::active_at(g, today), jpn);       // a view
/// ```
template <class G>
concept graph_or_view = std::same_as<std::remove_cvref_t<G>, knowledge_graph> || geokg_view<G>;

/// A weight of a relation for weighted paths: callable on `const relation&`, returning a value
/// convertible to `double` (non-negative and finite, checked when used).
template <class W>
concept relation_weight = std::copy_constructible<W> && requires(const W& w, const relation& r) {
  { w(r) } -> std::convertible_to<double>;
};

/// How paths and reachability follow relations.
enum class traversal : std::uint8_t {
  undirected,  ///< Every relation may be followed both ways (the default).
  directed,    ///< Directed kinds (sanction, support, ...) only from source to target;
               ///< undirected kinds (alliance, war, ...) both ways.
};

/// "undirected" or "directed".
constexpr std::string_view to_string(traversal t) noexcept {
  return t == traversal::undirected ? "undirected" : "directed";
}

namespace detail {

// The knowledge graph and the Boost graph behind a `graph_or_view`.
inline const knowledge_graph& knowledge_of(const knowledge_graph& g) noexcept {
  return g;
}
template <geokg_view G>
const knowledge_graph& knowledge_of(const G& v) noexcept {
  return geokg::graph_of(v);
}
inline const knowledge_graph::graph_type& boost_of(const knowledge_graph& g) noexcept {
  return g.graph();
}
template <geokg_view G>
const G& boost_of(const G& v) noexcept {
  return v;
}

inline actor_index to_actor(knowledge_graph::vertex v) noexcept {
  return static_cast<actor_index>(v);
}

// Calls f(edge, other_actor) for every relation of `view` that can be followed from actor `a`
// under `mode`. Out-edges (a is the source) can always be followed; in-edges only when relations
// are undirected or the relation's kind is undirected.
template <relation_graph G, class F>
void for_each_step(const knowledge_graph& kg, const G& view, actor_index a, traversal mode, F&& f) {
  const knowledge_graph::vertex v = a;
  auto [o, o_end] = out_edges(v, view);
  for (; o != o_end; ++o)
    f(*o, to_actor(target(*o, view)));
  auto [i, i_end] = in_edges(v, view);
  for (; i != i_end; ++i) {
    if (mode == traversal::undirected || !kg[*i].directed()) f(*i, to_actor(source(*i, view)));
  }
}

}  // namespace detail

}  // namespace geokg::query
