// SPDX-License-Identifier: MIT
// Tests for geokg/core/diagnostic.hpp and the headers it rests on (errc.hpp, location.hpp):
// stable error names, locations and the one GCC-like message format.

#include "geokg/core/diagnostic.hpp"

#include <gtest/gtest.h>

#include <cstddef>
#include <iterator>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace {

using geokg::diagnostic;
using geokg::errc;
using geokg::location;
using geokg::severity;

TEST(errc, every_name_round_trips_and_is_unique) {
  std::set<std::string_view> names;
  for (std::size_t i = 0; i < geokg::errc_count; ++i) {
    const auto code = static_cast<errc>(i);
    const auto name = to_string(code);
    SCOPED_TRACE(std::string(name));
    EXPECT_FALSE(name.empty());
    EXPECT_NE(name, "unknown_error");
    EXPECT_EQ(geokg::parse_errc(name), code);
    EXPECT_TRUE(names.insert(name).second) << "duplicate name";
  }
  EXPECT_EQ(names.size(), geokg::errc_count);
}

TEST(errc, names_are_stable) {
  // Names appear in messages as [geokg.<name>] and never change once released.
  struct case_ {
    errc code;
    std::string_view name;
  };
  const case_ cases[] = {
      {errc::unknown_actor, "unknown_actor"},
      {errc::duplicate_actor, "duplicate_actor"},
      {errc::invalid_id, "invalid_id"},
      {errc::invalid_date, "invalid_date"},
      {errc::end_before_start, "end_before_start"},
      {errc::unknown_relation_kind, "unknown_relation_kind"},
      {errc::duplicate_statement, "duplicate_statement"},
      {errc::duplicate_relation, "duplicate_relation"},
      {errc::unknown_statement, "unknown_statement"},
      {errc::unknown_source, "unknown_source"},
      {errc::outside_existence, "outside_existence"},
      {errc::self_relation, "self_relation"},
      {errc::invalid_value, "invalid_value"},
      {errc::missing_field, "missing_field"},
      {errc::wrong_type, "wrong_type"},
      {errc::unknown_field, "unknown_field"},
      {errc::missing_quote, "missing_quote"},
      {errc::malformed_json, "malformed_json"},
      {errc::malformed_csv, "malformed_csv"},
      {errc::invalid_encoding, "invalid_encoding"},
      {errc::too_large, "too_large"},
      {errc::io_error, "io_error"},
      {errc::skipped_rows, "skipped_rows"},
  };
  EXPECT_EQ(std::size(cases), geokg::errc_count);
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(to_string(c.code), c.name);
  }
}

TEST(errc, rejects_unknown_names) {
  const std::string_view cases[] = {
      "",
      "unknown_error",
      "geokg.unknown_actor",
      "[geokg.unknown_actor]",
      "Unknown_Actor",
      "unknown_actor ",
      "unknown actor",
  };
  for (const auto text : cases) {
    SCOPED_TRACE(text);
    EXPECT_EQ(geokg::parse_errc(text), std::nullopt);
  }
}

TEST(location, to_string_leaves_out_unknown_parts) {
  struct case_ {
    std::string_view name;
    location where;
    std::string_view expected;
  };
  const case_ cases[] = {
      {"path, line and column", {"relations.json", 42, 17}, "relations.json:42:17"},
      {"path and line", {"relations.json", 42, 0}, "relations.json:42"},
      {"path only", {"relations.json", 0, 0}, "relations.json"},
      {"a column without a line is dropped", {"relations.json", 0, 17}, "relations.json"},
      {"nothing known", {}, ""},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(to_string(c.where), c.expected);
  }
}

TEST(diagnostic, to_string_is_gcc_like) {
  struct case_ {
    std::string_view name;
    diagnostic d;
    std::string_view expected;
  };
  const case_ cases[] = {
      {"an error with a full location",
       {severity::error,
        errc::unknown_actor,
        {"data/curated/east_asia/relations.json", 42, 17},
        "unknown actor 'KOR1' in field 'target'"},
       "data/curated/east_asia/relations.json:42:17: error: unknown actor 'KOR1' in field 'target' "
       "[geokg.unknown_actor]"},
      {"an error with path and line",
       {severity::error, errc::malformed_csv, {"actors.csv", 7, 0}, "unterminated quote"},
       "actors.csv:7: error: unterminated quote [geokg.malformed_csv]"},
      {"an error with a path only",
       {severity::error, errc::io_error, {"missing.json", 0, 0}, "cannot open file"},
       "missing.json: error: cannot open file [geokg.io_error]"},
      {"an error without location",
       {severity::error,
        errc::end_before_start,
        {},
        "interval end 1945 is not after its start 1950"},
       "error: interval end 1945 is not after its start 1950 [geokg.end_before_start]"},
      {"a warning with a location",
       {severity::warning, errc::unknown_field, {"relations.json", 3, 5}, "unknown field 'sigh'"},
       "relations.json:3:5: warning: unknown field 'sigh' [geokg.unknown_field]"},
      {"a warning without location",
       {severity::warning, errc::duplicate_relation, {}, "relation repeats r12"},
       "warning: relation repeats r12 [geokg.duplicate_relation]"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(to_string(c.d), c.expected);
  }
}

TEST(diagnostic, defaults_to_an_error_without_location) {
  const diagnostic d{};
  EXPECT_EQ(d.level, severity::error);
  EXPECT_EQ(d.code, errc::invalid_value);
  EXPECT_EQ(d.where, location{});
  EXPECT_EQ(d.message, "");
  EXPECT_EQ(to_string(d), "error:  [geokg.invalid_value]");
}

TEST(diagnostic, compares_every_field) {
  const diagnostic base{severity::error, errc::unknown_actor, {"a.json", 1, 2}, "m"};
  EXPECT_EQ(base, (diagnostic{severity::error, errc::unknown_actor, {"a.json", 1, 2}, "m"}));
  EXPECT_NE(base, (diagnostic{severity::warning, errc::unknown_actor, {"a.json", 1, 2}, "m"}));
  EXPECT_NE(base, (diagnostic{severity::error, errc::duplicate_actor, {"a.json", 1, 2}, "m"}));
  EXPECT_NE(base, (diagnostic{severity::error, errc::unknown_actor, {"a.json", 1, 3}, "m"}));
  EXPECT_NE(base, (diagnostic{severity::error, errc::unknown_actor, {"a.json", 1, 2}, "n"}));
}

TEST(diagnostic, names_severities) {
  EXPECT_EQ(to_string(severity::error), "error");
  EXPECT_EQ(to_string(severity::warning), "warning");
}

}  // namespace

TEST(diagnostic, names_the_field_when_the_location_has_one) {
  const geokg::diagnostic d{geokg::severity::error, geokg::errc::unknown_actor,
                            geokg::location{"relations.json", 42, 17, "/relations/41/target"},
                            "unknown actor 'KOR1'"};
  EXPECT_EQ(geokg::to_string(d),
            "relations.json:42:17: error: unknown actor 'KOR1' (at /relations/41/target) "
            "[geokg.unknown_actor]");
}
