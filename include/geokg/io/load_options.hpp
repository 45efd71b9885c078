#pragma once
// SPDX-License-Identifier: MIT
// How loaders behave: stop or collect on errors, limits against hostile input, progress.

#include <cstdint>
#include <functional>
#include <limits>
#include <string_view>

#include "geokg/core/knowledge_graph.hpp"

namespace geokg::io {

/// What a loader does at the first bad record.
enum class error_mode : std::uint8_t {
  stop,     ///< Throw the first error as a `data_error` (nothing is returned).
  collect,  ///< Reject the bad record, keep going, and return every diagnostic with counts.
};

/// Limits that bound the work and memory a loader spends on any input, however hostile.
/// Exceeding one is an `errc::too_large` error, never a crash or an out-of-memory kill.
struct load_limits {
  std::uint64_t max_file_bytes = std::uint64_t{16} << 30;  ///< Per input file (16 GiB).
  std::uint32_t max_depth = 64;                            ///< JSON nesting depth.
  std::uint64_t max_records = 200'000'000;                 ///< Records per input file.
  std::uint64_t max_string_bytes = std::uint64_t{16}
                                   << 20;  ///< One JSON string or CSV field (16 MiB).
  /// Diagnostics kept in `load_report::diagnostics` (collect mode). Past it, each further error
  /// and warning is still counted (`load_report::errors_not_kept`, `warnings_not_kept`, and in
  /// the record counts), but its text is not kept: 10 million rejected records would otherwise
  /// hold about 3 GB of messages. `keep_all_diagnostics` lifts the bound.
  std::uint64_t max_diagnostics = 100'000;
};

/// A `load_limits::max_diagnostics` that keeps every diagnostic.
inline constexpr std::uint64_t keep_all_diagnostics = std::numeric_limits<std::uint64_t>::max();

/// Where a load stands, for progress bars.
struct progress {
  std::string_view path;          ///< The input being read.
  std::uint64_t bytes_read = 0;   ///< Bytes of it consumed so far.
  std::uint64_t bytes_total = 0;  ///< Its size (0 if unknown, e.g. for in-memory text).
  std::uint64_t records = 0;      ///< Records read so far from it.
};

/// Called now and then during a load (about every 4 MiB of input, and once at the end of each
/// file). It must not throw.
using progress_callback = std::function<void(const progress&)>;

/// Options of every loader.
struct load_options {
  error_mode on_error = error_mode::stop;
  load_limits limits{};
  /// Options of the graph being built (e.g. `existence_policy::reject` for strict loading).
  graph_options graph{};
  progress_callback on_progress{};
};

}  // namespace geokg::io
