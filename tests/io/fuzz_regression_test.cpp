// SPDX-License-Identifier: MIT
// Regression tests for what the fuzz targets of fuzz/ found (docs/reliability.md, "Fuzzing"). Every
// input kept in tests/data/fuzz/<target>/ is replayed here through the loader its target fuzzes,
// split into files exactly as the target splits it (fuzz/fuzz_inputs.hpp), in both error modes:
// the load must end with a graph or a located data_error, never a crash, a hang or another
// exception. (scripts/fuzz also replays these files first, under ASan and UBSan.)

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "../../fuzz/fuzz_inputs.hpp"
#include "geokg/core/date.hpp"
#include "geokg/core/interval.hpp"
#include "geokg/io/json.hpp"
#include "geokg/io/load.hpp"

namespace {

namespace fs = std::filesystem;
using geokg::io::error_mode;

const fs::path fuzz_data = fs::path(GEOKG_TEST_DATA_DIR) / "fuzz";

std::string read_bytes(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The reproducers of one target, in name order.
std::vector<fs::path> reproducers(std::string_view target) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(fuzz_data / target, ec))
    if (e.is_regular_file()) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

// A folder of this test's own, emptied first.
fs::path scratch(std::string_view name) {
  const auto dir = fs::temp_directory_path() / ("geokg_fuzz_regression_" + std::string(name));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

// Loads `in` in both modes; a data_error in stop mode must say where (a path, at least).
void expect_clean_load(const geokg::io::input& in) {
  for (const auto mode : {error_mode::stop, error_mode::collect}) {
    SCOPED_TRACE(mode == error_mode::stop ? "stop mode" : "collect mode");
    try {
      auto r = geokg::io::load(std::span(&in, 1), {.on_error = mode});
      for (const auto& d : r.report.diagnostics)
        EXPECT_FALSE(geokg::to_string(d).empty());
    } catch (const geokg::data_error& e) {
      EXPECT_FALSE(e.where().path.empty()) << e.what();
    }
  }
}

TEST(fuzz_regression, json_inputs_load_or_fail_with_a_located_error) {
  for (const auto& file : reproducers("json")) {
    SCOPED_TRACE(file.filename().string());
    const auto text = read_bytes(file);
    for (const auto mode : {error_mode::stop, error_mode::collect}) {
      try {
        (void)geokg::io::parse_json(text, file.filename().string(), {.on_error = mode});
      } catch (const geokg::data_error& e) {
        EXPECT_FALSE(e.where().path.empty()) << e.what();
      }
    }
  }
}

TEST(fuzz_regression, csv_inputs_load_or_fail_with_a_located_error) {
  const auto dir = scratch("csv");
  for (const auto& file : reproducers("csv")) {
    SCOPED_TRACE(file.filename().string());
    expect_clean_load(geokg::fuzz::write_csv_input(read_bytes(file), dir));
  }
  fs::remove_all(dir);
}

TEST(fuzz_regression, dataset_inputs_load_or_fail_with_a_located_error) {
  for (const auto& layout : geokg::fuzz::dataset_layouts) {
    std::string target(layout.format);
    std::replace(target.begin(), target.end(), '-', '_');
    const auto dir = scratch(target);
    for (const auto& file : reproducers(target)) {
      SCOPED_TRACE(target + "/" + file.filename().string());
      expect_clean_load(geokg::fuzz::write_dataset_input(layout, read_bytes(file), dir));
    }
    fs::remove_all(dir);
  }
}

TEST(fuzz_regression, date_inputs_round_trip) {
  for (const auto& file : reproducers("date")) {
    SCOPED_TRACE(file.filename().string());
    const auto text = read_bytes(file);
    if (const auto d = geokg::parse_date(text)) {
      EXPECT_EQ(geokg::parse_date(geokg::to_string(*d)), d);
    }
    if (const auto i = geokg::parse_interval(text)) {
      EXPECT_EQ(geokg::parse_interval(geokg::to_string(*i)), i);
    }
  }
}

// The splitting the replays rely on: parts separated by 0x1E, the last part keeping the rest.
TEST(fuzz_regression, inputs_split_into_files_as_the_fuzz_targets_split_them) {
  const auto parts = geokg::fuzz::split_parts("a\x1e" "b\x1e" "c", 2);
  ASSERT_EQ(parts.size(), 2U);
  EXPECT_EQ(parts[0], "a");
  EXPECT_EQ(parts[1], "b\x1e" "c");
  const auto dir = scratch("split");
  const auto in = geokg::fuzz::write_dataset_input(*geokg::fuzz::find_layout("cow-mid"),
                                                   "A\x1e" "B", dir);
  EXPECT_EQ(in.path, dir);
  EXPECT_EQ(read_bytes(dir / "MIDA 5.0.csv"), "A");
  EXPECT_EQ(read_bytes(dir / "MIDB 5.0.csv"), "B");
  fs::remove_all(dir);
}

}  // namespace
