// SPDX-License-Identifier: MIT
// Fuzz target: the geokg CSV dataset loader. The input is the dataset's tables in the order of
// io::csv_tables (sources, actors, events, relations, claims, citations, quantities), separated by
// 0x1E; an empty part leaves its table out. They are written to a scratch folder and loaded
// through io::load, in both error modes.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string_view>

#include "fuzz_inputs.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  static const auto dir = [] {
    auto d = geokg::fuzz::scratch_dir() / "csv";
    std::filesystem::create_directories(d);
    return d;
  }();
  const auto in = geokg::fuzz::write_csv_input(text, dir);
  geokg::fuzz::load_both_modes(std::span(&in, 1));
  return 0;
}
