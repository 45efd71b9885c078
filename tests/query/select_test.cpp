// SPDX-License-Identifier: MIT
#include "geokg/query/select.hpp"

#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "test_graphs.hpp"

namespace {

using namespace geokg::query::testing;
using actors = std::vector<geokg::actor_index>;

class select_test : public ::testing::Test {
 protected:
  geokg::knowledge_graph g = jku_graph();
};

TEST_F(select_test, actors_by_kind_and_existence) {
  EXPECT_EQ(geokg::query::actors_of_kind(g, geokg::actor_kind::organisation), (actors{QUAD}));
  EXPECT_EQ(geokg::query::actors_of_kind(g, geokg::actor_kind::person), actors{});
  EXPECT_EQ(geokg::query::actors_existing_at(g, d("1905")),
            (actors{USA, JPN, CHN, KOREA_EMPIRE, QUAD}));
  EXPECT_EQ(geokg::query::actors_existing_at(g, d("1948-09-01")),
            (actors{USA, JPN, KOR, CHN, QUAD}));  // the DPRK was proclaimed on 9 September
}

TEST_F(select_test, find_by_code_is_dated) {
  struct case_ {
    std::string_view name;
    geokg::code_system system;
    std::string_view code;
    std::string_view when;
    std::optional<geokg::actor_index> expected;
  };
  const case_ cases[] = {
      {"COW 732 is the ROK in 1990", geokg::code_system::cow, "732", "1990", KOR},
      {"COW 732 is nobody before 1949", geokg::code_system::cow, "732", "1948-12-31", std::nullopt},
      {"COW 730 is the Korean Empire in 1900", geokg::code_system::cow, "730", "1900",
       KOREA_EMPIRE},
      {"COW 730 lapsed with the 1905 protectorate", geokg::code_system::cow, "730", "1906",
       std::nullopt},
      {"an undated code holds always", geokg::code_system::cow, "740", "0700", JPN},
      {"codes are compared as text", geokg::code_system::cow, "0740", "2000", std::nullopt},
      {"the system matters", geokg::code_system::gleditsch_ward, "740", "2000", std::nullopt},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(geokg::query::find_by_code(g, c.system, c.code, d(c.when)), c.expected);
  }
  EXPECT_EQ(geokg::query::actors_with_code(g, geokg::code_system::cow, "730"),
            (actors{KOREA_EMPIRE}));
}

TEST_F(select_test, codes_reused_over_time_resolve_by_date) {
  // COW 255 is Germany until 1945 and from 1990; 260 is West Germany in between.
  geokg::knowledge_graph h;
  h.add_actor({.id = geokg::actor_id("GMY"),
               .codes = {{geokg::code_system::cow, "255", span("1816/1945-05-08")},
                         {geokg::code_system::cow, "255", span("1990-10-03/..")}}});
  h.add_actor({.id = geokg::actor_id("GFR"),
               .codes = {{geokg::code_system::cow, "260", span("1955-05-05/1990-10-03")}}});
  EXPECT_EQ(geokg::query::find_by_code(h, geokg::code_system::cow, "255", d("1930")), 0U);
  EXPECT_EQ(geokg::query::find_by_code(h, geokg::code_system::cow, "255", d("1970")), std::nullopt);
  EXPECT_EQ(geokg::query::find_by_code(h, geokg::code_system::cow, "260", d("1970")), 1U);
  EXPECT_EQ(geokg::query::find_by_code(h, geokg::code_system::cow, "255", d("1990-10-03")), 0U);
}

TEST_F(select_test, names_and_aliases_ignore_case) {
  EXPECT_EQ(geokg::query::find_by_name(g, "south korea"), KOR);
  EXPECT_EQ(geokg::query::find_by_name(g, "ROK"), KOR);
  EXPECT_EQ(geokg::query::find_by_name(g, "Dprk"), PRK);
  EXPECT_EQ(geokg::query::find_by_name(g, "JAPAN"), JPN);
  EXPECT_EQ(geokg::query::find_by_name(g, "Korea"), std::nullopt);  // exact, not a substring
  EXPECT_EQ(geokg::query::find_by_name(g, "JPN"), std::nullopt);    // ids are not names
  EXPECT_EQ(geokg::query::actors_named(g, "china"), (actors{CHN}));
  EXPECT_TRUE(geokg::query::iequals("Republic of Korea", "REPUBLIC OF KOREA"));
  EXPECT_FALSE(geokg::query::iequals("Korea", "Kore"));
}

TEST_F(select_test, edit_distance_is_levenshtein_ignoring_case) {
  EXPECT_EQ(geokg::query::edit_distance("kitten", "sitting"), 3U);
  EXPECT_EQ(geokg::query::edit_distance("", "abc"), 3U);
  EXPECT_EQ(geokg::query::edit_distance("abc", ""), 3U);
  EXPECT_EQ(geokg::query::edit_distance("KOR", "kor"), 0U);
  EXPECT_EQ(geokg::query::edit_distance("KOR1", "KOR"), 1U);
  EXPECT_EQ(geokg::query::edit_distance("flaw", "lawn"), 2U);
}

TEST_F(select_test, suggest_actors_says_did_you_mean) {
  const auto s = geokg::query::suggest_actors(g, "KOR1", 3);
  ASSERT_EQ(s.size(), 3U);
  EXPECT_EQ(s[0], (geokg::query::actor_suggestion{KOR, "KOR", 1}));
  EXPECT_LE(s[0].distance, s[1].distance);
  EXPECT_LE(s[1].distance, s[2].distance);
  // "Jpan" is one edit from the id "JPN" and from the name "Japan": the id wins the tie.
  EXPECT_EQ(geokg::query::suggest_actors(g, "Jpan", 1).front(),
            (geokg::query::actor_suggestion{JPN, "JPN", 1}));
  // Aliases count: "nort korea" is one edit from "North Korea".
  EXPECT_EQ(geokg::query::suggest_actors(g, "nort korea", 1).front(),
            (geokg::query::actor_suggestion{PRK, "North Korea", 1}));
  EXPECT_EQ(geokg::query::suggest_actors(g, "x", 100).size(), g.num_actors());
  EXPECT_TRUE(geokg::query::suggest_actors(g, "x", 0).empty());
}

}  // namespace
