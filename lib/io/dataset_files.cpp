// SPDX-License-Identifier: MIT
// Listing a dataset folder (shared by the GDELT loader and the event readers).

#include "geokg/io/dataset_files.hpp"

#include <algorithm>
#include <string>
#include <system_error>

#include "geokg/core/error.hpp"

namespace geokg::io {

std::vector<std::filesystem::path> dataset_files(const std::filesystem::path& path,
                                                 std::span<const std::string_view> name_parts,
                                                 std::string_view what) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(path, ec)) return {path};
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(path, ec)) {
    const auto name = entry.path().filename().string();
    if (entry.is_regular_file() &&
        std::any_of(name_parts.begin(), name_parts.end(),
                    [&](std::string_view part) { return name.find(part) != std::string::npos; }))
      files.push_back(entry.path());
  }
  if (ec)
    throw data_error(errc::io_error, "cannot list the folder: " + ec.message(),
                     location{path.string(), 0, 0, {}});
  if (files.empty())
    throw data_error(errc::io_error, "the folder holds no " + std::string(what),
                     location{path.string(), 0, 0, {}});
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace geokg::io
