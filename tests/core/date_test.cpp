// SPDX-License-Identifier: MIT
// Tests for geokg/core/date.hpp: parsing, canonical text, precision, the three orders.

#include "geokg/core/date.hpp"

#include <gtest/gtest.h>

#include <compare>
#include <cstdint>
#include <iterator>
#include <limits>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace geokg {
// Readable failure messages.
void PrintTo(const date& d, std::ostream* os) {
  *os << to_string(d);
}
}  // namespace geokg

namespace {

using geokg::date;
using geokg::date_order;
using geokg::date_part;
using geokg::date_precision;
using geokg::parse_date;

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil), written
// out here so that expected values do not come from the code under test.
constexpr std::int32_t days(int y, unsigned m, unsigned d) {
  y -= m <= 2 ? 1 : 0;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<std::int32_t>(era * 146097 + static_cast<int>(doe) - 719468);
}
static_assert(days(1970, 1, 1) == 0);
static_assert(days(1969, 12, 31) == -1);
static_assert(days(2000, 1, 1) == 10957);
static_assert(days(2024, 2, 29) == 19782);

constexpr std::int32_t min_day = days(-9999, 1, 1);
constexpr std::int32_t max_day = days(9999, 12, 31);

struct ymd {
  int y;
  unsigned m;
  unsigned d;
};
constexpr std::int32_t days(ymd v) {
  return days(v.y, v.m, v.d);
}

// A date the test relies on; a bad literal is a bug in the test, reported as an exception.
date d(std::string_view text) {
  const auto parsed = parse_date(text);
  if (!parsed)
    throw std::invalid_argument("test setup: parse_date rejected '" + std::string(text) + "'");
  return *parsed;
}

TEST(date, accepts_every_documented_form) {
  struct case_ {
    std::string_view name, text;
    date_precision precision;
    date_part part;
    bool approximate;
    ymd first, last;
    std::string_view canonical;
  };
  using P = date_precision;
  using R = date_part;
  // clang-format off
  const case_ cases[] = {
      {"a day", "1965-06-22", P::day, R::whole, false,
       {1965, 6, 22}, {1965, 6, 22}, "1965-06-22"},
      {"a 31-day month", "2023-08", P::month, R::whole, false,
       {2023, 8, 1}, {2023, 8, 31}, "2023-08"},
      {"a 30-day month", "2023-04", P::month, R::whole, false,
       {2023, 4, 1}, {2023, 4, 30}, "2023-04"},
      {"February of a common year", "2023-02", P::month, R::whole, false,
       {2023, 2, 1}, {2023, 2, 28}, "2023-02"},
      {"February of a leap year", "2024-02", P::month, R::whole, false,
       {2024, 2, 1}, {2024, 2, 29}, "2024-02"},
      {"a year", "1910", P::year, R::whole, false,
       {1910, 1, 1}, {1910, 12, 31}, "1910"},
      {"a year before 1000, four digits", "0663", P::year, R::whole, false,
       {663, 1, 1}, {663, 12, 31}, "0663"},
      {"a year before 1000, three digits", "663", P::year, R::whole, false,
       {663, 1, 1}, {663, 12, 31}, "0663"},
      {"a year of one digit", "7", P::year, R::whole, false,
       {7, 1, 1}, {7, 12, 31}, "0007"},
      {"year 0 (1 BCE)", "0", P::year, R::whole, false,
       {0, 1, 1}, {0, 12, 31}, "0000"},
      {"a negative year", "-0660", P::year, R::whole, false,
       {-660, 1, 1}, {-660, 12, 31}, "-0660"},
      {"a negative year, short", "-660", P::year, R::whole, false,
       {-660, 1, 1}, {-660, 12, 31}, "-0660"},
      {"a negative day", "-0001-03-01", P::day, R::whole, false,
       {-1, 3, 1}, {-1, 3, 1}, "-0001-03-01"},
      {"a negative month", "-0660-02", P::month, R::whole, false,
       {-660, 2, 1}, {-660, 2, 29}, "-0660-02"},
      {"the earliest year", "-9999", P::year, R::whole, false,
       {-9999, 1, 1}, {-9999, 12, 31}, "-9999"},
      {"the latest day", "9999-12-31", P::day, R::whole, false,
       {9999, 12, 31}, {9999, 12, 31}, "9999-12-31"},
      {"a decade", "1930s", P::decade, R::whole, false,
       {1930, 1, 1}, {1939, 12, 31}, "1930s"},
      {"early in a decade", "early 1930s", P::decade, R::early, false,
       {1930, 1, 1}, {1933, 12, 31}, "early 1930s"},
      {"mid-decade", "mid 1930s", P::decade, R::mid, false,
       {1934, 1, 1}, {1936, 12, 31}, "mid 1930s"},
      {"late in a decade", "late 1930s", P::decade, R::late, false,
       {1937, 1, 1}, {1939, 12, 31}, "late 1930s"},
      {"a decade before 1000", "660s", P::decade, R::whole, false,
       {660, 1, 1}, {669, 12, 31}, "660s"},
      {"the first decade", "0s", P::decade, R::whole, false,
       {0, 1, 1}, {9, 12, 31}, "0s"},
      {"a century", "7th century", P::century, R::whole, false,
       {601, 1, 1}, {700, 12, 31}, "7th century"},
      {"the 1st century", "1st century", P::century, R::whole, false,
       {1, 1, 1}, {100, 12, 31}, "1st century"},
      {"the 2nd century", "2nd century", P::century, R::whole, false,
       {101, 1, 1}, {200, 12, 31}, "2nd century"},
      {"the 3rd century", "3rd century", P::century, R::whole, false,
       {201, 1, 1}, {300, 12, 31}, "3rd century"},
      {"the 11th century", "11th century", P::century, R::whole, false,
       {1001, 1, 1}, {1100, 12, 31}, "11th century"},
      {"the 12th century", "12th century", P::century, R::whole, false,
       {1101, 1, 1}, {1200, 12, 31}, "12th century"},
      {"the 13th century", "13th century", P::century, R::whole, false,
       {1201, 1, 1}, {1300, 12, 31}, "13th century"},
      {"the 21st century", "21st century", P::century, R::whole, false,
       {2001, 1, 1}, {2100, 12, 31}, "21st century"},
      {"the 22nd century", "22nd century", P::century, R::whole, false,
       {2101, 1, 1}, {2200, 12, 31}, "22nd century"},
      {"the 99th century", "99th century", P::century, R::whole, false,
       {9801, 1, 1}, {9900, 12, 31}, "99th century"},
      {"early in a century", "early 20th century", P::century, R::early, false,
       {1901, 1, 1}, {1933, 12, 31}, "early 20th century"},
      {"mid-century", "mid 20th century", P::century, R::mid, false,
       {1934, 1, 1}, {1966, 12, 31}, "mid 20th century"},
      {"late in a century", "late 20th century", P::century, R::late, false,
       {1967, 1, 1}, {2000, 12, 31}, "late 20th century"},
      {"approximate with ~", "~1965", P::year, R::whole, true,
       {1965, 1, 1}, {1965, 12, 31}, "~1965"},
      {"approximate with c.", "c. 1965", P::year, R::whole, true,
       {1965, 1, 1}, {1965, 12, 31}, "~1965"},
      {"approximate with ca.", "ca. 1965-06-22", P::day, R::whole, true,
       {1965, 6, 22}, {1965, 6, 22}, "~1965-06-22"},
      {"approximate with circa", "circa late 1930s", P::decade, R::late, true,
       {1937, 1, 1}, {1939, 12, 31}, "~late 1930s"},
      {"an approximate century", "~7th century", P::century, R::whole, true,
       {601, 1, 1}, {700, 12, 31}, "~7th century"},
      {"an approximate month", "~2023-08", P::month, R::whole, true,
       {2023, 8, 1}, {2023, 8, 31}, "~2023-08"},
  };
  // clang-format on
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const auto parsed = parse_date(c.text);
    ASSERT_TRUE(parsed.has_value()) << c.text;
    EXPECT_EQ(parsed->precision(), c.precision);
    EXPECT_EQ(parsed->part(), c.part);
    EXPECT_EQ(parsed->is_approximate(), c.approximate);
    EXPECT_EQ(parsed->first_day(), days(c.first));
    EXPECT_EQ(parsed->last_day(), days(c.last));
    EXPECT_EQ(to_string(*parsed), c.canonical);
    EXPECT_EQ(parse_date(to_string(*parsed)), parsed);
  }
}

TEST(date, rejects_malformed_text) {
  struct case_ {
    std::string_view name, text;
  };
  const case_ cases[] = {
      {"empty text", ""},
      {"a lone minus", "-"},
      {"a leading space", " 1965"},
      {"a trailing space", "1965 "},
      {"a one-digit month", "1965-6-22"},
      {"a one-digit day", "1965-06-2"},
      {"a three-digit month", "1965-006"},
      {"a five-digit year", "99999"},
      {"a five-digit year in a day", "99999-01-01"},
      {"a year below -9999", "-10000"},
      {"a dangling dash after the year", "1965-"},
      {"a dangling dash after the month", "1965-06-"},
      {"a dangling dash after the day", "1965-06-22-"},
      {"slashes", "1965/06/22"},
      {"a plus sign", "+1965"},
      {"a time of day", "1965-06-22T00:00"},
      {"letters", "abc"},
      {"junk after century", "12th centuryx"},
      {"a wrong ordinal suffix", "11st century"},
      {"a wrong ordinal suffix for 2", "2th century"},
      {"the 0th century", "0th century"},
      {"a three-digit century", "100th century"},
      {"a capital C", "7th Century"},
      {"a century in words", "seventh century"},
      {"a decade not on a multiple of ten", "1935s"},
      {"a capital S", "1930S"},
      {"a negative decade", "-1930s"},
      {"a bare s", "s"},
      {"a part of a year", "early 1965"},
      {"a part of a day", "late 1965-06-22"},
      {"a part alone", "early"},
      {"two spaces after a part", "early  1930s"},
      {"a tilde alone", "~"},
      {"two tildes", "~~1965"},
      {"a space after the tilde", "~ 1965"},
      {"c. without a space", "c.1965"},
      {"ca without a dot", "ca 1965"},
      {"circa alone", "circa"},
      {"the part before the tilde", "early ~1930s"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(parse_date(c.text), std::nullopt) << '"' << c.text << '"';
  }
}

TEST(date, rejects_impossible_days) {
  struct case_ {
    std::string_view name, text;
  };
  const case_ cases[] = {
      {"month and day zero", "0000-00-00"},
      {"February 30", "2023-02-30"},
      {"month 13", "2023-13-01"},
      {"month 0", "2023-00-10"},
      {"April 31", "2023-04-31"},
      {"day 0", "1965-06-00"},
      {"day 32", "1965-01-32"},
      {"month 13 alone", "2023-13"},
      {"month 0 alone", "2023-00"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(parse_date(c.text), std::nullopt) << c.text;
  }
}

TEST(date, knows_leap_years) {
  struct case_ {
    std::string_view name, text;
    bool exists;
  };
  const case_ cases[] = {
      {"a year divisible by 4", "2024-02-29", true},
      {"a common year", "2023-02-29", false},
      {"a century not divisible by 400", "1900-02-29", false},
      {"a century divisible by 400", "2000-02-29", true},
      {"year 0 (divisible by 400)", "0000-02-29", true},
      {"a negative leap year", "-0004-02-29", true},
      {"a negative common year", "-0001-02-29", false},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(parse_date(c.text).has_value(), c.exists) << c.text;
  }
  EXPECT_EQ(date::from_ymd(2024, 2, 29)->first_day(), days(2024, 2, 29));
  EXPECT_EQ(date::from_ymd(1900, 2, 29), std::nullopt);
}

TEST(date, factories_validate_their_arguments) {
  struct case_ {
    std::string_view name;
    std::optional<date> made;
    bool valid;
  };
  const case_ cases[] = {
      {"from_ymd: a real day", date::from_ymd(1965, 6, 22), true},
      {"from_ymd: February 30", date::from_ymd(2023, 2, 30), false},
      {"from_ymd: month 13", date::from_ymd(2023, 13, 1), false},
      {"from_ymd: year 10000", date::from_ymd(10000, 1, 1), false},
      {"from_ymd: year -10000", date::from_ymd(-10000, 12, 31), false},
      {"from_year_month: month 12", date::from_year_month(2023, 12), true},
      {"from_year_month: month 0", date::from_year_month(2023, 0), false},
      {"from_year: the latest year", date::from_year(9999), true},
      {"from_year: after the latest year", date::from_year(10000), false},
      {"from_year: the earliest year", date::from_year(-9999), true},
      {"from_year: before the earliest year", date::from_year(-10000), false},
      {"from_decade: 1930", date::from_decade(1930), true},
      {"from_decade: not a multiple of ten", date::from_decade(1935), false},
      {"from_decade: negative", date::from_decade(-10), false},
      {"from_decade: the last decade", date::from_decade(9990, date_part::late), true},
      {"from_decade: past the calendar", date::from_decade(10000), false},
      {"from_century: the 1st", date::from_century(1), true},
      {"from_century: the 99th", date::from_century(99, date_part::late), true},
      {"from_century: the 0th", date::from_century(0), false},
      {"from_century: the 100th", date::from_century(100), false},
      {"from_century: negative", date::from_century(-3), false},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(c.made.has_value(), c.valid);
  }
}

TEST(date, factories_agree_with_the_text_forms) {
  struct case_ {
    std::string_view name;
    std::optional<date> made;
    std::string_view text;
  };
  const case_ cases[] = {
      {"from_ymd", date::from_ymd(1965, 6, 22), "1965-06-22"},
      {"from_year_month", date::from_year_month(2023, 8), "2023-08"},
      {"from_year", date::from_year(1910), "1910"},
      {"from_decade", date::from_decade(1930), "1930s"},
      {"from_decade, late", date::from_decade(1930, date_part::late), "late 1930s"},
      {"from_century", date::from_century(7), "7th century"},
      {"from_century, early", date::from_century(20, date_part::early), "early 20th century"},
      {"from_day_number", date::from_day_number(days(1965, 6, 22)), "1965-06-22"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    ASSERT_TRUE(c.made.has_value());
    EXPECT_EQ(c.made, parse_date(c.text));
    EXPECT_EQ(to_string(*c.made), c.text);
  }
}

TEST(date, round_trips_through_its_canonical_text) {
  std::vector<date> all;
  for (std::int32_t n = min_day; n <= max_day; n += 997)
    all.push_back(*date::from_day_number(n));
  all.push_back(*date::from_day_number(min_day));
  all.push_back(*date::from_day_number(max_day));
  for (int y = -9999; y <= 9999; y += 37) {
    all.push_back(*date::from_year(y));
    all.push_back(*date::from_year_month(y, static_cast<unsigned>(1 + (y + 9999) % 12)));
  }
  const date_part parts[] = {date_part::whole, date_part::early, date_part::mid, date_part::late};
  for (const auto part : parts) {
    for (int y = 0; y <= 9990; y += 10)
      all.push_back(*date::from_decade(y, part));
    for (int n = 1; n <= 99; ++n)
      all.push_back(*date::from_century(n, part));
  }
  const auto plain = all.size();
  for (std::size_t i = 0; i < plain; ++i)
    all.push_back(all[i].approximate());

  for (const auto& x : all) {
    const auto text = to_string(x);
    const auto back = parse_date(text);
    ASSERT_TRUE(back.has_value()) << text;
    ASSERT_EQ(*back, x) << text;
  }
}

TEST(date, accessors_give_the_first_day) {
  struct case_ {
    std::string_view name, text;
    int year;
    unsigned month, day;
  };
  const case_ cases[] = {
      {"a day", "1965-06-22", 1965, 6, 22},
      {"a month", "2023-08", 2023, 8, 1},
      {"a year", "1910", 1910, 1, 1},
      {"late in a decade", "late 1930s", 1937, 1, 1},
      {"a century", "7th century", 601, 1, 1},
      {"late in a century", "late 20th century", 1967, 1, 1},
      {"a negative day", "-0660-03-15", -660, 3, 15},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const auto x = d(c.text);
    EXPECT_EQ(x.year(), c.year);
    EXPECT_EQ(x.month(), c.month);
    EXPECT_EQ(x.day(), c.day);
  }
}

TEST(date, approximate_changes_no_days_and_no_certain_order) {
  const std::string_view texts[] = {"1965-06-22", "2023-08", "1910", "late 1930s", "7th century"};
  for (const auto text : texts) {
    SCOPED_TRACE(text);
    const auto exact = d(text);
    const auto about = d("~" + std::string(text));
    EXPECT_TRUE(about.is_approximate());
    EXPECT_FALSE(exact.is_approximate());
    EXPECT_EQ(about.first_day(), exact.first_day());
    EXPECT_EQ(about.last_day(), exact.last_day());
    EXPECT_EQ(about.precision(), exact.precision());
    EXPECT_EQ(about.part(), exact.part());
    EXPECT_EQ(compare(about, exact), compare(exact, exact));
    EXPECT_EQ(compare(about, d("1000")), compare(exact, d("1000")));
    EXPECT_EQ(exact.approximate(), about);
    EXPECT_EQ(about.approximate(false), exact);
  }
}

TEST(date, sorts_by_first_day_then_last_day) {
  // Strictly increasing under operator<=> (the total order for sorting).
  const std::string_view sorted[] = {
      "20th century", "1960-01-01", "1960-01", "1960",  "early 1960s", "1960s",
      "mid 1960s",    "1965-01-01", "1965",    "~1965", "1965-06-22",  "1966",
  };
  const auto n = std::size(sorted);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      SCOPED_TRACE(std::string(sorted[i]) + " vs " + std::string(sorted[j]));
      const auto a = d(sorted[i]);
      const auto b = d(sorted[j]);
      const auto expected = i < j   ? std::strong_ordering::less
                            : i > j ? std::strong_ordering::greater
                                    : std::strong_ordering::equal;
      EXPECT_TRUE((a <=> b) == expected);
      EXPECT_EQ(a == b, i == j);
    }
  }
}

TEST(date, compare_orders_only_what_is_certain) {
  struct case_ {
    std::string_view name, a, b;
    date_order expected;
  };
  const case_ cases[] = {
      {"a year before a day of the next year", "1964", "1965-06-22", date_order::before},
      {"a day after the previous year", "1965-06-22", "1964", date_order::after},
      {"a year and a day inside it", "1965", "1965-06-22", date_order::overlapping},
      {"a day and the year around it", "1965-06-22", "1965", date_order::overlapping},
      {"a day and itself", "1965-06-22", "1965-06-22", date_order::same},
      {"a day and itself, approximate", "1965-06-22", "~1965-06-22", date_order::same},
      {"a year and itself", "1965", "1965", date_order::overlapping},
      {"the last day of a year and the next year", "1965-12-31", "1966", date_order::before},
      {"a year and the next day", "1965", "1966-01-01", date_order::before},
      {"the next day and a year", "1966-01-01", "1965", date_order::after},
      {"late 1930s and a day in 1937", "late 1930s", "1937-01-01", date_order::overlapping},
      {"early 1930s and 1934", "early 1930s", "1934", date_order::before},
      {"a decade and its century", "1930s", "20th century", date_order::overlapping},
      {"two days", "1965-06-22", "1965-06-23", date_order::before},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(compare(d(c.a), d(c.b)), c.expected);
  }
}

TEST(date, first_day_rule_reads_a_date_as_its_first_day) {
  // Time slicing's default: "1965" acts as 1965-01-01, hence before 1965-06-22.
  EXPECT_EQ(d("1965").first_day(), d("1965-01-01").first_day());
  EXPECT_LT(d("1965").first_day(), d("1965-06-22").first_day());
  EXPECT_EQ(d("late 1930s").first_day(), d("1937-01-01").first_day());
  EXPECT_EQ(d("7th century").first_day(), d("0601-01-01").first_day());
  EXPECT_EQ(d("2023-08").first_day(), d("2023-08-01").first_day());
}

TEST(date, day_after_is_the_day_after_the_last_day) {
  struct case_ {
    std::string_view name, text;
    std::optional<ymd> expected;
  };
  const case_ cases[] = {
      {"a day", "1965-06-22", ymd{1965, 6, 23}},
      {"the last day of a year", "1999-12-31", ymd{2000, 1, 1}},
      {"a year", "1910", ymd{1911, 1, 1}},
      {"a leap February", "2024-02", ymd{2024, 3, 1}},
      {"late in a decade", "late 1930s", ymd{1940, 1, 1}},
      {"early in a decade", "early 1930s", ymd{1934, 1, 1}},
      {"a century", "20th century", ymd{2001, 1, 1}},
      {"an approximate year", "~1910", ymd{1911, 1, 1}},
      {"the 99th century", "99th century", ymd{9901, 1, 1}},
      {"the last day of the calendar", "9999-12-31", std::nullopt},
      {"the last year of the calendar", "9999", std::nullopt},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const auto after = d(c.text).day_after();
    ASSERT_EQ(after.has_value(), c.expected.has_value());
    if (!after) continue;
    EXPECT_EQ(after->first_day(), days(*c.expected));
    EXPECT_EQ(after->precision(), date_precision::day);
    EXPECT_FALSE(after->is_approximate());
  }
}

TEST(date, from_day_number_covers_exactly_years_minus_9999_to_9999) {
  struct case_ {
    std::string_view name;
    std::int32_t day;
    std::optional<ymd> expected;
  };
  constexpr auto int_min = std::numeric_limits<std::int32_t>::min();
  constexpr auto int_max = std::numeric_limits<std::int32_t>::max();
  const case_ cases[] = {
      {"the epoch", 0, ymd{1970, 1, 1}},
      {"the day before the epoch", -1, ymd{1969, 12, 31}},
      {"2000-01-01", 10957, ymd{2000, 1, 1}},
      {"the first day of the calendar", min_day, ymd{-9999, 1, 1}},
      {"the last day of the calendar", max_day, ymd{9999, 12, 31}},
      {"one day before the calendar", min_day - 1, std::nullopt},
      {"one day after the calendar", max_day + 1, std::nullopt},
      {"ten million days", 10'000'000, std::nullopt},
      {"minus ten million days", -10'000'000, std::nullopt},
      {"a day of year 75535 (9999 + 2^16)", days(75535, 6, 15), std::nullopt},
      {"a day of year -75535 (-9999 - 2^16)", days(-75535, 6, 15), std::nullopt},
      {"the largest int32", int_max, std::nullopt},
      {"the smallest int32", int_min, std::nullopt},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const auto x = date::from_day_number(c.day);
    EXPECT_EQ(x.has_value(), c.expected.has_value()) << (x ? to_string(*x) : "nullopt");
    if (!x || !c.expected) continue;
    EXPECT_EQ(x->first_day(), c.day);
    EXPECT_EQ(x->year(), c.expected->y);
    EXPECT_EQ(x->month(), c.expected->m);
    EXPECT_EQ(x->day(), c.expected->d);
    EXPECT_EQ(x->precision(), date_precision::day);
  }
}

TEST(date, default_is_1970_01_01_at_day_precision) {
  const date x{};
  EXPECT_EQ(x.first_day(), 0);
  EXPECT_EQ(x.last_day(), 0);
  EXPECT_EQ(x.precision(), date_precision::day);
  EXPECT_EQ(x.part(), date_part::whole);
  EXPECT_FALSE(x.is_approximate());
  EXPECT_EQ(x, d("1970-01-01"));
}

TEST(date, is_small_and_trivially_copyable) {
  EXPECT_LE(sizeof(date), 8U);
  EXPECT_TRUE(std::is_trivially_copyable_v<date>);
}

TEST(date, parses_in_constant_expressions) {
  constexpr auto x = parse_date("late 1930s");
  static_assert(x.has_value());
  constexpr auto first = x->first_day();
  constexpr auto last = x->last_day();
  EXPECT_EQ(first, days(1937, 1, 1));
  EXPECT_EQ(last, days(1939, 12, 31));
}

TEST(date, names_orders_and_precisions) {
  EXPECT_EQ(to_string(date_order::before), "before");
  EXPECT_EQ(to_string(date_order::after), "after");
  EXPECT_EQ(to_string(date_order::same), "same");
  EXPECT_EQ(to_string(date_order::overlapping), "overlapping");
  EXPECT_EQ(to_string(date_precision::day), "day");
  EXPECT_EQ(to_string(date_precision::month), "month");
  EXPECT_EQ(to_string(date_precision::year), "year");
  EXPECT_EQ(to_string(date_precision::decade), "decade");
  EXPECT_EQ(to_string(date_precision::century), "century");
}

}  // namespace
