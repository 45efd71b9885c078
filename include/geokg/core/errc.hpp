#pragma once
// SPDX-License-Identifier: MIT
// The stable error identifiers of geokg: one value per kind of bad input.

#include <cstdint>
#include <optional>
#include <string_view>

#include "geokg/core/detail/enum_names.hpp"

namespace geokg {

/// What was wrong with some input. Each value has a stable name (`to_string`) that appears in
/// every message as `[geokg.<name>]`, so scripts and users can grep for it; names never change
/// once released.
enum class errc : std::uint8_t {
  unknown_actor,     ///< A relation, event or claim names an actor id that is not in the graph.
  duplicate_actor,   ///< Two actors share one id.
  invalid_id,        ///< An actor, source or statement id does not follow the id syntax.
  invalid_date,      ///< A date is malformed or impossible (2023-02-30, month 13, year 99999).
  end_before_start,  ///< An interval's end is not after its start.
  unknown_relation_kind,  ///< A relation or event kind that geokg's taxonomy does not know.
  duplicate_statement,    ///< Two statements (relations, events, claims) or sources share one id.
  duplicate_relation,     ///< (warning) A relation repeats another one exactly.
  unknown_statement,      ///< A claim or relation refers to a statement id that does not exist.
  unknown_source,         ///< A citation refers to a source id that does not exist.
  outside_existence,  ///< (warning unless strict) A relation falls outside an actor's existence.
  self_relation,      ///< A relation whose two ends are the same actor.
  invalid_value,      ///< A value outside its domain (unknown enum text, weight out of range).
  missing_field,      ///< A required field is absent.
  wrong_type,         ///< A field has the wrong JSON type or cannot be parsed as its type.
  unknown_field,      ///< (warning) A field that the format does not define (a typo?).
  missing_quote,      ///< (warning) A citation without a quoted passage.
  malformed_json,     ///< The JSON text itself is invalid.
  malformed_csv,      ///< The CSV text itself is invalid.
  invalid_encoding,   ///< The input is not valid UTF-8, or contains NUL bytes.
  too_large,          ///< The input exceeds a configured limit (size, depth, records, string).
  io_error,           ///< The file cannot be opened or read (missing, a directory, unreadable).
  /// (warning) Rows of a real dataset left out by a documented rule of its loader (a GDELT event
  /// between two non-state actors); counted in `table_counts::skipped`.
  skipped_rows,
};

/// The number of `errc` values; `static_cast<errc>(i)` for i below it is valid.
inline constexpr std::size_t errc_count = static_cast<std::size_t>(errc::skipped_rows) + 1;

namespace detail {
/// The canonical names of the `errc` values, in declaration order.
inline constexpr auto errc_names = enum_names<errc, errc::skipped_rows>(
    "unknown_actor", "duplicate_actor", "invalid_id", "invalid_date", "end_before_start",
    "unknown_relation_kind", "duplicate_statement", "duplicate_relation", "unknown_statement",
    "unknown_source", "outside_existence", "self_relation", "invalid_value", "missing_field",
    "wrong_type", "unknown_field", "missing_quote", "malformed_json", "malformed_csv",
    "invalid_encoding", "too_large", "io_error", "skipped_rows");
}  // namespace detail

/// The stable name of an error code, e.g. "unknown_actor".
constexpr std::string_view to_string(errc code) noexcept {
  return detail::enum_name(detail::errc_names, code, "unknown_error");
}

/// Parses a stable name back into its code; nullopt for an unknown name.
constexpr std::optional<errc> parse_errc(std::string_view text) noexcept {
  return detail::parse_enum_name<errc>(detail::errc_names, text);
}

}  // namespace geokg
