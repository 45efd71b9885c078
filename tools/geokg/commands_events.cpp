// SPDX-License-Identifier: MIT
// aggregate: raw event files (GDELT, ICEWS, POLECAT) streamed into dyadic windows (geokg/events),
// one row per window, with the files' row accounts; no graph is built.

#include <unistd.h>

#include <atomic>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <geokg/events.hpp>
#include <geokg/io/csv_writer.hpp>
#include <geokg/io/json_writer.hpp>
#include <geokg/io/write_atomically.hpp>
#include <geokg/output/aggregate.hpp>

#include "commands.hpp"
#include "session.hpp"

namespace geokg::cli {

namespace {

namespace fs = std::filesystem;

struct aggregate_args {
  std::vector<std::string> inputs;
  std::string window = "month";
  std::string rule;
  bool undirected = false;
  unsigned threads = 0;
  std::string format = "csv";
  std::string output;
  std::string evidence;
  std::string on_error = "stop";
  bool kept = false;
  bool checksum = false;
  bool quiet = false;
};

// `gdelt:PATH`, `icews:PATH`, `polecat:PATH`, or a bare PATH (GDELT).
std::pair<events::event_format, fs::path> event_path(const std::string& text) {
  const auto colon = text.find(':');
  if (colon != std::string::npos && colon > 0) {
    const auto prefix = std::string_view(text).substr(0, colon);
    const bool word =
        prefix.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string_view::npos;
    if (word) {
      const auto format = events::parse_event_format(prefix);
      if (!format)
        throw usage_error("unknown event format '" + std::string(prefix) + "' in -i " + text +
                          " (aggregate reads gdelt:PATH, icews:PATH and polecat:PATH)");
      return {*format, text.substr(colon + 1)};
    }
  }
  return {events::event_format::gdelt, text};
}

void print_account(std::ostream& err, const events::row_account& a) {
  err << "geokg: " << a.path << ": read " << a.read << " = used " << a.used << " + skipped "
      << a.skipped() << " (";
  for (std::size_t k = 0; k < events::skip_reason_count; ++k)
    err << (k ? ", " : "") << to_string(static_cast<events::skip_reason>(k)) << ' '
        << a.skipped_by[k];
  err << ") + rejected " << a.rejected;
  if (a.duplicates > 0) err << " + duplicates " << a.duplicates;
  err << '\n';
  if (!a.unknown_names.empty()) {
    err << "geokg: " << a.path << ": unknown country names:";
    for (std::size_t i = 0; i < a.unknown_names.size(); ++i)
      err << (i ? ", " : " ") << '\'' << a.unknown_names[i].first << "' "
          << a.unknown_names[i].second;
    err << '\n';
  }
  for (const auto& d : a.diagnostics)
    err << to_string(d) << '\n';
}

// The progress line on a terminal: rows/s and MB/s over all reading threads.
class progress_line {
 public:
  progress_line() : start_(std::chrono::steady_clock::now()), last_(start_) {}
  void add(std::uint64_t bytes, std::uint64_t rows) {
    bytes_ += bytes;
    rows_ += rows;
    std::unique_lock lock(mutex_, std::try_to_lock);
    if (!lock) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    const double s = std::chrono::duration<double>(now - start_).count();
    std::fprintf(
        stderr, "\rgeokg: aggregate: %llu rows, %.1f MB, %.2f M rows/s, %.0f MB/s\033[K",
        static_cast<unsigned long long>(rows_.load()), static_cast<double>(bytes_.load()) / 1e6,
        static_cast<double>(rows_.load()) / 1e6 / s, static_cast<double>(bytes_.load()) / 1e6 / s);
    shown_ = true;
  }
  ~progress_line() {
    if (shown_) std::fprintf(stderr, "\r\033[K");
  }
  progress_line(const progress_line&) = delete;
  progress_line& operator=(const progress_line&) = delete;

 private:
  std::chrono::steady_clock::time_point start_, last_;
  std::atomic<std::uint64_t> bytes_{0}, rows_{0};
  std::mutex mutex_;
  bool shown_ = false;
};

int run_aggregate(const aggregate_args& args, bool window_given) {
  const auto t0 = std::chrono::steady_clock::now();
  events::aggregation_rule rule;
  if (!args.rule.empty()) rule = events::read_rule_file(args.rule);
  if (window_given || args.rule.empty()) {
    const auto unit = events::parse_window_unit(args.window);
    if (!unit)
      throw usage_error("--window " + args.window + " is not day, week, month, quarter or year");
    rule.window = *unit;
  }
  if (args.undirected) rule.directed = false;
  if (!args.evidence.empty()) {
    if (args.evidence == "all") {
      rule.evidence.reset();
    } else {
      std::uint32_t n = 0;
      const auto* e = args.evidence.data() + args.evidence.size();
      const auto [p, ec] = std::from_chars(args.evidence.data(), e, n);
      if (ec != std::errc{} || p != e)
        throw usage_error("--evidence " + args.evidence + " is not a count or 'all'");
      rule.evidence = n;
    }
  }
  std::vector<fs::path> files;
  std::optional<events::event_format> format;
  for (const auto& in : args.inputs) {
    const auto [f, path] = event_path(in);
    if (format && *format != f)
      throw usage_error("aggregate reads one event format at a time (-i " + in + " after " +
                        std::string(to_string(*format)) + " inputs)");
    format = f;
    for (auto& file : events::event_files(path, f))
      files.push_back(std::move(file));
  }

  events::aggregate_options options;
  options.threads = args.threads;
  options.read.on_error =
      args.on_error == "collect" ? io::error_mode::collect : io::error_mode::stop;
  std::optional<progress_line> progress;
  if (!args.quiet && !args.checksum && ::isatty(STDERR_FILENO) != 0) {
    progress.emplace();
    options.read.on_progress = [&progress](std::uint64_t bytes, std::uint64_t rows) {
      progress->add(bytes, rows);
    };
  }
  const auto result = events::aggregate_files(files, *format, rule, options);
  progress.reset();

  if (args.checksum) {
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", s);
    std::cout << "op=aggregate_" << to_string(rule.window) << " tool=geokg seconds=" << buf
              << " checksum=" << result.checksum() << '\n';
  } else {
    const auto windows = result.windows();
    const auto write = [&](std::ostream& out) {
      const auto which =
          args.kept ? output::windows_written::relations : output::windows_written::all;
      if (args.format == "json") {
        io::json_writer w(out, {.spaced = true, .line_depth = 2});
        output::write_json(w, result, which);
        out << '\n';
      } else {
        io::csv_writer w(out, {.line_end = "\n"});
        output::write_csv(w, windows, which);
      }
    };
    if (args.output.empty() || args.output == "-") {
      write(std::cout);
    } else {
      io::write_atomically(args.output, write);
    }
  }
  std::uint64_t rejected = 0;
  for (const auto& a : result.accounts())
    rejected += a.rejected;
  if (!args.quiet) {
    for (const auto& a : result.accounts())
      print_account(std::cerr, a);
    std::cerr << "geokg: aggregate: " << result.checksum()
              << " (windows:relations:events:goldstein_sum x10)";
    if (result.filtered() > 0)
      std::cerr << "; " << result.filtered() << " used rows left out by the rule";
    std::cerr << '\n';
  }
  if (result.duplicates() > 0)
    std::cerr << "geokg: warning: " << result.duplicates()
              << " event ids were read more than once (the same file twice?); their events are "
                 "counted each time [geokg.duplicate_statement]\n";
  return rejected > 0 ? exit_data_error : exit_ok;
}

}  // namespace

void add_events_commands(CLI::App& app, command_result& result) {
  auto args = std::make_shared<aggregate_args>();
  auto* cmd = app.add_subcommand("aggregate",
                                 "Stream raw GDELT, ICEWS or POLECAT event files into dyadic "
                                 "windows (no graph is built): one row per window");
  cmd->add_option(
         "-i,--input", args->inputs,
         "gdelt:PATH (a GDELT 1.0/2.0 export, plain, .gz, .zip, or a folder of *.export.* files), "
         "icews:PATH (.tab files) or polecat:PATH (.tsv release files)")
      ->required();
  auto* window =
      cmd->add_option("--window", args->window, "day, week, month (default), quarter or year")
          ->check(CLI::IsMember({"day", "week", "month", "quarter", "year"}));
  cmd->add_option("--rule", args->rule, "A rule file (key = value lines; docs/events.md)");
  cmd->add_flag("--undirected", args->undirected, "One window per unordered pair of states");
  cmd->add_option("--threads", args->threads, "Reading threads (0: one per core)");
  cmd->add_option("--format", args->format, "csv (default) or json")
      ->check(CLI::IsMember({"csv", "json"}));
  cmd->add_option("-o,--output", args->output, "Write to this file (default: standard output)");
  cmd->add_option("--evidence", args->evidence,
                  "Event ids kept per window: a count (default 10) or all");
  cmd->add_option("--on-error", args->on_error,
                  "stop (default) at the first malformed row, or collect")
      ->check(CLI::IsMember({"stop", "collect"}));
  cmd->add_flag("--kept", args->kept, "Only the windows that pass the thresholds (the relations)");
  cmd->add_flag("--checksum", args->checksum,
                "Print only `op=aggregate_<window> tool=geokg seconds=S checksum=W:K:E:G` (bench)");
  cmd->add_flag("-q,--quiet", args->quiet, "No row accounts, no progress line");
  cmd->callback(
      [&result, args, window] { result.code = run_aggregate(*args, window->count() > 0); });
}

}  // namespace geokg::cli
