#pragma once
// SPDX-License-Identifier: MIT
// Small text helpers of the loaders: blanks trimmed, notes built from parts.

#include <string>
#include <string_view>

namespace geokg::io::detail {

/// `text` without its leading and trailing spaces and tabs. The result always points into
/// `text` (an all-blank text gives an empty view at its end, never a null one), so that callers
/// may measure spans between trimmed pieces of one cell (the GSDB loader does).
inline std::string_view trim(std::string_view text) noexcept {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return text.substr(text.size());
  const auto last = text.find_last_not_of(" \t");
  return text.substr(first, last - first + 1);
}

/// Appends "what: value" to a note, after "; " if the note has text already; only `value` when
/// `what` is empty; nothing when `value` is empty (a dataset's blank cell adds nothing).
inline void add_note(std::string& note, std::string_view what, std::string_view value) {
  if (value.empty()) return;
  if (!note.empty()) note += "; ";
  note += what;
  if (!what.empty()) note += ": ";
  note += value;
}

}  // namespace geokg::io::detail
