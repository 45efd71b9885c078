#pragma once
// SPDX-License-Identifier: MIT
// The geokg CSV format: a folder of RFC 4180 tables (actors.csv, relations.csv, ...), loaded with
// every error located, and written deterministically. Specified in docs/format.md.

#include <filesystem>
#include <string_view>

#include "geokg/core/knowledge_graph.hpp"
#include "geokg/io/load_options.hpp"
#include "geokg/io/load_report.hpp"

namespace geokg::io {

/// The tables of a CSV dataset, in the order they are loaded. Each is optional except that
/// relations need actors. `citations.csv` and `quantities.csv` attach to statements by id.
inline constexpr std::string_view csv_tables[] = {"sources.csv",   "actors.csv", "events.csv",
                                                  "relations.csv", "claims.csv", "citations.csv",
                                                  "quantities.csv"};

/// Loads a CSV dataset from a folder holding some of `csv_tables` (at least actors.csv), or from
/// a single table file. Streams each file; locates every error at `file:line:column` with the
/// column name.
/// @throws data_error as `load_json` does.
load_result load_csv(const std::filesystem::path& path, const load_options& options = {});

/// Writes a graph as a CSV dataset into `folder` (created if needed): one file per table that
/// has rows, deterministic, each written atomically (temporary file, then rename).
/// @throws data_error `io_error` if a file cannot be written.
void write_csv(const knowledge_graph& g, const std::filesystem::path& folder);

}  // namespace geokg::io
