// SPDX-License-Identifier: MIT
// PLOVER categories, their grouping, and the CAMEO -> PLOVER table.

#include "geokg/events/plover.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "geokg/core/error.hpp"

namespace {

namespace fs = std::filesystem;
using namespace geokg::events;

TEST(Plover, NamesRoundTrip) {
  for (std::size_t i = 1; i <= plover_category_count; ++i) {
    const auto c = static_cast<plover_category>(i);
    EXPECT_EQ(parse_plover_category(to_string(c)), c);
  }
  EXPECT_EQ(parse_plover_category("assault"), plover_category::assault);
  EXPECT_FALSE(parse_plover_category(""));
  EXPECT_FALSE(parse_plover_category("FIGHT"));  // PLOVER 0.5b1, not 0.8
}

TEST(Plover, QuadGroups) {
  EXPECT_EQ(quad_class_of(plover_category::consult), 1);
  EXPECT_EQ(quad_class_of(plover_category::aid), 2);
  EXPECT_EQ(quad_class_of(plover_category::threaten), 3);
  EXPECT_EQ(quad_class_of(plover_category::assault), 4);
  EXPECT_EQ(quad_class_of(plover_category::none), 0);
  const std::uint8_t expected[21] = {0, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4};
  for (std::uint8_t root = 0; root <= 20; ++root)
    EXPECT_EQ(quad_class_of_cameo_root(root), expected[root]) << int{root};
  EXPECT_EQ(quad_class_of_cameo_root(21), 0);
}

TEST(CameoPlover, KnownCodes) {
  const auto& t = cameo_plover::builtin();
  struct case_ {
    const char* code;
    plover_category expected;
  };
  for (const auto& c : {
           case_{"042", plover_category::consult},   // Make a visit
           case_{"0311", plover_category::agree},    // intent to cooperate economically
           case_{"0874", plover_category::retreat},  // Retreat or surrender militarily
           case_{"083", plover_category::concede},   // Accede to demands for reform
           case_{"190", plover_category::assault},   // conventional military force
           case_{"175", plover_category::assault},   // listed twice, the same way
           case_{"1411", plover_category::protest},  // through its parent 141
           case_{"010", plover_category::none},      // 01 (statements) is not in the table
           case_{"088", plover_category::none},      // 08 names two categories
           case_{"0", plover_category::none},        // not a code
           case_{"12a", plover_category::none},
       }) {
    EXPECT_EQ(t.of(c.code), c.expected) << c.code;
  }
  EXPECT_EQ(t.size(), 274U);  // 276 code lines: 175 twice, and the two 08 root lines share a slot
}

TEST(CameoPlover, BuiltinIsTheSharedFile) {
  const fs::path p = fs::path(GEOKG_SHARED_DIR) / "data/real/plover/CAMEO2PLOVER-2021.txt";
  if (!fs::exists(p)) GTEST_SKIP() << "no " << p;
  EXPECT_TRUE(cameo_plover::read_file(p) == cameo_plover::builtin());
}

TEST(CameoPlover, ErrorsHaveLineAndColumn) {
  struct case_ {
    const char* text;
    const char* message;
  };
  for (const auto& c : {
           case_{"# t\n042 CONSULT\n",
                 "t.txt:2:1: error: expected 'CAMEO_CODE: PLOVER_EVENT, mode, context', with a "
                 "code of 2 to 4 digits [geokg.malformed_csv]"},
           case_{"042:  FIGHT, ,\n",
                 "t.txt:1:7: error: 'FIGHT' is not a PLOVER event category (at event) "
                 "[geokg.invalid_value]"},
           case_{"042: CONSULT\n042: AGREE\n",
                 "t.txt:2:1: error: CAMEO code 042 is mapped to CONSULT and to AGREE (at code) "
                 "[geokg.invalid_value]"},
       }) {
    try {
      cameo_plover::parse(c.text, "t.txt");
      ADD_FAILURE() << c.text;
    } catch (const geokg::data_error& e) {
      EXPECT_STREQ(e.what(), c.message);
    }
  }
}

}  // namespace
