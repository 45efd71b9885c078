// SPDX-License-Identifier: MIT
// The signed edge-list loader (`signed`): Read's Highland Tribes, loaded and analysed end to end,
// and the Doreian-Mrvar COW networks with their Pajek labels (an excerpt; the full file if
// present).

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <geokg/analysis/balance.hpp>
#include <geokg/analysis/signed_snapshot.hpp>
#include <geokg/core/error.hpp>
#include <geokg/core/knowledge_graph.hpp>
#include <geokg/io/load.hpp>

#include "dataset_test_support.hpp"

namespace {

namespace fs = std::filesystem;
namespace ga = geokg::analysis;
using geokg::relation_kind;
using geokg::statement_kind;
using geokg::io::error_mode;
using geokg::io::load_result;

const fs::path tribes =
    fs::path(GEOKG_TEST_DATA_DIR) / "signed_networks" / "highland_tribes_edges.csv";
const geokg::test::real_dataset signed_networks{"signed", "signed_networks"};
const fs::path cow_excerpt = signed_networks.excerpt("signnet_cowList_excerpt_edges.csv");
const fs::path malformed = signed_networks.excerpt("signed_malformed_edges.csv");
const fs::path cow_full = signed_networks.full("signnet_cowList_edges.csv");

geokg::date d(std::string_view text) {
  return *geokg::parse_date(text);
}

// The groups of a partition as sets of actor ids.
std::set<std::set<std::string>> groups(const std::vector<int>& of, const ga::signed_graph& sg,
                                       const geokg::knowledge_graph& g) {
  std::vector<std::set<std::string>> by(
      static_cast<std::size_t>(*std::max_element(of.begin(), of.end()) + 1));
  for (std::size_t v = 0; v < of.size(); ++v)
    by[static_cast<std::size_t>(of[v])].insert(g[sg.actors[v]].id.str());
  std::set<std::set<std::string>> out;
  for (auto& s : by)
    if (!s.empty()) out.insert(std::move(s));
  return out;
}

// The relations between two actors (either order) as "kind when" texts.
std::vector<std::string> ties_between(const geokg::knowledge_graph& g, std::string_view a,
                                      std::string_view b) {
  std::vector<std::string> out;
  const auto ia = g.find_actor(a), ib = g.find_actor(b);
  if (!ia || !ib) return out;
  for (const geokg::relation_index r : g.relation_indices()) {
    const auto& rel = g.relation_at(r);
    if ((rel.source == *ia && rel.target == *ib) || (rel.source == *ib && rel.target == *ia))
      out.push_back(std::string(to_string(rel.kind)) + " " + to_string(rel.when));
  }
  std::sort(out.begin(), out.end());
  return out;
}

// --- Highland Tribes ----------------------------------------------------------------------------

TEST(signed_network, highland_tribes_load_as_groups_from_the_nodes_file) {
  const auto result = signed_networks.load(tribes);
  ASSERT_TRUE(result.report.ok()) << result.report.summary();
  const auto& g = result.graph;
  ASSERT_EQ(g.num_actors(), 16U);
  EXPECT_EQ(g[0].id.str(), "Gavev");  // the nodes file's order
  EXPECT_EQ(g[15].id.str(), "Gama");
  for (const auto& a : g.actors())
    EXPECT_EQ(a.kind, geokg::actor_kind::group);
  ASSERT_EQ(g.num_relations(), 58U);
  const auto positive =
      std::count_if(g.relations().begin(), g.relations().end(),
                    [](const geokg::relation& r) { return r.kind == relation_kind::partnership; });
  EXPECT_EQ(positive, 29);
  const auto s = g.find_statement("tribes-Kotun-Gavev");
  ASSERT_TRUE(s);
  const auto& r = g.relation_at(s->as_relation());
  EXPECT_EQ(r.subkind, "signed_network");
  EXPECT_TRUE(r.when.is_open_start() && r.when.is_open_end());  // the ties are undated
  EXPECT_EQ(g.note_of(*s), "rova (alliance, friendship), sign +1");
  EXPECT_EQ(g.citations_of(*s)[0].source, "read_1954_highland_tribes");
  EXPECT_EQ(g.citations_of(*s)[0].locator, "highland_tribes_edges.csv line 2");
  const auto& tables = result.report.tables;
  ASSERT_EQ(tables.size(), 2U);
  EXPECT_EQ(tables[0].rows.read, 16U);
  EXPECT_EQ(tables[1].rows.read, 58U);
  EXPECT_EQ(tables[1].rows.loaded, 58U);
}

// The results of the data README (../shared/data/real/signed_networks/README.md, computed there by
// exhaustive search), reproduced through the loader and the analysis module: 68 triangles (19
// +++, 40 +--, 7 ---, 2 ++-), 7 frustrated edges for two blocs, 2 for three with a unique
// partition whose violations are the positive ties Masil-Nagam and Uheto-Masil.
TEST(signed_network, highland_tribes_reproduce_the_published_balance_results) {
  const auto result = signed_networks.load(tribes);
  const auto& g = result.graph;
  const auto sg = ga::signed_snapshot(g, d("1954"));
  ASSERT_EQ(sg.num_vertices(), 16U);
  ASSERT_EQ(sg.num_edges(), 58U);

  const auto t = ga::count_triads(sg);
  EXPECT_EQ(t.ppp, 19U);
  EXPECT_EQ(t.pnn, 40U);
  EXPECT_EQ(t.nnn, 7U);
  EXPECT_EQ(t.ppn, 2U);
  EXPECT_EQ(t.total(), 68U);

  const auto f = ga::frustration_index(sg);
  EXPECT_EQ(f.value, 7U);
  EXPECT_TRUE(f.optimal);

  const auto p = ga::signed_blocs(sg, 3);
  EXPECT_EQ(p.value, 2U);
  EXPECT_TRUE(p.optimal);
  EXPECT_EQ(groups(p.group, sg, g),
            (std::set<std::set<std::string>>{
                {"Gavev", "Kotun", "Nagad", "Gama"},
                {"Nagam", "Notoh", "Kohik", "Uheto", "Seuve"},
                {"Ove", "Alika", "Gahuk", "Masil", "Ukudz", "Geham", "Asaro"}}));
  std::set<std::set<std::string>> violating;
  for (const auto e : p.violating_edges)
    violating.insert({g[sg.actors[sg.edges[e].u]].id.str(), g[sg.actors[sg.edges[e].v]].id.str()});
  EXPECT_EQ(violating, (std::set<std::set<std::string>>{{"Masil", "Nagam"}, {"Uheto", "Masil"}}));
  EXPECT_EQ(p.positive_between, 2U);
}

// --- COW networks 1946-1999 (Doreian and Mrvar) --------------------------------------------------

TEST(signed_network, cow_windows_are_year_spans_with_pajek_labels_mapped_to_states) {
  const auto result = signed_networks.load(cow_excerpt);
  ASSERT_TRUE(result.report.ok()) << result.report.summary();
  const auto& g = result.graph;
  // README: window "50-53" has USA-CHN -1, USA-JPN +1, KOR-CHN -1 and NKR-AUS -1.
  EXPECT_EQ(ties_between(g, "USA", "CHN"), (std::vector<std::string>{"hostility 1950/1954"}));
  EXPECT_EQ(ties_between(g, "KOR", "CHN"), (std::vector<std::string>{"hostility 1950/1954"}));
  EXPECT_EQ(ties_between(g, "PRK", "AUS"), (std::vector<std::string>{"hostility 1950/1954"}));
  // Japan was outside the COW system until 1952-04-28: the window is cut to its membership.
  EXPECT_EQ(ties_between(g, "USA", "JPN"),
            (std::vector<std::string>{"partnership 1952-04-28/1954"}));
  const auto s = g.find_statement("cowsigned-50-53-USA-JPN");
  ASSERT_TRUE(s);
  EXPECT_EQ(g.relation_at(s->as_relation()).subkind, "signed_network");
  EXPECT_EQ(g.citations_of(*s)[0].source, "doreian_mrvar_2015_cow_signed");
  EXPECT_NE(g.note_of(*s).find("cut to JPN's COW membership"), std::string_view::npos)
      << g.note_of(*s);
}

TEST(signed_network, labels_that_iso_or_cow_would_misread_come_from_the_table) {
  const auto result = signed_networks.load(cow_excerpt);
  const auto& g = result.graph;
  struct case_ {
    std::string_view why, a, b;
  };
  for (const auto& c :
       std::vector<case_>{{"PRG is Portugal, not Paraguay", "PRT", "BEL"},
                          {"SWZ is Switzerland (COW), not Eswatini (ISO)", "USA", "CHE"},
                          {"CAM is Cameroon, not Cambodia (COW)", "CMR", "BEN"},
                          {"NIG is Niger, not Nigeria (COW)", "NER", "BEN"},
                          {"ANT is Antigua and Barbuda", "ARG", "ATG"},
                          {"LTN is Liechtenstein", "CHE", "LIE"},
                          {"MAC is Macedonia, not Macao (ISO)", "MKD", "ALB"},
                          {"CZE is Czechoslovakia, not the Czech Republic (ISO)", "CSK", "BEL"},
                          {"UKI is Ukraine, not the United Kingdom", "UKR", "RUS"},
                          {"AUS is Australia (ISO), not Austria (COW)", "CHN", "AUS"}}) {
    SCOPED_TRACE(c.why);
    EXPECT_EQ(ties_between(g, c.a, c.b).size(), 1U);
  }
  EXPECT_FALSE(g.find_actor("GBR"));  // no UK tie in the excerpt: UKI did not become it
}

TEST(signed_network, two_labels_of_one_state_merge_same_sign_ties) {
  const auto result = signed_networks.load(cow_excerpt);
  const auto& g = result.graph;
  // GFR (West Germany) and GER (Germany) are both DEU; in window 87-90 both have a +1 tie with
  // Belgium (one relation citing two rows) and opposite ties with Poland (two relations).
  EXPECT_EQ(ties_between(g, "DEU", "BEL"), (std::vector<std::string>{"partnership 1987/1991"}));
  const auto s = g.find_statement("cowsigned-87-90-GFR-BEL");
  ASSERT_TRUE(s);
  EXPECT_EQ(g.citations_of(*s).size(), 2U);
  EXPECT_EQ(ties_between(g, "DEU", "POL"),
            (std::vector<std::string>{"hostility 1987/1991", "partnership 1987/1991"}));
  // The GDR ended on 1990-10-03: its 89-92 tie is cut there.
  EXPECT_EQ(ties_between(g, "DDR", "AGO"),
            (std::vector<std::string>{"partnership 1989/1990-10-03"}));
  EXPECT_EQ(result.report.tables.at(0).rows.read, 20U);
  EXPECT_EQ(result.report.tables.at(0).rows.loaded, 20U);
  EXPECT_EQ(g.num_relations(), 19U);
}

TEST(signed_network, bad_labels_signs_and_windows_are_rejected_in_collect_mode) {
  const auto result = signed_networks.load(malformed);
  const auto& rows = result.report.tables.at(0).rows;
  EXPECT_EQ(rows.read, 5U);
  EXPECT_EQ(rows.loaded, 1U);
  EXPECT_EQ(rows.rejected, 4U);
  const auto path = malformed.string();
  EXPECT_EQ(
      geokg::test::errors_of(result.report),
      (std::vector<std::string>{
          path + ":3:9: error: Pajek label 'XXX' is neither in geokg's label table nor an ISO "
                 "alpha-3 code or "
                 "COW abbreviation of a state (at from) [geokg.unknown_actor]",
          path +
              ":4:21: error: expected a sign of 1 or -1, found '2' (at sign) [geokg.invalid_value]",
          path +
              ":5:1: error: expected a window of years such as '50-53', found '5-53' (at window) "
              "[geokg.invalid_date]",
          path + ":6:1: error: row has 2 fields, the header 4 [geokg.malformed_csv]"}));
  EXPECT_THROW((void)signed_networks.load(malformed, error_mode::stop), geokg::data_error);
}

TEST(signed_network, full_cow_file_maps_every_label) {
  if (!fs::exists(cow_full)) GTEST_SKIP() << cow_full << " is absent";
  const auto result = signed_networks.load(cow_full);
  ASSERT_TRUE(result.report.ok()) << result.report.summary();
  const auto& rows = result.report.tables.at(0).rows;
  EXPECT_EQ(rows.read, 41295U);  // the README's count
  EXPECT_EQ(rows.loaded, 41295U);
  const auto& g = result.graph;
  EXPECT_EQ(g.num_actors(), 177U);  // 178 labels; GFR and GER are both Germany
  // 36,224 positive and 5,071 negative ties; 60 positive pairs of GFR and GER ties merge.
  std::size_t positive = 0, negative = 0;
  for (const auto& r : g.relations())
    (r.kind == relation_kind::partnership ? positive : negative) += 1;
  EXPECT_EQ(positive, 36224U - 60U);
  EXPECT_EQ(negative, 5071U);
  const auto us_china = ties_between(g, "USA", "CHN");
  EXPECT_NE(std::find(us_china.begin(), us_china.end(), "hostility 1950/1954"), us_china.end());
}

}  // namespace
