// SPDX-License-Identifier: MIT
// Loading several inputs (files, folders, formats) into one graph with cross-file references.

#include <algorithm>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "csv_loader.hpp"
#include "datasets/loaders.hpp"
#include "geokg/io/load.hpp"
#include "graph_builder.hpp"
#include "json_loader.hpp"

namespace geokg::io {
namespace {

bool has_extension(const std::filesystem::path& p, std::string_view ext) {
  auto e = p.extension().string();
  std::transform(e.begin(), e.end(), e.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return e == ext;
}

void load_one(const std::filesystem::path& input, detail::graph_builder& builder,
              const load_options& options) {
  std::error_code ec;
  const location where{input.string(), 0, 0, {}};
  if (std::filesystem::is_directory(input, ec)) {
    if (std::filesystem::exists(input / "actors.csv", ec)) {
      detail::load_csv_into(input, builder, options);
      return;
    }
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(input, ec)) {
      if (entry.is_regular_file() && has_extension(entry.path(), ".json"))
        files.push_back(entry.path());
    }
    if (ec) {
      builder.fail_input(
          {severity::error, errc::io_error, where, "cannot list the folder: " + ec.message()});
      return;
    }
    if (files.empty()) {
      builder.fail_input({severity::error, errc::io_error, where,
                          "folder holds neither geokg JSON files nor actors.csv"});
      return;
    }
    std::sort(files.begin(), files.end());  // a stable order, whatever the file system's
    for (const auto& f : files)
      detail::load_json_file(f, builder, options);
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

using dataset_loader = void (*)(const input&, detail::dataset_context&);

struct dataset_format {
  std::string_view name;
  dataset_loader load;
};

void load_state_codes(const input&, detail::dataset_context& ctx) {
  for (const auto& e : ctx.states.codes().entries())
    ctx.states.use(e.id);
}

constexpr dataset_format dataset_formats[] = {
    {"cow-states", detail::load_cow_states},
    {"cow-mid", detail::load_cow_mid},
    {"mapped", detail::load_mapped_table},
    {"gdelt", detail::load_gdelt},
    {"gdelt-monthly", detail::load_gdelt_monthly},
    {"cow-wars", detail::load_cow_wars},
    {"cow-tc", detail::load_cow_tc},
    {"ties", detail::load_ties},
    {"gsdb", detail::load_gsdb},
    {"signed", detail::load_signed_network},
    {"state-codes", load_state_codes},
};

void load_input(const input& in, detail::dataset_context& ctx) {
  const auto format = in.format.empty() ? detect_format(in.path) : in.format;
  if (format.empty() || format == "json" || format == "csv") {
    load_one(in.path, ctx.builder, ctx.options);
    return;
  }
  for (const auto& f : dataset_formats) {
    if (f.name != format) continue;
    try {
      f.load(in, ctx);
    } catch (const detail::record_error& e) {
      ctx.builder.fail_input(e.d);  // a table without a needed column, an empty file
    } catch (const data_error& e) {
      if (!ctx.builder.collecting()) throw;
      ctx.builder.fail_input(diagnostic{severity::error, e.code(), e.where(), e.message()});
    }
    return;
  }
  throw data_error(errc::invalid_value, "unknown input format '" + format + "'",
                   location{in.path.string(), 0, 0, {}});
}

}  // namespace

load_result load(std::span<const input> inputs, const load_options& options) {
  detail::graph_builder builder(options);
  detail::state_registry states;
  detail::dataset_context ctx{builder, options, states};
  for (const auto& in : inputs)
    load_input(in, ctx);
  states.provide(builder);
  return std::move(builder).finish();
}

load_result load(std::span<const std::filesystem::path> inputs, const load_options& options) {
  std::vector<input> typed;
  typed.reserve(inputs.size());
  for (const auto& p : inputs)
    typed.push_back(input{"", p, {}});
  return load(std::span<const input>(typed), options);
}

load_result load(const std::filesystem::path& input, const load_options& options) {
  return load(std::span(&input, 1), options);
}

}  // namespace geokg::io
