// SPDX-License-Identifier: MIT
// The `mapped` format: dyad-year and dated tables read through a mapping file, on an ATOP excerpt,
// on small synthetic tables, and (when ../shared is present) on the full ATOP and COW files.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "geokg/io/input.hpp"
#include "geokg/io/load.hpp"

namespace {

namespace fs = std::filesystem;
using geokg::io::error_mode;

const fs::path atop_map = fs::path(GEOKG_SOURCE_DIR) / "data/mappings/atop_dyadyear.map";
const fs::path cow_map = fs::path(GEOKG_SOURCE_DIR) / "data/mappings/cow_alliance_dyadyear.map";
const fs::path atop_excerpt =
    fs::path(GEOKG_TEST_DATA_DIR) / "real/atop/atop_dyadyear_excerpt.csv.gz";

geokg::io::load_result load_mapped(const fs::path& map, const fs::path& table,
                                   error_mode mode = error_mode::collect) {
  const geokg::io::input in{"mapped", table, map};
  return geokg::io::load(std::span(&in, 1), {.on_error = mode});
}

std::string diagnostics_text(const geokg::io::load_report& r, std::string_view only = {}) {
  std::string out;
  for (const auto& d : r.diagnostics) {
    const auto line = geokg::to_string(d);
    if (only.empty() || line.find(only) != std::string::npos) out += line + "\n";
  }
  return out;
}

// The relations between two actors (either order) with a subkind, in index order.
std::vector<geokg::relation_index> between(const geokg::knowledge_graph& g, std::string_view a,
                                           std::string_view b, std::string_view subkind) {
  std::vector<geokg::relation_index> out;
  const auto ia = g.find_actor(a), ib = g.find_actor(b);
  if (!ia || !ib) return out;
  for (const geokg::relation_index i : g.relation_indices()) {
    const auto& r = g.relation_at(i);
    const bool pair = (r.source == *ia && r.target == *ib) || (r.source == *ib && r.target == *ia);
    if (pair && r.subkind == subkind) out.push_back(i);
  }
  return out;
}

std::string when(const geokg::knowledge_graph& g, geokg::relation_index i) {
  return geokg::to_string(g.relation_at(i).when);
}

double quantity_of(const geokg::knowledge_graph& g, geokg::relation_index i,
                   std::string_view name) {
  for (const auto& q : g.quantities_of(i))
    if (q.name == name) return q.value.low;
  return -1;
}

// A scratch folder for synthetic tables and mappings, emptied per test.
fs::path scratch(std::string_view name) {
  const auto dir = fs::temp_directory_path() / ("geokg_mapped_" + std::string(name));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

void write(const fs::path& file, std::string_view text) {
  std::ofstream(file, std::ios::binary) << text;
}

// --- the ATOP excerpt through the shipped mapping -----------------------------------------------

TEST(mapped_table, merges_consecutive_years_into_one_relation_citing_its_rows) {
  auto [g, report] = load_mapped(atop_map, atop_excerpt);
  const auto defense = between(g, "USA", "JPN", "defense");
  ASSERT_EQ(defense.size(), 1U) << diagnostics_text(report);
  const auto r = defense[0];
  EXPECT_EQ(when(g, r), "1951/2019");  // dyad-years 1951-2018, end exclusive, year precision
  EXPECT_EQ(g.relation_at(r).kind, geokg::relation_kind::alliance);
  EXPECT_EQ(g.relation_at(r).polarity(), geokg::sign::positive);
  EXPECT_EQ(g.id_of(r), "atop_5_1.USA-JPN.atop_defense.1951");
  const auto cites = g.citations_of(r);
  ASSERT_EQ(cites.size(), 1U);
  EXPECT_EQ(cites[0].source, "atop_5_1");
  // The first row of the run is excerpt line 84 (2,740,1951), the last line 151 (2,740,2018).
  EXPECT_EQ(cites[0].locator, "ccode1 2, ccode2 740, atop_defense = 1, 1951-2018 (lines 84-151)");
  EXPECT_EQ(quantity_of(g, r, "dyad_years"), 68);
  const auto korea = between(g, "USA", "KOR", "defense");
  ASSERT_EQ(korea.size(), 1U);
  EXPECT_EQ(when(g, korea[0]), "1953/2019");
  const auto& source = g.source_at(*g.find_source("atop_5_1"));
  EXPECT_EQ(source.kind, geokg::source_kind::dataset);
  EXPECT_NE(source.note.find("Leeds"), std::string::npos);
}

TEST(mapped_table, starts_a_new_relation_after_a_gap_in_the_years) {
  auto [g, report] = load_mapped(atop_map, atop_excerpt);
  const auto consultation = between(g, "USA", "JPN", "consultation");
  std::vector<std::string> spans;
  for (const auto r : consultation)
    spans.push_back(when(g, r));
  EXPECT_EQ(spans, (std::vector<std::string>{"1908/1911", "1921/1932", "1951/2019"}));
  ASSERT_EQ(consultation.size(), 3U);
  EXPECT_EQ(g.citations_of(consultation[1])[0].locator,
            "ccode1 2, ccode2 740, atop_consul = 1, 1921-1931 (lines 73-83)");
}

TEST(mapped_table, accounts_for_every_row) {
  auto [g, report] = load_mapped(atop_map, atop_excerpt);
  ASSERT_EQ(report.tables.size(), 1U);
  EXPECT_EQ(report.tables[0].path, atop_excerpt.string());
  EXPECT_EQ(report.tables[0].rows, (geokg::io::record_counts{536, 536, 0}));
  EXPECT_TRUE(report.ok()) << diagnostics_text(report);
  EXPECT_EQ(report.relations.rejected, 0U);
}

TEST(mapped_table, keeps_rows_without_any_flag_as_unspecified_alliances) {
  // ATOP's 140-160 (Brazil-Argentina) 1859-1864: an alliance in force with none of the five
  // obligations coded; the mapping's `unmatched` rule keeps them.
  auto [g, report] = load_mapped(atop_map, atop_excerpt);
  const auto unspecified = between(g, "BRA", "ARG", "unspecified");
  ASSERT_EQ(unspecified.size(), 1U);
  EXPECT_EQ(when(g, unspecified[0]), "1859/1865");
  EXPECT_EQ(g.relation_at(unspecified[0]).kind, geokg::relation_kind::alliance);
  EXPECT_EQ(g.citations_of(unspecified[0])[0].locator,
            "ccode1 140, ccode2 160, no rule matched, 1859-1864 (lines 176-181)");
}

TEST(mapped_table, warns_about_the_1815_start_before_the_state_system) {
  auto [g, report] = load_mapped(atop_map, atop_excerpt);
  const auto path = atop_excerpt.string();
  EXPECT_NE(diagnostics_text(report).find(
                path + ":372:1: warning: relation 1815/1816 falls outside the existence of actor "
                       "'GBR' (1816-01-01/..) [geokg.outside_existence]"),
            std::string::npos)
      << diagnostics_text(report);
  EXPECT_EQ(between(g, "GBR", "NLD", "defense").size(), 3U);  // 1815, 1942-1945, 1948-1950
}

TEST(mapped_table, warns_about_mirror_rows_that_disagree) {
  // ATOP codes obligations per direction. Guatemala (90) and Honduras (91), 1907-1918: only the
  // row 91,90 has atop_neutral = 1; USA-Japan 1951-2018: only 2,740 has atop_defense = 1. That is
  // 12 + 68 dyad-years of the excerpt whose two rows differ.
  auto [g, report] = load_mapped(atop_map, atop_excerpt);
  const auto path = atop_excerpt.string();
  const auto warnings = diagnostics_text(report, "mirror");
  EXPECT_EQ(std::count(warnings.begin(), warnings.end(), '\n'), 80);
  EXPECT_NE(
      warnings.find(
          path + ":164:1: warning: the row and its mirror row at line 152 disagree on "
                 "atop_neutral; a relation is kept if either row gives it [geokg.invalid_value]\n"),
      std::string::npos)
      << warnings;
  const auto neutrality = between(g, "GTM", "HND", "neutrality");
  ASSERT_EQ(neutrality.size(), 1U);
  EXPECT_EQ(when(g, neutrality[0]), "1907/1919");
}

TEST(mapped_table, merges_two_codes_of_one_state_with_a_warning) {
  // 1990: the USA's rows with COW 255 and 260 both name Germany (DEU).
  auto [g, report] = load_mapped(atop_map, atop_excerpt);
  const auto path = atop_excerpt.string();
  EXPECT_EQ(diagnostics_text(report, "duplicate_relation"),
            path +
                ":3:1: warning: the row gives the same states (USA, DEU) at 1990 in the same order "
                "as line 2 (two codes of one state, or a repeated row); the two rows are merged "
                "[geokg.duplicate_relation]\n" +
                path +
                ":389:1: warning: the row gives the same states (DEU, USA) at 1990 in the same "
                "order as line 388 (two codes of one state, or a repeated row); the two rows are "
                "merged [geokg.duplicate_relation]\n");
  const auto defense = between(g, "USA", "DEU", "defense");
  ASSERT_EQ(defense.size(), 1U);
  EXPECT_EQ(when(g, defense[0]), "1990/1991");
}

// --- synthetic tables ----------------------------------------------------------------------------

constexpr std::string_view pact_map = R"(# a test mapping
[table]
actor1 = a
actor2 = b
codes = iso3
year = year
mirrored = yes

[source]
id = test_pacts
title = Test pacts

[rules]
pact = 1 -> kind alliance, subkind defense
talks = 1 -> kind summit, weight 0.5
)";

TEST(mapped_table, warns_about_rows_without_their_mirror) {
  const auto dir = scratch("no_mirror");
  write(dir / "pacts.map", pact_map);
  write(dir / "pacts.csv",
        "a,b,year,pact,talks\nUSA,KOR,1953,1,0\nUSA,KOR,1954,1,0\nKOR,USA,1953,1,0\n");
  auto [g, report] = load_mapped(dir / "pacts.map", dir / "pacts.csv");
  EXPECT_EQ(diagnostics_text(report),
            (dir / "pacts.csv").string() +
                ":3:1: warning: the row has no mirror row (the same pair in the other order, at "
                "1954), though the mapping says rows come in both orders; its relations are kept "
                "[geokg.missing_field]\n");
  const auto pact = between(g, "USA", "KOR", "defense");
  ASSERT_EQ(pact.size(), 1U);
  EXPECT_EQ(when(g, pact[0]), "1953/1955");
  EXPECT_EQ(g.relation_at(pact[0]).source, *g.find_actor("USA"));  // the first row's order
}

TEST(mapped_table, applies_several_rules_to_one_row_with_their_weights) {
  const auto dir = scratch("rules");
  write(dir / "pacts.map", pact_map);
  write(dir / "pacts.csv", "a,b,year,pact,talks\nJPN,USA,2000,1,1\nUSA,JPN,2000,1,1\n");
  auto [g, report] = load_mapped(dir / "pacts.map", dir / "pacts.csv");
  EXPECT_TRUE(report.diagnostics.empty()) << diagnostics_text(report);
  ASSERT_EQ(g.num_relations(), 2U);
  EXPECT_EQ(g.relation_at(geokg::relation_index{1}).kind, geokg::relation_kind::summit);
  EXPECT_FLOAT_EQ(g.relation_at(geokg::relation_index{1}).weight, 0.5F);
  EXPECT_EQ(g.id_of({geokg::statement_kind::relation, 1}), "test_pacts.JPN-USA.talks.2000");
}

TEST(mapped_table, rejects_rows_no_rule_matches_unless_the_mapping_keeps_them) {
  const auto dir = scratch("unmatched");
  write(dir / "pacts.map", pact_map);
  write(dir / "pacts.csv",
        "a,b,year,pact,talks\nJPN,USA,2000,0,0\nUSA,JPN,2000,0,0\nUSA,JPN,2001,1,0\nJPN,USA,2001,1,"
        "0\n");
  auto [g, report] = load_mapped(dir / "pacts.map", dir / "pacts.csv");
  EXPECT_EQ(report.tables[0].rows, (geokg::io::record_counts{4, 2, 2}));
  EXPECT_EQ(report.diagnostics.size(), 2U);
  EXPECT_EQ(geokg::to_string(report.diagnostics[0]),
            (dir / "pacts.csv").string() +
                ":2:1: error: no rule matches the row (pact = '0', talks = '0') and the mapping "
                "rejects such rows [geokg.invalid_value]");
  EXPECT_EQ(g.num_relations(), 1U);
  EXPECT_THROW(load_mapped(dir / "pacts.map", dir / "pacts.csv", error_mode::stop),
               geokg::data_error);
}

TEST(mapped_table, keeps_an_unmatched_dyad_only_if_its_mirror_row_is_unmatched_too) {
  const auto dir = scratch("unmatched_mirror");
  std::string map(pact_map);
  map.replace(map.find("mirrored = yes\n"), 15,
              "mirrored = yes\nunmatched = kind alliance, subkind unspecified\n");
  write(dir / "pacts.map", map);
  // 2000: one direction has a pact, the other nothing (a one-sided obligation); 2001: neither.
  write(dir / "pacts.csv",
        "a,b,year,pact,talks\nJPN,USA,2000,0,0\nUSA,JPN,2000,1,0\nJPN,USA,2001,0,0\nUSA,JPN,2001,0,"
        "0\n");
  auto [g, report] = load_mapped(dir / "pacts.map", dir / "pacts.csv");
  EXPECT_EQ(diagnostics_text(report),
            (dir / "pacts.csv").string() +
                ":3:1: warning: the row and its mirror row at line 2 disagree on pact; a relation "
                "is kept if either row gives it [geokg.invalid_value]\n");
  const auto pact = between(g, "USA", "JPN", "defense");
  ASSERT_EQ(pact.size(), 1U);
  EXPECT_EQ(when(g, pact[0]), "2000/2001");
  const auto unspecified = between(g, "USA", "JPN", "unspecified");
  ASSERT_EQ(unspecified.size(), 1U);
  EXPECT_EQ(when(g, unspecified[0]), "2001/2002");
  EXPECT_EQ(report.tables[0].rows, (geokg::io::record_counts{4, 4, 0}));
}

TEST(mapped_table, reads_directed_tables_and_warns_about_repeated_rows) {
  const auto dir = scratch("directed");
  write(dir / "aid.map", R"([table]
actor1 = donor
actor2 = recipient
codes = cow
year = year
[source]
id = test_aid
[rules]
aid = yes -> kind economic_aid
)");
  write(dir / "aid.csv",
        "donor,recipient,year,aid\n740,732,1966,yes\n740,732,1967,yes\n740,732,1967,yes\n732,740,"
        "1967,yes\n");
  auto [g, report] = load_mapped(dir / "aid.map", dir / "aid.csv");
  EXPECT_EQ(diagnostics_text(report),
            (dir / "aid.csv").string() +
                ":4:1: warning: the row gives the same states (JPN, KOR), year and aid as line 3 "
                "(two codes of one state, or a repeated row); the two rows are merged "
                "[geokg.duplicate_relation]\n");
  ASSERT_EQ(g.num_relations(), 2U);
  EXPECT_EQ(g.relation_at(geokg::relation_index{0}).source, *g.find_actor("JPN"));
  EXPECT_EQ(when(g, geokg::relation_index{0}), "1966/1968");
  EXPECT_EQ(g.relation_at(geokg::relation_index{1}).source, *g.find_actor("KOR"));
  EXPECT_EQ(when(g, geokg::relation_index{1}), "1967/1968");
}

TEST(mapped_table, reads_dated_rows_with_names_as_codes) {
  const auto dir = scratch("dated");
  write(dir / "treaties.map", R"([table]
actor1 = first
actor2 = second
codes = name
start = signed
end = expired
dialect = tsv
[source]
id = test_treaties
[rules]
type = normalisation -> kind normalisation
type = treaty -> kind treaty, subkind fisheries
)");
  write(dir / "treaties.txt",
        "first\tsecond\tsigned\texpired\ttype\n"
        "Japan\tKorea, Republic of\t1965-06-22\t\tnormalisation\n"
        "Japan\tSouth Korea\t19650622\t1998-01-22\ttreaty\n"
        "Japan\tAtlantis\t1965\t\ttreaty\n"
        "Japan\tKorea, Republic of\t1970\t1969\ttreaty\n");
  auto [g, report] = load_mapped(dir / "treaties.map", dir / "treaties.txt");
  const auto table = (dir / "treaties.txt").string();
  EXPECT_EQ(diagnostics_text(report), table +
                                          ":4:7: error: no state is known by the name 'Atlantis' "
                                          "(at second) [geokg.unknown_actor]\n" +
                                          table +
                                          ":5:31: error: ends (1969) before it starts (1970) (at "
                                          "expired) [geokg.end_before_start]\n");
  ASSERT_EQ(g.num_relations(), 2U);
  EXPECT_EQ(when(g, geokg::relation_index{0}), "1965-06-22/..");
  EXPECT_EQ(when(g, geokg::relation_index{1}),
            "1965-06-22/1998-01-23");  // the end column is the last day
  EXPECT_EQ(g.citations_of(geokg::relation_index{1})[0].locator,
            "first Japan, second South Korea, type = treaty, line 3");
  EXPECT_EQ(report.tables[0].rows, (geokg::io::record_counts{4, 2, 2}));
}

TEST(mapped_table, gives_no_relation_for_two_codes_of_one_state) {
  const auto dir = scratch("self");
  write(dir / "pacts.map", pact_map);
  write(dir / "pacts.csv", "a,b,year,pact,talks\nUSA,USA,1990,1,0\n");
  auto [g, report] = load_mapped(dir / "pacts.map", dir / "pacts.csv");
  EXPECT_EQ(diagnostics_text(report),
            (dir / "pacts.csv").string() +
                ":2:5: warning: both actors ('USA' and 'USA') are the state 'USA': the row gives "
                "no relation (at b) [geokg.self_relation]\n");
  EXPECT_EQ(g.num_relations(), 0U);
  EXPECT_EQ(report.tables[0].rows, (geokg::io::record_counts{1, 1, 0}));
}

// --- mapping errors, located in the mapping file ---------------------------------------------

struct mapping_case {
  std::string_view name;
  bool is_rule;  ///< The text is one rule line, appended to a valid mapping (line 9).
  std::string_view text;
  std::string_view expected;  ///< The message after "<mapping path>:"; TABLE stands for the table.
};

TEST(mapped_table, locates_errors_in_the_mapping_file) {
  constexpr std::string_view head =
      "[table]\nactor1 = a\nactor2 = b\ncodes = iso3\nyear = year\n[source]\nid = s\n[rules]\n";
  const std::vector<mapping_case> cases = {
      {"unknown_key", false, "[table]\nactor1 = a\n  actors2 = b\n",
       "3:3: error: unknown key 'actors2' in [table] (expected actor1, actor2, codes, year, start, "
       "end, mirrored, unmatched or dialect) [geokg.unknown_field]"},
      {"unknown_kind", true, "pact = 1 -> kind aliance, subkind defense\n",
       "9:18: error: unknown relation kind 'aliance' [geokg.unknown_relation_kind]"},
      {"no_arrow", true, "pact = 1 kind alliance\n",
       "9:8: error: expected 'VALUE -> kind KIND[, subkind SUBKIND][, weight W]' after 'pact =' "
       "[geokg.invalid_value]"},
      {"bad_weight", true, "pact = 1 -> kind alliance, weight 2\n",
       "9:35: error: weight '2' is not a number in [0, 1] [geokg.invalid_value]"},
      {"unknown_item", true, "pact = 1 -> kind alliance, sign +\n",
       "9:28: error: unknown item 'sign' (expected kind, subkind or weight) [geokg.unknown_field]"},
      {"no_kind", true, "pact = 1 -> subkind defense\n",
       "9:12: error: no 'kind KIND' in the rule [geokg.missing_field]"},
      {"unknown_column", true, "pacts = 1 -> kind alliance\n",
       "9:1: error: column 'pacts' is not in the header of TABLE [geokg.missing_field]"},
      {"no_line", false, "[table]\nactor1 = a\nthis line\n",
       "3:1: error: expected 'key = value', '[section]' or a '#' comment [geokg.invalid_value]"},
      {"unknown_section", false, "[tabel]\n",
       "1:2: error: unknown section '[tabel]' (expected [table], [source] or [rules]) "
       "[geokg.unknown_field]"},
      {"outside_section", false, "# no section yet\nactor1 = a\n",
       "2:1: error: 'actor1' outside a section: start with [table], [source] or [rules] "
       "[geokg.invalid_value]"},
      {"twice", false, "[table]\nactor1 = a\nactor1 = b\n",
       "3:1: error: 'actor1' is given twice (first on line 2) [geokg.invalid_value]"},
      {"bad_codes", false, "[table]\ncodes = fips\n",
       "2:9: error: unknown code system 'fips' (expected cow, cow_abbrev, iso3, iso2, iso_numeric, "
       "gw, cameo or name) [geokg.invalid_value]"},
      {"bad_mirrored", false, "[table]\nmirrored = both\n",
       "2:12: error: 'mirrored' is yes or no, not 'both' [geokg.invalid_value]"},
      {"bad_source_id", false, "[source]\nid = my source\n",
       "2:6: error: invalid source id 'my source' (letters, digits, '_', '-', '.') "
       "[geokg.invalid_id]"},
      {"no_actor2", false,
       "[table]\nactor1 = a\ncodes = iso3\nyear = year\n[source]\nid = s\n[rules]\npact = 1 -> "
       "kind alliance\n",
       "1:1: error: the mapping has no 'actor2' in [table] [geokg.missing_field]"},
      {"no_rules", false,
       "[table]\nactor1 = a\nactor2 = b\ncodes = iso3\nyear = year\n[source]\nid = s\n",
       "1:1: error: the mapping has no rule in [rules] [geokg.missing_field]"},
      {"no_year", false,
       "[table]\nactor1 = a\nactor2 = b\ncodes = iso3\n[source]\nid = s\n[rules]\npact = 1 -> kind "
       "alliance\n",
       "1:1: error: the mapping has neither 'year' (a dyad-year table) nor 'start' (dated rows) in "
       "[table] [geokg.missing_field]"},
      {"no_source_id", false,
       "[table]\nactor1 = a\nactor2 = b\ncodes = iso3\nyear = year\n[source]\ntitle = "
       "t\n[rules]\npact = 1 -> kind alliance\n",
       "6:1: error: the mapping has no 'id' in [source] [geokg.missing_field]"},
  };
  const auto dir = scratch("errors");
  const auto table = dir / "table.csv";
  write(table, "a,b,year,pact\nUSA,JPN,2000,1\nJPN,USA,2000,1\n");
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const auto map = dir / (std::string(c.name) + ".map");
    write(map, c.is_rule ? std::string(head) + std::string(c.text) : std::string(c.text));
    auto expected = map.string() + ":" + std::string(c.expected);
    if (const auto at = expected.find("TABLE"); at != std::string::npos)
      expected.replace(at, 5, table.string());
    try {
      load_mapped(map, table, error_mode::stop);
      ADD_FAILURE() << "no error";
    } catch (const geokg::data_error& e) {
      EXPECT_EQ(std::string(e.what()), expected);
    }
    // Collect mode reports the mapping's error as the input's and loads nothing from it.
    auto [g, report] = load_mapped(map, table);
    ASSERT_EQ(report.diagnostics.size(), 1U);
    EXPECT_EQ(geokg::to_string(report.diagnostics[0]), expected);
    EXPECT_EQ(g.num_relations(), 0U);
  }
}

TEST(mapped_table, needs_a_mapping_file) {
  const geokg::io::input in{"mapped", atop_excerpt, {}};
  EXPECT_THROW(geokg::io::load(std::span(&in, 1)), geokg::data_error);
  EXPECT_EQ(geokg::io::parse_input("mapped:a.map:b.csv.gz"),
            (geokg::io::input{"mapped", "b.csv.gz", "a.map"}));
}

// --- the full files (../shared/data/real), when present ------------------------------------------

TEST(mapped_table, loads_the_full_atop_dyad_years) {
  const fs::path file =
      fs::path(GEOKG_SHARED_DIR) / "data/real/atop/peacesciencer_atop_alliance_dyadyear.csv.gz";
  if (!fs::exists(file)) GTEST_SKIP() << file << " is absent";
  auto [g, report] = load_mapped(atop_map, file, error_mode::stop);  // no error at all
  ASSERT_EQ(report.tables.size(), 1U);
  EXPECT_EQ(report.tables[0].rows, (geokg::io::record_counts{273296, 273296, 0}));
  const auto jpn = between(g, "USA", "JPN", "defense");
  ASSERT_EQ(jpn.size(), 1U);
  EXPECT_EQ(when(g, jpn[0]), "1951/2019");
  const auto kor = between(g, "USA", "KOR", "defense");
  ASSERT_EQ(kor.size(), 1U);
  EXPECT_EQ(when(g, kor[0]), "1953/2019");
  // Of the 170 rows with all five flags 0, 124 are one direction of a dyad-year whose other row has
  // an obligation (the relation comes from that row); the other 46 are 23 dyad-years with no
  // obligation coded in either direction, kept as unspecified alliances.
  double unspecified_years = 0;
  for (const geokg::relation_index i : g.relation_indices())
    if (g.relation_at(i).subkind == "unspecified")
      unspecified_years += quantity_of(g, i, "dyad_years");
  EXPECT_EQ(unspecified_years, 23);
  // ATOP starts in 1815, the COW state system in 1816: warnings, not errors.
  EXPECT_NE(diagnostics_text(report, "outside_existence").find("relation 1815/"),
            std::string::npos);
  EXPECT_EQ(diagnostics_text(report, "no mirror row"), "");
}

TEST(mapped_table, loads_the_full_cow_alliance_dyad_years) {
  // The maintainer asks that the COW alliance data not be served through convenience software:
  // geokg ships no copy, only the mapping, and tests on the shared copy when it is there.
  const fs::path dir = fs::path(GEOKG_SHARED_DIR "/data/real/cow_alliance");
  if (!fs::exists(dir)) GTEST_SKIP() << dir << " is absent";
  auto [g, report] =
      load_mapped(cow_map, dir / "peacesciencer_cow_alliance_dyadyear.csv.gz", error_mode::stop);
  ASSERT_EQ(report.tables.size(), 1U);
  EXPECT_EQ(report.tables[0].rows, (geokg::io::record_counts{120784, 120784, 0}));
  const auto jpn = between(g, "USA", "JPN", "defense");
  ASSERT_EQ(jpn.size(), 1U);
  EXPECT_EQ(when(g, jpn[0]), "1951/2013");
  EXPECT_EQ(quantity_of(g, jpn[0], "dyad_years"), 62);
  const auto kor = between(g, "USA", "KOR", "defense");
  ASSERT_EQ(kor.size(), 1U);
  EXPECT_EQ(when(g, kor[0]), "1953/2013");
  double unspecified_years = 0;
  for (const geokg::relation_index i : g.relation_indices())
    if (g.relation_at(i).subkind == "unspecified")
      unspecified_years += quantity_of(g, i, "dyad_years");
  EXPECT_EQ(unspecified_years, 5);  // the 10 rows with all four flags 0
  EXPECT_EQ(diagnostics_text(report, "no mirror row"), "");
  // 255 and 260 are both Germany: their 1990 alliance is no relation (a warning per row).
  EXPECT_EQ(report.count(geokg::severity::warning) > 0, true);
  EXPECT_EQ(std::count_if(
                report.diagnostics.begin(), report.diagnostics.end(),
                [](const geokg::diagnostic& d) { return d.code == geokg::errc::self_relation; }),
            2);
}

}  // namespace
