#pragma once
// SPDX-License-Identifier: MIT
// The bytes of an event file, plain, gzip or zip, read in large blocks (private to the readers).

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>

namespace geokg::events::detail {

/// A stream of the decompressed bytes of a file. Chosen by the file's magic bytes: `PK\3\4` is a
/// zip archive (its entries in name order, read one after the other), `\x1f\x8b` gzip, anything
/// else plain text.
class byte_source {
 public:
  virtual ~byte_source() = default;
  /// Reads up to `n` bytes into `out`; 0 at the end.
  /// @throws data_error `io_error` on a read error, a truncated or corrupt archive.
  virtual std::size_t read(char* out, std::size_t n) = 0;
};

/// Opens `path`.
/// @throws data_error `io_error` if it cannot be opened, or the archive cannot be.
std::unique_ptr<byte_source> open_byte_source(const std::filesystem::path& path);

}  // namespace geokg::events::detail
