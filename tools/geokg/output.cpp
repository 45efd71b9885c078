// SPDX-License-Identifier: MIT
#include "output.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <ostream>

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
  const auto cell = [&](std::string_view s) {
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
      out << s;
      return;
    }
    out << '"';
    for (const char c : s) {
      if (c == '"') out << '"';
      out << c;
    }
    out << '"';
  };
  const auto line = [&](const std::vector<std::string>& cells) {
    for (std::size_t c = 0; c < cells.size(); ++c) {
      if (c != 0) out << ',';
      cell(cells[c]);
    }
    out << "\r\n";
  };
  line(columns_);
  for (const auto& row : rows_)
    line(row);
}

void table::print_json(std::ostream& out) const {
  out << "[";
  for (std::size_t r = 0; r < rows_.size(); ++r) {
    out << (r == 0 ? "\n  {" : ",\n  {");
    for (std::size_t c = 0; c < columns_.size() && c < rows_[r].size(); ++c) {
      if (c != 0) out << ", ";
      write_json_string(out, columns_[c]);
      out << ": ";
      const bool is_number =
          std::find(numeric_.begin(), numeric_.end(), columns_[c]) != numeric_.end();
      if (is_number && looks_numeric(rows_[r][c])) {
        out << rows_[r][c];
      } else if (is_number && rows_[r][c].empty()) {
        out << "null";
      } else {
        write_json_string(out, rows_[r][c]);
      }
    }
    out << "}";
  }
  out << (rows_.empty() ? "]\n" : "\n]\n");
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

void write_json_string(std::ostream& out, std::string_view s) {
  out << '"';
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"':
        out << "\\\"";
        break;
      case '\\':
        out << "\\\\";
        break;
      case '\n':
        out << "\\n";
        break;
      case '\r':
        out << "\\r";
        break;
      case '\t':
        out << "\\t";
        break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
          out << buf;
        } else {
          out << ch;
        }
    }
  }
  out << '"';
}

void json_writer::separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_.empty()) {
    if (!first_.back()) out_ << ",";
    first_.back() = false;
  }
}

json_writer& json_writer::begin_object() {
  separate();
  out_ << "{";
  first_.push_back(true);
  return *this;
}
json_writer& json_writer::end_object() {
  first_.pop_back();
  out_ << "}";
  return *this;
}
json_writer& json_writer::begin_array() {
  separate();
  out_ << "[";
  first_.push_back(true);
  return *this;
}
json_writer& json_writer::end_array() {
  first_.pop_back();
  out_ << "]";
  return *this;
}
json_writer& json_writer::key(std::string_view k) {
  separate();
  write_json_string(out_, k);
  out_ << ":";
  after_key_ = true;
  return *this;
}
json_writer& json_writer::value(std::string_view s) {
  separate();
  write_json_string(out_, s);
  return *this;
}
json_writer& json_writer::value(std::int64_t n) {
  separate();
  out_ << n;
  return *this;
}
json_writer& json_writer::value(std::uint64_t n) {
  separate();
  out_ << n;
  return *this;
}
json_writer& json_writer::value(double d) {
  separate();
  if (!std::isfinite(d)) {
    out_ << "null";
    return *this;
  }
  char buf[64];
  const auto [p, ec] = std::to_chars(buf, buf + sizeof buf, d);
  out_.write(buf, p - buf);
  return *this;
}
json_writer& json_writer::value(bool b) {
  separate();
  out_ << (b ? "true" : "false");
  return *this;
}
json_writer& json_writer::null() {
  separate();
  out_ << "null";
  return *this;
}

}  // namespace geokg::cli
