// SPDX-License-Identifier: MIT
// The founding case (data/curated/east_asia): it loads cleanly, every statement is accounted for
// in docs/cases/japan_korea_us.md, and facts read back as the sources state them.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "geokg/core/views.hpp"
#include "geokg/io/json.hpp"
#include "geokg/io/load.hpp"

namespace {

namespace fs = std::filesystem;

const fs::path dataset = fs::path(GEOKG_SOURCE_DIR) / "data/curated/east_asia";
const fs::path coverage = fs::path(GEOKG_SOURCE_DIR) / "docs/cases/japan_korea_us.md";

const geokg::knowledge_graph& east_asia() {
  static const auto loaded = geokg::io::load(dataset);
  return loaded.graph;
}

geokg::date d(std::string_view text) {
  return geokg::parse_date(text).value();
}

TEST(east_asia, loads_without_errors_or_warnings) {
  const auto [g, report] = geokg::io::load(dataset, {.on_error = geokg::io::error_mode::collect});
  std::string diagnostics;
  for (const auto& x : report.diagnostics)
    diagnostics += geokg::to_string(x) + "\n";
  EXPECT_TRUE(report.diagnostics.empty()) << diagnostics;
  EXPECT_GE(g.num_relations() + g.num_events() + g.num_claims(), 150U);
}

// Every id the coverage page names exists; every statement is on the page (in the coverage
// table, the corrections or the background list).
TEST(east_asia, every_statement_is_accounted_for_in_the_coverage_table) {
  std::ifstream in(coverage);
  ASSERT_TRUE(in) << coverage;
  std::stringstream text;
  text << in.rdbuf();
  const std::string page = text.str();
  ASSERT_NE(page.find("## Background statements"), std::string::npos);
  std::set<std::string> named;
  const std::regex id_pattern("`([A-Za-z0-9][A-Za-z0-9_.-]*)`");
  for (std::sregex_iterator it(page.begin(), page.end(), id_pattern), end; it != end; ++it)
    named.insert((*it)[1]);
  const auto& g = east_asia();
  for (const auto& id : named)
    EXPECT_TRUE(g.find_statement(id).has_value()) << "the page names unknown statement " << id;
  std::size_t statements = 0;
  for (auto kind : {geokg::statement_kind::relation, geokg::statement_kind::event,
                    geokg::statement_kind::claim}) {
    for (std::uint32_t i = 0; i < g.count(kind); ++i) {
      const auto id = std::string(g.id_of({kind, i}));
      EXPECT_FALSE(id.empty()) << "a statement without id cannot be accounted for";
      EXPECT_TRUE(named.contains(id))
          << id << " is neither in the coverage table nor in the background list";
      ++statements;
    }
  }
  EXPECT_EQ(statements, g.num_relations() + g.num_events() + g.num_claims());
}

// Facts checked by hand against the sources in data/curated/east_asia/SOURCES.md.
TEST(east_asia, facts_read_back_as_the_sources_state_them) {
  const auto& g = east_asia();
  const auto relation = [&](std::string_view id) -> const geokg::relation& {
    const auto s = g.statement_ref_of(id);
    EXPECT_EQ(s.kind, geokg::statement_kind::relation) << id;
    return g.relation_at(s.as_relation());
  };
  // The annexation treaty took effect on 1910-08-29; Japanese rule ended with the surrender
  // broadcast of 1945-08-15 (piglix mirror of "Japan-Korea Treaty of 1910").
  const auto& rule = relation("japanese_rule_in_korea_1910_1945");
  EXPECT_EQ(rule.kind, geokg::relation_kind::occupation);
  EXPECT_EQ(g[rule.source].id.str(), "JPN");
  EXPECT_EQ(rule.when, geokg::interval(d("1910-08-29"), d("1945-08-15")));
  // The 1965 claims agreement: $300 million in grants (worldjpn.net, Article I).
  const auto grants = g.statement_ref_of("claims_agreement_1965_grants");
  const auto quantities = g.quantities_of(grants);
  ASSERT_FALSE(quantities.empty());
  EXPECT_EQ(quantities[0].value.low, 3e8);
  EXPECT_EQ(quantities[0].value.unit, "USD");
  // The 1960 US-Japan treaty entered into force on 1960-06-23 (US Embassy Tokyo).
  bool us_japan_alliance_2012 = false;
  const auto in_2012 = geokg::active_at(g, d("2012-01-01"));
  for (const auto& e : boost::make_iterator_range(boost::edges(in_2012))) {
    const auto& r = g[e];
    const std::set<std::string> pair{g[r.source].id.str(), g[r.target].id.str()};
    if (r.kind == geokg::relation_kind::alliance && pair == std::set<std::string>{"USA", "JPN"}) {
      us_japan_alliance_2012 = true;
    }
  }
  EXPECT_TRUE(us_japan_alliance_2012);
  // Camp David (2023-08-18) is one event with the three states, the US as host, and the
  // trilateral partnership relations point back to it.
  const auto camp_david = g.statement_ref_of("camp_david_2023");
  ASSERT_EQ(camp_david.kind, geokg::statement_kind::event);
  const auto& summit = g.event_at(camp_david.as_event());
  EXPECT_EQ(summit.when.start(), d("2023-08-18"));
  for (const char* state : {"USA", "JPN", "KOR"})
    EXPECT_TRUE(summit.involves(g.actor_index_of(state))) << state;
  EXPECT_TRUE(
      std::any_of(summit.participants.begin(), summit.participants.end(), [&](const auto& p) {
        return p.actor == g.actor_index_of("USA") && p.role == geokg::participant_role::host;
      }));
  EXPECT_EQ(relation("jpn_kor_partnership_2023").event, camp_david.as_event());
  // The article's causal claim is a claim, attributed to the article, never a fact.
  const auto upheavals = g.statement_ref_of("claim_three_upheavals");
  EXPECT_EQ(g.status_of(upheavals), geokg::statement_status::claimed);
  const auto citations = g.citations_of(upheavals);
  ASSERT_FALSE(citations.empty());
  EXPECT_EQ(citations[0].source, "qonversations_article");
  EXPECT_NE(citations[0].quote.find("three major geopolitical upheavals"), std::string::npos);
}

// load -> write -> load gives an identical graph on the curated data (issue #4's property).
TEST(east_asia, round_trips_through_json) {
  const auto& g = east_asia();
  std::ostringstream out;
  geokg::io::write_json(g, out);
  const auto back = geokg::io::parse_json(out.str(), "east_asia.json");
  EXPECT_TRUE(back.graph == g);
}

}  // namespace
