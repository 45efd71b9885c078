// SPDX-License-Identifier: MIT
// JSON text: escaping, numbers and the streaming writer of geokg/io/json_writer.hpp.

#include "geokg/io/json_writer.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <ostream>
#include <string>

namespace geokg::io {

namespace {

template <class Number>
void write_chars(std::ostream& out, Number value) {
  char buffer[64];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.write(buffer, end - buffer);
}

template <class Float>
void write_float(std::ostream& out, Float value) {
  if (!std::isfinite(value)) {
    out << "null";
    return;
  }
  write_chars(out, value);
}

}  // namespace

void write_json_string(std::ostream& out, std::string_view text) {
  out.put('"');
  // Runs without anything to escape are written in one piece.
  std::size_t run = 0;
  const auto flush = [&](std::size_t end) {
    out.write(text.data() + run, static_cast<std::streamsize>(end - run));
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const char* escape = nullptr;
    char buffer[8];
    switch (c) {
      case '"':
        escape = "\\\"";
        break;
      case '\\':
        escape = "\\\\";
        break;
      case '\n':
        escape = "\\n";
        break;
      case '\r':
        escape = "\\r";
        break;
      case '\t':
        escape = "\\t";
        break;
      case '\b':
        escape = "\\b";
        break;
      case '\f':
        escape = "\\f";
        break;
      default:
        if (c < 0x20) {
          std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
          escape = buffer;
        }
    }
    if (escape != nullptr) {
      flush(i);
      out << escape;
      run = i + 1;
    }
  }
  flush(text.size());
  out.put('"');
}

void write_json_number(std::ostream& out, double value) {
  write_float(out, value);
}

void write_json_number(std::ostream& out, float value) {
  write_float(out, value);
}

void write_json_number(std::ostream& out, std::int64_t value) {
  write_chars(out, value);
}

void write_json_number(std::ostream& out, std::uint64_t value) {
  write_chars(out, value);
}

bool json_writer::on_lines() const noexcept {
  return !open_.empty() && (open_.size() <= layout_.line_depth ||
                            (layout_.outer_array_lines && open_.size() == 1 && open_.back().array));
}

void json_writer::separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (open_.empty()) return;  // the top-level value
  auto& inner = open_.back();
  const bool lines = on_lines();
  if (!inner.empty) out_ << (layout_.spaced && !lines ? ", " : ",");
  if (lines) out_ << '\n' << std::string(2 * open_.size(), ' ');
  inner.empty = false;
}

json_writer& json_writer::begin_object() {
  separate();
  out_ << '{';
  open_.push_back({.array = false});
  return *this;
}

json_writer& json_writer::end_object() {
  close('}');
  return *this;
}

json_writer& json_writer::begin_array() {
  separate();
  out_ << '[';
  open_.push_back({.array = true});
  return *this;
}

json_writer& json_writer::end_array() {
  close(']');
  return *this;
}

void json_writer::close(char bracket) {
  // A container on lines ends on a line of its own, at its parent's indentation.
  if (on_lines() && !open_.back().empty) out_ << '\n' << std::string(2 * (open_.size() - 1), ' ');
  open_.pop_back();
  out_ << bracket;
}

json_writer& json_writer::key(std::string_view name) {
  separate();
  write_json_string(out_, name);
  out_ << (layout_.spaced ? ": " : ":");
  after_key_ = true;
  return *this;
}

json_writer& json_writer::value(std::string_view text) {
  separate();
  write_json_string(out_, text);
  return *this;
}

json_writer& json_writer::value(bool b) {
  separate();
  out_ << (b ? "true" : "false");
  return *this;
}

json_writer& json_writer::value(double x) {
  separate();
  write_json_number(out_, x);
  return *this;
}

json_writer& json_writer::value(float x) {
  separate();
  write_json_number(out_, x);
  return *this;
}

json_writer& json_writer::integer(std::int64_t n) {
  separate();
  write_json_number(out_, n);
  return *this;
}

json_writer& json_writer::unsigned_integer(std::uint64_t n) {
  separate();
  write_json_number(out_, n);
  return *this;
}

json_writer& json_writer::null() {
  separate();
  out_ << "null";
  return *this;
}

json_writer& json_writer::number_text(std::string_view text) {
  separate();
  out_ << text;
  return *this;
}

}  // namespace geokg::io
