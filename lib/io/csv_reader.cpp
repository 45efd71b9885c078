// SPDX-License-Identifier: MIT
#include "csv_reader.hpp"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <exception>
#include <istream>
#include <limits>
#include <system_error>
#include <utility>

namespace geokg::io::detail {
namespace {

constexpr std::uint64_t ones = 0x0101010101010101U;
constexpr std::uint64_t high_bits = 0x8080808080808080U;

/// Bit 7 of each byte of the result is set for the zero bytes of `w`. Bytes above the lowest
/// zero byte may be flagged wrongly (borrow), but the lowest flagged byte is always exact,
/// which is all the scanners below use.
constexpr std::uint64_t zero_bytes(std::uint64_t w) noexcept {
  return (w - ones) & ~w & high_bits;
}

/// Flags the bytes of `w` equal to `c` (same exactness as `zero_bytes`).
constexpr std::uint64_t bytes_equal(std::uint64_t w, unsigned char c) noexcept {
  return zero_bytes(w ^ (ones * std::uint64_t{c}));
}

std::uint64_t load_word(const char* p) noexcept {
  std::uint64_t w = 0;
  std::memcpy(&w, p, sizeof w);
  return w;
}

/// Index of the first byte in `[i, end)` that ends a run of plain field content: `"`, CR, LF,
/// and also `,` outside quotes; `end` if there is none. Eight bytes per step on little-endian
/// machines (the byte order decides which flagged bit is the first byte).
template <bool Quoted>
std::size_t find_special(const char* p, std::size_t i, std::size_t end) noexcept {
  if constexpr (std::endian::native == std::endian::little) {
    while (end - i >= 8) {
      const std::uint64_t w = load_word(p + i);
      std::uint64_t hits = bytes_equal(w, '"') | bytes_equal(w, '\n') | bytes_equal(w, '\r');
      if constexpr (!Quoted) hits |= bytes_equal(w, ',');
      if (hits != 0) return i + static_cast<std::size_t>(std::countr_zero(hits) >> 3);
      i += 8;
    }
  }
  for (; i < end; ++i) {
    const char c = p[i];
    if (c == '"' || c == '\n' || c == '\r' || (!Quoted && c == ',')) return i;
  }
  return end;
}

/// Outcome of checking one UTF-8 sequence, after Unicode 15 table 3-7 (well-formed byte
/// sequences).
enum class utf8_status : std::uint8_t {
  ok,
  incomplete,               ///< A valid prefix, cut by the end of the bytes read so far.
  unexpected_continuation,  ///< 0x80..0xBF where a character should start.
  overlong,                 ///< 0xC0, 0xC1, or 0xE0 0x80..0x9F, or 0xF0 0x80..0x8F.
  surrogate,                ///< 0xED 0xA0..0xBF (U+D800..U+DFFF).
  too_large,                ///< 0xF4 0x90..0xBF (above U+10FFFF).
  invalid_byte,             ///< 0xF5..0xFF.
  cut_short,                ///< A lead byte followed by too few continuation bytes.
};

struct utf8_result {
  utf8_status status;
  std::size_t length;  ///< Bytes of the sequence (ok), or bytes to quote in the message.
};

/// Checks the sequence starting at the non-ASCII byte `p[0]`, with `avail >= 1` bytes readable.
utf8_result check_utf8(const unsigned char* p, std::size_t avail) noexcept {
  const unsigned lead = p[0];
  if (lead < 0xC0) return {utf8_status::unexpected_continuation, 1};
  if (lead < 0xC2) return {utf8_status::overlong, 1};
  if (lead > 0xF4) return {utf8_status::invalid_byte, 1};
  const std::size_t length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  unsigned second_min = 0x80;
  unsigned second_max = 0xBF;
  utf8_status second_error = utf8_status::ok;
  if (lead == 0xE0) {
    second_min = 0xA0;
    second_error = utf8_status::overlong;
  } else if (lead == 0xED) {
    second_max = 0x9F;
    second_error = utf8_status::surrogate;
  } else if (lead == 0xF0) {
    second_min = 0x90;
    second_error = utf8_status::overlong;
  } else if (lead == 0xF4) {
    second_max = 0x8F;
    second_error = utf8_status::too_large;
  }
  for (std::size_t k = 1; k < length; ++k) {
    if (k >= avail) return {utf8_status::incomplete, k};
    const unsigned b = p[k];
    if (b < 0x80 || b > 0xBF) return {utf8_status::cut_short, k};
    if (k == 1 && (b < second_min || b > second_max)) return {second_error, 2};
  }
  return {utf8_status::ok, length};
}

std::string hex_byte(unsigned char b) {
  constexpr std::string_view digits = "0123456789ABCDEF";
  std::string s = "0x";
  s += digits[b >> 4];
  s += digits[b & 0xF];
  return s;
}

std::string hex_bytes(const unsigned char* p, std::size_t n) {
  std::string s;
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0) s += ' ';
    s += hex_byte(p[i]);
  }
  return s;
}

std::string utf8_message(const unsigned char* p, utf8_result r) {
  switch (r.status) {
    case utf8_status::unexpected_continuation:
      return "invalid UTF-8: unexpected continuation byte " + hex_byte(p[0]);
    case utf8_status::overlong:
      return "invalid UTF-8: overlong encoding " + hex_bytes(p, r.length);
    case utf8_status::surrogate:
      return "invalid UTF-8: surrogate code point " + hex_bytes(p, r.length);
    case utf8_status::too_large:
      return "invalid UTF-8: code point above U+10FFFF " + hex_bytes(p, r.length);
    case utf8_status::invalid_byte:
      return "invalid UTF-8: byte " + hex_byte(p[0]) + " never occurs in UTF-8";
    case utf8_status::cut_short:
      return "invalid UTF-8: sequence " + hex_bytes(p, r.length) + " is cut short by byte " +
             hex_byte(p[r.length]);
    case utf8_status::incomplete:
      return "invalid UTF-8: sequence " + hex_bytes(p, r.length) +
             " is cut short by the end of input";
    case utf8_status::ok:
      break;
  }
  return "invalid UTF-8";
}

std::size_t saturating_add(std::size_t a, std::size_t b) noexcept {
  return a > std::numeric_limits<std::size_t>::max() - b ? std::numeric_limits<std::size_t>::max()
                                                         : a + b;
}

std::string describe_byte(char c) {
  const auto b = static_cast<unsigned char>(c);
  if (b >= 0x21 && b <= 0x7E) return std::string{'\''} + c + '\'';
  return "byte " + hex_byte(b);
}

}  // namespace

std::string_view to_string(csv_errc code) noexcept {
  switch (code) {
    case csv_errc::unterminated_quote:
      return "unterminated_quote";
    case csv_errc::quote_in_unquoted_field:
      return "quote_in_unquoted_field";
    case csv_errc::garbage_after_closing_quote:
      return "garbage_after_closing_quote";
    case csv_errc::field_too_large:
      return "field_too_large";
    case csv_errc::record_too_large:
      return "record_too_large";
    case csv_errc::too_many_fields:
      return "too_many_fields";
    case csv_errc::nul_byte:
      return "nul_byte";
    case csv_errc::invalid_utf8:
      return "invalid_utf8";
    case csv_errc::io_error:
      return "io_error";
  }
  return "unknown";
}

csv_error::csv_error(csv_errc code, std::uint64_t line, std::uint64_t column,
                     const std::string& message)
    : std::runtime_error{message}, code_{code}, line_{line}, column_{column} {}

csv_reader::csv_reader(std::istream& in, const csv_limits& limits) : in_{&in}, limits_{limits} {
  if (limits_.chunk_bytes == 0) throw std::invalid_argument{"csv_limits::chunk_bytes must be > 0"};
}

csv_reader::csv_reader(std::string_view text, const csv_limits& limits)
    : text_{text}, limits_{limits} {
  if (limits_.chunk_bytes == 0) throw std::invalid_argument{"csv_limits::chunk_bytes must be > 0"};
}

csv_reader::csv_reader(csv_reader&&) noexcept = default;
csv_reader& csv_reader::operator=(csv_reader&&) noexcept = default;
csv_reader::~csv_reader() = default;

void csv_reader::fail_here(csv_errc code, const std::string& message) const {
  throw csv_error{code, line_, column_at(pos_), message};
}

void csv_reader::grow(std::size_t needed) {
  if (needed <= capacity_) return;
  // Doubling keeps growth amortised O(1) per byte; the cap keeps a reader within its limits
  // (a record never needs more than max_record_bytes + one chunk + a partial UTF-8 sequence).
  const std::size_t cap_limit =
      saturating_add(saturating_add(limits_.max_record_bytes, limits_.chunk_bytes), 8);
  const std::size_t doubled = capacity_ > cap_limit / 2 ? cap_limit : capacity_ * 2;
  const std::size_t capacity = std::max(needed, std::min(doubled, cap_limit));
  auto fresh = std::make_unique_for_overwrite<char[]>(capacity);
  if (filled_ > 0) std::memcpy(fresh.get(), buf_.get(), filled_);
  buf_ = std::move(fresh);
  capacity_ = capacity;
}

void csv_reader::read_chunk() {
  if (keep_ > 0) {
    // Move the unfinished record (or the unread tail) to the front; at most one chunk plus
    // one record is ever moved per refill.
    const std::size_t live = filled_ - keep_;
    if (live > 0) std::memmove(buf_.get(), buf_.get() + keep_, live);
    buf_abs_ += keep_;
    pos_ -= keep_;
    valid_end_ -= keep_;
    filled_ -= keep_;
    keep_ = 0;
  }
  // In-memory text never needs more than what is left of it.
  const std::size_t want =
      in_ == nullptr ? std::min(limits_.chunk_bytes, text_.size()) : limits_.chunk_bytes;
  grow(saturating_add(filled_, std::max<std::size_t>(want, 1)));
  char* dst = buf_.get() + filled_;
  std::size_t got = 0;
  if (in_ == nullptr) {
    got = want;
    if (got > 0) std::memcpy(dst, text_.data(), got);
    text_.remove_prefix(got);
    eof_ = text_.empty();
  } else {
    if (in_->fail()) {
      fail_here(csv_errc::io_error,
                "input stream is in a failed state (not opened, or failed before this read)");
    }
    const std::size_t ask = std::min<std::size_t>(
        want, static_cast<std::size_t>(std::numeric_limits<std::streamsize>::max()));
    try {
      in_->read(dst, static_cast<std::streamsize>(ask));
    } catch (const std::exception& e) {
      // A stream with exceptions() enabled throws at the end of file too; only a bad stream
      // is an error.
      if (in_->bad() || !in_->eof()) {
        fail_here(csv_errc::io_error, std::string{"read failed: "} + e.what());
      }
    }
    got = static_cast<std::size_t>(in_->gcount());
    if (in_->bad()) fail_here(csv_errc::io_error, "read failed (stream badbit set)");
    // istream::read returns fewer bytes than asked only at the end of the stream.
    eof_ = got < ask || in_->eof();
  }
  filled_ += got;
}

void csv_reader::validate() {
  if (bad_code_) return;
  const auto* p = reinterpret_cast<const unsigned char*>(buf_.get());
  std::size_t i = valid_end_;
  const std::size_t n = filled_;
  while (i < n) {
    // Fast path: eight ASCII bytes without NUL.
    while (n - i >= 8) {
      const std::uint64_t w = load_word(buf_.get() + i);
      if (((w & high_bits) | zero_bytes(w)) != 0) break;
      i += 8;
    }
    if (i >= n) break;
    const unsigned char c = p[i];
    if (c == 0) {
      bad_code_ = csv_errc::nul_byte;
      bad_message_ = "NUL byte (0x00) in input";
      break;
    }
    if (c < 0x80) {
      ++i;
      continue;
    }
    const utf8_result r = check_utf8(p + i, n - i);
    if (r.status == utf8_status::ok) {
      i += r.length;
      continue;
    }
    if (r.status != utf8_status::incomplete) {
      bad_code_ = csv_errc::invalid_utf8;
      bad_message_ = utf8_message(p + i, r);
    }
    // An incomplete sequence waits at valid_end_ for the next chunk.
    break;
  }
  valid_end_ = i;
}

bool csv_reader::fill() {
  for (;;) {
    if (pos_ < valid_end_) return true;
    if (bad_code_) fail_here(*bad_code_, bad_message_);
    if (eof_) {
      if (valid_end_ < filled_) {
        const auto* p = reinterpret_cast<const unsigned char*>(buf_.get()) + valid_end_;
        const std::size_t avail = filled_ - valid_end_;
        fail_here(csv_errc::invalid_utf8, utf8_message(p, {utf8_status::incomplete, avail}));
      }
      return false;
    }
    read_chunk();
    validate();
  }
}

void csv_reader::ensure_started() {
  if (started_) return;
  started_ = true;
  while (filled_ < 3 && !eof_)
    read_chunk();
  if (filled_ >= 3 && std::memcmp(buf_.get(), "\xEF\xBB\xBF", 3) == 0) {
    // The BOM is not data and does not count in columns.
    pos_ = 3;
    valid_end_ = 3;
    keep_ = 3;
    line_start_abs_ = 3;
  }
  validate();
}

std::size_t csv_reader::record_limit() const noexcept {
  return saturating_add(keep_, limits_.max_record_bytes);
}

void csv_reader::fail_record_too_large() const {
  throw csv_error{
      csv_errc::record_too_large, record_line_, record_column_,
      "record is longer than the limit of " + std::to_string(limits_.max_record_bytes) + " bytes"};
}

void csv_reader::fail_field_too_large(std::uint64_t line, std::uint64_t column) const {
  throw csv_error{
      csv_errc::field_too_large, line, column,
      "field is longer than the limit of " + std::to_string(limits_.max_field_bytes) + " bytes"};
}

void csv_reader::skip_rest_of_line() {
  resync_ = false;
  bad_code_.reset();
  bad_message_.clear();
  for (;;) {
    const char* b = buf_.get();
    for (std::size_t i = pos_; i < filled_; ++i) {
      const char c = b[i];
      if (c == '\n' && after_cr_) {
        // The LF of a CRLF whose CR was already consumed: still the previous line end.
        after_cr_ = false;
        line_start_abs_ = abs_at(i + 1);
        continue;
      }
      after_cr_ = false;
      if (c == '\n' || c == '\r') {
        pos_ = i + 1;
        ++line_;
        line_start_abs_ = abs_at(pos_);
        after_cr_ = c == '\r';
        valid_end_ = pos_;
        keep_ = pos_;
        validate();
        return;
      }
    }
    pos_ = filled_;
    valid_end_ = filled_;
    keep_ = pos_;
    if (eof_) return;
    read_chunk();
  }
}

bool csv_reader::next(csv_record& out) {
  if (fatal_) throw *fatal_;
  try {
    ensure_started();
    if (resync_) skip_rest_of_line();
    return read_record(out);
  } catch (const csv_error& e) {
    out.fields_.clear();
    if (e.code() == csv_errc::io_error) {
      fatal_ = e;
    } else {
      resync_ = true;
    }
    throw;
  }
}

void csv_reader::add_field(std::uint64_t begin, std::size_t size, std::uint64_t line,
                           std::uint64_t column, bool quoted) {
  // Filled in place: pushing a braced temporary instead made a whole parse about 40% slower
  // (perf, g++ 12 -O2, 200 MB file of 10-field records).
  pending_field& f = fields_.emplace_back();
  f.begin = begin;
  f.size = size;
  f.line = line;
  f.column = column;
  f.quoted = quoted;
}

bool csv_reader::read_record(csv_record& out) {
  fields_.clear();

  // Line ends before the record: the LF of a CRLF that closed the previous record, and blank
  // lines (counted, never silently dropped).
  for (;;) {
    keep_ = pos_;
    if (pos_ == valid_end_) {
      bool more = false;
      try {
        more = fill();
      } catch (const csv_error& e) {
        // An invalid byte at the start of a line starts a (rejected) record: it uses up a
        // record number like any other rejected record.
        if (e.code() != csv_errc::io_error) ++records_;
        throw;
      }
      if (!more) {
        out.fields_.clear();
        return false;
      }
    }
    const char c = buf_[pos_];
    if (c == '\n') {
      ++pos_;
      if (after_cr_) {
        after_cr_ = false;
      } else {
        ++blank_lines_;
        ++line_;
      }
      line_start_abs_ = abs_at(pos_);
      continue;
    }
    if (c == '\r') {
      ++pos_;
      ++blank_lines_;
      ++line_;
      line_start_abs_ = abs_at(pos_);
      after_cr_ = true;
      continue;
    }
    after_cr_ = false;
    break;
  }

  // From here on keep_ is the index of the record's first byte (read_chunk moves it to 0), so
  // the record's bytes stay in the buffer until the next call.
  ++records_;
  record_line_ = line_;
  record_column_ = column_at(pos_);

  field_end end = field_end::separator;
  while (end == field_end::separator) {
    if (fields_.size() >= limits_.max_fields_per_record) {
      fail_here(
          csv_errc::too_many_fields,
          "record has more than " + std::to_string(limits_.max_fields_per_record) + " fields");
    }
    end = read_field();
    if (end == field_end::separator) ++pos_;
  }

  if (end == field_end::line_end) {
    const char c = buf_[pos_];
    ++pos_;
    ++line_;
    line_start_abs_ = abs_at(pos_);
    after_cr_ = c == '\r';
    if (after_cr_ && pos_ < valid_end_ && buf_[pos_] == '\n') {
      ++pos_;
      line_start_abs_ = abs_at(pos_);
      after_cr_ = false;
    }
  }

  out.fields_.resize(fields_.size());  // no-op in steady state: same field count, same storage
  for (std::size_t i = 0; i < fields_.size(); ++i) {
    const pending_field& f = fields_[i];
    csv_field& o = out.fields_[i];
    o.value = std::string_view{buf_.get() + (f.begin - buf_abs_), f.size};
    o.line = f.line;
    o.column = f.column;
    o.quoted = f.quoted;
  }
  out.line_ = record_line_;
  out.number_ = records_;
  return true;
}

// Limits are enforced at the exact byte that crosses them, whatever the chunk size: a record
// byte other than its closing line end may only sit before record_limit(), and a field may only
// grow while its value is shorter than max_field_bytes. So the same input fails at the same
// place (and recovers at the same line) for every chunk size, and the buffer never holds more
// than one record plus one chunk.
csv_reader::field_end csv_reader::read_field() {
  const std::uint64_t field_line = line_;
  const std::uint64_t field_column = column_at(pos_);
  if (pos_ == valid_end_ && !fill()) {
    // End of input right after a separator: a last, empty field.
    add_field(abs_at(pos_), 0, field_line, field_column, false);
    return field_end::end_of_input;
  }
  if (buf_[pos_] == '"') return read_quoted_field(field_line, field_column);

  const std::uint64_t value_begin = abs_at(pos_);
  field_end end = field_end::separator;
  for (;;) {
    const std::size_t record_lim = record_limit();
    const std::size_t field_lim =
        saturating_add(static_cast<std::size_t>(value_begin - buf_abs_), limits_.max_field_bytes);
    const std::size_t stop_at = std::min({valid_end_, record_lim, field_lim});
    pos_ = find_special<false>(buf_.get(), pos_, stop_at);
    if (pos_ < stop_at) break;
    if (pos_ == valid_end_) {
      if (!fill()) {
        end = field_end::end_of_input;
        break;
      }
      continue;
    }
    // At a limit, with the next byte available: only a terminator may follow.
    const char c = buf_[pos_];
    if (c == '\n' || c == '\r') break;
    if (pos_ >= record_lim) fail_record_too_large();
    if (c == ',' || c == '"') break;
    fail_field_too_large(field_line, field_column);
  }
  if (end != field_end::end_of_input) {
    const char c = buf_[pos_];
    if (c == '"') fail_here(csv_errc::quote_in_unquoted_field, "quote inside an unquoted field");
    end = c == ',' ? field_end::separator : field_end::line_end;
  }
  add_field(value_begin, static_cast<std::size_t>(abs_at(pos_) - value_begin), field_line,
            field_column, false);
  return end;
}

csv_reader::field_end csv_reader::read_quoted_field(std::uint64_t field_line,
                                                    std::uint64_t field_column) {
  if (pos_ >= record_limit()) fail_record_too_large();
  ++pos_;  // the opening quote
  const std::uint64_t value_begin = abs_at(pos_);
  // Unescaping is done in place: the value is [value_begin, write), and write equals the read
  // position until the first "" shows up, so a field without escapes is never copied.
  std::uint64_t write = value_begin;
  field_end end = field_end::separator;
  for (;;) {
    const std::size_t record_lim = record_limit();
    const auto value_size = static_cast<std::size_t>(write - value_begin);
    char* base = buf_.get();
    std::size_t w = static_cast<std::size_t>(write - buf_abs_);
    std::size_t r = pos_;
    const std::size_t stop_at =
        std::min({valid_end_, record_lim, saturating_add(r, limits_.max_field_bytes - value_size)});
    const std::size_t found = find_special<true>(base, r, stop_at);
    if (found > r) {
      if (w != r) std::memmove(base + w, base + r, found - r);
      w += found - r;
      r = found;
      after_cr_ = false;
    }
    pos_ = r;
    write = abs_at(w);
    if (r == stop_at) {
      if (r == valid_end_) {
        if (!fill()) {
          throw csv_error{csv_errc::unterminated_quote, field_line, field_column,
                          "quoted field is not closed before the end of input"};
        }
        continue;
      }
      // At a limit, with the next byte available: only a closing quote may follow.
      if (r >= record_lim) fail_record_too_large();
      if (base[r] != '"') fail_field_too_large(field_line, field_column);
    }
    const char c = base[r];
    if (c == '\n' || c == '\r') {
      // A line end inside quotes is data, and starts a new line for positions.
      base[w++] = c;
      ++r;
      if (c == '\r' || !after_cr_) ++line_;
      after_cr_ = c == '\r';
      line_start_abs_ = abs_at(r);
      pos_ = r;
      write = abs_at(w);
      continue;
    }
    // c == '"': an escaped quote or the closing quote, decided by the next byte.
    after_cr_ = false;
    pos_ = r + 1;
    if (pos_ == valid_end_ && !fill()) {
      end = field_end::end_of_input;
      break;
    }
    const char next = buf_[pos_];
    if (next == '\n' || next == '\r') {
      end = field_end::line_end;
      break;
    }
    if (pos_ >= record_limit()) fail_record_too_large();
    if (next == ',') break;
    if (next == '"') {
      if (write - value_begin >= limits_.max_field_bytes) {
        fail_field_too_large(field_line, field_column);
      }
      buf_[static_cast<std::size_t>(write - buf_abs_)] = '"';
      ++write;
      ++pos_;
      continue;
    }
    fail_here(csv_errc::garbage_after_closing_quote,
              "unexpected " + describe_byte(next) +
                  " after the closing quote of a field (expected ',' or a line end)");
  }
  add_field(value_begin, static_cast<std::size_t>(write - value_begin), field_line, field_column,
            true);
  return end;
}

std::optional<std::int64_t> parse_int64(std::string_view text) noexcept {
  if (text.empty()) return std::nullopt;
  std::int64_t value = 0;
  const char* last = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), last, value);
  if (ec != std::errc{} || ptr != last) return std::nullopt;
  return value;
}

std::optional<double> parse_double(std::string_view text) noexcept {
  // from_chars accepts "inf", "nan", "nan(...)" and "infinity"; a number must start with a
  // digit or '.', after an optional '-'.
  const std::size_t first = !text.empty() && text.front() == '-' ? 1 : 0;
  if (first >= text.size()) return std::nullopt;
  const char c = text[first];
  if (!((c >= '0' && c <= '9') || c == '.')) return std::nullopt;
  double value = 0;
  const char* last = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), last, value, std::chars_format::general);
  if (ec != std::errc{} || ptr != last || !std::isfinite(value)) return std::nullopt;
  return value;
}

}  // namespace geokg::io::detail
