// SPDX-License-Identifier: MIT
#include "geokg/core/actor.hpp"

#include <gtest/gtest.h>

namespace {

geokg::date d(std::string_view text) {
  return geokg::parse_date(text).value();
}

// The Republic of Korea as COW codes it: one spell since 1949 (COW 732); the earlier Korean
// state (COW 730) is a different actor.
geokg::actor south_korea() {
  return {.id = geokg::actor_id("KOR"),
          .kind = geokg::actor_kind::state,
          .name = "Republic of Korea",
          .aliases = {"South Korea", "ROK"},
          .codes = {{geokg::code_system::cow, "732", geokg::interval::since(d("1949-01-01"))},
                    {geokg::code_system::iso_alpha3, "KOR", {}}},
          .existence = {geokg::interval::since(d("1948-08-15"))}};
}

TEST(actor, exists_only_within_its_spells) {
  const auto kor = south_korea();
  EXPECT_FALSE(kor.exists_at(d("1910-08-29")));
  EXPECT_FALSE(kor.exists_at(d("1948-08-14")));
  EXPECT_TRUE(kor.exists_at(d("1948-08-15")));
  EXPECT_TRUE(kor.exists_at(d("2023-08-18")));
}

TEST(actor, with_several_spells_exists_in_each_and_not_between) {
  // Japan's COW membership: 1816-1945 and from 1952 (two spells).
  geokg::actor japan{.id = geokg::actor_id("JPN"),
                     .existence = {geokg::interval(d("1816-01-01"), d("1945-09-02")),
                                   geokg::interval::since(d("1952-04-28"))}};
  EXPECT_TRUE(japan.exists_at(d("1910")));
  EXPECT_FALSE(japan.exists_at(d("1950")));
  EXPECT_TRUE(japan.exists_at(d("1965-06-22")));
  EXPECT_TRUE(japan.exists_throughout(geokg::interval(d("1905"), d("1910"))));
  EXPECT_FALSE(japan.exists_throughout(geokg::interval(d("1940"), d("1953"))));
  EXPECT_FALSE(japan.exists_throughout(geokg::interval::since(d("1940"))));
}

TEST(actor, without_spells_always_exists) {
  geokg::actor quad{.id = geokg::actor_id("QUAD"), .kind = geokg::actor_kind::organisation};
  EXPECT_TRUE(quad.exists_at(d("0663")));
  EXPECT_TRUE(quad.exists_throughout(geokg::interval()));
}

TEST(actor, codes_are_dated) {
  const auto kor = south_korea();
  EXPECT_EQ(kor.code_at(geokg::code_system::cow, d("1990")), "732");
  EXPECT_EQ(kor.code_at(geokg::code_system::cow, d("1948-09")), std::nullopt);
  EXPECT_EQ(kor.code_at(geokg::code_system::iso_alpha3, d("1948-09")), "KOR");
  EXPECT_EQ(kor.code_at(geokg::code_system::gleditsch_ward, d("1990")), std::nullopt);
}

TEST(actor_kind, names_round_trip_and_aliases_parse) {
  for (auto k : {geokg::actor_kind::state, geokg::actor_kind::organisation,
                 geokg::actor_kind::group, geokg::actor_kind::person, geokg::actor_kind::other}) {
    SCOPED_TRACE(geokg::to_string(k));
    EXPECT_EQ(geokg::parse_actor_kind(geokg::to_string(k)), k);
  }
  EXPECT_EQ(geokg::parse_actor_kind("leader"), geokg::actor_kind::person);
  EXPECT_EQ(geokg::parse_actor_kind("organization"), geokg::actor_kind::organisation);
  EXPECT_EQ(geokg::parse_actor_kind("State"), std::nullopt);
  EXPECT_EQ(geokg::parse_actor_kind(""), std::nullopt);
}

TEST(code_system, names_round_trip_and_aliases_parse) {
  for (auto s :
       {geokg::code_system::cow, geokg::code_system::cow_abbrev, geokg::code_system::gleditsch_ward,
        geokg::code_system::iso_alpha3, geokg::code_system::iso_alpha2,
        geokg::code_system::iso_numeric, geokg::code_system::cameo, geokg::code_system::wikidata,
        geokg::code_system::other}) {
    SCOPED_TRACE(geokg::to_string(s));
    EXPECT_EQ(geokg::parse_code_system(geokg::to_string(s)), s);
  }
  EXPECT_EQ(geokg::parse_code_system("ccode"), geokg::code_system::cow);
  EXPECT_EQ(geokg::parse_code_system("gw"), geokg::code_system::gleditsch_ward);
  EXPECT_EQ(geokg::parse_code_system("iso"), std::nullopt);
}

}  // namespace
