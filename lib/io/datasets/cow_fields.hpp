#pragma once
// SPDX-License-Identifier: MIT
// The conventions shared by Correlates of War tables: -9/-8/-7 codes and split date columns.

#include <cstdint>
#include <optional>
#include <string>

#include "../field_parsers.hpp"
#include "geokg/core/date.hpp"
#include "geokg/core/interval.hpp"
#include "table_reader.hpp"

namespace geokg::io::detail {

/// COW's special values: -9 unknown, -8 not applicable, -7 ongoing (and `.` or empty, Stata's
/// missing, in some tables).
inline bool cow_missing(std::optional<std::int64_t> v) noexcept {
  return !v || (*v >= -9 && *v <= -7);
}

/// A COW integer cell: nullopt for the missing codes above and for `.`.
/// @throws record_error `wrong_type` for anything else that is not an integer.
inline std::optional<std::int64_t> cow_int(const table_reader& t, std::size_t col) {
  if (t[col] == ".") return std::nullopt;
  const auto v = int_cell(t, col);
  return cow_missing(v) ? std::nullopt : v;
}

/// A date from COW's year, month and day columns at the precision they give: a missing day makes
/// a month, a missing month a year (no day is invented). Nullopt if the year is missing.
/// @throws record_error `invalid_date` (at the year's cell) for an impossible date.
inline std::optional<date> cow_date(const table_reader& t, std::size_t year_col,
                                    std::size_t month_col, std::optional<std::size_t> day_col) {
  const auto y = cow_int(t, year_col);
  if (!y) return std::nullopt;
  const auto m = cow_int(t, month_col);
  const auto d = day_col ? cow_int(t, *day_col) : std::nullopt;
  std::optional<date> out;
  if (y && m && d) {
    out =
        date::from_ymd(static_cast<int>(*y), static_cast<unsigned>(*m), static_cast<unsigned>(*d));
  } else if (y && m) {
    out = date::from_year_month(static_cast<int>(*y), static_cast<unsigned>(*m));
  } else {
    out = date::from_year(static_cast<int>(*y));
  }
  if (!out || *y < 1000 || (m && (*m < 1 || *m > 12)))
    fail(errc::invalid_date,
         "impossible date (year " + std::string(t[year_col]) + ", month " +
             std::string(t[month_col]) +
             (day_col ? ", day " + std::string(t[*day_col]) : std::string()) + ")",
         t.where(m && (*m < 1 || *m > 12) ? month_col
                 : !out && d && day_col   ? *day_col
                                          : year_col));
  return out;
}

/// The half-open span of a COW record from its first day to its last (inclusive in COW's tables);
/// an unknown last day leaves the end open.
/// @throws record_error `end_before_start` at `end_col` if the last day is before the first.
inline interval cow_span(std::optional<date> first, std::optional<date> last, const table_reader& t,
                         std::size_t end_col) {
  std::optional<date> end = last ? last->day_after() : std::nullopt;
  if (first && end && end->first_day() <= first->first_day())
    fail(errc::end_before_start,
         "ends (" + to_string(*last) + ") before it starts (" + to_string(*first) + ")",
         t.where(end_col));
  return interval(first, end);
}

}  // namespace geokg::io::detail
