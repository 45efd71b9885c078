#pragma once
// SPDX-License-Identifier: MIT
// Analyses over a run of dates: the dates of a series, the signed snapshot at each date from one
// time index, and the structural-balance and other per-date measures as plain results.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "geokg/analysis/balance.hpp"
#include "geokg/analysis/communities.hpp"
#include "geokg/analysis/signed_snapshot.hpp"
#include "geokg/core/date.hpp"
#include "geokg/core/knowledge_graph.hpp"
#include "geokg/query/series.hpp"

namespace geokg::analysis {

// --- dates ---------------------------------------------------------------------------------------

/// The dates of a series from `from` to `to` (inclusive) every `every`: `query::step_dates`, which
/// keeps the precision of `from` when the step allows it ("1950", "1951", ... for yearly steps
/// from a year), but with a reversed range as an error rather than an empty series. `from == to`
/// gives one date. O(number of dates).
/// @throws data_error `end_before_start` if `to` is before `from` (by first day), naming both;
/// `invalid_value` if `every.count` is 0.
///
/// **Example**
/// ```
/// using geokg::date;
/// auto months = geokg::analysis::series_dates(*date::from_year_month(1962, 1),
///                                             *date::from_year_month(1962, 12),
///                                             geokg::query::monthly);  // 1962-01 ... 1962-12
/// ```
std::vector<date> series_dates(date from, date to, query::step every);

// --- signed snapshots at many dates --------------------------------------------------------------

/// The signed snapshots of a graph at many dates, from one `query::time_index`: the relations
/// active at a date are found in O(log n + k) instead of by testing every relation, then
/// collapsed as `signed_snapshot` does, so `at(d)` equals `signed_snapshot(g, d, options)` for
/// every date `d`. It holds the index (built once, O(R log R)) and a buffer reused across dates;
/// the dates may come in any order. It refers to the graph, which it must not outlive.
///
/// **Example**
/// ```
/// geokg::analysis::dated_snapshots snapshots(g, {.only = geokg::actor_kind::state});
/// for (const auto d : geokg::analysis::series_dates(*geokg::date::from_year(1950),
///                                                   *geokg::date::from_year(2023),
///                                                   geokg::query::yearly)) {
///   auto census = geokg::analysis::count_triads(snapshots.at(d));
/// }
/// ```
class dated_snapshots {
 public:
  /// Indexes the graph's relations under `options.time`. O(R log R) for R relations.
  explicit dated_snapshots(const knowledge_graph& g, const snapshot_options& options = {});

  /// The relations active at `d` under `options().time`, of any kind, sorted by index. The span
  /// is valid until the next call of `active` or `at`. O(log R + k log k).
  std::span<const relation_index> active(date d);

  /// The signed snapshot at `d`: `signed_snapshot(graph(), d, options())`. O(log R + k log k + A)
  /// for k active relations and A actors.
  signed_graph at(date d);

  /// The graph the snapshots are taken of.
  [[nodiscard]] const knowledge_graph& graph() const noexcept { return *graph_; }
  /// The options every snapshot is taken with.
  [[nodiscard]] const snapshot_options& options() const noexcept { return options_; }
  /// The index of the graph's relations.
  [[nodiscard]] const query::time_index& index() const noexcept { return index_; }

 private:
  const knowledge_graph* graph_;
  snapshot_options options_;
  query::time_index index_;
  std::vector<relation_index> active_;  // reused across dates
};

/// The signed snapshot at each date, in the order given: `signed_snapshot(g, d, options)` for
/// every `d` in `dates`, from one time index (see `dated_snapshots`). O(R log R) once, then
/// O(log R + k log k + A) per date.
///
/// **Example**
/// ```
/// const auto dates = geokg::analysis::series_dates(*geokg::date::from_year(1945),
///                                                  *geokg::date::from_year(1991),
///                                                  geokg::query::yearly);
/// auto graphs = geokg::analysis::signed_snapshots(g, dates);  // one signed_graph per year
/// ```
std::vector<signed_graph> signed_snapshots(const knowledge_graph& g, std::span<const date> dates,
                                           const snapshot_options& options = {});

// --- measures at every date ----------------------------------------------------------------------

/// Options of `balance_series` and `measure_series`.
struct series_options {
  /// For the frustration index (`balance_series`, `series_measure::frustration`), per date.
  partition_options frustration{};
  /// For the Louvain communities (`series_measure::communities` and `modularity`).
  louvain_options louvain{};
  /// Called before the work on each date with its position in `dates` (0-based) and the date,
  /// e.g. to draw progress. Empty: not called.
  std::function<void(std::size_t step, date at)> on_step{};
};

/// The structural balance of the signed snapshot at one date: what `geokg balance` reports.
struct balance_point {
  date at{};                       ///< The date.
  std::size_t actors = 0;          ///< Vertices of the snapshot.
  std::size_t positive = 0;        ///< Positive edges.
  std::size_t negative = 0;        ///< Negative edges.
  triad_census triads{};           ///< The signed triad census.
  signed_partition frustration{};  ///< The frustration index, with a bipartition attaining it.
};

/// The balance of one signed graph, taken at `at`: its counts, `count_triads` and
/// `frustration_index(sg, options)`. Costs what the frustration index costs (balance.hpp).
/// @throws data_error `invalid_value` if `validate(sg)` fails or an option is out of range.
///
/// **Example**
/// ```
/// const auto d = *geokg::parse_date("1962-10-27");
/// auto p = geokg::analysis::measure_balance(geokg::analysis::signed_snapshot(g, d), d,
///                                           {.time_limit_seconds = 10});
/// ```
balance_point measure_balance(const signed_graph& sg, date at,
                              const partition_options& options = {});

/// The balance of the signed snapshot at each date, in the order given (`geokg balance --from
/// --to --step`): `measure_balance(signed_snapshot(g, d, snapshot), d, options.frustration)` for
/// every `d`, the snapshots taken from one time index. Costs the snapshots (see
/// `signed_snapshots`) plus a frustration index per date.
/// @throws data_error as `measure_balance`.
///
/// **Example**
/// ```
/// using geokg::date;
/// const auto years = geokg::analysis::series_dates(*date::from_year(1950),
///                                                  *date::from_year(2023), geokg::query::yearly);
/// auto points = geokg::analysis::balance_series(g, years, {.drop_isolated = true});
/// ```
std::vector<balance_point> balance_series(const knowledge_graph& g, std::span<const date> dates,
                                          const snapshot_options& snapshot = {},
                                          const series_options& options = {});

/// A per-date measure of `measure_series` (`geokg series MEASURE`; docs/cli.md defines them).
/// All but `relations` and `actors` are measures of the signed snapshot at the date.
enum class series_measure : std::uint8_t {
  relations,       ///< Active relations of any kind (`snapshot_options::kinds` is not applied),
                   ///< only those between two actors of kind `only` when it is set.
  actors,          ///< Actors in existence at the date (under the time rule), of kind `only`.
  signed_actors,   ///< Vertices of the snapshot.
  positive,        ///< Positive edges of the snapshot.
  negative,        ///< Negative edges of the snapshot.
  density,         ///< Edges / (n (n - 1) / 2) for n vertices; undefined (NaN) below 2.
  triangles,       ///< Signed triangles (`triad_census::total`).
  balanced_share,  ///< Balanced / all triangles; undefined (NaN) without a triangle.
  frustration,     ///< The frustration index, with its bounds (`series_value::lower`, `upper`).
  components,      ///< Connected components of the positive layer.
  communities,     ///< Louvain communities of the positive layer.
  modularity,      ///< Their modularity; undefined (NaN) without a positive edge.
};

/// Every measure, in documentation order (the order above).
std::span<const series_measure> series_measures() noexcept;

/// The measure's name as `geokg series` takes it: "relations", ..., "balanced_share", ...
std::string_view to_string(series_measure m) noexcept;

/// Parses a measure from its name; nullopt otherwise.
std::optional<series_measure> parse_series_measure(std::string_view text) noexcept;

/// Whether the measure is a count (an integer, to print without decimals).
bool is_count(series_measure m) noexcept;

/// One point of a series: the value of a measure at a date.
struct series_value {
  date at{};  ///< The date.
  /// The value; NaN where the measure is undefined (see `series_measure`). For `frustration`,
  /// the frustration of the best bipartition found (the index when `optimal`).
  double value = std::numeric_limits<double>::quiet_NaN();
  std::uint64_t lower = 0;  ///< `frustration` only: a proven lower bound.
  std::uint64_t upper = 0;  ///< `frustration` only: the best bipartition's value.
  bool optimal = true;      ///< `frustration` only: whether `value` is proven minimal.
};

/// The value of a measure at one date, the snapshot taken from `snapshots` (with its options;
/// `relations` and `actors` need no snapshot). `options.on_step` is not called.
/// @throws data_error `invalid_value` if an option of `options` is out of range.
series_value measure_at(dated_snapshots& snapshots, series_measure m, date at,
                        const series_options& options = {});

/// The value of a measure at each date, in the order given (`geokg series MEASURE --from --to
/// --step`): `measure_at` at every date over one `dated_snapshots(g, snapshot)`. Costs the
/// snapshots (see `signed_snapshots`) plus the measure per date: O(E) for the counts, and for
/// the others what `count_triads`, `frustration_index`, `positive_components` or
/// `louvain_communities` cost (balance.hpp, communities.hpp).
/// @throws data_error as `measure_at`.
///
/// **Example**
/// ```
/// using geokg::date;
/// const auto years = geokg::analysis::series_dates(*date::from_year(1945),
///                                                  *date::from_year(2023), geokg::query::yearly);
/// auto share = geokg::analysis::measure_series(
///     g, geokg::analysis::series_measure::balanced_share, years, {.drop_isolated = true});
/// ```
std::vector<series_value> measure_series(const knowledge_graph& g, series_measure m,
                                         std::span<const date> dates,
                                         const snapshot_options& snapshot = {},
                                         const series_options& options = {});

}  // namespace geokg::analysis
