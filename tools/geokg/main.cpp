// SPDX-License-Identifier: MIT
// geokg: ask a geopolitical knowledge graph from a shell.

#include <iostream>

#include <CLI/CLI.hpp>
#include <geokg/version.hpp>

#include "commands.hpp"
#include "session.hpp"

namespace geokg::cli {

int run(int argc, const char* const* argv) {
  CLI::App app{"geokg " GEOKG_VERSION_STRING
               " - a geopolitical knowledge graph: actors, dated and sourced relations, queries "
               "and analyses.\n"
               "Start with:  geokg stats -i data/curated/east_asia   then   geokg show KOR -i "
               "data/curated/east_asia",
               "geokg"};
  app.set_version_flag("--version", "geokg " GEOKG_VERSION_STRING);
  app.require_subcommand(1);
  app.fallthrough();
  geokg::cli::command_result result;
  geokg::cli::add_basic_commands(app, result);
  geokg::cli::add_query_commands(app, result);
  geokg::cli::add_analysis_commands(app, result);
  geokg::cli::add_export_commands(app, result);
  geokg::cli::add_events_commands(app, result);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : geokg::cli::exit_usage;
  } catch (const geokg::cli::usage_error& e) {
    std::cerr << "geokg: error: " << e.what() << '\n';
    return geokg::cli::exit_usage;
  } catch (const geokg::error& e) {
    std::cerr << e.what() << '\n';
    return geokg::cli::exit_data_error;
  }
  return result.code;
}

}  // namespace geokg::cli

// fuzz/fuzz_cli_args.cpp compiles this file into a fuzzer, which brings its own main.
#ifndef GEOKG_CLI_NO_MAIN
int main(int argc, char** argv) {
  return geokg::cli::run(argc, argv);
}
#endif
