#pragma once
// SPDX-License-Identifier: MIT
// A calendar date with explicit precision and uncertainty: "1965-06-22", "1910", "late 1930s".

#include <chrono>
#include <compare>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "geokg/core/detail/enum_names.hpp"

namespace geokg {

/// How precisely a date is known.
enum class date_precision : std::uint8_t {
  day,      ///< "1965-06-22"
  month,    ///< "2023-08"
  year,     ///< "1910"
  decade,   ///< "1930s", "late 1930s"
  century,  ///< "7th century", "early 20th century"
};

/// Which part of a decade or century a date names ("late 1930s"). `whole` for every other date.
///
/// A decade's parts are its years 0-3 (early), 4-6 (mid) and 7-9 (late); a century's are its
/// years 1-33, 34-66 and 67-100 (the Nth century runs from year (N-1)*100+1 to N*100).
enum class date_part : std::uint8_t {
  whole,  ///< The whole period.
  early,  ///< The first part.
  mid,    ///< The middle part.
  late,   ///< The last part.
};

/// A date as an analyst writes it: a day, month, year, decade or century, possibly approximate.
///
/// A date stands for the interval of days it may denote, [`first_day()`, `last_day()`]: "1910" is
/// 1910-01-01 to 1910-12-31, "late 1930s" is 1937-01-01 to 1939-12-31, "7th century" is
/// 0601-01-01 to 0700-12-31. Days are counted from 1970-01-01 in the proleptic Gregorian calendar;
/// years run from -9999 to 9999 in astronomical numbering (year 0 is 1 BCE, -1 is 2 BCE).
/// `approximate` marks a date given as "about" ("~1965"); it does not change the days a date
/// denotes, so `compare` and time slicing ignore it (`==` and `<=>` do tell the two apart).
///
/// Three comparisons are defined, because "is 1965 before 1965-06-22?" has no single answer:
/// - `operator<=>` is a total order for sorting: by first day, then by last day (so "1965-01-01"
///   sorts before "1965", which sorts before "1965-06-22"), then precision, part and the flag.
/// - `compare(a, b)` is certain ordering: `before` only if every day of a precedes every day of b;
///   "1965" and "1965-06-22" overlap.
/// - The first-day rule (`first_day()` alone), which time slicing uses by default: a date stands
///   for its first day, so "1965" acts as 1965-01-01 (see `time_rule` in interval.hpp).
///
/// `sizeof(date)` is 8 bytes; dates are cheap to copy and compare.
class date {
 public:
  /// 1970-01-01, day precision. Exists so that dates can live in default-constructed structs.
  constexpr date() noexcept = default;

  /// The day y-m-d, or nullopt if it does not exist (2023-02-30) or the year is out of range.
  static constexpr std::optional<date> from_ymd(int year, unsigned month, unsigned day) noexcept;
  /// The month y-m (precision month), or nullopt.
  static constexpr std::optional<date> from_year_month(int year, unsigned month) noexcept;
  /// The year y (precision year), or nullopt.
  static constexpr std::optional<date> from_year(int year) noexcept;
  /// The decade starting at `first_year` (a non-negative multiple of 10), or a part of it;
  /// nullopt if invalid.
  static constexpr std::optional<date> from_decade(int first_year,
                                                   date_part part = date_part::whole) noexcept;
  /// The Nth century CE (N >= 1), or a part of it; nullopt if invalid.
  static constexpr std::optional<date> from_century(int n,
                                                    date_part part = date_part::whole) noexcept;
  /// The date of a day number (days since 1970-01-01), day precision; nullopt if out of range.
  static constexpr std::optional<date> from_day_number(std::int32_t days) noexcept;

  /// The first day this date may denote, in days since 1970-01-01.
  constexpr std::int32_t first_day() const noexcept { return first_; }
  /// The last day this date may denote, in days since 1970-01-01 (inclusive).
  constexpr std::int32_t last_day() const noexcept;
  constexpr date_precision precision() const noexcept { return precision_; }
  constexpr date_part part() const noexcept { return part_; }
  constexpr bool is_approximate() const noexcept { return approximate_; }

  /// The same date marked (or unmarked) as approximate.
  constexpr date approximate(bool yes = true) const noexcept {
    date d = *this;
    d.approximate_ = yes;
    return d;
  }

  /// Calendar year, month (1-12) and day (1-31) of the first day.
  constexpr int year() const noexcept;
  constexpr unsigned month() const noexcept;
  constexpr unsigned day() const noexcept;

  /// The first day after this date's last day, at day precision ("1910" -> 1911-01-01).
  constexpr std::optional<date> day_after() const noexcept {
    const auto last = last_day();
    if (last == std::numeric_limits<std::int32_t>::max()) return std::nullopt;
    return from_day_number(last + 1);
  }

  friend constexpr bool operator==(const date&, const date&) = default;
  /// Total order for sorting (first day, last day, precision, part, approximate).
  friend constexpr std::strong_ordering operator<=>(const date& a, const date& b) noexcept {
    if (auto c = a.first_ <=> b.first_; c != 0) return c;
    if (auto c = a.last_day() <=> b.last_day(); c != 0) return c;
    if (auto c = a.precision_ <=> b.precision_; c != 0) return c;
    if (auto c = a.part_ <=> b.part_; c != 0) return c;
    return a.approximate_ <=> b.approximate_;
  }

  static constexpr int min_year = -9999;  ///< The earliest representable year.
  static constexpr int max_year = 9999;   ///< The latest representable year.

 private:
  constexpr date(std::int32_t first, date_precision p, date_part part) noexcept
      : first_(first), precision_(p), part_(part) {}

  std::int32_t first_ = 0;
  date_precision precision_ = date_precision::day;
  date_part part_ = date_part::whole;
  bool approximate_ = false;
};

/// The certain order of two dates, taking precision into account.
enum class date_order : std::uint8_t {
  before,       ///< Every day of a is before every day of b.
  after,        ///< Every day of a is after every day of b.
  same,         ///< a and b denote the same single day.
  overlapping,  ///< They share possible days: the order is unknown ("1965" vs "1965-06-22").
};

/// Compares two dates by the days they may denote (see `date`).
constexpr date_order compare(const date& a, const date& b) noexcept {
  if (a.last_day() < b.first_day()) return date_order::before;
  if (b.last_day() < a.first_day()) return date_order::after;
  if (a.first_day() == a.last_day() && b.first_day() == b.last_day()) return date_order::same;
  return date_order::overlapping;
}

namespace detail {
/// The canonical names of the `date_order` values, in declaration order.
inline constexpr auto date_order_names =
    enum_names<date_order, date_order::overlapping>("before", "after", "same", "overlapping");
/// The canonical names of the `date_precision` values, in declaration order.
inline constexpr auto date_precision_names = enum_names<date_precision, date_precision::century>(
    "day", "month", "year", "decade", "century");
}  // namespace detail

/// "before", "after", "same" or "overlapping".
constexpr std::string_view to_string(date_order o) noexcept {
  return detail::enum_name(detail::date_order_names, o);
}

/// "day", "month", "year", "decade" or "century".
constexpr std::string_view to_string(date_precision p) noexcept {
  return detail::enum_name(detail::date_precision_names, p);
}

/// Parses a date. Accepted forms (the canonical form, written by `to_string`, comes first):
/// - `YYYY-MM-DD`, `YYYY-MM`, `YYYY`: ISO 8601, years of 1 to 4 digits, optionally negative
///   (`-0660`); `YYYY` is written with four digits.
/// - `1930s` (a decade), `early 1930s`, `mid 1930s`, `late 1930s`.
/// - `7th century`, `early 20th century`, `mid ...`, `late ...` (CE centuries, 1st to 99th).
/// - Any of the above prefixed by `~` (canonical), `c. `, `ca. ` or `circa ` for approximate.
/// Returns nullopt for anything else, including impossible days (2023-02-30, 0000-00-00) and
/// years outside [-9999, 9999]. Leading and trailing spaces are not accepted.
constexpr std::optional<date> parse_date(std::string_view text) noexcept;

/// The canonical text of a date (see `parse_date`); `parse_date(to_string(d)) == d`.
std::string to_string(const date& d);

// ------------------------------------------------------------------------------------------------
// Implementation

namespace detail {

constexpr std::optional<std::int32_t> day_number(int y, unsigned m, unsigned d) noexcept {
  if (y < date::min_year || y > date::max_year) return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m},
                                        std::chrono::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return static_cast<std::int32_t>(std::chrono::sys_days{ymd}.time_since_epoch().count());
}

constexpr std::chrono::year_month_day civil(std::int32_t days) noexcept {
  return std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{days}}};
}

// First year of a part of a decade (offset from the decade's first year) and its length.
constexpr int decade_part_offset(date_part p) noexcept {
  return p == date_part::early ? 0 : p == date_part::mid ? 4 : p == date_part::late ? 7 : 0;
}
constexpr int decade_part_years(date_part p) noexcept {
  return p == date_part::early ? 4 : p == date_part::mid ? 3 : p == date_part::late ? 3 : 10;
}
// Same for centuries, whose years run 1..100.
constexpr int century_part_offset(date_part p) noexcept {
  return p == date_part::early ? 0 : p == date_part::mid ? 33 : p == date_part::late ? 66 : 0;
}
constexpr int century_part_years(date_part p) noexcept {
  return p == date_part::early ? 33 : p == date_part::mid ? 33 : p == date_part::late ? 34 : 100;
}

constexpr bool starts_with(std::string_view s, std::string_view prefix) noexcept {
  return s.substr(0, prefix.size()) == prefix;
}

// Parses a whole string of 1 to `max_digits` decimal digits.
constexpr std::optional<int> parse_digits(std::string_view s, std::size_t max_digits) noexcept {
  if (s.empty() || s.size() > max_digits) return std::nullopt;
  int value = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

constexpr std::optional<date> parse_iso(std::string_view s) noexcept {
  bool negative = false;
  if (!s.empty() && s.front() == '-') {
    negative = true;
    s.remove_prefix(1);
  }
  const auto dash1 = s.find('-');
  const auto year = parse_digits(s.substr(0, dash1), 4);
  if (!year) return std::nullopt;
  const int y = negative ? -*year : *year;
  if (dash1 == std::string_view::npos) return date::from_year(y);
  s.remove_prefix(dash1 + 1);
  const auto dash2 = s.find('-');
  const auto month_text = s.substr(0, dash2);
  if (month_text.size() != 2) return std::nullopt;
  const auto month = parse_digits(month_text, 2);
  if (!month) return std::nullopt;
  if (dash2 == std::string_view::npos)
    return date::from_year_month(y, static_cast<unsigned>(*month));
  const auto day_text = s.substr(dash2 + 1);
  if (day_text.size() != 2) return std::nullopt;
  const auto day = parse_digits(day_text, 2);
  if (!day) return std::nullopt;
  return date::from_ymd(y, static_cast<unsigned>(*month), static_cast<unsigned>(*day));
}

constexpr std::optional<date> parse_period(std::string_view s, date_part part) noexcept {
  if (s.size() >= 2 && s.back() == 's') {  // "1930s"
    const auto y = parse_digits(s.substr(0, s.size() - 1), 4);
    if (!y || *y % 10 != 0) return std::nullopt;
    return date::from_decade(*y, part);
  }
  constexpr std::string_view century = " century";
  if (s.size() > century.size() && s.substr(s.size() - century.size()) == century) {
    s.remove_suffix(century.size());  // "7th", "21st", "2nd", "3rd"
    if (s.size() < 3) return std::nullopt;
    const auto n = parse_digits(s.substr(0, s.size() - 2), 2);
    if (!n || *n == 0) return std::nullopt;
    const auto suffix = s.substr(s.size() - 2);
    const int last_two = *n % 100;
    const int last = *n % 10;
    const std::string_view expected = (last_two >= 11 && last_two <= 13) ? "th"
                                      : last == 1                        ? "st"
                                      : last == 2                        ? "nd"
                                      : last == 3                        ? "rd"
                                                                         : "th";
    if (suffix != expected) return std::nullopt;
    return date::from_century(*n, part);
  }
  return std::nullopt;
}

}  // namespace detail

constexpr std::optional<date> date::from_ymd(int year, unsigned month, unsigned day) noexcept {
  const auto n = detail::day_number(year, month, day);
  if (!n) return std::nullopt;
  return date(*n, date_precision::day, date_part::whole);
}

constexpr std::optional<date> date::from_year_month(int year, unsigned month) noexcept {
  const auto n = detail::day_number(year, month, 1);
  if (!n) return std::nullopt;
  return date(*n, date_precision::month, date_part::whole);
}

constexpr std::optional<date> date::from_year(int year) noexcept {
  const auto n = detail::day_number(year, 1, 1);
  if (!n) return std::nullopt;
  return date(*n, date_precision::year, date_part::whole);
}

constexpr std::optional<date> date::from_decade(int first_year, date_part part) noexcept {
  if (first_year % 10 != 0 || first_year < 0 || first_year + 9 > max_year) return std::nullopt;
  const auto n = detail::day_number(first_year + detail::decade_part_offset(part), 1, 1);
  if (!n) return std::nullopt;
  return date(*n, date_precision::decade, part);
}

constexpr std::optional<date> date::from_century(int n, date_part part) noexcept {
  if (n < 1 || n > 99) return std::nullopt;
  const auto first =
      detail::day_number((n - 1) * 100 + 1 + detail::century_part_offset(part), 1, 1);
  if (!first) return std::nullopt;
  return date(*first, date_precision::century, part);
}

constexpr std::optional<date> date::from_day_number(std::int32_t days) noexcept {
  // Checked before converting: std::chrono's year wraps around for day counts this far out.
  constexpr std::int32_t first = -4371587;  // -9999-01-01
  constexpr std::int32_t last = 2932896;    // 9999-12-31
  if (days < first || days > last) return std::nullopt;
  return date(days, date_precision::day, date_part::whole);
}

constexpr int date::year() const noexcept {
  return static_cast<int>(detail::civil(first_).year());
}
constexpr unsigned date::month() const noexcept {
  return static_cast<unsigned>(detail::civil(first_).month());
}
constexpr unsigned date::day() const noexcept {
  return static_cast<unsigned>(detail::civil(first_).day());
}

constexpr std::int32_t date::last_day() const noexcept {
  const auto ymd = detail::civil(first_);
  const int y = static_cast<int>(ymd.year());
  const auto end_of_year = [](int year) {
    return static_cast<std::int32_t>(
        std::chrono::sys_days{std::chrono::year{year} / std::chrono::December / 31}
            .time_since_epoch()
            .count());
  };
  switch (precision_) {
    case date_precision::day:
      return first_;
    case date_precision::month:
      return static_cast<std::int32_t>(std::chrono::sys_days{
          std::chrono::year_month_day_last{ymd.year(), std::chrono::month_day_last{ymd.month()}}}
                                           .time_since_epoch()
                                           .count());
    case date_precision::year:
      return end_of_year(y);
    case date_precision::decade:
      return end_of_year(y + detail::decade_part_years(part_) - 1);
    case date_precision::century:
      return end_of_year(y + detail::century_part_years(part_) - 1);
  }
  return first_;
}

constexpr std::optional<date> parse_date(std::string_view text) noexcept {
  bool approximate = false;
  for (std::string_view prefix : {std::string_view("~"), std::string_view("c. "),
                                  std::string_view("ca. "), std::string_view("circa ")}) {
    if (detail::starts_with(text, prefix)) {
      approximate = true;
      text.remove_prefix(prefix.size());
      break;
    }
  }
  std::optional<date> result{};
  date_part part = date_part::whole;
  for (auto [prefix, p] : {std::pair{std::string_view("early "), date_part::early},
                           std::pair{std::string_view("mid "), date_part::mid},
                           std::pair{std::string_view("late "), date_part::late}}) {
    if (detail::starts_with(text, prefix)) {
      part = p;
      text.remove_prefix(prefix.size());
      break;
    }
  }
  if (part != date_part::whole) {
    result = detail::parse_period(text, part);
  } else {
    result = detail::parse_iso(text);
    if (!result) result = detail::parse_period(text, part);
  }
  if (result && approximate) return result->approximate();
  return result;
}

inline std::string to_string(const date& d) {
  std::string out{};
  if (d.is_approximate()) out += '~';
  switch (d.part()) {
    case date_part::whole:
      break;
    case date_part::early:
      out += "early ";
      break;
    case date_part::mid:
      out += "mid ";
      break;
    case date_part::late:
      out += "late ";
      break;
  }
  const auto pad = [](int value, int width) {
    std::string digits = std::to_string(value < 0 ? -value : value);
    if (static_cast<int>(digits.size()) < width)
      digits.insert(0, static_cast<std::size_t>(width) - digits.size(), '0');
    return (value < 0 ? "-" : "") + digits;
  };
  const int y = d.year();
  switch (d.precision()) {
    case date_precision::day:
      out += pad(y, 4) + "-" + pad(static_cast<int>(d.month()), 2) + "-" +
             pad(static_cast<int>(d.day()), 2);
      break;
    case date_precision::month:
      out += pad(y, 4) + "-" + pad(static_cast<int>(d.month()), 2);
      break;
    case date_precision::year:
      out += pad(y, 4);
      break;
    case date_precision::decade:
      out += std::to_string(y - detail::decade_part_offset(d.part())) + "s";
      break;
    case date_precision::century: {
      const int n = (y - detail::century_part_offset(d.part()) - 1) / 100 + 1;
      const int last_two = n % 100;
      const int last = n % 10;
      const char* suffix = (last_two >= 11 && last_two <= 13) ? "th"
                           : last == 1                        ? "st"
                           : last == 2                        ? "nd"
                           : last == 3                        ? "rd"
                                                              : "th";
      out += std::to_string(n) + suffix + " century";
      break;
    }
  }
  return out;
}

}  // namespace geokg
