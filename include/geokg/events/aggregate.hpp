#pragma once
// SPDX-License-Identifier: MIT
// Streaming aggregation of events into dyadic windows: partial aggregates that merge.

#include <array>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "geokg/core/actor_id.hpp"
#include "geokg/core/relation_kind.hpp"
#include "geokg/events/event_row.hpp"
#include "geokg/events/reader.hpp"
#include "geokg/events/rule.hpp"
#include "geokg/events/state_index.hpp"

namespace geokg::events {

/// The measures of one window: sums, so that windows of two partials merge by addition.
struct window_measures {
  std::uint64_t events = 0;             ///< Events counted.
  std::array<std::uint64_t, 4> quad{};  ///< Events per QuadClass 1-4.
  std::int64_t goldstein10 = 0;         ///< Sum of the Goldstein values, in tenths: exact.
  std::int64_t tone_micros = 0;         ///< Sum of round(AvgTone x 10^6): exact, so merges are.
  std::uint64_t mentions = 0;           ///< Sum of NumMentions.
  std::uint64_t sources = 0;            ///< Sum of NumSources.
  std::uint64_t articles = 0;           ///< Sum of NumArticles.
  /// The smallest event ids of the window (at most the rule's `evidence`), ascending.
  std::vector<std::uint64_t> evidence{};

  /// The mean Goldstein value (0 without events).
  double mean_goldstein() const noexcept;
  /// The mean AvgTone (0 without events).
  double mean_tone() const noexcept;
  friend bool operator==(const window_measures&, const window_measures&) = default;
};

/// One window of the result.
struct window {
  actor_id source;         ///< Actor1's state (the smaller id when undirected).
  actor_id target;         ///< Actor2's state.
  std::int32_t start = 0;  ///< First day, in days since 1970-01-01.
  std::int32_t end = 0;    ///< First day after the window.
  window_measures m{};     ///< What it holds.
  /// `cooperation` or `conflict` when the window passes the rule's thresholds; empty otherwise.
  std::optional<relation_kind> kind{};
  friend bool operator==(const window&, const window&) = default;
};

/// A partial aggregate: the windows of some events under one rule, with the row accounts of the
/// files read and the set of event ids seen (as ranges, so that GDELT's contiguous ids cost
/// O(files), not O(events)).
///
/// **The merge law.** `merge(a, b)` is the aggregate of the union of a's and b's events: it is
/// associative and commutative, so partials of any split of the files, merged in any order, give
/// the one-shot aggregate. Event ids are unique per event in GDELT; an id seen in both partials
/// (or twice in one) is not dropped, since its window is not known: it is counted in both, and
/// `duplicates()` says how many such extra sightings there are, so that a caller can refuse the
/// result (the CLI warns). Merging partials of different rules is an error.
class partial_aggregate {
 public:
  /// An empty aggregate under `rule`, its windows keyed by the states of `states`.
  explicit partial_aggregate(aggregation_rule rule,
                             std::shared_ptr<const state_index> states = nullptr);

  /// Counts one used event row (if the rule's filters keep it).
  void add(const event_row& row);
  /// Adds a file's row account.
  void add_account(row_account account);
  /// Merges `other` into this aggregate (see the merge law).
  /// @throws data_error `invalid_value` if the rules or state tables differ.
  void merge(const partial_aggregate& other);

  /// The rule.
  const aggregation_rule& rule() const noexcept { return rule_; }
  /// The state table its windows refer to.
  const state_index& states() const noexcept { return *states_; }
  /// The windows, ordered by start, then source id, then target id; each with its kind.
  std::vector<window> windows() const;
  /// The number of windows.
  std::size_t window_count() const noexcept { return windows_.size(); }
  /// Events counted in some window.
  std::uint64_t events() const noexcept { return events_; }
  /// Used rows the rule's filters left out (QuadClass, event code).
  std::uint64_t filtered() const noexcept { return filtered_; }
  /// Extra sightings of event ids already seen (0 for disjoint inputs).
  std::uint64_t duplicates() const noexcept { return duplicates_; }
  /// The row accounts of the files read, ordered by path.
  const std::vector<row_account>& accounts() const noexcept { return accounts_; }
  /// `windows:kept:events:sum_goldstein10`, EVENTS.md's checksum.
  std::string checksum() const;

  /// The compact binary form: magic `GKEVAGG1`, a version (2), the rule, the states named by id,
  /// the windows, the id ranges and the accounts (without diagnostics), and a CRC-32.
  std::string serialise() const;
  /// Reads `serialise`'s form back.
  /// @throws data_error `invalid_value` if the bytes are not such a form, of another version,
  ///   truncated or corrupted (checksum).
  static partial_aggregate deserialise(std::string_view bytes,
                                       std::shared_ptr<const state_index> states = nullptr);

  /// Equal windows, counts, id sets and accounts (diagnostics included).
  friend bool operator==(const partial_aggregate& a, const partial_aggregate& b);

 private:
  static std::uint64_t key(state_ref s, state_ref t, std::int32_t start) noexcept;
  void see_id(std::uint64_t id);
  void add_range(std::uint64_t first, std::uint64_t last);
  std::optional<relation_kind> kind_of(const window_measures& m) const noexcept;

  aggregation_rule rule_;
  std::shared_ptr<const state_index> states_;
  std::unordered_map<std::uint64_t, window_measures> windows_;
  std::map<std::uint64_t, std::uint64_t> ids_;  // first id -> last id, disjoint ranges
  std::uint64_t events_ = 0, filtered_ = 0, duplicates_ = 0;
  std::vector<row_account> accounts_;
};

/// Options of `aggregate_files`.
struct aggregate_options {
  /// Worker threads (a file is read by one thread); 0 = one per core. Capped by the file count.
  unsigned threads = 0;
  /// Options passed to every reader (`file_index` is set to the file's position).
  read_options read{};
};

/// Reads and aggregates files in parallel, a partial per thread, merged: the same result as
/// reading them one by one (the merge law), in O(windows + id ranges) memory.
/// @throws data_error as `read_events` (the first error of any file, after the others stopped).
partial_aggregate aggregate_files(std::span<const std::filesystem::path> files, event_format format,
                                  const aggregation_rule& rule,
                                  const aggregate_options& options = {},
                                  std::shared_ptr<const state_index> states = nullptr);

/// The event files of a path: the path itself if it is a file; in a folder, the files of the
/// format, in name order: GDELT's export files (names containing `.export.`), ICEWS's `.tab`
/// files (`events.2018.tab`, `.tab.zip`), POLECAT's `.tsv`, `.txt` or `.tab` files.
/// @throws data_error `io_error` if the folder cannot be listed or holds none.
std::vector<std::filesystem::path> event_files(const std::filesystem::path& path,
                                               event_format format = event_format::gdelt);

}  // namespace geokg::events
