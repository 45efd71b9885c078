// SPDX-License-Identifier: MIT
// Tests for geokg/io/csv_writer.hpp: RFC 4180 quoting, records, numbers and line ends.
#include "geokg/io/csv_writer.hpp"

#include <cmath>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace {

using geokg::io::csv_quoting;
using geokg::io::csv_writer;

TEST(csv_writer, quotes_a_field_only_where_rfc_4180_needs_it) {
  struct case_ {
    std::string_view name, text, minimal, edge_spaces;
  };
  const case_ cases[] = {
      {"plain", "KOR", "KOR", "KOR"},
      {"empty", "", "", ""},
      {"a comma", "Korea, Republic of", "\"Korea, Republic of\"", "\"Korea, Republic of\""},
      {"a quote, doubled", "the \"Sunshine\" policy", "\"the \"\"Sunshine\"\" policy\"",
       "\"the \"\"Sunshine\"\" policy\""},
      {"a line feed", "a\nb", "\"a\nb\"", "\"a\nb\""},
      {"a carriage return", "a\rb", "\"a\rb\"", "\"a\rb\""},
      {"a leading space", " Seoul", " Seoul", "\" Seoul\""},
      {"a trailing space", "Seoul ", "Seoul ", "\"Seoul \""},
      {"a space inside", "South Korea", "South Korea", "South Korea"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    std::ostringstream minimal, edge;
    geokg::io::write_csv_field(minimal, c.text);
    geokg::io::write_csv_field(edge, c.text, csv_quoting::edge_spaces);
    EXPECT_EQ(minimal.str(), c.minimal);
    EXPECT_EQ(edge.str(), c.edge_spaces);
  }
}

TEST(csv_writer, writes_records_with_their_separators_and_line_ends) {
  std::ostringstream out;
  csv_writer w(out);
  w.row({"id", "name", "weight"});
  w.field("KOR").field("Korea, Republic of").number(0.5).end_row();
  const std::vector<std::string> row{"JPN", "", "1"};
  w.row(row);
  w.number(-3).number(std::uint64_t{7}).number(std::nan("")).end_row();
  EXPECT_EQ(out.str(), "id,name,weight\r\nKOR,\"Korea, Republic of\",0.5\r\nJPN,,1\r\n-3,7,\r\n");
}

TEST(csv_writer, takes_another_line_end_and_quoting) {
  std::ostringstream out;
  csv_writer w(out, {.quoting = csv_quoting::edge_spaces, .line_end = "\n"});
  w.field(" a").number(0.1F).end_row();
  EXPECT_EQ(out.str(), "\" a\",0.1\n");
}

}  // namespace
