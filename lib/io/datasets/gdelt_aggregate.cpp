// SPDX-License-Identifier: MIT
// Monthly dyadic aggregates of GDELT events (include/geokg/io/gdelt_aggregate.hpp).

#include "geokg/io/gdelt_aggregate.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <string_view>
#include <tuple>
#include <utility>

#include "gdelt.hpp"
#include "geokg/core/error.hpp"

namespace geokg::io {
namespace detail {
namespace {

constexpr std::array<std::string_view, 4> quad_names = {
    "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"};
constexpr std::array<std::string_view, 4> quad_quantities = {
    "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"};

std::string two_decimals(double v) {
  char buf[32];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 2);
  return ec == std::errc() ? std::string(buf, end) : std::to_string(v);
}

std::string month_text(date m) {
  return to_string(m);
}  // "2011-06"

relation_spec window_relation(const gdelt_window& w, const gdelt_monthly_options& options) {
  const auto next = w.month.month() == 12
                        ? date::from_year_month(w.month.year() + 1, 1)
                        : date::from_year_month(w.month.year(), w.month.month() + 1);
  relation_spec r{w.source, w.target, *w.kind, interval(w.month, next)};
  const auto n = w.count();
  const bool coop = *w.kind == relation_kind::cooperation;
  const auto side =
      coop ? w.quad_counts[0] + w.quad_counts[1] : w.quad_counts[2] + w.quad_counts[3];
  r.weight = static_cast<double>(side) / static_cast<double>(n);
  r.subkind = "monthly";
  if (!options.id_prefix.empty()) {
    auto id =
        options.id_prefix + "-" + w.source.str() + "-" + w.target.str() + "-" + month_text(w.month);
    if (is_valid_id(id)) r.info.id = std::move(id);
  }
  r.info.citations.reserve(w.events.size());
  for (const auto& e : w.events)
    r.info.citations.push_back({options.source, e, {}, {}});
  r.info.quantities.push_back({"events", quantity::exact(static_cast<double>(n), "event")});
  r.info.quantities.push_back({"mean_goldstein", quantity::exact(w.mean_goldstein, "")});
  for (std::size_t q = 0; q < 4; ++q)
    r.info.quantities.push_back({std::string(quad_quantities[q]),
                                 quantity::exact(static_cast<double>(w.quad_counts[q]), "event")});
  std::string note = std::to_string(n) + " GDELT events " + w.source.str() + " to " +
                     w.target.str() + " in " + month_text(w.month) + " (";
  for (std::size_t q = 0; q < 4; ++q)
    note +=
        (q == 0 ? "" : ", ") + std::to_string(w.quad_counts[q]) + " " + std::string(quad_names[q]);
  note += "); mean Goldstein " + two_decimals(w.mean_goldstein) + (coop ? " >= " : " <= ") +
          two_decimals(coop ? options.threshold : -options.threshold) + "; weight = share of " +
          (coop ? "cooperative" : "conflictual") + " events";
  r.info.note = std::move(note);
  return r;
}

}  // namespace

gdelt_monthly aggregate_gdelt_records(std::span<const gdelt_record> records,
                                      const gdelt_monthly_options& options) {
  if (!std::isfinite(options.threshold) || options.threshold < 0)
    throw data_error(errc::invalid_value,
                     "the GDELT aggregation threshold must be a finite number >= 0, not " +
                         std::to_string(options.threshold));
  struct sums {
    gdelt_window window;
    double goldstein = 0;
  };
  // (year, month, source, target): the order of `windows`.
  std::map<std::tuple<int, unsigned, std::string_view, std::string_view>, sums> by_window;
  for (const auto& rec : records) {
    const auto key =
        std::tuple{rec.day.year(), rec.day.month(), rec.source.view(), rec.target.view()};
    auto it = by_window.find(key);
    if (it == by_window.end()) {
      const auto month = *date::from_year_month(rec.day.year(), rec.day.month());
      it = by_window.emplace(key, sums{gdelt_window{rec.source, rec.target, month}, 0.0}).first;
    }
    auto& s = it->second;
    ++s.window.quad_counts[static_cast<std::size_t>(rec.quad - 1)];
    s.goldstein += rec.goldstein;
    s.window.events.push_back(rec.id);
  }
  gdelt_monthly out;
  out.events_counted = records.size();
  out.windows.reserve(by_window.size());
  const auto min_events = std::max<std::uint32_t>(options.min_events, 1);
  for (auto& [key, s] : by_window) {
    auto& w = s.window;
    const auto n = w.count();
    w.mean_goldstein = s.goldstein / static_cast<double>(n);
    if (n >= min_events) {
      if (w.mean_goldstein >= options.threshold) {
        w.kind = relation_kind::cooperation;
      } else if (w.mean_goldstein <= -options.threshold) {
        w.kind = relation_kind::conflict;
      }
    }
    if (w.kind) out.relations.push_back(window_relation(w, options));
    out.windows.push_back(std::move(w));
  }
  return out;
}

}  // namespace detail

gdelt_monthly aggregate_gdelt_monthly(const knowledge_graph& g,
                                      const gdelt_monthly_options& options) {
  std::vector<detail::gdelt_record> records;
  std::uint64_t one_sided = 0, self = 0, incomplete = 0;
  for (const event_index i : g.event_indices()) {
    const statement_ref ref{i};
    const auto cites = g.citations_of(ref);
    if (std::none_of(cites.begin(), cites.end(),
                     [&](const citation& c) { return c.source == options.source; }))
      continue;
    const auto& e = g.event_at(i);
    actor_index from = no_index, to = no_index;
    for (const auto& p : e.participants) {
      if (p.role == participant_role::initiator) from = p.actor;
      if (p.role == participant_role::target) to = p.actor;
    }
    std::optional<double> goldstein;
    std::optional<double> quad;
    for (const auto& q : g.quantities_of(ref)) {
      if (q.name == "goldstein") goldstein = q.value.low;
      if (q.name == "quad_class") quad = q.value.low;
    }
    if (from == no_index || to == no_index) {
      ++one_sided;
    } else if (from == to) {
      ++self;
    } else if (!goldstein || !quad || !e.when.start() ||
               !(*quad == 1 || *quad == 2 || *quad == 3 || *quad == 4)) {
      ++incomplete;
    } else {
      const auto id = g.id_of(ref);
      records.push_back({g[from].id, g[to].id, *e.when.start(), static_cast<std::uint8_t>(*quad),
                         *goldstein, id.empty() ? "event #" + to_string(i) : std::string(id)});
    }
  }
  auto out = detail::aggregate_gdelt_records(records, options);
  out.events_one_sided = one_sided;
  out.events_self = self;
  out.events_incomplete = incomplete;
  return out;
}

}  // namespace geokg::io
