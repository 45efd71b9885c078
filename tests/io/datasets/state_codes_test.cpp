// SPDX-License-Identifier: MIT
// The built-in state identity table: one id per state, dated codes, names.

#include <gtest/gtest.h>

#include <geokg/io/state_codes.hpp>

namespace {

using geokg::code_system;
using geokg::parse_date;
using geokg::io::state_codes;

const state_codes& table() {
  static const state_codes codes = state_codes::builtin();
  return codes;
}

TEST(StateCodes, CowCodesMapToIsoAlpha3) {
  EXPECT_EQ(table().by_cow(2)->id.view(), "USA");
  EXPECT_EQ(table().by_cow(732)->id.view(), "KOR");
  EXPECT_EQ(table().by_cow(731)->id.view(), "PRK");
  EXPECT_EQ(table().by_cow(740)->id.view(), "JPN");
  EXPECT_EQ(table().by_cow(710)->id.view(), "CHN");
  EXPECT_EQ(table().by_cow(365)->id.view(), "RUS");  // Russia and the USSR: one COW state
  EXPECT_EQ(table().by_cow(999), nullptr);
}

TEST(StateCodes, GermanyIsOneStateUnderTwoCowCodes) {
  EXPECT_EQ(table().by_cow(255)->id.view(), "DEU");
  EXPECT_EQ(table().by_cow(260)->id.view(), "DEU");
  EXPECT_EQ(table().by_cow(265)->id.view(), "DDR");  // withdrawn ISO 3166-3 code
  // Dated: COW 255 denotes a member in 1900 and again in 2000, not in 1970 (then 260 and 265).
  EXPECT_NE(table().by_cow(255, *parse_date("1900")), nullptr);
  EXPECT_EQ(table().by_cow(255, *parse_date("1970")), nullptr);
  EXPECT_NE(table().by_cow(260, *parse_date("1970")), nullptr);
  EXPECT_NE(table().by_cow(255, *parse_date("2000")), nullptr);
  EXPECT_EQ(table().by_id("DEU").size(), 2U);
}

TEST(StateCodes, HistoricalStatesWithoutIsoGetADocumentedId) {
  // COW 730 is the Korea of 1887-1905, not the Republic of Korea.
  const auto* korea = table().by_cow(730);
  ASSERT_NE(korea, nullptr);
  EXPECT_EQ(korea->id.view(), "COW-KOR");
  EXPECT_EQ(table().by_cow(245)->id.view(), "COW-BAV");
}

TEST(StateCodes, JapanHasTwoMembershipSpells) {
  const auto japan = table().make_actor("JPN");
  ASSERT_EQ(japan.existence.size(), 2U);
  EXPECT_EQ(to_string(japan.existence[0]), "1860-01-01/1945-08-15");
  EXPECT_EQ(to_string(japan.existence[1]), "1952-04-28/..");
  EXPECT_FALSE(japan.exists_at(*parse_date("1950")));
  EXPECT_EQ(japan.code_at(code_system::cow, *parse_date("1960")), "740");
  EXPECT_EQ(japan.code_at(code_system::iso_alpha2, *parse_date("1960")), "JP");
}

TEST(StateCodes, GermanyActorJoinsItsSpellsAndDatesItsCodes) {
  const auto germany = table().make_actor("DEU");
  EXPECT_EQ(germany.name, "Germany");
  ASSERT_EQ(germany.existence.size(), 2U);  // 1955-1990 (260) and from 1990 (255) join
  EXPECT_EQ(to_string(germany.existence[1]), "1955-05-05/..");
  EXPECT_EQ(germany.code_at(code_system::cow, *parse_date("1970")), "260");
  EXPECT_EQ(germany.code_at(code_system::cow, *parse_date("2000")), "255");
  EXPECT_EQ(germany.code_at(code_system::cow, *parse_date("1900")), "255");
}

TEST(StateCodes, OtherSchemesAndNames) {
  EXPECT_EQ(table().by_code(code_system::cameo, "KOR")->view(), "KOR");
  EXPECT_EQ(table().by_code(code_system::cow_abbrev, "ROK")->view(), "KOR");
  EXPECT_EQ(table().by_code(code_system::iso_alpha2, "KP")->view(), "PRK");
  EXPECT_EQ(table().by_code(code_system::cow, "740")->view(), "JPN");
  EXPECT_FALSE(table().by_code(code_system::cow, "07x40"));
  EXPECT_EQ(table().by_name("Korea, Republic of", *parse_date("2000"))->view(), "KOR");
  EXPECT_EQ(table().by_name("south  KOREA", *parse_date("2000"))->view(), "KOR");
  EXPECT_EQ(table().by_name("North Korea", *parse_date("2000"))->view(), "PRK");
  EXPECT_EQ(table().by_name("United States", *parse_date("2000"))->view(), "USA");
  EXPECT_FALSE(table().by_name("Atlantis", *parse_date("2000")));
  EXPECT_EQ(state_codes::normalize_name("  Korea, Republic of "), "korea republic of");
}

TEST(StateCodes, ASuppliedTableIsCheckedWithLocations) {
  try {
    (void)state_codes::from_csv("id,cow\nKOR,732\n", "id,name\n");
    FAIL() << "a table without its columns was accepted";
  } catch (const geokg::data_error& e) {
    EXPECT_EQ(e.code(), geokg::errc::missing_field);
    EXPECT_NE(std::string(e.what()).find("cow_abbrev"), std::string::npos);
  }
  const std::string header =
      "id,cow,cow_abbrev,name,start,end,gw,iso_alpha2,iso_numeric,fips,cameo\n";
  try {
    (void)state_codes::from_csv(header + "KOR,732,ROK,South Korea,1949-06-31,,732,KR,410,KS,KOR\n",
                                "id,name\n");
    FAIL() << "an impossible date was accepted";
  } catch (const geokg::data_error& e) {
    EXPECT_EQ(e.code(), geokg::errc::invalid_date);
    EXPECT_EQ(e.where().line, 2U);
    EXPECT_EQ(e.where().column, 25U);
  }
}

}  // namespace
