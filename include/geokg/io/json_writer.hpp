#pragma once
// SPDX-License-Identifier: MIT
// Writing JSON: escaped strings, shortest round-trip numbers, and a streaming writer of objects
// and arrays. Every JSON text geokg writes goes through here (the graph writer, the CLI, the
// Python module), so that one string is escaped one way everywhere.

#include <concepts>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace geokg::io {

namespace detail {
/// The integer types written as numbers: not `bool` (written `true`/`false`) nor `char` (text).
template <class T>
concept number_integer = std::integral<T> && !std::same_as<T, bool> && !std::same_as<T, char>;
}  // namespace detail

/// Writes `text` as a JSON string literal: `"` and `\` escaped, `\n`, `\r`, `\t`, `\b`, `\f` as
/// short escapes, the other control characters as `\u00XX`; everything else (UTF-8 included)
/// as is. The text is not checked for valid UTF-8.
void write_json_string(std::ostream& out, std::string_view text);

/// Writes the shortest decimal text that reads back as the same double (`std::to_chars`), or
/// `null` for NaN and the infinities, which JSON cannot express.
void write_json_number(std::ostream& out, double value);

/// The same for a float: the shortest text that reads back as the same float (`0.1` for 0.1f,
/// not the double `0.10000000149011612`).
void write_json_number(std::ostream& out, float value);

/// Writes an integer.
void write_json_number(std::ostream& out, std::int64_t value);

/// Writes an unsigned integer.
void write_json_number(std::ostream& out, std::uint64_t value);

/// How a `json_writer` lays out its text. Both off (the default) gives compact JSON, one line.
struct json_layout {
  /// The elements of the outermost array each on a line of their own, indented by two spaces
  /// (`[\n  {...},\n  {...}\n]`; `[]` when empty): one record per line, as the CLI prints rows.
  bool outer_array_lines = false;
  /// A space after every `:` and after every `,` between members (`{"a": 1, "b": 2}`).
  bool spaced = false;
  /// Containers (objects and arrays) nested at most this deep, the outermost at depth 1, put each
  /// member or element on a line of its own, indented two spaces a level; deeper ones stay on
  /// their line. 0 (the default) puts none on lines; 2 gives an object of arrays with one record
  /// per line (`geokg aggregate --format json`).
  unsigned line_depth = 0;
};

/// A streaming JSON writer: members and elements are written as they are added, commas and
/// colons where they belong, nothing buffered. The caller nests `begin_*` and `end_*` correctly
/// and gives every object member a `key` first; the writer does not check it.
///
/// **Example**
/// ```
/// geokg::io::json_writer w(std::cout);
/// w.begin_object();
/// w.key("at").value("2023-08-19").key("actors").value(8);
/// w.key("groups").begin_array().value("JPN").value("KOR").end_array();
/// w.end_object();  // {"at":"2023-08-19","actors":8,"groups":["JPN","KOR"]}
/// ```
class json_writer {
 public:
  explicit json_writer(std::ostream& out, json_layout layout = {}) : out_(out), layout_(layout) {}

  /// Starts an object (as a value: after a key, in an array, or at the top).
  json_writer& begin_object();
  /// Ends the innermost object.
  json_writer& end_object();
  /// Starts an array.
  json_writer& begin_array();
  /// Ends the innermost array.
  json_writer& end_array();
  /// Writes the key of the next member of the innermost object.
  json_writer& key(std::string_view name);

  /// A string.
  json_writer& value(std::string_view text);
  json_writer& value(const char* text) { return value(std::string_view(text)); }
  json_writer& value(const std::string& text) { return value(std::string_view(text)); }
  /// `true` or `false`.
  json_writer& value(bool b);
  /// A number, shortest round trip (`write_json_number`); `null` if not finite.
  json_writer& value(double x);
  /// A float, shortest round trip as a float.
  json_writer& value(float x);
  /// An integer of any width and signedness.
  template <detail::number_integer Int>
  json_writer& value(Int n) {
    if constexpr (std::is_signed_v<Int>) {
      return integer(static_cast<std::int64_t>(n));
    } else {
      return unsigned_integer(static_cast<std::uint64_t>(n));
    }
  }
  /// `null`.
  json_writer& null();
  /// A string, or `null` for an empty optional.
  json_writer& value(const std::optional<std::string>& text) {
    return text ? value(std::string_view(*text)) : null();
  }
  /// Text already in JSON number syntax, written as it is (for numbers kept as text, such as
  /// the cells of a table). The caller vouches for the syntax.
  json_writer& number_text(std::string_view text);

 private:
  json_writer& integer(std::int64_t n);
  json_writer& unsigned_integer(std::uint64_t n);
  // Writes what comes before a value or a key: a comma (and line break) unless it is the first
  // of its container, nothing right after a key.
  void separate();
  // Ends the innermost container with `bracket`.
  void close(char bracket);

  struct level {
    bool array = false;  // an array, else an object
    bool empty = true;   // nothing written in it yet
  };
  std::ostream& out_;
  json_layout layout_;
  std::vector<level> open_;  // the containers begun and not yet ended, outermost first
  // Whether the members of the innermost open container go on lines of their own.
  bool on_lines() const noexcept;
  bool after_key_ = false;
};

}  // namespace geokg::io
