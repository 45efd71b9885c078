// SPDX-License-Identifier: MIT
// Tests for geokg/output/balance.hpp: the JSON and CSV shapes of balance results, as
// docs/cli.md gives them (the CLI's golden files check the same bytes end to end).
#include "geokg/output/balance.hpp"

#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "geokg/analysis/dated_series.hpp"
#include "geokg/io/csv_writer.hpp"
#include "geokg/io/json_writer.hpp"

namespace {

namespace ga = geokg::analysis;

ga::balance_point point(std::string_view at, bool optimal) {
  ga::balance_point p;
  p.at = *geokg::parse_date(at);
  p.actors = 8;
  p.positive = 6;
  p.negative = 2;
  p.triads = {.ppp = 3, .ppn = 1, .pnn = 2, .nnn = 0};
  p.frustration.value = 2;
  p.frustration.lower = optimal ? 2 : 1;
  p.frustration.upper = 2;
  p.frustration.optimal = optimal;
  return p;
}

TEST(output_balance, writes_the_json_object_of_one_date) {
  std::ostringstream out;
  geokg::io::json_writer w(out);
  geokg::output::write_json(w, point("2023-08-19", true));
  EXPECT_EQ(out.str(), R"({"at":"2023-08-19","actors":8,"positive_edges":6,"negative_edges":2,)"
                       R"("triads":{"+++":3,"++-":1,"+--":2,"---":0},"balanced":5,"unbalanced":1,)"
                       R"("frustration":{"value":2,"lower":2,"upper":2,"optimal":true}})");
}

TEST(output_balance, writes_a_run_of_dates_as_an_array_of_those_objects) {
  const std::vector<ga::balance_point> points{point("1965", true), point("1966", false)};
  std::ostringstream array, one, two;
  geokg::io::json_writer w(array);
  geokg::output::write_json(w, points);
  geokg::io::json_writer w1(one), w2(two);
  geokg::output::write_json(w1, points[0]);
  geokg::output::write_json(w2, points[1]);
  EXPECT_EQ(array.str(), "[" + one.str() + "," + two.str() + "]");
}

TEST(output_balance, writes_the_csv_header_and_one_record_per_date) {
  const std::vector<ga::balance_point> points{point("1965", true), point("1966", false)};
  std::ostringstream out;
  geokg::io::csv_writer w(out);
  geokg::output::write_csv(w, points);
  EXPECT_EQ(out.str(),
            "at,actors,positive_edges,negative_edges,+++,++-,+--,---,balanced,unbalanced,"
            "frustration,frustration_lower,frustration_upper,optimal\r\n"
            "1965,8,6,2,3,1,2,0,5,1,2,2,2,true\r\n"
            "1966,8,6,2,3,1,2,0,5,1,2,1,2,false\r\n");
  EXPECT_EQ(geokg::output::balance_csv_columns().size(), 14U);
  EXPECT_EQ(geokg::output::balance_csv_columns().front(), "at");
}

}  // namespace
