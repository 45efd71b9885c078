// SPDX-License-Identifier: MIT
#include "geokg/io/csv.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "geokg/io/json.hpp"
#include "golden.hpp"
#include "io/csv_list.hpp"
#include "io/csv_reader.hpp"

namespace {

namespace fs = std::filesystem;
using geokg::errc;
using geokg::severity;
using geokg::io::error_mode;

const fs::path golden_dir = fs::path(GEOKG_SOURCE_DIR) / "tests/golden/csv";

geokg::io::load_options collect() {
  return {.on_error = error_mode::collect};
}

using geokg::test::temp_dir;
using geokg::test::write_file;

// Diagnostics, one per line, with paths relative to the golden folder so that the expected text
// does not depend on where the sources are checked out.
std::string diagnostics_text(const geokg::io::load_report& r, const fs::path& base = golden_dir) {
  std::string out;
  for (auto d : r.diagnostics) {
    if (!d.where.path.empty())
      d.where.path = fs::path(d.where.path).lexically_relative(base).generic_string();
    out += geokg::to_string(d) + "\n";
  }
  return out;
}

void expect_counts_add_up(const geokg::io::load_report& r) {
  for (const auto* c : {&r.sources, &r.actors, &r.events, &r.relations, &r.claims}) {
    EXPECT_EQ(c->read, c->loaded + c->rejected);
  }
}

// ------------------------------------------------------------------------------------------------
// Golden cases (geokg::test::csv_golden_case, golden.hpp).

std::vector<geokg::test::csv_golden_case> golden_cases() {
  return geokg::test::csv_golden_cases(golden_dir);
}

TEST(csv, golden_cases_report_exactly_the_expected_diagnostics) {
  const auto cases = golden_cases();
  ASSERT_GE(cases.size(), 25U);
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    auto [graph, report] = geokg::io::load_csv(c.input, c.options);
    expect_counts_add_up(report);
    geokg::test::expect_golden(golden_dir / (c.name + ".errors"), diagnostics_text(report));
    std::ostringstream dump;
    dump << report.summary() << "---\n";
    geokg::io::write_json(graph, dump);
    geokg::test::expect_golden(golden_dir / (c.name + ".expected"), dump.str());
  }
}

// In stop mode the first error is thrown, with the same text as in collect mode.
TEST(csv, stop_mode_throws_the_first_error) {
  for (const auto& c : golden_cases()) {
    SCOPED_TRACE(c.name);
    const auto collected = geokg::io::load_csv(c.input, c.options).report;
    const auto first_error =
        std::find_if(collected.diagnostics.begin(), collected.diagnostics.end(),
                     [](const auto& d) { return d.level == severity::error; });
    auto stop = c.options;
    stop.on_error = error_mode::stop;
    if (first_error == collected.diagnostics.end()) {
      EXPECT_NO_THROW(geokg::io::load_csv(c.input, stop));
      continue;
    }
    try {
      geokg::io::load_csv(c.input, stop);
      ADD_FAILURE() << "expected a data_error";
    } catch (const geokg::data_error& e) {
      EXPECT_EQ(e.as_diagnostic(), *first_error) << e.what();
    }
  }
}

// Every error id except the JSON loader's own is produced by some golden case.
TEST(csv, golden_cases_cover_every_error_the_loader_can_raise) {
  std::set<std::string> seen;
  for (const auto& c : golden_cases()) {
    const auto errors = geokg::test::read_file(golden_dir / (c.name + ".errors"));
    for (std::size_t i = 0; i < geokg::errc_count; ++i) {
      const std::string id(geokg::to_string(static_cast<errc>(i)));
      if (errors.find("[geokg." + id + "]") != std::string::npos) seen.insert(id);
    }
  }
  for (std::size_t i = 0; i < geokg::errc_count; ++i) {
    const std::string id(geokg::to_string(static_cast<errc>(i)));
    if (id == "malformed_json" || id == "skipped_rows")
      continue;  // skipped_rows: real datasets only
    EXPECT_TRUE(seen.contains(id)) << "no golden CSV case produces " << id;
  }
}

// The data records of a table file, as the reader sees them (a rejected record counts).
std::uint64_t data_records(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  geokg::io::detail::csv_reader reader(in);
  geokg::io::detail::csv_record rec;
  std::uint64_t records = 0;
  for (;;) {
    try {
      if (!reader.next(rec)) break;
      ++records;
    } catch (const geokg::io::detail::csv_error& e) {
      if (e.code() == geokg::io::detail::csv_errc::io_error) break;
      ++records;
    }
  }
  return records == 0 ? 0 : records - 1;  // the header
}

// Collect mode: every row of every table is loaded or rejected, never dropped. A file rejected
// as a whole (no header, a column missing from it, too many records) reads no row, or stops at
// the limit.
TEST(csv, collect_mode_loads_or_rejects_every_row) {
  struct table {
    std::string_view file;
    geokg::io::record_counts geokg::io::load_report::*counts;
  };
  const table tables[] = {{"sources.csv", &geokg::io::load_report::sources},
                          {"actors.csv", &geokg::io::load_report::actors},
                          {"events.csv", &geokg::io::load_report::events},
                          {"relations.csv", &geokg::io::load_report::relations},
                          {"claims.csv", &geokg::io::load_report::claims}};
  std::size_t checked = 0;
  for (const auto& c : golden_cases()) {
    SCOPED_TRACE(c.name);
    if (c.input != c.dir) continue;  // single-file cases
    const auto report = geokg::io::load_csv(c.input, c.options).report;
    for (const auto& t : tables) {
      const auto file = c.dir / t.file;
      if (!fs::is_regular_file(file)) continue;
      SCOPED_TRACE(t.file);
      const auto& counts = report.*t.counts;
      const bool whole_file_rejected =
          std::any_of(report.diagnostics.begin(), report.diagnostics.end(), [&](const auto& d) {
            return d.level == severity::error && d.where.line <= 1 &&
                   (d.where.path == file.string() || d.where.path == c.dir.string());
          });
      const auto rows = data_records(file);
      if (whole_file_rejected) {
        EXPECT_EQ(counts.read, 0U);
      } else {
        EXPECT_EQ(counts.read, std::min<std::uint64_t>(rows, c.options.limits.max_records));
      }
      EXPECT_EQ(counts.loaded + counts.rejected, counts.read);
      ++checked;
    }
  }
  EXPECT_GE(checked, 40U);
}

TEST(csv, locates_errors_at_the_cell_with_its_column_name) {
  const auto dir = golden_dir / "unknown_actor";
  const auto report = geokg::io::load_csv(dir, collect()).report;
  const auto kor1 = std::find_if(report.diagnostics.begin(), report.diagnostics.end(),
                                 [](const auto& d) { return d.message == "unknown actor 'KOR1'"; });
  ASSERT_NE(kor1, report.diagnostics.end());
  EXPECT_EQ(kor1->code, errc::unknown_actor);
  EXPECT_EQ(kor1->where, (geokg::location{(dir / "relations.csv").string(), 2, 8, "target"}));
  // Syntax errors name their column too (the reader reports only the position).
  const auto malformed = geokg::io::load_csv(golden_dir / "malformed_csv", collect()).report;
  ASSERT_FALSE(malformed.diagnostics.empty());
  EXPECT_EQ(malformed.diagnostics[0].code, errc::malformed_csv);
  EXPECT_EQ(malformed.diagnostics[0].where.line, 3U);
  EXPECT_EQ(malformed.diagnostics[0].where.column, 26U);
  EXPECT_EQ(malformed.diagnostics[0].where.field, "note");
}

TEST(csv, names_the_column_of_syntax_errors_across_multi_line_records) {
  temp_dir dir("syntax_columns");
  write_file(dir.path() / "actors.csv", "id,kind\nJPN,state\nKOR,state\n");
  write_file(dir.path() / "relations.csv",
             "id,source,target,kind,note\n"
             "r1,JPN,KOR,partnership,\"two\nlines, \"\"quoted\"\"\"\n"  // lines 2-3, valid
             "r2,JPN,\"KOR\"x,partnership,n\n"                          // line 4
             "r3,JPN,KOR,partnership,\"a \"\"b\"\",\nc\" d\n"           // lines 5-6
             "r4,JPN,KOR,partnership,bad\"quote\n"                      // line 7, after a resync
             "\n\nr5,JPN,KOR,\"partner\r\nship\"\"\n");                 // lines 10-11, never closed
  const auto report = geokg::io::load_csv(dir.path(), collect()).report;
  std::vector<std::string> got;
  for (const auto& d : report.diagnostics) {
    got.push_back(std::to_string(d.where.line) + ":" + std::to_string(d.where.column) + " " +
                  d.where.field + " " + std::string(geokg::to_string(d.code)));
  }
  EXPECT_EQ(got, (std::vector<std::string>{"4:13 target malformed_csv", "6:3 note malformed_csv",
                                           "7:27 note malformed_csv", "10:12 kind malformed_csv"}));
  EXPECT_EQ(report.relations.read, 5U);
  EXPECT_EQ(report.relations.loaded, 1U);
}

TEST(csv, refuses_a_file_over_the_size_limit_as_a_whole) {
  auto options = collect();
  options.limits.max_file_bytes = 40;
  const auto report = geokg::io::load_csv(golden_dir / "valid_east_asia", options).report;
  ASSERT_EQ(report.diagnostics.size(), 7U) << diagnostics_text(report);
  for (const auto& d : report.diagnostics) {
    EXPECT_EQ(d.code, errc::too_large);
    EXPECT_TRUE(d.message.starts_with("file of ")) << d.message;
    EXPECT_TRUE(d.message.ends_with(" bytes exceeds the limit of 40")) << d.message;
  }
  EXPECT_EQ(report.actors.read, 0U);
}

// ------------------------------------------------------------------------------------------------
// Reading: the dialect and the table rules.

TEST(csv, reads_bom_crlf_and_columns_in_any_order) {
  temp_dir dir("dialect");
  write_file(dir.path() / "actors.csv",
             "\xEF\xBB\xBFkind,name,id\r\nstate,\"Korea, Republic "
             "of\",KOR\r\n\r\nstate,Japan,JPN\rstate,\"Côte d'Ivoire\",CIV\n");
  write_file(dir.path() / "relations.csv", "weight,kind,target,source\n0.5,partnership,KOR,JPN");
  auto [g, report] = geokg::io::load_csv(dir.path());
  EXPECT_TRUE(report.diagnostics.empty()) << diagnostics_text(report, dir.path());
  ASSERT_EQ(g.num_actors(), 3U);
  EXPECT_EQ(g[0].name, "Korea, Republic of");
  EXPECT_EQ(g[2].name, "Côte d'Ivoire");
  ASSERT_EQ(g.num_relations(), 1U);
  EXPECT_EQ(g.relation_at(geokg::relation_index{0}).weight, 0.5F);
  EXPECT_EQ(g[g.relation_at(geokg::relation_index{0}).source].id.str(), "JPN");
}

TEST(csv, reads_list_cells_with_escapes) {
  temp_dir dir("lists");
  write_file(dir.path() / "actors.csv",
             "id,kind,aliases,codes,existence\n"
             "JPN,state,Nippon;a\\;b;back\\\\slash;;,cow:740@../1945;other:x@y@1950/"
             "..;iso2:J:P,1800/1945;1952/..\n");
  auto [g, report] = geokg::io::load_csv(dir.path());
  EXPECT_TRUE(report.diagnostics.empty()) << diagnostics_text(report, dir.path());
  ASSERT_EQ(g.num_actors(), 1U);
  EXPECT_EQ(g[0].aliases, (std::vector<std::string>{"Nippon", "a;b", "back\\slash", "", ""}));
  ASSERT_EQ(g[0].codes.size(), 3U);
  EXPECT_EQ(g[0].codes[0].value, "740");
  EXPECT_EQ(g[0].codes[0].valid, geokg::interval::until(*geokg::parse_date("1945")));
  EXPECT_EQ(g[0].codes[1].value, "x@y");  // the interval follows the last '@'
  EXPECT_EQ(g[0].codes[2].system, geokg::code_system::iso_alpha2);
  EXPECT_EQ(g[0].codes[2].value, "J:P");  // the system ends at the first ':'
  EXPECT_EQ(g[0].existence.size(), 2U);
}

TEST(csv_list, splits_and_joins_with_escapes) {
  using geokg::io::detail::join_list;
  using geokg::io::detail::split_list;
  struct case_ {
    std::string_view name, cell;
    std::vector<std::string> items;
  };
  const case_ cases[] = {
      {"an empty cell is an empty list", "", {}},
      {"one item", "a", {"a"}},
      {"items are split at every ';'", "a;b;;c", {"a", "b", "", "c"}},
      {"a trailing ';' ends with an empty item", "a;", {"a", ""}},
      {"'\\;' is a literal semicolon", "a\\;b;c", {"a;b", "c"}},
      {"'\\\\' is a literal backslash", "a\\\\;b", {"a\\", "b"}},
      {"UTF-8 passes through", "박정희;日本", {"박정희", "日本"}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const auto items = split_list(c.cell);
    ASSERT_TRUE(items.has_value());
    EXPECT_EQ(*items, c.items);
    if (!c.items.empty()) {
      EXPECT_EQ(split_list(join_list(c.items)), c.items);
    }
  }
  for (std::string_view bad : {"a\\b", "trailing\\", "\\n"}) {
    SCOPED_TRACE(bad);
    geokg::io::detail::list_error error;
    EXPECT_FALSE(split_list(bad, &error).has_value());
    EXPECT_EQ(bad[error.offset], '\\');
  }
  EXPECT_EQ(join_list(std::vector<std::string>{"a;b", "c\\d", "e"}), "a\\;b;c\\\\d;e");
}

TEST(csv, reports_progress_every_4_mib_and_at_the_end_of_each_file) {
  temp_dir dir("progress");
  write_file(dir.path() / "actors.csv", "id,kind\nJPN,state\nKOR,state\n");
  std::string relations = "source,target,kind,start,note\n";
  const std::string note(1000, 'x');
  const int rows = 10000;
  for (int i = 0; i < rows; ++i) {
    relations += "JPN,KOR,summit," + std::to_string(1000 + i / 12) + "-" + (i % 12 < 9 ? "0" : "") +
                 std::to_string(i % 12 + 1) + "," + note + "\n";
  }
  write_file(dir.path() / "relations.csv", relations);
  std::map<std::string, std::vector<geokg::io::progress>> calls;
  geokg::io::load_options options;
  options.on_progress = [&](const geokg::io::progress& p) {
    calls[std::string(p.path)].push_back(p);
  };
  auto [g, report] = geokg::io::load_csv(dir.path(), options);
  EXPECT_EQ(g.num_relations(), static_cast<std::size_t>(rows));
  ASSERT_EQ(calls.size(), 2U);
  const auto& actors = calls[(dir.path() / "actors.csv").string()];
  ASSERT_EQ(actors.size(), 1U);
  EXPECT_EQ(actors.back().records, 2U);
  EXPECT_EQ(actors.back().bytes_read, actors.back().bytes_total);
  const auto& rel = calls[(dir.path() / "relations.csv").string()];
  ASSERT_EQ(rel.size(), relations.size() / (std::size_t{4} << 20) + 1);
  for (std::size_t i = 1; i < rel.size(); ++i)
    EXPECT_GT(rel[i].bytes_read, rel[i - 1].bytes_read);
  EXPECT_EQ(rel.back().bytes_read, relations.size());
  EXPECT_EQ(rel.back().bytes_total, relations.size());
  EXPECT_EQ(rel.back().records, static_cast<std::uint64_t>(rows));
}

// ------------------------------------------------------------------------------------------------
// Writing.

TEST(csv, writes_deterministic_rfc4180_tables_quoting_only_where_needed) {
  geokg::knowledge_graph g;
  g.add_source(
      {.id = "s1", .kind = geokg::source_kind::news, .title = "A \"quoted\" title, with comma"});
  g.add_actor({.id = geokg::actor_id("JPN"),
               .name = "Japan",
               .aliases = {"Nippon", "a;b"},
               .existence = {geokg::interval::since(*geokg::parse_date("~1868"))}});
  g.add_actor({.id = geokg::actor_id("KOR"), .name = " spaced ", .note = "two\nlines"});
  g.add_relation({.source = geokg::actor_id("JPN"),
                  .target = geokg::actor_id("KOR"),
                  .kind = geokg::relation_kind::partnership,
                  .weight = 0.1,
                  .info = {.id = "r1", .citations = {{.locator = "UNTS vol. 583, p. 33"}}}});
  g.add_relation({.source = geokg::actor_id("KOR"),
                  .target = geokg::actor_id("JPN"),
                  .kind = geokg::relation_kind::sanction,
                  .when = *geokg::parse_interval("2019-07/2023-03"),
                  .info = {.id = "r2",
                           .status = geokg::statement_status::disputed,
                           .citations = {{.source = "s1", .quote = "q", .confidence = 0.75}}}});
  temp_dir dir("write");
  geokg::io::write_csv(g, dir.path());
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(dir.path()))
    files.push_back(e.path().filename().string());
  std::sort(files.begin(), files.end());
  EXPECT_EQ(files, (std::vector<std::string>{"actors.csv", "citations.csv", "relations.csv",
                                             "sources.csv"}));
  EXPECT_EQ(geokg::test::read_file(dir.path() / "sources.csv"),
            "id,kind,title,author,publisher,published,url,reliability,note\r\n"
            "s1,news,\"A \"\"quoted\"\" title, with comma\",,,,,,\r\n");
  EXPECT_EQ(geokg::test::read_file(dir.path() / "actors.csv"),
            "id,name,kind,start,end,aliases,codes,existence,note\r\n"
            "JPN,Japan,state,~1868,,Nippon;a\\;b,,,\r\n"
            "KOR,\" spaced \",state,,,,,,\"two\nlines\"\r\n");
  EXPECT_EQ(geokg::test::read_file(dir.path() / "relations.csv"),
            "id,source,target,kind,sign,start,end,weight,source_ref,subkind,event,status,note\r\n"
            "r1,JPN,KOR,partnership,1,,,0.1,\"UNTS vol. 583, p. 33\",,,,\r\n"
            "r2,KOR,JPN,sanction,-1,2019-07,2023-03,,,,,disputed,\r\n");
  EXPECT_EQ(geokg::test::read_file(dir.path() / "citations.csv"),
            "statement,source,locator,quote,confidence\r\n"
            "r2,s1,,q,0.75\r\n");
  EXPECT_TRUE(geokg::io::load_csv(dir.path()).graph == g);
}

TEST(csv, writer_requires_ids_where_statements_are_referred_to) {
  struct case_ {
    std::string_view name;
    geokg::statement_info info;
    std::string message;
  };
  const case_ cases[] = {
      {"citations beyond one bare locator",
       {.citations = {{.locator = "p. 1"}, {.locator = "p. 2"}}},
       "cannot write relation #0: its citations go to citations.csv, which needs its id"},
      {"quantities",
       {.quantities = {{"grants", geokg::quantity::exact(3e8, "USD")}}},
       "cannot write relation #0: its quantities go to quantities.csv, which needs its id"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    geokg::knowledge_graph g;
    g.add_actor({.id = geokg::actor_id("JPN")});
    g.add_actor({.id = geokg::actor_id("KOR")});
    g.add_relation(
        {.source = geokg::actor_id("JPN"), .target = geokg::actor_id("KOR"), .info = c.info});
    temp_dir dir("ids");
    const auto out = dir.path() / "dataset";
    try {
      geokg::io::write_csv(g, out);
      ADD_FAILURE() << "expected a data_error";
    } catch (const geokg::data_error& e) {
      EXPECT_EQ(e.code(), errc::invalid_id);
      EXPECT_EQ(e.message(), c.message);
    }
    EXPECT_FALSE(fs::exists(out)) << "nothing is written when the graph cannot be";
  }
  geokg::knowledge_graph g;
  g.add_actor({.id = geokg::actor_id("JPN")});
  g.add_actor({.id = geokg::actor_id("KOR")});
  g.add_event({.kind = geokg::relation_kind::summit,
               .participants = {{geokg::actor_id("JPN")}, {geokg::actor_id("KOR")}}});
  g.add_claim({.kind = geokg::claim_kind::assessment, .actors = {geokg::actor_id("JPN")}});
  g.add_event({.kind = geokg::relation_kind::summit,
               .participants = {{geokg::actor_id("JPN")}},
               .part_of = "",
               .info = {.id = "e1"}});
  temp_dir dir("ids_ok");
  EXPECT_NO_THROW(geokg::io::write_csv(g, dir.path()));  // unreferred statements need no id
}

TEST(csv, writer_removes_tables_left_from_an_earlier_dataset) {
  temp_dir dir("stale");
  write_file(dir.path() / "relations.csv", "source,target,kind\nJPN,KOR,war\n");
  write_file(dir.path() / "notes.txt", "kept");
  geokg::knowledge_graph g;
  g.add_actor({.id = geokg::actor_id("JPN")});
  geokg::io::write_csv(g, dir.path());
  EXPECT_FALSE(fs::exists(dir.path() / "relations.csv"));
  EXPECT_TRUE(fs::exists(dir.path() / "notes.txt"));
  auto [back, report] = geokg::io::load_csv(dir.path());
  EXPECT_TRUE(back == g);
}

TEST(csv, writer_reports_an_unwritable_folder_as_io_error) {
  temp_dir dir("unwritable");
  write_file(dir.path() / "file", "");
  geokg::knowledge_graph g;
  try {
    geokg::io::write_csv(g, dir.path() / "file" / "dataset");
    ADD_FAILURE() << "expected a data_error";
  } catch (const geokg::data_error& e) {
    EXPECT_EQ(e.code(), errc::io_error);
  }
}

// ------------------------------------------------------------------------------------------------
// Round trip: write_csv -> load_csv gives an identical graph.

// splitmix64: a small generator whose output is the same on every platform (std distributions
// are not).
class rng {
 public:
  explicit rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30U)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27U)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31U);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  bool one_in(std::size_t n) { return below(n) == 0; }
  template <class T>
  const T& pick(const std::vector<T>& items) {
    return items[below(items.size())];
  }

 private:
  std::uint64_t state_;
};

const std::vector<std::string> texts{"",
                                     "plain",
                                     "with, comma",
                                     "with \"quotes\"",
                                     "\"quoted whole\"",
                                     "two\nlines",
                                     "crlf\r\ninside",
                                     "lone\rcarriage return",
                                     " leading space",
                                     "trailing space ",
                                     "semi;colon",
                                     "back\\slash",
                                     "both \\; mixed;\\",
                                     "Côte d'Ivoire",
                                     "대한민국",
                                     "日本国",
                                     "🇰🇷 flag",
                                     "tab\there",
                                     ",",
                                     ";",
                                     "\\",
                                     "@at:colon/slash",
                                     "..",
                                     "x"};
const std::vector<std::string> date_texts{"1816",
                                          "1910-08-29",
                                          "1945-08",
                                          "1930s",
                                          "late 1930s",
                                          "early 1990s",
                                          "mid 1950s",
                                          "7th century",
                                          "early 20th century",
                                          "late 19th century",
                                          "~1965",
                                          "~1965-06-22",
                                          "~1930s",
                                          "0663",
                                          "-0500",
                                          "-9999",
                                          "2023-08-18",
                                          "9999-12",
                                          "1",
                                          "2000-02-29",
                                          "~7th century"};

geokg::date random_date(rng& r) {
  const auto d = geokg::parse_date(r.pick(date_texts));
  if (!d) throw std::logic_error("a generator date does not parse");
  return *d;
}

geokg::interval random_interval(rng& r) {
  switch (r.below(5)) {
    case 0:
      return {};
    case 1:
      return geokg::interval::since(random_date(r));
    case 2:
      return geokg::interval::until(random_date(r));
    case 3:
      if (auto i = geokg::interval::covering(random_date(r))) return *i;
      return {};
    default: {
      const auto a = random_date(r);
      const auto b = random_date(r);
      if (auto i = geokg::interval::make(std::min(a, b), std::max(a, b))) return *i;
      return geokg::interval::since(a);
    }
  }
}

std::string nonempty_text(rng& r) {
  auto t = r.pick(texts);
  return t.empty() ? "empty" : t;
}

std::optional<double> random_unit(rng& r) {
  const std::vector<double> values{0.0, 0.25, 0.3, 1.0 / 3.0, 0.9, 1.0};
  if (r.one_in(3)) return std::nullopt;
  return r.pick(values);
}

geokg::statement_info random_info(rng& r, std::string id, std::size_t sources, bool details) {
  geokg::statement_info info;
  info.id = std::move(id);
  if (r.one_in(2)) info.status = static_cast<geokg::statement_status>(r.below(3));
  info.note = r.pick(texts);
  if (!details) return info;
  const auto n = r.below(4);
  for (std::size_t i = 0; i < n; ++i) {
    geokg::citation c;
    if (!r.one_in(4)) c.source = "src." + std::to_string(r.below(sources));
    c.locator = r.pick(texts);
    c.quote = r.pick(texts);
    c.confidence = random_unit(r);
    info.citations.push_back(std::move(c));
  }
  const auto q = r.below(3);
  const std::vector<double> values{3e8, 1e-7, 123.456, -5, 0, 1e21, 0.1};
  for (std::size_t i = 0; i < q; ++i) {
    const auto a = r.pick(values);
    const auto b = r.pick(values);
    auto value = r.one_in(2)
                     ? geokg::quantity::exact(a, r.pick(texts))
                     : geokg::quantity::range(std::min(a, b), std::max(a, b), r.pick(texts));
    value.approximate = r.one_in(2);
    info.quantities.push_back({r.pick(texts), std::move(value)});
  }
  return info;
}

// A graph that uses every field and every kind, with hostile text everywhere. Statements refer
// only to earlier ones (so loading keeps their order), except two claims at the end that refer
// to each other.
geokg::knowledge_graph generated_graph(std::uint64_t seed) {
  rng r(seed);
  geokg::knowledge_graph g;
  const std::size_t sources = 8;
  for (std::size_t i = 0; i < sources; ++i) {
    g.add_source({.id = "src." + std::to_string(i),
                  .kind = static_cast<geokg::source_kind>(i % 7),
                  .title = r.pick(texts),
                  .author = r.pick(texts),
                  .publisher = r.pick(texts),
                  .published = r.one_in(2) ? std::optional(random_date(r)) : std::nullopt,
                  .url = r.pick(texts),
                  .reliability = random_unit(r),
                  .note = r.pick(texts)});
  }
  const std::size_t actors = 40;
  const auto actor_name = [](std::size_t i) {
    return geokg::actor_id(i == 7 ? "k-2.b_3" : "A" + std::to_string(i));
  };
  for (std::size_t i = 0; i < actors; ++i) {
    geokg::actor a{
        .id = actor_name(i), .kind = static_cast<geokg::actor_kind>(i % 5), .name = r.pick(texts)};
    const auto aliases = r.below(4);
    for (std::size_t k = 0; k < aliases; ++k)
      a.aliases.push_back(k == 0 ? nonempty_text(r) : r.pick(texts));
    const auto codes = r.below(4);
    for (std::size_t k = 0; k < codes; ++k) {
      a.codes.push_back(
          {static_cast<geokg::code_system>(r.below(9)), r.pick(texts), random_interval(r)});
    }
    const auto d1 = *geokg::parse_date("1800");
    const auto d2 = *geokg::parse_date("~1900-05");
    const auto d3 = *geokg::parse_date("early 20th century");
    switch (i % 6) {
      case 0:
        break;
      case 1:
        a.existence = {geokg::interval::since(random_date(r))};
        break;
      case 2:
        a.existence = {geokg::interval::until(random_date(r))};
        break;
      case 3:
        a.existence = {geokg::interval(d1, d2)};
        break;
      case 4:
        a.existence = {geokg::interval(d1, d2), geokg::interval::since(d3)};
        break;
      default:
        a.existence = {geokg::interval{}};
        break;  // one unbounded spell, not "no spell"
    }
    a.note = r.pick(texts);
    g.add_actor(std::move(a));
  }
  std::vector<std::string> statement_ids;
  std::vector<std::string> event_ids;
  const std::size_t events = 20;
  for (std::size_t i = 0; i < events; ++i) {
    const bool has_id = i < 15;
    geokg::event_spec e{.kind = static_cast<geokg::relation_kind>(i % geokg::relation_kind_count),
                        .when = random_interval(r),
                        .title = r.pick(texts),
                        .subkind = r.pick(texts)};
    const auto n = 1 + r.below(4);
    for (std::size_t k = 0; k < n; ++k) {
      e.participants.push_back(
          {actor_name((i + k * 7) % actors), static_cast<geokg::participant_role>(r.below(8))});
    }
    if (!event_ids.empty() && r.one_in(2)) e.part_of = r.pick(event_ids);
    e.info = random_info(r, has_id ? "ev-" + std::to_string(i) : "", sources, has_id);
    g.add_event(e);
    if (has_id) {
      event_ids.push_back(e.info.id);
      statement_ids.push_back(e.info.id);
    }
  }
  const std::size_t relations = 400;
  const std::vector<double> weights{1.0, 0.5, 0.1, 0.333, 0.05, 0.0, 0.49, 1.0 / 3.0};
  for (std::size_t i = 0; i < relations; ++i) {
    const auto a = r.below(actors);
    const auto b = (a + 1 + r.below(actors - 1)) % actors;
    const bool has_id = !r.one_in(4);
    geokg::relation_spec s{
        .source = actor_name(a),
        .target = actor_name(b),
        .kind = static_cast<geokg::relation_kind>(i % geokg::relation_kind_count),
        .when = random_interval(r),
        .weight = r.pick(weights),
        .event = r.one_in(4) ? r.pick(event_ids) : "",
        .subkind = r.pick(texts)};
    s.info = random_info(r, has_id ? std::to_string(i) : "", sources, has_id);
    if (r.one_in(3))
      s.info.citations = {{.locator = nonempty_text(r)}};  // the source_ref shorthand
    g.add_relation(s);
    if (has_id) statement_ids.push_back(s.info.id);
  }
  const std::size_t claims = 14;
  std::vector<geokg::claim_spec> cycle;
  for (std::size_t i = 0; i < claims; ++i) {
    const auto kind = static_cast<geokg::claim_kind>(i % 6);
    geokg::claim_spec c{.kind = kind, .label = r.pick(texts), .text = r.pick(texts)};
    if (r.one_in(2)) c.made_on = random_date(r);
    const auto n = 1 + r.below(3);
    for (std::size_t k = 0; k < n; ++k)
      c.subjects.push_back(r.pick(statement_ids));
    if (kind != geokg::claim_kind::assessment || r.one_in(2)) {
      for (std::size_t k = 0; k < n; ++k)
        c.objects.push_back(r.pick(statement_ids));
    }
    for (std::size_t k = 0; k < r.below(3); ++k)
      c.actors.push_back(actor_name(r.below(actors)));
    c.info = random_info(r, "claim_" + std::to_string(i), sources, true);
    if (i + 2 >= claims) {
      // The last two refer to each other.
      c.subjects.push_back("claim_" + std::to_string(i + 2 == claims ? i + 1 : i - 1));
      cycle.push_back(std::move(c));
      continue;
    }
    g.add_claim(c);
    statement_ids.push_back(c.info.id);
  }
  g.add_claims(cycle);
  return g;
}

// Compares two graphs item by item through the public accessors, so a failure says where.
void expect_same_graph(const geokg::knowledge_graph& a, const geokg::knowledge_graph& b) {
  ASSERT_EQ(a.num_sources(), b.num_sources());
  for (const geokg::source_index i : a.source_indices())
    EXPECT_TRUE(a.source_at(i) == b.source_at(i)) << "source " << i.value();
  ASSERT_EQ(a.num_actors(), b.num_actors());
  for (geokg::actor_index i = 0; i < a.num_actors(); ++i)
    EXPECT_TRUE(a[i] == b[i]) << "actor " << a[i].id.str();
  ASSERT_EQ(a.num_events(), b.num_events());
  for (const geokg::event_index i : a.event_indices())
    EXPECT_TRUE(a.event_at(i) == b.event_at(i)) << "event " << i.value();
  ASSERT_EQ(a.num_relations(), b.num_relations());
  for (const geokg::relation_index i : a.relation_indices()) {
    EXPECT_TRUE(a.relation_at(i) == b.relation_at(i)) << "relation " << i.value();
  }
  ASSERT_EQ(a.num_claims(), b.num_claims());
  for (const geokg::claim_index i : a.claim_indices())
    EXPECT_TRUE(a.claim_at(i) == b.claim_at(i)) << "claim " << i.value();
  for (const auto kind : {geokg::statement_kind::event, geokg::statement_kind::relation,
                          geokg::statement_kind::claim}) {
    for (std::uint32_t i = 0; i < a.count(kind); ++i) {
      const geokg::statement_ref s{kind, i};
      SCOPED_TRACE(std::string(geokg::to_string(kind)) + " #" + std::to_string(i));
      EXPECT_EQ(a.id_of(s), b.id_of(s));
      EXPECT_EQ(a.status_of(s), b.status_of(s));
      EXPECT_TRUE(std::ranges::equal(a.citations_of(s), b.citations_of(s)));
      EXPECT_TRUE(std::ranges::equal(a.quantities_of(s), b.quantities_of(s)));
      EXPECT_EQ(a.note_of(s), b.note_of(s));
    }
  }
  EXPECT_TRUE(a == b);
}

std::map<std::string, std::string> folder_files(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& e : fs::directory_iterator(dir))
    out[e.path().filename().string()] = geokg::test::read_file(e.path());
  return out;
}

TEST(csv, round_trips_generated_graphs_exactly) {
  for (const std::uint64_t seed : {1U, 2U, 3U, 42U, 20240613U}) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    const auto g = generated_graph(seed);
    temp_dir first("round_trip_1");
    geokg::io::write_csv(g, first.path());
    auto [back, report] = geokg::io::load_csv(first.path(), collect());
    EXPECT_EQ(report.count(severity::error), 0U) << diagnostics_text(report, first.path());
    expect_same_graph(g, back);
    // Writing is deterministic: the graph read back writes the same bytes.
    temp_dir second("round_trip_2");
    geokg::io::write_csv(back, second.path());
    EXPECT_EQ(folder_files(first.path()), folder_files(second.path()));
    EXPECT_EQ(folder_files(first.path()).size(), 7U) << "every table is exercised";
  }
}

// ------------------------------------------------------------------------------------------------
// The benchmark workload and other people's test data.

// Generates workload S into `dir`; false if it cannot be (no python3).
bool generate_workload_s(const fs::path& gen, const fs::path& dir) {
  const auto command =
      "python3 '" + gen.string() + "' --scale S --out '" + dir.string() + "' > /dev/null 2>&1";
  return std::system(command.c_str()) == 0 && fs::exists(dir / "relations.csv");
}

TEST(csv, loads_the_benchmark_workload_s_with_its_reference_counts) {
  const fs::path gen = fs::path(GEOKG_SHARED_DIR) / "bench/gen.py";
  if (!fs::exists(gen)) GTEST_SKIP() << gen << " is absent";
  temp_dir dir("workload_s");
  if (!generate_workload_s(gen, dir.path())) GTEST_SKIP() << "cannot run python3 " << gen;
  auto [g, report] = geokg::io::load_csv(dir.path(), collect());
  EXPECT_EQ(report.count(severity::error), 0U) << diagnostics_text(report, dir.path());
  // WORKLOAD.md: the load checksum for S is actors:relations:open-ended relations.
  EXPECT_EQ(geokg::test::workload_checksum(g), "200:5000:500");
  EXPECT_EQ(report.actors.read, 200U);
  EXPECT_EQ(report.relations.read, 5000U);

  // And it round-trips.
  temp_dir out("workload_s_out");
  geokg::io::write_csv(g, out.path());
  auto [back, back_report] = geokg::io::load_csv(out.path(), collect());
  EXPECT_EQ(back_report.count(severity::error), 0U);
  expect_same_graph(g, back);
}

// csv-spectrum's files are valid CSV but not geokg tables: loaded as single files they are
// refused for lack of the required columns, never with a crash (csv_reader_test checks that
// their content is read right).
TEST(csv, refuses_csv_spectrum_files_as_tables_without_crashing) {
  const fs::path dir = fs::path(GEOKG_SHARED_DIR) / "data/conformance/csv-spectrum/csvs";
  if (!fs::is_directory(dir)) GTEST_SKIP() << dir << " is absent";
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() != ".csv") continue;
    SCOPED_TRACE(e.path().filename().string());
    ++files;
    const auto report = geokg::io::load_csv(e.path(), collect()).report;
    ASSERT_EQ(report.diagnostics.size(), 1U) << diagnostics_text(report, dir);
    EXPECT_EQ(report.diagnostics[0].code, errc::missing_field);
    EXPECT_EQ(report.diagnostics[0].where, (geokg::location{e.path().string(), 1, 1, {}}));
    EXPECT_THROW(geokg::io::load_csv(e.path()), geokg::data_error);
  }
  EXPECT_GE(files, 12U);
}

}  // namespace
