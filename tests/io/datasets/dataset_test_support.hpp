// SPDX-License-Identifier: MIT
// What the real-dataset tests share: loading one input of a format, finding a relation by id,
// and the diagnostic lines and error codes of a report.
#pragma once

#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <geokg/core/knowledge_graph.hpp>
#include <geokg/io/load.hpp>

namespace geokg::test {

/// Loads one file or folder in `format`, collecting errors by default.
inline io::load_result load_as(std::string_view format, const std::filesystem::path& path,
                               io::error_mode mode = io::error_mode::collect) {
  const io::input in{std::string(format), path, {}};
  io::load_options options;
  options.on_error = mode;
  return io::load(std::span<const io::input>(&in, 1), options);
}

/// A relation found by its statement id (`rel` is null if there is none).
struct loaded_relation {
  const relation* rel = nullptr;
  statement_ref ref{};
};

inline loaded_relation relation_named(const knowledge_graph& g, std::string_view id) {
  const auto s = g.find_statement(id);
  if (!s || s->kind != statement_kind::relation) return {};
  return {&g.relation_at(s->as_relation()), *s};
}

/// The report's error diagnostics as `file:line:column: error: ...` lines.
inline std::vector<std::string> errors_of(const io::load_report& r) {
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics)
    if (d.level == severity::error) out.push_back(to_string(d));
  return out;
}

/// The report's diagnostics, one line each, for failure messages.
inline std::string diagnostics_text(const io::load_report& r) {
  std::string out;
  for (const auto& d : r.diagnostics)
    out += to_string(d) + "\n";
  return out;
}

/// The report's diagnostics with one error id, as lines.
inline std::vector<std::string> messages_with(const io::load_report& r, errc code) {
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics)
    if (d.code == code) out.push_back(to_string(d));
  return out;
}

/// The error ids of the report's errors, in order.
inline std::vector<errc> error_codes_of(const io::load_report& r) {
  std::vector<errc> out;
  for (const auto& d : r.diagnostics)
    if (d.level == severity::error) out.push_back(d.code);
  return out;
}

}  // namespace geokg::test
