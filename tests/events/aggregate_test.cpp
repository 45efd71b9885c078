// SPDX-License-Identifier: MIT
// Windows, rules, evidence, the merge law, the binary form and the parallel driver.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "geokg/core/error.hpp"
#include "geokg/events/aggregate.hpp"

namespace {

namespace fs = std::filesystem;
using namespace geokg::events;

const fs::path data = fs::path(GEOKG_TEST_DATA_DIR) / "events";
const fs::path shared = fs::path(GEOKG_SHARED_DIR) / "data/real/gdelt_raw";

std::vector<fs::path> excerpt_files() {
  return event_files(data / "gdelt2");
}

std::vector<fs::path> full_files() {
  if (!fs::exists(shared / "20150218230000.export.CSV")) return {};
  std::vector<fs::path> out;
  for (const auto* f : {"20150218230000", "20150218231500", "20150218233000", "20150218234500"})
    out.push_back(shared / (std::string(f) + ".export.CSV"));
  return out;
}

std::int32_t day_of(int y, unsigned m, unsigned d) {
  // Counted by hand from 1970-01-01 through the calendar, not through the library's formula.
  std::int32_t n = 0;
  for (int yy = 1970; yy < y; ++yy)
    n += (yy % 4 == 0 && (yy % 100 != 0 || yy % 400 == 0)) ? 366 : 365;
  const unsigned len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  for (unsigned mm = 1; mm < m; ++mm)
    n += static_cast<std::int32_t>(
        len[mm - 1] + (mm == 2 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 1 : 0));
  return n + static_cast<std::int32_t>(d) - 1;
}

TEST(Windows, StartsAndEnds) {
  const auto d = day_of(2015, 2, 18);  // a Wednesday
  EXPECT_EQ(window_start(window_unit::day, d), d);
  EXPECT_EQ(window_start(window_unit::week, d), day_of(2015, 2, 16));
  EXPECT_EQ(window_end(window_unit::week, day_of(2015, 2, 16)), day_of(2015, 2, 23));
  EXPECT_EQ(window_start(window_unit::month, d), day_of(2015, 2, 1));
  EXPECT_EQ(window_end(window_unit::month, day_of(2015, 2, 1)), day_of(2015, 3, 1));
  EXPECT_EQ(window_start(window_unit::quarter, d), day_of(2015, 1, 1));
  EXPECT_EQ(window_end(window_unit::quarter, day_of(2015, 10, 1)), day_of(2016, 1, 1));
  EXPECT_EQ(window_start(window_unit::year, d), day_of(2015, 1, 1));
  EXPECT_EQ(window_start(window_unit::week, 0), -3);  // 1970-01-01 was a Thursday
  EXPECT_EQ(window_start(window_unit::month, day_of(1969, 12, 31)), day_of(1969, 12, 1) - 0);
}

TEST(Rule, TextFormRoundTrips) {
  aggregation_rule r;
  r.window = window_unit::quarter;
  r.directed = false;
  r.quad_classes = 0b1100;
  r.code_prefixes = {"14", "19"};
  r.plover_categories = (1U << (static_cast<unsigned>(plover_category::agree) - 1)) |
                        (1U << (static_cast<unsigned>(plover_category::assault) - 1));
  r.min_events = 5;
  r.goldstein_threshold10 = 25;
  r.evidence.reset();
  EXPECT_EQ(parse_rule(to_text(r), "r"), r);
  EXPECT_EQ(parse_rule("# defaults\n\n", "r"), aggregation_rule{});
  EXPECT_NE(to_text(r).find("plover = AGREE,ASSAULT\n"), std::string::npos) << to_text(r);
  EXPECT_EQ(parse_rule("plover = agree, ASSAULT\n", "r").plover_categories, r.plover_categories);
  try {
    parse_rule("window = month\nplover = AGREE,FIGHT\n", "rule.txt");
    ADD_FAILURE() << "FIGHT (PLOVER 0.5) was accepted";
  } catch (const geokg::data_error& e) {
    EXPECT_STREQ(e.what(),
                 "rule.txt:2:10: error: 'FIGHT' is not a PLOVER category (AGREE ... ASSAULT) (at "
                 "plover) [geokg.invalid_value]");
  }
}

TEST(Aggregate, PloverFilterAndBinaryForm) {
  // ICEWS rows carry the CAMEO code's PLOVER category: 040 is CONSULT, 03x AGREE, 020 REQUEST.
  aggregation_rule rule;
  rule.plover_categories = 1U << (static_cast<unsigned>(plover_category::consult) - 1);
  const std::vector<fs::path> files = {data / "icews/events.2018.excerpt.tab"};
  const auto a = aggregate_files(files, event_format::icews, rule, {.threads = 1});
  // Used rows' codes: 040 040 032 032 020 030 044 030; CONSULT is 040 and 044 (meet at a
  // third location), the rest AGREE (03x) or REQUEST (020).
  EXPECT_EQ(a.events(), 3U);
  EXPECT_EQ(a.filtered(), 5U);
  const auto b = partial_aggregate::deserialise(a.serialise());
  EXPECT_TRUE(b == a);
  EXPECT_EQ(b.rule().plover_categories, rule.plover_categories);
  ASSERT_EQ(b.accounts().size(), 1U);
  EXPECT_EQ(b.accounts()[0].duplicates, 1U);
  ASSERT_EQ(b.accounts()[0].unknown_names.size(), 1U);
  EXPECT_EQ(b.accounts()[0].unknown_names[0].first, "Zanzibar");
}

TEST(Rule, ErrorsHaveLineAndColumn) {
  const auto message = [](const std::string& text) {
    try {
      parse_rule(text, "rule.txt");
    } catch (const geokg::data_error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(message("window = month\nwindow = fortnight\n"),
            "rule.txt:2:10: error: window 'fortnight' is not day, week, month, quarter or year (at "
            "window) "
            "[geokg.invalid_value]");
  EXPECT_EQ(message("  colour = red"),
            "rule.txt:1:3: error: unknown rule key 'colour' (window, directed, "
            "quad_classes, code_prefixes, plover, min_events, goldstein_threshold, "
            "evidence) [geokg.unknown_field]");
  EXPECT_NE(message("goldstein_threshold = 1.25").find("at most one decimal"), std::string::npos);
  EXPECT_NE(message("quad_classes = 1,5").find("'5'"), std::string::npos);
  EXPECT_NE(message("just words").find("expected 'key = value'"), std::string::npos);
}

TEST(Aggregate, FiltersAndEvidence) {
  const auto files = excerpt_files();
  aggregation_rule all;
  all.evidence.reset();
  const auto base = aggregate_files(files, event_format::gdelt, all, {.threads = 1});
  EXPECT_EQ(base.events(), 67U);
  std::uint64_t n = 0;
  for (const auto& w : base.windows()) {
    n += w.m.events;
    EXPECT_EQ(w.m.evidence.size(), w.m.events);
    EXPECT_TRUE(std::is_sorted(w.m.evidence.begin(), w.m.evidence.end()));
    EXPECT_EQ(w.m.quad[0] + w.m.quad[1] + w.m.quad[2] + w.m.quad[3], w.m.events);
  }
  EXPECT_EQ(n, 67U);

  aggregation_rule two = all;
  two.evidence = 2;
  for (const auto& w : aggregate_files(files, event_format::gdelt, two, {.threads = 1}).windows())
    EXPECT_EQ(w.m.evidence.size(), std::min<std::uint64_t>(2, w.m.events));

  aggregation_rule conflict = all;
  conflict.quad_classes = 0b1100;
  const auto c = aggregate_files(files, event_format::gdelt, conflict, {.threads = 1});
  std::uint64_t q34 = 0;
  for (const auto& w : base.windows())
    q34 += w.m.quad[2] + w.m.quad[3];
  EXPECT_EQ(c.events(), q34);
  EXPECT_EQ(c.events() + c.filtered(), 67U);

  aggregation_rule undirected = all;
  undirected.directed = false;
  const auto u = aggregate_files(files, event_format::gdelt, undirected, {.threads = 1});
  EXPECT_EQ(u.events(), 67U);
  EXPECT_LE(u.window_count(), base.window_count());
  for (const auto& w : u.windows())
    EXPECT_LT(w.source, w.target);

  aggregation_rule verbal = all;
  verbal.code_prefixes = {"0"};
  const auto v = aggregate_files(files, event_format::gdelt, verbal, {.threads = 1});
  EXPECT_GT(v.events(), 0U);
  EXPECT_LT(v.events(), 67U);
}

// Random splits of the rows into partials, merged in random orders, equal the one-shot result.
void check_merge_law(const std::vector<fs::path>& files, unsigned seed) {
  aggregation_rule rule;
  rule.evidence = 3;
  const auto one_shot = aggregate_files(files, event_format::gdelt, rule, {.threads = 1});
  const auto states = std::make_shared<const state_index>();
  std::mt19937 rng(seed);
  for (int round = 0; round < 5; ++round) {
    const std::size_t k = 1 + rng() % 6;
    std::vector<partial_aggregate> parts(k, partial_aggregate(rule, states));
    for (const auto& f : files) {
      // Rows go to random partials; the file's account to one of them.
      auto account = read_events(f, event_format::gdelt, *states,
                                 [&](const event_row& r) { parts[rng() % k].add(r); });
      parts[rng() % k].add_account(std::move(account));
    }
    std::shuffle(parts.begin(), parts.end(), rng);
    // Merge as a random tree: pick two, merge, put back.
    while (parts.size() > 1) {
      const auto i = rng() % parts.size();
      auto a = std::move(parts[i]);
      parts.erase(parts.begin() + static_cast<std::ptrdiff_t>(i));
      const auto j = rng() % parts.size();
      a.merge(parts[j]);
      parts[j] = std::move(a);
    }
    EXPECT_EQ(parts[0].windows(), one_shot.windows()) << "round " << round;
    EXPECT_EQ(parts[0].checksum(), one_shot.checksum());
    EXPECT_EQ(parts[0].duplicates(), 0U);
    EXPECT_TRUE(parts[0] == one_shot);
  }
}

TEST(MergeLaw, RandomSplitsOfTheExcerpt) {
  check_merge_law(excerpt_files(), 1);
}

TEST(MergeLaw, RandomSplitsOfTheFullExports) {
  const auto files = full_files();
  if (files.empty()) GTEST_SKIP() << "no " << shared;
  check_merge_law(files, 2);
}

TEST(MergeLaw, DuplicatesAreCountedNeverHidden) {
  const auto files = excerpt_files();
  const aggregation_rule rule;
  const auto a = aggregate_files(files, event_format::gdelt, rule, {.threads = 1});
  auto b = a;
  b.merge(a);
  EXPECT_EQ(b.duplicates(), 600U);  // every row read of the four files, seen twice
  EXPECT_EQ(b.events(), 2 * a.events());
  aggregation_rule other;
  other.window = window_unit::year;
  EXPECT_THROW(b.merge(partial_aggregate(other)), geokg::data_error);
}

TEST(MergeLaw, ParallelEqualsSerial) {
  auto files = excerpt_files();
  if (const auto full = full_files(); !full.empty()) files = full;
  const aggregation_rule rule;
  const auto serial = aggregate_files(files, event_format::gdelt, rule, {.threads = 1});
  const auto parallel = aggregate_files(files, event_format::gdelt, rule, {.threads = 2});
  EXPECT_TRUE(serial == parallel);
  EXPECT_EQ(serial.serialise(), parallel.serialise());
}

TEST(Aggregate, ChecksumOfTheFourExports) {
  const auto files = full_files();
  if (files.empty()) GTEST_SKIP() << "no " << shared;
  const auto a = aggregate_files(files, event_format::gdelt, aggregation_rule{});
  EXPECT_EQ(a.checksum(), "421:149:1412:13213");  // EVENTS.md; DuckDB and pandas agree
}

TEST(BinaryForm, RoundTripsAndRefusesCorruption) {
  auto a =
      aggregate_files(excerpt_files(), event_format::gdelt, aggregation_rule{}, {.threads = 1});
  const auto bytes = a.serialise();
  EXPECT_EQ(bytes.substr(0, 8), "GKEVAGG1");
  const auto b = partial_aggregate::deserialise(bytes);
  EXPECT_TRUE(a == b);
  EXPECT_EQ(b.serialise(), bytes);
  const auto fails = [](const std::string& s) {
    try {
      partial_aggregate::deserialise(s);
    } catch (const geokg::data_error& e) {
      return e.code() == geokg::errc::invalid_value;
    }
    return false;
  };
  for (std::size_t i = 0; i < bytes.size(); i += 97) {
    auto bad = bytes;
    bad[i] = static_cast<char>(bad[i] ^ 0x5A);
    EXPECT_TRUE(fails(bad)) << "byte " << i;
  }
  for (std::size_t n = 0; n < bytes.size(); n += 131)
    EXPECT_TRUE(fails(bytes.substr(0, n))) << "prefix " << n;
  EXPECT_TRUE(fails(""));
  EXPECT_TRUE(fails(bytes + "x"));
}

TEST(BinaryForm, DiagnosticsSurvive) {
  const auto p = fs::temp_directory_path() / "geokg_events_diag.CSV";
  {
    std::ofstream out(p);
    out << "1\t2\n";
  }
  aggregate_options o{.threads = 1};
  o.read.on_error = geokg::io::error_mode::collect;
  const auto a =
      aggregate_files(std::vector<fs::path>{p}, event_format::gdelt, aggregation_rule{}, o);
  ASSERT_EQ(a.accounts().size(), 1U);
  EXPECT_EQ(a.accounts()[0].rejected, 1U);
  EXPECT_TRUE(partial_aggregate::deserialise(a.serialise()) == a);
  fs::remove(p);
}

TEST(Aggregate, FirstErrorOfAnyFile) {
  std::vector<fs::path> files = excerpt_files();
  files.push_back(data / "archives/truncated.export.CSV.gz");
  EXPECT_THROW(aggregate_files(files, event_format::gdelt, aggregation_rule{}, {.threads = 2}),
               geokg::data_error);
}

}  // namespace
