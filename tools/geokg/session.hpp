// SPDX-License-Identifier: MIT
// What every geokg command shares: the input options, loading with progress and diagnostics,
// actor and date arguments, and the exit codes (0 success, 1 data errors or failed check,
// 2 usage errors).
#pragma once

#include <iosfwd>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <geokg/core.hpp>
#include <geokg/io.hpp>

#include "output.hpp"

namespace geokg::cli {

inline constexpr int exit_ok = 0;
inline constexpr int exit_data_error = 1;
inline constexpr int exit_usage = 2;

/// A problem with the command line that is only found after parsing (an unknown actor id, a bad
/// date): reported like CLI11's own usage errors, with exit code 2.
struct usage_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// The options every command that reads data takes.
struct input_options {
  std::vector<std::string> inputs;  ///< `[FORMAT:]PATH`, repeatable
  std::string on_error = "stop";
  std::string format = "text";
  bool quiet = false;
  bool strict = false;
  std::uint64_t max_diagnostics = io::load_limits{}.max_diagnostics;  ///< 0: keep them all
};

/// Registers -i/--input, --on-error, --format, --quiet, --strict, --max-diagnostics on a
/// subcommand.
void add_input_options(CLI::App& command, input_options& options, bool with_format = true);

/// A loaded graph and what the load reported.
struct session {
  knowledge_graph graph;
  io::load_report report;
  output_format format = output_format::text;
  bool quiet = false;

  /// The actor named by an id, or a usage_error suggesting the closest ids ("did you mean KOR?",
  /// `query::closest_actor_ids`).
  actor_index actor(std::string_view id) const;
  /// Exit code for the end of a command: 1 if the load reported errors, else `code`.
  int finish(int code) const { return report.ok() ? code : std::max(code, exit_data_error); }
};

/// Loads the inputs, printing diagnostics (and a progress bar when stderr is a terminal) to `err`.
/// Returns nullopt after printing the error when loading stops at an error.
/// @throws usage_error for a malformed `FORMAT:` prefix or option value.
std::optional<session> open_session(const input_options& options, std::ostream& err);

/// Parses a date argument; throws usage_error naming the option on failure.
date parse_date_argument(const std::string& text, std::string_view option);

}  // namespace geokg::cli
