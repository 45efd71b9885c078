#pragma once
// SPDX-License-Identifier: MIT
// Reading a user-typed `[FORMAT:]PATH` strictly: a prefix that looks like a format name but is
// none is an error, not silently part of the path.

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>

#include "geokg/core/errc.hpp"
#include "geokg/core/error.hpp"
#include "geokg/io/input.hpp"

namespace geokg::io {

/// The names of every input format, comma separated in documentation order ("json, csv,
/// cow-states, ..."), for help texts and messages.
inline std::string input_format_list() {
  std::string out;
  for (const auto& f : input_formats())
    out += (out.empty() ? "" : ", ") + std::string(f.name);
  return out;
}

/// Parses `[FORMAT:]PATH` as `parse_input` does, but rejects a mistyped format: when the part
/// before the first colon is non-empty, made only of ASCII letters, digits and '-', names no
/// format, and the whole text names no existing file (`xml:folder`, `cowmid:data/cow_mid`).
/// An existing file such as `a:b.json` stays a path, and so does a text whose prefix holds other
/// characters (`./a:b.json`). What the CLI's `-i` and the Python module's `load` accept.
/// O(|text|) plus one file-system lookup.
/// @throws data_error `invalid_value` for such a prefix ("unknown input format 'xml' in
/// 'xml:folder' (known: json, csv, ...)"), or as `parse_input`.
///
/// **Example**
/// ```
/// auto in = geokg::io::parse_input_checked("cow-mid:data/real/cow_mid");  // format "cow-mid"
/// geokg::io::parse_input_checked("xml:folder");  // throws: unknown input format 'xml'
/// ```
inline input parse_input_checked(std::string_view text) {
  input in = parse_input(text);
  const auto colon = text.find(':');
  if (!in.format.empty() || colon == std::string_view::npos || colon == 0) return in;
  std::error_code ec;
  if (std::filesystem::exists(in.path, ec)) return in;
  const auto prefix = text.substr(0, colon);
  const bool word = std::all_of(prefix.begin(), prefix.end(),
                                [](unsigned char c) { return std::isalnum(c) != 0 || c == '-'; });
  if (!word) return in;
  throw data_error(errc::invalid_value, "unknown input format '" + std::string(prefix) + "' in '" +
                                            std::string(text) + "' (known: " + input_format_list() +
                                            ")");
}

}  // namespace geokg::io
