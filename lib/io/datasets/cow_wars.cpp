// SPDX-License-Identifier: MIT
// COW War Data v4.0: each inter-state war an n-ary event with its participants on two sides and a
// war relation for each pair of states on opposite sides; extra-state wars as events with their
// state participants.

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "../loader_text.hpp"
#include "cow_fields.hpp"
#include "dataset_text.hpp"
#include "loaders.hpp"

namespace geokg::io::detail {
namespace {

constexpr std::string_view source_id = "cow_wars_4";
constexpr std::string_view inter_file = "Inter-StateWarData_v4.0.csv";
constexpr std::string_view extra_file = "Extra-StateWarData_v4.0.csv";

source_document wars_source() {
  return source_document{
      std::string(source_id),
      source_kind::dataset,
      "COW War Data, v4.0 (Inter-State and Extra-State Wars)",
      "Meredith Reid Sarkees and Frank Wayman",
      "Correlates of War Project",
      std::nullopt,
      "https://correlatesofwar.org/data-sets/cow-war/",
      std::nullopt,
      "Cite: Sarkees, Meredith Reid and Frank Wayman (2010). Resort to War: 1816-2007. "
      "Washington DC: CQ Press. Give the version number (4.0)."};
}

// Outcome codes of the inter-state participant file (codebook v4.0).
constexpr std::array<std::string_view, 9> outcomes = {"",
                                                      "winner",
                                                      "loser",
                                                      "compromise or tie",
                                                      "transformed into another type of war",
                                                      "ongoing",
                                                      "stalemate",
                                                      "continues below war level",
                                                      "changed sides"};

// WhereFought: the single-region codes; the file's other codes are combinations of regions.
std::string region(std::optional<std::int64_t> code) {
  if (!code) return {};
  switch (*code) {
    case 1:
      return "Western Hemisphere";
    case 2:
      return "Europe";
    case 4:
      return "Africa";
    case 6:
      return "Middle East";
    case 7:
      return "Asia";
    case 9:
      return "Oceania";
    default:
      return "region code " + std::to_string(*code);
  }
}

// One row of a war file: a state's part in a war, in one or two spells.
struct participation {
  actor_id state;
  bool side_a = false;
  std::vector<interval> spells{};
  bool ongoing = false;      // an end year of -7
  bool end_unknown = false;  // an end year of -9
  std::string locator{};     // "Inter-State WarNum 151 ccode 2 side 1"
  record_origin origin{};
  std::optional<std::int64_t> deaths{};  // nullopt: -9, unknown
  std::int64_t outcome = 0;
  bool initiator = false;
};

struct war {
  event_spec spec;
  record_origin origin;
  std::vector<participation> rows;
  std::string name;
  std::string trans_from, trans_to;  // war numbers, ", "-separated
  std::optional<std::int64_t> where_fought;
  std::vector<std::string> non_state;  // extra-state: the non-state sides, by name
  std::optional<std::int64_t> non_state_deaths;
  bool non_state_deaths_unknown = false;
};

// The columns of one participation spell.
struct spell_columns {
  std::size_t sy, sm, sd, ey, em, ed;
};

// A spell's half-open interval, or nullopt for an absent second spell (-8 start year). A -7 end
// year (ongoing) or -9 (unknown) leaves the end open, and is recorded in `p`.
std::optional<interval> read_spell(const table_reader& t, const spell_columns& c, participation& p,
                                   bool optional) {
  if (optional && t[c.sy] == "-8") return std::nullopt;
  const auto first = cow_date(t, c.sy, c.sm, c.sd);
  if (!first) fail(errc::missing_field, "no start year", t.where(c.sy));
  if (t[c.ey] == "-7") p.ongoing = true;
  if (t[c.ey] == "-9") p.end_unknown = true;
  return cow_span(first, cow_date(t, c.ey, c.em, c.ed), t, c.ey);
}

// The column of a header name that some releases write with a trailing space ("EndDay2 ").
std::size_t require_trimmed(const table_reader& t, std::string_view name) {
  if (const auto c = t.column(name)) return *c;
  if (const auto c = t.column(std::string(name) + " ")) return *c;
  return t.require(name);  // throws, naming the column
}

// The columns of a war file's two spells (StartYear1 ... EndDay2), looked up in that order.
struct spell_pair {
  spell_columns first, second;
};
spell_pair require_spells(const table_reader& t) {
  const spell_columns first{t.require("StartYear1"), t.require("StartMonth1"),
                            t.require("StartDay1"),  t.require("EndYear1"),
                            t.require("EndMonth1"),  t.require("EndDay1")};
  const spell_columns second{t.require("StartYear2"), t.require("StartMonth2"),
                             t.require("StartDay2"),  t.require("EndYear2"),
                             t.require("EndMonth2"),  require_trimmed(t, "EndDay2")};
  return {first, second};
}

// TransFrom and TransTo: a war number, or several in one quoted cell ("404, 410" in war 79);
// empty for -8 (none) and -9.
std::string war_numbers(const table_reader& t, std::size_t col) {
  std::string out;
  std::string_view rest = t[col];
  if (rest.empty() || rest == "-8" || rest == "-9") return out;
  while (!rest.empty()) {
    const auto comma = rest.find(',');
    auto item = rest.substr(0, comma);
    while (!item.empty() && item.front() == ' ')
      item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ')
      item.remove_suffix(1);
    const bool number = !item.empty() && std::all_of(item.begin(), item.end(), [](char c) {
      return (c >= '0' && c <= '9') || c == '.';
    });
    if (!number)
      fail(errc::wrong_type, "expected war numbers, found '" + std::string(t[col]) + "'",
           t.where(col));
    if (!out.empty()) out += ", ";
    out += item;
    if (comma == std::string_view::npos) break;
    rest.remove_prefix(comma + 1);
  }
  return out;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) {
    if (!out.empty()) out += ", ";
    out += s;
  }
  return out;
}

// The event's span: from the earliest start to the latest end, open if any spell's end is.
interval war_span(const std::vector<participation>& rows) {
  std::optional<date> start, end;
  bool open_end = false;
  for (const auto& p : rows) {
    for (const auto& s : p.spells) {
      if (s.start() && (!start || s.start()->first_day() < start->first_day())) start = s.start();
      if (!s.end())
        open_end = true;
      else if (!end || s.end()->first_day() > end->first_day())
        end = s.end();
    }
  }
  return interval(start, open_end ? std::nullopt : end);
}

// A participant's name in notes: its id, with its side when it fought on both.
std::string label(const war& w, const participation& p) {
  const bool both = std::any_of(w.rows.begin(), w.rows.end(), [&](const participation& q) {
    return q.state == p.state && q.side_a != p.side_a;
  });
  return std::string(p.state.view()) + (both ? (p.side_a ? " (side 1)" : " (side 2)") : "");
}

// Participants, battle deaths and the war-level note of a war's event.
void complete_event(war& w) {
  auto& spec = w.spec;
  spec.when = war_span(w.rows);
  for (const auto& p : w.rows) {
    const auto role = p.side_a ? participant_role::side_a : participant_role::side_b;
    const bool listed = std::any_of(
        spec.participants.begin(), spec.participants.end(),
        [&](const participant_spec& x) { return x.actor == p.state && x.role == role; });
    if (!listed)
      spec.participants.push_back({p.state, role});  // one state, two rows: once per side
  }

  // Battle deaths: the sum of the known figures, one per state, and the states whose figure is -9.
  double total = 0;
  std::vector<std::string> unknown;
  std::vector<std::pair<std::string, double>> per_state;
  for (const auto& p : w.rows) {
    if (!p.deaths) {
      unknown.push_back(label(w, p));
      continue;
    }
    total += static_cast<double>(*p.deaths);
    const auto name = "battle deaths " + std::string(p.state.view());
    auto it = std::find_if(per_state.begin(), per_state.end(),
                           [&](const auto& x) { return x.first == name; });
    if (it == per_state.end())
      per_state.emplace_back(name, static_cast<double>(*p.deaths));
    else
      it->second += static_cast<double>(*p.deaths);
  }
  if (unknown.size() < w.rows.size())
    spec.info.quantities.push_back({"battle deaths", quantity::exact(total, "person")});
  for (const auto& [name, n] : per_state)
    spec.info.quantities.push_back({name, quantity::exact(n, "person")});
  if (w.non_state_deaths)
    spec.info.quantities.push_back(
        {"non-state deaths", quantity::exact(static_cast<double>(*w.non_state_deaths), "person")});

  auto& note = spec.info.note;
  if (!w.non_state.empty()) add_note(note, "non-state side", join(w.non_state));
  // Outcomes grouped by value, in the order they first appear.
  std::vector<std::pair<std::int64_t, std::vector<std::string>>> by_outcome;
  for (const auto& p : w.rows) {
    if (p.outcome <= 0 || p.outcome >= static_cast<std::int64_t>(outcomes.size())) continue;
    auto it = std::find_if(by_outcome.begin(), by_outcome.end(),
                           [&](const auto& x) { return x.first == p.outcome; });
    if (it == by_outcome.end()) it = by_outcome.insert(by_outcome.end(), {p.outcome, {}});
    it->second.push_back(label(w, p));
  }
  for (const auto& [code, states] : by_outcome)
    add_note(note, outcomes[static_cast<std::size_t>(code)], join(states));
  std::vector<std::string> initiators;
  for (const auto& p : w.rows)
    if (p.initiator) initiators.push_back(label(w, p));
  add_note(note, "initiated by", join(initiators));
  add_note(note, "fought in", region(w.where_fought));
  add_note(note, "transformed from war", w.trans_from);
  add_note(note, "transformed into war", w.trans_to);
  if (!unknown.empty()) add_note(note, "battle deaths unknown (-9)", join(unknown));
  if (w.non_state_deaths_unknown) add_note(note, "non-state deaths", "unknown (-9) for some rows");
  std::vector<std::string> ongoing, end_unknown;
  for (const auto& p : w.rows) {
    if (p.ongoing) ongoing.push_back(label(w, p));
    if (p.end_unknown) end_unknown.push_back(label(w, p));
  }
  add_note(note, "ongoing at the end of the data (-7)", join(ongoing));
  add_note(note, "end unknown (-9)", join(end_unknown));
}

// A war relation for each pair of states on opposite sides, over each overlap of their spells.
void add_war_relations(std::int64_t num, const war& w, const std::string& event_id,
                       dataset_context& ctx) {
  for (const auto& x : w.rows) {
    if (!x.side_a) continue;
    for (const auto& y : w.rows) {
      if (y.side_a) continue;
      if (x.state == y.state) {
        ctx.builder.warn({severity::warning, errc::self_relation, y.origin.where("source"),
                          "war " + std::to_string(num) + " has " + std::string(x.state.view()) +
                              " on both sides (it changed sides, or two COW codes denote it); no "
                              "relation with itself"});
        continue;
      }
      bool any = false;
      for (const auto& sx : x.spells) {
        for (const auto& sy : y.spells) {
          const auto a = sx.start(), b = sy.start();
          const std::optional<date> start = !a   ? b
                                            : !b ? a
                                                 : (a->first_day() < b->first_day() ? b : a);
          const auto ea = sx.end(), eb = sy.end();
          const std::optional<date> end = !ea   ? eb
                                          : !eb ? ea
                                                : (ea->first_day() < eb->first_day() ? ea : eb);
          const auto overlap = interval::make(start, end);
          if (!overlap) continue;
          any = true;
          relation_spec r{x.state, y.state, relation_kind::war, *overlap};
          r.event = event_id;
          r.subkind = w.spec.subkind;
          r.info.citations.push_back(
              {std::string(source_id), x.locator + "; " + y.locator, {}, {}});
          ctx.builder.add_relation(std::move(r), y.origin);
        }
      }
      if (!any)
        ctx.builder.warn({severity::warning, errc::end_before_start, y.origin.where("start"),
                          "in war " + std::to_string(num) + ", " + std::string(x.state.view()) +
                              " and " + std::string(y.state.view()) +
                              " took part at different times; no relation for the pair"});
    }
  }
}

void load_inter_state(const std::filesystem::path& file, dataset_context& ctx) {
  const auto text = read_dataset_text(file, ctx.options, text_encoding::utf8_or_cp1252);
  table_reader t(text, ctx.builder.intern_path(file.string()));
  const auto c_num = t.require("WarNum"), c_name = t.require("WarName"),
             c_code = t.require("ccode"), c_side = t.require("Side"),
             c_from = t.require("TransFrom"), c_where = t.require("WhereFought"),
             c_init = t.require("Initiator"), c_out = t.require("Outcome"),
             c_to = t.require("TransTo"), c_deaths = t.require("BatDeath");
  const auto spells = require_spells(t);
  const auto& s1 = spells.first;
  const auto& s2 = spells.second;
  std::map<std::int64_t, war> wars;
  for_each_row(t, ctx, record_kind::event, [&] {
    const auto num = cow_int(t, c_num);
    if (!num) fail(errc::missing_field, "no war number", t.where(c_num));
    const auto code = cow_int(t, c_code);
    if (!code) fail(errc::missing_field, "no COW code", t.where(c_code));
    const auto side = cow_int(t, c_side);
    if (side != 1 && side != 2)
      fail(errc::invalid_value, "side must be 1 or 2, not '" + std::string(t[c_side]) + "'",
           t.where(c_side));
    participation p{ctx.states.cow_state(*code, t.where(c_code))};
    p.side_a = side == 1;
    p.spells.push_back(*read_spell(t, s1, p, false));
    if (auto second = read_spell(t, s2, p, true)) p.spells.push_back(*second);
    p.deaths = cow_int(t, c_deaths);
    p.outcome = cow_int(t, c_out).value_or(0);
    if (p.outcome < 0 || p.outcome >= static_cast<std::int64_t>(outcomes.size()))
      fail(errc::invalid_value, "unknown outcome code '" + std::string(t[c_out]) + "' (1-8)",
           t.where(c_out));
    p.initiator = cow_int(t, c_init).value_or(0) == 1;
    p.locator = "Inter-State WarNum " + std::to_string(*num) + " ccode " + std::to_string(*code) +
                " side " + std::to_string(*side);
    p.origin = t.origin_as({{"source", c_code}, {"start", s1.sy}, {"end", s1.ey}});
    auto trans_from = war_numbers(t, c_from), trans_to = war_numbers(t, c_to);
    const auto where_fought = cow_int(t, c_where);

    // Every cell is read: the row can no longer be rejected, so its war may be made.
    auto [it, fresh] = wars.try_emplace(*num);
    war& w = it->second;
    if (fresh) {
      w.name = std::string(t[c_name]);
      w.spec.kind = relation_kind::war;
      w.spec.title = w.name;
      w.spec.subkind = "inter_state";
      w.spec.info.id = "WAR-" + std::to_string(*num);
      w.spec.info.citations.push_back(
          {std::string(source_id), "Inter-State WarNum " + std::to_string(*num), {}, {}});
      w.origin = t.origin_as({{"id", c_num}, {"title", c_name}, {"start", s1.sy}, {"end", s1.ey}});
      w.where_fought = where_fought;
    } else if (w.name != t[c_name]) {
      ctx.builder.warn({severity::warning, errc::invalid_value, t.where(c_name),
                        "war " + std::to_string(*num) + " is named '" + std::string(t[c_name]) +
                            "' here but '" + w.name +
                            "' on an earlier row; the first name is kept"});
    }
    // A later row may name the transformation that an earlier one left as -8.
    if (w.trans_from.empty()) w.trans_from = std::move(trans_from);
    if (w.trans_to.empty()) w.trans_to = std::move(trans_to);
    w.rows.push_back(std::move(p));
  });

  for (auto& [num, w] : wars) {
    complete_event(w);
    const auto event_id = w.spec.info.id;
    ctx.builder.add_event(w.spec, w.origin);
    add_war_relations(num, w, event_id, ctx);
  }
}

// Extra-state wars: a state against a non-state entity outside its borders. Each row names one
// state (ccode1 on side A, or ccode2 on side B) and the opposing side by name; the event lists the
// states, and the note the non-state sides.
void load_extra_state(const std::filesystem::path& file, dataset_context& ctx) {
  const auto text = read_dataset_text(file, ctx.options, text_encoding::utf8_or_cp1252);
  table_reader t(text, ctx.builder.intern_path(file.string()));
  const auto c_num = t.require("WarNum"), c_name = t.require("WarName"),
             c_type = t.require("WarType"), c_code1 = t.require("ccode1"),
             c_name1 = t.require("SideA"), c_code2 = t.require("ccode2"),
             c_name2 = t.require("SideB"), c_from = t.require("TransFrom"),
             c_to = t.require("TransTo"), c_where = t.require("WhereFought"),
             c_deaths = t.require("BatDeath"), c_ns_deaths = t.require("NonStateDeaths");
  const auto spells = require_spells(t);
  const auto& s1 = spells.first;
  const auto& s2 = spells.second;
  std::map<std::int64_t, war> wars;
  for_each_row(t, ctx, record_kind::event, [&] {
    const auto num = cow_int(t, c_num);
    if (!num) fail(errc::missing_field, "no war number", t.where(c_num));
    const auto code1 = cow_int(t, c_code1), code2 = cow_int(t, c_code2);
    if (!code1 && !code2)
      fail(errc::missing_field, "neither ccode1 nor ccode2 names a state", t.where(c_code1));
    if (code1 && code2)
      fail(errc::invalid_value, "both ccode1 and ccode2 name a state; an extra-state row has one",
           t.where(c_code2));
    const auto code_col = code1 ? c_code1 : c_code2;
    const auto code = code1 ? *code1 : *code2;
    participation p{ctx.states.cow_state(code, t.where(code_col))};
    p.side_a = code1.has_value();
    p.spells.push_back(*read_spell(t, s1, p, false));
    if (auto second = read_spell(t, s2, p, true)) p.spells.push_back(*second);
    p.deaths = cow_int(t, c_deaths);
    p.origin = t.origin_as({{"source", code_col}, {"start", s1.sy}, {"end", s1.ey}});
    // The other side's name: a non-state entity (-8 when the row names none).
    const auto other = code1 ? t[c_name2] : t[c_name1];
    auto trans_from = war_numbers(t, c_from), trans_to = war_numbers(t, c_to);
    const auto where_fought = cow_int(t, c_where);
    const auto type = cow_int(t, c_type);
    const auto ns_deaths = cow_int(t, c_ns_deaths);

    // Every cell is read: the row can no longer be rejected, so its war may be made.
    auto [it, fresh] = wars.try_emplace(*num);
    war& w = it->second;
    if (fresh) {
      w.name = std::string(t[c_name]);
      w.spec.kind = relation_kind::war;
      w.spec.title = w.name;
      w.spec.subkind = type == 2   ? "extra_state_colonial"
                       : type == 3 ? "extra_state_imperial"
                                   : "extra_state";
      w.spec.info.id = "WAR-" + std::to_string(*num);
      w.spec.info.citations.push_back(
          {std::string(source_id), "Extra-State WarNum " + std::to_string(*num), {}, {}});
      w.origin = t.origin_as({{"id", c_num}, {"title", c_name}, {"start", s1.sy}, {"end", s1.ey}});
      w.where_fought = where_fought;
    }
    if (w.trans_from.empty()) w.trans_from = std::move(trans_from);
    if (w.trans_to.empty()) w.trans_to = std::move(trans_to);
    if (!other.empty() && other != "-8" && other != "-9" &&
        std::find(w.non_state.begin(), w.non_state.end(), other) == w.non_state.end())
      w.non_state.emplace_back(other);
    if (ns_deaths)
      w.non_state_deaths = w.non_state_deaths.value_or(0) + *ns_deaths;
    else if (t[c_ns_deaths] == "-9")
      w.non_state_deaths_unknown = true;
    w.rows.push_back(std::move(p));
  });

  for (auto& [num, w] : wars) {
    complete_event(w);
    ctx.builder.add_event(w.spec, w.origin);
  }
}

}  // namespace

void load_cow_wars(const input& in, dataset_context& ctx) {
  add_dataset_source(ctx, wars_source());
  load_inter_state(dataset_path(in.path, inter_file), ctx);
  // A folder may also hold the extra-state file of the same release.
  std::error_code ec;
  if (std::filesystem::is_directory(in.path, ec) &&
      std::filesystem::exists(in.path / std::string(extra_file), ec))
    load_extra_state(in.path / std::string(extra_file), ctx);
}

}  // namespace geokg::io::detail
