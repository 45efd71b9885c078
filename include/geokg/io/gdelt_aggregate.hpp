#pragma once
// SPDX-License-Identifier: MIT
// Monthly dyadic aggregates of loaded GDELT events: cooperation and conflict relations per pair.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "geokg/core/actor_id.hpp"
#include "geokg/core/date.hpp"
#include "geokg/core/knowledge_graph.hpp"
#include "geokg/core/relation.hpp"
#include "geokg/core/relation_kind.hpp"

namespace geokg::io {

/// Options of `aggregate_gdelt_monthly`.
struct gdelt_monthly_options {
  /// A window whose mean Goldstein value is at least `+threshold` becomes a `cooperation`
  /// relation; at most `-threshold`, a `conflict` relation. Must be finite and >= 0.
  double threshold = 1.0;
  /// A window with fewer events makes no relation (it is still listed in `windows`).
  std::uint32_t min_events = 3;
  /// Only events citing this source id are counted (the `gdelt` loader cites "gdelt").
  std::string source = "gdelt";
  /// Relation ids are `<id_prefix>-<source>-<target>-<YYYY-MM>`; an empty prefix leaves them
  /// without id.
  std::string id_prefix = "gdelt-month";
};

/// The counted events of one directed pair of states in one calendar month.
struct gdelt_window {
  actor_id source;  ///< The state of GDELT's Actor1 (the event's initiator).
  actor_id target;  ///< The state of GDELT's Actor2 (the event's target).
  date month;       ///< The calendar month, at month precision.
  /// Events per GDELT QuadClass: [0] verbal cooperation, [1] material cooperation, [2] verbal
  /// conflict, [3] material conflict.
  std::array<std::uint32_t, 4> quad_counts{};
  double mean_goldstein = 0;          ///< Mean of the events' Goldstein values (-10 to +10).
  std::vector<std::string> events{};  ///< Ids of the events counted, in the graph's order.
  /// `cooperation` or `conflict` if the window passes the thresholds; empty otherwise.
  std::optional<relation_kind> kind{};

  /// The number of events counted.
  std::uint32_t count() const noexcept {
    return quad_counts[0] + quad_counts[1] + quad_counts[2] + quad_counts[3];
  }
};

/// What `aggregate_gdelt_monthly` found.
struct gdelt_monthly {
  /// Every (source, target, month) with at least one counted event, ordered by month, then
  /// source id, then target id.
  std::vector<gdelt_window> windows{};
  /// One relation per window that passes the thresholds, in the order of `windows`, ready for
  /// `knowledge_graph::add_relation`.
  std::vector<relation_spec> relations{};
  std::uint64_t events_counted = 0;     ///< Events in some window.
  std::uint64_t events_one_sided = 0;   ///< Events with a state on one side only: not dyadic.
  std::uint64_t events_self = 0;        ///< Events whose two sides are the same state.
  std::uint64_t events_incomplete = 0;  ///< Events without date, Goldstein value or QuadClass.
};

/// Aggregates the GDELT events of a graph into directed dyadic relations per calendar month.
///
/// An event is counted if it cites `options.source`, has one `initiator` and one `target`
/// participant (Actor1's and Actor2's states, as the `gdelt` loader adds them) that differ, a
/// start date, and the quantities `goldstein` and `quad_class` (1-4). Its window is
/// (initiator, target, calendar month of its start). A window with at least `min_events` events
/// and a mean Goldstein value >= `+threshold` gives a `cooperation` relation, <= `-threshold` a
/// `conflict` relation, over [month, next month). Each such relation:
/// - has weight = the share of its side among the window's events (QuadClass 1-2 for
///   cooperation, 3-4 for conflict), in [0, 1];
/// - cites `options.source` once per event it rests on, with the event's id as the locator;
/// - states the quantities `events`, `mean_goldstein`, `verbal_cooperation`,
///   `material_cooperation`, `verbal_conflict` and `material_conflict`, and sums them up in its
///   note; its subkind is "monthly".
///
/// The graph is only read: add the relations yourself (they need the graph's actors and the
/// cited source, which the loaded events guarantee). The format `gdelt-monthly` of `io::load`
/// does both steps with the default options. O(E log W) for E events and W windows.
/// @throws data_error `invalid_value` if `options.threshold` is negative or not finite.
///
/// **Example**
/// ```
/// const geokg::io::input in{"gdelt", "gdelt1_events_georgia_2011-06.csv", {}};
/// auto [g, report] = geokg::io::load(std::span(&in, 1), {.on_error =
/// geokg::io::error_mode::collect}); const auto monthly = geokg::io::aggregate_gdelt_monthly(g,
/// {.threshold = 2.0}); for (const auto& r : monthly.relations) g.add_relation(r);
/// ```
gdelt_monthly aggregate_gdelt_monthly(const knowledge_graph& g,
                                      const gdelt_monthly_options& options = {});

}  // namespace geokg::io
