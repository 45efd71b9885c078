// SPDX-License-Identifier: MIT
// The COW state system and MID 5.0 loaders: excerpts always, the full files when present.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <geokg/core/knowledge_graph.hpp>
#include <geokg/io/load.hpp>

namespace {

namespace fs = std::filesystem;
using geokg::parse_date;
using geokg::relation_kind;
using geokg::io::input;
using geokg::io::load;
using geokg::io::load_options;
using geokg::io::load_result;

const fs::path excerpts = fs::path(GEOKG_TEST_DATA_DIR) / "real";
const fs::path shared = fs::path(GEOKG_SHARED_DIR) / "data" / "real";

load_result load_inputs(std::vector<input> inputs,
                        geokg::io::error_mode mode = geokg::io::error_mode::collect) {
  load_options options;
  options.on_error = mode;
  return load(std::span<const input>(inputs), options);
}

// The dispute relations between two actors, as (start, end) texts.
std::vector<std::string> disputes_between(const geokg::knowledge_graph& g, std::string_view a,
                                          std::string_view b) {
  std::vector<std::string> out;
  const auto ia = g.actor_index_of(a), ib = g.actor_index_of(b);
  for (const geokg::relation_index r : g.relation_indices()) {
    const auto& rel = g.relation_at(r);
    if (rel.kind == relation_kind::dispute &&
        ((rel.source == ia && rel.target == ib) || (rel.source == ib && rel.target == ia)))
      out.push_back(to_string(rel.when));
  }
  return out;
}

const geokg::io::table_counts* table(const geokg::io::load_report& r, std::string_view suffix) {
  for (const auto& t : r.tables)
    if (t.path.ends_with(suffix)) return &t;
  return nullptr;
}

TEST(CowStates, ExcerptGivesExistenceSpellsAndMajorPowers) {
  const auto result = load_inputs({{"cow-states", excerpts / "cow_states", {}}});
  ASSERT_TRUE(result.report.ok()) << result.report.summary();
  const auto& g = result.graph;
  const auto& japan = g[g.actor_index_of("JPN")];
  ASSERT_EQ(japan.existence.size(), 2U);
  EXPECT_EQ(to_string(japan.existence[0]), "1860-01-01/1945-08-15");
  EXPECT_EQ(to_string(japan.existence[1]), "1952-04-28/..");
  // Germany: 255 twice and 260 in between are one actor, DEU, with dated COW codes.
  const auto& germany = g[g.actor_index_of("DEU")];
  EXPECT_EQ(germany.code_at(geokg::code_system::cow, *parse_date("1970-01-01")), "260");
  EXPECT_EQ(germany.code_at(geokg::code_system::cow, *parse_date("1900-01-01")), "255");
  EXPECT_TRUE(g.find_actor("DDR"));
  EXPECT_TRUE(g.find_actor("COW-KOR"));
  // 12 state rows make 10 actors (JPN and GMY have two rows; GFR joins GMY); plus COW-MAJORS.
  EXPECT_EQ(g.num_actors(), 10U);
  const auto* rows = table(result.report, "states2016.csv");
  ASSERT_NE(rows, nullptr);
  EXPECT_EQ(rows->rows.read, 12U);
  EXPECT_EQ(rows->rows.loaded, 12U);
  // Major powers: Japan 1895-1945 and from 1991 as membership relations.
  const auto majors = g.actor_index_of("COW-MAJORS");
  std::vector<std::string> japan_spells;
  for (const geokg::relation_index r : g.relation_indices()) {
    const auto& rel = g.relation_at(r);
    if (rel.target == majors && rel.source == g.actor_index_of("JPN"))
      japan_spells.push_back(to_string(rel.when));
  }
  EXPECT_EQ(japan_spells, (std::vector<std::string>{"1895-04-01/1945-08-15", "1991-12-11/.."}));
}

TEST(CowMid, ExcerptDisputesAreEventsWithSidesAndPairRelations) {
  const auto result = load_inputs(
      {{"cow-states", excerpts / "cow_states", {}}, {"cow-mid", excerpts / "cow_mid", {}}});
  const auto& g = result.graph;
  EXPECT_EQ(result.report.count(geokg::severity::error), 0U) << result.report.summary();
  EXPECT_EQ(g.num_events(), 4U);
  const auto* a = table(result.report, "MIDA 5.0.csv");
  const auto* b = table(result.report, "MIDB 5.0.csv");
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->rows.read, 4U);
  EXPECT_EQ(b->rows.read, 39U);
  EXPECT_EQ(b->rows.loaded, 39U);

  // Dispute 2: a missing start day stays a month (1902-07), it is not invented.
  const auto d2 = g.find_statement("MID-2");
  ASSERT_TRUE(d2);
  const auto& e2 = g.event_at(d2->as_event());
  EXPECT_EQ(to_string(*e2.when.start()), "1902-07");
  EXPECT_EQ(e2.participants.size(), 2U);
  EXPECT_EQ(disputes_between(g, "USA", "GBR"), (std::vector<std::string>{"1902-07/1903-01-25"}));

  // The two Koreas on opposite sides; 1949-05 precedes the ROK's membership: reported, kept.
  EXPECT_EQ(disputes_between(g, "PRK", "KOR").size(), 2U);
  const auto outside = std::count_if(
      result.report.diagnostics.begin(), result.report.diagnostics.end(),
      [](const geokg::diagnostic& d) { return d.code == geokg::errc::outside_existence; });
  EXPECT_GE(outside, 1);

  // Dispute 258 (the Second World War): France changed sides; no relation of France with itself,
  // a warning instead; FRA-DEU and FRA-ITA relations exist.
  EXPECT_TRUE(std::any_of(result.report.diagnostics.begin(), result.report.diagnostics.end(),
                          [](const geokg::diagnostic& d) {
                            return d.code == geokg::errc::self_relation &&
                                   d.message.find("dispute 258 has FRA on both sides") !=
                                       std::string::npos;
                          }));
  EXPECT_FALSE(disputes_between(g, "FRA", "DEU").empty());
  // Japan and the USA from Pearl Harbor to the surrender (both spells end 1945-08-14).
  EXPECT_EQ(disputes_between(g, "USA", "JPN"), (std::vector<std::string>{"1941-12-07/1945-08-15"}));
  // Every relation points back to its dispute and cites the dataset.
  for (const geokg::relation_index r : g.relation_indices()) {
    const auto& rel = g.relation_at(r);
    if (rel.kind != relation_kind::dispute) continue;
    EXPECT_NE(rel.event, geokg::no_index);
    const auto cites = g.citations_of(r);
    ASSERT_EQ(cites.size(), 1U);
    EXPECT_EQ(cites[0].source, "cow_mid_5");
  }
}

TEST(CowMid, MalformedRowsAreRejectedWithTheirPlaceAndTheRestLoads) {
  const auto dir = fs::temp_directory_path() / "geokg_cow_mid_bad";
  fs::create_directories(dir);
  fs::copy_file(excerpts / "cow_mid" / "MIDA 5.0.csv", dir / "MIDA 5.0.csv",
                fs::copy_options::overwrite_existing);
  {
    std::ofstream b(dir / "MIDB 5.0.csv", std::ios::binary);
    b << "dispnum,stabb,ccode,stday,stmon,styear,endday,endmon,endyear,sidea,revstate,revtype1,"
         "revtype2,"
         "fatality,fatalpre,hiact,hostlev,orig,version\r\n"
      << "2186,\"ROK\",732,5,5,1949,10,8,1949,0,1,1,-9,-9,-9,17,4,1,5\r\n"
      << "2186,\"PRK\",731,5,13,1949,10,8,1949,1,1,1,-9,-9,-9,17,4,1,5\r\n"  // month 13
      << "2186,\"XXX\",999,5,5,1949,10,8,1949,1,1,1,-9,-9,-9,17,4,1,5\r\n"   // unknown code
      << "9999,\"PRK\",731,5,5,1949,10,8,1949,1,1,1,-9,-9,-9,17,4,1,5\r\n"   // unknown dispute
      << "2186,\"PRK\",abc,5,5,1949,10,8,1949,1,1,1,-9,-9,-9,17,4,1,5\r\n";  // not a number
  }
  const auto result = load_inputs({{"cow-mid", dir, {}}});
  const auto* b = table(result.report, "MIDB 5.0.csv");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->rows.read, 5U);
  EXPECT_EQ(b->rows.loaded, 1U);
  EXPECT_EQ(b->rows.rejected, 4U);
  std::vector<std::string> seen;
  for (const auto& d : result.report.diagnostics)
    if (d.level == geokg::severity::error && d.where.path.ends_with("MIDB 5.0.csv"))
      seen.push_back(to_string(d));
  ASSERT_EQ(seen.size(), 4U);
  EXPECT_NE(seen[0].find("MIDB 5.0.csv:3:18: error: impossible date (year 1949, month 13, day 5)"),
            std::string::npos)
      << seen[0];
  EXPECT_NE(seen[0].find("[geokg.invalid_date]"), std::string::npos) << seen[0];
  EXPECT_NE(seen[1].find("MIDB 5.0.csv:4:12: error: unknown COW state code 999"), std::string::npos)
      << seen[1];
  EXPECT_NE(seen[2].find("[geokg.unknown_statement]"), std::string::npos) << seen[2];
  EXPECT_NE(seen[3].find("MIDB 5.0.csv:6:12: error: expected an integer"), std::string::npos)
      << seen[3];
  // Stop mode: the first error is thrown with its place.
  EXPECT_THROW(load_inputs({{"cow-mid", dir, {}}}, geokg::io::error_mode::stop), geokg::data_error);
  fs::remove_all(dir);
}

TEST(CowRealData, FullFilesAddUpAndTheReadmeFactsHold) {
  if (!fs::exists(shared / "cow_mid" / "MIDB 5.0.csv"))
    GTEST_SKIP() << "no " << shared << ": full-file checks skipped";
  const auto result = load_inputs({{"", shared / "cow_states", {}}, {"", shared / "cow_mid", {}}});
  EXPECT_EQ(result.report.count(geokg::severity::error), 0U);
  const auto& g = result.graph;
  const std::pair<const char*, std::uint64_t> counts[] = {{"states2016.csv", 243},
                                                          {"majors2016.csv", 14},
                                                          {"MIDA 5.0.csv", 2436},
                                                          {"MIDB 5.0.csv", 5883}};
  for (const auto& [file, rows] : counts) {
    const auto* t = table(result.report, file);
    ASSERT_NE(t, nullptr) << file;
    EXPECT_EQ(t->rows.read, rows) << file;
    EXPECT_EQ(t->rows.loaded + t->rows.rejected, t->rows.read) << file;
  }
  EXPECT_EQ(g.num_events(), 2436U);
  // 31 disputes have North and South Korea on opposite sides.
  const auto prk = g.actor_index_of("PRK"), kor = g.actor_index_of("KOR");
  std::set<geokg::event_index> korean;
  for (const geokg::relation_index r : g.relation_indices()) {
    const auto& rel = g.relation_at(r);
    if (rel.kind == relation_kind::dispute &&
        ((rel.source == prk && rel.target == kor) || (rel.source == kor && rel.target == prk)))
      korean.insert(rel.event);
  }
  EXPECT_EQ(korean.size(), 31U);
  // MIDA's hostility levels: 106 wars.
  std::size_t wars = 0;
  for (const geokg::event_index e : g.event_indices())
    wars += g.event_at(e).subkind == "war" ? 1U : 0U;
  EXPECT_EQ(wars, 106U);
  // Japan: two membership spells; the USA, China and Russia are there.
  EXPECT_EQ(g[g.actor_index_of("JPN")].existence.size(), 2U);
  EXPECT_EQ(g.num_actors(), 217U + 1U - 1U);  // 217 COW codes, GFR joins DEU, plus COW-MAJORS
}

}  // namespace
