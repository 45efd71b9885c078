// SPDX-License-Identifier: MIT
// Tests that a user program written with `using namespace geokg;` calls Boost.Graph's free
// functions unqualified: no geokg name hides `source(e, g)`, `target`, `out_edges`, `vertices` or
// `num_vertices` (the bibliographic type is `source_document`, not `source`), on `g.graph()` and
// on a view; and that an actor index is usable as the vertex descriptor.

#include <iterator>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "geokg/core/knowledge_graph.hpp"
#include "geokg/core/views.hpp"

using namespace geokg;  // what the test is about

namespace {

using id_pairs = std::set<std::pair<std::string, std::string>>;

knowledge_graph three_states() {
  knowledge_graph g;
  g.add_source({.id = "treaties", .kind = source_kind::primary, .title = "Treaty texts"});
  for (const char* id : {"USA", "JPN", "KOR"})
    g.add_actor({.id = actor_id(id), .name = id});
  g.add_relation({.source = actor_id("USA"),
                  .target = actor_id("JPN"),
                  .kind = relation_kind::alliance,
                  .when = interval::since(*parse_date("1960-06-23")),
                  .info = {.citations = {{.source = "treaties"}}}});
  g.add_relation({.source = actor_id("USA"),
                  .target = actor_id("KOR"),
                  .kind = relation_kind::alliance,
                  .when = interval::since(*parse_date("1953-10-01"))});
  g.add_relation({.source = actor_id("JPN"),
                  .target = actor_id("KOR"),
                  .kind = relation_kind::normalisation,
                  .when = interval::since(*parse_date("1965-12-18"))});
  return g;
}

// The (source, target) ids of every out-edge of every vertex, through unqualified calls only, in
// a template (looked up at instantiation).
template <class Graph>
id_pairs edges_by_id(const knowledge_graph& kg, const Graph& graph) {
  id_pairs out;
  const auto [v, v_end] = vertices(graph);
  for (auto it = v; it != v_end; ++it) {
    const auto [e, e_end] = out_edges(*it, graph);
    for (auto jt = e; jt != e_end; ++jt) {
      EXPECT_EQ(source(*jt, graph), *it);
      out.emplace(kg[source(*jt, graph)].id.str(), kg[target(*jt, graph)].id.str());
    }
  }
  return out;
}

TEST(using_namespace, boost_functions_on_the_graph) {
  const auto g = three_states();
  EXPECT_EQ(num_vertices(g.graph()), 3U);
  EXPECT_EQ(edges_by_id(g, g.graph()), (id_pairs{{"USA", "JPN"}, {"USA", "KOR"}, {"JPN", "KOR"}}));

  // The same in ordinary (non-template) code, with an actor index as the vertex descriptor.
  const actor_index usa = g.actor_index_of("USA");
  const auto [first, last] = out_edges(usa, g.graph());
  ASSERT_EQ(std::distance(first, last), 2);
  EXPECT_EQ(source(*first, g.graph()), usa);
  EXPECT_EQ(g[target(*first, g.graph())].id.str(), "JPN");
}

TEST(using_namespace, boost_functions_on_a_view) {
  const auto g = three_states();
  const auto v = active_at(g, *parse_date("1960-01-01"));  // before the 1960 treaty with Japan
  // A view keeps every actor.
  EXPECT_EQ(num_vertices(v), 3U);
  EXPECT_EQ(edges_by_id(g, v), (id_pairs{{"USA", "KOR"}}));

  const actor_index usa = g.actor_index_of("USA");
  const auto [first, last] = out_edges(usa, v);
  ASSERT_EQ(std::distance(first, last), 1);
  EXPECT_EQ(source(*first, v), usa);
  EXPECT_EQ(g[target(*first, v)].id.str(), "KOR");
  std::vector<int> per_vertex(num_vertices(v), 0);  // an array indexed by vertex or actor index
  per_vertex[usa] = 1;
  EXPECT_EQ(per_vertex[source(*first, v)], 1);
}

TEST(using_namespace, the_bibliographic_type_is_source_document) {
  const auto g = three_states();
  const source_document& s = g.source_at(g.source_index_of("treaties"));
  EXPECT_EQ(s.title, "Treaty texts");
  EXPECT_EQ(g.citations_of(relation_index{0}).front().source, "treaties");
}

}  // namespace
