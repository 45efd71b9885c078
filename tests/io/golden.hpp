// SPDX-License-Identifier: MIT
// Golden-file helpers for the loader tests: compare text with an expected file, or rewrite the
// file under GEOKG_UPDATE_GOLDEN=1 (then review the diff before committing it); read the golden
// CSV cases.
#pragma once

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <geokg/io/load_options.hpp>

#include "test_files.hpp"

namespace geokg::test {

inline void expect_golden(const std::filesystem::path& expected_file, const std::string& actual) {
  const char* update = std::getenv("GEOKG_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    std::ofstream(expected_file, std::ios::binary) << actual;
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(expected_file))
      << expected_file << " is missing; run with GEOKG_UPDATE_GOLDEN=1 and review it";
  EXPECT_EQ(read_file(expected_file), actual) << "differs from " << expected_file;
}

/// A golden CSV case: tests/golden/csv/<case>/ is a dataset folder; <case>.errors holds the
/// expected diagnostics and <case>.expected the report's summary and the canonical JSON dump of
/// the graph. An optional <case>/options.txt holds `key=value` lines: `input` (load this file of
/// the folder instead of the folder), `max_string_bytes`, `max_records`, `existence=reject`.
struct csv_golden_case {
  std::string name;
  std::filesystem::path dir;
  std::filesystem::path input;
  io::load_options options{.on_error = io::error_mode::collect};
};

/// The case in folder `dir`, its options read (an unknown option fails the test).
inline csv_golden_case read_csv_golden_case(const std::filesystem::path& dir) {
  csv_golden_case c{dir.filename().string(), dir, dir};
  std::ifstream in(dir / "options.txt");
  std::string line;
  while (std::getline(in, line)) {
    const auto eq = line.find('=');
    if (eq == std::string::npos) continue;
    const auto key = line.substr(0, eq);
    const auto value = line.substr(eq + 1);
    if (key == "input") {
      c.input = dir / value;
    } else if (key == "max_string_bytes") {
      c.options.limits.max_string_bytes = std::stoull(value);
    } else if (key == "max_records") {
      c.options.limits.max_records = std::stoull(value);
    } else if (key == "existence" && value == "reject") {
      c.options.graph.existence = existence_policy::reject;
    } else {
      ADD_FAILURE() << dir / "options.txt"
                    << ": unknown option " << line;
    }
  }
  return c;
}

/// Every case under `root` (tests/golden/csv), by name.
inline std::vector<csv_golden_case> csv_golden_cases(const std::filesystem::path& root) {
  std::vector<csv_golden_case> out;
  for (const auto& e : std::filesystem::directory_iterator(root)) {
    if (e.is_directory()) out.push_back(read_csv_golden_case(e.path()));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return out;
}

}  // namespace geokg::test
