// SPDX-License-Identifier: MIT
// Questions on the real record, written with geokg's query vocabulary: the cookbook entries of
// docs/queries.md that use the Correlates of War and ATOP data. Each section prints its answer;
// the output is quoted in docs/queries.md and checked by a golden test.
//
// Usage: real_questions [REAL_DATA_DIR]   (default: ../shared/data/real beside the repository)

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <geokg/geokg.hpp>

namespace {

namespace fs = std::filesystem;
namespace query = geokg::query;
using geokg::actor_index;
using geokg::knowledge_graph;
using geokg::parse_date;
using geokg::relation_kind;

std::string ids(const knowledge_graph& g, const std::vector<actor_index>& actors) {
  std::string out;
  for (const auto a : actors)
    out += (out.empty() ? "" : " ") + std::string(g[a].id.view());
  return out;
}

// 15. Who fought North Korea? Every state on the other side of a militarized dispute with it.
void enemies_of_north_korea(const knowledge_graph& g) {
  fmt::print("15. States in militarized disputes with North Korea, 1948-2014 (COW MID 5.0)\n");
  const auto prk = g.actor_index_of("PRK");
  const auto found = query::neighbors(g, prk, {.kinds = {relation_kind::dispute}});
  std::map<actor_index, std::set<geokg::event_index>> disputes;  // distinct disputes per state
  for (const auto r : found.relations) {
    const auto& rel = g.relation_at(r);
    disputes[rel.source == prk ? rel.target : rel.source].insert(rel.event);
  }
  std::vector<std::pair<std::size_t, actor_index>> ranked;
  for (const auto& [a, events] : disputes)
    ranked.emplace_back(events.size(), a);
  std::sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first > y.first : x.second < y.second;
  });
  for (const auto& [n, a] : ranked)
    fmt::print("  {:<4} {:>3}  {}\n", g[a].id.view(), n, g[a].name);
}

// 16. Whom was the USA allied with in 1960? Alliances active at some day of 1960.
void us_allies(const knowledge_graph& g) {
  const auto usa = g.actor_index_of("USA");
  const auto allies = query::neighbors(g, usa,
                                       {.kinds = {relation_kind::alliance},
                                        .at = parse_date("1960"),
                                        .rule = geokg::time_rule::possible});
  fmt::print("\n16. The USA's allies in 1960 (COW alliances v4.1 and ATOP 5.1): {} states\n",
             allies.actors.size());
  fmt::print("  {}\n", ids(g, allies.actors));
}

// 17. How many militarized disputes were going on, every ten years? A series over one index.
void disputes_by_decade(const knowledge_graph& g) {
  fmt::print("\n17. Militarized disputes (state pairs) active on 1 January, every 20 years\n");
  const auto mids = geokg::of_kinds(g, {relation_kind::dispute});
  const query::time_index index(g, mids);
  const auto counts =
      query::series(index, g, *geokg::date::from_year(1820), *geokg::date::from_year(2000),
                    query::step{query::step_unit::year, 20},
                    [](const query::active_set& s) { return s.relations.size(); });
  for (const auto& p : counts)
    fmt::print("  {}  {:>3}\n", to_string(p.at), p.value);
}

// 18. What is COW 255? A code lookup is dated.
void cow_255(const knowledge_graph& g) {
  fmt::print("\n18. Which actor held a COW code on a date?\n");
  for (const auto* when : {"1900", "1970", "2000"}) {
    for (const auto* code : {"255", "260", "265"}) {
      const auto a = query::find_by_code(g, geokg::code_system::cow, code, *parse_date(when));
      fmt::print("  COW {} in {}: {}\n", code, when,
                 a ? std::string(g[*a].id.view()) : std::string("none"));
    }
  }
}

// 19. Japan and South Korea in the record: their dyad's timeline, with the dataset behind each
// line.
void japan_korea_record(const knowledge_graph& g) {
  fmt::print("\n19. Japan and South Korea in the datasets (the dyad's timeline)\n");
  const auto line = query::timeline(g, g.actor_index_of("JPN"), g.actor_index_of("KOR"));
  for (const auto s : line.entries) {
    const auto cites = g.citations_of(s);
    const bool dataset =
        !cites.empty() && g.find_source(cites.front().source) &&
        g.source_at(*g.find_source(cites.front().source)).kind == geokg::source_kind::dataset;
    if (!dataset || s.kind != geokg::statement_kind::relation) continue;
    const auto& rel = g.relation_at(s.as_relation());
    fmt::print("  {:<24} {:<8} {}\n", to_string(rel.when), to_string(rel.kind),
               cites.front().locator);
  }
}

// 20. Who fought whom in the Korean War? The event's two sides.
void korean_war(const knowledge_graph& g) {
  const auto war = g.find_statement("WAR-151");
  if (!war) return;
  const auto& e = g.event_at(war->as_event());
  std::vector<actor_index> a, b;
  for (const auto& p : e.participants)
    (p.role == geokg::participant_role::side_a ? a : b).push_back(p.actor);
  fmt::print("\n20. {} ({}), COW inter-state war 151\n  side A: {}\n  side B: {}\n", e.title,
             to_string(e.when), ids(g, a), ids(g, b));
}

}  // namespace

int main(int argc, char** argv) {
  const fs::path real = argc > 1 ? fs::path(argv[1]) : fs::path(GEOKG_REAL_DATA_DIR);
  if (!fs::exists(real / "cow_mid")) {
    std::cerr << "real_questions: no COW data in " << real
              << " (give the folder as the first argument)\n";
    return 2;
  }
  const fs::path maps = GEOKG_MAPPINGS_DIR;
  const std::vector<geokg::io::input> inputs = {
      {"cow-states", real / "cow_states", {}},
      {"cow-mid", real / "cow_mid", {}},
      {"cow-wars", real / "cow_wars", {}},
      {"mapped", real / "cow_alliance" / "peacesciencer_cow_alliance_dyadyear.csv.gz",
       maps / "cow_alliance_dyadyear.map"},
      {"mapped", real / "atop" / "peacesciencer_atop_alliance_dyadyear.csv.gz",
       maps / "atop_dyadyear.map"},
  };
  geokg::io::load_options options;
  options.on_error = geokg::io::error_mode::collect;
  const auto loaded = geokg::io::load(inputs, options);
  if (!loaded.report.ok()) {
    std::cerr << loaded.report.summary();
    return 1;
  }
  const auto& g = loaded.graph;
  enemies_of_north_korea(g);
  us_allies(g);
  disputes_by_decade(g);
  cow_255(g);
  japan_korea_record(g);
  korean_war(g);
  return 0;
}
