// SPDX-License-Identifier: MIT
// Golden-file helpers for the loader tests: compare text with an expected file, or rewrite the
// file under GEOKG_UPDATE_GOLDEN=1 (then review the diff before committing it).
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

namespace geokg::test {

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

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

}  // namespace geokg::test
