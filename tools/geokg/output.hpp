// SPDX-License-Identifier: MIT
// Output of the geokg tool: aligned text tables for terminals, CSV and JSON for programs.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace geokg::cli {

/// The output formats every command offers.
enum class output_format : std::uint8_t { text, json, csv };

/// A table of text cells: printed aligned (text), as RFC 4180 CSV, or as a JSON array of objects
/// keyed by the column names.
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

/// A minimal streaming JSON writer for the tool's documented outputs.
class json_writer {
 public:
  explicit json_writer(std::ostream& out) : out_(out) {}
  json_writer& begin_object();
  json_writer& end_object();
  json_writer& begin_array();
  json_writer& end_array();
  json_writer& key(std::string_view k);
  json_writer& value(std::string_view s);
  json_writer& value(const char* s) { return value(std::string_view(s)); }
  json_writer& value(const std::string& s) { return value(std::string_view(s)); }
  json_writer& value(std::int64_t n);
  json_writer& value(std::uint64_t n);
  json_writer& value(int n) { return value(static_cast<std::int64_t>(n)); }
  json_writer& value(double d);
  json_writer& value(bool b);
  json_writer& null();
  /// A string or null.
  json_writer& optional(const std::optional<std::string>& s) {
    return s ? value(std::string_view(*s)) : null();
  }

 private:
  void separate();
  std::ostream& out_;
  std::vector<bool> first_;  // per open container: no member written yet
  bool after_key_ = false;
};

/// Writes `s` as a JSON string literal.
void write_json_string(std::ostream& out, std::string_view s);

}  // namespace geokg::cli
