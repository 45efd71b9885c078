#pragma once
// SPDX-License-Identifier: MIT
// The files of a dataset path: the file itself, or a folder's files of that dataset by name.

#include <filesystem>
#include <span>
#include <string_view>
#include <vector>

namespace geokg::io {

/// The files a dataset path names: `path` itself if it is not a folder; in a folder, its regular
/// files whose names contain one of `name_parts` (`.export.` for GDELT), in name order.
/// @param what the files' description for the error ("GDELT export file (*.export.CSV)").
/// @throws data_error `io_error` if the folder cannot be listed or holds no such file.
std::vector<std::filesystem::path> dataset_files(const std::filesystem::path& path,
                                                 std::span<const std::string_view> name_parts,
                                                 std::string_view what);

}  // namespace geokg::io
