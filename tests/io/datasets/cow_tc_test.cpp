// SPDX-License-Identifier: MIT
// The `cow-tc` format through the public API, on the excerpt in tests/data/real/
// cow_territorial_change and, when present, on the full file in ../shared/data/real.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "geokg/io/input.hpp"
#include "geokg/io/load.hpp"

#include "dataset_test_support.hpp"

namespace {

namespace fs = std::filesystem;
using geokg::relation_kind;
using geokg::io::error_mode;

const geokg::test::real_dataset dataset{"cow-tc", "cow_territorial_change"};
const fs::path excerpt = dataset.excerpt();
const fs::path shared = dataset.full();

using geokg::test::day;
using geokg::test::diagnostics_text;
using geokg::test::messages_with;

// A transfer loaded as a relation, by its change number.
const geokg::relation& transfer(const geokg::knowledge_graph& g, std::string_view id) {
  const auto s = g.statement_ref_of(id);
  EXPECT_EQ(s.kind, geokg::statement_kind::relation) << id;
  return g.relation_at(s.as_relation());
}

std::string_view id_of(const geokg::knowledge_graph& g, geokg::actor_index a) {
  return g[a].id.view();
}

std::optional<geokg::quantity> quantity_of(const geokg::knowledge_graph& g, std::string_view id,
                                           std::string_view name) {
  for (const auto& q : g.quantities_of(g.statement_ref_of(id)))
    if (q.name == name) return q.value;
  return std::nullopt;
}

TEST(cow_tc, accounts_for_every_row) {
  const auto [g, report] = dataset.load(excerpt);
  ASSERT_EQ(report.tables.size(), 1U) << diagnostics_text(report);
  EXPECT_EQ(report.tables[0].path, (excerpt / "tc2018.csv").string());
  EXPECT_EQ(report.tables[0].rows, (geokg::io::record_counts{13, 13, 0}));
  EXPECT_TRUE(report.ok()) << diagnostics_text(report);
  // 9 transfers between two states, 4 with one state (loser -9, codes 250 and 1, UAE to itself).
  EXPECT_EQ(g.num_relations(), 9U);
  EXPECT_EQ(g.num_events(), 4U);
  EXPECT_EQ(geokg::io::detect_format(excerpt), "cow-tc");
  EXPECT_EQ(geokg::io::detect_format(excerpt / "tc2018.csv"), "cow-tc");
}

TEST(cow_tc, japan_conquers_taiwan_from_china_in_april_1895) {
  const auto [g, report] = dataset.load(excerpt);
  const auto& r = transfer(g, "TC-354");
  EXPECT_EQ(r.kind, relation_kind::annexation);
  EXPECT_EQ(r.subkind, "conquest");
  EXPECT_EQ(id_of(g, r.source), "JPN");  // the gainer takes from the loser
  EXPECT_EQ(id_of(g, r.target), "CHN");
  // A point in time at month precision: the days of April 1895.
  EXPECT_EQ(r.when, geokg::interval(day("1895-04"), day("1895-05-01")));
  EXPECT_EQ(r.when.start()->precision(), geokg::date_precision::month);
  EXPECT_EQ(quantity_of(g, "TC-354", "area"), geokg::quantity::exact(35763, "km2"));
  EXPECT_EQ(quantity_of(g, "TC-354", "population"), geokg::quantity::exact(2781272, "person"));
  const auto cites = g.citations_of(g.statement_ref_of("TC-354"));
  ASSERT_EQ(cites.size(), 1U);
  EXPECT_EQ(cites[0].source, "cow_tc_6");
  EXPECT_EQ(cites[0].locator, "tc2018.csv number 354");
  EXPECT_EQ(g.note_of(g.statement_ref_of("TC-354")),
            "territory: entity 713 (entire); contiguous to the gainer; contiguous to the loser; no "
            "armed conflict");
}

TEST(cow_tc, russia_cedes_to_japan_in_1905) {
  const auto [g, report] = dataset.load(excerpt);
  for (const auto* id : {"TC-414", "TC-415"}) {
    SCOPED_TRACE(id);
    const auto& r = transfer(g, id);
    EXPECT_EQ(r.kind, relation_kind::cession);
    EXPECT_EQ(id_of(g, r.source), "RUS");  // the loser cedes
    EXPECT_EQ(id_of(g, r.target), "JPN");
    EXPECT_TRUE(r.directed());
    EXPECT_EQ(r.when, geokg::interval(day("1905-09"), day("1905-10-01")));
  }
}

TEST(cow_tc, japan_takes_korea_in_1905) {
  const auto [g, report] = dataset.load(excerpt);
  const auto& r = transfer(g, "TC-416");
  EXPECT_EQ(r.kind, relation_kind::annexation);
  EXPECT_EQ(r.subkind, "conquest");
  EXPECT_EQ(id_of(g, r.source), "JPN");
  EXPECT_EQ(id_of(g, r.target), "COW-KOR");  // COW 730, the Korea of 1887-1905
  EXPECT_TRUE(r.when.contains(day("1905-08-15")));
  EXPECT_NE(std::string(g.note_of(g.statement_ref_of("TC-416")))
                .find("the loser leaves the state system"),
            std::string::npos);
}

TEST(cow_tc, procedures_without_a_kind_are_other_with_the_procedure_as_subkind) {
  const auto [g, report] = dataset.load(excerpt);
  struct case_ {
    std::string_view id, subkind, source, target;
  };
  const case_ cases[] = {
      {"TC-3", "transfer", "ARG", "ESP"},       // procedure -9
      {"TC-53", "secession", "TUN", "TUR"},     //
      {"TC-235", "mandate", "COW-AUH", "TUR"},  // Bosnia to Austria-Hungary, 1878
      {"TC-522", "mandate", "JPN", "DEU"},      // Germany's Pacific islands, 1920
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.id);
    const auto& r = transfer(g, c.id);
    EXPECT_EQ(r.kind, relation_kind::other);
    EXPECT_EQ(r.subkind, c.subkind);
    EXPECT_EQ(id_of(g, r.source), c.source);  // gainer first
    EXPECT_EQ(id_of(g, r.target), c.target);
    EXPECT_NE(std::string(g.note_of(g.statement_ref_of(c.id)))
                  .find(std::string(c.source) + " gains from " + std::string(c.target)),
              std::string::npos);
  }
  EXPECT_NE(std::string(g.note_of(g.statement_ref_of("TC-3"))).find("procedure unknown (-9)"),
            std::string::npos);
}

TEST(cow_tc, missing_months_and_amounts) {
  const auto [g, report] = dataset.load(excerpt);
  // Month `.`: the transfer covers its year.
  const auto& secession = transfer(g, "TC-53");
  EXPECT_EQ(secession.when, geokg::interval(day("1825"), day("1826-01-01")));
  EXPECT_EQ(secession.when.start()->precision(), geokg::date_precision::year);
  // Area and population `.`: no quantity.
  const auto& r = transfer(g, "TC-212");
  EXPECT_EQ(r.kind, relation_kind::cession);
  EXPECT_EQ(id_of(g, r.source), "GBR");
  EXPECT_EQ(id_of(g, r.target), "USA");
  EXPECT_TRUE(g.quantities_of(g.statement_ref_of("TC-212")).empty());
}

TEST(cow_tc, a_loser_that_is_no_state_makes_an_event) {
  const auto [g, report] = dataset.load(excerpt);
  const auto s = g.statement_ref_of("TC-217");
  ASSERT_EQ(s.kind, geokg::statement_kind::event);
  const auto& e = g.event_at(s.as_event());
  EXPECT_EQ(e.kind, relation_kind::annexation);
  EXPECT_EQ(e.subkind, "annexation");
  ASSERT_EQ(e.participants.size(), 1U);
  EXPECT_EQ(id_of(g, e.participants[0].actor), "JPN");
  EXPECT_EQ(e.participants[0].role, geokg::participant_role::initiator);
  EXPECT_EQ(e.when, geokg::interval(day("1873"), day("1874-01-01")));
  EXPECT_NE(std::string(g.note_of(s)).find("loser: not a state (-9)"), std::string::npos);
  EXPECT_EQ(quantity_of(g, "TC-217", "area"), geokg::quantity::exact(104, "km2"));
}

TEST(cow_tc, codes_that_are_no_state_are_warned_about_and_make_events) {
  const auto [g, report] = dataset.load(excerpt);
  const auto path = (excerpt / "tc2018.csv").string();
  const auto unknown = messages_with(report, geokg::errc::unknown_actor);
  ASSERT_EQ(unknown.size(), 2U) << diagnostics_text(report);
  EXPECT_EQ(unknown[0],
            path +
                ":4:39: warning: loser code 250 is not a COW state in geokg's table; taken as a "
                "non-state entity (at loser) [geokg.unknown_actor]");
  EXPECT_EQ(unknown[1],
            path +
                ":13:45: warning: loser code 1 is not a COW state in geokg's table; taken as a "
                "non-state entity (at loser) [geokg.unknown_actor]");
  // Unification of a German state with Prussia: Prussia (255, DEU) is the one state.
  const auto& unification = g.event_at(g.statement_ref_of("TC-108").as_event());
  EXPECT_EQ(unification.subkind, "unification");
  EXPECT_EQ(id_of(g, unification.participants.at(0).actor), "DEU");
  // 1952: Japan regains sovereignty (procedure -9, loser 1).
  const auto s = g.statement_ref_of("TC-654");
  ASSERT_EQ(s.kind, geokg::statement_kind::event);
  EXPECT_EQ(g.event_at(s.as_event()).kind, relation_kind::other);
  EXPECT_NE(std::string(g.note_of(s)).find("loser: code 1, not a COW state"), std::string::npos);
}

TEST(cow_tc, the_same_state_as_gainer_and_loser_makes_an_event) {
  const auto [g, report] = dataset.load(excerpt);
  const auto self = messages_with(report, geokg::errc::self_relation);
  ASSERT_EQ(self.size(), 1U);
  EXPECT_EQ(
      self[0],
      (excerpt / "tc2018.csv").string() +
          ":14:41: warning: change 770 has ARE as gainer and loser; loaded as an event, not a "
          "relation (at loser) [geokg.self_relation]");
  const auto& e = g.event_at(g.statement_ref_of("TC-770").as_event());
  ASSERT_EQ(e.participants.size(), 1U);
  EXPECT_EQ(id_of(g, e.participants[0].actor), "ARE");
}

TEST(cow_tc, malformed_rows_are_rejected_with_their_place_and_the_rest_kept) {
  std::ifstream in(excerpt / "tc2018.csv", std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // Change 354: procedure 9; change 416: a row with a field missing.
  const std::string p354 = "1895,4,740,1,1,", p416 = "1905,8,740,0,1,730,";
  text.replace(text.find(p354), p354.size(), "1895,4,740,1,9,");
  text.replace(text.find(p416), p416.size(), "1905,8,740,0,1,");
  const auto dir =
      fs::temp_directory_path() / (std::string("geokg_cow_tc_broken") + "_" +
                                   ::testing::UnitTest::GetInstance()->current_test_info()->name());
  fs::create_directories(dir);
  std::ofstream(dir / "tc2018.csv", std::ios::binary) << text;
  const auto [g, report] = dataset.load(dir / "tc2018.csv");
  EXPECT_EQ(report.tables[0].rows, (geokg::io::record_counts{13, 11, 2}));
  const auto errors = geokg::test::errors_of(report);
  ASSERT_EQ(errors.size(), 2U) << diagnostics_text(report);
  const auto path = (dir / "tc2018.csv").string();
  EXPECT_EQ(errors[0], path +
                           ":8:14: error: unknown procedure code '9' (1-6 or -9) (at procedur) "
                           "[geokg.invalid_value]");
  EXPECT_EQ(errors[1].substr(0, path.size() + 6), path + ":11:1:") << errors[1];
  EXPECT_NE(errors[1].find("[geokg.malformed_csv]"), std::string::npos) << errors[1];
  EXPECT_FALSE(g.find_statement("TC-354"));
  EXPECT_FALSE(g.find_statement("TC-416"));
  EXPECT_TRUE(g.find_statement("TC-414"));
  fs::remove_all(dir);
}

TEST(cow_tc, full_file) {
  if (!fs::exists(shared / "tc2018.csv"))
    GTEST_SKIP() << "no " << (shared / "tc2018.csv").string() << " (shared data not present)";
  const auto [g, report] = dataset.load(shared);
  ASSERT_EQ(report.tables.size(), 1U) << diagnostics_text(report);
  // The README: 842 transfers; none lost.
  EXPECT_EQ(report.tables[0].rows, (geokg::io::record_counts{842, 842, 0}));
  EXPECT_TRUE(report.ok()) << diagnostics_text(report);
  EXPECT_EQ(report.relations.loaded + report.events.loaded, 842U);
  EXPECT_EQ(report.relations.rejected + report.events.rejected, 0U);

  // Japan's gains (README, verified facts).
  const auto gains = [&](std::string_view from, relation_kind kind, std::string_view when) {
    const auto jpn = *g.find_actor("JPN"), other = *g.find_actor(from);
    return std::any_of(g.relations().begin(), g.relations().end(), [&](const geokg::relation& r) {
      const bool ends = kind == relation_kind::cession ? r.source == other && r.target == jpn
                                                       : r.source == jpn && r.target == other;
      return ends && r.kind == kind && r.when.contains(day(when));
    });
  };
  EXPECT_TRUE(gains("CHN", relation_kind::annexation, "1895-04"));
  EXPECT_TRUE(gains("CHN", relation_kind::annexation, "1932-01"));
  EXPECT_TRUE(gains("CHN", relation_kind::annexation, "1933-05"));
  EXPECT_TRUE(gains("RUS", relation_kind::cession, "1905-09"));
  EXPECT_TRUE(gains("COW-KOR", relation_kind::annexation, "1905-08"));
  // Procedure counts (README): cession 358, conquest 123, annexation 113, secession 59,
  // unification 39, mandate 19, missing 131, over relations and one-state events together.
  const auto count = [&](std::string_view subkind) {
    const auto n = std::count_if(g.relations().begin(), g.relations().end(),
                                 [&](const geokg::relation& r) { return r.subkind == subkind; }) +
                   std::count_if(g.events().begin(), g.events().end(),
                                 [&](const geokg::event& e) { return e.subkind == subkind; });
    return static_cast<std::size_t>(n);
  };
  EXPECT_EQ(count("cession"), 358U);
  EXPECT_EQ(count("conquest"), 123U);
  EXPECT_EQ(count("annexation"), 113U);
  EXPECT_EQ(count("secession"), 59U);
  EXPECT_EQ(count("unification"), 39U);
  EXPECT_EQ(count("mandate"), 19U);
  EXPECT_EQ(count("transfer"), 131U);
}

}  // namespace
