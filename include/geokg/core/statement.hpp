#pragma once
// SPDX-License-Identifier: MIT
// Statements: relations, events and claims, referred to uniformly by kind and index.

#include <compare>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geokg/core/quantity.hpp"
#include "geokg/core/source.hpp"

namespace geokg {

/// Index of an actor in a `knowledge_graph`; equal to its Boost.Graph vertex descriptor.
using actor_index = std::uint32_t;
/// Index of a relation in a `knowledge_graph`, in insertion order; stable.
using relation_index = std::uint32_t;
/// Index of an event in a `knowledge_graph`, in insertion order; stable.
using event_index = std::uint32_t;
/// Index of a claim in a `knowledge_graph`, in insertion order; stable.
using claim_index = std::uint32_t;
/// Index of a source in a `knowledge_graph`, in insertion order; stable.
using source_index = std::uint32_t;
/// "No such index", e.g. a relation that belongs to no event.
inline constexpr std::uint32_t no_index = std::numeric_limits<std::uint32_t>::max();

/// The three kinds of statement a graph holds.
enum class statement_kind : std::uint8_t {
  relation,  ///< A dated, typed tie between two actors (an edge).
  event,     ///< An n-ary event: a summit, a war, a dispute, with its participants.
  claim,     ///< A statement about statements: a causal claim or an assessment.
};

/// "relation", "event" or "claim".
constexpr std::string_view to_string(statement_kind k) noexcept {
  return k == statement_kind::relation ? "relation"
         : k == statement_kind::event  ? "event"
                                       : "claim";
}

/// A reference to any statement of a graph: its kind and its index among statements of that kind.
struct statement_ref {
  statement_kind kind = statement_kind::relation;
  std::uint32_t index = no_index;

  friend constexpr bool operator==(const statement_ref&, const statement_ref&) = default;
  friend constexpr auto operator<=>(const statement_ref&, const statement_ref&) = default;
};

/// How a statement stands epistemically.
enum class statement_status : std::uint8_t {
  fact,      ///< Established by its sources; presented as fact.
  claimed,   ///< Asserted by its sources (an article, a government) but not established.
  disputed,  ///< Contested: sources disagree.
};

/// "fact", "claimed" or "disputed".
constexpr std::string_view to_string(statement_status s) noexcept {
  return s == statement_status::fact      ? "fact"
         : s == statement_status::claimed ? "claimed"
                                          : "disputed";
}

/// Parses "fact", "claimed" (or "claim") or "disputed"; nullopt otherwise.
constexpr std::optional<statement_status> parse_statement_status(std::string_view text) noexcept {
  if (text == "fact") return statement_status::fact;
  if (text == "claimed" || text == "claim") return statement_status::claimed;
  if (text == "disputed") return statement_status::disputed;
  return std::nullopt;
}

/// What every statement carries besides its content: id, status, citations, quantities, note.
/// Used in the `*_spec` structs that add statements to a graph; read back through
/// `knowledge_graph::info(statement_ref)`.
struct statement_info {
  /// Unique id across all statements of the graph (see `is_valid_id`); may be empty, in which
  /// case the statement can be reached by index but not by id.
  std::string id{};
  /// Epistemic status; empty means the default of the statement's kind: `fact` for relations
  /// and events, `claimed` for claims (a claim is never presented as a fact unless marked so).
  std::optional<statement_status> status{};
  std::vector<citation> citations{};         ///< Sources that support the statement.
  std::vector<named_quantity> quantities{};  ///< Amounts the statement states (grants, victims).
  std::string note{};                        ///< Free text for the reader.

  friend bool operator==(const statement_info&, const statement_info&) = default;
};

}  // namespace geokg
