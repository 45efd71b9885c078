// SPDX-License-Identifier: MIT
// Tests for geokg/core/actor_id.hpp: id syntax, construction, ordering, hashing.

#include "geokg/core/actor_id.hpp"

#include <gtest/gtest.h>

#include <compare>
#include <cstddef>
#include <functional>
#include <iterator>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_set>

namespace geokg {
// Readable failure messages.
void PrintTo(const actor_id& id, std::ostream* os) {
  *os << '\'' << id.str() << '\'';
}
}  // namespace geokg

namespace {

using geokg::actor_id;
using geokg::is_valid_id;
using geokg::parse_actor_id;

const std::string id_64(64, 'a');
const std::string id_65(65, 'a');

TEST(actor_id, accepts_valid_ids) {
  struct case_ {
    std::string_view name, text;
  };
  const case_ cases[] = {
      {"an ISO alpha-3 code", "JPN"},
      {"an organisation", "QUAD"},
      {"a person with an underscore", "xi_jinping"},
      {"one letter", "a"},
      {"one digit", "7"},
      {"a leading digit", "740"},
      {"dots", "U.S.A"},
      {"a dash", "cow-740"},
      {"every allowed character", "A1_b-2.cZ9"},
      {"64 characters", id_64},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_TRUE(is_valid_id(c.text));
    const auto parsed = parse_actor_id(c.text);
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->str(), c.text);
    EXPECT_EQ(parsed->view(), c.text);
    EXPECT_EQ(to_string(*parsed), c.text);
    EXPECT_EQ(actor_id(c.text), *parsed);
  }
}

TEST(actor_id, rejects_invalid_ids) {
  struct case_ {
    std::string_view name, text;
  };
  const case_ cases[] = {
      {"empty text", ""},
      {"65 characters", id_65},
      {"a leading underscore", "_JPN"},
      {"a leading dash", "-JPN"},
      {"a leading dot", ".JPN"},
      {"an inner space", "J PN"},
      {"a leading space", " JPN"},
      {"a trailing space", "JPN "},
      {"a slash", "JPN/KOR"},
      {"a colon", "cow:740"},
      {"a newline", "JPN\n"},
      {"non-ASCII letters", "Jap\xC3\xA3o"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_FALSE(is_valid_id(c.text));
    EXPECT_EQ(parse_actor_id(c.text), std::nullopt);
    try {
      (void)actor_id(c.text);
      ADD_FAILURE() << "no exception";
    } catch (const geokg::data_error& e) {
      const std::string message =
          "invalid actor id '" + std::string(c.text) +
          "' (expected 1-64 letters, digits, '_', '-' or '.', starting with a letter or digit)";
      EXPECT_EQ(e.code(), geokg::errc::invalid_id);
      EXPECT_EQ(e.where(), geokg::location{});
      EXPECT_EQ(e.message(), message);
      EXPECT_EQ(std::string(e.what()), "error: " + message + " [geokg.invalid_id]");
    }
  }
  EXPECT_FALSE(is_valid_id(std::string_view("JPN\0X", 5))) << "an embedded NUL";
}

TEST(actor_id, allows_at_most_64_characters) {
  EXPECT_TRUE(is_valid_id(std::string(63, 'Z')));
  EXPECT_TRUE(is_valid_id(id_64));
  EXPECT_FALSE(is_valid_id(id_65));
  EXPECT_FALSE(is_valid_id(std::string(1000, 'a')));
  EXPECT_NO_THROW((void)actor_id(id_64));
  EXPECT_THROW((void)actor_id(id_65), geokg::data_error);
}

TEST(actor_id, is_case_sensitive) {
  EXPECT_NE(actor_id("JPN"), actor_id("jpn"));
  EXPECT_EQ(actor_id("JPN"), actor_id("JPN"));
}

TEST(actor_id, orders_by_text_bytes) {
  // Strictly increasing: byte order, so capitals come before lower case and prefixes first.
  const std::string_view sorted[] = {"740", "A", "AB", "B", "JPN", "KOR", "a", "jpn", "xi_jinping"};
  const auto n = std::size(sorted);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      SCOPED_TRACE(std::string(sorted[i]) + " vs " + std::string(sorted[j]));
      const actor_id a(sorted[i]);
      const actor_id b(sorted[j]);
      const auto expected = i < j   ? std::strong_ordering::less
                            : i > j ? std::strong_ordering::greater
                                    : std::strong_ordering::equal;
      EXPECT_TRUE((a <=> b) == expected);
      EXPECT_EQ(a == b, i == j);
      EXPECT_EQ(a < b, i < j);
    }
  }
}

TEST(actor_id, hashes_by_text) {
  const std::hash<actor_id> hash{};
  EXPECT_EQ(hash(actor_id("JPN")), hash(*parse_actor_id("JPN")));

  std::unordered_set<actor_id> ids;
  EXPECT_TRUE(ids.insert(actor_id("JPN")).second);
  EXPECT_TRUE(ids.insert(actor_id("KOR")).second);
  EXPECT_FALSE(ids.insert(actor_id("JPN")).second);
  EXPECT_TRUE(ids.insert(actor_id("jpn")).second);
  EXPECT_EQ(ids.size(), 3U);
  EXPECT_EQ(ids.count(actor_id("KOR")), 1U);
  EXPECT_EQ(ids.count(actor_id("CHN")), 0U);
}

TEST(actor_id, is_not_implicitly_made_from_strings) {
  EXPECT_FALSE((std::is_convertible_v<std::string, actor_id>));
  EXPECT_FALSE((std::is_convertible_v<std::string_view, actor_id>));
  EXPECT_FALSE((std::is_convertible_v<const char*, actor_id>));
  EXPECT_FALSE((std::is_default_constructible_v<actor_id>));
  EXPECT_TRUE((std::is_constructible_v<actor_id, std::string_view>));
}

TEST(actor_id, validates_at_compile_time) {
  static_assert(is_valid_id("JPN"));
  static_assert(!is_valid_id("_JPN"));
  constexpr bool valid = is_valid_id("xi_jinping");
  EXPECT_TRUE(valid);
}

}  // namespace
