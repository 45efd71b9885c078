#pragma once
// SPDX-License-Identifier: MIT
// Where a record and each of its fields came from, kept compact until a diagnostic needs it.

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "geokg/core/location.hpp"

namespace geokg::io::detail {

/// A 1-based line and byte column.
struct position {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

/// The origin of one record: its file, its JSON pointer (or CSV row), and its fields' positions.
/// `path` points at a string owned by the loader for the whole load.
struct record_origin {
  const std::string* path = nullptr;
  std::string pointer;  ///< "/relations/41" in JSON; empty in CSV (fields are columns).
  position at;          ///< Where the record starts.
  /// Positions of fields by name relative to the record ("target", "citations/0/source"; CSV:
  /// the column name).
  std::vector<std::pair<std::string, position>> fields;

  /// The location of a field (the record's own if the field is unknown or absent).
  location where(std::string_view field = {}) const {
    location out;
    if (path != nullptr) out.path = *path;
    out.line = at.line;
    out.column = at.column;
    out.field = pointer;
    if (!field.empty()) {
      for (const auto& [name, pos] : fields) {
        if (name == field) {
          out.line = pos.line;
          out.column = pos.column;
          break;
        }
      }
      out.field = pointer.empty() ? std::string(field) : pointer + "/" + std::string(field);
    }
    return out;
  }
};

}  // namespace geokg::io::detail
