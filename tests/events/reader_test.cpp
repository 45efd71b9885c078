// SPDX-License-Identifier: MIT
// The GDELT event reader: layouts, archives, row accounts, hostile rows and archives.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "geokg/core/error.hpp"
#include "geokg/events/reader.hpp"

namespace {

namespace fs = std::filesystem;
using namespace geokg::events;

const fs::path data = fs::path(GEOKG_TEST_DATA_DIR) / "events";

struct collected {
  std::vector<std::uint64_t> ids;
  std::vector<std::string> urls;
  std::vector<event_row> rows;  // views dangle; only numbers are compared
};

row_account read_all(const fs::path& p, collected& out, read_options o = {}) {
  static const state_index states;
  return read_events(
      p, event_format::gdelt, states,
      [&](const event_row& r) {
        out.ids.push_back(r.id);
        out.urls.emplace_back(r.url);
        auto copy = r;
        copy.actor1_code = copy.actor2_code = copy.event_code = copy.url = {};
        out.rows.push_back(copy);
      },
      o);
}

fs::path write_temp(const std::string& name, const std::string& text) {
  const auto p = fs::temp_directory_path() / ("geokg_events_" + name);
  std::ofstream(p, std::ios::binary) << text;
  return p;
}

std::string first_line(const fs::path& p) {
  std::ifstream in(p);
  std::string line;
  std::getline(in, line);
  return line;
}

// Replaces field `i` (0-based) of a tab-separated line.
std::string with_field(std::string line, std::size_t i, const std::string& value) {
  std::size_t b = 0;
  for (std::size_t k = 0; k < i; ++k)
    b = line.find('\t', b) + 1;
  const auto e = line.find('\t', b);
  return line.replace(b, e - b, value);
}

TEST(GdeltReader, AccountsOfTheExcerpts) {
  // Independent counts (a Python split on tabs, the CAMEO column of data/identity/states.csv).
  struct expect {
    const char* file;
    std::uint64_t used, not_dyadic, not_states, self;
  };
  for (const auto& e :
       {expect{"20150218230000", 23, 122, 1, 4}, expect{"20150218231500", 23, 120, 0, 7},
        expect{"20150218233000", 9, 132, 2, 7}, expect{"20150218234500", 12, 133, 1, 4}}) {
    collected c;
    const auto a = read_all(data / "gdelt2" / (std::string(e.file) + ".export.excerpt.CSV"), c);
    EXPECT_EQ(a.read, 150U) << e.file;
    EXPECT_EQ(a.used, e.used) << e.file;
    EXPECT_EQ(a.skipped_by[0], e.not_dyadic) << e.file;
    EXPECT_EQ(a.skipped_by[1], e.not_states) << e.file;
    EXPECT_EQ(a.skipped_by[2], e.self) << e.file;
    EXPECT_EQ(a.rejected, 0U);
    EXPECT_EQ(a.read, a.used + a.skipped() + a.rejected);
    EXPECT_EQ(c.ids.size(), a.used);
    ASSERT_EQ(a.id_ranges.size(), 1U);  // GDELT's ids are gap-free per file
    EXPECT_EQ(a.id_ranges[0].second - a.id_ranges[0].first + 1, 150U);
  }
}

TEST(GdeltReader, MixedGdelt1Widths) {
  collected c;
  const auto a = read_all(data / "gdelt1/events1.csv", c, {.urls = true});
  EXPECT_EQ(a.read, 100U);
  EXPECT_EQ(a.used, 19U);
  EXPECT_EQ(a.skipped_by[0], 75U);
  EXPECT_EQ(a.skipped_by[1], 1U);
  EXPECT_EQ(a.skipped_by[2], 5U);
  EXPECT_EQ(a.rejected, 0U);
  // 58-field rows carry a SOURCEURL, 57-field back-file rows none.
  std::size_t with_url = 0;
  for (const auto& u : c.urls)
    with_url += u.starts_with("http") ? 1U : 0U;
  EXPECT_GT(with_url, 0U);
  EXPECT_LT(with_url, c.urls.size());
}

TEST(GdeltReader, FieldsOfARow) {
  const auto line = first_line(data / "gdelt2/20150218230000.export.excerpt.CSV");
  // A made-up dyadic row built on a real one: USA -> RUS, 190, QuadClass 4, -10.0.
  auto row = with_field(with_field(line, 7, "USA"), 17, "RUS");
  row = with_field(with_field(with_field(row, 26, "0874"), 29, "4"), 30, "-10.0");
  row = with_field(with_field(with_field(row, 31, "7"), 32, "2"), 33, "6");
  row = with_field(with_field(row, 34, "-3.25"), 1, "20150218");
  const auto p = write_temp("fields.CSV", row + "\n");
  static const state_index states;
  event_row got;
  std::string code, url;
  const auto a = read_events(p, event_format::gdelt, states,
                             [&](const event_row& r) {
                               got = r;
                               code = r.event_code;
                               url = r.url;
                             },
                             {.urls = true});
  ASSERT_EQ(a.used, 1U);
  EXPECT_EQ(states.id(got.actor1).str(), "USA");
  EXPECT_EQ(states.id(got.actor2).str(), "RUS");
  EXPECT_EQ(code, "0874");
  EXPECT_EQ(got.root_code, 8);
  EXPECT_EQ(got.quad_class, 4);
  EXPECT_EQ(got.goldstein10, -100);
  EXPECT_EQ(got.mentions, 7U);
  EXPECT_EQ(got.sources, 2U);
  EXPECT_EQ(got.articles, 6U);
  EXPECT_FLOAT_EQ(got.tone, -3.25F);
  EXPECT_EQ(got.day, 16484);                        // 2015-02-18
  EXPECT_EQ(got.plover, plover_category::retreat);  // CAMEO2PLOVER: 0874 RETREAT
  EXPECT_TRUE(url.starts_with("http"));
  fs::remove(p);
}

TEST(GdeltReader, ArchivesReadAsThePlainFile) {
  collected plain, gz, zip;
  const auto a = read_all(data / "gdelt2/20150218230000.export.excerpt.CSV", plain);
  auto b = read_all(data / "archives/20150218230000.export.CSV.gz", gz);
  auto c = read_all(data / "archives/20150218230000.export.CSV.zip", zip);
  EXPECT_EQ(plain.ids, gz.ids);
  EXPECT_EQ(plain.ids, zip.ids);
  b.path = c.path = a.path;
  EXPECT_EQ(a, b);
  EXPECT_EQ(a, c);
}

TEST(GdeltReader, TruncatedArchivesAreErrors) {
  for (const auto* name : {"truncated.export.CSV.gz", "truncated.export.CSV.zip"}) {
    collected c;
    try {
      read_all(data / "archives" / name, c, {.on_error = geokg::io::error_mode::collect});
      ADD_FAILURE() << name << " was read";
    } catch (const geokg::data_error& e) {
      EXPECT_EQ(e.code(), geokg::errc::io_error) << e.what();
      EXPECT_NE(std::string(e.what()).find(name), std::string::npos) << e.what();
    }
  }
}

TEST(GdeltReader, MissingFileIsAnError) {
  collected c;
  EXPECT_THROW(read_all(data / "no such file.CSV", c), geokg::data_error);
}

TEST(GdeltReader, MalformedRowsStopOrAreCounted) {
  const auto line = first_line(data / "gdelt2/20150218230000.export.excerpt.CSV");
  const auto good = with_field(with_field(line, 7, "USA"), 17, "RUS");
  const std::vector<std::pair<std::string, std::string>> bad = {
      {with_field(good, 0, "12x"),
       "2:1: error: GLOBALEVENTID '12x' is not a number (at GLOBALEVENTID) [geokg.wrong_type]"},
      {with_field(good, 1, "20150230"), "error: SQLDATE '20150230' is not a day YYYYMMDD"},
      {with_field(good, 26, "4a"), "[geokg.invalid_value]"},
      {with_field(good, 29, "5"), "QuadClass '5' is not 1, 2, 3 or 4"},
      {with_field(good, 30, "2.85"),
       "GoldsteinScale '2.85' is not a number in [-10, 10] with at most one decimal"},
      {with_field(good, 30, "11.0"), "[geokg.invalid_value]"},
      {with_field(good, 31, "-1"), "NumMentions '-1' is not a count"},
      {with_field(good, 34, "abc"), "AvgTone 'abc' is not a number"},
      {good.substr(0, good.rfind('\t')), "has 60"},
      {"a\tb", "this one has 2 [geokg.malformed_csv]"},
  };
  for (const auto& [row, message] : bad) {
    const auto p = write_temp("bad.CSV", good + "\n" + row + "\n" + good + "\r\n" + good);
    collected c;
    try {
      read_all(p, c);
      ADD_FAILURE() << "no error for " << message;
    } catch (const geokg::data_error& e) {
      EXPECT_NE(std::string(e.what()).find(message), std::string::npos) << e.what();
      EXPECT_EQ(e.where().line, 2U);
    }
    collected d;
    const auto a = read_all(p, d, {.on_error = geokg::io::error_mode::collect});
    EXPECT_EQ(a.read, 4U);  // CRLF and a last line without newline are rows too
    EXPECT_EQ(a.used, 3U);
    EXPECT_EQ(a.rejected, 1U);
    ASSERT_EQ(a.diagnostics.size(), 1U);
    EXPECT_NE(to_string(a.diagnostics[0]).find(message), std::string::npos)
        << to_string(a.diagnostics[0]);
    fs::remove(p);
  }
}

TEST(GdeltReader, SkipReasons) {
  const auto line = first_line(data / "gdelt2/20150218230000.export.excerpt.CSV");
  const auto good = with_field(with_field(line, 7, "USA"), 17, "RUS");
  const std::string text = with_field(good, 17, "") + "\n" + with_field(good, 17, "AFR") + "\n" +
                           with_field(good, 17, "USA") + "\n" + with_field(good, 29, "") + "\n" +
                           with_field(good, 30, "") + "\n" + good + "\n\n";
  const auto p = write_temp("skips.CSV", text);
  collected c;
  const auto a = read_all(p, c);
  EXPECT_EQ(a.read, 6U);  // the empty line is no row
  EXPECT_EQ(a.used, 1U);
  // GDELT rows have codes, not names, and no DOCUMENT records: the last two reasons stay 0.
  for (std::size_t i = 0; i < skip_reason_count; ++i)
    EXPECT_EQ(a.skipped_by[i], i < 5 ? 1U : 0U) << to_string(static_cast<skip_reason>(i));
  fs::remove(p);
}

TEST(GdeltReader, FullExportsWhenPresent) {
  const fs::path dir = fs::path(GEOKG_SHARED_DIR) / "data/real/gdelt_raw";
  if (!fs::exists(dir / "20150218230000.export.CSV")) GTEST_SKIP() << "no " << dir;
  std::uint64_t read = 0;
  for (const auto* f : {"20150218230000", "20150218231500", "20150218233000", "20150218234500"}) {
    collected c;
    const auto a = read_all(dir / (std::string(f) + ".export.CSV"), c);
    EXPECT_EQ(a.rejected, 0U);
    EXPECT_EQ(a.read, a.used + a.skipped());
    read += a.read;
  }
  EXPECT_EQ(read, 8709U);
}

// --- ICEWS
// ----------------------------------------------------------------------------------------

row_account read_format(const fs::path& p, event_format f, collected& out, read_options o = {}) {
  static const state_index states;
  return read_events(
      p, f, states,
      [&](const event_row& r) {
        out.ids.push_back(r.id);
        auto copy = r;
        copy.actor1_code = copy.actor2_code = copy.event_code = copy.url = {};
        out.rows.push_back(copy);
      },
      o);
}

TEST(IcewsReader, TheRealSample) {
  const fs::path p = fs::path(GEOKG_SHARED_DIR) / "data/real/icews/events.2018.sample.tab";
  if (!fs::exists(p)) GTEST_SKIP() << "no " << p;
  // Independent figures (a Python pass over the file: names through data/identity/names.csv and
  // states.csv, plus the three ICEWS spellings of docs/events.md; Intensity summed in tenths).
  collected c;
  const auto a = read_format(p, event_format::icews, c);
  EXPECT_EQ(a.read, 3705U);
  EXPECT_EQ(a.used, 1741U);
  EXPECT_EQ(a.skipped_by[static_cast<std::size_t>(skip_reason::not_dyadic)], 368U);  // NA
  EXPECT_EQ(a.skipped_by[static_cast<std::size_t>(skip_reason::self)], 1596U);
  EXPECT_EQ(a.skipped_by[static_cast<std::size_t>(skip_reason::unknown_name)], 0U);
  EXPECT_EQ(a.duplicates, 0U);  // unique in this sample (README)
  EXPECT_EQ(a.rejected, 0U);
  EXPECT_EQ(a.read, a.used + a.skipped() + a.rejected + a.duplicates);
  std::int64_t g = 0;
  for (const auto& r : c.rows)
    g += r.goldstein10;
  EXPECT_EQ(g, 31198);
}

TEST(IcewsReader, DuplicatesAndUnknownNames) {
  // The excerpt: 10 real rows, row 1 again (a repeat), and a real row whose Target Country was
  // set to Zanzibar (a COW state of 1963-1964 only, so unknown on 2018-06-01).
  collected c;
  const auto a = read_format(data / "icews/events.2018.excerpt.tab", event_format::icews, c);
  EXPECT_EQ(a.read, 12U);
  EXPECT_EQ(a.used, 8U);
  EXPECT_EQ(a.duplicates, 1U);
  EXPECT_EQ(a.skipped_by[static_cast<std::size_t>(skip_reason::self)], 2U);  // Japan, Thailand
  EXPECT_EQ(a.skipped_by[static_cast<std::size_t>(skip_reason::unknown_name)], 1U);
  EXPECT_EQ(a.read, a.used + a.skipped() + a.rejected + a.duplicates);
  ASSERT_EQ(a.unknown_names.size(), 1U);
  EXPECT_EQ(a.unknown_names[0], (std::pair<std::string, std::uint64_t>{"Zanzibar", 1}));
  ASSERT_FALSE(c.rows.empty());
  const auto& r = c.rows.front();  // 32889836 Bangladesh -> Vietnam, 040 Consult, 1
  EXPECT_EQ(r.id, 32889836U);
  EXPECT_EQ(r.day, 17683);  // 2018-06-01
  EXPECT_EQ(r.root_code, 4);
  EXPECT_EQ(r.quad_class, 1);  // derived from the root: 01-05 verbal cooperation
  EXPECT_EQ(r.plover, plover_category::consult);
  EXPECT_EQ(r.goldstein10, 10);
  static const state_index states;
  EXPECT_EQ(states.id(r.actor1).str(), "BGD");
  EXPECT_EQ(states.id(r.actor2).str(), "VNM");
}

TEST(IcewsReader, MalformedRowsHaveLineAndColumn) {
  const auto lines = [] {
    std::ifstream in(data / "icews/events.2018.excerpt.tab");
    std::vector<std::string> out;
    for (std::string l; std::getline(in, l);)
      out.push_back(l);
    return out;
  }();
  const auto& header = lines[0];
  const auto& good = lines[1];
  const std::vector<std::pair<std::string, std::string>> bad = {
      {with_field(good, 0, "x1"),
       "x.tab:3:1: error: Event ID 'x1' is not a number (at Event ID) [geokg.wrong_type]"},
      {with_field(good, 1, "2018-02-30"),
       "x.tab:3:10: error: Event Date '2018-02-30' is not a day YYYY-MM-DD (at Event Date) "
       "[geokg.invalid_date]"},
      {with_field(good, 6, "21"), "CAMEO Code '21' is not a CAMEO event code"},
      {with_field(good, 7, "11"), "Intensity '11' is not a number in [-10, 10]"},
      {good.substr(0, good.rfind('\t')),
       "x.tab:3:1: error: an ICEWS row has as many tab-separated fields as the header (20); this "
       "one has 19 [geokg.malformed_csv]"},
  };
  for (const auto& [row, message] : bad) {
    const auto p = write_temp("x.tab", header + "\n" + good + "\n" + row + "\n" + lines[2]);
    collected c;
    try {
      read_format(p, event_format::icews, c);
      ADD_FAILURE() << "no error for " << message;
    } catch (const geokg::data_error& e) {
      EXPECT_NE(std::string(e.what()).find(message), std::string::npos) << e.what();
    }
    collected d;
    const auto a =
        read_format(p, event_format::icews, d, {.on_error = geokg::io::error_mode::collect});
    EXPECT_EQ(a.read, 3U);
    EXPECT_EQ(a.rejected, 1U);
    EXPECT_EQ(a.read, a.used + a.skipped() + a.rejected + a.duplicates);
    fs::remove(p);
  }
  // A header without a needed column; a file that stops inside the header.
  for (const auto& text : {std::string("Event ID\tEvent Date\n1\t2018-01-01\n"), std::string()}) {
    const auto p = write_temp("h.tab", text);
    collected c;
    try {
      read_format(p, event_format::icews, c);
      ADD_FAILURE() << "no error";
    } catch (const geokg::data_error& e) {
      EXPECT_EQ(e.code(), geokg::errc::missing_field) << e.what();
      EXPECT_EQ(e.where().line, 1U);
    }
    fs::remove(p);
  }
}

// --- POLECAT
// --------------------------------------------------------------------------------------

TEST(PolecatReader, TheExcerpt) {
  // Made-up rows under the documented header (tests/data/events/ATTRIBUTION.md).
  collected c;
  const auto a = read_format(data / "polecat/polecat.excerpt.tsv", event_format::polecat, c);
  EXPECT_EQ(a.read, 6U);
  EXPECT_EQ(a.used, 3U);
  EXPECT_EQ(a.skipped_by[static_cast<std::size_t>(skip_reason::not_dyadic)], 1U);
  EXPECT_EQ(a.skipped_by[static_cast<std::size_t>(skip_reason::self)], 1U);
  EXPECT_EQ(a.skipped_by[static_cast<std::size_t>(skip_reason::unknown_name)], 1U);
  ASSERT_EQ(a.unknown_names.size(), 1U);
  EXPECT_EQ(a.unknown_names[0].first, "ATL");
  ASSERT_EQ(c.rows.size(), 3U);
  EXPECT_EQ(c.rows[0].plover, plover_category::consult);
  EXPECT_EQ(c.rows[1].plover, plover_category::assault);
  EXPECT_EQ(c.rows[1].quad_class, 4);
  EXPECT_EQ(c.rows[2].quad_class, 1);  // no Quad Code: AGREE's group
  EXPECT_EQ(c.rows[2].goldstein10, 34);
  EXPECT_NE(c.rows[0].id, c.rows[1].id);  // ids that are not numbers are hashed
  collected again;
  read_format(data / "polecat/polecat.excerpt.tsv", event_format::polecat, again);
  EXPECT_EQ(again.ids, c.ids);  // and the hash is stable
}

TEST(PolecatReader, UnknownEventTypeIsAnError) {
  std::ifstream in(data / "polecat/polecat.excerpt.tsv");
  std::string header, good;
  std::getline(in, header);
  std::getline(in, good);
  const auto p = write_temp("bad.tsv", header + "\n" + with_field(good, 2, "FIGHT") + "\n");
  collected c;
  try {
    read_format(p, event_format::polecat, c);
    ADD_FAILURE() << "FIGHT was read";
  } catch (const geokg::data_error& e) {
    EXPECT_NE(std::string(e.what()).find(
                  "bad.tsv:2:26: error: Event Type 'FIGHT' is not a PLOVER category (at Event "
                  "Type) [geokg.invalid_value]"),
              std::string::npos)
        << e.what();
  }
  fs::remove(p);
}

}  // namespace
