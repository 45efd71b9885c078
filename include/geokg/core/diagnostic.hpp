#pragma once
// SPDX-License-Identifier: MIT
// A located error or warning about input, in one GCC-like text format.

#include <cstdint>
#include <string>
#include <string_view>

#include "geokg/core/errc.hpp"
#include "geokg/core/location.hpp"

namespace geokg {

/// How serious a diagnostic is: an error rejects the record; a warning keeps it.
enum class severity : std::uint8_t {
  warning,  ///< Suspicious but legal data; the record is kept.
  error,    ///< Invalid data; the record is rejected (or loading stops).
};

/// "warning" or "error".
constexpr std::string_view to_string(severity s) noexcept {
  return s == severity::error ? "error" : "warning";
}

/// One message about input: what is wrong, where, and its stable id.
///
/// Diagnostics are how geokg reports without throwing: loaders in collect mode return them, and
/// the graph returns them for warnings it accepts (see `knowledge_graph::add_relation`).
struct diagnostic {
  severity level = severity::error;
  errc code = errc::invalid_value;
  location where{};       ///< Where the offending text is; empty for data built in C++.
  std::string message{};  ///< What is wrong, quoting the offending value; no location, no id.

  friend bool operator==(const diagnostic&, const diagnostic&) = default;
};

/// The one text form of a diagnostic, GCC-like so that editors can jump to it:
/// `relations.json:42:17: error: unknown actor 'KOR1' (at /relations/41/target)
/// [geokg.unknown_actor]`. The `(at FIELD)` part appears when the location names a field.
inline std::string to_string(const diagnostic& d) {
  std::string out = to_string(d.where);
  if (!out.empty()) out += ": ";
  out += to_string(d.level);
  out += ": ";
  out += d.message;
  if (!d.where.field.empty()) {
    out += " (at ";
    out += d.where.field;
    out += ")";
  }
  out += " [geokg.";
  out += to_string(d.code);
  out += "]";
  return out;
}

}  // namespace geokg
