// SPDX-License-Identifier: MIT
// Tests for geokg/core/sign.hpp: parsing, text, integers, the sign of a sum.

#include "geokg/core/sign.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <optional>
#include <string_view>

namespace {

using geokg::parse_sign;
using geokg::sign;

TEST(sign, parses_every_documented_spelling) {
  struct case_ {
    std::string_view text;
    sign expected;
  };
  const case_ cases[] = {
      {"+", sign::positive},        {"1", sign::positive}, {"+1", sign::positive},
      {"positive", sign::positive}, {"-", sign::negative}, {"-1", sign::negative},
      {"negative", sign::negative}, {"0", sign::neutral},  {"neutral", sign::neutral},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(parse_sign(c.text), c.expected);
  }
}

TEST(sign, rejects_other_text) {
  const std::string_view cases[] = {
      "",   "pos", "Positive", "NEGATIVE", "+0",           "-0",
      "2",  "01",  " +",       "+ ",       "\xE2\x88\x92",  // U+2212
      "++",
  };
  for (const auto text : cases) {
    SCOPED_TRACE(text);
    EXPECT_EQ(parse_sign(text), std::nullopt);
  }
}

TEST(sign, has_text_and_integer_forms) {
  struct case_ {
    sign s;
    std::string_view text;
    int value;
  };
  const case_ cases[] = {
      {sign::positive, "+", 1},
      {sign::negative, "-", -1},
      {sign::neutral, "0", 0},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(to_string(c.s), c.text);
    EXPECT_EQ(to_int(c.s), c.value);
    EXPECT_EQ(parse_sign(to_string(c.s)), c.s);
  }
}

TEST(sign, sign_of_a_sum_collapses_to_minus_one_zero_or_one) {
  struct case_ {
    std::string_view name;
    long long sum;
    sign expected;
  };
  const case_ cases[] = {
      {"zero", 0, sign::neutral},
      {"one", 1, sign::positive},
      {"several positives", 5, sign::positive},
      {"minus one", -1, sign::negative},
      {"several negatives", -7, sign::negative},
      {"the largest sum", std::numeric_limits<long long>::max(), sign::positive},
      {"the smallest sum", std::numeric_limits<long long>::min(), sign::negative},
      {"a positive and a negative tie cancel",
       geokg::to_int(sign::positive) + geokg::to_int(sign::negative), sign::neutral},
      {"two positives and a negative",
       2 * geokg::to_int(sign::positive) + geokg::to_int(sign::negative), sign::positive},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(geokg::sign_of(c.sum), c.expected);
  }
}

}  // namespace
