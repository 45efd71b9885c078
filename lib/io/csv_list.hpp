#pragma once
// SPDX-License-Identifier: MIT
// List cells of the CSV format: items separated by `;`, with `\;` and `\\` for a literal `;` or
// `\` inside an item (docs/format.md, CSV).

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace geokg::io::detail {

/// Why a list cell could not be split.
struct list_error {
  std::size_t offset = 0;  ///< Byte offset of the offending backslash in the cell.
};

/// Splits a list cell into its items, unescaping `\;` and `\\`. An empty cell is an empty list;
/// otherwise every separator counts, so `a;;b` has an empty middle item. A backslash followed by
/// anything else (or by nothing) is an error: a literal backslash must be written `\\`.
/// @returns the items, or the position of the bad escape.
inline std::optional<std::vector<std::string>> split_list(std::string_view cell, list_error* error = nullptr) {
  std::vector<std::string> items;
  if (cell.empty()) return items;
  std::string item;
  for (std::size_t i = 0; i < cell.size(); ++i) {
    const char c = cell[i];
    if (c == ';') {
      items.push_back(std::move(item));
      item.clear();
    } else if (c == '\\') {
      if (i + 1 == cell.size() || (cell[i + 1] != ';' && cell[i + 1] != '\\')) {
        if (error != nullptr) error->offset = i;
        return std::nullopt;
      }
      item += cell[++i];
    } else {
      item += c;
    }
  }
  items.push_back(std::move(item));
  return items;
}

/// Appends one item to a list cell being built, escaping `;` and `\`.
inline void append_list_item(std::string& cell, std::string_view item, bool first) {
  if (!first) cell += ';';
  for (const char c : item) {
    if (c == ';' || c == '\\') cell += '\\';
    cell += c;
  }
}

/// Joins items into a list cell (the inverse of `split_list`, except that a list holding one
/// empty item reads back as an empty list; writers must not produce it).
inline std::string join_list(std::span<const std::string> items) {
  std::string cell;
  for (std::size_t i = 0; i < items.size(); ++i) append_list_item(cell, items[i], i == 0);
  return cell;
}

}  // namespace geokg::io::detail
