#pragma once
// SPDX-License-Identifier: MIT
// Internal entry points of the JSON loader, for the multi-input loader.

#include <cstdint>
#include <filesystem>
#include <string>

#include "geokg/io/load_options.hpp"
#include "graph_builder.hpp"
#include "json_input.hpp"

namespace geokg::io::detail {

/// Parses one JSON input into the builder; syntax errors go to `builder.fail_input`.
void read_json(json_input& in, const std::string& path, std::uint64_t total_bytes,
               graph_builder& builder, const load_options& options);

/// Opens and reads one JSON file into the builder (I/O problems go to `builder.fail_input`).
void load_json_file(const std::filesystem::path& file, graph_builder& builder,
                    const load_options& options);

}  // namespace geokg::io::detail
