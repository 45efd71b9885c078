// SPDX-License-Identifier: MIT
// The TIES v4.1 loader (`ties`): an excerpt of real rows always, the full file when present.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <geokg/core/error.hpp>
#include <geokg/core/knowledge_graph.hpp>
#include <geokg/io/load.hpp>

#include "dataset_test_support.hpp"

namespace {

namespace fs = std::filesystem;
using geokg::relation_kind;
using geokg::statement_kind;
using geokg::statement_ref;
using geokg::io::error_mode;
using geokg::io::input;
using geokg::io::load_result;

const geokg::test::real_dataset ties{"ties", "sanctions_ties"};
const fs::path excerpt = ties.excerpt("TIESv4-1_excerpt.csv");
const fs::path malformed = ties.excerpt("ties_malformed.csv");
const fs::path full = ties.full("TIESv4-1.csv");

using geokg::test::relation_named;

using geokg::test::errors_of;

// The TIES case ids of the relations of one kind ("TIES-<caseid>-<sender>-<kind>").
std::set<std::string> cases_with(const geokg::knowledge_graph& g, relation_kind kind) {
  std::set<std::string> out;
  for (const geokg::relation_index r : g.relation_indices()) {
    if (g.relation_at(r).kind != kind) continue;
    const auto id = g.id_of(r);
    out.insert(std::string(id.substr(5, 10)));
  }
  return out;
}

TEST(ties, excerpt_keeps_a_row_account_and_rejects_with_located_errors) {
  const auto result = ties.load(excerpt);
  ASSERT_EQ(result.report.tables.size(), 1U);
  const auto& rows = result.report.tables[0].rows;
  EXPECT_EQ(rows.read, 11U);
  EXPECT_EQ(rows.loaded, 9U);
  EXPECT_EQ(rows.rejected, 2U);
  const auto path = excerpt.string();
  EXPECT_EQ(
      errors_of(result.report),
      (std::vector<std::string>{
          path + ":9:23: error: impossible date (year 1965, month 6, day 31) (at startyear) "
                 "[geokg.invalid_date]",
          path + ":11:57: error: no sender: sender1-5 and primarysender are empty, and "
                 "institutionid '3580' is "
                 "not an organisation geokg identifies (at institutionid) [geokg.missing_field]"}));
}

TEST(ties, stop_mode_throws_the_first_bad_row) {
  try {
    (void)ties.load(excerpt, error_mode::stop);
    FAIL() << "no exception";
  } catch (const geokg::data_error& e) {
    EXPECT_EQ(e.code(), geokg::errc::invalid_date);
    EXPECT_EQ(e.where().line, 9U);
    EXPECT_EQ(e.where().field, "startyear");
  }
}

TEST(ties, each_sender_threatens_and_sanctions_the_target_over_the_case_dates) {
  const auto result = ties.load(excerpt);
  const auto& g = result.graph;
  // Case 1945121601: the US (sender1 2) and the UN (institutionid 4400) against China (710);
  // threat from the start 1945-12-16, imposition 1946-07-29, last day 1947-05-27 (so the
  // half-open intervals end on 1947-05-28).
  for (const auto* sender : {"USA", "UN"}) {
    SCOPED_TRACE(sender);
    const auto threat = relation_named(g, std::string("TIES-1945121601-") + sender + "-threat");
    const auto sanction = relation_named(g, std::string("TIES-1945121601-") + sender + "-sanction");
    ASSERT_NE(threat.rel, nullptr);
    ASSERT_NE(sanction.rel, nullptr);
    EXPECT_EQ(threat.rel->kind, relation_kind::threat);
    EXPECT_EQ(threat.rel->subkind, "sanction_threat");
    EXPECT_EQ(sanction.rel->kind, relation_kind::sanction);
    EXPECT_EQ(g[threat.rel->source].id.str(), sender);
    EXPECT_EQ(g[threat.rel->target].id.str(), "CHN");
    EXPECT_EQ(to_string(threat.rel->when), "1945-12-16/1947-05-28");
    EXPECT_EQ(to_string(sanction.rel->when), "1946-07-29/1947-05-28");
    const auto citations = g.citations_of(sanction.ref);
    ASSERT_EQ(citations.size(), 1U);
    EXPECT_EQ(citations[0].source, "ties_4_1");
    EXPECT_EQ(citations[0].locator, "caseid 1945121601");
    const auto note = g.note_of(sanction.ref);
    EXPECT_NE(note.find("issue codes: 2"), std::string_view::npos) << note;
    EXPECT_NE(note.find("final outcome code: 8"), std::string_view::npos) << note;
    EXPECT_NE(note.find("sanction type codes imposed: 2 7"), std::string_view::npos) << note;
    EXPECT_NE(g.note_of(threat.ref).find("sanction type codes threatened: 8"),
              std::string_view::npos);
  }
  EXPECT_EQ(g[g.actor_index_of("UN")].kind, geokg::actor_kind::organisation);
  EXPECT_EQ(g.sources()[0].id, "ties_4_1");
}

TEST(ties, a_free_text_year_cell_gives_its_leading_year_and_stays_in_the_note) {
  const auto result = ties.load(excerpt);
  const auto r = relation_named(result.graph, "TIES-1949122401-PAK-sanction");
  ASSERT_NE(r.rel, nullptr);
  EXPECT_EQ(to_string(r.rel->when), "1949-12-24/1951-02-28");
  EXPECT_NE(result.graph.note_of(r.ref).find(
                "sancimpositionstartyear: '1949, sometime before this date.'"),
            std::string_view::npos)
      << result.graph.note_of(r.ref);
  const auto warned = std::any_of(result.report.diagnostics.begin(),
                                  result.report.diagnostics.end(), [](const auto& d) {
                                    return d.code == geokg::errc::wrong_type && d.where.line == 4 &&
                                           d.where.field == "sancimpositionstartyear";
                                  });
  EXPECT_TRUE(warned);
}

TEST(ties, a_day_that_is_not_a_number_lowers_the_precision) {
  // Case 1958112101, China against Malaysia: imposition "1958", "11", "?".
  const auto result = ties.load(excerpt);
  const auto r = relation_named(result.graph, "TIES-1958112101-CHN-sanction");
  ASSERT_NE(r.rel, nullptr);
  ASSERT_TRUE(r.rel->when.start());
  EXPECT_EQ(r.rel->when.start()->precision(), geokg::date_precision::month);
  EXPECT_NE(result.graph.note_of(r.ref).find("sancimpositionstartday: '?'"),
            std::string_view::npos);
}

TEST(ties, an_empty_end_is_an_open_end_and_the_note_says_so) {
  const auto result = ties.load(excerpt);
  const auto& g = result.graph;
  // Case 2002101601 against North Korea: no end, "ongoing as of" 2011.
  const auto r = relation_named(g, "TIES-2002101601-USA-sanction");
  ASSERT_NE(r.rel, nullptr);
  EXPECT_TRUE(r.rel->when.is_open_end());
  EXPECT_EQ(g[r.rel->target].id.str(), "PRK");
  EXPECT_NE(g.note_of(r.ref).find("end: none recorded, ongoing as of 2011"), std::string_view::npos)
      << g.note_of(r.ref);
}

TEST(ties, the_eu_code_1000_and_institution_codes_are_organisations) {
  const auto result = ties.load(excerpt);
  const auto& g = result.graph;
  // 2002101601: sender3 1000 (the EU), institutionid "1830 2370 4400" (EU, IAEA, UN): the EU once.
  for (const auto* id : {"EU", "IAEA", "UN", "JPN", "KOR", "AUS"}) {
    SCOPED_TRACE(id);
    EXPECT_NE(relation_named(g, std::string("TIES-2002101601-") + id + "-threat").rel, nullptr);
  }
  EXPECT_EQ(g[g.actor_index_of("EU")].kind, geokg::actor_kind::organisation);
  EXPECT_EQ(g[g.actor_index_of("EU")].name, "European Union");
  // 1973101701: OAPEC's members and OAPEC (3800) against the EEC (target 1000).
  const auto r = relation_named(g, "TIES-1973101701-OAPEC-sanction");
  ASSERT_NE(r.rel, nullptr);
  EXPECT_EQ(g[r.rel->target].id.str(), "EU");
}

TEST(ties, senders_are_distinct_and_the_primary_sender_counts_when_unlisted) {
  const auto result = ties.load(excerpt);
  const auto& g = result.graph;
  // 1950032701 lists 651 (Egypt) twice: one relation. LAS is institution 3450.
  std::vector<std::string> senders;
  for (const geokg::relation_index r : g.relation_indices()) {
    const auto id = g.id_of(r);
    if (id.starts_with("TIES-1950032701-")) senders.push_back(g[g.relation_at(r).source].id.str());
  }
  std::sort(senders.begin(), senders.end());
  EXPECT_EQ(senders, (std::vector<std::string>{"EGY", "IRQ", "LAS", "SYR"}));
  // 1953070901: no sender1-5, primarysender 2 (against Iran, imposition only).
  const auto r = relation_named(g, "TIES-1953070901-USA-sanction");
  ASSERT_NE(r.rel, nullptr);
  EXPECT_NE(g.note_of(r.ref).find("listed only as primarysender"), std::string_view::npos);
}

TEST(ties, malformed_rows_are_rejected_in_collect_mode) {
  const auto result = ties.load(malformed);
  ASSERT_EQ(result.report.tables.size(), 1U);
  const auto& rows = result.report.tables[0].rows;
  EXPECT_EQ(rows.read, 5U);
  EXPECT_EQ(rows.loaded, 1U);
  EXPECT_EQ(rows.rejected, 4U);
  std::vector<geokg::errc> codes;
  std::vector<std::uint32_t> lines;
  for (const auto& d : result.report.diagnostics) {
    if (d.level != geokg::severity::error) continue;
    codes.push_back(d.code);
    lines.push_back(d.where.line);
  }
  EXPECT_EQ(codes,
            (std::vector<geokg::errc>{geokg::errc::malformed_csv, geokg::errc::wrong_type,
                                      geokg::errc::unknown_actor, geokg::errc::invalid_value}));
  EXPECT_EQ(lines, (std::vector<std::uint32_t>{3, 4, 5, 6}));
  EXPECT_EQ(result.graph.num_relations(), 4U);  // the good row: USA and UN, threat and sanction
}

// --- the full file (../shared/data/real/sanctions_ties) ------------------------------------------

class ties_full : public geokg::test::loaded_once<ties_full> {
 public:
  static fs::path full_file() { return full; }
  static load_result load_full() { return ties.load(full); }
};

TEST_F(ties_full, every_case_is_loaded_or_rejected_with_a_reason) {
  const auto& rows = result_->report.tables.at(0).rows;
  EXPECT_EQ(rows.read, 1412U);  // the README's count
  EXPECT_EQ(rows.read, rows.loaded + rows.rejected);
  // The six rejected rows, each a defect of the data: three impossible days (June 31), two cases
  // whose only sender is the unidentified institution 3580, one imposition after the case's end.
  std::vector<std::uint32_t> lines;
  for (const auto& d : result_->report.diagnostics)
    if (d.level == geokg::severity::error) lines.push_back(d.where.line);
  EXPECT_EQ(lines, (std::vector<std::uint32_t>{210, 327, 328, 356, 388, 868}));
}

TEST_F(ties_full, readme_counts_of_threats_and_impositions_hold) {
  const auto& g = result_->graph;
  // README: threat = 1 in 1,053 cases, imposition = 1 in 845. Of the six rejected rows, lines
  // 327, 328, 388 and 868 have threat = 1 and lines 210, 356 and 388 imposition = 1.
  EXPECT_EQ(cases_with(g, relation_kind::threat).size(), 1053U - 4U);
  EXPECT_EQ(cases_with(g, relation_kind::sanction).size(), 845U - 3U);
}

TEST_F(ties_full, north_korea_is_the_target_in_seven_cases) {
  const auto& g = result_->graph;
  const auto prk = g.actor_index_of("PRK");
  std::set<std::string> cases;
  for (const geokg::relation_index r : g.relation_indices())
    if (g.relation_at(r).target == prk) cases.insert(std::string(g.id_of(r).substr(5, 10)));
  EXPECT_EQ(cases, (std::set<std::string>{"1950062501", "1968012301", "1983110501", "1988011601",
                                          "1991052001", "2001020101", "2002101601"}));
}

TEST_F(ties_full, quirks_free_text_years_and_open_ends) {
  const auto& g = result_->graph;
  // README: 3 free-text sancimpositionstartyear cells; 451 cases without an end year.
  const auto free_text = std::count_if(
      result_->report.diagnostics.begin(), result_->report.diagnostics.end(), [](const auto& d) {
        return d.where.field == "sancimpositionstartyear" && d.code == geokg::errc::wrong_type;
      });
  EXPECT_EQ(free_text, 3);
  std::set<std::string> open;
  for (const geokg::relation_index r : g.relation_indices())
    if (g.relation_at(r).when.is_open_end()) open.insert(std::string(g.id_of(r).substr(5, 10)));
  EXPECT_EQ(open.size(), 451U);  // none of the rejected rows lacks an end year
}

}  // namespace
