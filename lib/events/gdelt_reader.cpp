// SPDX-License-Identifier: MIT
// The GDELT 1.0/2.0 event export reader: large blocks, memchr for line and field ends, only the
// fields the event layer keeps parsed.

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "byte_source.hpp"
#include "civil.hpp"
#include "geokg/core/error.hpp"
#include "geokg/events/reader.hpp"

namespace geokg::events {
namespace {

constexpr std::size_t block = std::size_t{4} << 20;      // bytes read at a time
constexpr std::size_t max_line = std::size_t{16} << 20;  // a longer line is an error
constexpr std::size_t max_fields = 61;

// GDELT's codebook columns (0-based), the same in 1.0 and 2.0 up to AvgTone.
enum field : std::size_t {
  f_id = 0,
  f_day = 1,
  f_a1country = 7,
  f_a2country = 17,
  f_code = 26,
  f_quad = 29,
  f_goldstein = 30,
  f_mentions = 31,
  f_sources = 32,
  f_articles = 33,
  f_tone = 34,
};

std::string_view field_name(std::size_t f) {
  switch (f) {
    case f_id:
      return "GLOBALEVENTID";
    case f_day:
      return "SQLDATE";
    case f_code:
      return "EventCode";
    case f_quad:
      return "QuadClass";
    case f_goldstein:
      return "GoldsteinScale";
    case f_mentions:
      return "NumMentions";
    case f_sources:
      return "NumSources";
    case f_articles:
      return "NumArticles";
    case f_tone:
      return "AvgTone";
    default:
      return {};
  }
}

std::string quoted(std::string_view s) {
  if (s.size() > 40) return "'" + std::string(s.substr(0, 40)) + "...'";
  return "'" + std::string(s) + "'";
}

// Thrown inside the reader for one malformed row; becomes a diagnostic or a data_error.
struct bad_row {
  errc code;
  std::string message;
  std::size_t column;  // 0-based byte offset in the line
  std::string_view field;
};

bool digits(std::string_view s) noexcept {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A Goldstein value in tenths: `-10.0`, `2.8`, `3`; nullopt-like false if not a number with at
// most one decimal in [-10, 10].
bool parse_tenths(std::string_view s, std::int16_t& out) noexcept {
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

class gdelt_reader {
 public:
  gdelt_reader(const std::filesystem::path& path, const state_index& states, const row_sink& sink,
               const read_options& options)
      : path_(path), states_(states), sink_(sink), options_(options) {
    account_.path = path.string();
  }

  row_account run() {
    auto source = detail::open_byte_source(path_);
    std::vector<char> buf(block);
    std::size_t have = 0;
    std::uint64_t reported_bytes = 0, reported_rows = 0;
    for (;;) {
      if (have == buf.size()) {
        if (buf.size() >= max_line)
          throw data_error(errc::too_large,
                           "a line is longer than " + std::to_string(max_line >> 20) + " MiB",
                           location{account_.path, static_cast<std::uint32_t>(line_ + 1), 1, {}});
        buf.resize(buf.size() * 2);
      }
      const auto got = source->read(buf.data() + have, buf.size() - have);
      account_.bytes += got;
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
      if (options_.on_progress) {
        options_.on_progress(account_.bytes - reported_bytes, account_.read - reported_rows);
        reported_bytes = account_.bytes;
        reported_rows = account_.read;
      }
    }
    if (options_.on_progress && account_.bytes > reported_bytes)
      options_.on_progress(account_.bytes - reported_bytes, account_.read - reported_rows);
    return std::move(account_);
  }

 private:
  void line(const char* b, const char* e) {
    ++line_;
    if (e > b && e[-1] == '\r') --e;
    if (e == b) return;
    ++account_.read;
    try {
      row(b, e);
    } catch (const bad_row& bad) {
      location where{account_.path, static_cast<std::uint32_t>(line_),
                     static_cast<std::uint32_t>(bad.column + 1), std::string(bad.field)};
      if (options_.on_error == io::error_mode::stop)
        throw data_error(bad.code, bad.message, std::move(where));
      ++account_.rejected;
      if (account_.diagnostics.size() < options_.max_diagnostics)
        account_.diagnostics.push_back({severity::error, bad.code, std::move(where), bad.message});
    }
  }

  std::string_view cell(std::size_t i) const noexcept {
    const char* b = starts_[i];
    const char* e = i + 1 < nfields_ ? starts_[i + 1] - 1 : end_;
    return {b, static_cast<std::size_t>(e - b)};
  }

  [[noreturn]] void bad(errc code, std::string message, std::size_t f) const {
    throw bad_row{code, std::move(message), static_cast<std::size_t>(starts_[f] - begin_),
                  field_name(f)};
  }

  std::uint32_t count_of(std::size_t f) const {
    const auto s = cell(f);
    if (s.empty()) return 0;
    std::uint32_t v = 0;
    const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || p != s.data() + s.size())
      bad(errc::wrong_type, std::string(field_name(f)) + " " + quoted(s) + " is not a count", f);
    return v;
  }

  void row(const char* b, const char* e) {
    begin_ = b;
    end_ = e;
    nfields_ = 1;
    starts_[0] = b;
    for (const char* p = b;;) {
      const auto* tab =
          static_cast<const char*>(std::memchr(p, '\t', static_cast<std::size_t>(e - p)));
      if (tab == nullptr) break;
      if (nfields_ < starts_.size()) starts_[nfields_] = tab + 1;
      ++nfields_;
      p = tab + 1;
    }
    if (nfields_ != 57 && nfields_ != 58 && nfields_ != 61)
      throw bad_row{errc::malformed_csv,
                    "a GDELT event row has 57 or 58 (GDELT 1.0) or 61 (GDELT 2.0) tab-separated "
                    "fields; this one has " +
                        std::to_string(nfields_),
                    0,
                    {}};
    event_row r;
    r.file = options_.file_index;

    const auto id = cell(f_id);
    {
      const auto [p, ec] = std::from_chars(id.data(), id.data() + id.size(), r.id);
      if (id.empty() || ec != std::errc{} || p != id.data() + id.size())
        bad(errc::wrong_type, "GLOBALEVENTID " + quoted(id) + " is not a number", f_id);
      auto& ranges = account_.id_ranges;
      if (!ranges.empty() && ranges.back().second + 1 == r.id && r.id != 0) {
        ranges.back().second = r.id;
      } else {
        ranges.emplace_back(r.id, r.id);
      }
    }
    const auto day = cell(f_day);
    {
      bool ok = day.size() == 8 && digits(day);
      if (ok) {
        const int y =
            (day[0] - '0') * 1000 + (day[1] - '0') * 100 + (day[2] - '0') * 10 + (day[3] - '0');
        const auto m = static_cast<unsigned>((day[4] - '0') * 10 + (day[5] - '0'));
        const auto d = static_cast<unsigned>((day[6] - '0') * 10 + (day[7] - '0'));
        ok = detail::valid_civil(y, m, d);
        if (ok) r.day = detail::days_from_civil(y, m, d);
      }
      if (!ok) bad(errc::invalid_date, "SQLDATE " + quoted(day) + " is not a day YYYYMMDD", f_day);
    }
    // CAMEO codes are strings: "042" is not 42. The root is the code's first two digits.
    const auto code = cell(f_code);
    if (code.size() < 2 || code.size() > 4 || !digits(code))
      bad(errc::invalid_value,
          "EventCode " + quoted(code) + " is not a CAMEO event code (2 to 4 digits)", f_code);
    r.event_code = code;
    r.root_code = static_cast<std::uint8_t>((code[0] - '0') * 10 + (code[1] - '0'));
    const auto quad = cell(f_quad);
    if (!quad.empty()) {
      if (quad.size() != 1 || quad[0] < '1' || quad[0] > '4')
        bad(errc::invalid_value, "QuadClass " + quoted(quad) + " is not 1, 2, 3 or 4", f_quad);
      r.quad_class = static_cast<std::uint8_t>(quad[0] - '0');
    }
    const auto goldstein = cell(f_goldstein);
    if (!goldstein.empty() && !parse_tenths(goldstein, r.goldstein10))
      bad(errc::invalid_value,
          "GoldsteinScale " + quoted(goldstein) +
              " is not a number in [-10, 10] with at most one decimal (GDELT writes one)",
          f_goldstein);

    r.actor1_code = cell(f_a1country);
    r.actor2_code = cell(f_a2country);
    const auto skip = [&](skip_reason why) {
      ++account_.skipped_by[static_cast<std::size_t>(why)];
    };
    if (r.actor1_code.empty() || r.actor2_code.empty()) return skip(skip_reason::not_dyadic);
    const auto s1 = states_.by_cameo(r.actor1_code), s2 = states_.by_cameo(r.actor2_code);
    if (!s1 || !s2) return skip(skip_reason::not_states);
    if (*s1 == *s2) return skip(skip_reason::self);
    if (quad.empty()) return skip(skip_reason::no_quad_class);
    if (goldstein.empty()) return skip(skip_reason::no_goldstein);
    r.actor1 = *s1;
    r.actor2 = *s2;

    // Counts and tone are parsed on used rows only: the rest never reach a sink.
    r.mentions = count_of(f_mentions);
    r.sources = count_of(f_sources);
    r.articles = count_of(f_articles);
    if (const auto tone = cell(f_tone); !tone.empty()) {
      const auto [p, ec] = std::from_chars(tone.data(), tone.data() + tone.size(), r.tone);
      if (ec != std::errc{} || p != tone.data() + tone.size())
        bad(errc::wrong_type, "AvgTone " + quoted(tone) + " is not a number", f_tone);
    }
    if (options_.urls && nfields_ != 57) r.url = cell(nfields_ == 61 ? 60 : 57);
    ++account_.used;
    sink_(r);
  }

  const std::filesystem::path& path_;
  const state_index& states_;
  const row_sink& sink_;
  const read_options& options_;
  row_account account_;
  std::uint64_t line_ = 0;
  std::array<const char*, max_fields> starts_{};
  std::size_t nfields_ = 0;
  const char* begin_ = nullptr;
  const char* end_ = nullptr;
};

}  // namespace

std::string_view to_string(skip_reason reason) noexcept {
  switch (reason) {
    case skip_reason::not_dyadic:
      return "not_dyadic";
    case skip_reason::not_states:
      return "not_states";
    case skip_reason::self:
      return "self";
    case skip_reason::no_quad_class:
      return "no_quad_class";
    case skip_reason::no_goldstein:
      return "no_goldstein";
  }
  return "unknown";
}

std::uint64_t row_account::skipped() const noexcept {
  std::uint64_t n = 0;
  for (const auto v : skipped_by)
    n += v;
  return n;
}

row_account& row_account::operator+=(const row_account& other) {
  read += other.read;
  used += other.used;
  rejected += other.rejected;
  bytes += other.bytes;
  for (std::size_t i = 0; i < skipped_by.size(); ++i)
    skipped_by[i] += other.skipped_by[i];
  diagnostics.insert(diagnostics.end(), other.diagnostics.begin(), other.diagnostics.end());
  id_ranges.insert(id_ranges.end(), other.id_ranges.begin(), other.id_ranges.end());
  return *this;
}

row_account read_events(const std::filesystem::path& path, event_format format,
                        const state_index& states, const row_sink& sink,
                        const read_options& options) {
  switch (format) {
    case event_format::gdelt:
      return gdelt_reader(path, states, sink, options).run();
  }
  throw data_error(errc::invalid_value, "unknown event format", location{path.string(), 0, 0, {}});
}

}  // namespace geokg::events
