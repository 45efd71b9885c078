#pragma once
// SPDX-License-Identifier: MIT
// The signed snapshot: the relations active at a date collapsed into a simple undirected signed
// graph, the input of the structural-balance measures (balance.hpp).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <boost/graph/graph_traits.hpp>

#include "geokg/core/actor_kind.hpp"
#include "geokg/core/date.hpp"
#include "geokg/core/detail/enum_names.hpp"
#include "geokg/core/interval.hpp"
#include "geokg/core/knowledge_graph.hpp"
#include "geokg/core/predicates.hpp"
#include "geokg/core/relation_kind.hpp"
#include "geokg/core/sign.hpp"
#include "geokg/core/statement.hpp"
#include "geokg/core/views.hpp"

namespace geokg::query {
struct active_set;  // query/series.hpp
}  // namespace geokg::query

namespace geokg::analysis {

/// A vertex of a `signed_graph`: a position in `signed_graph::actors`, 0-based. With the
/// default `snapshot_options` every actor is kept, so a vertex equals its `actor_index`.
using signed_vertex = std::uint32_t;

/// One edge of a signed graph: an unordered pair of vertices with a sign.
struct signed_edge {
  signed_vertex u = 0;             ///< The smaller end (a position in `signed_graph::actors`).
  signed_vertex v = 0;             ///< The larger end; `u < v`.
  sign polarity = sign::positive;  ///< `positive` or `negative`, never `neutral`.
  /// How strongly the collapsed relations support the sign (see `collapse_rule`); 1 for graphs
  /// built by hand. The balance measures count edges and do not use it.
  double weight = 1.0;

  friend bool operator==(const signed_edge&, const signed_edge&) = default;
};

/// A simple undirected signed graph over some actors of a knowledge graph: at most one edge per
/// pair, no loops, every edge positive or negative.
///
/// It is a small value (two vectors), not a view: `signed_snapshot` builds it, and a user may fill
/// it by hand (`validate` checks it; the balance functions call `validate` themselves).
///
/// **Example**
/// ```
/// geokg::analysis::signed_graph triangle{
///     .actors = {0, 1, 2},
///     .edges = {{.u = 0, .v = 1, .polarity = geokg::sign::positive},
///               {.u = 0, .v = 2, .polarity = geokg::sign::negative},
///               {.u = 1, .v = 2, .polarity = geokg::sign::negative}}};
/// ```
struct signed_graph {
  /// The actor behind each vertex: `actors[v]` is an index of the knowledge graph. Snapshots list
  /// them in increasing order.
  std::vector<actor_index> actors{};
  /// The edges; snapshots sort them by `(u, v)`.
  std::vector<signed_edge> edges{};

  /// The number of vertices (`actors.size()`).
  std::size_t num_vertices() const noexcept { return actors.size(); }
  /// The number of edges.
  std::size_t num_edges() const noexcept { return edges.size(); }
  /// The number of positive edges. O(edges).
  std::size_t num_positive() const noexcept {
    std::size_t n = 0;
    for (const auto& e : edges)
      n += e.polarity == sign::positive ? 1U : 0U;
    return n;
  }
  /// The number of negative edges. O(edges).
  std::size_t num_negative() const noexcept {
    std::size_t n = 0;
    for (const auto& e : edges)
      n += e.polarity == sign::negative ? 1U : 0U;
    return n;
  }
  /// The vertex of an actor, or nullopt if the actor is not in the graph. O(vertices).
  std::optional<signed_vertex> find(actor_index a) const noexcept {
    for (std::size_t i = 0; i < actors.size(); ++i) {
      if (actors[i] == a) return static_cast<signed_vertex>(i);
    }
    return std::nullopt;
  }

  friend bool operator==(const signed_graph&, const signed_graph&) = default;
};

/// Checks that a signed graph is simple and well formed: every edge has `u < v <
/// num_vertices()`, a sign other than `neutral` and a finite weight, and no pair appears twice.
/// O(E log E).
/// @throws data_error `invalid_value` naming the first offending edge.
void validate(const signed_graph& g);

/// A table of the graph: vertex and edge counts, then one line per edge (`u v sign weight`).
std::string to_string(const signed_graph& g);

/// The same table with actor ids instead of vertex numbers.
/// Precondition: `g` was built from `kg` (its `actors` are indices of `kg`).
std::string to_string(const signed_graph& g, const knowledge_graph& kg);

/// How the active relations of one pair of actors become (at most) one signed edge. Relations of
/// neutral kinds (membership, leadership, cession, other) count in no rule. The edge's `weight`
/// is given for each rule.
enum class collapse_rule : std::uint8_t {
  /// The sign of the sum of the signs (+1, -1) of the pair's relations; a zero sum is no edge.
  /// Weight: |sum|. The rule of the benchmark workload (WORKLOAD.md §4, op `balance`).
  sum_of_signs,
  /// Positive if the pair has any positive relation, else negative if it has a negative one
  /// ("allies who also quarrel are allies"). Weight: the number of relations of the winning sign.
  positive_dominates,
  /// Negative if the pair has any negative relation, else positive if it has a positive one
  /// ("one war outweighs any treaty"). Weight: the number of relations of the winning sign.
  negative_dominates,
  /// The sign of the sum of sign x weight over the pair's relations (relation weights in [0, 1]);
  /// a sum within 1e-9 x (total weight) of zero is no edge. Weight: |sum|.
  weighted_sum,
};

namespace detail {
/// The canonical names of the `collapse_rule` values, in declaration order.
inline constexpr auto collapse_rule_names =
    geokg::detail::enum_names<collapse_rule, collapse_rule::weighted_sum>(
        "sum_of_signs", "positive_dominates", "negative_dominates", "weighted_sum");
}  // namespace detail

/// "sum_of_signs", "positive_dominates", "negative_dominates" or "weighted_sum".
constexpr std::string_view to_string(collapse_rule r) noexcept {
  return geokg::detail::enum_name(detail::collapse_rule_names, r);
}

/// Parses a rule from its name (as `to_string` writes it); nullopt otherwise.
constexpr std::optional<collapse_rule> parse_collapse_rule(std::string_view text) noexcept {
  return geokg::detail::parse_enum_name<collapse_rule>(detail::collapse_rule_names, text);
}

/// Options of `signed_snapshot`.
struct snapshot_options {
  /// How a pair's relations become one edge.
  collapse_rule rule = collapse_rule::sum_of_signs;
  /// Only relations of these kinds count (all kinds by default). Example: security ties only,
  /// `{relation_kind::alliance, relation_kind::war, relation_kind::dispute}`.
  kind_set kinds = kind_set::all();
  /// How "active at the date" is decided (date overload only; a view decides for itself).
  time_rule time = time_rule::first_day;
  /// Keep only actors of this kind (and the relations among them); all actors by default, since
  /// a snapshot of states and organisations together is as legitimate as one of states only.
  std::optional<actor_kind> only = std::nullopt;
  /// Drop actors without any edge. Off by default, so that with `only` unset a vertex equals its
  /// actor index and results line up with the knowledge graph.
  bool drop_isolated = false;
};

/// The snapshot options of an analysis command as text: what `geokg balance --only --rule` and
/// the Python module's `Graph.balance(only=, rule=, kinds=)` are given.
struct snapshot_arguments {
  std::optional<std::string_view> only{};  ///< An actor kind (`state`), or none for every kind.
  std::string_view rule = "first_day";     ///< A time rule (`first_day`, `certain`, `possible`).
  std::span<const std::string> kinds{};    ///< Relation kind names; none for every kind.
};

/// The snapshot options the analysis commands of the CLI and the Python module use: the
/// default collapse rule, the given actor kind, time rule and relation kinds, and actors
/// without a signed tie left out (`drop_isolated`), as the commands show them.
/// @throws data_error `invalid_value` for an unknown actor kind or time rule,
/// `unknown_relation_kind` for an unknown relation kind; its `field()` names the argument
/// (`only`, `rule` or `kinds`), its message the value ("unknown actor kind 'empire'").
snapshot_options parse_snapshot_options(const snapshot_arguments& arguments);

/// The signed graph of the relations active at date `at`.
///
/// For every unordered pair of kept actors, the pair's active relations of the chosen kinds are
/// collapsed by `options.rule`; direction is ignored (relations are undirected here, as in the
/// workload). Costs O(R + A + E log E) time for R relations and A actors, and memory for the
/// result only: the knowledge graph is read, never copied.
///
/// **Example**
/// ```
/// auto sg = geokg::analysis::signed_snapshot(g, *geokg::parse_date("1989-11-09"));
/// auto census = geokg::analysis::count_triads(sg);  // balance.hpp
/// ```
signed_graph signed_snapshot(const knowledge_graph& g, date at,
                             const snapshot_options& options = {});

/// The signed graph of the relations of an active set: the relations a `query::time_index`
/// found active at one date (`query::series` hands such sets to its measures). Every actor of
/// `s.graph` is a candidate, filtered by `options.only`; `options.kinds`, `options.rule` and
/// `options.drop_isolated` apply as in the date overload, while `options.time` is not used, since
/// the set already says what is active. When `s.relations` are the relations active at `s.at`
/// under `options.time`, the result equals `signed_snapshot(*s.graph, s.at, options)`, at the
/// cost of the collapse only: O(k log k + A) for k relations and A actors, instead of a pass over
/// every relation of the graph (analysis/dated_series.hpp builds on this for runs of dates).
/// Precondition: `s.graph` is not null and `s.relations` are valid indices of it.
///
/// **Example**
/// ```
/// geokg::query::time_index idx(g);
/// const geokg::date d = *geokg::parse_date("1962-10");
/// const auto active = idx.active_at(d);
/// auto sg = geokg::analysis::signed_snapshot(geokg::query::active_set{&g, d, active});
/// ```
signed_graph signed_snapshot(const query::active_set& s, const snapshot_options& options = {});

namespace detail {
/// The collapsing step shared by every overload: the given relations among the given actors.
/// `actors` must be increasing and `relations` valid indices of `g`.
signed_graph collapse_relations(const knowledge_graph& g, std::span<const actor_index> actors,
                                std::span<const relation_index> relations,
                                const snapshot_options& options);
}  // namespace detail

/// The signed graph of every relation in a view (any `relation_view`, e.g. `active_during(g,
/// span)` or a user predicate). The view's vertex filter, `options.only` and `options.kinds`
/// select actors and relations; `options.time` is not used, since the view decides what counts.
/// O(V + E of the view), plus the collapse.
///
/// **Example**
/// ```
/// auto cold_war = geokg::active_during(g, *geokg::parse_interval("1947/1991"));
/// auto sg = geokg::analysis::signed_snapshot(
///     cold_war, {.rule = geokg::analysis::collapse_rule::negative_dominates});
/// ```
template <relation_predicate P, class VertexFilter>
signed_graph signed_snapshot(const relation_view<P, VertexFilter>& view,
                             const snapshot_options& options = {}) {
  return detail::collapse_relations(graph_of(view), actor_indices_of(view),
                                    relation_indices_of(view), options);
}

}  // namespace geokg::analysis
