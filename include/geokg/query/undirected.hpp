#pragma once
// SPDX-License-Identifier: MIT
// An undirected Boost graph over a bidirectional one, without copying: every Boost.Graph
// algorithm that wants an undirected graph (connected_components, undirected BFS) runs on a
// geokg view through it.

#include <cstddef>
#include <iterator>

#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>
#include <boost/iterator/iterator_facade.hpp>

#include "geokg/query/concepts.hpp"

namespace geokg::query {

/// A Boost.Graph adaptor that presents a bidirectional graph (a knowledge graph's `graph()` or
/// any view) as an undirected one: the out-edges of a vertex are its out-edges followed by its
/// in-edges in the underlying graph, each seen from that vertex. It models IncidenceGraph,
/// VertexListGraph and EdgeListGraph with `directed_category = boost::undirected_tag`, and
/// forwards the `vertex_index` property map, so `boost::connected_components`,
/// `boost::breadth_first_search` and friends run on it. It holds a pointer to the underlying
/// graph, which must outlive it; copying it is free.
///
/// An edge descriptor carries the underlying edge (`e.base`, so `kg[e.base]` is its relation)
/// and whether it is seen backwards.
///
/// **Example**
/// ```
/// auto friendly = geokg::view(g, geokg::has_sign{geokg::sign::positive});
/// std::vector<std::size_t> component(g.num_actors());
/// auto n = boost::connected_components(geokg::query::as_undirected(friendly), component.data());
/// ```
template <bidirectional_graph_of G>
class undirected_view {
  using traits = boost::graph_traits<G>;

 public:
  using base_edge = typename traits::edge_descriptor;
  using vertex_descriptor = typename traits::vertex_descriptor;

  /// An edge seen from one of its ends.
  struct edge_descriptor {
    base_edge base{};       ///< The edge of the underlying graph.
    bool reversed = false;  ///< Seen from its target.
    /// Equal if they are the same underlying edge, whichever way they are seen (Boost's rule
    /// for undirected graphs).
    friend bool operator==(const edge_descriptor& x, const edge_descriptor& y) {
      return x.base == y.base;
    }
  };

  using directed_category = boost::undirected_tag;
  using edge_parallel_category = boost::allow_parallel_edge_tag;
  struct traversal_category : boost::incidence_graph_tag,
                              boost::vertex_list_graph_tag,
                              boost::edge_list_graph_tag {};
  using vertices_size_type = typename traits::vertices_size_type;
  using edges_size_type = typename traits::edges_size_type;
  using degree_size_type = typename traits::degree_size_type;
  using vertex_iterator = typename traits::vertex_iterator;

  /// Iterates over the out-edges, then the in-edges (reversed), of a vertex.
  class out_edge_iterator
      : public boost::iterator_facade<out_edge_iterator, edge_descriptor, std::forward_iterator_tag,
                                      edge_descriptor> {
   public:
    out_edge_iterator() = default;
    out_edge_iterator(typename traits::out_edge_iterator out,
                      typename traits::out_edge_iterator out_end,
                      typename traits::in_edge_iterator in)
        : out_(out), out_end_(out_end), in_(in) {}

   private:
    friend class boost::iterator_core_access;
    edge_descriptor dereference() const {
      return out_ != out_end_ ? edge_descriptor{*out_, false} : edge_descriptor{*in_, true};
    }
    bool equal(const out_edge_iterator& other) const {
      return out_ == other.out_ && in_ == other.in_;
    }
    void increment() {
      if (out_ != out_end_)
        ++out_;
      else
        ++in_;
    }
    typename traits::out_edge_iterator out_{};
    typename traits::out_edge_iterator out_end_{};
    typename traits::in_edge_iterator in_{};
  };

  /// Iterates over every edge once, as stored.
  class edge_iterator : public boost::iterator_facade<edge_iterator, edge_descriptor,
                                                      std::forward_iterator_tag, edge_descriptor> {
   public:
    edge_iterator() = default;
    explicit edge_iterator(typename traits::edge_iterator it) : it_(it) {}

   private:
    friend class boost::iterator_core_access;
    edge_descriptor dereference() const { return {*it_, false}; }
    bool equal(const edge_iterator& other) const { return it_ == other.it_; }
    void increment() { ++it_; }
    typename traits::edge_iterator it_{};
  };

  /// Wraps `g`, which must outlive the adaptor.
  explicit undirected_view(const G& g) noexcept : g_(&g) {}

  /// The underlying graph.
  const G& base() const noexcept { return *g_; }

  static vertex_descriptor null_vertex() { return traits::null_vertex(); }

  // --- Boost.Graph free functions, found by argument-dependent lookup ---------------------------

  friend std::pair<vertex_iterator, vertex_iterator> vertices(const undirected_view& u) {
    return vertices(*u.g_);
  }
  friend vertices_size_type num_vertices(const undirected_view& u) { return num_vertices(*u.g_); }
  friend std::pair<out_edge_iterator, out_edge_iterator> out_edges(vertex_descriptor v,
                                                                   const undirected_view& u) {
    const auto [o, o_end] = out_edges(v, *u.g_);
    const auto [i, i_end] = in_edges(v, *u.g_);
    return {out_edge_iterator(o, o_end, i), out_edge_iterator(o_end, o_end, i_end)};
  }
  friend degree_size_type out_degree(vertex_descriptor v, const undirected_view& u) {
    return static_cast<degree_size_type>(out_degree(v, *u.g_) + in_degree(v, *u.g_));
  }
  friend degree_size_type degree(vertex_descriptor v, const undirected_view& u) {
    return out_degree(v, u);
  }
  friend vertex_descriptor source(const edge_descriptor& e, const undirected_view& u) {
    return e.reversed ? target(e.base, *u.g_) : source(e.base, *u.g_);
  }
  friend vertex_descriptor target(const edge_descriptor& e, const undirected_view& u) {
    return e.reversed ? source(e.base, *u.g_) : target(e.base, *u.g_);
  }
  friend std::pair<edge_iterator, edge_iterator> edges(const undirected_view& u) {
    const auto [e, e_end] = edges(*u.g_);
    return {edge_iterator(e), edge_iterator(e_end)};
  }
  friend edges_size_type num_edges(const undirected_view& u) { return num_edges(*u.g_); }
  friend auto get(boost::vertex_index_t tag, const undirected_view& u) { return get(tag, *u.g_); }
  friend auto get(boost::vertex_index_t tag, const undirected_view& u, vertex_descriptor v) {
    return get(get(tag, *u.g_), v);
  }

 private:
  const G* g_;
};

/// The undirected view of a bidirectional graph or view (see `undirected_view`).
///
/// **Example**
/// ```
/// auto at_2023 = geokg::active_at(g, *geokg::parse_date("2023-08-19"));
/// std::vector<std::size_t> component(g.num_actors());
/// boost::connected_components(geokg::query::as_undirected(at_2023), component.data());
/// ```
template <bidirectional_graph_of G>
undirected_view<G> as_undirected(const G& g) noexcept {
  return undirected_view<G>(g);
}

}  // namespace geokg::query

/// Boost algorithms look the vertex index map up through `property_map`; it is the underlying
/// graph's.
template <class G>
struct boost::property_map<geokg::query::undirected_view<G>, boost::vertex_index_t> {
  using const_type = typename boost::property_map<G, boost::vertex_index_t>::const_type;
  using type = const_type;
};
