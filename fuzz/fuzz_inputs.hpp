#pragma once
// SPDX-License-Identifier: MIT
// How a fuzz input becomes loader input: the parts of one byte string written as the files a
// format reads. Shared by the fuzz targets and tests/io/fuzz_regression_test.cpp, which replays
// the inputs of tests/data/fuzz/ the same way. Standard library and geokg only (no libFuzzer).

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <geokg/io/csv.hpp>
#include <geokg/io/input.hpp>

namespace geokg::fuzz {

/// Separates the files of a multi-file input (ASCII RS, 0x1E): `MIDA<RS>MIDB`. scripts/fuzz joins
/// seed files with it; a mutation that inserts or deletes one moves bytes between files, which is
/// as good an input as any.
inline constexpr char file_separator = '\x1e';

/// The parts of `data` between separators, at most `n`: the last part keeps any further
/// separators as data.
inline std::vector<std::string_view> split_parts(std::string_view data, std::size_t n) {
  std::vector<std::string_view> parts;
  while (parts.size() + 1 < n) {
    const auto sep = data.find(file_separator);
    if (sep == std::string_view::npos) break;
    parts.push_back(data.substr(0, sep));
    data.remove_prefix(sep + 1);
  }
  parts.push_back(data);
  return parts;
}

/// Writes `text` to `file`, or removes `file` when `text` is empty (an absent file is the more
/// interesting case: an empty one is reached by a one-byte part).
inline void put_file(const std::filesystem::path& file, std::string_view text) {
  std::error_code ec;
  if (text.empty()) {
    std::filesystem::remove(file, ec);
    return;
  }
  std::FILE* f = std::fopen(file.c_str(), "wb");
  if (f == nullptr || std::fwrite(text.data(), 1, text.size(), f) != text.size()) {
    std::perror("geokg fuzz: cannot write an input file");
    std::abort();
  }
  std::fclose(f);
}

/// The files of a real-data format's input, in the order of the fuzz input's parts.
struct dataset_layout {
  std::string_view format;
  std::array<std::string_view, 2> files;
  /// What the input path names: the folder, or the first file (`signed`, `mapped`).
  bool path_is_file = false;
};

inline constexpr dataset_layout dataset_layouts[] = {
    {"cow-states", {"states2016.csv", "majors2016.csv"}},
    {"cow-mid", {"MIDA 5.0.csv", "MIDB 5.0.csv"}},
    {"cow-wars", {"Inter-StateWarData_v4.0.csv", "Extra-StateWarData_v4.0.csv"}},
    {"cow-tc", {"tc2018.csv", {}}},
    {"ties", {"TIESv4-1.csv", {}}},
    {"gsdb", {"GSDB_V3.csv", {}}},
    // A folder of exports, with the CAMEO code descriptions beside them.
    {"gdelt", {"20150218230000.export.CSV", "CAMEO.eventcodes.txt"}},
    {"gdelt-monthly", {"20150218230000.export.CSV", "CAMEO.eventcodes.txt"}},
    // The edge list and the node table found beside it by name.
    {"signed", {"fuzz_edges.csv", "fuzz_nodes.csv"}, true},
    // The table, then the mapping file. A table starting with gzip's magic is named .csv.gz.
    {"mapped", {"table.csv", "table.map"}, true},
};

/// The layout of a format, or nullptr.
constexpr const dataset_layout* find_layout(std::string_view format) {
  for (const auto& l : dataset_layouts)
    if (l.format == format) return &l;
  return nullptr;
}

/// Writes the files of a real-data input from `data` into `dir` (an existing folder used for
/// nothing else) and returns the input that loads them.
inline io::input write_dataset_input(const dataset_layout& l, std::string_view data,
                                     const std::filesystem::path& dir) {
  const auto parts = split_parts(data, l.files.size());
  std::filesystem::path paths[2];
  for (std::size_t i = 0; i < l.files.size(); ++i) {
    if (l.files[i].empty()) continue;
    const auto part = i < parts.size() ? parts[i] : std::string_view{};
    std::string name(l.files[i]);
    if (l.format == "mapped" && i == 0) {
      const bool gz = part.starts_with("\x1f\x8b");
      put_file(dir / (gz ? "table.csv" : "table.csv.gz"), {});
      if (gz) name += ".gz";
    }
    paths[i] = dir / name;
    put_file(paths[i], part);
  }
  io::input in{std::string(l.format), l.path_is_file ? paths[0] : dir, {}};
  if (l.format == "mapped") in.mapping = paths[1];
  return in;
}

/// Writes a geokg CSV dataset from `data` into `dir`: the tables in `io::csv_tables` order, an
/// empty part leaving its table out. Returns the input that loads it.
inline io::input write_csv_input(std::string_view data, const std::filesystem::path& dir) {
  constexpr auto n = std::size(io::csv_tables);
  const auto parts = split_parts(data, n);
  for (std::size_t i = 0; i < n; ++i)
    put_file(dir / io::csv_tables[i], i < parts.size() ? parts[i] : std::string_view{});
  return io::input{"csv", dir, {}};
}

}  // namespace geokg::fuzz
