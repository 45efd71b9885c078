#pragma once
// SPDX-License-Identifier: MIT
// Structural balance of a signed graph: the signed triad census, the frustration index with an
// optimal bipartition, and k-bloc clustering (generalised balance).

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "geokg/analysis/signed_snapshot.hpp"
#include "geokg/core/knowledge_graph.hpp"

namespace geokg::analysis {

// --- triads --------------------------------------------------------------------------------------

/// The signed triad census: the triangles of a signed graph by their number of negative edges.
///
/// A triangle is balanced iff the product of its signs is positive (Cartwright & Harary 1956):
/// `+++` (friends of friends) and `+--` (the enemy of my enemy is my friend). `++-` and `---`
/// are unbalanced.
struct triad_census {
  std::uint64_t ppp = 0;  ///< Triangles with three positive edges (balanced).
  std::uint64_t ppn = 0;  ///< Two positive, one negative (unbalanced).
  std::uint64_t pnn = 0;  ///< One positive, two negative (balanced).
  std::uint64_t nnn = 0;  ///< Three negative edges (unbalanced).

  /// The number of triangles.
  constexpr std::uint64_t total() const noexcept { return ppp + ppn + pnn + nnn; }
  /// The balanced triangles: `+++` and `+--`.
  constexpr std::uint64_t balanced() const noexcept { return ppp + pnn; }
  /// The unbalanced triangles: `++-` and `---`.
  constexpr std::uint64_t unbalanced() const noexcept { return ppn + nnn; }
  /// The degree of balance over triangles (Cartwright & Harary 1956, restricted to 3-cycles, as
  /// signnet's `balance_score(method = "triangles")`): balanced / total; 1 when there is no
  /// triangle, which is vacuously balanced.
  constexpr double degree_of_balance() const noexcept {
    return total() == 0 ? 1.0 : static_cast<double>(balanced()) / static_cast<double>(total());
  }

  friend constexpr bool operator==(const triad_census&, const triad_census&) = default;
};

/// Counts the triangles of a signed graph by sign pattern, each triangle once.
///
/// Orients every edge from the lower to the higher (degree, vertex) rank and intersects
/// out-neighbourhoods with a mark array: O(E^1.5) time, O(V + E) memory.
/// @throws data_error `invalid_value` if `validate(g)` fails.
///
/// **Example**
/// ```
/// auto t = geokg::analysis::count_triads(sg);
/// std::cout << geokg::analysis::to_string(t);  // or t.balanced(), t.degree_of_balance()
/// ```
triad_census count_triads(const signed_graph& g);

/// A table of the census: one line per pattern, balanced, unbalanced, total and the degree of
/// balance.
std::string to_string(const triad_census& t);

// --- partitions ----------------------------------------------------------------------------------

/// How `frustration_index` and `signed_blocs` search.
enum class solve_method : std::uint8_t {
  /// The heuristic first, then a mixed-integer program (CBC) that proves optimality or, when the
  /// time limit runs out, returns the best partition found with a lower bound.
  exact,
  /// Local search with restarts only, with a combinatorial lower bound; fast, optimal only when
  /// the bounds meet.
  heuristic,
};

/// "exact" or "heuristic".
constexpr std::string_view to_string(solve_method m) noexcept {
  return m == solve_method::exact ? "exact" : "heuristic";
}

/// Options of `frustration_index` and `signed_blocs`.
struct partition_options {
  solve_method method = solve_method::exact;
  /// Wall-clock budget for the whole call, in seconds. When it runs out the best partition found
  /// so far is returned with `optimal == false`. At least one heuristic pass always runs, so a
  /// zero budget still yields a valid partition and bounds.
  double time_limit_seconds = 60.0;
  /// Seed of the heuristic's random choices: the same seed and graph give the same result,
  /// unless the time limit cuts a run short.
  std::uint64_t seed = 1;
  /// Heuristic restarts per independent part of the graph (at least 1).
  unsigned restarts = 16;
};

/// Which problem a `signed_partition` solves: how its groups are numbered and how `to_string`
/// prints it.
enum class partition_problem : std::uint8_t {
  /// The frustration index (`frustration_index`): two groups; in each connected component the
  /// lowest-numbered vertex is in group 0.
  frustration,
  /// k-bloc clustering (`signed_blocs`): at most k blocs, numbered in order of first appearance
  /// (vertex 0 is in bloc 0).
  blocs,
};

/// A partition of the vertices of a signed graph into at most `k` groups, with the edges it
/// violates: positive edges between groups and negative edges within one. The result of both
/// `frustration_index` (k = 2) and `signed_blocs`.
///
/// With two groups the violating edges are the *frustrated* edges, and their least number is the
/// frustration index (line index of balance; Harary 1959): the least number of edges whose
/// removal (equivalently, whose sign change) makes the graph balanced. With k groups it is the
/// distance from generalised balance (Davis 1967; the criterion of Doreian & Mrvar 1996 with
/// equal weights).
struct signed_partition {
  /// Which entry point computed it, and so how `group` is numbered.
  partition_problem problem = partition_problem::frustration;
  int k = 0;                ///< The most groups allowed: 2 for `frustration_index`.
  std::uint64_t value = 0;  ///< Violating edges of `group`: the optimum if `optimal`, else `upper`.
  std::uint64_t lower = 0;  ///< A proven lower bound on the optimum.
  std::uint64_t upper = 0;  ///< The best partition found (`== value`).
  bool optimal = false;     ///< Whether `lower == upper`, i.e. `value` is proven minimal.
  /// The group (0 .. k-1) of each vertex of the signed graph, numbered as `problem` says. Groups
  /// may be empty: fewer than k can be optimal.
  std::vector<int> group{};
  int groups_used = 0;  ///< The number of non-empty groups (the groups are 0 .. groups_used-1).
  /// The violating (for k = 2, frustrated) edges: indices into `signed_graph::edges`, increasing.
  std::vector<std::size_t> violating_edges{};
  std::uint64_t positive_between = 0;  ///< Violating positive edges (between groups).
  std::uint64_t negative_within = 0;   ///< Violating negative edges (within a group).
  double seconds = 0.0;                ///< Wall-clock time of the call.
};

/// Computes the frustration index, exactly within the time limit by default.
///
/// The graph is first reduced (vertices of degree <= 2 are eliminated exactly, parallel pairs
/// merged) and split into biconnected blocks, whose indices add up. Each block gets a
/// local-search upper bound (spanning-tree switching, then single-vertex moves with restarts and
/// perturbation) and a lower bound from a fractional packing of unbalanced cycles. With
/// `solve_method::exact`, a block whose bounds differ gets an LP with odd-cycle cuts (Barahona &
/// Mahjoub 1986), whose bound often proves the heuristic optimal, and then the binary program of
/// Aref, Mason & Wilson (2020) — a side variable per vertex, a frustration variable per edge —
/// solved by CBC with the same cuts. Exponential in the worst case (the problem is NP-hard):
/// sparse graphs of a few hundred vertices take milliseconds to seconds, 200 random vertices with
/// 500 random edges about a minute (docs/analysis.md). The result has `k == 2` and `problem ==
/// partition_problem::frustration`.
/// @throws data_error `invalid_value` if `validate(g)` fails or an option is out of range.
///
/// **Example**
/// ```
/// auto f = geokg::analysis::frustration_index(sg, {.time_limit_seconds = 10});
/// if (f.optimal) { /* f.value is the index; f.group a bipartition attaining it */ }
/// ```
signed_partition frustration_index(const signed_graph& g, const partition_options& options = {});

/// The number of edges a given bipartition frustrates: positive edges between the groups and
/// negative edges within one. Any two distinct values in `side` are different groups.
/// Precondition: `side.size() == g.num_vertices()`. O(E).
std::uint64_t frustration_count(const signed_graph& g, std::span<const int> side);

/// Partitions the vertices into at most `k` blocs with the fewest violating edges.
///
/// Blocs are independent across biconnected blocks, so the graph is reduced and split as in
/// `frustration_index`; each part gets a relocation local search (Doreian & Mrvar 1996) with
/// restarts and a lower bound from a fractional packing of cycles with exactly one negative edge
/// (such a cycle violates any clustering, Davis 1967). With `solve_method::exact` the rest is a
/// binary program (one assignment variable per vertex and bloc) solved by CBC with those cycles as
/// cuts. `k == 2` is the frustration index, computed as by `frustration_index`; `k == 1` counts
/// the negative edges. Exponential in the worst case: exact in milliseconds for tens of vertices,
/// seconds for about 60 vertices and 150 edges. The result has `problem ==
/// partition_problem::blocs` (so with `k == 2` the same value as `frustration_index`, the groups
/// numbered by first appearance).
/// @throws data_error `invalid_value` if `k < 1`, `validate(g)` fails or an option is out of
/// range.
///
/// **Example**
/// ```
/// auto p = geokg::analysis::signed_blocs(sg, 3);
/// for (std::size_t v = 0; v < sg.num_vertices(); ++v) { /* p.group[v] */ }
/// ```
signed_partition signed_blocs(const signed_graph& g, int k, const partition_options& options = {});

/// A table of the partition: value, bounds, whether optimal, group sizes, the violating edges by
/// sign, and the time. Headed "frustration index" or "signed blocs (k = ...)" after `p.problem`.
std::string to_string(const signed_partition& p);

/// The same table, followed by each group's actor ids and the violating edges as id pairs.
/// Precondition: `p` was computed on `g`, and `g` built from `kg`.
std::string to_string(const signed_partition& p, const signed_graph& g, const knowledge_graph& kg);

}  // namespace geokg::analysis
