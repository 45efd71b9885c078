// SPDX-License-Identifier: MIT
// Tests for geokg/io/json_writer.hpp: escaping, numbers, nesting and layouts.
#include "geokg/io/json_writer.hpp"

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

namespace {

using geokg::io::json_layout;
using geokg::io::json_writer;

template <class Write>
std::string written(Write write, json_layout layout = {}) {
  std::ostringstream out;
  json_writer w(out, layout);
  write(w);
  return out.str();
}

TEST(json_writer, escapes_strings_as_rfc_8259_asks) {
  struct case_ {
    std::string_view name, text, json;
  };
  const case_ cases[] = {
      {"plain text", "Korea", R"("Korea")"},
      {"quote and backslash", R"(say "hi" \o/)", R"("say \"hi\" \\o/")"},
      {"short escapes", "a\nb\rc\td\be\ff", R"("a\nb\rc\td\be\ff")"},
      {"other control characters as \\u", std::string_view("\x01\x1f", 2), R"("\u0001\u001f")"},
      {"a NUL inside", std::string_view("a\0b", 3), R"("a\u0000b")"},
      {"UTF-8 kept", "대한민국 — Japan", "\"대한민국 — Japan\""},
      {"empty", "", R"("")"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    std::ostringstream out;
    geokg::io::write_json_string(out, c.text);
    EXPECT_EQ(out.str(), c.json);
  }
}

TEST(json_writer, writes_numbers_that_read_back_the_same) {
  struct case_ {
    std::string_view name;
    std::string json;
    std::string_view expected;
  };
  const case_ cases[] = {
      {"a double, shortest", written([](json_writer& w) { w.value(0.1); }), "0.1"},
      {"a float, shortest as a float", written([](json_writer& w) { w.value(0.1F); }), "0.1"},
      {"a whole double", written([](json_writer& w) { w.value(3.0); }), "3"},
      {"NaN is null", written([](json_writer& w) { w.value(std::nan("")); }), "null"},
      {"infinity is null",
       written([](json_writer& w) { w.value(std::numeric_limits<double>::infinity()); }), "null"},
      {"a negative int", written([](json_writer& w) { w.value(-7); }), "-7"},
      {"the largest uint64",
       written([](json_writer& w) { w.value(std::numeric_limits<std::uint64_t>::max()); }),
       "18446744073709551615"},
      {"an unsigned narrow integer", written([](json_writer& w) { w.value(std::uint32_t{42}); }),
       "42"},
      {"true", written([](json_writer& w) { w.value(true); }), "true"},
      {"number text as is", written([](json_writer& w) { w.number_text("1e-3"); }), "1e-3"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(c.json, c.expected);
  }
}

TEST(json_writer, nests_objects_and_arrays_with_commas_where_they_belong) {
  const auto json = written([](json_writer& w) {
    w.begin_object();
    w.key("at").value("2023-08-19").key("actors").value(8);
    w.key("groups").begin_array();
    w.begin_array().value("JPN").value("KOR").end_array();
    w.begin_array().end_array();
    w.end_array();
    w.key("none").null();
    w.key("name").value(std::optional<std::string>{});
    w.key("empty").begin_object().end_object();
    w.end_object();
  });
  EXPECT_EQ(json, R"({"at":"2023-08-19","actors":8,"groups":[["JPN","KOR"],[]],"none":null,)"
                  R"("name":null,"empty":{}})");
}

TEST(json_writer, lays_out_rows_one_per_line_and_spaced_on_request) {
  const auto rows = [](json_writer& w) {
    w.begin_array();
    for (int i = 1; i <= 2; ++i)
      w.begin_object()
          .key("n")
          .value(i)
          .key("ids")
          .begin_array()
          .value("a")
          .value("b")
          .end_array()
          .end_object();
    w.end_array();
  };
  EXPECT_EQ(written(rows, {.outer_array_lines = true}),
            "[\n  {\"n\":1,\"ids\":[\"a\",\"b\"]},\n  {\"n\":2,\"ids\":[\"a\",\"b\"]}\n]");
  EXPECT_EQ(written(rows, {.outer_array_lines = true, .spaced = true}),
            "[\n  {\"n\": 1, \"ids\": [\"a\", \"b\"]},\n  {\"n\": 2, \"ids\": [\"a\", \"b\"]}\n]");
  EXPECT_EQ(
      written([](json_writer& w) { w.begin_array().end_array(); }, {.outer_array_lines = true}),
      "[]");
  // Only the outermost container, and only an array, goes on lines.
  EXPECT_EQ(written([](json_writer& w) { w.begin_object().key("a").value(1).end_object(); },
                    {.outer_array_lines = true}),
            "{\"a\":1}");
}

TEST(JsonWriter, LineDepthPutsTheOuterLevelsOnLines) {
  const auto doc = [](json_writer& w) {
    w.begin_object().key("n").value(2).key("rows").begin_array();
    for (int i = 1; i <= 2; ++i)
      w.begin_object().key("i").value(i).key("ids").begin_array().value(i).end_array().end_object();
    w.end_array().key("none").begin_array().end_array().end_object();
  };
  EXPECT_EQ(written(doc, {.spaced = true, .line_depth = 2}),
            "{\n  \"n\": 2,\n  \"rows\": [\n    {\"i\": 1, \"ids\": [1]},\n"
            "    {\"i\": 2, \"ids\": [2]}\n  ],\n  \"none\": []\n}");
  EXPECT_EQ(written(doc, {.line_depth = 1}),
            "{\n  \"n\":2,\n  \"rows\":[{\"i\":1,\"ids\":[1]},{\"i\":2,\"ids\":[2]}],\n"
            "  \"none\":[]\n}");
  // An empty top-level container stays on its line.
  EXPECT_EQ(written([](json_writer& w) { w.begin_object().end_object(); }, {.line_depth = 2}),
            "{}");
}

}  // namespace
