#pragma once
// SPDX-License-Identifier: MIT
// Loading a dataset that spans several files or formats into one graph.

#include <filesystem>
#include <span>

#include "geokg/io/input.hpp"
#include "geokg/io/load_options.hpp"
#include "geokg/io/load_report.hpp"

namespace geokg::io {

/// Loads several inputs into one graph. Each input is a geokg JSON file, a folder of geokg JSON
/// files (all `*.json` in it, in name order), or a CSV dataset folder (one holding actors.csv).
/// Files may refer to each other by id (actors in one, relations in another): references are
/// resolved across all inputs, whatever their order.
/// @throws data_error as `load_json` does; `io_error` for a path that is neither.
load_result load(std::span<const std::filesystem::path> inputs, const load_options& options = {});

/// Loads inputs of any format (geokg's, and the real datasets of `input_formats()`) into one
/// graph. States named by codes in real datasets (COW 732, CAMEO "KOR", "Korea, Republic of")
/// become one actor each through the built-in `state_codes` table; an input that defines a
/// state's actor itself (a curated dataset's `KOR`) is used instead, whatever the inputs' order.
/// @throws data_error in stop mode; `invalid_value` for an unknown format name.
load_result load(std::span<const input> inputs, const load_options& options = {});

/// Loads one input (see the overload above).
load_result load(const std::filesystem::path& input, const load_options& options = {});

}  // namespace geokg::io
