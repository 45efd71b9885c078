#pragma once
// SPDX-License-Identifier: MIT
// Writing a file so that readers see the old or the new content, never half of it.

#include <filesystem>
#include <functional>
#include <iosfwd>

namespace geokg::io {

/// Writes `path` as geokg's own writers do: `write` is called on a stream to a temporary file in
/// the same folder (`<name>.tmp-<pid>`), which is flushed to the disk (`fsync`) and then renamed
/// over `path`, atomically on POSIX file systems. A writer interrupted or failing at any point
/// leaves the old `path` as it was (or no file); if `write` throws, the temporary file is removed
/// and the exception passes through.
///
/// ```cpp
/// geokg::io::write_atomically("balance.csv", [&](std::ostream& out) { out << table; });
/// ```
/// @throws data_error `io_error` (with the path) if the file cannot be created, written, flushed
///         or renamed.
void write_atomically(const std::filesystem::path& path,
                      const std::function<void(std::ostream&)>& write);

}  // namespace geokg::io
