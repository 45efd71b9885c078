#pragma once
// SPDX-License-Identifier: MIT
// Writing JSON scalars: escaped strings and shortest round-trip numbers.

#include <charconv>
#include <cstdio>
#include <ostream>
#include <string_view>

namespace geokg::io::detail {

/// Writes a JSON string literal: quotes, backslashes and control characters escaped; UTF-8 kept.
inline void write_json_string(std::ostream& out, std::string_view s) {
  out.put('"');
  std::size_t run = 0;
  const auto flush = [&](std::size_t end) {
    out.write(s.data() + run, static_cast<std::streamsize>(end - run));
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
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
  flush(s.size());
  out.put('"');
}

/// Writes the shortest text that reads back as the same value.
template <class Number>
void write_json_number(std::ostream& out, Number value) {
  char buffer[64];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.write(buffer, end - buffer);
}

}  // namespace geokg::io::detail
