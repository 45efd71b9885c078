// SPDX-License-Identifier: MIT
#include "geokg/query/series.hpp"

#include <algorithm>
#include <vector>

#include <gtest/gtest.h>

#include "../index_list.hpp"
#include "geokg/query/neighbors.hpp"
#include "test_graphs.hpp"

namespace {

using namespace geokg::query::testing;
using geokg::date;
using geokg::time_rule;
using ids = geokg::test_support::index_list<geokg::relation_index>;

class series_test : public ::testing::Test {
 protected:
  geokg::knowledge_graph g = jku_graph();
};

TEST_F(series_test, time_index_answers_active_at) {
  const geokg::query::time_index index(g);
  EXPECT_EQ(index.size(), g.num_relations());
  EXPECT_EQ(index.active_at(d("1910-08-22")), (ids{2, 17}));  // the day of the annexation treaty
  EXPECT_EQ(index.active_at(d("1910-08-23")), (ids{17}));
  EXPECT_EQ(index.active_at(d("2017-10-31")), (ids{0, 1, 3, 5, 6, 7, 8, 9, 10, 11, 16}));
  EXPECT_EQ(index.active_at(d("2017-11-01")),
            (ids{0, 1, 3, 6, 7, 8, 9, 10, 11, 16}));  // end is exclusive
  EXPECT_EQ(index.count_active_at(d("2017-11-01")), 10U);
  EXPECT_EQ(index.active_at(d("1800")), (ids{17}));
}

TEST_F(series_test, time_index_follows_the_time_rule) {
  // The THAAD sanctions, 2016-07/2017-11, at 2017-11-15 (see docs/model.md).
  EXPECT_FALSE(geokg::query::time_index(g, time_rule::first_day).count_active_at(d("2017-11-15")) ==
               geokg::query::time_index(g, time_rule::possible).count_active_at(d("2017-11-15")));
  const auto has_5 = [](const std::vector<geokg::relation_index>& v) {
    return std::find(v.begin(), v.end(), geokg::relation_index{5}) != v.end();
  };
  EXPECT_TRUE(has_5(geokg::query::time_index(g, time_rule::possible).active_at(d("2017-11-15"))));
  EXPECT_FALSE(has_5(geokg::query::time_index(g, time_rule::first_day).active_at(d("2017-11-15"))));
  // Under "certain", the sanctions are surely active only from the end of July 2016.
  EXPECT_FALSE(has_5(geokg::query::time_index(g, time_rule::certain).active_at(d("2016-07-15"))));
  EXPECT_TRUE(has_5(geokg::query::time_index(g, time_rule::certain).active_at(d("2016-08-01"))));
  EXPECT_FALSE(has_5(geokg::query::time_index(g, time_rule::certain).active_at(d("2017"))));
}

TEST_F(series_test, time_index_of_a_view) {
  const geokg::query::time_index alliances(geokg::of_kinds(g, {geokg::relation_kind::alliance}));
  EXPECT_EQ(alliances.size(), 3U);
  EXPECT_EQ(alliances.active_at(d("1961-01-01")), (ids{0, 1}));
}

TEST_F(series_test, step_dates_keep_precision_and_clamp_days) {
  using dates = std::vector<date>;
  EXPECT_EQ(geokg::query::step_dates(d("1950"), d("1953"), geokg::query::yearly),
            (dates{d("1950"), d("1951"), d("1952"), d("1953")}));
  EXPECT_EQ(geokg::query::step_dates(d("2020-01-31"), d("2020-04-30"), geokg::query::monthly),
            (dates{d("2020-01-31"), d("2020-02-29"), d("2020-03-31"), d("2020-04-30")}));
  EXPECT_EQ(geokg::query::step_dates(d("2020"), d("2020-03-15"), geokg::query::monthly),
            (dates{d("2020-01"), d("2020-02"), d("2020-03")}));
  EXPECT_EQ(geokg::query::step_dates(d("2020-02-29"), d("2022-12-31"), geokg::query::yearly),
            (dates{d("2020-02-29"), d("2021-02-28"), d("2022-02-28")}));
  EXPECT_EQ(
      geokg::query::step_dates(d("2020-12-30"), d("2021-01-10"), {geokg::query::step_unit::day, 5}),
      (dates{d("2020-12-30"), d("2021-01-04"), d("2021-01-09")}));
  EXPECT_EQ(geokg::query::step_dates(d("-0001"), d("0001"), geokg::query::yearly),
            (dates{d("-0001"), d("0000"), d("0001")}));
  EXPECT_EQ(
      geokg::query::step_dates(d("9998"), d("9999-12-31"), {geokg::query::step_unit::year, 5}),
      (dates{d("9998")}));
  EXPECT_TRUE(geokg::query::step_dates(d("2000"), d("1999"), geokg::query::yearly).empty());
  EXPECT_THROW(geokg::query::step_dates(d("2000"), d("2001"), {geokg::query::step_unit::year, 0}),
               geokg::data_error);
}

TEST_F(series_test, series_of_an_active_set_measure) {
  // Alliances active each year: USA-KOR from 1954-11-17, USA-JPN from 1960-06-23, CHN-PRK from
  // 1961-07-11; a year stands for its first day.
  const auto s = geokg::query::series(
      geokg::of_kinds(g, {geokg::relation_kind::alliance}), d("1950"), d("1965"),
      geokg::query::yearly, [](const geokg::query::active_set& a) { return a.relations.size(); });
  std::vector<std::size_t> values;
  for (const auto& p : s)
    values.push_back(p.value);
  EXPECT_EQ(values, (std::vector<std::size_t>{0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 3, 3, 3, 3}));
  EXPECT_EQ(s.front().at, d("1950"));
  EXPECT_EQ(s.back().at, d("1965"));
}

TEST_F(series_test, series_of_a_view_measure) {
  // Japan's allies each year (collapsed sign): the USA throughout; the ROK only once the 2023
  // partnership outweighs the island dispute (2024-01-01).
  const auto s = geokg::query::series(g, d("2020"), d("2024"), geokg::query::yearly,
                                      [](const geokg::relation_view<geokg::is_active_at>& v) {
                                        return geokg::query::allies(v, JPN).size();
                                      });
  std::vector<std::size_t> values;
  for (const auto& p : s)
    values.push_back(p.value);
  EXPECT_EQ(values, (std::vector<std::size_t>{1, 1, 1, 1, 2}));
}

TEST_F(series_test, series_over_a_prebuilt_index) {
  const geokg::query::time_index index(g);
  const auto s = geokg::query::series(
      index, g, d("2016-06"), d("2017-12"), {geokg::query::step_unit::month, 6},
      [](const geokg::query::active_set& a) {
        return std::find(a.relations.begin(), a.relations.end(), geokg::relation_index{5}) !=
               a.relations.end();
      });
  ASSERT_EQ(s.size(), 4U);  // 2016-06, 2016-12, 2017-06, 2017-12
  EXPECT_FALSE(s[0].value);
  EXPECT_TRUE(s[1].value);
  EXPECT_TRUE(s[2].value);
  EXPECT_FALSE(s[3].value);
}

// Brute force: a linear scan of every relation with interval::contains.
TEST(time_index_random, agrees_with_a_linear_scan_on_200_yearly_dates) {
  constexpr std::uint64_t seed = 1234567;
  const auto g = random_graph(seed, {.actors = 20, .relations = 1500});
  for (const auto rule : {time_rule::first_day, time_rule::certain, time_rule::possible}) {
    const geokg::query::time_index index(g, rule);
    const auto dates = geokg::query::step_dates(d("1850"), d("2049"), geokg::query::yearly);
    ASSERT_EQ(dates.size(), 200U);
    std::vector<date> queries = dates;
    rng r(seed);  // and 200 dates of random precision (day, month, year), plus decades
    for (int i = 0; i < 200; ++i)
      queries.push_back(random_date(r, 1840, 2070));
    for (int decade = 1840; decade <= 2060; decade += 10)
      queries.push_back(date::from_decade(decade).value());
    for (const date q : queries) {
      ids expected;
      for (const geokg::relation_index i : g.relation_indices()) {
        if (g.relation_at(i).when.contains(q, rule)) expected.push_back(i);
      }
      SCOPED_TRACE(::testing::Message() << geokg::to_string(rule) << " " << geokg::to_string(q));
      ASSERT_EQ(index.active_at(q), expected);
      ASSERT_EQ(index.count_active_at(q), expected.size());
    }
  }
}

}  // namespace
