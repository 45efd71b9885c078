// SPDX-License-Identifier: MIT
// The state identity table: parsing, lookups and actors.

#include "geokg/io/state_codes.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>

#include "datasets/state_table.hpp"
#include "datasets/table_reader.hpp"
#include "geokg/core/error.hpp"

namespace geokg::io {
namespace {

std::optional<date> day_cell(const detail::table_reader& t, std::size_t col) {
  if (t[col].empty()) return std::nullopt;
  const auto d = parse_date(t[col]);
  if (!d || d->precision() != date_precision::day)
    detail::fail(errc::invalid_date,
                 "expected a day YYYY-MM-DD, found " + detail::quote_text(t[col]), t.where(col));
  return d;
}

// Spells of one id, merged where one ends the day the next starts (DEU 260 then 255 in 1990).
std::vector<interval> merged(std::vector<interval> spells) {
  std::sort(spells.begin(), spells.end(), [](const interval& a, const interval& b) {
    return a.start().value_or(date{}).first_day() < b.start().value_or(date{}).first_day();
  });
  std::vector<interval> out;
  for (const auto& s : spells) {
    if (!out.empty() && out.back().end() && s.start() &&
        out.back().end()->first_day() == s.start()->first_day()) {
      out.back() = interval(out.back().start(), s.end());
    } else {
      out.push_back(s);
    }
  }
  return out;
}

}  // namespace

std::string state_codes::normalize_name(std::string_view name) {
  std::string out;
  bool space = false;
  for (const char ch : name) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) != 0 && c < 0x80) {
      if (space && !out.empty()) out += ' ';
      space = false;
      out += static_cast<char>(std::tolower(c));
    } else if (c >= 0x80) {
      if (space && !out.empty()) out += ' ';
      space = false;
      out += ch;  // non-ASCII letters are kept as they are ("Côte")
    } else {
      space = true;
    }
  }
  return out;
}

state_codes state_codes::builtin() {
  return from_csv(detail::builtin_states_csv(), detail::builtin_names_csv());
}

state_codes state_codes::from_csv(std::string_view states_csv, std::string_view names_csv) {
  state_codes table;
  const std::string states_path = "<states table>";
  const std::string names_path = "<names table>";
  try {
    detail::table_reader t(states_csv, &states_path);
    const auto c_id = t.require("id"), c_cow = t.require("cow"), c_abbrev = t.require("cow_abbrev"),
               c_name = t.require("name"), c_start = t.require("start"), c_end = t.require("end"),
               c_gw = t.require("gw"), c_a2 = t.require("iso_alpha2"),
               c_num = t.require("iso_numeric"), c_fips = t.require("fips"),
               c_cameo = t.require("cameo");
    while (t.next()) {
      const auto id = detail::to_actor_id(t[c_id], t.where(c_id));
      const auto cow = detail::int_cell(t, c_cow);
      std::optional<interval> spell;
      if (const auto start = day_cell(t, c_start))
        spell = detail::to_interval(start, day_cell(t, c_end), t.where(c_end));
      // One entry per (id, COW code): further rows of the same code add spells.
      state_entry* entry = nullptr;
      if (cow) {
        if (const auto it = table.by_cow_.find(static_cast<int>(*cow)); it != table.by_cow_.end()) {
          entry = &table.entries_[it->second];
          if (entry->id != id)
            detail::fail(
                errc::duplicate_actor,
                "COW code " + std::to_string(*cow) + " is already " + std::string(entry->id.view()),
                t.where(c_cow));
        }
      }
      if (entry == nullptr) {
        state_entry e{id,
                      std::string(t[c_name]),
                      cow ? std::optional<int>(static_cast<int>(*cow)) : std::nullopt,
                      std::string(t[c_abbrev]),
                      {},
                      std::string(t[c_gw]),
                      std::string(t[c_a2]),
                      std::string(t[c_num]),
                      std::string(t[c_fips]),
                      {}};
        for (std::size_t b = 0, n = t[c_cameo].size(); b < n;) {
          auto e2 = t[c_cameo].find(' ', b);
          if (e2 == std::string_view::npos) e2 = n;
          if (e2 > b) e.cameo.emplace_back(t[c_cameo].substr(b, e2 - b));
          b = e2 + 1;
        }
        const auto index = table.entries_.size();
        table.entries_.push_back(std::move(e));
        entry = &table.entries_.back();
        if (cow) table.by_cow_.emplace(static_cast<int>(*cow), index);
        table.by_id_[std::string(id.view())].push_back(index);
      }
      if (spell) entry->spells.push_back(*spell);
      entry->name = std::string(t[c_name]);  // the latest spell's name
    }
    detail::table_reader n(names_csv, &names_path);
    const auto n_id = n.require("id"), n_name = n.require("name");
    while (n.next()) {
      if (!table.by_id_.contains(std::string(n[n_id])))
        detail::fail(errc::unknown_actor, "name of unknown state " + detail::quote_text(n[n_id]),
                     n.where(n_id));
      auto& ids = table.by_name_[normalize_name(n[n_name])];
      if (std::find(ids.begin(), ids.end(), n[n_id]) == ids.end()) ids.emplace_back(n[n_id]);
      table.names_of_[std::string(n[n_id])].emplace_back(n[n_name]);
    }
  } catch (const detail::record_error& e) {
    throw data_error(e.d);
  }
  // COW names and abbreviations count as names too.
  for (const auto& e : table.entries_) {
    auto& ids = table.by_name_[normalize_name(e.name)];
    if (std::find(ids.begin(), ids.end(), e.id.view()) == ids.end()) ids.emplace_back(e.id.view());
  }
  return table;
}

const state_entry* state_codes::by_cow(int code) const noexcept {
  const auto it = by_cow_.find(code);
  return it == by_cow_.end() ? nullptr : &entries_[it->second];
}

const state_entry* state_codes::by_cow(int code, date at) const noexcept {
  const auto* e = by_cow(code);
  return e != nullptr && e->member_at(at) ? e : nullptr;
}

std::vector<const state_entry*> state_codes::by_id(std::string_view id) const {
  std::vector<const state_entry*> out;
  if (const auto it = by_id_.find(std::string(id)); it != by_id_.end())
    for (const auto i : it->second)
      out.push_back(&entries_[i]);
  return out;
}

std::optional<actor_id> state_codes::by_code(code_system system, std::string_view code) const {
  if (system == code_system::cow) {
    const auto n = detail::parse_int64(code);
    if (!n || *n < 0 || *n > 100000) return std::nullopt;
    if (const auto* e = by_cow(static_cast<int>(*n))) return e->id;
    return std::nullopt;
  }
  std::optional<actor_id> found;
  for (const auto& e : entries_) {
    bool hit = false;
    switch (system) {
      case code_system::iso_alpha3:
        hit = e.id.view() == code && !e.id.view().starts_with("COW-");
        break;
      case code_system::iso_alpha2:
        hit = e.iso_alpha2 == code;
        break;
      case code_system::iso_numeric:
        hit = e.iso_numeric == code;
        break;
      case code_system::gleditsch_ward:
        hit = e.gleditsch_ward == code;
        break;
      case code_system::cow_abbrev:
        hit = e.cow_abbrev == code;
        break;
      case code_system::cameo:
        hit = std::find(e.cameo.begin(), e.cameo.end(), code) != e.cameo.end();
        break;
      default:
        break;
    }
    if (!hit) continue;
    if (found && *found != e.id) return std::nullopt;  // ambiguous
    found = e.id;
  }
  return found;
}

std::vector<actor_id> state_codes::by_name(std::string_view name) const {
  std::vector<actor_id> out;
  if (const auto it = by_name_.find(normalize_name(name)); it != by_name_.end())
    for (const auto& id : it->second)
      out.emplace_back(id);
  return out;
}

std::optional<actor_id> state_codes::by_name(std::string_view name, date at) const {
  std::optional<actor_id> found;
  for (auto& id : by_name(name)) {
    bool alive = false;
    bool any_spell = false;
    for (const auto* e : by_id(id.view())) {
      any_spell = any_spell || !e->spells.empty();
      alive = alive || e->member_at(at);
    }
    if (!alive && any_spell) continue;
    if (found) return std::nullopt;
    found = std::move(id);
  }
  return found;
}

actor state_codes::make_actor(std::string_view id) const {
  const auto entries = by_id(id);
  if (entries.empty())
    throw lookup_error("no state '" + std::string(id) + "' in the state code table");
  actor a{entries.front()->id, actor_kind::state};
  std::vector<interval> all;
  const auto add = [&](code_system s, const std::string& v, const std::vector<interval>& when) {
    if (v.empty()) return;
    if (when.empty()) {
      a.codes.push_back({s, v, {}});
      return;
    }
    for (const auto& w : merged(when))
      a.codes.push_back({s, v, w});
  };
  // The name of the entry with the latest spell (DEU: "Germany", not "German Federal Republic").
  const state_entry* latest = entries.front();
  for (const auto* e : entries) {
    if (!e->spells.empty() && !latest->spells.empty() && e->spells.back().end() &&
        (!latest->spells.back().end() || *e->spells.back().end() < *latest->spells.back().end()))
      continue;
    if (!e->spells.empty()) latest = e;
  }
  a.name = latest->name;
  for (const auto* e : entries) {
    all.insert(all.end(), e->spells.begin(), e->spells.end());
    if (e->cow) add(code_system::cow, std::to_string(*e->cow), e->spells);
    add(code_system::cow_abbrev, e->cow_abbrev, e->spells);
    add(code_system::gleditsch_ward, e->gleditsch_ward, e->spells);
    if (e->name != a.name) a.aliases.push_back(e->name);
  }
  const auto* first = entries.front();
  if (!id.starts_with("COW-")) add(code_system::iso_alpha3, std::string(id), {});
  add(code_system::iso_alpha2, first->iso_alpha2, {});
  add(code_system::iso_numeric, first->iso_numeric, {});
  for (const auto& c : first->cameo)
    add(code_system::cameo, c, {});
  if (!first->fips.empty()) add(code_system::other, "fips:" + first->fips, {});
  a.existence = merged(std::move(all));
  if (const auto it = names_of_.find(std::string(id)); it != names_of_.end()) {
    for (const auto& n : it->second) {
      if (n != a.name && std::find(a.aliases.begin(), a.aliases.end(), n) == a.aliases.end())
        a.aliases.push_back(n);
    }
  }
  a.note = "State identity from geokg's built-in table (COW state system v2016, ISO 3166).";
  return a;
}

}  // namespace geokg::io
