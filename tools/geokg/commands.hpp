// SPDX-License-Identifier: MIT
// The geokg subcommands. Each is a thin layer over the public API: no logic a library user could
// not reach.
#pragma once

#include <CLI/CLI.hpp>

namespace geokg::cli {

/// Where a command leaves its exit code once CLI11 has run its callback.
struct command_result {
  int code = 0;
};

/// Parses the command line and runs the command (the whole of `main`).
/// @returns the exit code: 0 success, 1 data errors, 2 usage errors.
int run(int argc, const char* const* argv);

/// validate, stats, actors, snapshot, show.
void add_basic_commands(CLI::App& app, command_result& result);

/// balance, blocs, centrality (geokg::analysis).
void add_analysis_commands(CLI::App& app, command_result& result);

/// timeline, neighbors, path, explain (geokg::query).
void add_query_commands(CLI::App& app, command_result& result);

/// export, render (geokg::io export writers; render draws with Graphviz when built with it).
void add_export_commands(CLI::App& app, command_result& result);

/// aggregate (geokg::events: raw event files into dyadic windows).
void add_events_commands(CLI::App& app, command_result& result);

}  // namespace geokg::cli
