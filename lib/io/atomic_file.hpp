#pragma once
// SPDX-License-Identifier: MIT
// Writing a file so that readers see the old or the new content, never half of it.

#include <filesystem>
#include <functional>
#include <iosfwd>

namespace geokg::io::detail {

/// Writes `path` by calling `write` on a stream to a temporary file in the same folder, then
/// renaming it over `path` (atomic on POSIX file systems). If `write` throws or the stream fails,
/// the temporary file is removed and `path` is untouched.
/// @throws data_error `io_error` if the file cannot be written.
void write_atomically(const std::filesystem::path& path,
                      const std::function<void(std::ostream&)>& write);

}  // namespace geokg::io::detail
