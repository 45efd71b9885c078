#pragma once
// SPDX-License-Identifier: MIT
// Structural balance results as JSON and CSV: the one writer of each shape, used by
// `geokg balance` and by the Python module's `Graph.balance` and `Graph.series("balance", ...)`.

#include <span>
#include <string_view>

namespace geokg::analysis {
struct balance_point;
}  // namespace geokg::analysis

namespace geokg::io {
class json_writer;
class csv_writer;
}  // namespace geokg::io

namespace geokg::output {

/// Writes the balance at one date as a JSON object, the shape of `geokg balance --at DATE
/// --format json` (docs/cli.md): `at`, `actors`, `positive_edges`, `negative_edges`, `triads`
/// (`+++`, `++-`, `+--`, `---`), `balanced`, `unbalanced` and `frustration` (`value`, `lower`,
/// `upper`, `optimal`).
///
/// **Example**
/// ```
/// const auto at = *geokg::parse_date("2023-08-19");
/// const auto p = geokg::analysis::measure_balance(geokg::analysis::signed_snapshot(g, at), at);
/// geokg::io::json_writer w(std::cout);
/// geokg::output::write_json(w, p);
/// ```
void write_json(io::json_writer& w, const analysis::balance_point& point);

/// Writes the balance at several dates as a JSON array of the objects above, in order (`geokg
/// balance --from --to --step`).
void write_json(io::json_writer& w, std::span<const analysis::balance_point> points);

/// The columns of the CSV of balance results, in order: `at`, `actors`, `positive_edges`,
/// `negative_edges`, `+++`, `++-`, `+--`, `---`, `balanced`, `unbalanced`, `frustration`,
/// `frustration_lower`, `frustration_upper`, `optimal`.
std::span<const std::string_view> balance_csv_columns() noexcept;

/// Writes balance results as CSV: the header (`balance_csv_columns`), then one record per date
/// (`geokg balance --format csv`).
void write_csv(io::csv_writer& w, std::span<const analysis::balance_point> points);

}  // namespace geokg::output
