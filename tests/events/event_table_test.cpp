// SPDX-License-Identifier: MIT
// The columnar event table: its columns, dictionaries, URLs and bytes per row.

#include <gtest/gtest.h>

#include <filesystem>

#include "geokg/events/event_table.hpp"
#include "geokg/events/reader.hpp"

namespace {

namespace fs = std::filesystem;
using namespace geokg::events;

const fs::path data = fs::path(GEOKG_TEST_DATA_DIR) / "events";

event_table load(bool urls, std::size_t copies) {
  static const state_index states;
  event_table t(urls);
  for (std::size_t k = 0; k < copies; ++k)
    for (const auto* f : {"20150218230000", "20150218231500", "20150218233000", "20150218234500"})
      read_events(data / "gdelt2" / (std::string(f) + ".export.excerpt.CSV"), event_format::gdelt,
                  states, [&](const event_row& r) { t.append(r, states); }, {.urls = urls});
  return t;
}

TEST(EventTable, ColumnsAndDictionaries) {
  const auto t = load(true, 1);
  ASSERT_EQ(t.size(), 67U);  // 23 + 23 + 9 + 12 used rows
  EXPECT_EQ(t.actor1().size(), t.size());
  EXPECT_EQ(t.tone().size(), t.size());
  for (std::size_t i = 0; i < t.size(); ++i) {
    const auto& a1 = t.actors()[t.actor1()[i]];
    const auto& a2 = t.actors()[t.actor2()[i]];
    ASSERT_TRUE(a1.state && a2.state);
    EXPECT_NE(*a1.state, *a2.state);
    EXPECT_GE(t.quad_class()[i], 1);
    EXPECT_LE(t.quad_class()[i], 4);
    const auto& code = t.event_codes()[t.event_code()[i]];
    EXPECT_EQ(std::stoi(code.substr(0, 2)), t.root_code()[i]);
    EXPECT_TRUE(t.url(i).starts_with("http")) << i;
  }
  EXPECT_LT(t.actors().size(), 40U);
}

TEST(EventTable, AtMost48BytesPerEvent) {
  auto t = load(false, 50);
  t.shrink_to_fit();
  ASSERT_EQ(t.size(), 67U * 50);
  const double per_row = static_cast<double>(t.column_bytes()) / static_cast<double>(t.size());
  EXPECT_LE(per_row, 48.0);
  EXPECT_EQ(t.url(0), "");
}

}  // namespace
