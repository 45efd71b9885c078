// SPDX-License-Identifier: MIT
#include "geokg/io/load.hpp"

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "geokg/io/csv.hpp"
#include "geokg/io/json.hpp"
#include "test_files.hpp"

namespace {

namespace fs = std::filesystem;
using geokg::io::error_mode;

geokg::io::load_options collect() {
  return {.on_error = error_mode::collect};
}

std::string diagnostics_text(const geokg::io::load_report& r) {
  std::string out;
  for (const auto& d : r.diagnostics)
    out += geokg::to_string(d) + "\n";
  return out;
}

// Files refer to each other by id, in any order: relations before the actors they name.
TEST(load, resolves_references_across_files_in_any_order) {
  const auto dir = fs::temp_directory_path() / "geokg_json_multi";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "a_relations.json")
      << R"({"relations": [{"id": "r", "source": "JPN", "target": "KOR", "kind": "partnership", "event": "cd", "citations": [{"source": "s", "quote": "q"}]}]})";
  std::ofstream(dir / "b_events.json")
      << R"({"events": [{"id": "cd", "kind": "summit", "participants": ["JPN", "KOR"]}], "claims": [{"kind": "assessment", "subjects": ["r"], "label": "fragile"}]})";
  std::ofstream(dir / "c_actors.json")
      << R"({"actors": [{"id": "JPN", "kind": "state"}, {"id": "KOR", "kind": "state"}], "sources": [{"id": "s"}]})";
  auto [g, report] = geokg::io::load(std::vector<fs::path>{dir}, collect());
  EXPECT_TRUE(report.diagnostics.empty()) << diagnostics_text(report);
  EXPECT_EQ(g.num_relations(), 1U);
  EXPECT_EQ(g.relation_at(geokg::relation_index{0}).event, geokg::event_index{0});
  EXPECT_EQ(g.num_claims(), 1U);
  fs::remove_all(dir);
}

TEST(load, merges_json_and_csv_inputs_into_one_graph) {
  const auto dir = fs::temp_directory_path() / "geokg_load_mixed";
  fs::remove_all(dir);
  fs::create_directories(dir / "csv");
  std::ofstream(dir / "csv/actors.csv")
      << "id,name,kind\r\nJPN,Japan,state\r\nKOR,Republic of Korea,state\r\n";
  std::ofstream(dir / "relations.json")
      << R"({"relations": [{"source": "JPN", "target": "KOR", "kind": "normalisation", "start": "1965-12-18"}]})";
  const std::vector<fs::path> inputs{dir / "relations.json", dir / "csv"};
  auto [g, report] = geokg::io::load(inputs, collect());
  EXPECT_TRUE(report.diagnostics.empty()) << diagnostics_text(report);
  EXPECT_EQ(g.num_actors(), 2U);
  EXPECT_EQ(g.num_relations(), 1U);
  fs::remove_all(dir);
}

TEST(load, reports_paths_that_are_neither_file_nor_dataset) {
  auto [g, report] = geokg::io::load(fs::path("/nonexistent/geokg/input"), collect());
  ASSERT_EQ(report.diagnostics.size(), 1U);
  EXPECT_EQ(geokg::to_string(report.diagnostics[0]),
            "/nonexistent/geokg/input: error: no such file or folder [geokg.io_error]");
  EXPECT_THROW(geokg::io::load(fs::path("/nonexistent/geokg/input")), geokg::data_error);
}

// WORKLOAD.md §5: the reference load checksums (actors:relations:open-ended relations) of the
// benchmark workload, for S and M, from both its JSON and its CSV files.
TEST(load, loads_the_benchmark_workload_at_its_reference_counts) {
  const fs::path gen = fs::path(GEOKG_SHARED_DIR) / "bench/gen.py";
  if (!fs::exists(gen)) GTEST_SKIP() << gen << " is absent";
  for (const auto& [scale, expected] :
       {std::pair{"S", "200:5000:500"}, std::pair{"M", "5000:500000:46293"}}) {
    SCOPED_TRACE(scale);
    const auto dir = fs::temp_directory_path() / (std::string("geokg_workload_") + scale);
    if (!fs::exists(dir / "relations.csv")) {
      const auto command = "python3 '" + gen.string() + "' --scale " + scale + " --out '" +
                           dir.string() + "' > /dev/null 2>&1";
      if (std::system(command.c_str()) != 0) GTEST_SKIP() << "cannot run " << command;
    }
    for (const auto& input : {dir / "graph.json", dir}) {
      SCOPED_TRACE(input.string());
      auto [g, report] = geokg::io::load(input, collect());
      EXPECT_EQ(report.count(geokg::severity::error), 0U);
      EXPECT_EQ(geokg::test::workload_checksum(g), expected);
      EXPECT_EQ(report.relations.read, g.num_relations());
    }
  }
}

}  // namespace

namespace {

// Six actors with one id and a relation whose quote is missing: five errors and one warning.
constexpr std::string_view repeated_ids = R"({"geokg": 1,
 "sources": [{"id": "s", "title": "S", "kind": "news"}],
 "actors": [{"id": "A", "kind": "state"}, {"id": "A", "kind": "state"},
            {"id": "A", "kind": "state"}, {"id": "A", "kind": "state"},
            {"id": "A", "kind": "state"}, {"id": "A", "kind": "state"},
            {"id": "B", "kind": "state"}],
 "relations": [{"source": "A", "target": "B", "kind": "alliance",
                "citations": [{"source": "s"}]}]}
)";

// Past `max_diagnostics`, diagnostics are counted, not kept; every count still adds up.
TEST(load, counts_the_diagnostics_past_the_limit_without_keeping_them) {
  auto options = collect();
  const auto all = geokg::io::parse_json(repeated_ids, "ids.json", options);
  ASSERT_EQ(all.report.diagnostics.size(), 6U) << diagnostics_text(all.report);
  EXPECT_FALSE(all.report.truncated());

  options.limits.max_diagnostics = 2;
  const auto few = geokg::io::parse_json(repeated_ids, "ids.json", options);
  const auto& r = few.report;
  ASSERT_EQ(r.diagnostics.size(), 2U);
  // The kept ones are the first ones, as a full load reports them.
  EXPECT_EQ(geokg::to_string(r.diagnostics[0]), geokg::to_string(all.report.diagnostics[0]));
  EXPECT_EQ(geokg::to_string(r.diagnostics[1]), geokg::to_string(all.report.diagnostics[1]));
  EXPECT_TRUE(r.truncated());
  EXPECT_EQ(r.errors_not_kept, 3U);
  EXPECT_EQ(r.warnings_not_kept, 1U);
  EXPECT_EQ(r.count(geokg::severity::error), 5U);
  EXPECT_EQ(r.count(geokg::severity::warning), 1U);
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.actors, all.report.actors);
  EXPECT_EQ(r.actors.read, r.actors.loaded + r.actors.rejected);
  EXPECT_NE(r.summary().find("3 errors and 1 warnings counted but not kept (over the limit of 2 "
                             "diagnostics)"),
            std::string::npos)
      << r.summary();
  EXPECT_EQ(few.graph.num_actors(), all.graph.num_actors());

  // A limit of 0 keeps none and still counts them all; stop mode is not affected.
  options.limits.max_diagnostics = 0;
  const auto none = geokg::io::parse_json(repeated_ids, "ids.json", options);
  EXPECT_TRUE(none.report.diagnostics.empty());
  EXPECT_EQ(none.report.count(geokg::severity::error), 5U);
  options.on_error = error_mode::stop;
  EXPECT_THROW(geokg::io::parse_json(repeated_ids, "ids.json", options), geokg::data_error);
}

}  // namespace
