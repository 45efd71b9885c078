// SPDX-License-Identifier: MIT
// Nothing lost (docs/reliability.md): in collect mode, for every malformed file of the test suite
// (tests/golden/json, tests/golden/csv) and every hostile input, each record of the input is
// either loaded or rejected with an error: for each kind, `read == loaded + rejected`, the graph
// holds exactly the loaded records, and `read` equals the records an independent counter finds
// in the input. When a whole input fails (a syntax error, a bad header, a limit), the records
// that begin before the failure are counted, the one it cuts included; what follows is covered
// by the failure's diagnostic.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "../io/golden.hpp"
#include "child_process.hpp"
#include "geokg/io/csv.hpp"
#include "geokg/io/json.hpp"
#include "geokg/io/load.hpp"
#include "hostile_inputs.hpp"
#include "record_count.hpp"

namespace {

namespace fs = std::filesystem;
using geokg::errc;
using geokg::io::error_mode;
using namespace geokg::test;

bool starts_with_any(const std::string& s, std::initializer_list<std::string_view> prefixes) {
  return std::any_of(prefixes.begin(), prefixes.end(), [&](auto p) { return s.starts_with(p); });
}

// Whether a diagnostic ends the reading of its whole input (rather than rejecting one record).
bool fails_the_input(const geokg::diagnostic& d, bool csv = false) {
  if (d.level != geokg::severity::error) return false;
  switch (d.code) {
    case errc::too_large:
      // In CSV a field or record over its limit rejects its row only.
      return !csv || starts_with_any(d.message, {"more than", "file of"});
    case errc::malformed_json:
    case errc::io_error:
      return true;
    case errc::invalid_encoding:
      return starts_with_any(d.message, {"invalid UTF-8 in a string", "NUL byte in the input"});
    case errc::wrong_type:
      return starts_with_any(d.message, {"a geokg JSON file must be an object"});
    case errc::invalid_value:
      return starts_with_any(d.message, {"unsupported format version"});
    case errc::malformed_csv:
      return starts_with_any(d.message, {"the file is empty", "duplicate column"}) || d.where.line == 1;
    case errc::missing_field:
      return d.message.find("header") != std::string::npos;
    default:
      return false;
  }
}

kind_counts counts_of(const geokg::io::load_report& r) {
  return {r.sources.read, r.actors.read, r.events.read, r.relations.read, r.claims.read};
}

void expect_consistent(const geokg::io::load_result& result) {
  const auto& r = result.report;
  for (const auto* k : {&r.sources, &r.actors, &r.events, &r.relations, &r.claims})
    EXPECT_EQ(k->read, k->loaded + k->rejected);
  EXPECT_EQ(result.graph.num_sources(), r.sources.loaded);
  EXPECT_EQ(result.graph.num_actors(), r.actors.loaded);
  EXPECT_EQ(result.graph.num_events(), r.events.loaded);
  EXPECT_EQ(result.graph.num_relations(), r.relations.loaded);
  EXPECT_EQ(result.graph.num_claims(), r.claims.loaded);
  std::uint64_t rejected = r.sources.rejected + r.actors.rejected + r.events.rejected +
                           r.relations.rejected + r.claims.rejected;
  EXPECT_LE(rejected, r.count(geokg::severity::error)) << "a record was rejected without an error";
}

// JSON: the records met before the first failure of the input.
void check_json_file(const fs::path& file, const geokg::io::load_options& options) {
  SCOPED_TRACE(file.string());
  const auto result = geokg::io::load_json(file, options);
  expect_consistent(result);
  const auto text = read_file(file);
  std::size_t limit = std::string::npos;
  for (const auto& d : result.report.diagnostics) {
    if (fails_the_input(d)) {
      limit = d.where.line == 0 ? 0 : offset_of(text, d.where.line, d.where.column);
      break;
    }
  }
  EXPECT_EQ(counts_of(result.report), count_json_records(text, limit));
}

// The byte offset of a line and column in CSV text, where CRLF, LF and CR all end lines.
std::size_t csv_offset_of(std::string_view text, std::uint64_t line, std::uint64_t column) {
  std::size_t offset = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  for (std::uint64_t l = 1; l < line && offset < text.size(); ++l) {
    const auto next = text.find_first_of("\r\n", offset);
    if (next == std::string_view::npos) return text.size();
    offset = next + 1;
    if (text[next] == '\r' && offset < text.size() && text[offset] == '\n') ++offset;
  }
  return offset + (column == 0 ? 0 : column - 1);
}

// CSV: per table, the data records of the file that begin before its first failure.
void check_csv_dataset(const fs::path& input, const geokg::io::load_options& options) {
  SCOPED_TRACE(input.string());
  const auto result = geokg::io::load_csv(input, options);
  expect_consistent(result);
  kind_counts expected{};
  for (const auto& d : result.report.diagnostics) {
    // The whole dataset refused (a folder without actors.csv): nothing is read.
    if (fails_the_input(d, true) && fs::path(d.where.path).filename() == input.filename() &&
        fs::is_directory(input)) {
      EXPECT_EQ(counts_of(result.report), expected);
      return;
    }
  }
  std::vector<fs::path> files;
  if (fs::is_directory(input)) {
    for (const auto& e : fs::directory_iterator(input))
      if (e.is_regular_file()) files.push_back(e.path());
  } else {
    files.push_back(input);
  }
  for (const auto& file : files) {
    int kind = section_of(file.stem().string());
    if (kind < 0 && files.size() == 1) {
      // A single file recognised by its header: the kind whose records were read.
      const auto read = counts_of(result.report);
      const auto most = std::max_element(read.begin(), read.end());
      if (*most != 0) kind = static_cast<int>(most - read.begin());
    }
    if (kind < 0) continue;  // citations.csv, quantities.csv and strangers hold no records
    const auto text = read_file(file);
    std::size_t limit = std::string::npos;
    for (const auto& d : result.report.diagnostics) {
      if (fails_the_input(d, true) && fs::path(d.where.path).filename() == file.filename()) {
        limit = d.where.line == 0 ? 0 : csv_offset_of(text, d.where.line, d.where.column);
        break;
      }
    }
    expected[static_cast<std::size_t>(kind)] += count_csv_records(std::string_view(text).substr(0, std::min(limit, text.size())));
  }
  EXPECT_EQ(counts_of(result.report), expected);
}

geokg::io::load_options collect() {
  return {.on_error = error_mode::collect};
}

TEST(nothing_lost, every_golden_json_file) {
  const fs::path dir = fs::path(GEOKG_SOURCE_DIR) / "tests/golden/json";
  int n = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() != ".json") continue;
    check_json_file(e.path(), collect());
    ++n;
  }
  EXPECT_GE(n, 20);
}

TEST(nothing_lost, every_golden_csv_dataset) {
  const fs::path dir = fs::path(GEOKG_SOURCE_DIR) / "tests/golden/csv";
  int n = 0;
  for (const auto& c : csv_golden_cases(dir)) {
    check_csv_dataset(c.input, c.options);
    ++n;
  }
  EXPECT_GE(n, 20);
}

// Every JSON and CSV input of the hostile-input table (hostile_inputs.hpp).
TEST(nothing_lost, every_hostile_input) {
  temp_dir dir;
  const std::pair<void (*)(const fs::path&), const char*> json_inputs[] = {
      {json_empty, "empty.json"},           {json_bom, "bom.json"},
      {json_invalid_utf8, "utf8.json"},     {json_nul, "nul.json"},
      {json_line_ends, "line_ends.json"},   {json_deep, "deep.json"},
      {json_deep_record, "deep_record.json"}, {json_numbers, "numbers.json"},
      {json_number_overflow, "overflow.json"}, {json_dates, "dates.json"},
      {json_self, "self.json"},             {json_claim_cycle, "claim_cycle.json"},
      {json_event_cycle, "event_cycle.json"}, {json_quote_10mb, "quote.json"},
      {json_truncated, "truncated.json"}};
  for (const auto& [make, name] : json_inputs) {
    make(dir.path());
    check_json_file(dir / name, collect());
  }
  const std::pair<void (*)(const fs::path&), const char*> csv_inputs[] = {
      {csv_empty, "c_empty"},         {csv_bom, "c_bom"},
      {csv_invalid_utf8, "c_utf8"},   {csv_nul, "c_nul"},
      {csv_line_ends, "c_line_ends"}, {csv_numbers, "c_numbers"},
      {csv_dates, "c_dates"},         {csv_self, "c_self"},
      {csv_claim_cycle, "c_claim_cycle"}, {csv_event_cycle, "c_event_cycle"},
      {csv_quote_10mb, "c_quote"},    {csv_truncated, "c_truncated"}};
  for (const auto& [make, name] : csv_inputs) {
    make(dir.path());
    check_csv_dataset(dir / name, collect());
  }
}

// The same with a limit hit in the middle of a file: the records before it are counted.
TEST(nothing_lost, a_record_limit_cuts_the_input_cleanly) {
  temp_dir dir;
  put(dir / "many.json", R"({"actors": [{"id": "A", "kind": "state"}, {"id": "B", "kind": "state"}, )"
                         R"({"id": "C", "kind": "state"}, {"id": "D", "kind": "state"}]})");
  auto options = collect();
  options.limits.max_records = 2;
  check_json_file(dir / "many.json", options);
  put(dir / "many/actors.csv", "id,kind\nA,state\nB,state\nC,state\nD,state\n");
  check_csv_dataset(dir / "many", options);
}

}  // namespace
