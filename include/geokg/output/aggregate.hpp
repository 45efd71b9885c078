#pragma once
// SPDX-License-Identifier: MIT
// Event aggregates as JSON and CSV: the one writer of each shape, used by `geokg aggregate` and by
// the Python module's `geokg.events` (so that both give the same rows, keys and numbers).

#include <span>
#include <string_view>

namespace geokg::events {
struct aggregation_rule;
struct row_account;
struct window;
class partial_aggregate;
}  // namespace geokg::events

namespace geokg::io {
class json_writer;
class csv_writer;
}  // namespace geokg::io

namespace geokg::output {

/// Which windows of an aggregate are written.
enum class windows_written : unsigned char {
  all,        ///< Every window.
  relations,  ///< Only the windows that pass the rule's thresholds (`kind` set): `--kept`.
};

/// Writes a rule as a JSON object: `window`, `directed`, `quad_classes` (the numbers 1-4),
/// `code_prefixes`, `plover` (category names), `min_events`, `goldstein_threshold` (a number) and
/// `evidence` (a number, or
/// `"all"`).
void write_json(io::json_writer& w, const events::aggregation_rule& rule);

/// Writes a file's row account as a JSON object: `path`, `read`, `used`, `skipped` (an object of
/// the counts by skip reason, every reason named), `rejected`, `duplicates` (repeated keys
/// dropped), `unknown_names` (an object: name -> rows), `bytes`.
void write_json(io::json_writer& w, const events::row_account& account);

/// Writes one window as a JSON object with the CSV columns as keys (`aggregate_csv_columns`);
/// `kind` is `null` for a window below the thresholds and `evidence` an array of event ids.
void write_json(io::json_writer& w, const events::window& window);

/// Writes an aggregate as a JSON object, the shape of `geokg aggregate --format json`
/// (docs/events.md): `rule`, `checksum`, `events`, `filtered`, `duplicates`, `accounts` and
/// `windows` (in the aggregate's order: start, source, target).
///
/// **Example**
/// ```
/// const auto a = geokg::events::aggregate_files(files, geokg::events::event_format::gdelt, {});
/// geokg::io::json_writer w(std::cout);
/// geokg::output::write_json(w, a, geokg::output::windows_written::relations);
/// ```
void write_json(io::json_writer& w, const events::partial_aggregate& aggregate,
                windows_written which = windows_written::all);

/// The columns of the CSV of windows, in order: `source`, `target`, `start`, `end` (ISO days,
/// `end` exclusive), `events`, `q1`-`q4`, `goldstein_sum`, `mean_goldstein`, `mean_tone`,
/// `mentions`, `sources`, `articles`, `kind` (empty below the thresholds), `evidence` (event ids
/// separated by spaces).
std::span<const std::string_view> aggregate_csv_columns() noexcept;

/// Writes windows as CSV: the header (`aggregate_csv_columns`), then one record per window
/// written (`geokg aggregate --format csv`).
void write_csv(io::csv_writer& w, std::span<const events::window> windows,
               windows_written which = windows_written::all);

}  // namespace geokg::output
