#pragma once
// SPDX-License-Identifier: MIT
// Internal entry point of the CSV loader, for the multi-input loader.

#include <filesystem>

#include "geokg/io/load_options.hpp"
#include "graph_builder.hpp"

namespace geokg::io::detail {

/// Reads a CSV dataset folder (or one table file) into the builder; problems with a whole file
/// go to `builder.fail_input`.
void load_csv_into(const std::filesystem::path& path, graph_builder& builder, const load_options& options);

}  // namespace geokg::io::detail
