#pragma once
// SPDX-License-Identifier: MIT
// The geokg JSON format: loading (with every error located) and deterministic writing.
// The format is specified in docs/format.md and docs/geokg.schema.json.

#include <filesystem>
#include <iosfwd>
#include <string_view>

#include "geokg/core/knowledge_graph.hpp"
#include "geokg/io/load_options.hpp"
#include "geokg/io/load_report.hpp"

namespace geokg::io {

/// Loads one geokg JSON file into a new graph.
///
/// Streams the file (it is never held whole in memory) and locates every error at
/// `file:line:column` with the JSON pointer of the field. In `error_mode::stop` the first error
/// is thrown; in `error_mode::collect` bad records are rejected and reported.
/// @throws data_error (stop mode: any error; collect mode: only `io_error` for an unreadable
/// path and `too_large` for a file beyond `max_file_bytes`).
///
/// **Example**
/// ```
/// auto [graph, report] = geokg::io::load_json("data/curated/east_asia/east_asia.json",
///                                              {.on_error = geokg::io::error_mode::collect});
/// for (const auto& d : report.diagnostics) std::cerr << geokg::to_string(d) << '\n';
/// ```
load_result load_json(const std::filesystem::path& path, const load_options& options = {});

/// Parses geokg JSON held in memory; `display_name` stands for the file name in diagnostics.
load_result parse_json(std::string_view text, std::string_view display_name,
                       const load_options& options = {});

/// Options of the JSON writer.
struct json_write_options {
  /// Write the `"geokg": 1` format marker first (on by default).
  bool version_marker = true;
};

/// Writes a graph as geokg JSON: deterministic (records in index order, fields in a fixed
/// order, one record per line), so files diff cleanly; `load_json` reads it back into an
/// identical graph.
void write_json(const knowledge_graph& g, std::ostream& out,
                const json_write_options& options = {});

/// Writes a graph to a file atomically: to a temporary file beside it, then renamed over it, so an
/// interrupted write never leaves a half-written dataset.
/// @throws data_error `io_error` if the file cannot be written.
void write_json(const knowledge_graph& g, const std::filesystem::path& path,
                const json_write_options& options = {});

}  // namespace geokg::io
