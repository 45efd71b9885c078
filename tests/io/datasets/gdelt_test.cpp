// SPDX-License-Identifier: MIT
// The `gdelt` and `gdelt-monthly` formats and the monthly aggregation, on GDELT excerpts (the
// re-exported CSV and the raw 57-, 58- and 61-field rows) and, when present, the full files.

#include "geokg/io/gdelt_aggregate.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include "geokg/io/input.hpp"
#include "geokg/io/load.hpp"

#include "dataset_test_support.hpp"

namespace {

namespace fs = std::filesystem;
using geokg::io::error_mode;

const fs::path georgia =
    fs::path(GEOKG_TEST_DATA_DIR) / "real/gdelt_cameo/gdelt1_events_georgia_2011-06_excerpt.csv";
const fs::path raw_dir = fs::path(GEOKG_TEST_DATA_DIR) / "real/gdelt_raw";
const fs::path export_excerpt = raw_dir / "20150218230000.export.excerpt.CSV";
const fs::path gdelt1_excerpt = raw_dir / "events1_excerpt.csv";

geokg::io::load_result load_gdelt(std::vector<fs::path> paths, std::string format = "gdelt",
                                  error_mode mode = error_mode::collect) {
  std::vector<geokg::io::input> inputs;
  for (auto& p : paths)
    inputs.push_back({format, std::move(p), {}});
  return geokg::io::load(std::span<const geokg::io::input>(inputs), {.on_error = mode});
}

using geokg::test::diagnostics_text;

const geokg::event& event_with_id(const geokg::knowledge_graph& g, std::string_view id,
                                  geokg::statement_ref* ref = nullptr) {
  const auto s = g.statement_ref_of(id);
  if (ref != nullptr) *ref = s;
  return g.event_at(s.as_event());
}

double quantity_named(const geokg::knowledge_graph& g, geokg::statement_ref s,
                      std::string_view name) {
  for (const auto& q : g.quantities_of(s))
    if (q.name == name) return q.value.low;
  return -999;
}

// --- events --------------------------------------------------------------------------------------

TEST(gdelt, keeps_an_event_between_two_states_with_its_cameo_code_as_a_string) {
  auto [g, report] = load_gdelt({georgia});
  geokg::statement_ref ref;
  // Excerpt line 56: USA (UNITED STATES) makes a visit (CAMEO 042) to Georgia (BAKUR KVEZERELI).
  const auto& e = event_with_id(g, "GDELT-126198094", &ref);
  EXPECT_EQ(e.subkind, "042");                   // not 42
  EXPECT_EQ(e.title, "CAMEO 042 Make a visit");  // CAMEO.eventcodes.txt lies beside the file
  EXPECT_EQ(e.kind, geokg::relation_kind::cooperation);  // QuadClass 1
  EXPECT_EQ(geokg::to_string(e.when), "2011-06-09");
  ASSERT_EQ(e.participants.size(), 2U);
  EXPECT_EQ(g[e.participants[0].actor].id.str(), "USA");
  EXPECT_EQ(e.participants[0].role, geokg::participant_role::initiator);
  EXPECT_EQ(g[e.participants[1].actor].id.str(), "GEO");
  EXPECT_EQ(e.participants[1].role, geokg::participant_role::target);
  EXPECT_EQ(quantity_named(g, ref, "goldstein"), 1.9);
  EXPECT_EQ(quantity_named(g, ref, "quad_class"), 1);
  EXPECT_EQ(quantity_named(g, ref, "num_mentions"), 1);
  EXPECT_EQ(quantity_named(g, ref, "avg_tone"), 3.3175355450237);
  EXPECT_EQ(g.note_of(ref),
            "Actor1: UNITED STATES [USA]; Actor2: BAKUR KVEZERELI [GEOGOVAGR]; place: Tbilisi, "
            "Georgia (general), Georgia");
  const auto cites = g.citations_of(ref);
  ASSERT_EQ(cites.size(), 1U);
  EXPECT_EQ(cites[0].source, "gdelt");
  EXPECT_EQ(cites[0].locator, "GLOBALEVENTID 126198094");  // SOURCEURL is empty in this file
  EXPECT_EQ(g.source_at(*g.find_source("gdelt")).kind, geokg::source_kind::dataset);
}

TEST(gdelt, keeps_one_sided_events_and_notes_the_actor_without_a_state) {
  auto [g, report] = load_gdelt({georgia});
  geokg::statement_ref ref;
  // Line 13: USA expresses intent to meet (036); Actor2 is NA throughout: no second participant.
  const auto& one = event_with_id(g, "GDELT-125520777", &ref);
  ASSERT_EQ(one.participants.size(), 1U);
  EXPECT_EQ(one.participants[0].role, geokg::participant_role::initiator);
  EXPECT_EQ(g.note_of(ref),
            "Actor1: UNITED STATES [USA]; Actor2: none; place: Georgia; root event");
  // Line 37: the EU (CAMEO country EUR, a region) and Geneva (CHE): the target alone is a state.
  const auto& eu = event_with_id(g, "GDELT-125981973", &ref);
  ASSERT_EQ(eu.participants.size(), 1U);
  EXPECT_EQ(g[eu.participants[0].actor].id.str(), "CHE");
  EXPECT_EQ(eu.participants[0].role, geokg::participant_role::target);
  EXPECT_EQ(g.note_of(ref).substr(0, 62),
            "Actor1: EUROPEAN UNION [IGOEUREEC], country EUR (not a state);");
}

TEST(gdelt, skips_events_without_any_state_and_counts_them) {
  auto [g, report] = load_gdelt({georgia});
  ASSERT_EQ(report.tables.size(), 1U);
  // Lines 2-5 have no country on either side: out of scope, counted as skipped, not errors.
  EXPECT_EQ(report.tables[0].rows, (geokg::io::record_counts{86, 82, 0}));
  EXPECT_EQ(report.tables[0].skipped, 4U);
  EXPECT_EQ(report.events, (geokg::io::record_counts{82, 82, 0}));
  ASSERT_EQ(report.diagnostics.size(), 1U) << diagnostics_text(report);
  EXPECT_EQ(geokg::to_string(report.diagnostics[0]),
            georgia.string() +
                ":2:1: warning: 4 rows skipped: no state among the event's two actors (geokg keeps "
                "GDELT events that involve a state) (the first here) [geokg.skipped_rows]");
  // Skipping is not an error: stop mode loads the same.
  auto stopped = load_gdelt({georgia}, "gdelt", error_mode::stop);
  EXPECT_EQ(stopped.report.tables[0].skipped, 4U);
}

TEST(gdelt, reads_raw_gdelt_2_rows_with_their_source_url) {
  auto [g, report] = load_gdelt({export_excerpt});
  ASSERT_EQ(report.tables.size(), 1U);
  EXPECT_EQ(report.tables[0].rows.read, 30U);
  geokg::statement_ref ref;
  const auto& e = event_with_id(g, "GDELT-410412353", &ref);  // line 7: AUS -> NZL, 042
  EXPECT_EQ(e.subkind, "042");
  EXPECT_EQ(e.title, "CAMEO 042");                    // no CAMEO.eventcodes.txt beside the file
  EXPECT_EQ(geokg::to_string(e.when), "2014-02-18");  // SQLDATE, not DATEADDED
  EXPECT_EQ(g.citations_of(ref)[0].locator,
            "http://www.voxy.co.nz/entertainment/coast-new-zealand-production-tv-one/5/214255");
  EXPECT_EQ(g.note_of(ref),
            "Actor1: AUSTRALIAN [AUS]; Actor2: NEW ZEALAND [NZL]; place: Great Southern, Victoria, "
            "Australia; root event");
  EXPECT_EQ(quantity_named(g, ref, "num_sources"), 1);
  EXPECT_EQ(quantity_named(g, ref, "avg_tone"), 7.51708428246014);
}

TEST(gdelt, reads_raw_gdelt_1_rows_of_57_and_58_fields) {
  auto [g, report] = load_gdelt({gdelt1_excerpt});
  EXPECT_EQ(report.tables[0].rows.read, 20U);
  EXPECT_EQ(report.tables[0].rows.read, report.tables[0].rows.loaded + report.tables[0].skipped +
                                            report.tables[0].rows.rejected);
  geokg::statement_ref ref;
  const auto& back = event_with_id(g, "GDELT-3", &ref);  // 57 fields, 1979: (none) -> China
  EXPECT_EQ(geokg::to_string(back.when), "1979-01-01");
  EXPECT_EQ(g.citations_of(ref)[0].locator, "GLOBALEVENTID 3");  // back-files have no SOURCEURL
  EXPECT_NE(g.note_of(ref).find("place: Dizhou, Guangxi, China"), std::string::npos);
  const auto& daily = event_with_id(g, "GDELT-253488860", &ref);  // 58 fields: Iceland -> India
  EXPECT_EQ(daily.subkind, "036");
  EXPECT_EQ(daily.participants.size(), 2U);
  EXPECT_EQ(g.citations_of(ref)[0].locator,
            "http://zeenews.india.com/news/world/"
            "iceland-prez-arrives-on-three-day-visit-to-uttarakhand_839118.html");
  EXPECT_NE(g.note_of(ref).find("place: Iceland"), std::string::npos);
}

TEST(gdelt, reads_the_export_files_of_a_folder) {
  // The folder holds the 2.0 export excerpt and events1_excerpt.csv, which is no `*.export.*` file.
  auto [g, report] = load_gdelt({raw_dir});
  ASSERT_EQ(report.tables.size(), 1U);
  EXPECT_EQ(report.tables[0].path, export_excerpt.string());
}

TEST(gdelt, rejects_rows_of_another_width) {
  const auto dir = fs::temp_directory_path() / "geokg_gdelt_width";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const auto file = dir / "short.export.CSV";
  std::ofstream(file) << "1\t2\t3\t4\t5\t6\t7\t8\t9\t10\n";
  auto [g, report] = load_gdelt({file});
  ASSERT_EQ(report.diagnostics.size(), 1U);
  EXPECT_EQ(geokg::to_string(report.diagnostics[0]),
            file.string() +
                ":1:1: error: a GDELT event row has 57 or 58 (GDELT 1.0) or 61 (GDELT 2.0) "
                "tab-separated fields; this one has 10 [geokg.malformed_csv]");
  fs::remove_all(dir);
}

TEST(gdelt, treats_na_as_an_empty_field_in_the_reexported_csv) {
  auto [g, report] = load_gdelt({georgia});
  // No quantity comes from an NA cell, and no actor is named "NA".
  for (const geokg::event_index i : g.event_indices()) {
    const auto note = g.note_of(i);
    EXPECT_EQ(note.find("[NA]"), std::string_view::npos) << note;
    EXPECT_EQ(note.find("country NA"), std::string_view::npos) << note;
  }
  EXPECT_EQ(g.find_actor("NA"), std::nullopt);
}

// --- the monthly aggregation --------------------------------------------------------------------

struct brute_window {
  std::array<std::uint32_t, 4> quads{};
  double sum = 0;
  std::vector<std::string> ids;
};

// The windows counted the slow, obvious way from the graph's events.
std::map<std::tuple<int, unsigned, std::string, std::string>, brute_window> brute_force(
    const geokg::knowledge_graph& g) {
  std::map<std::tuple<int, unsigned, std::string, std::string>, brute_window> out;
  for (const geokg::event_index i : g.event_indices()) {
    const geokg::statement_ref ref{i};
    const auto& e = g.event_at(i);
    std::string from, to;
    for (const auto& p : e.participants) {
      if (p.role == geokg::participant_role::initiator) from = g[p.actor].id.str();
      if (p.role == geokg::participant_role::target) to = g[p.actor].id.str();
    }
    if (from.empty() || to.empty() || from == to) continue;
    const auto day = *e.when.start();
    auto& w = out[{day.year(), day.month(), from, to}];
    w.quads[static_cast<std::size_t>(quantity_named(g, ref, "quad_class")) - 1] += 1;
    w.sum += quantity_named(g, ref, "goldstein");
    w.ids.emplace_back(g.id_of(ref));
  }
  return out;
}

TEST(gdelt, aggregates_months_as_a_brute_force_count_does) {
  auto [g, report] = load_gdelt({georgia, export_excerpt, gdelt1_excerpt});
  const auto brute = brute_force(g);
  ASSERT_GE(brute.size(), 10U);
  for (const auto& options :
       {geokg::io::gdelt_monthly_options{},
        geokg::io::gdelt_monthly_options{.threshold = 0, .min_events = 1},
        geokg::io::gdelt_monthly_options{.threshold = 2.5, .min_events = 2}}) {
    SCOPED_TRACE(options.threshold);
    const auto monthly = geokg::io::aggregate_gdelt_monthly(g, options);
    ASSERT_EQ(monthly.windows.size(), brute.size());
    std::size_t relations = 0;
    std::uint64_t counted = 0;
    auto it = brute.begin();
    for (const auto& w : monthly.windows) {
      const auto& [key, b] = *it++;
      EXPECT_EQ(w.month.year(), std::get<0>(key));
      EXPECT_EQ(w.month.month(), std::get<1>(key));
      EXPECT_EQ(w.source.str(), std::get<2>(key));
      EXPECT_EQ(w.target.str(), std::get<3>(key));
      EXPECT_EQ(w.quad_counts, b.quads);
      EXPECT_EQ(w.events, b.ids);
      const auto n = b.quads[0] + b.quads[1] + b.quads[2] + b.quads[3];
      const double mean = b.sum / n;
      EXPECT_DOUBLE_EQ(w.mean_goldstein, mean);
      std::optional<geokg::relation_kind> kind;
      if (n >= std::max(options.min_events, 1U) && mean >= options.threshold)
        kind = geokg::relation_kind::cooperation;
      else if (n >= std::max(options.min_events, 1U) && mean <= -options.threshold)
        kind = geokg::relation_kind::conflict;
      EXPECT_EQ(w.kind, kind);
      counted += n;
      if (!kind) continue;
      ASSERT_LT(relations, monthly.relations.size());
      const auto& r = monthly.relations[relations++];
      EXPECT_EQ(r.source, w.source);
      EXPECT_EQ(r.kind, *kind);
      const auto side = *kind == geokg::relation_kind::cooperation ? b.quads[0] + b.quads[1]
                                                                   : b.quads[2] + b.quads[3];
      EXPECT_DOUBLE_EQ(r.weight, static_cast<double>(side) / n);
      ASSERT_EQ(r.info.citations.size(), b.ids.size());
      EXPECT_EQ(r.info.citations[0].locator, b.ids[0]);
      EXPECT_EQ(r.info.citations[0].source, "gdelt");
    }
    EXPECT_EQ(relations, monthly.relations.size());
    EXPECT_EQ(monthly.events_counted, counted);
  }
}

TEST(gdelt, gives_monthly_relations_that_the_graph_accepts) {
  auto [g, report] = load_gdelt({export_excerpt});
  const auto monthly = geokg::io::aggregate_gdelt_monthly(g);
  // AUS -> NZL: four "make a visit" events (042, Goldstein 1.9) on 2014-02-18.
  ASSERT_EQ(monthly.relations.size(), 2U);
  const auto& r = monthly.relations[0];
  EXPECT_EQ(r.info.id, "gdelt-month-AUS-NZL-2014-02");
  EXPECT_EQ(geokg::to_string(r.when), "2014-02/2014-03");
  EXPECT_EQ(r.kind, geokg::relation_kind::cooperation);
  EXPECT_EQ(r.weight, 1.0);
  EXPECT_EQ(r.subkind, "monthly");
  EXPECT_EQ(r.info.note,
            "4 GDELT events AUS to NZL in 2014-02 (4 verbal cooperation, 0 material cooperation, 0 "
            "verbal conflict, 0 material conflict); mean Goldstein 1.90 >= 1.00; weight = share of "
            "cooperative events");
  EXPECT_EQ(monthly.relations[1].info.id, "gdelt-month-IRQ-USA-2014-02");
  const auto before = g.num_relations();
  for (const auto& rel : monthly.relations)
    g.add_relation(rel);
  EXPECT_EQ(g.num_relations(), before + 2);
  EXPECT_GT(monthly.events_one_sided, 0U);
  EXPECT_EQ(monthly.events_one_sided + monthly.events_self + monthly.events_counted +
                monthly.events_incomplete,
            g.num_events());
  EXPECT_THROW(geokg::io::aggregate_gdelt_monthly(g, {.threshold = -1}), geokg::data_error);
}

TEST(gdelt, monthly_format_adds_the_aggregates_to_the_events) {
  auto [plain, plain_report] = load_gdelt({georgia, export_excerpt});
  const auto monthly = geokg::io::aggregate_gdelt_monthly(plain);
  auto [g, report] = load_gdelt({georgia, export_excerpt}, "gdelt-monthly");
  EXPECT_EQ(g.num_events(), plain.num_events());
  ASSERT_EQ(g.num_relations(), monthly.relations.size());
  for (const geokg::relation_index i : g.relation_indices()) {
    EXPECT_EQ(g.id_of(i), monthly.relations[i.value()].info.id);
    EXPECT_EQ(g.relation_at(i).kind, monthly.relations[i.value()].kind);
  }
  EXPECT_EQ(report.relations.rejected, 0U) << diagnostics_text(report);
  EXPECT_EQ(geokg::io::detect_format(georgia), "gdelt");
  EXPECT_EQ(geokg::io::detect_format(export_excerpt), "gdelt");
}

// --- the full files (../shared/data/real), when present ------------------------------------------

TEST(gdelt, loads_the_full_georgia_month) {
  const fs::path file =
      fs::path(GEOKG_SHARED_DIR) / "data/real/gdelt_cameo/gdelt1_events_georgia_2011-06.csv";
  if (!fs::exists(file)) GTEST_SKIP() << file << " is absent";
  auto [g, report] = load_gdelt({file});
  ASSERT_EQ(report.tables.size(), 1U);
  const auto rows = report.tables[0].rows;
  EXPECT_EQ(rows.read, 5274U);
  EXPECT_EQ(rows.loaded + report.tables[0].skipped + rows.rejected, 5274U);
  EXPECT_EQ(rows.rejected, 0U);
  EXPECT_EQ(report.events.loaded, rows.loaded);
  EXPECT_GE(report.tables[0].skipped,
            2090U);  // the README's rows with no country on either side, at least
  ASSERT_EQ(report.diagnostics.size(), 1U) << diagnostics_text(report);
  EXPECT_NE(report.diagnostics[0].message.find("rows skipped: no state among"), std::string::npos);
  const auto monthly = geokg::io::aggregate_gdelt_monthly(g);
  for (const auto& w : monthly.windows)
    EXPECT_EQ(geokg::to_string(w.month), "2011-06");
}

TEST(gdelt, loads_the_full_gdelt_2_exports) {
  const fs::path dir = fs::path(GEOKG_SHARED_DIR) / "data/real/gdelt_raw";
  if (!fs::exists(dir)) GTEST_SKIP() << dir << " is absent";
  auto [g, report] = load_gdelt({dir}, "gdelt-monthly");
  ASSERT_EQ(report.tables.size(), 4U);  // the four *.export.CSV, not the mentions
  const std::array<std::uint64_t, 4> rows = {2271, 2102, 2084, 2252};
  std::uint64_t loaded = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(report.tables[i].rows.read, rows[i]);
    loaded += report.tables[i].rows.loaded;
  }
  EXPECT_EQ(g.num_events(), loaded);
  EXPECT_GT(g.num_relations(), 0U);
  EXPECT_EQ(report.relations.rejected, 0U);
  for (const auto& d : report.diagnostics)
    EXPECT_EQ(d.code, geokg::errc::skipped_rows) << geokg::to_string(d);
}

}  // namespace
