// SPDX-License-Identifier: MIT
// Whole-file reads for real datasets. These files are small (the largest, ATOP's dyad-years, is
// 11 MB unpacked), so a whole read is simpler than streaming through zlib and costs nothing.

#include "dataset_text.hpp"

#include <zlib.h>

#include <array>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <string_view>
#include <system_error>

#include "../utf8.hpp"
#include "geokg/core/error.hpp"

namespace geokg::io::detail {
namespace {

namespace fs = std::filesystem;

[[noreturn]] void io_fail(const fs::path& file, const std::string& why) {
  throw data_error(errc::io_error, why, location{file.string(), 0, 0, {}});
}

std::string read_raw(const fs::path& file, const load_options& options) {
  std::error_code ec;
  if (fs::is_directory(file, ec)) io_fail(file, "is a folder, not a file");
  const auto size = fs::file_size(file, ec);
  if (ec) io_fail(file, "cannot read: " + ec.message());
  if (size > options.limits.max_file_bytes)
    throw data_error(errc::too_large,
                     "file of " + std::to_string(size) + " bytes exceeds the limit of " +
                         std::to_string(options.limits.max_file_bytes),
                     location{file.string(), 0, 0, {}});
  std::ifstream in(file, std::ios::binary);
  if (!in) io_fail(file, "cannot open for reading");
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  if (in.gcount() != static_cast<std::streamsize>(size)) io_fail(file, "read failed");
  return bytes;
}

std::string gunzip(const fs::path& file, std::string_view packed, const load_options& options) {
  z_stream z{};
  // 16 + MAX_WBITS: accept the gzip wrapper (and only it).
  if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) io_fail(file, "cannot start gzip decoding");
  std::string out;
  std::array<char, 1 << 16> chunk{};
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
  z.avail_in = static_cast<uInt>(packed.size());
  int rc = Z_OK;
  while (rc != Z_STREAM_END) {
    z.next_out = reinterpret_cast<Bytef*>(chunk.data());
    z.avail_out = static_cast<uInt>(chunk.size());
    rc = inflate(&z, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END) {
      inflateEnd(&z);
      io_fail(file,
              "corrupt gzip data (" + std::string(z.msg != nullptr ? z.msg : "truncated") + ")");
    }
    out.append(chunk.data(), chunk.size() - z.avail_out);
    if (out.size() > options.limits.max_file_bytes) {
      inflateEnd(&z);
      throw data_error(errc::too_large,
                       "decompressed text exceeds the limit of " +
                           std::to_string(options.limits.max_file_bytes) + " bytes",
                       location{file.string(), 0, 0, {}});
    }
    if (rc == Z_OK && z.avail_in == 0 && z.avail_out != 0) {
      inflateEnd(&z);
      io_fail(file, "truncated gzip data");
    }
  }
  inflateEnd(&z);
  return out;
}

}  // namespace

std::string cp1252_to_utf8(std::string_view bytes) {
  // 0x80-0x9F of Windows-1252; 0 marks the five undefined bytes.
  static constexpr std::array<char16_t, 32> high = {
      0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (const char ch : bytes) {
    const auto b = static_cast<unsigned char>(ch);
    char32_t cp = b;
    if (b >= 0x80 && b < 0xA0) cp = high[b - 0x80] != 0 ? high[b - 0x80] : 0xFFFD;
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  return out;
}

std::string read_dataset_text(const fs::path& file, const load_options& options,
                              text_encoding encoding) {
  std::string text = read_raw(file, options);
  if (file.extension() == ".gz") text = gunzip(file, text, options);
  const auto bad = invalid_utf8_at(text);
  if (bad == std::string_view::npos) return text;
  if (encoding == text_encoding::utf8_or_cp1252) return cp1252_to_utf8(text);
  std::uint32_t line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < bad; ++i) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
      ++line;
      line_start = i + 1;
    }
  }
  throw data_error(
      errc::invalid_encoding, "invalid UTF-8",
      location{file.string(), line, static_cast<std::uint32_t>(bad - line_start + 1), {}});
}

}  // namespace geokg::io::detail
