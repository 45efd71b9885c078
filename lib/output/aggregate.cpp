// SPDX-License-Identifier: MIT
#include "geokg/output/aggregate.hpp"

#include <array>
#include <string>

#include "geokg/core/date.hpp"
#include "geokg/events/aggregate.hpp"
#include "geokg/events/plover.hpp"
#include "geokg/events/rule.hpp"
#include "geokg/io/csv_writer.hpp"
#include "geokg/io/json_writer.hpp"

namespace geokg::output {

namespace {

// clang-format off
constexpr std::array<std::string_view, 17> window_columns = {
    "source", "target", "start", "end", "events", "q1", "q2", "q3", "q4", "goldstein_sum",
    "mean_goldstein", "mean_tone", "mentions", "sources", "articles", "kind", "evidence"};
// clang-format on

// A window's days are the days of events a reader parsed, so always in a date's range; the
// fallback keeps a corrupted aggregate from throwing while it is written.
std::string day_text(std::int32_t day) {
  const auto d = date::from_day_number(day);
  return d ? to_string(*d) : std::to_string(day);
}

bool written(const events::window& w, windows_written which) noexcept {
  return which == windows_written::all || w.kind.has_value();
}

// Goldstein sums are kept in exact tenths; as a number they are written in units.
double goldstein_units(std::int64_t tenths) noexcept {
  return static_cast<double>(tenths) / 10.0;
}

}  // namespace

void write_json(io::json_writer& w, const events::aggregation_rule& rule) {
  w.begin_object();
  w.key("window").value(to_string(rule.window));
  w.key("directed").value(rule.directed);
  w.key("quad_classes").begin_array();
  for (int q = 0; q < 4; ++q)
    if (((rule.quad_classes >> q) & 1U) != 0) w.value(q + 1);
  w.end_array();
  w.key("code_prefixes").begin_array();
  for (const auto& p : rule.code_prefixes)
    w.value(p);
  w.end_array();
  w.key("plover").begin_array();
  for (std::size_t c = 1; c <= events::plover_category_count; ++c)
    if (((rule.plover_categories >> (c - 1)) & 1U) != 0)
      w.value(to_string(static_cast<events::plover_category>(c)));
  w.end_array();
  w.key("min_events").value(rule.min_events);
  w.key("goldstein_threshold").value(goldstein_units(rule.goldstein_threshold10));
  w.key("evidence");
  if (rule.evidence)
    w.value(*rule.evidence);
  else
    w.value("all");
  w.end_object();
}

void write_json(io::json_writer& w, const events::row_account& account) {
  w.begin_object();
  w.key("path").value(account.path);
  w.key("read").value(account.read);
  w.key("used").value(account.used);
  w.key("skipped").begin_object();
  for (std::size_t k = 0; k < events::skip_reason_count; ++k)
    w.key(to_string(static_cast<events::skip_reason>(k))).value(account.skipped_by[k]);
  w.end_object();
  w.key("rejected").value(account.rejected);
  w.key("duplicates").value(account.duplicates);
  w.key("unknown_names").begin_object();
  for (const auto& [name, count] : account.unknown_names)
    w.key(name).value(count);
  w.end_object();
  w.key("bytes").value(account.bytes);
  w.end_object();
}

void write_json(io::json_writer& w, const events::window& window) {
  const auto& m = window.m;
  w.begin_object();
  w.key("source").value(window.source.view());
  w.key("target").value(window.target.view());
  w.key("start").value(day_text(window.start));
  w.key("end").value(day_text(window.end));
  w.key("events").value(m.events);
  w.key("q1").value(m.quad[0]).key("q2").value(m.quad[1]);
  w.key("q3").value(m.quad[2]).key("q4").value(m.quad[3]);
  w.key("goldstein_sum").value(goldstein_units(m.goldstein10));
  w.key("mean_goldstein").value(m.mean_goldstein());
  w.key("mean_tone").value(m.mean_tone());
  w.key("mentions").value(m.mentions);
  w.key("sources").value(m.sources);
  w.key("articles").value(m.articles);
  w.key("kind");
  if (window.kind)
    w.value(to_string(*window.kind));
  else
    w.null();
  w.key("evidence").begin_array();
  for (const auto id : m.evidence)
    w.value(id);
  w.end_array();
  w.end_object();
}

void write_json(io::json_writer& w, const events::partial_aggregate& aggregate,
                windows_written which) {
  w.begin_object();
  w.key("rule");
  write_json(w, aggregate.rule());
  w.key("checksum").value(aggregate.checksum());
  w.key("events").value(aggregate.events());
  w.key("filtered").value(aggregate.filtered());
  w.key("duplicates").value(aggregate.duplicates());
  w.key("accounts").begin_array();
  for (const auto& account : aggregate.accounts())
    write_json(w, account);
  w.end_array();
  w.key("windows").begin_array();
  for (const auto& window : aggregate.windows())
    if (written(window, which)) write_json(w, window);
  w.end_array();
  w.end_object();
}

std::span<const std::string_view> aggregate_csv_columns() noexcept {
  return window_columns;
}

void write_csv(io::csv_writer& w, std::span<const events::window> windows, windows_written which) {
  for (const auto column : window_columns)
    w.field(column);
  w.end_row();
  for (const auto& window : windows) {
    if (!written(window, which)) continue;
    const auto& m = window.m;
    w.field(window.source.view()).field(window.target.view());
    w.field(day_text(window.start)).field(day_text(window.end));
    w.number(m.events);
    for (const auto q : m.quad)
      w.number(q);
    w.number(goldstein_units(m.goldstein10)).number(m.mean_goldstein()).number(m.mean_tone());
    w.number(m.mentions).number(m.sources).number(m.articles);
    w.field(window.kind ? to_string(*window.kind) : std::string_view());
    std::string evidence;
    for (const auto id : m.evidence) {
      if (!evidence.empty()) evidence += ' ';
      evidence += std::to_string(id);
    }
    w.field(evidence);
    w.end_row();
  }
}

}  // namespace geokg::output
