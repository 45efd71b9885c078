#pragma once
// SPDX-License-Identifier: MIT
// Blocs of the positive layer of a signed graph: connected components, Louvain communities by
// modularity, and how bloc membership changed between two dates.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "geokg/analysis/signed_snapshot.hpp"
#include "geokg/core/knowledge_graph.hpp"

namespace geokg::analysis {

// --- components ----------------------------------------------------------------------------------

/// The connected components of the positive layer (the positive edges over all vertices): the
/// actors linked by chains of alliances and partnerships. A vertex without positive edges is a
/// component of its own.
struct component_partition {
  /// The component of each vertex, numbered by first appearance (vertex 0 is in component 0).
  std::vector<int> component{};
  int count = 0;  ///< The number of components.

  /// The number of vertices in each component. O(V).
  std::vector<std::size_t> sizes() const;

  friend bool operator==(const component_partition&, const component_partition&) = default;
};

/// The connected components of the positive layer (Boost.Graph's `connected_components`, a
/// depth-first search). O(V + E).
/// @throws data_error `invalid_value` if `validate(g)` fails.
///
/// **Example**
/// ```
/// auto c = geokg::analysis::positive_components(sg);
/// std::cout << geokg::analysis::to_string(c, sg, g);
/// ```
component_partition positive_components(const signed_graph& g);

/// A summary line (components, how many are single actors), then one line per component of two
/// or more actors with its actor ids, largest first.
std::string to_string(const component_partition& c, const signed_graph& g,
                      const knowledge_graph& kg);

// --- communities ---------------------------------------------------------------------------------

/// Options of `louvain_communities`.
struct louvain_options {
  /// The resolution gamma of the modularity (Reichardt & Bornholdt 2006): above 1 favours smaller
  /// communities, below 1 larger ones. Positive.
  double resolution = 1.0;
  /// Seed of the order in which vertices are visited: the same seed and graph give the same
  /// partition, on every platform (the shuffle does not use the standard distributions, whose
  /// output differs between standard libraries).
  std::uint64_t seed = 1;
  /// A level that raises the modularity by no more than this ends the search (networkx's
  /// `threshold`). Non-negative.
  double threshold = 1e-7;
};

/// A partition of the vertices into communities of the positive layer, with its modularity.
struct community_partition {
  /// The community of each vertex, numbered by first appearance (vertex 0 is in community 0).
  std::vector<int> community{};
  int count = 0;  ///< The number of communities.
  /// The modularity of `community` on the positive layer at the chosen resolution. 0 when the
  /// layer has no edge (modularity is undefined there; every vertex is its own community).
  double modularity = 0.0;
  /// The modularity after each level of the algorithm, increasing; the last one is `modularity`.
  std::vector<double> level_modularity{};
  louvain_options options{};  ///< The options used.

  /// The number of vertices in each community. O(V).
  std::vector<std::size_t> sizes() const;
};

/// Communities of the positive layer by the Louvain method (Blondel, Guillaume, Lambiotte &
/// Lefebvre 2008), maximising the modularity of Newman & Girvan (2004): the share of positive
/// edges inside communities minus its expected value when edges are placed at random with the
/// same degrees. Negative edges are not used, and every positive edge counts 1.
///
/// Each level visits the vertices in a seeded random order and moves each to the neighbouring
/// community with the largest modularity gain (staying on ties) until no move helps; the
/// communities then become the vertices of the next level. It stops when a level moves nothing
/// or gains no more than `threshold`. About O(E) per pass; the result is a local optimum, usually
/// close to the best partition on small graphs. Deterministic given the seed.
/// @throws data_error `invalid_value` if `validate(g)` fails or an option is out of range.
///
/// **Example**
/// ```
/// auto c = geokg::analysis::louvain_communities(sg, {.seed = 7});
/// std::cout << c.modularity << '\n' << geokg::analysis::to_string(c, sg, g);
/// ```
community_partition louvain_communities(const signed_graph& g, const louvain_options& options = {});

/// The modularity of a partition of the vertices (any distinct labels) on the positive layer:
/// sum over communities c of L_c / m - resolution * (d_c / 2m)^2, with L_c the positive edges
/// inside c, d_c the positive degrees summed over c, and m the positive edges; 0 if m == 0.
/// Precondition: `community.size() == g.num_vertices()`. O(V + E).
double modularity(const signed_graph& g, std::span<const int> community, double resolution = 1.0);

/// A summary line (communities, modularity, levels), then one line per community of two or more
/// actors with its actor ids, largest first.
std::string to_string(const community_partition& c, const signed_graph& g,
                      const knowledge_graph& kg);

// --- changes between dates -----------------------------------------------------------------------

/// Who is in which bloc at one date, by actor, so that partitions of different snapshots (whose
/// vertices need not line up) can be compared. Build it with `membership`.
struct bloc_membership {
  std::vector<actor_index> actors{};  ///< The actors, increasing.
  std::vector<int> bloc{};            ///< `bloc[i]` is the bloc of `actors[i]`, 0 .. count-1.
  int count = 0;                      ///< The number of blocs.

  friend bool operator==(const bloc_membership&, const bloc_membership&) = default;
};

/// The membership of a labelling of the vertices of `g` (components, communities, signed blocs
/// or any distinct labels), blocs renumbered by first appearance in actor order.
/// Precondition: `label.size() == g.num_vertices()`. O(V log V).
bloc_membership membership(const signed_graph& g, std::span<const int> label);

/// A bloc of the earlier partition paired with one of the later, and how many actors they share.
struct bloc_match {
  int before = 0;           ///< A bloc of `before`.
  int after = 0;            ///< A bloc of `after`.
  std::size_t overlap = 0;  ///< Actors in both.

  friend bool operator==(const bloc_match&, const bloc_match&) = default;
};

/// An actor present at both dates whose bloc did not continue into its new bloc.
struct bloc_move {
  actor_index actor = 0;
  int before = 0;  ///< Its bloc in `before`.
  int after = 0;   ///< Its bloc in `after`.

  friend bool operator==(const bloc_move&, const bloc_move&) = default;
};

/// Several earlier blocs whose members mostly went to one later bloc.
struct bloc_merge {
  int after = 0;              ///< The later bloc.
  std::vector<int> before{};  ///< The earlier blocs, increasing (two or more).

  friend bool operator==(const bloc_merge&, const bloc_merge&) = default;
};

/// One earlier bloc that most members of several later blocs came from.
struct bloc_split {
  int before = 0;            ///< The earlier bloc.
  std::vector<int> after{};  ///< The later blocs, increasing (two or more).

  friend bool operator==(const bloc_split&, const bloc_split&) = default;
};

/// How bloc membership changed between two dates (`bloc_changes`).
struct bloc_change_report {
  /// One-to-one pairs of blocs by best overlap: the pair sharing most actors first, then the
  /// next best among the blocs left, and so on (ties to the lower bloc numbers). A matched later
  /// bloc continues its earlier bloc.
  std::vector<bloc_match> matches{};
  /// Actors in both partitions whose later bloc is not the continuation of their earlier bloc,
  /// by actor index.
  std::vector<bloc_move> moved{};
  std::vector<actor_index> joined{};  ///< Actors only in `after`, increasing.
  std::vector<actor_index> left{};    ///< Actors only in `before`, increasing.
  /// Later blocs that are the main destination (most shared actors) of two or more earlier blocs.
  std::vector<bloc_merge> merged{};
  /// Earlier blocs that are the main origin of two or more later blocs.
  std::vector<bloc_split> split{};
  std::vector<int> appeared{};  ///< Later blocs without any actor from `before`.
  std::vector<int> vanished{};  ///< Earlier blocs without any actor in `after`.

  /// Whether nothing changed: the same actors in the same groups (bloc numbers may differ).
  bool unchanged() const noexcept {
    return moved.empty() && joined.empty() && left.empty() && merged.empty() && split.empty() &&
           appeared.empty() && vanished.empty();
  }
};

/// Compares two partitions of actors, e.g. the positive components at two dates.
///
/// Blocs are matched by overlap (the number of shared actors): greedily one to one for
/// continuations and moves, and each bloc to its single best counterpart for merges and splits,
/// ties to lower bloc numbers. O(A log A + B1 B2) for A actors and B1, B2 blocs.
///
/// **Example**
/// ```
/// auto s1 = geokg::analysis::signed_snapshot(g, *geokg::parse_date("1965-06-22"), opts);
/// auto s2 = geokg::analysis::signed_snapshot(g, *geokg::parse_date("2023-08-19"), opts);
/// auto m1 = geokg::analysis::membership(s1, geokg::analysis::positive_components(s1).component);
/// auto m2 = geokg::analysis::membership(s2, geokg::analysis::positive_components(s2).component);
/// std::cout << geokg::analysis::to_string(geokg::analysis::bloc_changes(m1, m2), m1, m2, g);
/// ```
bloc_change_report bloc_changes(const bloc_membership& before, const bloc_membership& after);

/// The report in words, blocs named by their members' actor ids: merges, splits, new and vanished
/// blocs, moves, joins and departures; "no change" if `r.unchanged()`.
/// Precondition: `r` was computed from `before` and `after`, whose actors are indices of `kg`.
std::string to_string(const bloc_change_report& r, const bloc_membership& before,
                      const bloc_membership& after, const knowledge_graph& kg);

}  // namespace geokg::analysis
