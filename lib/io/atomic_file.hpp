#pragma once
// SPDX-License-Identifier: MIT
// Writing a file so that readers see the old or the new content, never half of it.

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <utility>
#include <vector>

#include "geokg/io/write_atomically.hpp"  // the one-file case

namespace geokg::io::detail {

/// Writes several files that belong together (the tables of a CSV dataset): each is written in
/// full to a temporary file beside it first, and only when all are written does `commit` rename
/// them over their paths, one after the other. A writer interrupted while writing leaves every
/// old file as it was; only an interruption between the renames (microseconds) can mix old and
/// new files. Temporaries not committed are removed by the destructor.
class atomic_files {
 public:
  atomic_files() = default;
  atomic_files(const atomic_files&) = delete;
  atomic_files& operator=(const atomic_files&) = delete;
  ~atomic_files();

  /// Writes the new content of `path` to its temporary file.
  /// @throws data_error `io_error` if it cannot be written.
  void write(const std::filesystem::path& path, const std::function<void(std::ostream&)>& write);
  /// Renames every temporary file over its path, in the order they were written.
  /// @throws data_error `io_error` if a rename fails (the files not yet renamed are untouched).
  void commit();

 private:
  std::vector<std::pair<std::filesystem::path, std::filesystem::path>> staged_;  // temporary, path
};

}  // namespace geokg::io::detail
