#pragma once
// SPDX-License-Identifier: MIT
// The rules of an aggregation, as data: window, direction, which events count, thresholds.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace geokg::events {

/// The length of an aggregation window.
enum class window_unit : std::uint8_t {
  day,      ///< One calendar day.
  week,     ///< An ISO week, Monday to Sunday.
  month,    ///< A calendar month.
  quarter,  ///< A calendar quarter (January, April, July, October).
  year,     ///< A calendar year.
};

/// The name of a window unit ("month").
std::string_view to_string(window_unit unit) noexcept;
/// The window unit of a name; nullopt if unknown.
std::optional<window_unit> parse_window_unit(std::string_view name) noexcept;

/// The first day (days since 1970-01-01) of the window of `unit` that holds `day`.
std::int32_t window_start(window_unit unit, std::int32_t day) noexcept;
/// The first day after the window that starts at `start`.
std::int32_t window_end(window_unit unit, std::int32_t start) noexcept;

/// How events become windows and windows become relations.
///
/// The defaults are EVENTS.md's operation: monthly directed dyads, every QuadClass, a window is a
/// relation with at least 3 events and |mean Goldstein| >= 1.0 (cooperation when positive,
/// conflict when negative).
struct aggregation_rule {
  window_unit window = window_unit::month;  ///< The window length.
  /// Directed: (Actor1, Actor2) and (Actor2, Actor1) are two windows. Undirected: one, with
  /// the smaller state id first.
  bool directed = true;
  /// The QuadClasses that count, as a bit set (bit 0 = QuadClass 1).
  std::uint8_t quad_classes = 0b1111;
  /// CAMEO event code prefixes that count (`14` protests, `19` fights, `0`): an event counts if
  /// its code starts with one of them; every code when empty.
  std::vector<std::string> code_prefixes{};
  /// The PLOVER categories that count, as a bit set (bit `c - 1` for `plover_category` c); every
  /// event, with a category or not, when 0. Text form: `plover = AGREE,CONSULT`.
  std::uint32_t plover_categories = 0;
  /// A window makes a relation with at least this many events.
  std::uint32_t min_events = 3;
  /// |mean Goldstein| threshold, in tenths (10 = 1.0): mean >= +t is cooperation, <= -t conflict.
  std::int32_t goldstein_threshold10 = 10;
  /// Evidence kept per window: the ids of its `evidence` smallest event ids; nullopt keeps all.
  std::optional<std::uint32_t> evidence = 10;

  friend bool operator==(const aggregation_rule&, const aggregation_rule&) = default;
};

/// Reads a rule from its text form: one `key = value` per line, `#` starts a comment, blank
/// lines are ignored. Keys: `window` (day|week|month|quarter|year), `directed` (true|false),
/// `quad_classes` (a comma list of 1-4), `code_prefixes` (a comma list of digit strings; empty
/// for all), `plover` (a comma list of PLOVER categories, e.g. `AGREE,CONSULT`; empty for all),
/// `min_events`, `goldstein_threshold` (a number with at most one decimal, >= 0),
/// `evidence` (a number or `all`). A key not given keeps its default.
/// @param where the name errors give (`file:line:column: error: ... [geokg.<errc>]`).
/// @throws data_error `unknown_field`, `invalid_value` or `malformed_csv` with its line and column.
aggregation_rule parse_rule(std::string_view text, const std::string& where);
/// Reads a rule file (see `parse_rule`).
/// @throws data_error `io_error` if it cannot be read, else as `parse_rule`.
aggregation_rule read_rule_file(const std::filesystem::path& path);
/// The text form of a rule, which `parse_rule` reads back to the same rule.
std::string to_text(const aggregation_rule& rule);

}  // namespace geokg::events
