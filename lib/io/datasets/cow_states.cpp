// SPDX-License-Identifier: MIT
// COW State System Membership v2016: states with their membership spells, and major powers.

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "cow_fields.hpp"
#include "dataset_text.hpp"
#include "loaders.hpp"

namespace geokg::io::detail {
namespace {

source_document cow_states_source() {
  return source_document{
      "cow_states_2016",
      source_kind::dataset,
      "State System Membership List, v2016",
      "Correlates of War Project",
      "Correlates of War Project",
      parse_date("2017"),
      "https://correlatesofwar.org/data-sets/state-system-membership/",
      std::nullopt,
      "Cite: Correlates of War Project. 2017. \"State System Membership List, v2016.\""};
}

constexpr std::string_view major_powers_id = "COW-MAJORS";

actor major_powers() {
  actor a{actor_id(major_powers_id), actor_kind::other};
  a.name = "Major powers (COW)";
  a.note =
      "The group of states the Correlates of War Project codes as major powers "
      "(majors2016.csv); membership relations give each state's spells.";
  return a;
}

void load_majors(const std::filesystem::path& file, dataset_context& ctx) {
  auto text = read_dataset_text(file, ctx.options);
  const auto* path = ctx.builder.intern_path(file.string());
  table_reader t(text, path);
  const auto c_code = t.require("ccode"), c_sy = t.require("styear"), c_sm = t.require("stmonth"),
             c_sd = t.require("stday"), c_ey = t.require("endyear"), c_em = t.require("endmonth"),
             c_ed = t.require("endday");
  ctx.states.define_other(major_powers());
  for_each_row(t, ctx, record_kind::relation, [&] {
    const auto code = cow_int(t, c_code);
    if (!code) fail(errc::missing_field, "no COW code", t.where(c_code));
    const auto id = ctx.states.cow_state(*code, t.where(c_code));
    const auto first = cow_date(t, c_sy, c_sm, c_sd);
    auto last = cow_date(t, c_ey, c_em, c_ed);
    // 2016-12-31 closes the data, not the status.
    if (last && last->year() == 2016 && last->month() == 12 && last->day() == 31) last.reset();
    relation_spec r{id, actor_id(major_powers_id), relation_kind::membership,
                    cow_span(first, last, t, c_ey)};
    r.subkind = "major_power";
    r.info.citations.push_back(
        {"cow_states_2016", "majors2016.csv line " + std::to_string(t.line()), {}, {}});
    ctx.builder.add_relation(std::move(r),
                             t.origin_as({{"source", c_code}, {"start", c_sy}, {"end", c_ey}}));
  });
}

}  // namespace

void load_cow_states(const input& in, dataset_context& ctx) {
  const auto file = dataset_path(in.path, "states2016.csv");
  auto text = read_dataset_text(file, ctx.options);
  const auto* path = ctx.builder.intern_path(file.string());
  table_reader t(text, path);
  const auto c_abb = t.require("stateabb"), c_code = t.require("ccode"),
             c_name = t.require("statenme"), c_sy = t.require("styear"),
             c_sm = t.require("stmonth"), c_sd = t.require("stday"), c_ey = t.require("endyear"),
             c_em = t.require("endmonth"), c_ed = t.require("endday");
  add_dataset_source(ctx, cow_states_source());
  // Spells by state id, in file order; the actors are made once every spell is known.
  std::map<std::string, std::vector<interval>> spells;
  std::vector<std::string> order;
  for_each_row(t, ctx, record_kind::actor, [&] {
    const auto code = cow_int(t, c_code);
    if (!code) fail(errc::missing_field, "no COW code", t.where(c_code));
    const auto* entry = ctx.states.codes().by_cow(static_cast<int>(*code));
    if (entry == nullptr)
      fail(errc::unknown_actor,
           "COW code " + std::to_string(*code) + " (" + std::string(t[c_name]) +
               ") is not in geokg's state table; regenerate it with scripts/make_state_codes.py",
           t.where(c_code));
    if (entry->cow_abbrev != t[c_abb])
      ctx.builder.warn({severity::warning, errc::invalid_value, t.where(c_abb),
                        "abbreviation '" + std::string(t[c_abb]) + "' differs from geokg's '" +
                            entry->cow_abbrev + "' for COW " + std::to_string(*code)});
    const auto first = cow_date(t, c_sy, c_sm, c_sd);
    auto last = cow_date(t, c_ey, c_em, c_ed);
    if (last && last->year() == 2016 && last->month() == 12 && last->day() == 31) last.reset();
    const auto key = std::string(entry->id.view());
    if (!spells.contains(key)) order.push_back(key);
    spells[key].push_back(cow_span(first, last, t, c_ey));
  });
  for (const auto& id : order) {
    auto a = ctx.states.codes().make_actor(id);
    // The file's spells are the existence (the table's come from v2016 too, but a user may load
    // another version of the file).
    auto& s = spells[id];
    std::sort(s.begin(), s.end(), [](const interval& x, const interval& y) {
      return x.start().value_or(date{}).first_day() < y.start().value_or(date{}).first_day();
    });
    std::vector<interval> joined;
    for (const auto& spell : s) {
      if (!joined.empty() && joined.back().end() && spell.start() &&
          joined.back().end()->first_day() == spell.start()->first_day())
        joined.back() = interval(joined.back().start(), spell.end());
      else
        joined.push_back(spell);
    }
    a.existence = std::move(joined);
    a.note = "COW state system member (states2016.csv).";
    ctx.states.define(std::move(a));
  }
  std::error_code ec;
  const auto majors = file.parent_path() / "majors2016.csv";
  if (std::filesystem::exists(majors, ec)) load_majors(majors, ctx);
}

}  // namespace geokg::io::detail
