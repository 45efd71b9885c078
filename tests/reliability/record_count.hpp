// SPDX-License-Identifier: MIT
// Independent record counters for the "nothing lost" checks: they count the records of a geokg
// JSON or CSV input without the loaders' code, so that `loaded + rejected` can be compared with
// what the input really holds.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace geokg::test {

/// Records per kind, in the order sources, actors, events, relations, claims.
using kind_counts = std::array<std::uint64_t, 5>;

inline int section_of(std::string_view key) {
  constexpr std::string_view names[] = {"sources", "actors", "events", "relations", "claims"};
  for (int i = 0; i < 5; ++i)
    if (key == names[i]) return i;
  return -1;
}

/// Counts the elements of the top-level arrays `sources`, `actors`, ... of a JSON text that
/// start before byte `limit`. A scanner of brackets and strings only: it does not validate.
inline kind_counts count_json_records(std::string_view text, std::size_t limit = std::string_view::npos) {
  kind_counts out{};
  std::size_t base = 0;  // offset of text[0] in the file (3 after a BOM)
  if (text.starts_with("\xEF\xBB\xBF")) {
    text.remove_prefix(3);
    base = 3;
  }
  int depth = 0;
  bool in_string = false;
  bool escape = false;
  bool expect_key = false;    // at depth 1, the next string is a key
  std::string key;            // the last key at depth 1
  std::string current;        // string being read
  int section = -1;           // the section array we are in (at depth 2), or -1
  bool expect_element = false;
  bool pending_section = false;  // after "key": at depth 1, the value is about to start
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (escape) {
        escape = false;
      } else if (c == '\\') {
        escape = true;
      } else if (c == '"') {
        in_string = false;
        if (depth == 1 && expect_key) {
          key = current;
          expect_key = false;
        }
      } else if (depth == 1 && expect_key) {
        current += c;
      }
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    // An element of a section array starts here.
    if (section >= 0 && depth == 2 && expect_element && c != ']' && c != ',') {
      if (base + i < limit) ++out[static_cast<std::size_t>(section)];
      expect_element = false;
    }
    switch (c) {
      case '"':
        in_string = true;
        current.clear();
        break;
      case '{':
      case '[':
        ++depth;
        if (depth == 1) expect_key = true;
        if (depth == 2 && pending_section && c == '[') {
          section = section_of(key);
          expect_element = true;
        }
        pending_section = false;
        break;
      case '}':
      case ']':
        if (depth == 2) section = -1;
        --depth;
        break;
      case ':':
        if (depth == 1) pending_section = true;
        break;
      case ',':
        if (depth == 1) expect_key = true;
        if (depth == 2 && section >= 0) expect_element = true;
        pending_section = false;
        break;
      default:
        if (depth == 1) pending_section = false;
        break;
    }
  }
  return out;
}

/// The byte offset of a 1-based line and byte column, lines ending at LF (as the JSON loader
/// counts them).
inline std::size_t offset_of(std::string_view text, std::uint64_t line, std::uint64_t column) {
  std::size_t offset = 0;
  for (std::uint64_t l = 1; l < line; ++l) {
    const auto next = text.find('\n', offset);
    if (next == std::string_view::npos) return text.size();
    offset = next + 1;
  }
  return offset + (column == 0 ? 0 : column - 1);
}

/// Counts the data records of one RFC 4180 table (the header excluded): records end at CRLF, LF
/// or CR outside quotes; lines with no bytes at all are not records.
inline std::uint64_t count_csv_records(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::uint64_t records = 0;
  bool in_quotes = false;
  bool record_has_bytes = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          ++i;
        } else {
          in_quotes = false;
        }
      }
      continue;
    }
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      if (record_has_bytes) ++records;
      record_has_bytes = false;
      continue;
    }
    if (c == '"' && !record_has_bytes) in_quotes = true;
    else if (c == '"') {
      // a quote later in a field: a quoted field after a comma opens quotes too
      if (text[i - 1] == ',') in_quotes = true;
    }
    record_has_bytes = true;
  }
  if (record_has_bytes) ++records;
  return records == 0 ? 0 : records - 1;
}

}  // namespace geokg::test
