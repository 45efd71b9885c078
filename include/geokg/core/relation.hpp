#pragma once
// SPDX-License-Identifier: MIT
// A dated, typed, sourced tie between two actors: an edge of the knowledge graph.

#include <string>

#include "geokg/core/actor_id.hpp"
#include "geokg/core/interval.hpp"
#include "geokg/core/relation_kind.hpp"
#include "geokg/core/statement.hpp"

namespace geokg {

/// The fields of a relation that views filter on: its time span, weight and kind. The graph keeps
/// a copy beside each edge of the Boost graph, so that a view's test reads one small record per
/// incident edge instead of following the edge to the whole relation (the difference is two
/// cache misses per edge on large graphs). geokg's predicates (predicates.hpp) accept it as well
/// as a `relation`.
struct relation_key {
  interval when{};
  float weight = 1.0F;
  relation_kind kind = relation_kind::other;

  /// The relation's sign, fixed by its kind.
  sign polarity() const noexcept { return sign_of(kind); }

  friend bool operator==(const relation_key&, const relation_key&) = default;
};

/// A relation as the graph stores it: two actors by index, a kind, a time span and a weight.
/// Its id, status, citations and quantities are read through the graph
/// (`knowledge_graph::id_of`, `citations_of`, ... with its `relation_index`, which converts to a
/// `statement_ref`).
struct relation {
  actor_index source = no_index;  ///< The actor that acts (for directed kinds) or the first one.
  actor_index target = no_index;  ///< The other actor.
  relation_kind kind = relation_kind::other;
  interval when{};      ///< When the relation held; [start, end), either end may be open.
  float weight = 1.0F;  ///< Intensity or confidence in [0, 1]; 1 unless the data says otherwise.
  event_index event = no_index;  ///< The n-ary event this relation belongs to, if any.
  std::string subkind{};  ///< Finer type within the kind: "tacit", "forced_labour", "president".

  /// The relation's sign, fixed by its kind.
  sign polarity() const noexcept { return sign_of(kind); }
  /// Whether the order of source and target matters.
  bool directed() const noexcept { return is_directed(kind); }

  /// The fields views filter on.
  relation_key key() const noexcept { return {when, weight, kind}; }

  friend bool operator==(const relation&, const relation&) = default;
};

/// What `knowledge_graph::add_relation` takes: a relation with its actors by id, the event it
/// belongs to by id, and its statement metadata.
///
/// **Example**
/// ```
/// g.add_relation({.source = geokg::actor_id("USA"), .target = geokg::actor_id("JPN"),
///                 .kind = geokg::relation_kind::alliance,
///                 .when = geokg::interval::since(*geokg::parse_date("1952-04-28")),
///                 .info = {.id = "usa_jpn_security_treaty_1951"}});
/// ```
struct relation_spec {
  actor_id source;
  actor_id target;
  relation_kind kind = relation_kind::other;
  interval when{};
  double weight = 1.0;  ///< In [0, 1].
  std::string event{};  ///< Id of the event this relation belongs to; empty if none.
  std::string subkind{};
  statement_info info{};
};

}  // namespace geokg
