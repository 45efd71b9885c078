// SPDX-License-Identifier: MIT
// Output of the geokg tool: aligned text tables for terminals, CSV and JSON for programs.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <geokg/io/json_writer.hpp>

namespace geokg::cli {

/// The output formats every command offers.
enum class output_format : std::uint8_t { text, json, csv };

/// A table of text cells: printed aligned (text), as RFC 4180 CSV, or as a JSON array of objects
/// keyed by the column names, one per line (through the library's CSV and JSON writers).
class table {
 public:
  explicit table(std::vector<std::string> columns) : columns_(std::move(columns)) {}
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  bool empty() const noexcept { return rows_.empty(); }
  std::size_t size() const noexcept { return rows_.size(); }

  /// Aligned columns separated by two spaces; the last column is not padded.
  void print_text(std::ostream& out) const;
  /// RFC 4180, header first, CRLF line ends.
  void print_csv(std::ostream& out) const;
  /// A JSON array of objects; cells that look like numbers (per `numeric`) are written as numbers.
  void print_json(std::ostream& out) const;
  void print(std::ostream& out, output_format format) const;

  /// Marks a column as numeric for JSON output.
  void numeric(std::string_view column) { numeric_.emplace_back(column); }

 private:
  std::vector<std::string> columns_;
  std::vector<std::vector<std::string>> rows_;
  std::vector<std::string> numeric_;
};

/// The library's JSON writer, which every command's JSON goes through.
using io::json_writer;

}  // namespace geokg::cli
