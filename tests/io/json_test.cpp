// SPDX-License-Identifier: MIT
#include "geokg/io/json.hpp"

#include <algorithm>
#include <filesystem>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "golden.hpp"

namespace {

namespace fs = std::filesystem;
using geokg::errc;
using geokg::io::error_mode;

const fs::path golden_dir = fs::path(GEOKG_SOURCE_DIR) / "tests/golden/json";

geokg::io::load_options collect() {
  return {.on_error = error_mode::collect};
}

void expect_counts_add_up(const geokg::io::load_report& r) {
  for (const auto* c : {&r.sources, &r.actors, &r.events, &r.relations, &r.claims}) {
    EXPECT_EQ(c->read, c->loaded + c->rejected);
  }
}

std::string diagnostics_text(const geokg::io::load_report& r) {
  std::string out;
  for (const auto& d : r.diagnostics)
    out += geokg::to_string(d) + "\n";
  return out;
}

std::vector<fs::path> golden_cases() {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(golden_dir)) {
    if (e.path().extension() == ".json") out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Every golden case: its diagnostics (.errors) and what was kept (.expected: the report's
// summary and the canonical dump of the graph) match the reviewed files exactly.
TEST(json, golden_cases_report_exactly_the_expected_diagnostics) {
  const auto cases = golden_cases();
  ASSERT_GE(cases.size(), 20U);
  for (const auto& file : cases) {
    SCOPED_TRACE(file.filename().string());
    const auto text = geokg::test::read_file(file);
    auto [graph, report] = geokg::io::parse_json(text, file.filename().string(), collect());
    expect_counts_add_up(report);
    geokg::test::expect_golden(fs::path(file).replace_extension(".errors"),
                               diagnostics_text(report));
    std::ostringstream dump;
    dump << report.summary() << "---\n";
    geokg::io::write_json(graph, dump);
    geokg::test::expect_golden(fs::path(file).replace_extension(".expected"), dump.str());
  }
}

// In stop mode the first error is thrown, with the same text as in collect mode.
TEST(json, stop_mode_throws_the_first_error) {
  for (const auto& file : golden_cases()) {
    SCOPED_TRACE(file.filename().string());
    const auto text = geokg::test::read_file(file);
    const auto collected = geokg::io::parse_json(text, file.filename().string(), collect()).report;
    const auto first_error =
        std::find_if(collected.diagnostics.begin(), collected.diagnostics.end(),
                     [](const auto& d) { return d.level == geokg::severity::error; });
    if (first_error == collected.diagnostics.end()) {
      EXPECT_NO_THROW(geokg::io::parse_json(text, file.filename().string()));
      continue;
    }
    try {
      geokg::io::parse_json(text, file.filename().string());
      ADD_FAILURE() << "expected a data_error";
    } catch (const geokg::data_error& e) {
      // Errors found only when the load finishes (unknown references) come after warnings of
      // records read before, so compare with the first error, not the first diagnostic.
      EXPECT_EQ(geokg::to_string(e.as_diagnostic()), geokg::to_string(*first_error));
      EXPECT_EQ(e.as_diagnostic(), *first_error);
    }
  }
}

// Every error id the JSON loader can raise is covered by a golden case.
TEST(json, golden_cases_cover_every_error_the_loader_can_raise) {
  std::set<std::string> seen;
  for (const auto& file : golden_cases()) {
    const auto errors = geokg::test::read_file(fs::path(file).replace_extension(".errors"));
    for (std::size_t i = 0; i < geokg::errc_count; ++i) {
      const std::string id(geokg::to_string(static_cast<errc>(i)));
      if (errors.find("[geokg." + id + "]") != std::string::npos) seen.insert(id);
    }
  }
  // malformed_csv is the CSV loader's; io_error and too_large are tested below (they need files
  // or limits, not content); skipped_rows is the real-dataset loaders' (tests/io/datasets).
  for (std::size_t i = 0; i < geokg::errc_count; ++i) {
    const std::string id(geokg::to_string(static_cast<errc>(i)));
    if (id == "malformed_csv" || id == "io_error" || id == "too_large" || id == "skipped_rows")
      continue;
    EXPECT_TRUE(seen.contains(id)) << "no golden JSON case produces " << id;
  }
}

TEST(json, reports_unreadable_paths_as_io_errors) {
  const auto missing = fs::path(GEOKG_SOURCE_DIR) / "tests/golden/json/no_such_file.json";
  try {
    geokg::io::load_json(missing);
    ADD_FAILURE();
  } catch (const geokg::data_error& e) {
    EXPECT_EQ(e.code(), errc::io_error);
    EXPECT_EQ(e.where().path, missing.string());
  }
  auto [g, report] = geokg::io::load_json(golden_dir, collect());
  ASSERT_EQ(report.diagnostics.size(), 1U);
  EXPECT_EQ(report.diagnostics[0].code, errc::io_error);
  EXPECT_EQ(report.diagnostics[0].message, "is a directory, not a file");
}

TEST(json, limits_turn_hostile_input_into_too_large_errors) {
  struct case_ {
    std::string_view name;
    std::string text;
    geokg::io::load_limits limits;
    std::string expected;
  };
  // Columns are counted by hand: `{"x": ` is 6 bytes, so the 64th '[' (depth 65 with the root)
  // is at column 70; the name string opens at column 52; record 11 ("A10") starts at 13 + 10*30.
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const std::string long_name =
      R"({"actors": [{"id": "JPN", "kind": "state", "name": ")" + std::string(5000, 'x') + "\"}]}";
  std::string many = R"({"actors": [)";
  for (int i = 0; i < 20; ++i)
    many += std::string(i == 0 ? "" : ",") + R"({"id": "A)" + std::to_string(i) +
            R"(", "kind": "state"})";
  many += "]}";
  const case_ cases[] = {
      {"100,000-deep nesting",
       "{\"x\": " + deep + "}",
       {},
       "deep.json:1:70: error: nesting deeper than 64 levels [geokg.too_large]"},
      {"a string over the limit",
       long_name,
       {.max_string_bytes = 1000},
       "long.json:1:52: error: string longer than 1000 bytes (at /actors/0) [geokg.too_large]"},
      {"more records than allowed",
       many,
       {.max_records = 10},
       "many.json:1:313: error: more than 10 records [geokg.too_large]"},
      {"a file over the size limit",
       many,
       {.max_file_bytes = 100},
       "big.json: error: input exceeds the size limit [geokg.too_large]"},
  };
  const char* names[] = {"deep.json", "long.json", "many.json", "big.json"};
  int i = 0;
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    auto [g, report] = geokg::io::parse_json(c.text, names[i++],
                                             {.on_error = error_mode::collect, .limits = c.limits});
    ASSERT_FALSE(report.diagnostics.empty());
    EXPECT_EQ(geokg::to_string(report.diagnostics.back()), c.expected);
    expect_counts_add_up(report);
  }
}

// ------------------------------------------------------------------------------------------------
// Round trip: load -> write -> load gives an identical graph, on generated graphs.

geokg::knowledge_graph generated_graph(unsigned seed) {
  std::mt19937 rng(seed);
  const auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
  const std::vector<std::string> texts{"",
                                       "plain",
                                       "with, comma",
                                       "with \"quotes\"",
                                       "line\nbreak",
                                       "Côte d'Ivoire",
                                       "tab\tand \\ backslash",
                                       "semi;colon",
                                       "控制"};
  const auto text = [&] {
    return texts[static_cast<std::size_t>(pick(static_cast<int>(texts.size())))];
  };
  const std::vector<std::string> dates{
      "1816",  "1910-08-29", "1945-08", "late 1930s", "7th century",
      "~1965", "2023-08-18", "0663",    "-0500",      "early 20th century"};
  geokg::knowledge_graph g;
  for (int s = 0; s < 5; ++s) {
    g.add_source(
        {.id = "src" + std::to_string(s),
         .kind = static_cast<geokg::source_kind>(pick(7)),
         .title = text(),
         .published = pick(2) != 0 ? geokg::parse_date(dates[static_cast<std::size_t>(pick(10))])
                                   : std::nullopt,
         .reliability = pick(2) != 0 ? std::optional<double>(pick(100) / 100.0) : std::nullopt});
  }
  const int actors = 30;
  for (int a = 0; a < actors; ++a) {
    geokg::actor x{.id = geokg::actor_id("A" + std::to_string(a)),
                   .kind = static_cast<geokg::actor_kind>(pick(5)),
                   .name = text(),
                   .note = text()};
    if (pick(3) == 0) x.aliases = {text() + "x", "alias " + std::to_string(a)};
    if (pick(3) == 0)
      x.codes.push_back({geokg::code_system::cow, std::to_string(pick(999)),
                         geokg::interval::since(*geokg::parse_date("1900"))});
    g.add_actor(std::move(x));
  }
  std::vector<std::string> ids;
  const auto random_interval = [&] {
    const auto a = *geokg::parse_date(dates[static_cast<std::size_t>(pick(10))]);
    const auto b = *geokg::parse_date(dates[static_cast<std::size_t>(pick(10))]);
    std::optional<geokg::date> start = a, end = b;
    if (pick(4) == 0) start.reset();
    if (pick(4) == 0) end.reset();
    if (auto i = geokg::interval::make(start, end)) return *i;
    return geokg::interval::since(std::min(a, b));
  };
  for (int e = 0; e < 10; ++e) {
    std::vector<geokg::participant_spec> parts{
        {geokg::actor_id("A" + std::to_string(e)), static_cast<geokg::participant_role>(pick(8))},
        {geokg::actor_id("A" + std::to_string(e + 10))}};
    g.add_event({.kind = static_cast<geokg::relation_kind>(
                     pick(static_cast<int>(geokg::relation_kind_count))),
                 .when = random_interval(),
                 .title = text(),
                 .participants = parts,
                 .part_of = e > 0 && pick(2) == 0 ? "e" + std::to_string(e - 1) : "",
                 .info = {.id = "e" + std::to_string(e)}});
    ids.push_back("e" + std::to_string(e));
  }
  for (int r = 0; r < 300; ++r) {
    const int a = pick(actors);
    const int b = (a + 1 + pick(actors - 1)) % actors;
    geokg::statement_info info;
    if (pick(2) != 0) info.id = "r" + std::to_string(r);
    if (pick(3) == 0) info.status = static_cast<geokg::statement_status>(pick(3));
    if (pick(2) != 0)
      info.citations.push_back(
          {.source = "src" + std::to_string(pick(5)),
           .locator = text(),
           .quote = "q" + text(),
           .confidence = pick(2) != 0 ? std::optional<double>(0.25 * pick(5)) : std::nullopt});
    if (pick(3) == 0) info.citations.push_back({.locator = "bare reference " + text()});
    if (pick(5) == 0)
      info.quantities.push_back(
          {"amount", geokg::quantity::range(pick(10), 10 + pick(10), pick(2) != 0 ? "USD" : "")});
    info.note = text();
    g.add_relation({.source = geokg::actor_id("A" + std::to_string(a)),
                    .target = geokg::actor_id("A" + std::to_string(b)),
                    .kind = static_cast<geokg::relation_kind>(
                        pick(static_cast<int>(geokg::relation_kind_count))),
                    .when = random_interval(),
                    .weight = pick(101) / 100.0,
                    .event = pick(5) == 0 ? "e" + std::to_string(pick(10)) : "",
                    .subkind = text(),
                    .info = info});
    if (!info.id.empty()) ids.push_back(info.id);
  }
  std::vector<geokg::claim_spec> claims;
  for (int c = 0; c < 8; ++c) {
    claims.push_back(
        {.kind = static_cast<geokg::claim_kind>(pick(6)),
         .subjects = {ids[static_cast<std::size_t>(pick(static_cast<int>(ids.size())))],
                      "c" + std::to_string((c + 1) % 8)},
         .objects = {ids[static_cast<std::size_t>(pick(static_cast<int>(ids.size())))]},
         .actors = {geokg::actor_id("A" + std::to_string(pick(actors)))},
         .label = text(),
         .text = text(),
         .made_on = geokg::parse_date("2024"),
         .info = {.id = "c" + std::to_string(c)}});
  }
  g.add_claims(claims);  // a cycle: c0 -> c1 -> ... -> c7 -> c0
  return g;
}

TEST(json, round_trips_generated_graphs_exactly) {
  for (unsigned seed : {1U, 2U, 3U, 42U, 2023U}) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    const auto g = generated_graph(seed);
    std::ostringstream first;
    geokg::io::write_json(g, first);
    auto [back, report] = geokg::io::parse_json(first.str(), "roundtrip.json", collect());
    EXPECT_EQ(report.count(geokg::severity::error), 0U) << diagnostics_text(report);
    EXPECT_TRUE(back == g);
    // Writing is deterministic: the reloaded graph writes the same bytes.
    std::ostringstream second;
    geokg::io::write_json(back, second);
    EXPECT_EQ(first.str(), second.str());
  }
}

TEST(json, writes_files_atomically_and_reads_them_back) {
  const auto g = generated_graph(7);
  const auto dir =
      fs::temp_directory_path() /
      ("geokg_json_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
  fs::create_directories(dir);
  const auto file = dir / "graph.json";
  geokg::io::write_json(g, file);
  for (const auto& e : fs::directory_iterator(dir))
    EXPECT_EQ(e.path().filename(), "graph.json");  // no temporary left
  EXPECT_TRUE(geokg::io::load_json(file).graph == g);
  fs::remove_all(dir);
}

// ------------------------------------------------------------------------------------------------
// Other people's test suites and data.

TEST(json, handles_every_file_of_json_test_suite) {
  const fs::path suite = fs::path(GEOKG_SHARED_DIR) / "data/conformance/jsontestsuite";
  if (!fs::exists(suite)) GTEST_SKIP() << suite << " is absent";
  std::size_t y = 0, n = 0, i = 0;
  for (const auto& e : fs::directory_iterator(suite)) {
    const auto name = e.path().filename().string();
    if (e.path().extension() != ".json") continue;
    SCOPED_TRACE(name);
    auto [g, report] = geokg::io::load_json(e.path(), collect());
    const auto syntax_error =
        std::any_of(report.diagnostics.begin(), report.diagnostics.end(), [](const auto& d) {
          return d.code == errc::malformed_json || d.code == errc::invalid_encoding ||
                 d.code == errc::too_large;
        });
    if (name.starts_with("y_")) {
      ++y;
      // Valid JSON: never a syntax error (it is not a geokg document, so other errors may come).
      EXPECT_FALSE(syntax_error) << diagnostics_text(report);
    } else if (name.starts_with("n_")) {
      ++n;
      // Invalid JSON: rejected with a located error, whatever else.
      EXPECT_FALSE(report.ok());
      for (const auto& d : report.diagnostics) {
        if (d.level == geokg::severity::error) {
          EXPECT_GE(d.where.line, 1U) << geokg::to_string(d);
        }
      }
    } else {
      ++i;  // implementation-defined: no crash; what geokg does is documented in docs/format.md
    }
  }
  EXPECT_EQ(y, 95U);
  EXPECT_EQ(n, 188U);
  EXPECT_EQ(i, 35U);
}

// A repeat is reported against an earlier relation with the same content and the same
// citations, wherever it stands among thousands of others (the duplicate check is a hash table
// that grows as the load goes): 'b' differs from 'a' only by its citation, so it is no repeat,
// and 'c' repeats 'b', not 'a'.
TEST(json, reports_each_exact_repeat_against_the_relation_it_repeats) {
  std::string text =
      R"({"sources": [{"id": "s1", "kind": "dataset"}, {"id": "s2", "kind": "dataset"}],
 "actors": [{"id": "JPN", "kind": "state"}, {"id": "KOR", "kind": "state"}],
 "relations": [
  {"id": "a", "source": "JPN", "target": "KOR", "kind": "treaty", "start": "1965",
   "citations": [{"source": "s1"}]},
  {"id": "b", "source": "JPN", "target": "KOR", "kind": "treaty", "start": "1965",
   "citations": [{"source": "s2"}]})";
  for (int i = 0; i < 5000; ++i) {
    const int month = 1 + i % 12 / 2 * 2;
    text += R"(,
  {"source": "JPN", "target": "KOR", "kind": "treaty", "start": ")" +
            std::to_string(1970 + i / 300) + (month < 10 ? "-0" : "-") + std::to_string(month) +
            "\"}";
  }
  text += R"(,
  {"id": "c", "source": "JPN", "target": "KOR", "kind": "treaty", "start": "1965",
   "citations": [{"source": "s2"}]}]})";
  auto [g, report] = geokg::io::parse_json(text, "repeats.json", collect());
  std::vector<std::string> repeats;
  std::size_t warned = 0;
  for (const auto& d : report.diagnostics) {
    if (d.code != errc::duplicate_relation) continue;
    ++warned;
    if (d.message.find("'") != std::string::npos) repeats.push_back(d.message);
  }
  EXPECT_EQ(g.num_relations(), 5003U);
  ASSERT_EQ(repeats.size(), 1U);
  EXPECT_EQ(repeats[0], "relation repeats relation 'b' exactly");
  // The 5,000 anonymous relations fall on 102 distinct months: the others repeat one of those.
  EXPECT_EQ(warned, 1U + 5000U - 102U);
}

TEST(json, loads_the_benchmark_workload_s_with_its_reference_counts) {
  const fs::path gen = fs::path(GEOKG_SHARED_DIR) / "bench/gen.py";
  if (!fs::exists(gen)) GTEST_SKIP() << gen << " is absent";
  const auto dir = fs::temp_directory_path() / "geokg_workload_S";
  if (!fs::exists(dir / "graph.json")) {
    const auto command =
        "python3 '" + gen.string() + "' --scale S --out '" + dir.string() + "' > /dev/null 2>&1";
    if (std::system(command.c_str()) != 0) GTEST_SKIP() << "cannot run " << command;
  }
  auto [g, report] = geokg::io::load_json(dir / "graph.json", collect());
  EXPECT_EQ(report.count(geokg::severity::error), 0U);
  // WORKLOAD.md §5: load_json checksum for S is 200:5000:500.
  EXPECT_EQ(geokg::test::workload_checksum(g), "200:5000:500");
  EXPECT_EQ(report.relations.read, 5000U);
}

}  // namespace
