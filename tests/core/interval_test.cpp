// SPDX-License-Identifier: MIT
// Tests for geokg/core/interval.hpp: construction, open ends, time rules, text form.

#include "geokg/core/interval.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace geokg {
// Readable failure messages.
void PrintTo(const date& d, std::ostream* os) {
  *os << to_string(d);
}
void PrintTo(const interval& i, std::ostream* os) {
  *os << to_string(i);
}
}  // namespace geokg

namespace {

using geokg::date;
using geokg::interval;
using geokg::parse_date;
using geokg::parse_interval;
using geokg::time_rule;

// A date the test relies on; "" is an open end. A bad literal is a bug in the test.
std::optional<date> d(std::string_view text) {
  if (text.empty()) return std::nullopt;
  const auto parsed = parse_date(text);
  if (!parsed)
    throw std::invalid_argument("test setup: parse_date rejected '" + std::string(text) + "'");
  return parsed;
}

// [start, end), "" for an open end.
interval iv(std::string_view start, std::string_view end) {
  return interval(d(start), d(end));
}

TEST(interval, rejects_end_before_start) {
  struct case_ {
    std::string_view name, start, end, what;
  };
  const case_ cases[] = {
      {"end a year before start", "1950", "1945",
       "error: interval end 1945 is not after its start 1950 [geokg.end_before_start]"},
      {"end equal to start", "1950-06-01", "1950-06-01",
       "error: interval end 1950-06-01 is not after its start 1950-06-01 [geokg.end_before_start]"},
      {"end year containing a later start day", "1950-06-01", "1950",
       "error: interval end 1950 is not after its start 1950-06-01 [geokg.end_before_start]"},
      {"same first day, different precision", "1950", "1950-01-01",
       "error: interval end 1950-01-01 is not after its start 1950 [geokg.end_before_start]"},
      {"approximate ends are quoted as such", "~1950", "late 1930s",
       "error: interval end late 1930s is not after its start ~1950 [geokg.end_before_start]"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    try {
      (void)iv(c.start, c.end);
      ADD_FAILURE() << "no exception";
    } catch (const geokg::data_error& e) {
      EXPECT_EQ(e.code(), geokg::errc::end_before_start);
      EXPECT_EQ(e.where(), geokg::location{});
      EXPECT_EQ(std::string(e.what()), c.what);
    }
    EXPECT_EQ(interval::make(d(c.start), d(c.end)), std::nullopt);
  }
}

TEST(interval, accepts_an_end_after_the_start) {
  struct case_ {
    std::string_view name, start, end;
  };
  const case_ cases[] = {
      {"two days", "1910-08-29", "1945-08-15"},
      {"consecutive days", "1950-06-01", "1950-06-02"},
      {"an end day inside the start year", "1950", "1950-06-01"},
      {"two years", "1950", "1953"},
      {"a decade and a century", "1930s", "21st century"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const auto i = iv(c.start, c.end);
    EXPECT_EQ(i.start(), d(c.start));
    EXPECT_EQ(i.end(), d(c.end));
    EXPECT_FALSE(i.is_open_start());
    EXPECT_FALSE(i.is_open_end());
    EXPECT_EQ(interval::make(d(c.start), d(c.end)), i);
  }
}

TEST(interval, may_have_open_ends) {
  struct case_ {
    std::string_view name;
    interval i;
    std::optional<date> start, end;
  };
  const case_ cases[] = {
      {"default is unbounded", interval{}, std::nullopt, std::nullopt},
      {"constructed unbounded", interval(std::nullopt, std::nullopt), std::nullopt, std::nullopt},
      {"since", interval::since(*d("1953")), d("1953"), std::nullopt},
      {"until", interval::until(*d("1945")), std::nullopt, d("1945")},
      {"constructed with an open end", interval(d("1953"), std::nullopt), d("1953"), std::nullopt},
      {"constructed with an open start", interval(std::nullopt, d("1945")), std::nullopt,
       d("1945")},
      {"made with open ends", *interval::make(std::nullopt, std::nullopt), std::nullopt,
       std::nullopt},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(c.i.start(), c.start);
    EXPECT_EQ(c.i.end(), c.end);
    EXPECT_EQ(c.i.is_open_start(), !c.start.has_value());
    EXPECT_EQ(c.i.is_open_end(), !c.end.has_value());
  }
}

TEST(interval, covering_spans_the_days_of_one_date) {
  struct case_ {
    std::string_view name, date_text, end_day;
  };
  const case_ cases[] = {
      {"a day", "2023-08-18", "2023-08-19"},
      {"a month", "2023-08", "2023-09-01"},
      {"a year", "1965", "1966-01-01"},
      {"late in a decade", "late 1930s", "1940-01-01"},
      {"an approximate year", "~1965", "1966-01-01"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const auto i = interval::covering(*d(c.date_text));
    ASSERT_TRUE(i.has_value());
    EXPECT_EQ(i->start(), d(c.date_text));
    EXPECT_EQ(i->end(), d(c.end_day));
  }
  EXPECT_EQ(interval::covering(*d("9999-12-31")), std::nullopt);
}

TEST(interval, contains_under_each_time_rule) {
  struct case_ {
    std::string_view name, start, end, date_text;
    bool first_day, certain, possible;
  };
  const case_ cases[] = {
      // [1910-08-29, 1945-08-15): day-precision ends.
      {"the day before the start", "1910-08-29", "1945-08-15", "1910-08-28", false, false, false},
      {"the start day is included", "1910-08-29", "1945-08-15", "1910-08-29", true, true, true},
      {"the day before the end", "1910-08-29", "1945-08-15", "1945-08-14", true, true, true},
      {"the end day is excluded", "1910-08-29", "1945-08-15", "1945-08-15", false, false, false},
      {"the start year", "1910-08-29", "1945-08-15", "1910", false, false, true},
      {"the start month", "1910-08-29", "1945-08-15", "1910-08", false, false, true},
      {"the month after the start", "1910-08-29", "1945-08-15", "1910-09", true, true, true},
      {"the end year", "1910-08-29", "1945-08-15", "1945", true, false, true},
      {"the end month", "1910-08-29", "1945-08-15", "1945-08", true, false, true},
      {"a decade inside", "1910-08-29", "1945-08-15", "1930s", true, true, true},
      {"the year after the end", "1910-08-29", "1945-08-15", "1946", false, false, false},
      {"the century around it", "1910-08-29", "1945-08-15", "20th century", false, false, true},
      // [1950, 1953): year-precision ends.
      {"year ends: the day before", "1950", "1953", "1949-12-31", false, false, false},
      {"year ends: the first day of the start year", "1950", "1953", "1950-01-01", true, false,
       true},
      {"year ends: the last day of the start year", "1950", "1953", "1950-12-31", true, true, true},
      {"year ends: the start year", "1950", "1953", "1950", true, false, true},
      {"year ends: a year inside", "1950", "1953", "1951", true, true, true},
      {"year ends: the last day before the end year", "1950", "1953", "1952-12-31", true, true,
       true},
      {"year ends: the first day of the end year", "1950", "1953", "1953-01-01", false, false,
       true},
      {"year ends: the day before the end's last day", "1950", "1953", "1953-12-30", false, false,
       true},
      {"year ends: the end's last day is excluded", "1950", "1953", "1953-12-31", false, false,
       false},
      {"year ends: the end year", "1950", "1953", "1953", false, false, true},
      {"year ends: the year before", "1950", "1953", "1949", false, false, false},
      {"year ends: the decade of the start", "1950", "1953", "1950s", true, false, true},
      {"year ends: the decade before", "1950", "1953", "1940s", false, false, false},
      // [1953, ..)
      {"open end: the day before", "1953", "", "1952-12-31", false, false, false},
      {"open end: a day of the start year", "1953", "", "1953-06-01", true, false, true},
      {"open end: far later", "1953", "", "9999-12-31", true, true, true},
      {"open end: the decade of the start", "1953", "", "1950s", false, false, true},
      // (.., 1945)
      {"open start: the first day of the calendar", "", "1945", "-9999-01-01", true, true, true},
      {"open start: the day before the end", "", "1945", "1944-12-31", true, true, true},
      {"open start: the first day of the end year", "", "1945", "1945-01-01", false, false, true},
      {"open start: the end year", "", "1945", "1945", false, false, true},
      {"open start: the decade of the end", "", "1945", "1940s", true, false, true},
      {"open start: the year after", "", "1945", "1946", false, false, false},
      // (.., ..)
      {"unbounded: the first day", "", "", "-9999-01-01", true, true, true},
      {"unbounded: the last day", "", "", "9999-12-31", true, true, true},
      {"unbounded: a century", "", "", "7th century", true, true, true},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const auto i = iv(c.start, c.end);
    const auto x = *d(c.date_text);
    EXPECT_EQ(i.contains(x, time_rule::first_day), c.first_day);
    EXPECT_EQ(i.contains(x, time_rule::certain), c.certain);
    EXPECT_EQ(i.contains(x, time_rule::possible), c.possible);
    EXPECT_EQ(i.contains(x), c.first_day) << "the default rule is first_day";
    EXPECT_EQ(i.contains_day(x.first_day()), c.first_day);
  }
}

TEST(interval, overlaps_when_they_share_a_day) {
  struct case_ {
    std::string_view name;
    interval a, b;
    bool expected;
  };
  const case_ cases[] = {
      {"touching ends do not overlap", iv("1950", "1953"), iv("1953", "1960"), false},
      {"a shared year", iv("1950", "1953"), iv("1952", "1960"), true},
      {"disjoint", iv("1950", "1953"), iv("1960", "1970"), false},
      {"itself", iv("1950", "1953"), iv("1950", "1953"), true},
      {"nested", iv("1950", "1960"), iv("1952", "1953"), true},
      {"unbounded and bounded", interval{}, iv("1950", "1953"), true},
      {"unbounded and unbounded", interval{}, interval{}, true},
      {"since and until the same date", iv("1953", ""), iv("", "1953"), false},
      {"since and until a later date", iv("1953", ""), iv("", "1954"), true},
      {"two untils", iv("", "1950"), iv("", "1900"), true},
      {"two sinces", iv("1950", ""), iv("2000", ""), true},
      {"consecutive days", iv("1950-01-01", "1950-01-02"), iv("1950-01-02", "1950-01-03"), false},
      {"a year start after a day end (first-day rule)", iv("1950", "1950-06-01"),
       iv("1950-06-01", "1951"), false},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(c.a.overlaps(c.b), c.expected);
    EXPECT_EQ(c.b.overlaps(c.a), c.expected) << "overlaps is symmetric";
  }
}

TEST(interval, encloses_what_lies_inside) {
  struct case_ {
    std::string_view name;
    interval outer, inner;
    bool expected;
  };
  const case_ cases[] = {
      {"unbounded encloses bounded", interval{}, iv("1950", "1953"), true},
      {"bounded does not enclose unbounded", iv("1950", "1953"), interval{}, false},
      {"unbounded encloses unbounded", interval{}, interval{}, true},
      {"itself", iv("1950", "1960"), iv("1950", "1960"), true},
      {"a shared start", iv("1950", "1960"), iv("1950", "1953"), true},
      {"a shared end", iv("1950", "1960"), iv("1953", "1960"), true},
      {"starting before", iv("1950", "1960"), iv("1949", "1953"), false},
      {"ending after", iv("1950", "1960"), iv("1955", "1961"), false},
      {"bounded does not enclose since", iv("1950", "1960"), iv("1955", ""), false},
      {"since encloses a later since", iv("1950", ""), iv("1955", ""), true},
      {"since does not enclose an earlier since", iv("1955", ""), iv("1950", ""), false},
      {"until encloses an earlier until", iv("", "1960"), iv("", "1950"), true},
      {"until encloses a bounded interval ending with it", iv("", "1960"), iv("1950", "1960"),
       true},
      {"until does not enclose since", iv("", "1960"), iv("1950", ""), false},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(c.outer.encloses(c.inner), c.expected);
  }
}

TEST(interval, parses_every_documented_form) {
  struct case_ {
    std::string_view name, text, start, end, canonical;
  };
  const case_ cases[] = {
      {"two days", "1910-08-29/1945-08-15", "1910-08-29", "1945-08-15", "1910-08-29/1945-08-15"},
      {"an open end with ..", "1953/..", "1953", "", "1953/.."},
      {"an open end left empty", "1953/", "1953", "", "1953/.."},
      {"an open start with ..", "../1945", "", "1945", "../1945"},
      {"an open start left empty", "/1945", "", "1945", "../1945"},
      {"both ends open with ..", "../..", "", "", "../.."},
      {"both ends left empty", "/", "", "", "../.."},
      {"a single day", "2023-08-18", "2023-08-18", "2023-08-19", "2023-08-18"},
      {"a single month", "2023-08", "2023-08", "2023-09-01", "2023-08"},
      {"a single year", "1965", "1965", "1966-01-01", "1965"},
      {"a single part of a decade", "late 1930s", "late 1930s", "1940-01-01", "late 1930s"},
      {"a single approximate year", "~1965", "~1965", "1966-01-01", "~1965"},
      {"two years", "1965/1966", "1965", "1966", "1965/1966"},
      {"a day to the next day", "1965-06-22/1965-06-23", "1965-06-22", "1965-06-23", "1965-06-22"},
      {"approximate ends", "c. 1950/circa 1960", "~1950", "~1960", "~1950/~1960"},
      {"mixed precision", "1910/1945-08-15", "1910", "1945-08-15", "1910/1945-08-15"},
      {"negative years", "-0660/663", "-0660", "0663", "-0660/0663"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const auto i = parse_interval(c.text);
    ASSERT_TRUE(i.has_value()) << c.text;
    EXPECT_EQ(i->start(), d(c.start));
    EXPECT_EQ(i->end(), d(c.end));
    EXPECT_EQ(to_string(*i), c.canonical);
    EXPECT_EQ(parse_interval(to_string(*i)), i);
  }
}

TEST(interval, rejects_invalid_text) {
  struct case_ {
    std::string_view name, text;
  };
  const case_ cases[] = {
      {"empty text", ""},
      {"dots alone", ".."},
      {"three dots", "1950/..."},
      {"end before start", "1950/1945"},
      {"end equal to start", "1950/1950"},
      {"not a date", "abc"},
      {"a bad end", "1950/abc"},
      {"a bad start", "abc/1950"},
      {"three parts", "1950/1960/1970"},
      {"a leading space", " 1950/1960"},
      {"a space before the slash", "1950 /1960"},
      {"a space after the slash", "1950/ 1960"},
      {"a double dash", "1950--1960"},
      {"an impossible single day", "2023-02-30"},
      {"an impossible start", "2023-02-30/.."},
      {"a single date at the end of the calendar", "9999"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(parse_interval(c.text), std::nullopt) << '"' << c.text << '"';
  }
}

TEST(interval, round_trips_through_its_canonical_text) {
  std::vector<interval> all = {
      interval{},
      iv("1953", ""),
      iv("", "1945"),
      iv("1910-08-29", "1945-08-15"),
      iv("1965-06-22", "1965-06-23"),
      iv("1965-06-22", "~1965-06-23"),
      iv("~1965-06-22", "1965-06-23"),
      iv("1965", "1966"),
      iv("1965", "1966-01-01"),
      iv("1965", "1966-01"),
      iv("early 1930s", "mid 20th century"),
      iv("-9999-01-01", "9999-12-31"),
  };
  for (const auto text : {"1965-06-22", "2024-02", "1910", "1930s", "late 1930s", "7th century",
                          "~early 20th century", "-0660"}) {
    all.push_back(*interval::covering(*d(text)));
  }
  for (const auto& i : all) {
    const auto text = to_string(i);
    SCOPED_TRACE(text);
    EXPECT_EQ(parse_interval(text), i);
  }
}

TEST(interval, names_time_rules) {
  EXPECT_EQ(to_string(time_rule::first_day), "first_day");
  EXPECT_EQ(to_string(time_rule::certain), "certain");
  EXPECT_EQ(to_string(time_rule::possible), "possible");
}

TEST(interval, parses_time_rule_names_and_nothing_else) {
  for (const auto r : {time_rule::first_day, time_rule::certain, time_rule::possible}) {
    SCOPED_TRACE(to_string(r));
    EXPECT_EQ(geokg::parse_time_rule(to_string(r)), r);
  }
  for (const std::string_view bad : {"", "maybe", "First_day", "certain "}) {
    SCOPED_TRACE(bad);
    EXPECT_EQ(geokg::parse_time_rule(bad), std::nullopt);
  }
  static_assert(geokg::parse_time_rule("possible") == time_rule::possible);
}

TEST(interval, an_end_before_the_start_names_the_end) {
  try {
    (void)geokg::interval(parse_date("2000"), parse_date("1990"));
    ADD_FAILURE() << "no exception";
  } catch (const geokg::data_error& e) {
    EXPECT_EQ(e.code(), geokg::errc::end_before_start);
    EXPECT_EQ(e.field(), "end");
  }
}

}  // namespace
