// SPDX-License-Identifier: MIT
#include "geokg/io/export.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "geokg/io/csv.hpp"
#include "geokg/io/json.hpp"
#include "geokg/io/load.hpp"
#include "test_files.hpp"

namespace {

namespace fs = std::filesystem;
using geokg::errc;
using geokg::io::export_format;
using geokg::io::isolated_actors;

// --- a tiny XML reader: enough to check well-formedness and read the exports back ----------------

struct element {
  std::string name;
  std::vector<std::pair<std::string, std::string>> attributes;
  std::vector<element> children;
  std::string text;  // character data directly inside, entities decoded

  const std::string* attribute(std::string_view key) const {
    for (const auto& [k, v] : attributes) {
      if (k == key) return &v;
    }
    return nullptr;
  }
  std::vector<const element*> all(std::string_view tag) const {  // descendants, document order
    std::vector<const element*> out;
    for (const auto& c : children) {
      if (c.name == tag) out.push_back(&c);
      for (const auto* d : c.all(tag))
        out.push_back(d);
    }
    return out;
  }
};

// Parses a document of elements, attributes, character data and the five predefined entities plus
// numeric references (what the writers produce); fails on anything not well-formed.
class xml_reader {
 public:
  explicit xml_reader(std::string_view text) : s_(text) {}

  // The root element, or nullopt with `error()` set.
  std::optional<element> parse() {
    skip_space();
    if (s_.substr(i_, 5) == "<?xml") {
      const auto end = s_.find("?>", i_);
      if (end == std::string_view::npos) {
        fail("unterminated XML declaration");
        return std::nullopt;
      }
      i_ = end + 2;
    }
    skip_space();
    element root;
    if (!parse_element(root)) return std::nullopt;
    skip_space();
    if (i_ != s_.size()) {
      fail("content after the root element");
      return std::nullopt;
    }
    return root;
  }
  const std::string& error() const { return error_; }

 private:
  bool fail(const std::string& why) {
    if (error_.empty()) error_ = why + " at byte " + std::to_string(i_);
    return false;
  }
  void skip_space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\t' || s_[i_] == '\r'))
      ++i_;
  }
  static bool name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == ':' || c == '.' || c == '-';
  }
  std::string name() {
    const auto start = i_;
    while (i_ < s_.size() && name_char(s_[i_]))
      ++i_;
    return std::string(s_.substr(start, i_ - start));
  }
  // Decodes character data up to `stop`; false on a bare '&' or '<'.
  bool decode(char stop, std::string& out) {
    while (i_ < s_.size() && s_[i_] != stop) {
      const char c = s_[i_];
      if (c == '<') return fail("'<' in character data or attribute value");
      if (c != '&') {
        out += c;
        ++i_;
        continue;
      }
      const auto semi = s_.find(';', i_);
      if (semi == std::string_view::npos) return fail("unterminated entity");
      const auto entity = s_.substr(i_ + 1, semi - i_ - 1);
      if (entity == "amp") {
        out += '&';
      } else if (entity == "lt") {
        out += '<';
      } else if (entity == "gt") {
        out += '>';
      } else if (entity == "quot") {
        out += '"';
      } else if (entity == "apos") {
        out += '\'';
      } else if (entity.size() > 1 && entity[0] == '#' &&
                 std::all_of(entity.begin() + 1, entity.end(),
                             [](char d) { return d >= '0' && d <= '9'; })) {
        const auto code = std::stoi(std::string(entity.substr(1)));
        if (code != 9 && code != 10 && code != 13 && (code < 0x20 || code > 0x7F))
          return fail("unexpected character reference");
        out += static_cast<char>(code);
      } else {
        return fail("unknown entity &" + std::string(entity) + ";");
      }
      i_ = semi + 1;
    }
    return true;
  }
  bool parse_element(element& e) {
    if (i_ >= s_.size() || s_[i_] != '<') return fail("expected '<'");
    ++i_;
    e.name = name();
    if (e.name.empty()) return fail("expected an element name");
    for (;;) {
      skip_space();
      if (i_ >= s_.size()) return fail("unterminated start tag");
      if (s_.substr(i_, 2) == "/>") {
        i_ += 2;
        return true;
      }
      if (s_[i_] == '>') {
        ++i_;
        break;
      }
      auto key = name();
      if (key.empty() || i_ >= s_.size() || s_[i_] != '=') return fail("malformed attribute");
      ++i_;
      if (i_ >= s_.size() || s_[i_] != '"') return fail("attribute value not in double quotes");
      ++i_;
      std::string value;
      if (!decode('"', value)) return false;
      if (i_ >= s_.size()) return fail("unterminated attribute value");
      ++i_;
      if (e.attribute(key) != nullptr) return fail("duplicate attribute " + key);
      e.attributes.emplace_back(std::move(key), std::move(value));
    }
    for (;;) {
      if (!decode('<', e.text)) return false;
      if (i_ >= s_.size()) return fail("unterminated element " + e.name);
      if (s_.substr(i_, 2) == "</") {
        i_ += 2;
        if (name() != e.name) return fail("mismatched end tag for " + e.name);
        skip_space();
        if (i_ >= s_.size() || s_[i_] != '>') return fail("malformed end tag");
        ++i_;
        return true;
      }
      element child;
      if (!parse_element(child)) return false;
      e.children.push_back(std::move(child));
    }
  }

  std::string_view s_;
  std::size_t i_ = 0;
  std::string error_;
};

element parse_xml(const std::string& text) {
  xml_reader reader(text);
  auto root = reader.parse();
  EXPECT_TRUE(root.has_value()) << "not well-formed: " << reader.error();
  return root ? *root : element{};
}

// The GraphML <data> values of an element, by attribute name (through the <key> declarations).
std::string graphml_data(const element& root, const element& e, std::string_view attr_name) {
  for (const auto* key : root.all("key")) {
    if (*key->attribute("attr.name") != attr_name || *key->attribute("for") != e.name) continue;
    for (const auto& d : e.children) {
      if (d.name == "data" && *d.attribute("key") == *key->attribute("id")) return d.text;
    }
  }
  return "<absent>";
}

std::string gexf_attvalue(const element& e, std::string_view key) {
  for (const auto* a : e.all("attvalue")) {
    if (*a->attribute("for") == key) return *a->attribute("value");
  }
  return "<absent>";
}

const element* find_by_id(const std::vector<const element*>& items, std::string_view id) {
  for (const auto* e : items) {
    if (const auto* v = e->attribute("id"); v != nullptr && *v == id) return e;
  }
  return nullptr;
}

// --- fixtures ------------------------------------------------------------------------------------

const geokg::knowledge_graph& east_asia() {
  static const auto graph = [] {
    auto result = geokg::io::load(fs::path(GEOKG_SOURCE_DIR) / "data/curated/east_asia");
    return std::move(result.graph);
  }();
  return graph;
}

// The curated data at 2023-08-19, with the actors that have a tie that day. The counts below are
// read off `geokg snapshot --at 2023-08-19` (tests/golden/cli/snapshot_2023.out): 29 relations
// among 21 actors; 11 positive (4 alliance, 4 partnership, support, treaty, normalisation), 2
// negative (war, militarisation), 16 neutral (8 membership, 8 leadership); 18 of directed kinds.
geokg::io::subgraph snapshot_2023() {
  const auto& g = east_asia();
  return geokg::io::subgraph_of(geokg::active_at(g, *geokg::parse_date("2023-08-19")),
                                isolated_actors::drop);
}

std::string write_to_string(const geokg::io::subgraph& s, export_format f,
                            const geokg::io::export_options& options = {}) {
  std::ostringstream out;
  geokg::io::write_export(s, f, out, options);
  return out.str();
}

using geokg::test::read_file;
using geokg::test::temp_dir;

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    out.push_back(line);
  return out;
}

std::size_t count(std::string_view text, std::string_view what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string_view::npos;
       at = text.find(what, at + what.size()))
    ++n;
  return n;
}

// Two actors with names that need escaping in every format, one with two existence spells.
geokg::knowledge_graph tricky_graph(std::string first_name = "Tom & \"Jerry\" <Co> 'A\\B'") {
  geokg::knowledge_graph g;
  g.add_actor({.id = geokg::actor_id("TJ"),
               .kind = geokg::actor_kind::organisation,
               .name = std::move(first_name)});
  g.add_actor({.id = geokg::actor_id("CIV"),
               .name = "C\xC3\xB4te d\xE2\x80\x99Ivoire \xE6\x97\xA5\xE6\x9C\xAC",
               .existence = {*geokg::interval::make(geokg::parse_date("1960-08-07"),
                                                    geokg::parse_date("1970")),
                             geokg::interval::since(*geokg::parse_date("1980-03"))}});
  g.add_relation(
      {.source = geokg::actor_id("TJ"),
       .target = geokg::actor_id("CIV"),
       .kind = geokg::relation_kind::sanction,
       .when = *geokg::interval::make(geokg::parse_date("1965"), geokg::parse_date("1966-02-01")),
       .weight = 0.25,
       .info = {.id = "tj_sanctions_civ", .status = geokg::statement_status::claimed}});
  return g;
}

// --- selection -----------------------------------------------------------------------------------

TEST(export_subgraph, selects_the_snapshot_and_the_actors_it_touches) {
  const auto s = snapshot_2023();
  EXPECT_EQ(s.actors.size(), 21U);
  EXPECT_EQ(s.relations.size(), 29U);
  EXPECT_TRUE(std::is_sorted(s.relations.begin(), s.relations.end()));
}

TEST(export_subgraph, keeps_every_actor_of_the_view_unless_asked) {
  const auto& g = east_asia();
  const auto s = geokg::io::subgraph_of(geokg::active_at(g, *geokg::parse_date("2023-08-19")));
  EXPECT_EQ(s.actors.size(), g.num_actors());
  const auto whole = geokg::io::subgraph_of(g);
  EXPECT_EQ(whole.actors.size(), g.num_actors());
  EXPECT_EQ(whole.relations.size(), g.num_relations());
}

TEST(export_subgraph, takes_any_relation_view) {
  const auto& g = east_asia();
  const auto view = geokg::of_kinds(g, {geokg::relation_kind::alliance});
  const auto s = geokg::io::subgraph_of(view, isolated_actors::drop);
  for (const auto r : s.relations)
    EXPECT_EQ(g.relation_at(r).kind, geokg::relation_kind::alliance);
  EXPECT_EQ(s.relations.size(), static_cast<std::size_t>(std::count_if(
                                    g.relations().begin(), g.relations().end(), [](const auto& r) {
                                      return r.kind == geokg::relation_kind::alliance;
                                    })));
}

TEST(export_subgraph, rejects_a_relation_whose_actor_is_left_out) {
  const auto g = tricky_graph();
  const geokg::io::subgraph s{&g, {0}, {geokg::relation_index{0}}};
  std::ostringstream out;
  try {
    geokg::io::write_graphml(s, out);
    FAIL() << "no exception";
  } catch (const geokg::data_error& e) {
    EXPECT_EQ(e.code(), errc::invalid_value);
    EXPECT_EQ(e.message(), "cannot export relation #0: its actor 'CIV' is not in the subgraph");
  }
  EXPECT_TRUE(out.str().empty());
}

// --- formats -------------------------------------------------------------------------------------

TEST(export_format, names_round_trip) {
  for (const auto f : {export_format::graphml, export_format::gexf, export_format::dot,
                       export_format::neo4j, export_format::json, export_format::csv}) {
    EXPECT_EQ(geokg::io::parse_export_format(geokg::io::to_string(f)), f);
  }
  EXPECT_FALSE(geokg::io::parse_export_format("svg"));
  EXPECT_TRUE(geokg::io::writes_folder(export_format::neo4j));
  EXPECT_FALSE(geokg::io::writes_folder(export_format::json));
}

// --- GraphML -------------------------------------------------------------------------------------

TEST(graphml, holds_the_snapshot_with_its_attributes) {
  const auto root = parse_xml(write_to_string(snapshot_2023(), export_format::graphml));
  ASSERT_EQ(root.name, "graphml");
  const auto graphs = root.all("graph");
  ASSERT_EQ(graphs.size(), 1U);
  EXPECT_EQ(*graphs[0]->attribute("edgedefault"), "undirected");
  const auto nodes = root.all("node");
  const auto edges = root.all("edge");
  EXPECT_EQ(nodes.size(), 21U);
  EXPECT_EQ(edges.size(), 29U);

  std::size_t positive = 0;
  std::size_t negative = 0;
  std::size_t directed = 0;
  for (const auto* e : edges) {
    EXPECT_EQ(e->attribute("directed"), nullptr) << "networkx refuses mixed graphs";
    positive += graphml_data(root, *e, "sign") == "1" ? 1U : 0U;
    negative += graphml_data(root, *e, "sign") == "-1" ? 1U : 0U;
    directed += graphml_data(root, *e, "directed") == "true" ? 1U : 0U;
  }
  EXPECT_EQ(positive, 11U);
  EXPECT_EQ(negative, 2U);
  EXPECT_EQ(directed, 18U);

  const auto* alliance = find_by_id(edges, "usa_jpn_mutual_security_treaty_1960_in_force");
  ASSERT_NE(alliance, nullptr);
  EXPECT_EQ(*alliance->attribute("source"), "USA");
  EXPECT_EQ(*alliance->attribute("target"), "JPN");
  EXPECT_EQ(graphml_data(root, *alliance, "id"), "usa_jpn_mutual_security_treaty_1960_in_force");
  EXPECT_EQ(graphml_data(root, *alliance, "kind"), "alliance");
  EXPECT_EQ(graphml_data(root, *alliance, "start"), "1960-06-23");
  EXPECT_EQ(graphml_data(root, *alliance, "end"), "<absent>");
  EXPECT_EQ(graphml_data(root, *alliance, "weight"), "1");
  EXPECT_EQ(graphml_data(root, *alliance, "status"), "fact");
  EXPECT_EQ(graphml_data(root, *alliance, "directed"), "false");
  const auto* support = find_by_id(edges, "chn_tacit_support_for_rus");
  ASSERT_NE(support, nullptr);
  EXPECT_EQ(graphml_data(root, *support, "status"), "claimed");
  EXPECT_EQ(graphml_data(root, *support, "directed"), "true");
  const auto* biden = find_by_id(edges, "biden_presidency");
  ASSERT_NE(biden, nullptr);
  EXPECT_EQ(graphml_data(root, *biden, "end"), "2025-01-20");
  EXPECT_EQ(graphml_data(root, *biden, "sign"), "0");

  const auto* prk = find_by_id(nodes, "PRK");
  ASSERT_NE(prk, nullptr);
  EXPECT_EQ(graphml_data(root, *prk, "name"), "Democratic People's Republic of Korea");
  EXPECT_EQ(graphml_data(root, *prk, "kind"), "state");
  EXPECT_EQ(graphml_data(root, *prk, "existence"), "1948-09-09/..");
}

TEST(graphml, marks_directed_kinds_as_directed_edges_when_mixed) {
  const auto text = write_to_string(snapshot_2023(), export_format::graphml,
                                    {.direction = geokg::io::edge_direction::mixed});
  const auto root = parse_xml(text);
  std::size_t directed = 0;
  for (const auto* e : root.all("edge"))
    directed +=
        e->attribute("directed") != nullptr && *e->attribute("directed") == "true" ? 1U : 0U;
  EXPECT_EQ(directed, 18U);
}

TEST(graphml, escapes_names_and_keeps_utf8) {
  const auto g = tricky_graph();
  const auto text =
      write_to_string(geokg::io::subgraph_of(g), export_format::graphml, {.title = "a < b & c"});
  EXPECT_NE(text.find("Tom &amp; &quot;Jerry&quot; &lt;Co&gt; &apos;A\\B&apos;"),
            std::string::npos);
  const auto root = parse_xml(text);
  const auto nodes = root.all("node");
  ASSERT_EQ(nodes.size(), 2U);
  EXPECT_EQ(graphml_data(root, *nodes[0], "name"), "Tom & \"Jerry\" <Co> 'A\\B'");
  EXPECT_EQ(graphml_data(root, *nodes[1], "name"),
            "C\xC3\xB4te d\xE2\x80\x99Ivoire \xE6\x97\xA5\xE6\x9C\xAC");
  EXPECT_EQ(graphml_data(root, *nodes[1], "existence"), "1960-08-07/1970; 1980-03/..");
  EXPECT_EQ(graphml_data(root, *root.all("graph")[0], "title"), "a < b & c");
  const auto edges = root.all("edge");
  ASSERT_EQ(edges.size(), 1U);
  EXPECT_EQ(graphml_data(root, *edges[0], "weight"), "0.25");
  EXPECT_EQ(graphml_data(root, *edges[0], "start"), "1965");
  EXPECT_EQ(graphml_data(root, *edges[0], "end"), "1966-02-01");
}

TEST(graphml, keeps_line_breaks_in_attribute_values_as_references) {
  const auto g = tricky_graph("two\nlines\tand a tab");
  const auto text = write_to_string(geokg::io::subgraph_of(g), export_format::gexf);
  EXPECT_NE(text.find("label=\"two&#10;lines&#9;and a tab\""), std::string::npos);
  const auto root = parse_xml(text);
  EXPECT_EQ(*root.all("node")[0]->attribute("label"), "two\nlines\tand a tab");
}

struct bad_text_case {
  std::string_view name;
  std::string text;
  std::string problem;
};

TEST(graphml, rejects_text_that_xml_cannot_carry_before_writing) {
  const bad_text_case cases[] = {
      {"a lone continuation byte", "bad \x80 byte", "invalid UTF-8 byte 0x80 at byte 4"},
      {"a truncated sequence", "cut \xE6\x97", "truncated UTF-8 sequence at byte 4"},
      {"an overlong slash", "over \xC0\xAF", "invalid UTF-8 sequence at byte 5"},
      {"a surrogate", "half \xED\xA0\x80", "invalid UTF-8 sequence at byte 5"},
      {"a control character", std::string("bell \x07", 6), "control character U+0007 at byte 5"},
      {"a non-character", "no \xEF\xBF\xBF", "non-character U+FFFF at byte 3"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const auto g = tricky_graph(c.text);
    for (const auto f : {export_format::graphml, export_format::gexf, export_format::dot}) {
      std::ostringstream out;
      try {
        geokg::io::write_export(geokg::io::subgraph_of(g), f, out);
        ADD_FAILURE() << "no exception for " << geokg::io::to_string(f);
      } catch (const geokg::data_error& e) {
        EXPECT_EQ(e.code(), errc::invalid_encoding);
        const std::string_view format = f == export_format::graphml ? "GraphML"
                                        : f == export_format::gexf  ? "GEXF"
                                                                    : "DOT";
        EXPECT_EQ(e.message(), "cannot write the name of actor 'TJ' to " + std::string(format) +
                                   ": " + c.problem);
      }
      EXPECT_TRUE(out.str().empty()) << "nothing is written";
    }
  }
}

// --- GEXF ----------------------------------------------------------------------------------------

TEST(gexf, holds_the_snapshot_with_inclusive_spans) {
  const auto root = parse_xml(write_to_string(snapshot_2023(), export_format::gexf));
  ASSERT_EQ(root.name, "gexf");
  EXPECT_EQ(*root.attribute("version"), "1.3");
  const auto* graph = root.all("graph").at(0);
  EXPECT_EQ(*graph->attribute("mode"), "dynamic");
  EXPECT_EQ(*graph->attribute("timeformat"), "date");
  EXPECT_EQ(*graph->attribute("defaultedgetype"), "undirected");
  const auto nodes = root.all("node");
  const auto edges = root.all("edge");
  EXPECT_EQ(nodes.size(), 21U);
  EXPECT_EQ(edges.size(), 29U);
  std::size_t negative = 0;
  for (const auto* e : edges) {
    EXPECT_EQ(e->attribute("type"), nullptr);
    negative += gexf_attvalue(*e, "sign") == "-1" ? 1U : 0U;
  }
  EXPECT_EQ(negative, 2U);

  // [2021-01-20, 2025-01-20) is 2021-01-20 to 2025-01-19 inclusive.
  const auto* biden = find_by_id(edges, "biden_presidency");
  ASSERT_NE(biden, nullptr);
  EXPECT_EQ(*biden->attribute("start"), "2021-01-20");
  EXPECT_EQ(*biden->attribute("end"), "2025-01-19");
  EXPECT_EQ(gexf_attvalue(*biden, "when"), "2021-01-20/2025-01-20");
  EXPECT_EQ(*biden->attribute("kind"), "leadership");
  EXPECT_EQ(*biden->attribute("label"), "leadership");
  // Year and month precision start on their first day; an open end has no attribute.
  const auto* spratly = find_by_id(edges, "chn_spratly_militarization");
  ASSERT_NE(spratly, nullptr);
  EXPECT_EQ(*spratly->attribute("start"), "2016-01-01");
  EXPECT_EQ(spratly->attribute("end"), nullptr);
  EXPECT_EQ(gexf_attvalue(*spratly, "when"), "2016/..");
  const auto* kim = find_by_id(edges, "kim_jong_un_leader");
  ASSERT_NE(kim, nullptr);
  EXPECT_EQ(*kim->attribute("start"), "2011-12-01");

  const auto* kor = find_by_id(nodes, "KOR");
  ASSERT_NE(kor, nullptr);
  EXPECT_EQ(*kor->attribute("label"), "Republic of Korea");
  EXPECT_EQ(*kor->attribute("start"), "1948-08-15");
  EXPECT_EQ(gexf_attvalue(*kor, "kind"), "state");
}

TEST(gexf, writes_several_existence_spells_as_spells) {
  const auto g = tricky_graph();
  const auto root = parse_xml(write_to_string(geokg::io::subgraph_of(g), export_format::gexf,
                                              {.direction = geokg::io::edge_direction::mixed}));
  const auto* civ = find_by_id(root.all("node"), "CIV");
  ASSERT_NE(civ, nullptr);
  EXPECT_EQ(civ->attribute("start"), nullptr);
  const auto spells = civ->all("spell");
  ASSERT_EQ(spells.size(), 2U);
  EXPECT_EQ(*spells[0]->attribute("start"), "1960-08-07");
  EXPECT_EQ(*spells[0]->attribute("end"), "1969-12-31");
  EXPECT_EQ(*spells[1]->attribute("start"), "1980-03-01");
  EXPECT_EQ(spells[1]->attribute("end"), nullptr);
  const auto* sanction = root.all("edge").at(0);
  EXPECT_EQ(*sanction->attribute("type"), "directed");
  EXPECT_EQ(*sanction->attribute("weight"), "0.25");
  EXPECT_EQ(*sanction->attribute("end"), "1966-01-31");
  EXPECT_EQ(gexf_attvalue(*sanction, "status"), "claimed");
}

// --- DOT -----------------------------------------------------------------------------------------

TEST(dot, colours_edges_by_sign_and_draws_arrows_for_directed_kinds) {
  const auto text = write_to_string(snapshot_2023(), export_format::dot);
  EXPECT_EQ(text.rfind("digraph \"geokg\" {\n", 0), 0U);
  EXPECT_EQ(text.substr(text.size() - 2), "}\n");
  std::size_t edges = 0;
  std::size_t green = 0;
  std::size_t red = 0;
  std::size_t grey = 0;
  std::size_t undirected = 0;
  std::size_t dashed = 0;
  for (const auto& line : lines_of(text)) {
    if (line.find(" -> ") == std::string::npos) continue;
    ++edges;
    green += line.find("color=\"#2ca02c\"") != std::string::npos ? 1U : 0U;
    red += line.find("color=\"#d62728\"") != std::string::npos ? 1U : 0U;
    grey += line.find("color=\"#7f7f7f\"") != std::string::npos ? 1U : 0U;
    undirected += line.find("dir=none") != std::string::npos ? 1U : 0U;
    dashed += line.find("style=dashed") != std::string::npos ? 1U : 0U;
  }
  EXPECT_EQ(edges, 29U);
  EXPECT_EQ(green, 11U);
  EXPECT_EQ(red, 2U);
  EXPECT_EQ(grey, 16U);
  EXPECT_EQ(undirected, 11U);
  EXPECT_EQ(dashed, 1U);  // the claimed Chinese support for Russia
  EXPECT_NE(text.find("  \"RUS\" -> \"UKR\" [label=\"war\", color=\"#d62728\", "
                      "fontcolor=\"#d62728\", dir=none, "
                      "id=\"rus_ukr_war_2022\", kind=\"war\", sign=-1, when=\"2022-02-24/..\", "
                      "status=\"fact\"];\n"),
            std::string::npos);
  EXPECT_NE(
      text.find(
          "  \"PRK\" [label=\"Democratic People's Republic of Korea\", tooltip=\"PRK (state)\", "
          "kind=\"state\"];\n"),
      std::string::npos);
}

TEST(dot, escapes_quotes_and_backslashes) {
  const auto g = tricky_graph();
  const auto text =
      write_to_string(geokg::io::subgraph_of(g), export_format::dot, {.title = "say \"hi\""});
  EXPECT_NE(text.find("[label=\"Tom & \\\"Jerry\\\" <Co> 'A\\\\B'\""), std::string::npos) << text;
  EXPECT_NE(text.find("graph [label=\"say \\\"hi\\\"\""), std::string::npos);
  EXPECT_NE(text.find("C\xC3\xB4te d\xE2\x80\x99Ivoire \xE6\x97\xA5\xE6\x9C\xAC"),
            std::string::npos);
  EXPECT_NE(text.find("penwidth=0.875"), std::string::npos);  // 0.5 + 1.5 x 0.25
}

TEST(dot, groups_actors_into_clusters_by_bloc) {
  const auto& g = east_asia();
  const auto s = snapshot_2023();
  geokg::io::export_options options;
  options.blocs[g.actor_index_of("CHN")] = "east";
  options.blocs[g.actor_index_of("RUS")] = "east";
  options.blocs[g.actor_index_of("USA")] = "west";
  const auto text = write_to_string(s, export_format::dot, options);
  EXPECT_EQ(count(text, "  subgraph \"cluster_"), 2U);
  const auto east = text.find("    graph [label=\"east\", style=\"rounded,dashed\"");
  const auto west = text.find("    graph [label=\"west\", style=\"rounded,dashed\"");
  ASSERT_NE(east, std::string::npos) << text;
  ASSERT_NE(west, std::string::npos);
  const auto east_body = text.substr(east, text.find("  }\n", east) - east);
  EXPECT_NE(east_body.find("\"CHN\" [label="), std::string::npos);
  EXPECT_NE(east_body.find("\"RUS\" [label="), std::string::npos);
  EXPECT_EQ(east_body.find("\"USA\" [label="), std::string::npos);
  EXPECT_EQ(count(text, "[label=\"People's Republic of China\""), 1U) << "each node once";
}

// --- neo4j ---------------------------------------------------------------------------------------

TEST(neo4j, writes_the_two_bulk_import_files) {
  const temp_dir dir("neo4j");
  geokg::io::write_export(snapshot_2023(), export_format::neo4j, dir.path() / "import");
  const auto actors = lines_of(read_file(dir.path() / "import/actors.csv"));
  const auto relations = lines_of(read_file(dir.path() / "import/relations.csv"));
  ASSERT_EQ(actors.size(), 22U);
  ASSERT_EQ(relations.size(), 30U);
  EXPECT_EQ(actors[0], "id:ID,name,kind,:LABEL");
  EXPECT_EQ(relations[0], ":START_ID,:END_ID,:TYPE,sign:int,start,end,weight:float,id");
  EXPECT_NE(std::find(actors.begin(), actors.end(), "JPN,Japan,state,Actor;State"), actors.end());
  EXPECT_NE(std::find(actors.begin(), actors.end(),
                      "QUAD,Quadrilateral Security Dialogue,organisation,Actor;Organisation"),
            actors.end());
  EXPECT_NE(
      std::find(relations.begin(), relations.end(),
                "USA,JPN,ALLIANCE,1,1960-06-23,,1,usa_jpn_mutual_security_treaty_1960_in_force"),
      relations.end());
  EXPECT_NE(std::find(relations.begin(), relations.end(),
                      "joe_biden,USA,LEADERSHIP,0,2021-01-20,2025-01-20,1,biden_presidency"),
            relations.end());
  EXPECT_NE(std::find(relations.begin(), relations.end(),
                      "CHN,PHL,MILITARISATION,-1,2016,,1,chn_spratly_militarization"),
            relations.end());
}

TEST(neo4j, quotes_fields_as_rfc_4180) {
  const temp_dir dir("neo4j_quotes");
  const auto g = tricky_graph("Smith, \"Jr\"");
  geokg::io::write_neo4j(geokg::io::subgraph_of(g), dir.path());
  const auto actors = lines_of(read_file(dir.path() / "actors.csv"));
  ASSERT_EQ(actors.size(), 3U);
  EXPECT_EQ(actors[1], "TJ,\"Smith, \"\"Jr\"\"\",organisation,Actor;Organisation");
  const auto relations = lines_of(read_file(dir.path() / "relations.csv"));
  ASSERT_EQ(relations.size(), 2U);
  EXPECT_EQ(relations[1], "TJ,CIV,SANCTION,-1,1965,1966-02-01,0.25,tj_sanctions_civ");
}

// --- geokg JSON and CSV of the subgraph ----------------------------------------------------------

TEST(copy_subgraph, reads_back_as_the_selected_dataset) {
  const auto& g = east_asia();
  const auto s = snapshot_2023();
  const temp_dir dir("json");
  geokg::io::write_export(s, export_format::json, dir.path() / "snapshot.json");
  geokg::io::write_export(s, export_format::csv, dir.path() / "snapshot_csv");
  for (const auto& path : {dir.path() / "snapshot.json", dir.path() / "snapshot_csv"}) {
    SCOPED_TRACE(path.string());
    const auto back = geokg::io::load(path);
    EXPECT_TRUE(back.report.ok());
    const auto& h = back.graph;
    ASSERT_EQ(h.num_actors(), 21U);
    ASSERT_EQ(h.num_relations(), 29U);
    EXPECT_EQ(h.num_events(), 0U);
    EXPECT_EQ(h.num_claims(), 0U);
    for (std::size_t i = 0; i < s.relations.size(); ++i) {
      const geokg::statement_ref old_ref{s.relations[i]};
      const geokg::statement_ref new_ref{geokg::statement_kind::relation,
                                         static_cast<std::uint32_t>(i)};
      EXPECT_EQ(h.id_of(new_ref), g.id_of(old_ref));
      EXPECT_EQ(h.status_of(new_ref), g.status_of(old_ref));
      EXPECT_EQ(h.citations_of(new_ref).size(), g.citations_of(old_ref).size());
      EXPECT_EQ(h.relation_at(static_cast<geokg::relation_index>(i)).when,
                g.relation_at(s.relations[i]).when);
    }
    // Only the sources the kept relations cite.
    EXPECT_LT(h.num_sources(), g.num_sources());
    EXPECT_GT(h.num_sources(), 0U);
  }
}

TEST(copy_subgraph, names_cited_relations_without_an_id_so_csv_can_hold_their_citations) {
  // Pair relations derived from real datasets have citations but no id.
  geokg::knowledge_graph g;
  g.add_source({.id = "cow_mid_5", .kind = geokg::source_kind::dataset});
  g.add_actor({.id = geokg::actor_id("PRK")});
  g.add_actor({.id = geokg::actor_id("KOR")});
  g.add_relation(
      {.source = geokg::actor_id("PRK"),
       .target = geokg::actor_id("KOR"),
       .kind = geokg::relation_kind::dispute,
       .when = *geokg::parse_interval("1949-05-05/1949-08-11"),
       .info = {.citations = {{.source = "cow_mid_5", .locator = "MIDB dispnum 2186"}}}});
  const temp_dir dir("unnamed");
  geokg::io::write_export(geokg::io::subgraph_of(g), export_format::csv, dir.path() / "out");
  const auto back = geokg::io::load(dir.path() / "out");
  ASSERT_TRUE(back.report.ok()) << back.report.summary();
  const geokg::statement_ref first{geokg::statement_kind::relation, 0};
  EXPECT_EQ(back.graph.id_of(first), "relation-0");
  ASSERT_EQ(back.graph.citations_of(first).size(), 1U);
  EXPECT_EQ(back.graph.citations_of(first)[0].locator, "MIDB dispnum 2186");
}

// --- files ---------------------------------------------------------------------------------------

TEST(write_export, writes_files_atomically_and_reports_unwritable_paths) {
  const temp_dir dir("files");
  const auto s = snapshot_2023();
  const auto path = dir.path() / "snapshot.graphml";
  geokg::io::write_export(s, export_format::graphml, path);
  EXPECT_EQ(read_file(path), write_to_string(s, export_format::graphml));
  std::size_t entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir.path()))
    ++entries;
  EXPECT_EQ(entries, 1U) << "no temporary file is left behind";

  const auto missing = dir.path() / "no/such/folder/x.dot";
  try {
    geokg::io::write_export(s, export_format::dot, missing);
    FAIL() << "no exception";
  } catch (const geokg::data_error& e) {
    EXPECT_EQ(e.code(), errc::io_error);
    EXPECT_EQ(e.where().path, missing.string());
    EXPECT_EQ(e.message(), "cannot write: cannot create a file in '" +
                               missing.parent_path().string() + "': No such file or directory");
  }
}

TEST(write_export, refuses_folder_formats_on_a_stream) {
  std::ostringstream out;
  for (const auto f : {export_format::neo4j, export_format::csv}) {
    try {
      geokg::io::write_export(snapshot_2023(), f, out);
      ADD_FAILURE() << "no exception";
    } catch (const geokg::data_error& e) {
      EXPECT_EQ(e.code(), errc::invalid_value);
      EXPECT_EQ(e.message(), "cannot write " + std::string(geokg::io::to_string(f)) +
                                 " to a stream: it writes a folder");
    }
  }
  EXPECT_TRUE(out.str().empty());
}

TEST(write_export, bad_text_leaves_no_file) {
  const temp_dir dir("bad_text");
  const auto g = tricky_graph("bad \x80 byte");
  EXPECT_THROW(geokg::io::write_export(geokg::io::subgraph_of(g), export_format::gexf,
                                       dir.path() / "x.gexf"),
               geokg::data_error);
  EXPECT_TRUE(fs::is_empty(dir.path()));
}

}  // namespace
