// SPDX-License-Identifier: MIT
// Small networks shared by the analysis tests: hand-made signed graphs, Read's Highland Tribes as
// a knowledge graph, seeded random signed graphs; and the check of an analysis's refusals.
#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "geokg/analysis/signed_snapshot.hpp"
#include "geokg/core/knowledge_graph.hpp"

namespace geokg::test {

// A small RFC 4180 reader (quoted fields, doubled quotes, CRLF), enough for the test data.
inline std::vector<std::vector<std::string>> read_csv(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row.push_back(field);
      field.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      row.push_back(field);
      field.clear();
      rows.push_back(row);
      row.clear();
    } else {
      field += c;
    }
  }
  if (!field.empty() || !row.empty()) {
    row.push_back(field);
    rows.push_back(row);
  }
  return rows;
}

inline date d(std::string_view text) {
  return parse_date(text).value();
}

// Read's Highland Tribes as a knowledge graph: 16 tribes in the order of the nodes file (so that
// vertex v of a default snapshot is the v-th tribe of that file), the "rova" ties as alliances and
// the "hina" ties as hostilities, all active since 1950.
inline knowledge_graph highland_tribes() {
  const auto dir = std::filesystem::path(GEOKG_TEST_DATA_DIR) / "signed_networks";
  knowledge_graph g;
  const auto nodes = read_csv(dir / "highland_tribes_nodes.csv");
  for (std::size_t i = 1; i < nodes.size(); ++i)
    g.add_actor({.id = actor_id(nodes[i][0]), .kind = actor_kind::group, .name = nodes[i][0]});
  const auto edges = read_csv(dir / "highland_tribes_edges.csv");
  for (std::size_t i = 1; i < edges.size(); ++i) {
    g.add_relation({.source = actor_id(edges[i][0]),
                    .target = actor_id(edges[i][1]),
                    .kind = edges[i][2] == "1" ? relation_kind::alliance : relation_kind::hostility,
                    .when = interval::since(d("1950"))});
  }
  return g;
}

// A signed graph over vertices 0 .. n-1 from (u, v, +1/-1) triples with u < v.
inline analysis::signed_graph from_edges(std::uint32_t n,
                                         std::initializer_list<std::tuple<int, int, int>> edges) {
  analysis::signed_graph g;
  for (std::uint32_t v = 0; v < n; ++v)
    g.actors.push_back(v);
  for (const auto& [u, v, s] : edges) {
    g.edges.push_back({static_cast<analysis::signed_vertex>(u),
                       static_cast<analysis::signed_vertex>(v),
                       s > 0 ? sign::positive : sign::negative, 1.0});
  }
  return g;
}

// Seeded random signed graphs. std::mt19937_64 is fully specified by the standard and the draws
// avoid the library-specific distributions, so a seed gives the same graph everywhere.
namespace detail {
inline double unit_draw(std::mt19937_64& rng) {
  return static_cast<double>(rng() >> 11U) * 0x1.0p-53;
}
inline analysis::signed_graph without_edges(std::uint32_t n) {
  analysis::signed_graph g;
  for (std::uint32_t v = 0; v < n; ++v)
    g.actors.push_back(v);
  return g;
}
inline sign draw_sign(std::mt19937_64& rng, double negative) {
  return unit_draw(rng) < negative ? sign::negative : sign::positive;
}
}  // namespace detail

// Every pair is an edge with probability `density`, negative with probability `negative`.
inline analysis::signed_graph random_graph(std::uint32_t n, double density, double negative,
                                           std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  auto g = detail::without_edges(n);
  for (std::uint32_t u = 0; u < n; ++u) {
    for (std::uint32_t v = u + 1; v < n; ++v) {
      if (detail::unit_draw(rng) >= density) continue;
      g.edges.push_back({u, v, detail::draw_sign(rng, negative), 1.0});
    }
  }
  return g;
}

// Exactly m distinct edges, negative with probability `negative` (for sparse graphs with many
// vertices).
inline analysis::signed_graph random_graph_m(std::uint32_t n, std::size_t m, double negative,
                                             std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  auto g = detail::without_edges(n);
  std::set<std::pair<std::uint32_t, std::uint32_t>> seen;
  while (g.edges.size() < m) {
    auto a = static_cast<std::uint32_t>(rng() % n);
    auto b = static_cast<std::uint32_t>(rng() % n);
    if (a == b) continue;
    if (a > b) std::swap(a, b);
    if (!seen.emplace(a, b).second) continue;
    g.edges.push_back({a, b, detail::draw_sign(rng, negative), 1.0});
  }
  return g;
}

// The groups of a labelling as sets of actor ids, so that tests compare who is together rather
// than the labels.
inline std::set<std::set<std::string>> groups(const std::vector<int>& label,
                                              const analysis::signed_graph& sg,
                                              const knowledge_graph& kg) {
  std::map<int, std::set<std::string>> by_label;
  for (std::size_t v = 0; v < label.size(); ++v)
    by_label[label[v]].insert(kg[sg.actors[v]].id.str());
  std::set<std::set<std::string>> out;
  for (auto& [l, members] : by_label)
    out.insert(members);
  return out;
}

// Expects `call()` to throw data_error `invalid_value`: how the analyses refuse a bad graph or
// option.
template <class Call>
void expect_invalid(const Call& call) {
  try {
    call();
    ADD_FAILURE() << "no exception";
  } catch (const data_error& e) {
    EXPECT_EQ(e.code(), errc::invalid_value) << e.what();
  }
}

}  // namespace geokg::test
