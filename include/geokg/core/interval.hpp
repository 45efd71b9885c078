#pragma once
// SPDX-License-Identifier: MIT
// A half-open span of time between two dates, either end of which may be open.

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "geokg/core/date.hpp"
#include "geokg/core/error.hpp"

namespace geokg {

/// How a date-with-precision is tested against an interval ("was this relation active then?").
///
/// Let an interval be [start, end) and the query date D. Under
/// - `first_day` (the default): every date stands for its first day, and D is inside iff
///   start.first_day <= D.first_day < end.first_day. It is a total, deterministic rule, the one
///   of the benchmark workload and of ISO-style data ("1990" acts as 1990-01-01).
/// - `certain`: D is inside only if every day D may denote is surely inside:
///   start.last_day <= D.first_day and D.last_day < end.first_day.
/// - `possible`: D is inside if some day it may denote may be inside, the start being as early
///   and the (exclusive) end as late as their precision allows:
///   start.first_day <= D.last_day and D.first_day < end.last_day.
enum class time_rule : std::uint8_t {
  first_day,  ///< Each date stands for its first day (default).
  certain,    ///< Inside for every day the dates may denote.
  possible,   ///< Inside for some day the dates may denote.
};

/// "first_day", "certain" or "possible".
constexpr std::string_view to_string(time_rule r) noexcept {
  return r == time_rule::first_day ? "first_day" : r == time_rule::certain ? "certain" : "possible";
}

/// The time rule named `text` ("first_day", "certain" or "possible"), or nullopt.
constexpr std::optional<time_rule> parse_time_rule(std::string_view text) noexcept {
  for (const auto r : {time_rule::first_day, time_rule::certain, time_rule::possible}) {
    if (to_string(r) == text) return r;
  }
  return std::nullopt;
}

/// A half-open interval of time [start, end): "1910-08-29/1945-08-15", "since 1953", "until 1945".
///
/// Either end may be open (unbounded). The end is exclusive: a relation that ended on 1945-08-15
/// is no longer active on that day. A closed interval's end is after its start (first days
/// compared); the constructor enforces it. A single date D read as an interval ("2023-08-18")
/// covers exactly the days of D: [D, day after D's last day).
class interval {
 public:
  /// The unbounded interval: always.
  constexpr interval() noexcept = default;

  /// [start, end); an empty optional is an open end.
  /// @throws data_error `end_before_start` if both ends are given and end.first_day() <=
  /// start.first_day().
  interval(std::optional<date> start, std::optional<date> end) {
    if (start && end && end->first_day() <= start->first_day()) {
      throw data_error(
          errc::end_before_start,
          "interval end " + to_string(*end) + " is not after its start " + to_string(*start), {},
          "end");
    }
    if (start) {
      start_ = *start;
      has_start_ = true;
    }
    if (end) {
      end_ = *end;
      has_end_ = true;
    }
  }

  /// [start, end) without throwing: nullopt if the end is not after the start.
  static std::optional<interval> make(std::optional<date> start, std::optional<date> end) noexcept {
    if (start && end && end->first_day() <= start->first_day()) return std::nullopt;
    interval i;
    if (start) i.start_ = *start, i.has_start_ = true;
    if (end) i.end_ = *end, i.has_end_ = true;
    return i;
  }

  /// The days of one date: [d, day after d's last day). Nullopt only at the end of the calendar.
  static std::optional<interval> covering(date d) noexcept {
    const auto after = d.day_after();
    if (!after) return std::nullopt;
    return make(d, *after);
  }

  /// [start, +inf).
  static interval since(date start) noexcept { return *make(start, std::nullopt); }
  /// (-inf, end).
  static interval until(date end) noexcept { return *make(std::nullopt, end); }

  constexpr std::optional<date> start() const noexcept {
    return has_start_ ? std::optional<date>(start_) : std::nullopt;
  }
  constexpr std::optional<date> end() const noexcept {
    return has_end_ ? std::optional<date>(end_) : std::nullopt;
  }
  constexpr bool is_open_start() const noexcept { return !has_start_; }
  constexpr bool is_open_end() const noexcept { return !has_end_; }

  /// Whether the interval holds at date `d` under `rule` (see `time_rule`).
  constexpr bool contains(const date& d, time_rule rule = time_rule::first_day) const noexcept {
    switch (rule) {
      case time_rule::first_day:
        return (!has_start_ || start_.first_day() <= d.first_day()) &&
               (!has_end_ || d.first_day() < end_.first_day());
      case time_rule::certain:
        return (!has_start_ || start_.last_day() <= d.first_day()) &&
               (!has_end_ || d.last_day() < end_.first_day());
      case time_rule::possible:
        return (!has_start_ || start_.first_day() <= d.last_day()) &&
               (!has_end_ || d.first_day() < end_.last_day());
    }
    return false;
  }

  /// Whether the interval holds at day number `day` (days since 1970-01-01), first-day rule.
  constexpr bool contains_day(std::int32_t day) const noexcept {
    return (!has_start_ || start_.first_day() <= day) && (!has_end_ || day < end_.first_day());
  }

  /// Whether the two intervals share a day (first-day rule: [s1, e1) and [s2, e2) intersect).
  constexpr bool overlaps(const interval& other) const noexcept {
    const bool this_ends_before =
        has_end_ && other.has_start_ && end_.first_day() <= other.start_.first_day();
    const bool other_ends_before =
        other.has_end_ && has_start_ && other.end_.first_day() <= start_.first_day();
    return !this_ends_before && !other_ends_before;
  }

  /// Whether `other` lies entirely inside this interval (first-day rule).
  constexpr bool encloses(const interval& other) const noexcept {
    const bool start_ok =
        !has_start_ || (other.has_start_ && start_.first_day() <= other.start_.first_day());
    const bool end_ok = !has_end_ || (other.has_end_ && other.end_.first_day() <= end_.first_day());
    return start_ok && end_ok;
  }

  friend constexpr bool operator==(const interval& a, const interval& b) noexcept {
    return a.has_start_ == b.has_start_ && a.has_end_ == b.has_end_ &&
           (!a.has_start_ || a.start_ == b.start_) && (!a.has_end_ || a.end_ == b.end_);
  }

 private:
  date start_;
  date end_;
  bool has_start_ = false;
  bool has_end_ = false;
};

/// Parses an interval: `START/END` with either side empty or `..` for an open end (ISO 8601's
/// extended form: `1953/..`, `../1945`), or a single date D meaning the days of D. Each side is a
/// date as `parse_date` reads it. Nullopt if a date is invalid or the end is not after the start.
inline std::optional<interval> parse_interval(std::string_view text) {
  const auto slash = text.find('/');
  if (slash == std::string_view::npos) {
    const auto d = parse_date(text);
    if (!d) return std::nullopt;
    return interval::covering(*d);
  }
  const auto side = [](std::string_view s, bool& ok) -> std::optional<date> {
    if (s.empty() || s == "..") return std::nullopt;
    auto d = parse_date(s);
    ok = ok && d.has_value();
    return d;
  };
  bool ok = true;
  const auto start = side(text.substr(0, slash), ok);
  const auto end = side(text.substr(slash + 1), ok);
  if (!ok) return std::nullopt;
  return interval::make(start, end);
}

/// The canonical text: `START/END` with `..` for open ends, or a single date when the interval
/// covers exactly one date's days. `parse_interval(to_string(i)) == i`.
inline std::string to_string(const interval& i) {
  const auto s = i.start();
  const auto e = i.end();
  if (s && e && e->precision() == date_precision::day && !e->is_approximate() && s->day_after() &&
      e->first_day() == s->day_after()->first_day()) {
    return to_string(*s);
  }
  return (s ? to_string(*s) : std::string("..")) + "/" + (e ? to_string(*e) : std::string(".."));
}

}  // namespace geokg
