// SPDX-License-Identifier: MIT
// Tests for geokg/core/quantity.hpp: exact values, ranges, validation, text form.

#include "geokg/core/quantity.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace geokg {
// Readable failure messages.
void PrintTo(const quantity& q, std::ostream* os) {
  *os << to_string(q);
}
}  // namespace geokg

namespace {

using geokg::parse_quantity;
using geokg::quantity;

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double inf = std::numeric_limits<double>::infinity();

TEST(quantity, exact_has_equal_bounds) {
  const auto q = quantity::exact(3e8, "USD");
  EXPECT_EQ(q.low, 3e8);
  EXPECT_EQ(q.high, 3e8);
  EXPECT_EQ(q.unit, "USD");
  EXPECT_FALSE(q.approximate);
  EXPECT_TRUE(q.is_exact());
}

TEST(quantity, range_keeps_its_bounds) {
  struct case_ {
    std::string_view name;
    double low, high;
    bool exact;
  };
  const case_ cases[] = {
      {"hundreds of millions", 1e8, 1e9, false},
      {"tens of thousands", 1e4, 1e5, false},
      {"equal bounds", 5, 5, true},
      {"negative bounds", -3, -1, false},
      {"across zero", -1.5, 2.5, false},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const auto q = quantity::range(c.low, c.high, "person");
    EXPECT_EQ(q.low, c.low);
    EXPECT_EQ(q.high, c.high);
    EXPECT_EQ(q.unit, "person");
    EXPECT_FALSE(q.approximate);
    EXPECT_EQ(q.is_exact(), c.exact);
  }
}

TEST(quantity, rejects_invalid_bounds) {
  struct case_ {
    std::string_view name;
    double low, high;
  };
  const case_ cases[] = {
      {"low above high", 5, 1},     {"a NaN low", nan, 1},        {"a NaN high", 1, nan},
      {"an infinite high", 1, inf}, {"an infinite low", -inf, 1}, {"both infinite", -inf, inf},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    try {
      (void)quantity::range(c.low, c.high, "USD");
      ADD_FAILURE() << "no exception";
    } catch (const geokg::data_error& e) {
      EXPECT_EQ(e.code(), geokg::errc::invalid_value);
      EXPECT_EQ(e.where(), geokg::location{});
      EXPECT_EQ(e.message().rfind("invalid quantity range ", 0), 0U) << e.message();
      EXPECT_EQ(std::string(e.what()), "error: " + e.message() + " [geokg.invalid_value]");
    }
  }
  EXPECT_THROW((void)quantity::exact(nan, "USD"), geokg::data_error);
  EXPECT_THROW((void)quantity::exact(inf, "USD"), geokg::data_error);
  EXPECT_THROW((void)quantity::exact(-inf, "USD"), geokg::data_error);
}

TEST(quantity, error_message_quotes_the_offending_bounds) {
  // Small bounds must stay recognisable: "0.000000..0.000000" would not say which range was bad.
  try {
    (void)quantity::range(2e-7, 1e-7, "km");
    ADD_FAILURE() << "no exception";
  } catch (const geokg::data_error& e) {
    EXPECT_NE(e.message().find("2e-07"), std::string::npos) << e.message();
    EXPECT_NE(e.message().find("1e-07"), std::string::npos) << e.message();
  }
}

TEST(quantity, parses_its_text_form) {
  struct case_ {
    std::string_view name, text;
    double low, high;
    std::string_view unit;
    bool approximate;
    std::string_view canonical;
  };
  const case_ cases[] = {
      {"an exact integer", "300000000 USD", 3e8, 3e8, "USD", false, "3e+08 USD"},
      {"an exact value in exponent form", "3e+08 USD", 3e8, 3e8, "USD", false, "3e+08 USD"},
      {"a range", "1e8..1e9 USD", 1e8, 1e9, "USD", false, "1e+08..1e+09 USD"},
      {"an approximate value", "~200000 person", 2e5, 2e5, "person", true, "~2e+05 person"},
      {"an approximate range", "~1e4..1e5 person", 1e4, 1e5, "person", true,
       "~10000..1e+05 person"},
      {"a decimal", "1.5 km2", 1.5, 1.5, "km2", false, "1.5 km2"},
      {"a count without unit", "6", 6, 6, "", false, "6"},
      {"a small decimal", "0.1 t", 0.1, 0.1, "t", false, "0.1 t"},
      {"zero", "0 USD", 0, 0, "USD", false, "0 USD"},
      {"negative bounds", "-3..-1 degC", -3, -1, "degC", false, "-3..-1 degC"},
      {"a unit with a space", "5 square km", 5, 5, "square km", false, "5 square km"},
      {"a range with equal bounds", "5..5 USD", 5, 5, "USD", false, "5 USD"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const auto q = parse_quantity(c.text);
    ASSERT_TRUE(q.has_value()) << c.text;
    EXPECT_EQ(q->low, c.low);
    EXPECT_EQ(q->high, c.high);
    EXPECT_EQ(q->unit, c.unit);
    EXPECT_EQ(q->approximate, c.approximate);
    EXPECT_EQ(to_string(*q), c.canonical);
    EXPECT_EQ(parse_quantity(to_string(*q)), q);
  }
}

TEST(quantity, rejects_malformed_text) {
  struct case_ {
    std::string_view name, text;
  };
  const case_ cases[] = {
      {"empty text", ""},
      {"a word for a number", "abc USD"},
      {"a range without a high bound or unit", "1e8.."},
      {"a range without a high bound", "1e8.. USD"},
      {"a range without a low bound", "..1e9 USD"},
      {"an empty unit", "5 "},
      {"a plus sign", "+5 USD"},
      {"a unit alone", "USD"},
      {"a leading space", " 5 USD"},
      {"a space after the tilde", "~ 5 USD"},
      {"two tildes", "~~5 USD"},
      {"low above high", "9..1 USD"},
      {"NaN", "nan USD"},
      {"infinity", "inf USD"},
      {"minus infinity", "-inf USD"},
      {"a NaN bound", "1..nan USD"},
      {"out of double range", "1e400 USD"},
      {"a thousands separator", "5,000 USD"},
      {"hexadecimal", "0x10 USD"},
      {"three bounds", "5..6..7 USD"},
      {"a trailing exponent mark", "5e USD"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(parse_quantity(c.text), std::nullopt) << '"' << c.text << '"';
  }
}

TEST(quantity, round_trips_through_its_canonical_text) {
  auto about = quantity::range(1e8, 1e9, "USD");
  about.approximate = true;
  const quantity cases[] = {
      quantity::exact(3e8, "USD"),
      quantity::exact(0.1, "t"),
      quantity::exact(1.0 / 3.0, "share"),
      quantity::exact(123456789.123, "USD"),
      quantity::exact(-2.5, "degC"),
      quantity::exact(5e-324, "tiny"),
      quantity::exact(std::numeric_limits<double>::max(), "huge"),
      quantity::range(1e-300, 1e300, "x"),
      quantity::range(1e4, 1e5, "person"),
      quantity::exact(5, "square km"),
      about,
  };
  for (const auto& q : cases) {
    const auto text = to_string(q);
    SCOPED_TRACE(text);
    EXPECT_EQ(parse_quantity(text), q);
  }
}

TEST(quantity, text_of_a_quantity_without_unit_is_readable) {
  // A quantity without unit (a count) is written without a unit part and reads back.
  struct case_ {
    std::string_view name;
    quantity q;
  };
  const case_ cases[] = {
      {"default-constructed", quantity{}},
      {"exact with an empty unit", quantity::exact(5, "")},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(parse_quantity(to_string(c.q)), c.q) << '"' << to_string(c.q) << '"';
  }
}

TEST(quantity, compares_every_field) {
  const auto base = quantity::range(1e8, 1e9, "USD");
  auto about = base;
  about.approximate = true;
  EXPECT_EQ(base, quantity::range(1e8, 1e9, "USD"));
  EXPECT_NE(base, quantity::range(1e8, 2e9, "USD"));
  EXPECT_NE(base, quantity::range(2e7, 1e9, "USD"));
  EXPECT_NE(base, quantity::range(1e8, 1e9, "JPY"));
  EXPECT_NE(base, about);
  const geokg::named_quantity grants{"grants", quantity::exact(3e8, "USD")};
  EXPECT_EQ(grants, (geokg::named_quantity{"grants", quantity::exact(3e8, "USD")}));
  EXPECT_NE(grants, (geokg::named_quantity{"loans", quantity::exact(3e8, "USD")}));
}

}  // namespace
