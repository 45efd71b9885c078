// SPDX-License-Identifier: MIT
// COW Militarized Interstate Disputes 5.0: each dispute an n-ary event with its participants on
// two sides, and a dispute relation for each pair of states on opposite sides.

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

constexpr std::string_view source_id = "cow_mid_5";

source_document mid_source() {
  return source_document{
      std::string(source_id),
      source_kind::dataset,
      "Militarized Interstate Disputes, v5.0",
      "Palmer, McManus, D'Orazio, Kenwick, Karstens, Bloch, Dietrich, Kahn, Ritter and Soules",
      "Correlates of War Project",
      parse_date("2022"),
      "https://correlatesofwar.org/data-sets/mids/",
      std::nullopt,
      "Cite: Palmer et al. 2022, \"The MID5 Dataset, 2011-2014\", Conflict Management and "
      "Peace Science 39(4): 470-482."};
}

constexpr std::array<std::string_view, 6> hostility_levels = {
    "", "no militarized action", "threat to use force", "display of force", "use of force", "war"};

constexpr std::array<std::string_view, 22> actions = {"no militarized action",
                                                      "threat to use force",
                                                      "threat to blockade",
                                                      "threat to occupy territory",
                                                      "threat to declare war",
                                                      "threat to use CBR weapons",
                                                      "threat to join war",
                                                      "show of force",
                                                      "alert",
                                                      "nuclear alert",
                                                      "mobilization",
                                                      "fortify border",
                                                      "border violation",
                                                      "blockade",
                                                      "occupation of territory",
                                                      "seizure",
                                                      "attack",
                                                      "clash",
                                                      "declaration of war",
                                                      "use of CBR weapons",
                                                      "begin interstate war",
                                                      "join interstate war"};

constexpr std::array<std::string_view, 10> outcomes = {"",
                                                       "victory for side A",
                                                       "victory for side B",
                                                       "yield by side A",
                                                       "yield by side B",
                                                       "stalemate",
                                                       "compromise",
                                                       "released",
                                                       "unclear",
                                                       "joins ongoing war"};

constexpr std::array<std::string_view, 5> settlements = {"", "negotiated", "imposed", "none",
                                                         "unclear"};

template <std::size_t N>
std::string_view label(const std::array<std::string_view, N>& names,
                       std::optional<std::int64_t> v) {
  return v && *v >= 0 && static_cast<std::size_t>(*v) < N ? names[static_cast<std::size_t>(*v)]
                                                          : std::string_view{};
}

// COW's fatality categories as ranges of deaths.
std::optional<quantity> fatality_range(std::optional<std::int64_t> category) {
  static constexpr std::array<std::pair<double, double>, 7> ranges = {
      {{0, 0}, {1, 25}, {26, 100}, {101, 250}, {251, 500}, {501, 999}, {1000, 1e9}}};
  if (!category || *category < 0 || *category > 6) return std::nullopt;
  const auto [lo, hi] = ranges[static_cast<std::size_t>(*category)];
  return quantity::range(lo, hi, "person");
}

struct participant {
  actor_id state;
  bool side_a = false;
  interval when{};
  std::string locator{};  // "MIDB dispnum 3 ccode 2"
  record_origin origin{};
  std::int64_t hostility = 0;  // MIDB hostlev, 0 if missing
};

struct dispute {
  event_spec spec;
  record_origin origin;
  std::vector<participant> participants;
};

}  // namespace

void load_cow_mid(const input& in, dataset_context& ctx) {
  add_dataset_source(ctx, mid_source());
  std::map<std::int64_t, dispute> disputes;

  const auto a_file = dataset_path(in.path, "MIDA 5.0.csv");
  const auto a_text = read_dataset_text(a_file, ctx.options);
  table_reader a(a_text, ctx.builder.intern_path(a_file.string()));
  const auto c_num = a.require("dispnum"), c_sd = a.require("stday"), c_sm = a.require("stmon"),
             c_sy = a.require("styear"), c_ed = a.require("endday"), c_em = a.require("endmon"),
             c_ey = a.require("endyear"), c_out = a.require("outcome"), c_set = a.require("settle"),
             c_fat = a.require("fatality"), c_fpre = a.require("fatalpre"),
             c_hi = a.require("hiact"), c_host = a.require("hostlev"), c_recip = a.require("recip"),
             c_ongo = a.require("ongo2014");
  for_each_row(a, ctx, record_kind::event, [&] {
    const auto num = cow_int(a, c_num);
    if (!num) fail(errc::missing_field, "no dispute number", a.where(c_num));
    if (disputes.contains(*num))
      fail(errc::duplicate_statement, "dispute " + std::to_string(*num) + " is listed twice",
           a.where(c_num));
    const auto first = cow_date(a, c_sy, c_sm, c_sd);
    const bool ongoing = cow_int(a, c_ongo).value_or(0) == 1;
    const auto last = ongoing ? std::nullopt : cow_date(a, c_ey, c_em, c_ed);
    dispute d;
    d.spec.kind = relation_kind::dispute;
    d.spec.when = cow_span(first, last, a, c_ey);
    d.spec.title = "MID " + std::to_string(*num);
    const auto host = cow_int(a, c_host);
    d.spec.subkind = std::string(label(hostility_levels, host));
    d.spec.info.id = "MID-" + std::to_string(*num);
    std::string& note = d.spec.info.note;
    add_note(note, "highest action", label(actions, cow_int(a, c_hi)));
    add_note(note, "outcome", label(outcomes, cow_int(a, c_out)));
    add_note(note, "settlement", label(settlements, cow_int(a, c_set)));
    if (cow_int(a, c_recip).value_or(0) == 1) add_note(note, "reciprocated", "yes");
    if (ongoing) add_note(note, "ongoing", "at the end of 2014");
    if (const auto exact = cow_int(a, c_fpre)) {
      d.spec.info.quantities.push_back(
          {"fatalities", quantity::exact(static_cast<double>(*exact), "person")});
    } else if (auto range = fatality_range(cow_int(a, c_fat))) {
      d.spec.info.quantities.push_back({"fatalities", *range});
    }
    d.spec.info.citations.push_back(
        {std::string(source_id), "MIDA dispnum " + std::to_string(*num), {}, {}});
    d.origin = a.origin_as({{"id", c_num}, {"start", c_sy}, {"end", c_ey}});
    disputes.emplace(*num, std::move(d));
  });

  const auto b_file = dataset_path(in.path, "MIDB 5.0.csv");
  const auto b_text = read_dataset_text(b_file, ctx.options);
  table_reader b(b_text, ctx.builder.intern_path(b_file.string()));
  const auto b_num = b.require("dispnum"), b_code = b.require("ccode"), b_sd = b.require("stday"),
             b_sm = b.require("stmon"), b_sy = b.require("styear"), b_ed = b.require("endday"),
             b_em = b.require("endmon"), b_ey = b.require("endyear"), b_side = b.require("sidea"),
             b_host = b.require("hostlev");
  for_each_row(b, ctx, record_kind::event, [&] {
    const auto num = cow_int(b, b_num);
    const auto it = num ? disputes.find(*num) : disputes.end();
    if (it == disputes.end())
      fail(errc::unknown_statement,
           "participant of dispute " + std::string(b[b_num]) + ", which MIDA does not list",
           b.where(b_num));
    const auto code = cow_int(b, b_code);
    if (!code) fail(errc::missing_field, "no COW code", b.where(b_code));
    participant p{ctx.states.cow_state(*code, b.where(b_code))};
    p.side_a = cow_int(b, b_side).value_or(0) == 1;
    p.when = cow_span(cow_date(b, b_sy, b_sm, b_sd), cow_date(b, b_ey, b_em, b_ed), b, b_ey);
    if (it->second.spec.when.is_open_end()) p.when = interval(p.when.start(), std::nullopt);
    p.locator = "MIDB dispnum " + std::to_string(*num) + " ccode " + std::to_string(*code);
    p.origin = b.origin_as({{"source", b_code}, {"start", b_sy}, {"end", b_ey}});
    p.hostility = cow_int(b, b_host).value_or(0);
    it->second.participants.push_back(std::move(p));
  });

  for (auto& [num, d] : disputes) {
    for (const auto& p : d.participants) {
      const auto role = p.side_a ? participant_role::side_a : participant_role::side_b;
      const bool listed = std::any_of(
          d.spec.participants.begin(), d.spec.participants.end(),
          [&](const participant_spec& x) { return x.actor == p.state && x.role == role; });
      if (!listed) d.spec.participants.push_back({p.state, role});  // one state, two spells: once
    }
    const auto event_id = d.spec.info.id;
    ctx.builder.add_event(std::move(d.spec), std::move(d.origin));
    // A dispute relation for each pair on opposite sides, over the days both took part.
    for (const auto& x : d.participants) {
      if (!x.side_a) continue;
      for (const auto& y : d.participants) {
        if (y.side_a) continue;
        if (x.state == y.state) {
          ctx.builder.warn({severity::warning, errc::self_relation, y.origin.where("source"),
                            "dispute " + std::to_string(num) + " has " +
                                std::string(x.state.view()) +
                                " on both sides (it changed sides, or two COW codes denote it); no "
                                "relation with itself"});
          continue;
        }
        const auto sx = x.when.start(), sy = y.when.start();
        std::optional<date> start = !sx ? sy : !sy ? sx : std::max(*sx, *sy);
        const auto end_x = x.when.end(), end_y = y.when.end();
        std::optional<date> end = !end_x ? end_y : !end_y ? end_x : std::min(*end_x, *end_y);
        if (end && start && end->first_day() <= start->first_day()) {
          ctx.builder.warn({severity::warning, errc::end_before_start, y.origin.where("start"),
                            "in dispute " + std::to_string(num) + ", " +
                                std::string(x.state.view()) + " and " +
                                std::string(y.state.view()) +
                                " took part at different times; no relation for the pair"});
          continue;
        }
        relation_spec r{x.state, y.state, relation_kind::dispute, interval(start, end)};
        r.event = event_id;
        r.subkind = std::string(label(hostility_levels, std::max(x.hostility, y.hostility)));
        r.info.citations.push_back({std::string(source_id), x.locator + "; " + y.locator, {}, {}});
        ctx.builder.add_relation(std::move(r), y.origin);
      }
    }
  }
}

}  // namespace geokg::io::detail
