// SPDX-License-Identifier: MIT
// Tests for geokg/core/source.hpp: source kinds, sources and citations.

#include "geokg/core/source.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace {

using geokg::citation;
using geokg::parse_source_kind;
using geokg::source_document;
using geokg::source_kind;

TEST(source, kind_names_round_trip) {
  struct case_ {
    source_kind kind;
    std::string_view name;
  };
  const case_ cases[] = {
      {source_kind::primary, "primary"},   {source_kind::government, "government"},
      {source_kind::news, "news"},         {source_kind::reference, "reference"},
      {source_kind::analysis, "analysis"}, {source_kind::dataset, "dataset"},
      {source_kind::other, "other"},
  };
  std::set<std::string_view> names;
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(to_string(c.kind), c.name);
    EXPECT_EQ(parse_source_kind(c.name), c.kind);
    EXPECT_TRUE(names.insert(to_string(c.kind)).second) << "duplicate name";
  }
}

TEST(source, rejects_unknown_kind_names) {
  const std::string_view cases[] = {"",      "Primary",   "NEWS", "news ",
                                    " news", "newspaper", "?",    "government_page"};
  for (const auto text : cases) {
    SCOPED_TRACE(text);
    EXPECT_EQ(parse_source_kind(text), std::nullopt);
  }
}

TEST(source, defaults_to_an_unassessed_other_source) {
  const source_document s{};
  EXPECT_EQ(s.kind, source_kind::other);
  EXPECT_EQ(s.published, std::nullopt);
  EXPECT_EQ(s.reliability, std::nullopt);
  EXPECT_TRUE(s.id.empty());
  const citation c{};
  EXPECT_EQ(c.confidence, std::nullopt);
  EXPECT_TRUE(c.source.empty());
}

TEST(source, compares_every_field) {
  source_document a{};
  a.id = "whitehouse_2023_camp_david";
  a.kind = source_kind::government;
  a.title = "The Spirit of Camp David";
  a.published = geokg::parse_date("2023-08-18");
  a.reliability = 0.9;
  source_document b = a;
  EXPECT_EQ(a, b);
  b.published = geokg::parse_date("2023-08");
  EXPECT_NE(a, b);
  b = a;
  b.reliability = std::nullopt;
  EXPECT_NE(a, b);
  b = a;
  b.kind = source_kind::news;
  EXPECT_NE(a, b);

  const citation c{"whitehouse_2023_camp_david", "para. 3", "We ...", 0.8};
  EXPECT_EQ(c, (citation{"whitehouse_2023_camp_david", "para. 3", "We ...", 0.8}));
  EXPECT_NE(c, (citation{"whitehouse_2023_camp_david", "para. 4", "We ...", 0.8}));
  EXPECT_NE(c, (citation{"whitehouse_2023_camp_david", "para. 3", "We ...", std::nullopt}));
}

}  // namespace
