// SPDX-License-Identifier: MIT
// The big rows of the hostile-input table (docs/reliability.md), generated at run time into a
// temporary folder (never committed): a 1 GiB line and 10 million duplicate ids, for the JSON and
// CSV loaders, through `geokg` (exit code, first diagnostic, peak memory of the child measured
// with getrusage) and, for the counts, through the library in a child process. Labelled `big`
// (seconds each in the plain build, up to a few minutes under ASan + UBSan, where scripts/test
// runs them too).

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "child_process.hpp"
#include "geokg/io/load.hpp"
#include "hostile_inputs.hpp"

namespace {

namespace fs = std::filesystem;
using namespace geokg::test;

constexpr std::uint64_t gib = std::uint64_t{1} << 30;
constexpr std::uint64_t ten_million = 10'000'000;

std::string first_line(const std::string& text) {
  return text.substr(0, text.find('\n'));
}

struct expected_run {
  int exit_code;
  std::string_view diagnostic;  // first line of standard error
  std::uint64_t max_mib;        // peak resident memory bound
};

child_result run_cli(const temp_dir& dir, std::vector<std::string> args, const expected_run& want,
                     std::string_view what) {
#ifdef GEOKG_CLI
  args.insert(args.begin(), GEOKG_CLI);
  const auto r = run_program(args, dir.path(), dir.path());
  EXPECT_EQ(r.signal, 0);
  EXPECT_EQ(r.exit_code, want.exit_code);
  EXPECT_EQ(first_line(r.err), want.diagnostic);
  std::printf("%s: exit %d, peak %llu KiB\n  %s\n", std::string(what).c_str(), r.exit_code,
              static_cast<unsigned long long>(r.peak_kib), first_line(r.err).c_str());
  if (memory_bounds_checked) {
    EXPECT_LE(r.peak_kib, want.max_mib * 1024) << "peak memory";
  }
  return r;
#else
  (void)dir, (void)args, (void)want, (void)what;
  GTEST_SKIP() << "built without the command-line tool";
  return {};
#endif
}

// A JSON file whose one line holds a 1 GiB string: refused at the string limit (16 MiB), without
// holding the string.
TEST(big_input, json_a_1_gib_line_in_a_string) {
  temp_dir dir;
  write_repeated(dir / "line.json", R"({"dataset": {"note": ")", std::string(4096, 'x'), gib / 4096,
                 "\"}}");
  run_cli(dir, {"validate", "-i", "line.json"},
          {1, "line.json:1:22: error: string longer than 16777216 bytes [geokg.too_large]", 64},
          "json: a 1 GiB line (one string)");
}

// A JSON file whose one line holds 1 GiB of blanks between members: valid, read in constant
// memory.
TEST(big_input, json_a_1_gib_line_of_blanks_loads_in_constant_memory) {
  temp_dir dir;
  write_repeated(dir / "blank.json", R"({"geokg": 1, "actors": [{"id": "A", "kind": "state"},)",
                 std::string(4096, ' '), gib / 4096, R"({"id": "B", "kind": "state"}]})");
  const auto r = run_cli(dir, {"validate", "-i", "blank.json"}, {0, "", 64},
                         "json: a 1 GiB line (blanks between records)");
  EXPECT_NE(r.out.find("loaded 2 actors"), std::string::npos) << r.out;
}

// A CSV table with a 1 GiB record: refused at the record limit (64 MiB), the rest of the file
// still read.
TEST(big_input, csv_a_1_gib_line) {
  temp_dir dir;
  fs::create_directories(dir / "line");
  write_repeated(dir / "line/actors.csv", "id,kind,name\nA,state,", std::string(4096, 'x'),
                 gib / 4096, "\nB,state,Bee\n");
  const auto r = run_cli(dir, {"validate", "-i", "line"},
                         {1,
                          "line/actors.csv:2:9: error: field is longer than the limit of 16777216 "
                          "bytes (at name) [geokg.too_large]",
                          160},
                         "csv: a 1 GiB line");
  EXPECT_NE(r.out.find("loaded 1 actors, rejected 1"), std::string::npos) << r.out;
}

// 10 million actors with one id, in `path` (a JSON file or a CSV folder): the first is loaded, the
// others rejected as duplicates. Stop mode ends at the first duplicate; collect mode counts every
// rejection but keeps only `load_limits::max_diagnostics` diagnostics, so memory stays bounded.
void check_ten_million_duplicates(const temp_dir& dir, const std::string& path,
                                  std::string_view first_duplicate, std::string_view what) {
  const std::string label(what);
  // Stop mode (every command but validate): the first duplicate ends the load.
  run_cli(dir, {"stats", "-i", path}, {1, first_duplicate, 64}, label + " (stats, stop mode)");
  // Collect mode through the tool: the first 100,000 diagnostics printed, then the count of the
  // rest, in the summary too.
  const auto cli = run_cli(dir, {"validate", "-i", path}, {1, first_duplicate, 64},
                           label + " (validate, collect mode)");
  EXPECT_NE(cli.err.find("geokg: 9899999 more errors and 0 more warnings not shown"),
            std::string::npos);
  EXPECT_NE(cli.out.find("loaded 1 actors, rejected 9999999\n"), std::string::npos) << cli.out;
  EXPECT_NE(cli.out.find("9899999 errors and 0 warnings counted but not kept"), std::string::npos)
      << cli.out;
  // Collect mode through the library, in a child: nothing lost from the counts. Plain builds
  // only: under the sanitizers the validate run above already takes the same loader through all
  // 10 million records, and a second pass would add minutes to scripts/test.
  if (!memory_bounds_checked) return;
  const auto r = run_in_child(
      [&] {
        const auto result =
            geokg::io::load(dir / path, {.on_error = geokg::io::error_mode::collect});
        const auto& rep = result.report;
        std::printf("%llu %llu %llu %zu %llu %llu\n",
                    static_cast<unsigned long long>(rep.actors.read),
                    static_cast<unsigned long long>(rep.actors.loaded),
                    static_cast<unsigned long long>(rep.actors.rejected), rep.diagnostics.size(),
                    static_cast<unsigned long long>(rep.errors_not_kept),
                    static_cast<unsigned long long>(rep.count(geokg::severity::error)));
        return 0;
      },
      dir.path());
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "10000000 1 9999999 100000 9899999 9999999\n");
  std::printf("%s (library, collect mode): peak %llu KiB\n", label.c_str(),
              static_cast<unsigned long long>(r.peak_kib));
  if (memory_bounds_checked) {
    EXPECT_LE(r.peak_kib, std::uint64_t{96} * 1024);
  }
}

TEST(big_input, json_10_million_duplicate_ids) {
  temp_dir dir;
  write_repeated(dir / "dups.json", R"({"actors": [{"id": "A", "kind": "state"})",
                 R"(,{"id":"A","kind":"state"})", ten_million - 1, "]}\n");
  check_ten_million_duplicates(
      dir, "dups.json",
      "dups.json:1:48: error: duplicate actor id 'A' (at /actors/1/id) [geokg.duplicate_actor]",
      "json: 10 million duplicate ids");
}

TEST(big_input, csv_10_million_duplicate_ids) {
  temp_dir dir;
  fs::create_directories(dir / "dups");
  write_repeated(dir / "dups/actors.csv", "id,kind\n", "A,state\n", ten_million, "");
  check_ten_million_duplicates(
      dir, "dups",
      "dups/actors.csv:3:1: error: duplicate actor id 'A' (at id) [geokg.duplicate_actor]",
      "csv: 10 million duplicate ids");
}

}  // namespace
