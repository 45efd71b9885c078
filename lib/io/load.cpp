// SPDX-License-Identifier: MIT
// Loading several inputs (files, folders, formats) into one graph with cross-file references.

#include <algorithm>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "csv_loader.hpp"
#include "geokg/io/load.hpp"
#include "graph_builder.hpp"
#include "json_loader.hpp"

namespace geokg::io {
namespace {

bool has_extension(const std::filesystem::path& p, std::string_view ext) {
  auto e = p.extension().string();
  std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return e == ext;
}

void load_one(const std::filesystem::path& input, detail::graph_builder& builder, const load_options& options) {
  std::error_code ec;
  const location where{input.string(), 0, 0, {}};
  if (std::filesystem::is_directory(input, ec)) {
    if (std::filesystem::exists(input / "actors.csv", ec)) {
      detail::load_csv_into(input, builder, options);
      return;
    }
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(input, ec)) {
      if (entry.is_regular_file() && has_extension(entry.path(), ".json")) files.push_back(entry.path());
    }
    if (ec) {
      builder.fail_input({severity::error, errc::io_error, where, "cannot list the folder: " + ec.message()});
      return;
    }
    if (files.empty()) {
      builder.fail_input({severity::error, errc::io_error, where, "folder holds neither geokg JSON files nor actors.csv"});
      return;
    }
    std::sort(files.begin(), files.end());  // a stable order, whatever the file system's
    for (const auto& f : files) detail::load_json_file(f, builder, options);
    return;
  }
  if (!std::filesystem::exists(input, ec)) {
    builder.fail_input({severity::error, errc::io_error, where, "no such file or folder"});
    return;
  }
  if (has_extension(input, ".csv")) {
    detail::load_csv_into(input, builder, options);
  } else {
    detail::load_json_file(input, builder, options);
  }
}

}  // namespace

load_result load(std::span<const std::filesystem::path> inputs, const load_options& options) {
  detail::graph_builder builder(options);
  for (const auto& input : inputs) load_one(input, builder, options);
  return std::move(builder).finish();
}

load_result load(const std::filesystem::path& input, const load_options& options) {
  return load(std::span(&input, 1), options);
}

}  // namespace geokg::io
