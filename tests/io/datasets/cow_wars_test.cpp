// SPDX-License-Identifier: MIT
// The `cow-wars` format through the public API, on the excerpt in tests/data/real/cow_wars and,
// when present, on the full files in ../shared/data/real/cow_wars.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "geokg/io/input.hpp"
#include "geokg/io/load.hpp"

#include "../test_files.hpp"
#include "dataset_test_support.hpp"

namespace {

namespace fs = std::filesystem;
using geokg::io::error_mode;

const geokg::test::real_dataset dataset{"cow-wars", "cow_wars"};
const fs::path excerpt = dataset.excerpt();
const fs::path shared = dataset.full();
const std::string inter = "Inter-StateWarData_v4.0.csv";
const std::string extra = "Extra-StateWarData_v4.0.csv";

using geokg::test::day;
using geokg::test::diagnostics_text;
using geokg::test::messages_with;

const geokg::event& event_of(const geokg::knowledge_graph& g, std::string_view id) {
  const auto s = g.statement_ref_of(id);
  EXPECT_EQ(s.kind, geokg::statement_kind::event);
  return g.event_at(s.as_event());
}

bool takes_part(const geokg::knowledge_graph& g, const geokg::event& e, std::string_view actor,
                geokg::participant_role role) {
  const auto a = g.find_actor(actor);
  return a &&
         std::any_of(e.participants.begin(), e.participants.end(),
                     [&](const geokg::participant& p) { return p.actor == *a && p.role == role; });
}

// The war relations between two actors (either order), in insertion order.
std::vector<geokg::relation_index> wars_between(const geokg::knowledge_graph& g, std::string_view x,
                                                std::string_view y) {
  std::vector<geokg::relation_index> out;
  const auto a = g.find_actor(x), b = g.find_actor(y);
  if (!a || !b) return out;
  for (const geokg::relation_index i : g.relation_indices()) {
    const auto& r = g.relation_at(i);
    if (r.kind == geokg::relation_kind::war &&
        ((r.source == *a && r.target == *b) || (r.source == *b && r.target == *a)))
      out.push_back(i);
  }
  return out;
}

std::optional<geokg::quantity> quantity_of(const geokg::knowledge_graph& g, geokg::statement_ref s,
                                           std::string_view name) {
  for (const auto& q : g.quantities_of(s))
    if (q.name == name) return q.value;
  return std::nullopt;
}

// The excerpts' bytes as they are (the quirks below are in the bytes).
const auto bytes_of = geokg::test::read_file;

// The excerpt must keep the quirks the tests below rely on (a re-saved copy would lose them).
TEST(cow_wars, excerpt_keeps_bare_cr_line_ends_and_cp1252_bytes) {
  for (const auto& name : {inter, extra}) {
    SCOPED_TRACE(name);
    const auto text = bytes_of(excerpt / name);
    EXPECT_EQ(text.find('\n'), std::string::npos);
    EXPECT_GT(std::count(text.begin(), text.end(), '\r'), 10);
  }
  EXPECT_NE(bytes_of(excerpt / extra).find("Hassan\x92s"), std::string::npos);
}

TEST(cow_wars, accounts_for_every_row_of_both_files) {
  const auto [g, report] = dataset.load(excerpt);
  ASSERT_EQ(report.tables.size(), 2U) << diagnostics_text(report);
  EXPECT_EQ(report.tables[0].path, (excerpt / inter).string());
  EXPECT_EQ(report.tables[0].rows, (geokg::io::record_counts{34, 34, 0}));
  EXPECT_EQ(report.tables[1].path, (excerpt / extra).string());
  EXPECT_EQ(report.tables[1].rows, (geokg::io::record_counts{15, 15, 0}));
  EXPECT_TRUE(report.ok()) << diagnostics_text(report);
  // 7 inter-state wars and 5 extra-state wars.
  EXPECT_EQ(g.num_events(), 12U);
  EXPECT_EQ(report.events, (geokg::io::record_counts{12, 12, 0}));
  EXPECT_EQ(report.relations.rejected, 0U);
}

TEST(cow_wars, detects_the_folder_and_the_file) {
  EXPECT_EQ(geokg::io::detect_format(excerpt), "cow-wars");
  EXPECT_EQ(geokg::io::detect_format(excerpt / inter), "cow-wars");
  // The file alone: the inter-state wars only.
  const auto [g, report] = dataset.load(excerpt / inter);
  EXPECT_EQ(report.tables.size(), 1U);
  EXPECT_EQ(g.num_events(), 7U);
}

TEST(cow_wars, korean_war_is_one_event_with_two_sides) {
  const auto [g, report] = dataset.load(excerpt);
  const auto s = g.statement_ref_of("WAR-151");
  const auto& e = event_of(g, "WAR-151");
  EXPECT_EQ(e.kind, geokg::relation_kind::war);
  EXPECT_EQ(e.title, "Korean");
  EXPECT_EQ(e.subkind, "inter_state");
  // From North Korea's start (1950-06-24) to the armistice (1953-07-27, inclusive).
  EXPECT_EQ(e.when, geokg::interval(day("1950-06-24"), day("1953-07-28")));
  EXPECT_EQ(e.participants.size(), 16U);
  EXPECT_TRUE(takes_part(g, e, "USA", geokg::participant_role::side_a));
  EXPECT_TRUE(takes_part(g, e, "KOR", geokg::participant_role::side_a));
  EXPECT_TRUE(takes_part(g, e, "GBR", geokg::participant_role::side_a));
  EXPECT_TRUE(takes_part(g, e, "PRK", geokg::participant_role::side_b));
  EXPECT_TRUE(takes_part(g, e, "CHN", geokg::participant_role::side_b));
  EXPECT_EQ(quantity_of(g, s, "battle deaths"), geokg::quantity::exact(910084, "person"));
  EXPECT_EQ(quantity_of(g, s, "battle deaths USA"), geokg::quantity::exact(54487, "person"));
  EXPECT_EQ(quantity_of(g, s, "battle deaths PRK"), geokg::quantity::exact(316579, "person"));
  const auto note = std::string(g.note_of(s));
  EXPECT_NE(note.find("stalemate: CHN, BEL, CAN"), std::string::npos) << note;
  EXPECT_NE(note.find("initiated by: PRK"), std::string::npos) << note;
  EXPECT_NE(note.find("fought in: Asia"), std::string::npos) << note;
  ASSERT_EQ(g.citations_of(s).size(), 1U);
  EXPECT_EQ(g.citations_of(s)[0].source, "cow_wars_4");
  EXPECT_EQ(g.citations_of(s)[0].locator, "Inter-State WarNum 151");
}

TEST(cow_wars, korean_war_gives_a_relation_per_opposing_pair) {
  const auto [g, report] = dataset.load(excerpt);
  const auto war = g.statement_ref_of("WAR-151").as_event();
  const auto in_war = std::count_if(g.relations().begin(), g.relations().end(),
                                    [&](const geokg::relation& r) { return r.event == war; });
  EXPECT_EQ(in_war, 14 * 2);  // 14 states on side 1, 2 on side 2, one spell each
  const auto usa_prk = wars_between(g, "USA", "PRK");
  ASSERT_EQ(usa_prk.size(), 1U);
  const auto& r = g.relation_at(usa_prk[0]);
  EXPECT_EQ(r.source, *g.find_actor("USA"));  // side 1 first
  EXPECT_EQ(r.event, war);
  // The overlap of the two spells: the US joined on 1950-06-27.
  EXPECT_EQ(r.when, geokg::interval(day("1950-06-27"), day("1953-07-28")));
  EXPECT_TRUE(r.when.contains(day("1950-07")));
  EXPECT_FALSE(r.when.contains(day("1950-06-25")));
  const auto cites = g.citations_of(usa_prk[0]);
  ASSERT_EQ(cites.size(), 1U);
  EXPECT_EQ(cites[0].source, "cow_wars_4");
  EXPECT_EQ(cites[0].locator,
            "Inter-State WarNum 151 ccode 2 side 1; Inter-State WarNum 151 ccode 731 side 2");
  // China entered in October 1950.
  const auto kor_chn = wars_between(g, "KOR", "CHN");
  ASSERT_EQ(kor_chn.size(), 1U);
  EXPECT_EQ(g.relation_at(kor_chn[0]).when, geokg::interval(day("1950-10-27"), day("1953-07-28")));
  EXPECT_TRUE(wars_between(g, "USA", "KOR").empty());
}

TEST(cow_wars, russo_japanese_war_has_its_winner_in_the_note) {
  const auto [g, report] = dataset.load(excerpt);
  const auto& e = event_of(g, "WAR-85");
  EXPECT_EQ(e.title, "Russo-Japanese");
  EXPECT_TRUE(takes_part(g, e, "JPN", geokg::participant_role::side_a));
  EXPECT_TRUE(takes_part(g, e, "RUS", geokg::participant_role::side_b));
  const auto r = wars_between(g, "JPN", "RUS");
  ASSERT_EQ(r.size(), 1U);
  EXPECT_EQ(g.relation_at(r[0]).when, geokg::interval(day("1904-02-08"), day("1905-09-16")));
  EXPECT_EQ(g.note_of(g.statement_ref_of("WAR-85")),
            "winner: JPN; loser: RUS; initiated by: JPN; fought in: Asia");
}

TEST(cow_wars, second_spells_give_a_relation_each) {
  const auto [g, report] = dataset.load(excerpt);
  EXPECT_EQ(event_of(g, "WAR-46").when, geokg::interval(day("1864-02-01"), day("1864-07-21")));
  const auto r = wars_between(g, "DEU", "DNK");
  ASSERT_EQ(r.size(), 2U);
  EXPECT_EQ(g.relation_at(r[0]).when, geokg::interval(day("1864-02-01"), day("1864-04-26")));
  EXPECT_EQ(g.relation_at(r[1]).when, geokg::interval(day("1864-06-25"), day("1864-07-21")));
}

TEST(cow_wars, a_state_on_both_sides_is_listed_twice_and_warned_about) {
  const auto [g, report] = dataset.load(excerpt);
  const auto& e = event_of(g, "WAR-108");
  EXPECT_TRUE(takes_part(g, e, "DEU", geokg::participant_role::side_a));
  EXPECT_TRUE(takes_part(g, e, "DEU", geokg::participant_role::side_b));
  // Germany on side 2 (line 11, ccode at column 26) against itself on side 1.
  const auto self = messages_with(report, geokg::errc::self_relation);
  ASSERT_EQ(self.size(), 1U);
  EXPECT_EQ(
      self[0],
      (excerpt / inter).string() +
          ":11:26: warning: war 108 has DEU on both sides (it changed sides, or two COW codes "
          "denote it); no relation with itself (at source) [geokg.self_relation]");
  EXPECT_NE(g.note_of(g.statement_ref_of("WAR-108")).find("changed sides: DEU (side 1)"),
            std::string::npos);
  // Each German row fights its own opponents: side 1 against Russia, side 2 against the Baltics.
  EXPECT_EQ(wars_between(g, "DEU", "RUS").size(), 1U);
  EXPECT_EQ(wars_between(g, "DEU", "LVA").size(), 1U);
  EXPECT_EQ(wars_between(g, "DEU", "EST").size(), 1U);
}

TEST(cow_wars, pairs_that_never_fought_at_the_same_time_are_warned_about) {
  const auto [g, report] = dataset.load(excerpt);
  EXPECT_TRUE(wars_between(g, "BEL", "HUN").empty());
  const auto apart = messages_with(report, geokg::errc::end_before_start);
  ASSERT_EQ(apart.size(), 1U);
  EXPECT_EQ(
      apart[0],
      (excerpt / inter).string() +
          ":14:39: warning: in war 139, BEL and HUN took part at different times; no relation "
          "for the pair (at start) [geokg.end_before_start]");
}

TEST(cow_wars, unknown_battle_deaths_are_noted_not_counted) {
  const auto [g, report] = dataset.load(excerpt);
  const auto s = g.statement_ref_of("WAR-170");
  EXPECT_EQ(event_of(g, "WAR-170").title, "Second Laotian, Phase 2");  // quoted in the file
  EXPECT_EQ(quantity_of(g, s, "battle deaths"),
            geokg::quantity::exact(375 + 11250 + 2250, "person"));
  EXPECT_FALSE(quantity_of(g, s, "battle deaths THA"));
  const auto note = std::string(g.note_of(s));
  EXPECT_NE(note.find("battle deaths unknown (-9): THA"), std::string::npos) << note;
  EXPECT_NE(note.find("transformed from war: 756"), std::string::npos) << note;
}

TEST(cow_wars, extra_state_names_arrive_as_utf8) {
  const auto [g, report] = dataset.load(excerpt);
  const auto s = g.statement_ref_of("WAR-419");
  const auto& e = event_of(g, "WAR-419");
  EXPECT_EQ(e.title, "Somali Rebellion");
  EXPECT_EQ(e.subkind, "extra_state_colonial");
  EXPECT_TRUE(takes_part(g, e, "GBR", geokg::participant_role::side_a));
  EXPECT_TRUE(takes_part(g, e, "ETH", geokg::participant_role::side_a));
  const auto note = std::string(g.note_of(s));
  // cp1252 0x92 is U+2019, three bytes in UTF-8.
  EXPECT_NE(note.find("non-state side: Mohammad Abdullah Hassan\u2019s Dervishes"),
            std::string::npos)
      << note;
  EXPECT_NE(note.find("battle deaths unknown (-9): ETH"), std::string::npos) << note;
  EXPECT_EQ(quantity_of(g, s, "non-state deaths"), geokg::quantity::exact(4000, "person"));
  // Extra-state wars are events only: no state-state relation.
  const auto war = s.as_event();
  EXPECT_TRUE(std::none_of(g.relations().begin(), g.relations().end(),
                           [&](const geokg::relation& r) { return r.event == war; }));
}

TEST(cow_wars, ongoing_wars_have_an_open_end) {
  const auto [g, report] = dataset.load(excerpt);
  const auto& e = event_of(g, "WAR-481");
  EXPECT_EQ(e.when.start(), day("2001-12-23"));
  EXPECT_TRUE(e.when.is_open_end());
  EXPECT_TRUE(takes_part(g, e, "DEU", geokg::participant_role::side_a));
  EXPECT_EQ(e.participants.size(), 7U);
  const auto note = std::string(g.note_of(g.statement_ref_of("WAR-481")));
  EXPECT_NE(note.find("ongoing at the end of the data (-7): FRA, AUS, DEU, GBR, CAN, USA, AFG"),
            std::string::npos)
      << note;
  // States on side B (war 327: the UK and France against Argentina's side).
  const auto& river_plate = event_of(g, "WAR-327");
  EXPECT_TRUE(takes_part(g, river_plate, "ARG", geokg::participant_role::side_a));
  EXPECT_TRUE(takes_part(g, river_plate, "GBR", geokg::participant_role::side_b));
  EXPECT_TRUE(takes_part(g, river_plate, "FRA", geokg::participant_role::side_b));
}

// A copy of the inter-state excerpt with the text of some cells replaced (bytes otherwise kept).
fs::path broken_copy(const std::string& from, const std::string& to, const std::string& from2 = {},
                     const std::string& to2 = {}) {
  std::ifstream in(excerpt / inter, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos);
  text.replace(at, from.size(), to);
  if (!from2.empty()) {
    const auto at2 = text.find(from2);
    EXPECT_NE(at2, std::string::npos);
    text.replace(at2, from2.size(), to2);
  }
  const auto dir =
      fs::temp_directory_path() / (std::string("geokg_cow_wars_broken") + "_" +
                                   ::testing::UnitTest::GetInstance()->current_test_info()->name());
  fs::create_directories(dir);
  std::ofstream(dir / inter, std::ios::binary) << text;
  return dir / inter;
}

TEST(cow_wars, malformed_rows_are_rejected_with_their_place_and_the_rest_kept) {
  // Russia's row of war 85 (line 8) gets side 3; Japan's start month (line 7) becomes 13.
  const auto file = broken_copy(
      "85,Russo-Japanese,1,365,Russia,2,", "85,Russo-Japanese,1,365,Russia,3,",
      "85,Russo-Japanese,1,740,Japan,1,2,8,1904", "85,Russo-Japanese,1,740,Japan,1,13,8,1904");
  const auto [g, report] = dataset.load(file);
  EXPECT_EQ(report.tables[0].rows, (geokg::io::record_counts{34, 32, 2}));
  const auto errors = [&] {
    std::vector<std::string> out;
    for (const auto& d : report.diagnostics)
      if (d.level == geokg::severity::error) out.push_back(geokg::to_string(d));
    return out;
  }();
  ASSERT_EQ(errors.size(), 2U) << diagnostics_text(report);
  EXPECT_EQ(errors[0],
            file.string() +
                ":7:33: error: impossible date (year 1904, month 13, day 8) (at StartMonth1) "
                "[geokg.invalid_date]");
  EXPECT_EQ(
      errors[1],
      file.string() + ":8:32: error: side must be 1 or 2, not '3' (at Side) [geokg.invalid_value]");
  EXPECT_FALSE(g.find_statement("WAR-85"));
  EXPECT_TRUE(g.find_statement("WAR-151"));
  EXPECT_EQ(g.num_events(), 6U);
  fs::remove_all(file.parent_path());
}

TEST(cow_wars, stop_mode_throws_at_the_first_malformed_row) {
  const auto file =
      broken_copy("85,Russo-Japanese,1,365,Russia,2,", "85,Russo-Japanese,1,365,Russia,3,");
  try {
    dataset.load(file, error_mode::stop);
    ADD_FAILURE() << "no exception";
  } catch (const geokg::data_error& e) {
    EXPECT_EQ(e.code(), geokg::errc::invalid_value);
    EXPECT_EQ(e.where().line, 8U);
    EXPECT_EQ(e.where().column, 32U);
  }
  fs::remove_all(file.parent_path());
}

TEST(cow_wars, full_files) {
  if (!fs::exists(shared / inter))
    GTEST_SKIP() << "no " << (shared / inter).string() << " (shared data not present)";
  const auto [g, report] = dataset.load(shared);
  ASSERT_EQ(report.tables.size(), 2U) << diagnostics_text(report);
  // The README's row counts: 337 participant rows in 95 wars; 198 extra-state rows.
  EXPECT_EQ(report.tables[0].rows, (geokg::io::record_counts{337, 337, 0}));
  EXPECT_EQ(report.tables[1].rows, (geokg::io::record_counts{198, 198, 0}));
  EXPECT_TRUE(report.ok()) << diagnostics_text(report);
  EXPECT_EQ(report.events.loaded, 95U + 163U);
  EXPECT_EQ(report.relations.rejected, 0U);

  const auto& korea = event_of(g, "WAR-151");
  EXPECT_TRUE(takes_part(g, korea, "USA", geokg::participant_role::side_a));
  EXPECT_TRUE(takes_part(g, korea, "KOR", geokg::participant_role::side_a));
  EXPECT_TRUE(takes_part(g, korea, "PRK", geokg::participant_role::side_b));
  EXPECT_TRUE(takes_part(g, korea, "CHN", geokg::participant_role::side_b));
  const auto usa_prk = wars_between(g, "USA", "PRK");
  ASSERT_FALSE(usa_prk.empty());
  EXPECT_TRUE(std::any_of(usa_prk.begin(), usa_prk.end(),
                          [&](auto i) { return g.relation_at(i).when.contains(day("1950-12")); }));
  const auto jpn_rus = wars_between(g, "JPN", "RUS");
  EXPECT_TRUE(std::any_of(jpn_rus.begin(), jpn_rus.end(), [&](auto i) {
    return g.relation_at(i).when == geokg::interval(day("1904-02-08"), day("1905-09-16"));
  }));
  // The Gulf War is war 211; World War II has pairs that never overlap, warned about.
  EXPECT_TRUE(g.find_statement("WAR-211"));
  EXPECT_FALSE(messages_with(report, geokg::errc::end_before_start).empty());
  EXPECT_NE(std::string(g.note_of(g.statement_ref_of("WAR-419"))).find("Hassan\u2019s"),
            std::string::npos);
  // War 79 was transformed from two wars, listed in one quoted cell.
  EXPECT_NE(
      std::string(g.note_of(g.statement_ref_of("WAR-79"))).find("transformed from war: 404, 410"),
      std::string::npos);
}

}  // namespace
