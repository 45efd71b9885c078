// SPDX-License-Identifier: MIT
// Analyses over a run of dates (dated_series.hpp): one time index, then per date the active
// relations, the signed snapshot and the measures of `geokg balance` and `geokg series`.
#include "geokg/analysis/dated_series.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "geokg/core/error.hpp"

namespace geokg::analysis {

namespace {

struct measure_info {
  series_measure measure;
  std::string_view name;
  bool count;
};

constexpr std::array<measure_info, 12> measure_table = {{
    {series_measure::relations, "relations", true},
    {series_measure::actors, "actors", true},
    {series_measure::signed_actors, "signed_actors", true},
    {series_measure::positive, "positive", true},
    {series_measure::negative, "negative", true},
    {series_measure::density, "density", false},
    {series_measure::triangles, "triangles", true},
    {series_measure::balanced_share, "balanced_share", false},
    {series_measure::frustration, "frustration", true},
    {series_measure::components, "components", true},
    {series_measure::communities, "communities", true},
    {series_measure::modularity, "modularity", false},
}};

constexpr std::array<series_measure, measure_table.size()> all_measures = [] {
  std::array<series_measure, measure_table.size()> out{};
  for (std::size_t i = 0; i < out.size(); ++i)
    out[i] = measure_table[i].measure;
  return out;
}();

// `info` looks a measure up by its value: the table lists them in the enum's order.
static_assert([] {
  for (std::size_t i = 0; i < measure_table.size(); ++i) {
    if (static_cast<std::size_t>(measure_table[i].measure) != i) return false;
  }
  return true;
}());

const measure_info& info(series_measure m) noexcept {
  return measure_table[static_cast<std::size_t>(m)];
}

// Actors in existence at `d` under the snapshot's time rule, of its `only` kind if set.
std::size_t count_actors(const knowledge_graph& g, date d, const snapshot_options& snap) {
  const auto exists = [&](const actor& a) {
    return a.existence.empty() ||
           std::any_of(a.existence.begin(), a.existence.end(),
                       [&](const interval& spell) { return spell.contains(d, snap.time); });
  };
  return static_cast<std::size_t>(std::count_if(
      g.actors().begin(), g.actors().end(),
      [&](const actor& a) { return (!snap.only || a.kind == *snap.only) && exists(a); }));
}

// Active relations of any kind and sign; with `only`, those between two actors of that kind.
std::size_t count_relations(const knowledge_graph& g, std::span<const relation_index> active,
                            const snapshot_options& snap) {
  if (!snap.only) return active.size();
  return static_cast<std::size_t>(
      std::count_if(active.begin(), active.end(), [&](relation_index r) {
        const auto& rel = g.relation_at(r);
        return g[rel.source].kind == *snap.only && g[rel.target].kind == *snap.only;
      }));
}

}  // namespace

std::vector<date> series_dates(date from, date to, query::step every) {
  if (to.first_day() < from.first_day()) {
    throw data_error(errc::end_before_start,
                     "end " + to_string(to) + " is before start " + to_string(from));
  }
  return query::step_dates(from, to, every);
}

dated_snapshots::dated_snapshots(const knowledge_graph& g, const snapshot_options& options)
    : graph_(&g), options_(options), index_(g, options.time) {}

std::span<const relation_index> dated_snapshots::active(date d) {
  index_.active_at(d, active_);
  return active_;
}

signed_graph dated_snapshots::at(date d) {
  // The date overload of signed_snapshot tests every relation of the graph; the index finds the
  // active ones directly, and the collapse (kinds, actor kind, rule, isolated actors) is shared.
  return signed_snapshot(query::active_set{graph_, d, active(d)}, options_);
}

std::vector<signed_graph> signed_snapshots(const knowledge_graph& g, std::span<const date> dates,
                                           const snapshot_options& options) {
  std::vector<signed_graph> out;
  out.reserve(dates.size());
  dated_snapshots snapshots(g, options);
  for (const date d : dates)
    out.push_back(snapshots.at(d));
  return out;
}

balance_point measure_balance(const signed_graph& sg, date at, const partition_options& options) {
  return {at,
          sg.num_vertices(),
          sg.num_positive(),
          sg.num_negative(),
          count_triads(sg),
          frustration_index(sg, options)};
}

std::vector<balance_point> balance_series(const knowledge_graph& g, std::span<const date> dates,
                                          const snapshot_options& snapshot,
                                          const series_options& options) {
  std::vector<balance_point> out;
  out.reserve(dates.size());
  dated_snapshots snapshots(g, snapshot);
  for (std::size_t i = 0; i < dates.size(); ++i) {
    if (options.on_step) options.on_step(i, dates[i]);
    out.push_back(measure_balance(snapshots.at(dates[i]), dates[i], options.frustration));
  }
  return out;
}

std::span<const series_measure> series_measures() noexcept {
  return all_measures;
}

std::string_view to_string(series_measure m) noexcept {
  return info(m).name;
}

std::optional<series_measure> parse_series_measure(std::string_view text) noexcept {
  for (const auto& m : measure_table) {
    if (m.name == text) return m.measure;
  }
  return std::nullopt;
}

bool is_count(series_measure m) noexcept {
  return info(m).count;
}

series_value measure_at(dated_snapshots& snapshots, series_measure m, date at,
                        const series_options& options) {
  const auto count = [](auto n) { return static_cast<double>(n); };
  const knowledge_graph& g = snapshots.graph();
  series_value out{.at = at};
  if (m == series_measure::actors) {
    out.value = count(count_actors(g, at, snapshots.options()));
    return out;
  }
  if (m == series_measure::relations) {
    out.value = count(count_relations(g, snapshots.active(at), snapshots.options()));
    return out;
  }
  const auto sg = snapshots.at(at);
  const std::size_t n = sg.num_vertices();
  switch (m) {
    case series_measure::actors:
    case series_measure::relations:
      break;  // above, without a snapshot
    case series_measure::signed_actors:
      out.value = count(n);
      break;
    case series_measure::positive:
      out.value = count(sg.num_positive());
      break;
    case series_measure::negative:
      out.value = count(sg.num_negative());
      break;
    case series_measure::density:
      if (n >= 2) out.value = count(sg.num_edges()) / (count(n) * count(n - 1) / 2.0);
      break;
    case series_measure::triangles:
      out.value = count(count_triads(sg).total());
      break;
    case series_measure::balanced_share: {
      const auto t = count_triads(sg);
      if (t.total() != 0) out.value = t.degree_of_balance();
      break;
    }
    case series_measure::frustration: {
      const auto f = frustration_index(sg, options.frustration);
      out.value = count(f.value);
      out.lower = f.lower;
      out.upper = f.upper;
      out.optimal = f.optimal;
      break;
    }
    case series_measure::components:
      out.value = count(positive_components(sg).count);
      break;
    case series_measure::communities:
      out.value = count(louvain_communities(sg, options.louvain).count);
      break;
    case series_measure::modularity:
      // Undefined without positive ties (louvain_communities reports 0 there).
      if (sg.num_positive() != 0) out.value = louvain_communities(sg, options.louvain).modularity;
      break;
  }
  return out;
}

std::vector<series_value> measure_series(const knowledge_graph& g, series_measure m,
                                         std::span<const date> dates,
                                         const snapshot_options& snapshot,
                                         const series_options& options) {
  std::vector<series_value> out;
  out.reserve(dates.size());
  dated_snapshots snapshots(g, snapshot);
  for (std::size_t i = 0; i < dates.size(); ++i) {
    if (options.on_step) options.on_step(i, dates[i]);
    out.push_back(measure_at(snapshots, m, dates[i], options));
  }
  return out;
}

}  // namespace geokg::analysis
