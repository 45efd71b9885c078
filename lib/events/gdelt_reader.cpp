// SPDX-License-Identifier: MIT
// The GDELT 1.0/2.0 event export reader: large blocks, memchr for line and field ends, only the
// fields the event layer keeps parsed.

#include <array>
#include <charconv>
#include <cstring>
#include <string>
#include <string_view>

#include "geokg/core/error.hpp"
#include "geokg/events/reader.hpp"
#include "reader_common.hpp"

namespace geokg::events {
namespace {

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

using detail::bad_row;
using detail::digits;
using detail::parse_tenths;
using detail::quoted;

class gdelt_reader {
 public:
  gdelt_reader(const std::filesystem::path& path, const state_index& states, const row_sink& sink,
               const read_options& options)
      : path_(path),
        states_(states),
        sink_(sink),
        options_(options),
        plover_(options.plover != nullptr ? *options.plover : cameo_plover::builtin()) {
    account_.path = path.string();
  }

  row_account run() {
    detail::for_each_line(path_, account_, options_,
                          [this](const char* b, const char* e, std::uint64_t line_no) {
                            if (e == b) return;
                            ++account_.read;
                            detail::guarded_row(account_, options_, line_no, [&] { row(b, e); });
                          });
    return std::move(account_);
  }

 private:
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
    if (const auto d = detail::parse_day(day, false)) {
      r.day = *d;
    } else {
      bad(errc::invalid_date, "SQLDATE " + quoted(day) + " is not a day YYYYMMDD", f_day);
    }
    // CAMEO codes are strings: "042" is not 42. The root is the code's first two digits.
    const auto code = cell(f_code);
    if (code.size() < 2 || code.size() > 4 || !digits(code))
      bad(errc::invalid_value,
          "EventCode " + quoted(code) + " is not a CAMEO event code (2 to 4 digits)", f_code);
    r.event_code = code;
    r.root_code = static_cast<std::uint8_t>((code[0] - '0') * 10 + (code[1] - '0'));
    r.plover = plover_.of(code);
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
    const auto skip = [&](skip_reason why) { detail::count_skip(account_, why); };
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
  const cameo_plover& plover_;
  row_account account_;
  std::array<const char*, max_fields> starts_{};
  std::size_t nfields_ = 0;
  const char* begin_ = nullptr;
  const char* end_ = nullptr;
};

}  // namespace

namespace detail {

row_account read_gdelt(const std::filesystem::path& path, const state_index& states,
                       const row_sink& sink, const read_options& options) {
  return gdelt_reader(path, states, sink, options).run();
}

}  // namespace detail
}  // namespace geokg::events
