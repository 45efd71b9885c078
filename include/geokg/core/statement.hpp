#pragma once
// SPDX-License-Identifier: MIT
// Statements: relations, events and claims, referred to uniformly by kind and index.

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geokg/core/index.hpp"
#include "geokg/core/quantity.hpp"
#include "geokg/core/source.hpp"

namespace geokg {

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
///
/// It keeps the index raw (one `std::uint32_t`), so that one type refers to all three kinds; it is
/// made from a typed index (`statement_ref{r}` for a `relation_index r`, implicitly) and read back
/// typed with `as_relation()`, `as_event()` and `as_claim()`.
struct statement_ref {
  statement_kind kind = statement_kind::relation;
  std::uint32_t index = no_index;  ///< Raw index among the statements of `kind`.

  /// No statement: a relation at `no_index`.
  constexpr statement_ref() noexcept = default;
  /// A statement by kind and raw index.
  constexpr statement_ref(statement_kind k, std::uint32_t i) noexcept : kind(k), index(i) {}
  /// A relation.
  constexpr statement_ref(relation_index r) noexcept  // implicit: every relation is a statement
      : kind(statement_kind::relation), index(r.value()) {}
  /// An event.
  constexpr statement_ref(event_index e) noexcept : kind(statement_kind::event), index(e.value()) {}
  /// A claim.
  constexpr statement_ref(claim_index c) noexcept : kind(statement_kind::claim), index(c.value()) {}

  /// The relation's index if this is a relation, `no_index` otherwise.
  constexpr relation_index as_relation() const noexcept {
    return kind == statement_kind::relation ? relation_index{index} : relation_index{no_index};
  }
  /// The event's index if this is an event, `no_index` otherwise.
  constexpr event_index as_event() const noexcept {
    return kind == statement_kind::event ? event_index{index} : event_index{no_index};
  }
  /// The claim's index if this is a claim, `no_index` otherwise.
  constexpr claim_index as_claim() const noexcept {
    return kind == statement_kind::claim ? claim_index{index} : claim_index{no_index};
  }

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
