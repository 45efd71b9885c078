// SPDX-License-Identifier: MIT
#include "output.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <ostream>

#include <geokg/io/csv_writer.hpp>

namespace geokg::cli {

namespace {

// Display width of UTF-8 text: code points, not bytes (no East Asian width tables: good enough
// for the names geokg prints).
std::size_t width(std::string_view s) {
  std::size_t n = 0;
  for (const char c : s)
    n += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1U : 0U;
  return n;
}

bool looks_numeric(std::string_view s) {
  if (s.empty()) return false;
  double d = 0;
  const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
  return ec == std::errc() && p == s.data() + s.size() && std::isfinite(d);
}

}  // namespace

void table::print_text(std::ostream& out) const {
  std::vector<std::size_t> widths(columns_.size());
  for (std::size_t c = 0; c < columns_.size(); ++c)
    widths[c] = width(columns_[c]);
  for (const auto& row : rows_) {
    for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c)
      widths[c] = std::max(widths[c], width(row[c]));
  }
  const auto line = [&](const std::vector<std::string>& cells) {
    std::string text;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      text += cells[c];
      if (c + 1 < cells.size()) text.append(widths[c] - width(cells[c]) + 2, ' ');
    }
    while (!text.empty() && text.back() == ' ')
      text.pop_back();
    out << text << '\n';
  };
  line(columns_);
  for (const auto& row : rows_)
    line(row);
}

void table::print_csv(std::ostream& out) const {
  io::csv_writer w(out);
  w.row(columns_);
  for (const auto& row : rows_)
    w.row(row);
}

void table::print_json(std::ostream& out) const {
  io::json_writer w(out, {.outer_array_lines = true, .spaced = true});
  w.begin_array();
  for (const auto& row : rows_) {
    w.begin_object();
    for (std::size_t c = 0; c < columns_.size() && c < row.size(); ++c) {
      w.key(columns_[c]);
      const bool is_number =
          std::find(numeric_.begin(), numeric_.end(), columns_[c]) != numeric_.end();
      if (is_number && looks_numeric(row[c])) {
        w.number_text(row[c]);
      } else if (is_number && row[c].empty()) {
        w.null();
      } else {
        w.value(row[c]);
      }
    }
    w.end_object();
  }
  w.end_array();
  out << '\n';
}

void table::print(std::ostream& out, output_format format) const {
  switch (format) {
    case output_format::text:
      print_text(out);
      break;
    case output_format::csv:
      print_csv(out);
      break;
    case output_format::json:
      print_json(out);
      break;
  }
}

}  // namespace geokg::cli
