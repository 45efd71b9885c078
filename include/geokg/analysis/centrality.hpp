#pragma once
// SPDX-License-Identifier: MIT
// Centrality of the actors of a signed graph: signed degrees, betweenness, and eigenvector
// centrality and PageRank of the positive layer; plus relation counts by kind on a view.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/graph/graph_traits.hpp>

#include "geokg/analysis/signed_snapshot.hpp"
#include "geokg/core/knowledge_graph.hpp"
#include "geokg/core/relation_kind.hpp"
#include "geokg/core/views.hpp"

namespace geokg::analysis {

// --- measures on a signed graph ------------------------------------------------------------------

/// Options of `centrality`.
///
/// The two power iterations (PageRank, eigenvector) stop as networkx's do, when the L1 change of
/// the vector between two iterations falls below `n * tolerance` for n vertices. The default
/// tolerance is tighter than networkx's 1e-6 so that the values agree with exact eigen-solvers
/// (igraph's ARPACK and PRPACK) to about 1e-9; geopolitical snapshots are small enough for the
/// extra iterations to cost nothing noticeable.
struct centrality_options {
  /// PageRank's damping factor alpha (the probability of following an edge), in [0, 1).
  double damping = 0.85;
  /// Convergence threshold per vertex of both power iterations; positive.
  double tolerance = 1e-10;
  /// Iteration cap of both power iterations (at least 1). If it is reached the last vector is
  /// returned and `iteration_report::converged` is false.
  std::uint32_t max_iterations = 1000;
  /// Compute betweenness on the graph of all edges (O(V E)); skipped (all zero) if false.
  bool betweenness = true;
  /// Compute betweenness on the positive layer too (O(V E+)); skipped (all zero) if false.
  bool positive_betweenness = true;
};

/// How a power iteration ended.
struct iteration_report {
  std::uint32_t iterations = 0;  ///< Iterations run (0 for a graph without vertices).
  bool converged = false;        ///< Whether the change fell below `n * tolerance` in time.
  double residual = 0.0;         ///< The L1 change of the last iteration.
};

/// The measures of one vertex of a signed graph.
struct vertex_centrality {
  std::uint32_t positive_degree = 0;  ///< Positive edges at the vertex (allies, partners).
  std::uint32_t negative_degree = 0;  ///< Negative edges at the vertex (adversaries).
  /// Betweenness on the unweighted graph of all edges, signs ignored, normalised as networkx's
  /// `betweenness_centrality(normalized=True)` for undirected graphs: the number of shortest
  /// paths through the vertex (each pair counted once, split over equal-length paths) divided by
  /// (n-1)(n-2)/2, the number of pairs it could lie between. 0 when n <= 2.
  double betweenness = 0.0;
  /// The same on the positive layer (the positive edges over all vertices), with the same n.
  double positive_betweenness = 0.0;
  /// Eigenvector centrality of the positive layer (networkx's `eigenvector_centrality`): the
  /// vector of the largest eigenvalue of the adjacency matrix, unit Euclidean norm, found by
  /// power iteration on A + I from the uniform vector.
  double eigenvector = 0.0;
  /// PageRank of the positive layer, each positive edge a link both ways (networkx's
  /// `pagerank`): sums to 1; vertices without positive edges spread their rank uniformly.
  double pagerank = 0.0;

  /// All edges at the vertex.
  constexpr std::uint32_t degree() const noexcept { return positive_degree + negative_degree; }
  /// Positive minus negative degree: friends minus enemies.
  constexpr std::int64_t net_degree() const noexcept {
    return static_cast<std::int64_t>(positive_degree) - static_cast<std::int64_t>(negative_degree);
  }

  friend bool operator==(const vertex_centrality&, const vertex_centrality&) = default;
};

/// The centrality measures of every vertex of a signed graph.
struct centrality_result {
  /// One row per vertex: `vertices[v]` belongs to `signed_graph::actors[v]`.
  std::vector<vertex_centrality> vertices{};
  iteration_report pagerank{};     ///< How the PageRank iteration ended.
  iteration_report eigenvector{};  ///< How the eigenvector iteration ended.
  centrality_options options{};    ///< The options used.
};

/// Computes signed degrees, betweenness (all edges and positive layer), eigenvector centrality
/// and PageRank (positive layer) of every vertex.
///
/// Betweenness is Brandes' algorithm (Brandes 2001; Boost.Graph's
/// `brandes_betweenness_centrality`), O(V E) per layer. Eigenvector centrality (Bonacich 1972)
/// and PageRank (Brin & Page 1998) are power iterations of O(V + E) per step, with networkx's
/// conventions (start, normalisation, dangling vertices, stopping rule), so that they give the
/// same numbers as networkx on the same graph. Edge weights are not used: every edge counts 1.
/// A component-wise caveat: when several components of the positive layer share the largest
/// eigenvalue, the eigenvector is not unique; the iteration then returns networkx's choice (the
/// one reached from the uniform start).
/// @throws data_error `invalid_value` if `validate(g)` fails or an option is out of range.
///
/// **Example**
/// ```
/// auto sg = geokg::analysis::signed_snapshot(g, *geokg::parse_date("2023-08-19"));
/// auto c = geokg::analysis::centrality(sg);
/// std::cout << geokg::analysis::to_string(c, sg, g);
/// ```
centrality_result centrality(const signed_graph& g, const centrality_options& options = {});

/// A measure of `vertex_centrality`, to rank by.
enum class centrality_measure : std::uint8_t {
  positive_degree,       ///< `positive_degree`
  negative_degree,       ///< `negative_degree`
  degree,                ///< `degree()`
  net_degree,            ///< `net_degree()`
  betweenness,           ///< `betweenness`
  positive_betweenness,  ///< `positive_betweenness`
  eigenvector,           ///< `eigenvector`
  pagerank,              ///< `pagerank`
};

/// The measure's field name ("positive_degree", ..., "pagerank").
std::string_view to_string(centrality_measure m) noexcept;

/// Parses a measure from its field name; nullopt otherwise.
std::optional<centrality_measure> parse_centrality_measure(std::string_view text) noexcept;

/// The value of one measure as a double.
double value_of(const vertex_centrality& c, centrality_measure m) noexcept;

/// The vertices from the highest to the lowest value of a measure, ties by vertex number.
/// O(V log V).
std::vector<signed_vertex> ranking(const centrality_result& r, centrality_measure m);

/// A table with one line per vertex (vertex number and every measure), then how the iterations
/// ended.
std::string to_string(const centrality_result& r);

/// The same table with the actor id and name of each vertex in front of the measures, columns
/// aligned. Precondition: `r` was computed on `g`, and `g` built from `kg`.
///
/// **Example** (output, Read's Highland Tribes; then one line per iteration report)
/// ```
/// actor  name   deg+  deg-  deg  net  betweenness  betweenness+  eigenvector+  pagerank+
/// Gavev  Gavev     3     5    8   -2     0.075011      0.000000      0.000000   0.062500
/// ```
std::string to_string(const centrality_result& r, const signed_graph& g, const knowledge_graph& kg);

// --- relations by kind on a view -----------------------------------------------------------------

/// How many relations of each kind touch each actor of a view.
struct kind_degree_table {
  /// The actors of the view, increasing.
  std::vector<actor_index> actors{};
  /// `count[i][k]`: relations of kind k (`static_cast<std::size_t>(relation_kind)`) incident to
  /// `actors[i]`, in either direction. A relation counts once per end.
  std::vector<std::array<std::uint32_t, relation_kind_count>> count{};

  /// The count of one actor and kind; 0 for an actor not in the table. O(log actors).
  std::uint32_t at(actor_index a, relation_kind k) const noexcept;
};

/// Counts the relations by kind at each actor of a view, e.g. `active_at(g, date)`: the typed
/// degree of a knowledge-graph snapshot, before signs are collapsed. O(V + E of the view).
///
/// **Example**
/// ```
/// auto t = geokg::analysis::kind_degrees(geokg::active_at(g, *geokg::parse_date("1965-06-22")));
/// t.at(g.actor_index_of("KOR"), geokg::relation_kind::alliance);
/// ```
template <relation_predicate P, class VertexFilter>
kind_degree_table kind_degrees(const relation_view<P, VertexFilter>& view) {
  const knowledge_graph& g = graph_of(view);
  kind_degree_table t;
  t.actors = actor_indices_of(view);
  t.count.assign(t.actors.size(), {});
  // The view's vertices come out in increasing order; a vertex's row is its rank among them.
  std::vector<std::size_t> row(g.num_actors(), t.actors.size());
  for (std::size_t i = 0; i < t.actors.size(); ++i)
    row[t.actors[i]] = i;
  for (auto [it, end] = boost::edges(view); it != end; ++it) {
    const auto& r = g.relation_at(g.relation_of(*it));
    const auto k = static_cast<std::size_t>(r.kind);
    for (const std::size_t a : {static_cast<std::size_t>(boost::source(*it, view)),
                                static_cast<std::size_t>(boost::target(*it, view))}) {
      if (row[a] < t.actors.size()) ++t.count[row[a]][k];
    }
  }
  return t;
}

}  // namespace geokg::analysis
