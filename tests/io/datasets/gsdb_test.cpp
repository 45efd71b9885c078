// SPDX-License-Identifier: MIT
// The Global Sanctions Data Base loader (`gsdb`): a tiny excerpt always, the full file when
// present.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
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

const geokg::test::real_dataset gsdb{"gsdb", "sanctions_gsdb"};
const fs::path excerpt = gsdb.excerpt("GSDB_V3_excerpt.csv");
const fs::path malformed = gsdb.excerpt("gsdb_malformed.csv");
const fs::path full = gsdb.full("GSDB_V3.csv");

using geokg::test::relation_named;

// The relation ids of one case ("GSDB-<case>-<sender>-<target>"), sorted.
std::vector<std::string> ids_of_case(const geokg::knowledge_graph& g, int case_id) {
  const auto prefix = "GSDB-" + std::to_string(case_id) + "-";
  std::vector<std::string> out;
  for (const geokg::relation_index r : g.relation_indices()) {
    const auto id = g.id_of(r);
    if (id.starts_with(prefix)) out.emplace_back(id);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Senders of each case, from the relation ids.
std::map<std::string, std::set<std::string>> senders_by_case(const geokg::knowledge_graph& g) {
  std::map<std::string, std::set<std::string>> out;
  for (const geokg::relation_index r : g.relation_indices()) {
    const auto id = std::string(g.id_of(r));
    const auto dash = id.find('-', 5);
    out[id.substr(5, dash - 5)].insert(g[g.relation_at(r).source].id.str());
  }
  return out;
}

TEST(gsdb, excerpt_keeps_a_row_account) {
  const auto result = gsdb.load(excerpt);
  ASSERT_EQ(result.report.tables.size(), 1U);
  const auto& rows = result.report.tables[0].rows;
  EXPECT_EQ(rows.read, 7U);
  EXPECT_EQ(rows.loaded, 5U);
  EXPECT_EQ(rows.rejected, 2U);
  // Cases 17, 26, 47 (two senders), 372 (three targets) and 775.
  EXPECT_EQ(result.graph.num_relations(), 1U + 1U + 2U + 3U + 1U);
  EXPECT_EQ(result.graph.sources()[0].id, "gsdb_3");
}

TEST(gsdb, an_unmapped_name_rejects_the_case_naming_the_name_and_the_column) {
  const auto result = gsdb.load(excerpt);
  const auto path = excerpt.string();
  EXPECT_EQ(
      geokg::test::errors_of(result.report),
      (std::vector<std::string>{
          path +
              ":6:12: error: case 598: the sanctioning and the sanctioned are the same ('ECOWAS'); "
              "no relation (at sanctioning_state) [geokg.self_relation]",
          path + ":7:5: error: unmapped name 'Balkans' in column 'sanctioned_state' (no state or "
                 "organisation of that name); case rejected (at sanctioned_state) "
                 "[geokg.unknown_actor]"}));
  // The summary lets a user count the unmapped names without reading every error.
  const auto summary = std::find_if(
      result.report.diagnostics.begin(), result.report.diagnostics.end(), [](const auto& d) {
        return d.level == geokg::severity::warning && d.code == geokg::errc::unknown_actor;
      });
  ASSERT_NE(summary, result.report.diagnostics.end());
  EXPECT_EQ(summary->message,
            "1 distinct names in 1 places could not be mapped to a state or organisation (those "
            "cases are rejected): "
            "'Balkans' (sanctioned_state)");
}

TEST(gsdb, years_become_a_half_open_span_and_2022_an_open_end) {
  const auto result = gsdb.load(excerpt);
  const auto& g = result.graph;
  // Case 17: the United States against North Korea, 1950-1954.
  const auto us = relation_named(g, "GSDB-17-USA-PRK");
  ASSERT_NE(us.rel, nullptr);
  EXPECT_EQ(us.rel->kind, relation_kind::sanction);
  EXPECT_EQ(to_string(us.rel->when), "1950/1955");
  EXPECT_EQ(us.rel->when.start()->precision(), geokg::date_precision::year);
  EXPECT_EQ(us.rel->subkind, "trade+financial");
  const auto note = g.note_of(us.ref);
  EXPECT_NE(note.find("trade: exp_compl, imp_compl"), std::string_view::npos) << note;
  EXPECT_NE(note.find("objectives (success): end_war (success_total)"), std::string_view::npos)
      << note;
  const auto citations = g.citations_of(us.ref);
  ASSERT_EQ(citations.size(), 1U);
  EXPECT_EQ(citations[0].source, "gsdb_3");
  EXPECT_EQ(citations[0].locator, "case_id 17");
  // Case 26: the UN against North Korea, 1951-2022, ongoing at the release.
  const auto un = relation_named(g, "GSDB-26-UN-PRK");
  ASSERT_NE(un.rel, nullptr);
  EXPECT_EQ(to_string(un.rel->when), "1951/..");
  EXPECT_NE(g.note_of(un.ref).find("ongoing at the 2022 release"), std::string_view::npos);
  EXPECT_EQ(g[un.rel->source].kind, geokg::actor_kind::organisation);
}

TEST(gsdb, comma_separated_cells_name_several_parties_and_names_may_hold_commas) {
  const auto result = gsdb.load(excerpt);
  const auto& g = result.graph;
  // Case 47: Transjordan sanctioned by "Egypt, Arab Rep., Syria" (two senders, one name with a
  // comma).
  EXPECT_EQ(ids_of_case(g, 47), (std::vector<std::string>{"GSDB-47-EGY-JOR", "GSDB-47-SYR-JOR"}));
  // Case 372: "Estonia, Latvia, Lithuania" sanctioned by the Soviet Union in 1990, before the
  // three rejoined the COW system (the builder warns about it).
  EXPECT_EQ(ids_of_case(g, 372),
            (std::vector<std::string>{"GSDB-372-RUS-EST", "GSDB-372-RUS-LTU", "GSDB-372-RUS-LVA"}));
  const auto r = relation_named(g, "GSDB-372-RUS-EST");
  ASSERT_NE(r.rel, nullptr);
  EXPECT_NE(g.note_of(r.ref).find("episode: one of several targets"), std::string_view::npos);
}

TEST(gsdb, malformed_rows_are_rejected_in_collect_mode) {
  const auto result = gsdb.load(malformed);
  const auto& rows = result.report.tables.at(0).rows;
  EXPECT_EQ(rows.read, 5U);
  EXPECT_EQ(rows.loaded, 1U);
  EXPECT_EQ(rows.rejected, 4U);
  EXPECT_EQ(geokg::test::error_codes_of(result.report),
            (std::vector<geokg::errc>{geokg::errc::malformed_csv, geokg::errc::wrong_type,
                                      geokg::errc::end_before_start, geokg::errc::invalid_value}));
  EXPECT_THROW((void)gsdb.load(malformed, error_mode::stop), geokg::data_error);
}

// --- the full file (../shared/data/real/sanctions_gsdb) ------------------------------------------

class gsdb_full : public geokg::test::loaded_once<gsdb_full> {
 public:
  static fs::path full_file() { return full; }
  static load_result load_full() { return gsdb.load(full); }
};

TEST_F(gsdb_full, every_case_is_loaded_or_rejected_and_unmapped_names_are_listed) {
  const auto& rows = result_->report.tables.at(0).rows;
  EXPECT_EQ(rows.read, 1325U);  // the README's count
  EXPECT_EQ(rows.read, rows.loaded + rows.rejected);
  std::vector<std::uint32_t> lines;
  for (const auto& d : result_->report.diagnostics)
    if (d.level == geokg::severity::error) lines.push_back(d.where.line);
  // Ten cases name groups or regions ("Balkans", "Terrorist Organizations (Taliban)", "Paris
  // Agreement Signatories", "Cyprus (Northern)", ...); case 598 is ECOWAS against ECOWAS.
  EXPECT_EQ(lines, (std::vector<std::uint32_t>{176, 180, 399, 599, 663, 685, 689, 915, 916, 960,
                                               1011, 1262}));
  EXPECT_EQ(rows.rejected, 12U);
}

TEST_F(gsdb_full, readme_top_senders_hold) {
  const auto by_case = senders_by_case(result_->graph);
  std::map<std::string, int> sole;
  for (const auto& [id, senders] : by_case)
    if (senders.size() == 1) ++sole[*senders.begin()];
  // README: the United States is the sanctioning state of 476 cases, the EU of 93, the UN of 83.
  // Rejected: three US cases (lines 663, 685, 1262) and four UN ones (689, 915, 916, 1011).
  EXPECT_EQ(sole["USA"], 476 - 3);
  EXPECT_EQ(sole["EU"], 93 + 12);  // GSDB's "EEC" (12 cases) is the same actor
  EXPECT_EQ(sole["UN"], 83 - 4);
  EXPECT_EQ(sole["GBR"], 76);
}

TEST_F(gsdb_full, readme_cases_against_north_korea_are_there) {
  const auto& g = result_->graph;
  for (const auto& [id, span] :
       std::vector<std::pair<std::string, std::string>>{{"GSDB-17-USA-PRK", "1950/1955"},
                                                        {"GSDB-26-UN-PRK", "1951/.."},
                                                        {"GSDB-41-USA-PRK", "1955/2009"},
                                                        {"GSDB-292-JPN-PRK", "1983/1985"},
                                                        {"GSDB-775-AUS-PRK", "2006/.."}}) {
    SCOPED_TRACE(id);
    const auto r = relation_named(g, id);
    ASSERT_NE(r.rel, nullptr);
    EXPECT_EQ(to_string(r.rel->when), span);
  }
}

TEST_F(gsdb_full, renamed_states_are_their_successors_after_the_merger) {
  const auto& g = result_->graph;
  // GSDB calls Vietnam "South Vietnam" after 1975 and Yemen "Yemen, North" after 1990.
  EXPECT_NE(relation_named(g, "GSDB-96-USA-COW-RVN").rel, nullptr);  // 1963
  EXPECT_NE(relation_named(g, "GSDB-200-USA-VNM").rel, nullptr);     // 1976-1994
  EXPECT_NE(relation_named(g, "GSDB-397-USA-YEM").rel, nullptr);     // 1990-1991
}

}  // namespace
