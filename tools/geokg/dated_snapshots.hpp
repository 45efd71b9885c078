// SPDX-License-Identifier: MIT
// What the commands over a run of dates share (`balance --from/--to`, `series`): the dates, the
// relations and signed snapshot at each date from one time index, and a progress line.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <geokg/analysis/signed_snapshot.hpp>
#include <geokg/core.hpp>
#include <geokg/query/series.hpp>

namespace geokg::cli {

/// Parses a `--rule` value: `first_day`, `certain` or `possible` (nullopt otherwise).
std::optional<time_rule> parse_time_rule(std::string_view text) noexcept;

/// The dates of `--from`, `--to` and `--step year|month` (`query::step_dates`; the dates keep the
/// precision of `--from` when the step allows it).
/// @throws usage_error for a bad date, an unknown step, or `--to` before `--from`.
std::vector<date> step_dates_argument(const std::string& from, const std::string& to,
                                      const std::string& step);

/// The graph's signed snapshots at many dates from one `query::time_index`: the relations active
/// at a date are found in O(log n + k) rather than by testing every relation, and collapsed by
/// `analysis::detail::collapse_relations`, the very step `analysis::signed_snapshot(g, d,
/// options)` ends with, so each snapshot equals that call's. Must not outlive the graph.
class dated_snapshots {
 public:
  /// Indexes the graph's relations under `options.time` (O(R log R)).
  dated_snapshots(const knowledge_graph& g, const analysis::snapshot_options& options);

  /// The relations active at `d`, sorted by index. The span is valid until the next call.
  std::span<const relation_index> active(date d);

  /// The signed snapshot at `d`: `analysis::signed_snapshot(g, d, options)`.
  analysis::signed_graph at(date d);

  /// The options every snapshot is taken with.
  [[nodiscard]] const analysis::snapshot_options& options() const noexcept { return options_; }

 private:
  const knowledge_graph* graph_;
  analysis::snapshot_options options_;
  query::time_index index_;
  std::vector<actor_index> actors_;     // every actor; `options_.only` filters in the collapse
  std::vector<relation_index> active_;  // reused across dates
};

/// A one-line progress indicator on stderr for a command stepping through dates
/// ("balance 1962  147/199"), drawn like the load progress of `open_session`: only when enabled
/// (stderr is a terminal and not `--quiet`; see `wanted`), redrawn in place, erased when the
/// object goes away, also on an exception.
class step_progress {
 public:
  step_progress(std::ostream& err, bool enabled, std::string what, std::size_t total)
      : err_(err), enabled_(enabled), what_(std::move(what)), total_(total) {}
  step_progress(const step_progress&) = delete;
  step_progress& operator=(const step_progress&) = delete;
  step_progress(step_progress&&) = delete;
  step_progress& operator=(step_progress&&) = delete;
  ~step_progress();

  /// Whether to draw: not `--quiet`, and stderr is a terminal.
  static bool wanted(bool quiet) noexcept;

  /// Shows that the work on date `at`, the `done + 1`-th of `total`, is starting.
  void show(std::size_t done, date at);

 private:
  std::ostream& err_;
  bool enabled_;
  std::string what_;
  std::size_t total_;
  bool drawn_ = false;
};

}  // namespace geokg::cli
