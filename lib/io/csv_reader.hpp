#pragma once
// SPDX-License-Identifier: MIT
// Streaming RFC 4180 CSV reader with per-field positions, strict UTF-8 checks and hard limits.

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace geokg::io::detail {

/// Why a CSV input was rejected; every value has a stable name (see `to_string`).
enum class csv_errc : std::uint8_t {
  unterminated_quote,           ///< A quoted field is still open at the end of input.
  quote_in_unquoted_field,      ///< A `"` inside a field that did not start with `"`.
  garbage_after_closing_quote,  ///< A byte other than `,`, CR, LF or EOF after a closing `"`.
  field_too_large,              ///< A field value is longer than `csv_limits::max_field_bytes`.
  record_too_large,             ///< A record is longer than `csv_limits::max_record_bytes`.
  too_many_fields,              ///< A record has more than `csv_limits::max_fields_per_record`.
  nul_byte,                     ///< A NUL (0x00) byte anywhere in the input.
  invalid_utf8,                 ///< Ill-formed UTF-8 (overlong, surrogate, > U+10FFFF, truncated).
  io_error,                     ///< The stream failed (badbit, or failed before reading).
};

/// The stable name of `code`, e.g. `"unterminated_quote"`.
[[nodiscard]] std::string_view to_string(csv_errc code) noexcept;

/// A malformed CSV input or a failed read, located at a 1-based line and byte column.
///
/// `what()` is the plain message without location (for example `quote inside an unquoted
/// field`); the caller adds the display name and formats `file:line:col: error: msg [id]`.
/// Columns count bytes from the start of the physical line (a leading UTF-8 BOM is not counted).
class csv_error : public std::runtime_error {
 public:
  csv_error(csv_errc code, std::uint64_t line, std::uint64_t column, const std::string& message);

  /// What went wrong.
  [[nodiscard]] csv_errc code() const noexcept { return code_; }
  /// 1-based line of the offending position.
  [[nodiscard]] std::uint64_t line() const noexcept { return line_; }
  /// 1-based column, in bytes, of the offending position.
  [[nodiscard]] std::uint64_t column() const noexcept { return column_; }

 private:
  csv_errc code_;
  std::uint64_t line_;
  std::uint64_t column_;
};

/// Hard limits of a `csv_reader`; exceeding one throws `csv_error`, never grows memory further.
///
/// Memory held by a reader is at most about `max_record_bytes + chunk_bytes` plus the field
/// table, whatever the input.
struct csv_limits {
  /// Longest field value in bytes, after `""` unescaping (`csv_errc::field_too_large`).
  std::size_t max_field_bytes = std::size_t{16} << 20;
  /// Most fields in one record (`csv_errc::too_many_fields`).
  std::size_t max_fields_per_record = 4096;
  /// Longest record in raw bytes: from its first byte up to, not including, the line end that
  /// closes it; quotes, escapes and line ends inside quoted fields count
  /// (`csv_errc::record_too_large`).
  std::size_t max_record_bytes = std::size_t{64} << 20;
  /// Bytes requested from the source per read. Tests shrink it to exercise chunk boundaries;
  /// it must be at least 1 (0 throws `std::invalid_argument` from the constructor).
  std::size_t chunk_bytes = std::size_t{64} << 10;
};

/// One field of a `csv_record`.
struct csv_field {
  /// The value, with enclosing quotes removed and `""` turned into `"`. Valid until the next
  /// call of `csv_reader::next` (or until the reader is destroyed).
  std::string_view value;
  /// 1-based line where the field starts (its opening quote, if quoted).
  std::uint64_t line = 0;
  /// 1-based byte column where the field starts (its opening quote, if quoted).
  std::uint64_t column = 0;
  /// True if the field was enclosed in quotes, so `""` (empty string) can be told from an
  /// empty unquoted field.
  bool quoted = false;
};

/// One record read by `csv_reader::next`; reuse the same object so no allocation happens in
/// steady state.
class csv_record {
 public:
  /// Number of fields (at least 1 for a record returned by `next`).
  [[nodiscard]] std::size_t size() const noexcept { return fields_.size(); }
  /// True when no record is held: before the first successful `next`, after the end of
  /// input, and after a `csv_error`.
  [[nodiscard]] bool empty() const noexcept { return fields_.empty(); }
  /// Field `i`. Precondition: `i < size()`.
  [[nodiscard]] const csv_field& operator[](std::size_t i) const noexcept { return fields_[i]; }
  /// Field `i`. @throws std::out_of_range if `i >= size()`.
  [[nodiscard]] const csv_field& at(std::size_t i) const { return fields_.at(i); }
  /// All fields, in order.
  [[nodiscard]] std::span<const csv_field> fields() const noexcept { return fields_; }
  [[nodiscard]] auto begin() const noexcept { return fields_.cbegin(); }
  [[nodiscard]] auto end() const noexcept { return fields_.cend(); }
  /// 1-based line where the record starts.
  [[nodiscard]] std::uint64_t line() const noexcept { return line_; }
  /// Ordinal of the record in the input: 1 for the first record (a header counts). Blank lines
  /// are not records; a record rejected with `csv_error` still uses up its number.
  [[nodiscard]] std::uint64_t number() const noexcept { return number_; }

 private:
  friend class csv_reader;
  std::vector<csv_field> fields_;
  std::uint64_t line_ = 0;
  std::uint64_t number_ = 0;
};

/// Streaming RFC 4180 reader: reads records one at a time from a `std::istream` or from
/// in-memory text, in chunks of `csv_limits::chunk_bytes`, never the whole input at once.
///
/// Dialect: separator `,`; fields optionally enclosed in `"`; `""` inside quotes is one `"`;
/// quoted fields may contain `,`, CR and LF. A record ends at CRLF, LF or a bare CR (all three may
/// be mixed in one input), or at the end of input (the last line end is optional). A UTF-8 BOM
/// is skipped only at the very start. Spaces are data. Every line end (CRLF, LF or CR, also inside
/// quoted fields) starts a new line for positions.
///
/// Blank lines: a line with no bytes at all (a line end right after a line end, or at the
/// start) is skipped, wherever it is, and counted in `blank_lines_skipped()` so nothing vanishes
/// silently. The blank lines skipped just before a record are the lines directly above
/// `record.line()`; compare the counter before and after `next` to locate them. A line holding
/// only spaces, or only `""`, is a record with one field.
///
/// Validation: the whole input must be UTF-8 without NUL bytes; a quote may open a field only
/// as its first byte; after a closing quote only `,`, a line end or the end of input may
/// follow. Error positions: the offending byte (for invalid UTF-8, the first byte of the
/// ill-formed sequence; for a truncated sequence at the end of input, its lead byte); for
/// `unterminated_quote` and `field_too_large`, the start of the field; for `record_too_large`,
/// the start of the record; for `too_many_fields`, the start of the first field over the limit;
/// for `io_error`, where parsing stopped.
///
/// Limits are checked at the very byte that crosses them, so the outcome never depends on the
/// chunk size; at that byte a limit error wins over a syntax error. A quote left open in a big
/// file therefore usually surfaces as `field_too_large` (or `record_too_large`) at the field's
/// start, long before the end of input, and memory stays bounded.
///
/// After a `csv_error` other than `io_error` the reader stays usable: the next call of `next`
/// first skips the rest of the physical line where parsing stopped, then reads on, so a loader
/// can reject one record and continue. After `io_error`, `next` throws the same error again.
///
/// Complexity: O(n) time in input bytes; each byte is scanned a constant number of times
/// (UTF-8/NUL validation with 8-byte words, then field scanning with 8-byte words). Bytes are
/// copied only when a record straddles a chunk boundary (the unfinished record is moved to the
/// front of the buffer, at most once per chunk) or when a quoted field holds `""` (unescaped in
/// place). Memory: O(`max_record_bytes` + `chunk_bytes` + fields per record), reused across
/// records.
///
/// **Example**
/// ```
/// csv_reader reader{stream};
/// csv_record record;
/// while (reader.next(record)) {
///   for (const csv_field& f : record) use(f.value, f.line, f.column);
/// }
/// ```
class csv_reader {
 public:
  /// Reads from `in`, which must outlive the reader. A stream already in a failed state is
  /// reported as `io_error` by the first `next`, not taken for an empty file.
  /// @throws std::invalid_argument if `limits.chunk_bytes == 0`.
  explicit csv_reader(std::istream& in, const csv_limits& limits = {});
  /// Reads from in-memory `text`, which must outlive the reader (it is copied chunk by chunk
  /// through the same code path as a stream).
  /// @throws std::invalid_argument if `limits.chunk_bytes == 0`.
  explicit csv_reader(std::string_view text, const csv_limits& limits = {});

  csv_reader(const csv_reader&) = delete;
  csv_reader& operator=(const csv_reader&) = delete;
  csv_reader(csv_reader&&) noexcept;
  csv_reader& operator=(csv_reader&&) noexcept;
  ~csv_reader();

  /// Reads the next record into `out`, replacing its contents.
  /// @returns false at the clean end of input (then `out` is left empty).
  /// @throws csv_error on a malformed record, an exceeded limit or a read failure.
  [[nodiscard]] bool next(csv_record& out);

  /// Blank lines skipped so far (see the class comment).
  [[nodiscard]] std::uint64_t blank_lines_skipped() const noexcept { return blank_lines_; }
  /// Records returned or rejected so far.
  [[nodiscard]] std::uint64_t records_read() const noexcept { return records_; }
  /// Bytes of input consumed so far, for progress reports.
  [[nodiscard]] std::uint64_t bytes_consumed() const noexcept { return buf_abs_ + pos_; }

 private:
  void ensure_started();
  [[nodiscard]] bool fill();
  void read_chunk();
  void validate();
  /// What ended a field: `pos_` is then at the `,` or line end, or at the end of input.
  enum class field_end : std::uint8_t { separator, line_end, end_of_input };

  [[nodiscard]] bool read_record(csv_record& out);
  void add_field(std::uint64_t begin, std::size_t size, std::uint64_t line, std::uint64_t column,
                 bool quoted);
  [[nodiscard]] field_end read_field();
  [[nodiscard]] field_end read_quoted_field(std::uint64_t field_line, std::uint64_t field_column);
  void skip_rest_of_line();
  /// Index of the first byte that a record may not use except for its closing line end.
  [[nodiscard]] std::size_t record_limit() const noexcept;
  [[noreturn]] void fail_record_too_large() const;
  [[noreturn]] void fail_field_too_large(std::uint64_t line, std::uint64_t column) const;
  void grow(std::size_t needed);
  [[nodiscard]] std::uint64_t column_at(std::size_t index) const noexcept {
    return buf_abs_ + index - line_start_abs_ + 1;
  }
  [[nodiscard]] std::uint64_t abs_at(std::size_t index) const noexcept { return buf_abs_ + index; }
  [[noreturn]] void fail_here(csv_errc code, const std::string& message) const;

  /// One finished field of the current record; positions are absolute so they survive moves
  /// of the buffer.
  struct pending_field {
    std::uint64_t begin = 0;
    std::size_t size = 0;
    std::uint64_t line = 0;
    std::uint64_t column = 0;
    bool quoted = false;
  };

  std::istream* in_ = nullptr;  ///< Stream source, or null for in-memory text.
  std::string_view text_;       ///< Unread rest of the in-memory text.
  csv_limits limits_;

  std::unique_ptr<char[]> buf_;
  std::size_t capacity_ = 0;
  std::uint64_t buf_abs_ = 0;  ///< Absolute input offset of `buf_[0]`.
  std::size_t pos_ = 0;        ///< Next byte to parse.
  std::size_t valid_end_ = 0;  ///< End of the validated prefix of `[pos_, filled_)`.
  std::size_t filled_ = 0;     ///< End of the bytes read.
  std::size_t keep_ = 0;       ///< First byte that must survive a refill (record start).
  bool eof_ = false;
  bool started_ = false;
  std::uint64_t record_line_ = 0;  ///< Where the current record starts.
  std::uint64_t record_column_ = 0;

  std::optional<csv_errc> bad_code_;  ///< Validation error waiting at `valid_end_`.
  std::string bad_message_;

  std::uint64_t line_ = 1;            ///< Line of `buf_[pos_]`.
  std::uint64_t line_start_abs_ = 0;  ///< Absolute offset where that line starts.
  bool after_cr_ = false;             ///< Last line end was a CR: a following LF belongs to it.

  bool resync_ = false;             ///< An error was thrown: skip the rest of the line.
  std::optional<csv_error> fatal_;  ///< Sticky `io_error`.

  std::vector<pending_field> fields_;
  std::uint64_t blank_lines_ = 0;
  std::uint64_t records_ = 0;
};

/// Parses a whole field as a decimal `std::int64_t`: optional `-`, then digits (leading zeros
/// allowed); no `+`, no spaces, nothing after the digits.
/// @returns std::nullopt if the text is not such a number or is out of range.
[[nodiscard]] std::optional<std::int64_t> parse_int64(std::string_view text) noexcept;

/// Parses a whole field as a finite `double` in decimal or scientific notation (`-1.5e3`,
/// `.5`, `5.`); no `+`, no spaces, no hexadecimal, no `inf`/`nan` spelling.
/// @returns std::nullopt if the text is not such a number, or if it overflows or underflows
/// (`1e400`, `1e-400`; the standard library reports both as out of range).
[[nodiscard]] std::optional<double> parse_double(std::string_view text) noexcept;

}  // namespace geokg::io::detail
