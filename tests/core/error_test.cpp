// SPDX-License-Identifier: MIT
// Tests for geokg/core/error.hpp: the exception hierarchy, data_error's parts, GEOKG_ASSERT.

#include "geokg/core/error.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

namespace {

using geokg::data_error;
using geokg::diagnostic;
using geokg::errc;
using geokg::location;
using geokg::severity;

TEST(error, every_exception_derives_from_geokg_error) {
  EXPECT_TRUE((std::is_base_of_v<std::runtime_error, geokg::error>));
  EXPECT_TRUE((std::is_base_of_v<geokg::error, data_error>));
  EXPECT_TRUE((std::is_base_of_v<geokg::error, geokg::lookup_error>));
  EXPECT_TRUE((std::is_base_of_v<geokg::error, geokg::internal_error>));
  EXPECT_FALSE((std::is_base_of_v<data_error, geokg::lookup_error>));
  EXPECT_FALSE((std::is_base_of_v<data_error, geokg::internal_error>));
}

TEST(error, one_catch_covers_every_exception) {
  struct case_ {
    std::string_view name;
    void (*thrower)();
    std::string_view what;
  };
  const case_ cases[] = {
      {"data_error", [] { throw data_error(errc::unknown_actor, "unknown actor 'KOR1'"); },
       "error: unknown actor 'KOR1' [geokg.unknown_actor]"},
      {"lookup_error", [] { throw geokg::lookup_error("unknown actor id 'XYZ'"); },
       "unknown actor id 'XYZ'"},
      {"internal_error", [] { throw geokg::internal_error("broken invariant"); },
       "broken invariant"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    try {
      c.thrower();
      ADD_FAILURE() << "no exception";
    } catch (const geokg::error& e) {
      EXPECT_EQ(std::string(e.what()), c.what);
    }
  }
}

TEST(error, data_error_exposes_its_parts) {
  const location where{"data/curated/east_asia/relations.json", 42, 17};
  const data_error e(errc::unknown_actor, "unknown actor 'KOR1' in field 'target'", where);
  EXPECT_EQ(e.code(), errc::unknown_actor);
  EXPECT_EQ(e.where(), where);
  EXPECT_EQ(e.message(), "unknown actor 'KOR1' in field 'target'");
  EXPECT_EQ(std::string(e.what()),
            "data/curated/east_asia/relations.json:42:17: error: unknown actor 'KOR1' in field "
            "'target' [geokg.unknown_actor]");
  EXPECT_EQ(e.as_diagnostic(), (diagnostic{severity::error, errc::unknown_actor, where,
                                           "unknown actor 'KOR1' in field 'target'"}));
}

TEST(error, data_error_may_name_the_field_it_concerns_outside_its_text) {
  const data_error plain(errc::invalid_value, "weight 2 is outside [0, 1]");
  EXPECT_EQ(plain.field(), "");
  const data_error named(errc::invalid_value, "weight 2 is outside [0, 1]", {}, "weight");
  EXPECT_EQ(named.field(), "weight");
  EXPECT_EQ(named.message(), plain.message());
  EXPECT_EQ(std::string(named.what()), std::string(plain.what()));
  EXPECT_EQ(named.as_diagnostic(), plain.as_diagnostic());
  const data_error copy = named;
  EXPECT_EQ(copy.field(), "weight");
}

TEST(error, data_error_what_is_the_diagnostic_line_for_every_location) {
  struct case_ {
    std::string_view name;
    location where;
    std::string_view what;
  };
  const case_ cases[] = {
      {"full location",
       {"a.json", 3, 9},
       "a.json:3:9: error: bad date '2023-02-30' [geokg.invalid_date]"},
      {"path and line",
       {"a.csv", 3, 0},
       "a.csv:3: error: bad date '2023-02-30' [geokg.invalid_date]"},
      {"path only", {"a.json", 0, 0}, "a.json: error: bad date '2023-02-30' [geokg.invalid_date]"},
      {"no location (built in C++)", {}, "error: bad date '2023-02-30' [geokg.invalid_date]"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const data_error e(errc::invalid_date, "bad date '2023-02-30'", c.where);
    EXPECT_EQ(std::string(e.what()), c.what);
    EXPECT_EQ(e.where(), c.where);
    EXPECT_EQ(std::string(e.what()), to_string(e.as_diagnostic()));
  }
}

TEST(error, data_error_from_a_diagnostic_is_always_an_error) {
  // A data_error is thrown, so it is an error even if made from a warning; what() must agree.
  struct case_ {
    std::string_view name;
    severity level;
  };
  const case_ cases[] = {
      {"from an error", severity::error},
      {"from a warning", severity::warning},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const data_error e(
        diagnostic{c.level, errc::duplicate_relation, {"r.json", 4, 2}, "relation repeats r12"});
    EXPECT_EQ(e.code(), errc::duplicate_relation);
    EXPECT_EQ(e.where(), (location{"r.json", 4, 2}));
    EXPECT_EQ(e.message(), "relation repeats r12");
    EXPECT_EQ(e.as_diagnostic().level, severity::error);
    EXPECT_EQ(std::string(e.what()),
              "r.json:4:2: error: relation repeats r12 [geokg.duplicate_relation]");
    EXPECT_EQ(std::string(e.what()), to_string(e.as_diagnostic()));
  }
}

TEST(error, assert_passes_when_the_condition_holds) {
  const int two = 2;
  EXPECT_NO_THROW(GEOKG_ASSERT(two + 2 == 4));
}

TEST(error, assert_throws_internal_error_with_file_and_line) {
  const int two = 2;
  const int line = __LINE__ + 2;  // the line of GEOKG_ASSERT below
  try {
    GEOKG_ASSERT(two + 2 == 5);
    ADD_FAILURE() << "no exception";
  } catch (const geokg::internal_error& e) {
    EXPECT_EQ(std::string(e.what()), std::string("geokg internal error: two + 2 == 5 failed at ") +
                                         __FILE__ + ":" + std::to_string(line));
  }
}

TEST(error, assert_evaluates_its_condition_once) {
  int calls = 0;
  const auto holds = [&calls](bool result) {
    ++calls;
    return result;
  };
  GEOKG_ASSERT(holds(true));
  EXPECT_EQ(calls, 1);
  EXPECT_THROW(GEOKG_ASSERT(holds(false)), geokg::internal_error);
  EXPECT_EQ(calls, 2);
}

}  // namespace
