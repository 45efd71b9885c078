// SPDX-License-Identifier: MIT
// The hostile-input table of docs/reliability.md, row by row: each input is generated into a
// temporary folder, then
// - `geokg validate -i <input>` must exit with the row's code, print the row's diagnostic as its
//   first line on standard error, and stay under the row's memory bound (measured with
//   getrusage on the child; checked in builds without sanitizers);
// - the library, in collect mode, must report the same diagnostic and keep its counts
//   (read = loaded + rejected, loaded = what the graph holds).
// The 1 GiB and 10-million-record rows are in big_input_test.cpp.

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "child_process.hpp"
#include "geokg/io/input.hpp"
#include "geokg/io/load.hpp"
#include "hostile_inputs.hpp"

namespace {

namespace fs = std::filesystem;
using namespace geokg::test;

// clang-format off
const hostile_case cases[] = {
  // name, input, generator, exit code of validate, first diagnostic, memory bound (MiB), stdout
  {"json: empty file", "empty.json", json_empty, 1, "empty.json:1:1: error: the input is empty (no JSON value) [geokg.malformed_json]", 64},
  {"json: only a BOM", "bom.json", json_bom, 1, "bom.json:1:1: error: the input is empty (no JSON value) [geokg.malformed_json]", 64},
  {"json: invalid UTF-8", "utf8.json", json_invalid_utf8, 1, "utf8.json:2:46: error: invalid UTF-8 in a string (at /actors/1) [geokg.invalid_encoding]", 64},
  {"json: NUL byte", "nul.json", json_nul, 1, "nul.json:2:45: error: NUL byte in the input (at /actors/1) [geokg.invalid_encoding]", 64},
  {"json: CRLF and mixed line ends", "line_ends.json", json_line_ends, 1, "line_ends.json:6:31: error: unknown actor 'KORR' (at /relations/1/target) [geokg.unknown_actor]", 64},
  {"json: 100,000-deep nesting", "deep.json", json_deep, 1, "deep.json:1:76: error: nesting deeper than 64 levels [geokg.too_large]", 64},
  {"json: 100,000-deep nesting in a record", "deep_record.json", json_deep_record, 1, "deep_record.json:1:124: error: nesting deeper than 64 levels (at /actors/1) [geokg.too_large]", 64},
  {"json: numbers at the int64 and double limits", "numbers.json", json_numbers, 1, "numbers.json:3:8: error: field 'id' must be a string (at /relations/1/id) [geokg.wrong_type]", 64, "loaded 2 relations, rejected 4"},
  {"json: a number beyond the double range", "overflow.json", json_number_overflow, 1, "overflow.json:2:62: error: JSON syntax error: Number too big to be stored in double. (at /relations/0) [geokg.malformed_json]", 64},
  {"json: impossible and extreme dates", "dates.json", json_dates, 1, "dates.json:2:61: error: invalid date '0000-00-00' (at /relations/0/start) [geokg.invalid_date]", 64, "loaded 2 relations, rejected 4"},
  {"json: a relation to itself", "self.json", json_self, 1, "self.json:1:84: error: relation of actor 'A' with itself (at /relations/0/target) [geokg.self_relation]", 64},
  {"json: claims that cite each other in a cycle", "claim_cycle.json", json_claim_cycle, 0, "", 64},
  {"json: events part of each other", "event_cycle.json", json_event_cycle, 1, "event_cycle.json:2:66: error: event 'e1' is part of 'e2', which is (through others) part of it: a cycle (at /events/0/part_of) [geokg.unknown_statement]", 64},
  {"json: a 10 MB source quote", "quote.json", json_quote_10mb, 0, "", 160},
  {"json: truncated mid-record", "truncated.json", json_truncated, 1, "truncated.json:3:20: error: JSON syntax error: Missing a closing quotation mark in string. (at /actors/1) [geokg.malformed_json]", 64, "loaded 1 actors, rejected 1"},
  {"json: a directory", "json:folder.json", json_directory, 1, "folder.json: error: folder holds neither geokg JSON files nor actors.csv [geokg.io_error]", 64},
  {"json: an unreadable path", "json:plain/dataset.json", json_unreadable, 1, "plain/dataset.json: error: no such file or folder [geokg.io_error]", 64},
  {"csv: empty file", "c_empty", csv_empty, 1, "c_empty/actors.csv:1:1: error: the file is empty (no header record) [geokg.malformed_csv]", 64},
  {"csv: only a BOM", "c_bom", csv_bom, 1, "c_bom/actors.csv:1:1: error: the file is empty (no header record) [geokg.malformed_csv]", 64},
  {"csv: invalid UTF-8", "c_utf8", csv_invalid_utf8, 1, "c_utf8/actors.csv:3:14: error: invalid UTF-8: sequence 0xC3 is cut short by byte 0x28 (at name) [geokg.invalid_encoding]", 64},
  {"csv: NUL byte", "c_nul", csv_nul, 1, "c_nul/actors.csv:3:13: error: NUL byte (0x00) in input (at name) [geokg.invalid_encoding]", 64},
  {"csv: CRLF, CR and LF mixed", "c_line_ends", csv_line_ends, 1, "c_line_ends/actors.csv:5:5: error: unknown actor kind 'stat' (at kind) [geokg.invalid_value]", 64},
  {"csv: numbers at the int64 and double limits", "c_numbers", csv_numbers, 1, "c_numbers/relations.csv:4:17: error: weight 1.7976931348623157e+308 is outside [0, 1] (at weight) [geokg.invalid_value]", 64, "loaded 3 relations, rejected 4"},
  {"csv: impossible and extreme dates", "c_dates", csv_dates, 1, "c_dates/relations.csv:2:14: error: invalid date '0000-00-00' (at start) [geokg.invalid_date]", 64, "loaded 2 relations, rejected 4"},
  {"csv: a relation to itself", "c_self", csv_self, 1, "c_self/relations.csv:2:3: error: relation of actor 'A' with itself (at target) [geokg.self_relation]", 64},
  {"csv: claims that cite each other in a cycle", "c_claim_cycle", csv_claim_cycle, 0, "", 64},
  {"csv: events part of each other", "c_event_cycle", csv_event_cycle, 1, "c_event_cycle/events.csv:2:13: error: event 'e1' is part of 'e2', which is (through others) part of it: a cycle (at part_of) [geokg.unknown_statement]", 64},
  {"csv: a 10 MB source quote", "c_quote", csv_quote_10mb, 0, "", 160},
  {"csv: truncated mid-record", "c_truncated", csv_truncated, 1, "c_truncated/actors.csv:3:11: error: quoted field is not closed before the end of input (at name) [geokg.malformed_csv]", 64},
  {"csv: a directory where a table should be", "c_directory", csv_directory, 1, "c_directory/actors.csv: error: is a directory, not a file [geokg.io_error]", 64},
  {"csv: an unreadable path", "csv:plain/actors.csv", json_unreadable, 1, "plain/actors.csv: error: no such file or folder [geokg.io_error]", 64},
};
// clang-format on

std::string first_line(const std::string& text) {
  return text.substr(0, text.find('\n'));
}

// The diagnostics of a library load, with the folder's path taken out of them.
std::string first_error(const geokg::io::load_report& r, const fs::path& folder) {
  for (const auto& d : r.diagnostics) {
    if (d.level != geokg::severity::error) continue;
    auto text = geokg::to_string(d);
    const auto prefix = folder.string() + "/";
    for (auto at = text.find(prefix); at != std::string::npos; at = text.find(prefix))
      text.erase(at, prefix.size());
    return text;
  }
  return {};
}

class hostile_input : public testing::TestWithParam<hostile_case> {};

TEST_P(hostile_input, geokg_validate_gives_the_documented_diagnostic_exit_code_and_memory) {
  const auto& c = GetParam();
  temp_dir dir;
  c.make(dir.path());
#ifdef GEOKG_CLI
  const auto r = run_program({GEOKG_CLI, "validate", "-i", std::string(c.input)}, dir.path(), dir.path());
  EXPECT_EQ(r.signal, 0) << r.err;
  EXPECT_EQ(r.exit_code, c.exit_code) << r.err;
  EXPECT_EQ(first_line(r.err), c.diagnostic);
  if (!c.stdout_line.empty()) {
    EXPECT_NE(r.out.find(c.stdout_line), std::string::npos) << r.out;
  }
  RecordProperty("peak_kib", std::to_string(r.peak_kib));
  std::printf("%s: exit %d, peak %llu KiB\n  %s\n", std::string(c.name).c_str(), r.exit_code,
              static_cast<unsigned long long>(r.peak_kib), first_line(r.err).c_str());
  if (memory_bounds_checked) {
    EXPECT_LE(r.peak_kib, c.max_mib * 1024) << "peak memory of geokg validate";
  }
#else
  GTEST_SKIP() << "built without the command-line tool";
#endif
}

TEST_P(hostile_input, the_library_reports_the_same_diagnostic_and_keeps_its_counts) {
  const auto& c = GetParam();
  temp_dir dir;
  c.make(dir.path());
  auto spec = geokg::io::parse_input(c.input);
  spec.path = dir.path() / spec.path;
  const std::vector<geokg::io::input> inputs{spec};
  const auto [graph, report] = geokg::io::load(inputs, {.on_error = geokg::io::error_mode::collect});
  EXPECT_EQ(first_error(report, dir.path()), c.diagnostic);
  EXPECT_EQ(report.ok(), c.exit_code == 0);
  for (const auto* k : {&report.sources, &report.actors, &report.events, &report.relations, &report.claims})
    EXPECT_EQ(k->read, k->loaded + k->rejected);
  EXPECT_EQ(graph.num_sources(), report.sources.loaded);
  EXPECT_EQ(graph.num_actors(), report.actors.loaded);
  EXPECT_EQ(graph.num_events(), report.events.loaded);
  EXPECT_EQ(graph.num_relations(), report.relations.loaded);
  EXPECT_EQ(graph.num_claims(), report.claims.loaded);
}

std::string case_name(const testing::TestParamInfo<hostile_case>& info) {
  std::string out;
  for (const char ch : info.param.name) {
    if (std::isalnum(static_cast<unsigned char>(ch)) != 0) out += ch;
    else if (!out.empty() && out.back() != '_') out += '_';
  }
  while (!out.empty() && out.back() == '_')
    out.pop_back();
  return out;
}

INSTANTIATE_TEST_SUITE_P(table, hostile_input, testing::ValuesIn(cases), case_name);

// A file without read permission. Root reads any file, so as root the tool runs as `nobody`
// (setpriv); skipped when neither is possible.
TEST(hostile_input_permissions, a_file_without_read_permission) {
#ifdef GEOKG_CLI
  std::vector<std::string> prefix;
  if (::geteuid() == 0) {
    if (!fs::exists("/usr/bin/setpriv")) GTEST_SKIP() << "root, and no setpriv to drop privileges";
    prefix = {"/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"};
  }
  temp_dir dir;
  fs::permissions(dir.path(), fs::perms::all, fs::perm_options::add);  // nobody may enter it
  put(dir / "locked.json", R"({"actors": [{"id": "A", "kind": "state"}]})");
  put(dir / "c_locked/actors.csv", "id,kind\nA,state\n");
  fs::permissions(dir / "c_locked", fs::perms::all, fs::perm_options::add);
  fs::permissions(dir / "locked.json", fs::perms::none);
  fs::permissions(dir / "c_locked/actors.csv", fs::perms::none);
  const std::pair<const char*, const char*> rows[] = {
      {"locked.json", "locked.json: error: cannot open: Permission denied [geokg.io_error]"},
      {"c_locked", "c_locked/actors.csv: error: cannot open: Permission denied [geokg.io_error]"}};
  for (const auto& [input, diagnostic] : rows) {
    SCOPED_TRACE(input);
    auto argv = prefix;
    argv.insert(argv.end(), {GEOKG_CLI, "validate", "-i", input});
    // Standard output and error go to files in /tmp, beside (not in) the folder.
    temp_dir scratch;
    const auto r = run_program(argv, dir.path(), scratch.path());
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_EQ(first_line(r.err), diagnostic);
  }
#else
  GTEST_SKIP() << "built without the command-line tool";
#endif
}

}  // namespace
