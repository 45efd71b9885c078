#pragma once
// SPDX-License-Identifier: MIT
// Reading a real dataset's file into UTF-8 text: gzip, legacy encodings and size limits.

#include <filesystem>
#include <string>

#include "geokg/io/load_options.hpp"

namespace geokg::io::detail {

/// What a dataset file may be encoded in.
enum class text_encoding : std::uint8_t {
  utf8,            ///< UTF-8 only; anything else is an `invalid_encoding` error.
  utf8_or_cp1252,  ///< UTF-8 if the bytes are valid UTF-8, else Windows-1252 (COW's war files).
};

/// The text of a dataset file as UTF-8. A `.gz` file is decompressed (and the limit applies to
/// the decompressed size too, so a gzip bomb stops at `max_file_bytes`). A leading UTF-8 BOM is
/// kept for the CSV reader to skip.
/// @throws data_error `io_error` (missing, a folder, unreadable, corrupt gzip), `too_large`, or
/// `invalid_encoding` (with line and column) for non-UTF-8 text under `text_encoding::utf8`.
std::string read_dataset_text(const std::filesystem::path& file, const load_options& options,
                              text_encoding encoding = text_encoding::utf8);

/// Windows-1252 bytes as UTF-8 (the five undefined bytes become U+FFFD).
std::string cp1252_to_utf8(std::string_view bytes);

}  // namespace geokg::io::detail
