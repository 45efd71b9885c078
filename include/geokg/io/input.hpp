#pragma once
// SPDX-License-Identifier: MIT
// An input of a load: a path and the format to read it in (geokg's own or a real dataset's).

#include <filesystem>
#include <span>
#include <string>
#include <string_view>

namespace geokg::io {

/// One input: what to read and how.
struct input {
  /// The format's name (see `input_formats`); empty to detect it from the path.
  std::string format{};
  /// The file or folder.
  std::filesystem::path path{};
  /// For the `mapped` format: the mapping file that says how to read `path` (docs/datasets.md).
  std::filesystem::path mapping{};

  friend bool operator==(const input&, const input&) = default;
};

/// A format `load` knows.
struct input_format {
  std::string_view name;  ///< As written before the colon: "cow-mid".
  std::string_view path;  ///< What the path names: "folder with MIDA/MIDB 5.0 files".
  std::string_view what;  ///< One line on what geokg takes from it.
};

/// Every format, in documentation order.
std::span<const input_format> input_formats() noexcept;

/// Parses the command-line form `[FORMAT:]PATH` (`cow-mid:data/real/cow_mid`, `mapped:MAP:PATH`).
/// A prefix that is not a format name is part of the path, so `a:b.json` is a path.
input parse_input(std::string_view text);

/// The format of an input whose format is empty: geokg JSON or CSV, or a real dataset recognised
/// by its file names (`states2016.csv` is `cow-states`, `MIDB 5.0.csv` is `cow-mid`, ...).
/// @returns the format's name, or an empty string if nothing matches.
std::string detect_format(const std::filesystem::path& path);

}  // namespace geokg::io
