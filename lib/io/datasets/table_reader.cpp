// SPDX-License-Identifier: MIT

#include "table_reader.hpp"

#include <algorithm>
#include <string>

namespace geokg::io::detail {

table_reader::table_reader(std::string_view text, const std::string* path, table_dialect dialect)
    : path_(path), dialect_(dialect) {
  if (dialect_ == table_dialect::csv) {
    csv_.emplace(text);
  } else {
    rest_ = text;
    if (rest_.starts_with("\xEF\xBB\xBF")) rest_.remove_prefix(3);
  }
  if (dialect_ == table_dialect::tsv_headerless) return;
  const bool got = dialect_ == table_dialect::csv ? next_csv() : next_tsv();
  if (!got) fail_row(errc::missing_field, "empty table: no header line", 1);
  for (const auto& c : cells_)
    header_.emplace_back(c.value);
  rows_ = 0;
}

std::optional<std::size_t> table_reader::column(std::string_view name) const {
  const auto it = std::find(header_.begin(), header_.end(), name);
  if (it == header_.end()) return std::nullopt;
  return static_cast<std::size_t>(it - header_.begin());
}

std::size_t table_reader::require(std::string_view name) const {
  if (auto c = column(name)) return *c;
  location at{path_ != nullptr ? *path_ : std::string{}, 1, 1, {}};
  throw record_error{diagnostic{severity::error, errc::missing_field, std::move(at),
                                "the header has no column '" + std::string(name) + "'"}};
}

void table_reader::fail_row(errc code, const std::string& message, std::uint32_t column) const {
  location at{
      path_ != nullptr ? *path_ : std::string{}, static_cast<std::uint32_t>(line_), column, {}};
  throw record_error{diagnostic{severity::error, code, std::move(at), message}};
}

bool table_reader::next_csv() {
  try {
    if (!csv_->next(record_)) return false;
  } catch (const csv_error& e) {
    line_ = e.line();
    fail_row(errc::malformed_csv, e.what(), static_cast<std::uint32_t>(e.column()));
  }
  line_ = record_.line();
  cells_.clear();
  cell_lines_.clear();
  for (const auto& f : record_) {
    cells_.push_back({f.value, static_cast<std::uint32_t>(f.column)});
    cell_lines_.push_back(static_cast<std::uint32_t>(f.line));
  }
  return true;
}

bool table_reader::next_tsv() {
  while (!rest_.empty()) {
    auto end = rest_.find_first_of("\r\n");
    const std::string_view row = rest_.substr(0, end);
    line_ = next_line_++;
    if (end == std::string_view::npos) {
      rest_ = {};
    } else {
      const bool crlf = rest_[end] == '\r' && end + 1 < rest_.size() && rest_[end + 1] == '\n';
      rest_.remove_prefix(end + (crlf ? 2 : 1));
    }
    if (row.empty()) continue;  // a blank line is not a record
    cells_.clear();
    std::size_t start = 0;
    for (;;) {
      const auto tab = row.find('\t', start);
      cells_.push_back({row.substr(start, tab == std::string_view::npos ? row.npos : tab - start),
                        static_cast<std::uint32_t>(start + 1)});
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (row.find('\0') != std::string_view::npos)
      fail_row(errc::invalid_encoding, "NUL byte in the line", 1);
    return true;
  }
  return false;
}

bool table_reader::next() {
  const bool got = dialect_ == table_dialect::csv ? next_csv() : next_tsv();
  if (!got) return false;
  ++rows_;
  if (!header_.empty() && cells_.size() != header_.size()) {
    fail_row(errc::malformed_csv,
             "row has " + std::to_string(cells_.size()) + " fields, the header " +
                 std::to_string(header_.size()),
             1);
  }
  return true;
}

location table_reader::where(std::size_t col) const {
  location at = where();
  if (col < cells_.size()) {
    at.column = cells_[col].column;
    if (col < cell_lines_.size()) at.line = cell_lines_[col];
  }
  at.field = col < header_.size() ? header_[col] : "column " + std::to_string(col + 1);
  return at;
}

location table_reader::where() const {
  return location{
      path_ != nullptr ? *path_ : std::string{}, static_cast<std::uint32_t>(line_), 1, {}};
}

record_origin table_reader::origin(std::initializer_list<std::size_t> cols) const {
  record_origin o;
  o.path = path_;
  o.at = {static_cast<std::uint32_t>(line_), 1};
  for (const auto c : cols) {
    const auto at = where(c);
    o.fields.emplace_back(at.field, position{at.line, at.column});
  }
  return o;
}

record_origin table_reader::origin_as(
    std::initializer_list<std::pair<const char*, std::size_t>> fields) const {
  record_origin o;
  o.path = path_;
  o.at = {static_cast<std::uint32_t>(line_), 1};
  for (const auto& [name, c] : fields) {
    const auto at = where(c);
    o.fields.emplace_back(name, position{at.line, at.column});
  }
  return o;
}

std::optional<std::int64_t> int_cell(const table_reader& t, std::size_t col) {
  const auto text = t[col];
  if (text.empty()) return std::nullopt;
  if (auto v = parse_int64(text)) return v;
  fail(errc::wrong_type, "expected an integer, found " + quote_text(text), t.where(col));
}

std::optional<double> double_cell(const table_reader& t, std::size_t col) {
  const auto text = t[col];
  if (text.empty()) return std::nullopt;
  if (auto v = parse_double(text)) return v;
  fail(errc::wrong_type, "expected a number, found " + quote_text(text), t.where(col));
}

}  // namespace geokg::io::detail
