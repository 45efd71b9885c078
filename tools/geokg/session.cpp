// SPDX-License-Identifier: MIT
#include "session.hpp"

#include <unistd.h>

#include <iostream>

#include <geokg/io/input_check.hpp>
#include <geokg/query/suggest.hpp>

namespace geokg::cli {

void add_input_options(CLI::App& command, input_options& options, bool with_format) {
  command
      .add_option(
          "-i,--input", options.inputs,
          "Input: [FORMAT:]PATH, FORMAT one of " + io::input_format_list() +
              " (guessed from the path when left out; see `geokg formats`); repeat to merge "
              "inputs into one graph")
      ->required()
      ->type_name("[FORMAT:]PATH");
  command
      .add_option("--on-error", options.on_error,
                  "stop at the first data error, or collect them all and go on")
      ->check(CLI::IsMember({"stop", "collect"}))
      ->capture_default_str();
  if (with_format) {
    command.add_option("--format", options.format, "Output format")
        ->check(CLI::IsMember({"text", "json", "csv"}))
        ->capture_default_str();
  }
  command.add_flag("-q,--quiet", options.quiet, "No progress bar and no warnings on stderr");
  command.add_flag("--strict", options.strict,
                   "Reject relations that fall outside an actor's existence");
  command
      .add_option("--max-diagnostics", options.max_diagnostics,
                  "Diagnostics kept and printed in collect mode; the rest are counted (0: all)")
      ->capture_default_str();
}

std::optional<session> open_session(const input_options& options, std::ostream& err) {
  std::vector<io::input> inputs;
  for (const auto& text : options.inputs) {
    try {
      inputs.push_back(io::parse_input_checked(text));
    } catch (const data_error& e) {
      throw usage_error(e.message());
    }
  }
  io::load_options load;
  load.on_error = options.on_error == "collect" ? io::error_mode::collect : io::error_mode::stop;
  if (options.strict) load.graph.existence = existence_policy::reject;
  load.limits.max_diagnostics =
      options.max_diagnostics == 0 ? io::keep_all_diagnostics : options.max_diagnostics;
  const bool bar = !options.quiet && ::isatty(STDERR_FILENO) != 0;
  if (bar) {
    load.on_progress = [&err](const io::progress& p) {
      if (p.bytes_total == 0) return;
      const auto percent = static_cast<int>(100.0 * static_cast<double>(p.bytes_read) /
                                            static_cast<double>(p.bytes_total));
      err << "\r\033[K" << p.path << "  " << percent << "%  " << p.records << " records"
          << std::flush;
    };
  }
  session s;
  s.quiet = options.quiet;
  s.format = options.format == "json"  ? output_format::json
             : options.format == "csv" ? output_format::csv
                                       : output_format::text;
  try {
    auto result = io::load(std::span<const io::input>(inputs), load);
    if (bar) err << "\r\033[K" << std::flush;
    s.graph = std::move(result.graph);
    s.report = std::move(result.report);
  } catch (const data_error& e) {
    if (bar) err << "\r\033[K";
    err << e.what() << '\n';
    return std::nullopt;
  }
  for (const auto& d : s.report.diagnostics) {
    if (d.level == severity::warning && options.quiet) continue;
    err << to_string(d) << '\n';
  }
  const auto& r = s.report;
  if (r.errors_not_kept != 0 || (r.warnings_not_kept != 0 && !options.quiet)) {
    err << "geokg: " << r.errors_not_kept << " more errors and " << r.warnings_not_kept
        << " more warnings not shown (--max-diagnostics " << options.max_diagnostics
        << "; 0 shows them all)\n";
  }
  return s;
}

actor_index session::actor(std::string_view id) const {
  if (auto a = graph.find_actor(id)) return *a;
  throw usage_error(query::unknown_actor_message(id, query::closest_actor_ids(graph, id)));
}

date parse_date_argument(const std::string& text, std::string_view option) {
  if (auto d = parse_date(text)) return *d;
  throw usage_error("invalid date '" + text + "' for " + std::string(option) +
                    " (expected YYYY-MM-DD, YYYY-MM, YYYY, 1930s, 7th century...)");
}

}  // namespace geokg::cli
