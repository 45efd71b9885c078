#pragma once
// SPDX-License-Identifier: MIT
// The input stream the JSON reader parses from: reads in chunks, counts lines (at LF, CRLF or CR),
// remembers where the current token started (RapidJSON reports only where it is now), and stops
// at NUL bytes and over-long strings instead of letting them through.

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string_view>
#include <vector>

#include "record_origin.hpp"

namespace geokg::io::detail {

class json_input {
 public:
  using Ch = char;

  /// Reads from an open file (not owned).
  json_input(std::FILE* file, std::uint64_t max_string_bytes)
      : file_(file), max_string_(max_string_bytes) {
    buffer_.resize(std::size_t{1} << 16);
    refill();
  }
  /// Reads from memory (not copied).
  json_input(std::string_view text, std::uint64_t max_string_bytes)
      : max_string_(max_string_bytes) {
    cur_ = text.data();
    end_ = text.data() + text.size();
    eof_ = true;
    start_chunk();
  }

  // --- RapidJSON's stream concept --------------------------------------------------------------
  Ch Peek() const noexcept { return cur_ < end_ ? *cur_ : '\0'; }
  Ch Take() {
    if (cur_ >= end_) return '\0';
    const char c = *cur_++;
    track(c);
    ++offset_;
    if (cur_ >= end_ && !eof_) refill();
    return c;
  }
  std::size_t Tell() const noexcept { return static_cast<std::size_t>(offset_); }
  Ch* PutBegin() { return nullptr; }  // never called: geokg does not parse in situ
  void Put(Ch) {}
  void Flush() {}
  std::size_t PutEnd(Ch*) { return 0; }

  // --- positions --------------------------------------------------------------------------------
  /// Where the token last started (a string's quote, a number's first digit, a bracket).
  position token() const noexcept { return token_; }
  /// The position of a byte offset at or after the start of the current line.
  position at(std::uint64_t offset) const noexcept {
    if (offset < line_start_) return {line_, 1};
    return {line_, static_cast<std::uint32_t>(offset - line_start_ + 1)};
  }
  std::uint64_t offset() const noexcept { return offset_; }
  /// The position of the next byte, not yet taken. RapidJSON's iterative parser announces an
  /// object or array before it takes its bracket, so brackets are located here.
  position next_byte() const noexcept {
    return {line_, static_cast<std::uint32_t>(offset_ - line_start_ + 1)};
  }

  /// Set when a NUL byte ended the input early: its offset.
  bool nul_found() const noexcept { return nul_found_; }
  std::uint64_t nul_offset() const noexcept { return nul_offset_; }
  /// Set when a string longer than the limit ended the input early: where the string started.
  bool string_too_long() const noexcept { return string_too_long_; }
  position long_string_start() const noexcept { return string_start_; }
  bool io_failed() const noexcept { return io_failed_; }

 private:
  void refill() {
    const auto n = std::fread(buffer_.data(), 1, buffer_.size(), file_);
    if (n < buffer_.size()) {
      eof_ = true;
      io_failed_ = std::ferror(file_) != 0;
    }
    cur_ = buffer_.data();
    end_ = buffer_.data() + n;
    start_chunk();
  }

  void start_chunk() {
    if (first_chunk_) {
      first_chunk_ = false;
      // A UTF-8 byte-order mark is not part of the JSON text; columns do not count it.
      if (end_ - cur_ >= 3 && std::memcmp(cur_, "\xEF\xBB\xBF", 3) == 0) {
        cur_ += 3;
        offset_ = 3;
        line_start_ = 3;
      }
    }
    // JSON text never contains a raw NUL; RapidJSON would take it for the end of input.
    if (const void* nul = std::memchr(cur_, 0, static_cast<std::size_t>(end_ - cur_))) {
      nul_found_ = true;
      nul_offset_ = offset_ + static_cast<std::uint64_t>(static_cast<const char*>(nul) - cur_);
      end_ = static_cast<const char*>(nul);
      eof_ = true;
    }
  }

  void mark() noexcept { token_ = {line_, static_cast<std::uint32_t>(offset_ - line_start_ + 1)}; }

  void track(char c) {
    if (in_string_) {
      if (++string_length_ > max_string_) {
        string_too_long_ = true;
        end_ = cur_;  // stop here: RapidJSON sees the end and fails; the loader says why
        eof_ = true;
      }
      if (escape_) {
        escape_ = false;
      } else if (c == '\\') {
        escape_ = true;
      } else if (c == '"') {
        in_string_ = false;
      }
    } else if (c == '"') {
      in_string_ = true;
      string_length_ = 0;
      mark();
      string_start_ = token_;
    } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      after_separator_ = true;
    } else if (c == '{' || c == '}' || c == '[' || c == ']' || c == ',' || c == ':') {
      mark();
      after_separator_ = true;
    } else if (after_separator_) {
      mark();
      after_separator_ = false;
    }
    // Lines end at LF, CRLF or a bare CR, as in the CSV reader, so that a file saved with old
    // Mac line ends is not located as one long line.
    if (c == '\n' || c == '\r') {
      if (c == '\r' || !after_cr_) ++line_;
      line_start_ = offset_ + 1;
    }
    after_cr_ = c == '\r';
  }

  std::FILE* file_ = nullptr;
  std::vector<char> buffer_;
  const char* cur_ = nullptr;
  const char* end_ = nullptr;
  bool eof_ = false;
  bool first_chunk_ = true;
  bool io_failed_ = false;
  std::uint64_t offset_ = 0;
  std::uint32_t line_ = 1;
  std::uint64_t line_start_ = 0;
  position token_{1, 1};
  bool in_string_ = false;
  bool escape_ = false;
  bool after_separator_ = true;
  bool after_cr_ = false;
  std::uint64_t string_length_ = 0;
  std::uint64_t max_string_;
  bool string_too_long_ = false;
  position string_start_{};
  bool nul_found_ = false;
  std::uint64_t nul_offset_ = 0;
};

}  // namespace geokg::io::detail
