#pragma once
// SPDX-License-Identifier: MIT
// The stable error identifiers of geokg: one value per kind of bad input.

#include <cstdint>
#include <optional>
#include <string_view>

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

/// The stable name of an error code, e.g. "unknown_actor".
constexpr std::string_view to_string(errc code) noexcept {
  switch (code) {
    case errc::unknown_actor:
      return "unknown_actor";
    case errc::duplicate_actor:
      return "duplicate_actor";
    case errc::invalid_id:
      return "invalid_id";
    case errc::invalid_date:
      return "invalid_date";
    case errc::end_before_start:
      return "end_before_start";
    case errc::unknown_relation_kind:
      return "unknown_relation_kind";
    case errc::duplicate_statement:
      return "duplicate_statement";
    case errc::duplicate_relation:
      return "duplicate_relation";
    case errc::unknown_statement:
      return "unknown_statement";
    case errc::unknown_source:
      return "unknown_source";
    case errc::outside_existence:
      return "outside_existence";
    case errc::self_relation:
      return "self_relation";
    case errc::invalid_value:
      return "invalid_value";
    case errc::missing_field:
      return "missing_field";
    case errc::wrong_type:
      return "wrong_type";
    case errc::unknown_field:
      return "unknown_field";
    case errc::missing_quote:
      return "missing_quote";
    case errc::malformed_json:
      return "malformed_json";
    case errc::malformed_csv:
      return "malformed_csv";
    case errc::invalid_encoding:
      return "invalid_encoding";
    case errc::too_large:
      return "too_large";
    case errc::io_error:
      return "io_error";
    case errc::skipped_rows:
      return "skipped_rows";
  }
  return "unknown_error";
}

/// Parses a stable name back into its code; nullopt for an unknown name.
constexpr std::optional<errc> parse_errc(std::string_view text) noexcept {
  for (std::size_t i = 0; i < errc_count; ++i) {
    const auto code = static_cast<errc>(i);
    if (to_string(code) == text) return code;
  }
  return std::nullopt;
}

}  // namespace geokg
