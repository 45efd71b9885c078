#pragma once
// SPDX-License-Identifier: MIT
// What the line-oriented event readers share (private): the block loop over a file's lines, the
// split of a row into tab-separated fields, field parsers, and the rule that turns a malformed
// row into a thrown `data_error` or a counted diagnostic.

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "byte_source.hpp"
#include "civil.hpp"
#include "geokg/core/error.hpp"
#include "geokg/events/reader.hpp"

namespace geokg::events::detail {

/// Thrown inside a reader for one malformed row; becomes a diagnostic or a `data_error`.
struct bad_row {
  errc code;
  std::string message;
  std::size_t column;      ///< 0-based byte offset in the line.
  std::string_view field;  ///< The field's name (static text), empty if none.
};

/// Whether `s` is a non-empty run of ASCII digits.
inline bool digits(std::string_view s) noexcept {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// `'s'` for messages, cut after 40 bytes.
inline std::string quoted(std::string_view s) {
  if (s.size() > 40) return "'" + std::string(s.substr(0, 40)) + "...'";
  return "'" + std::string(s) + "'";
}

/// A Goldstein-like value in tenths (`-10.0`, `2.8`, `3`): false unless a number with at most
/// one decimal in [-10, 10].
inline bool parse_tenths(std::string_view s, std::int16_t& out) noexcept {
  bool neg = false;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  const auto dot = s.find('.');
  const auto whole = s.substr(0, dot);
  if (!digits(whole) || whole.size() > 3) return false;
  int v = 0;
  for (const char c : whole)
    v = v * 10 + (c - '0');
  v *= 10;
  if (dot != std::string_view::npos) {
    const auto frac = s.substr(dot + 1);
    if (frac.size() != 1 || !digits(frac)) return false;
    v += frac[0] - '0';
  }
  if (v > 100) return false;
  out = static_cast<std::int16_t>(neg ? -v : v);
  return true;
}

/// The day number of `YYYYMMDD` (compact) or `YYYY-MM-DD` (iso); nullopt if not a real day.
inline std::optional<std::int32_t> parse_day(std::string_view s, bool iso) noexcept {
  if (iso) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    const char compact[8] = {s[0], s[1], s[2], s[3], s[5], s[6], s[8], s[9]};
    return parse_day(std::string_view(compact, 8), false);
  }
  if (s.size() != 8 || !digits(s)) return std::nullopt;
  const int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  const auto m = static_cast<unsigned>((s[4] - '0') * 10 + (s[5] - '0'));
  const auto d = static_cast<unsigned>((s[6] - '0') * 10 + (s[7] - '0'));
  if (!valid_civil(y, m, d)) return std::nullopt;
  return days_from_civil(y, m, d);
}

/// The CAMEO root of a code of 2 to 4 digits (`042` is 4); 0 if `code` is not such a code.
inline std::uint8_t cameo_root(std::string_view code) noexcept {
  if (code.size() < 2 || code.size() > 4 || !digits(code)) return 0;
  const int root = (code[0] - '0') * 10 + (code[1] - '0');
  return root >= 1 && root <= 20 ? static_cast<std::uint8_t>(root) : 0;
}

/// The tab-separated fields of one row, as positions into the row (reused row after row).
class tab_fields {
 public:
  /// Splits `[b, e)`; returns the field count (all of them, even past `max`, which only bounds
  /// how many positions are kept).
  std::size_t split(const char* b, const char* e, std::size_t max) {
    begin_ = b;
    end_ = e;
    starts_.resize(max);
    count_ = 1;
    starts_[0] = b;
    for (const char* p = b;;) {
      const auto* tab =
          static_cast<const char*>(std::memchr(p, '\t', static_cast<std::size_t>(e - p)));
      if (tab == nullptr) break;
      if (count_ < max) starts_[count_] = tab + 1;
      ++count_;
      p = tab + 1;
    }
    return count_;
  }
  /// Field `i` (below the count and `max`).
  std::string_view operator[](std::size_t i) const noexcept {
    const char* b = starts_[i];
    const char* e = i + 1 < count_ ? starts_[i + 1] - 1 : end_;
    return {b, static_cast<std::size_t>(e - b)};
  }
  /// The 0-based byte offset of field `i` in the row.
  std::size_t column(std::size_t i) const noexcept {
    return static_cast<std::size_t>(starts_[i] - begin_);
  }
  std::size_t size() const noexcept { return count_; }

 private:
  std::vector<const char*> starts_;
  std::size_t count_ = 0;
  const char* begin_ = nullptr;
  const char* end_ = nullptr;
};

/// Reads a file's lines in large blocks (memchr for line ends), in O(longest line) memory, and
/// calls `on_line(begin, end, line_number)` for each line without its LF or CRLF, empty lines
/// included; reports progress and counts bytes in `account`.
/// @throws data_error `too_large` for a line over 16 MiB, `io_error` as `open_byte_source`.
template <class OnLine>
void for_each_line(const std::filesystem::path& path, row_account& account,
                   const read_options& options, OnLine&& on_line) {
  constexpr std::size_t block = std::size_t{4} << 20;      // bytes read at a time
  constexpr std::size_t max_line = std::size_t{16} << 20;  // a longer line is an error
  auto source = open_byte_source(path);
  std::vector<char> buf(block);
  std::size_t have = 0;
  std::uint64_t line_no = 0, reported_bytes = 0, reported_rows = 0;
  const auto line = [&](const char* b, const char* e) {
    ++line_no;
    if (e > b && e[-1] == '\r') --e;
    on_line(b, e, line_no);
  };
  for (;;) {
    if (have == buf.size()) {
      if (buf.size() >= max_line)
        throw data_error(errc::too_large,
                         "a line is longer than " + std::to_string(max_line >> 20) + " MiB",
                         location{account.path, static_cast<std::uint32_t>(line_no + 1), 1, {}});
      buf.resize(buf.size() * 2);
    }
    const auto got = source->read(buf.data() + have, buf.size() - have);
    account.bytes += got;
    if (got == 0) {
      if (have > 0) line(buf.data(), buf.data() + have);
      break;
    }
    have += got;
    const char* p = buf.data();
    const char* const end = buf.data() + have;
    for (;;) {
      const auto* nl =
          static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
      if (nl == nullptr) break;
      line(p, nl);
      p = nl + 1;
    }
    have = static_cast<std::size_t>(end - p);
    if (have > 0 && p != buf.data()) std::memmove(buf.data(), p, have);
    if (options.on_progress) {
      options.on_progress(account.bytes - reported_bytes, account.read - reported_rows);
      reported_bytes = account.bytes;
      reported_rows = account.read;
    }
  }
  if (options.on_progress && account.bytes > reported_bytes)
    options.on_progress(account.bytes - reported_bytes, account.read - reported_rows);
}

/// Runs `parse()` for row `line_no`: a `bad_row` it throws is thrown as a `data_error` (stop
/// mode) or counted as rejected with its diagnostic (collect mode).
template <class Parse>
void guarded_row(row_account& account, const read_options& options, std::uint64_t line_no,
                 Parse&& parse) {
  try {
    parse();
  } catch (const bad_row& bad) {
    location where{account.path, static_cast<std::uint32_t>(line_no),
                   static_cast<std::uint32_t>(bad.column + 1), std::string(bad.field)};
    if (options.on_error == io::error_mode::stop)
      throw data_error(bad.code, bad.message, std::move(where));
    ++account.rejected;
    if (account.diagnostics.size() < options.max_diagnostics)
      account.diagnostics.push_back({severity::error, bad.code, std::move(where), bad.message});
  }
}

/// Counts one skipped row.
inline void count_skip(row_account& account, skip_reason why) noexcept {
  ++account.skipped_by[static_cast<std::size_t>(why)];
}

/// Counts a country name no state resolves, for the row account's list.
void count_unknown_name(row_account& account, std::string_view name);

/// The column of each wanted name in a header row (tab-separated, a UTF-8 BOM allowed); the
/// first of `names` not found is an error at line 1 of `path`.
/// @param required how many of `names` (the first ones) must be present; the others map to
///   `npos` when absent.
std::vector<std::size_t> header_columns(std::string_view header, const std::string& path,
                                        std::span<const std::string_view> names,
                                        std::size_t required, std::string_view format);

/// A set of (event id, day) keys without a heap object per key (open addressing), for the
/// readers whose files repeat rows.
class key_set {
 public:
  /// Inserts a key; false if it was there.
  bool insert(std::uint64_t id, std::int32_t day);

 private:
  struct slot {
    std::uint64_t id = 0;
    std::int32_t day = 0;
    bool used = false;
  };
  void grow();
  std::vector<slot> slots_;
  std::size_t size_ = 0;
};

/// The format readers behind `read_events` (one file each).
row_account read_gdelt(const std::filesystem::path& path, const state_index& states,
                       const row_sink& sink, const read_options& options);
row_account read_icews(const std::filesystem::path& path, const state_index& states,
                       const row_sink& sink, const read_options& options);
row_account read_polecat(const std::filesystem::path& path, const state_index& states,
                         const row_sink& sink, const read_options& options);

}  // namespace geokg::events::detail
