#pragma once
// SPDX-License-Identifier: MIT
// Where in an input a piece of data came from: file, line and column.

#include <cstdint>
#include <string>

namespace geokg {

/// A position in an input file. Lines and columns are 1-based; columns count bytes (not
/// characters) from the start of the line; 0 means "unknown". An empty path means the data did
/// not come from a file (it was built through the C++ API).
struct location {
  std::string path{};        ///< Display name of the input, as given to the loader.
  std::uint32_t line = 0;    ///< 1-based line, 0 if unknown.
  std::uint32_t column = 0;  ///< 1-based byte column, 0 if unknown.
  /// The field within the record: a JSON pointer (`/relations/41/target`) or a CSV column name;
  /// empty if unknown or not applicable.
  std::string field{};

  friend bool operator==(const location&, const location&) = default;
};

/// Formats a location the way compilers do, so editors can jump to it: `path:line:column`,
/// leaving out the parts that are unknown (`path:line`, `path`, or an empty string).
inline std::string to_string(const location& where) {
  std::string out = where.path;
  if (where.line != 0) {
    out += (out.empty() ? "" : ":") + std::to_string(where.line);
    if (where.column != 0) out += ":" + std::to_string(where.column);
  }
  return out;
}

}  // namespace geokg
