// SPDX-License-Identifier: MIT
#include "geokg/query/undirected.hpp"

#include <set>
#include <vector>

#include <gtest/gtest.h>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/graph_concepts.hpp>

#include "../index_list.hpp"
#include "geokg/query/paths.hpp"
#include "test_graphs.hpp"

namespace {

using namespace geokg::query::testing;
using geokg::sign;

using undirected_kg = geokg::query::undirected_view<geokg::knowledge_graph::graph_type>;
using undirected_active = geokg::query::undirected_view<geokg::relation_view<geokg::is_active_at>>;

// Boost's own concept checks, as Boost algorithms would apply them.
BOOST_CONCEPT_ASSERT((boost::IncidenceGraphConcept<undirected_active>));
BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<undirected_active>));
BOOST_CONCEPT_ASSERT((boost::EdgeListGraphConcept<undirected_kg>));
static_assert(std::is_same_v<boost::graph_traits<undirected_active>::directed_category,
                             boost::undirected_tag>);
static_assert(geokg::query::incidence_graph_of<undirected_active>);
static_assert(geokg::query::vertex_list_graph_of<undirected_active>);
static_assert(!geokg::query::bidirectional_graph_of<undirected_active>);
static_assert(!geokg::query::relation_graph<undirected_active>);  // its edges are not the graph's

class undirected_test : public ::testing::Test {
 protected:
  geokg::knowledge_graph g = jku_graph();
};

TEST_F(undirected_test, connected_components_on_a_view) {
  // Friendly ties in 2023: {USA, JPN, KOR} and {PRK, CHN, RUS}; QUAD (neutral ties only) and the
  // Korean Empire (long gone) are alone.
  const auto friendly =
      geokg::view(g, geokg::is_active_at{d("2023-08-19")} && geokg::has_sign{sign::positive});
  std::vector<std::size_t> component(g.num_actors());
  const auto n =
      boost::connected_components(geokg::query::as_undirected(friendly), component.data());
  EXPECT_EQ(n, 4U);
  EXPECT_EQ(component[USA], component[JPN]);
  EXPECT_EQ(component[USA], component[KOR]);
  EXPECT_EQ(component[PRK], component[CHN]);
  EXPECT_EQ(component[PRK], component[RUS]);
  EXPECT_NE(component[USA], component[PRK]);
  EXPECT_NE(component[QUAD], component[USA]);
  EXPECT_NE(component[KOREA_EMPIRE], component[QUAD]);
}

TEST_F(undirected_test, out_edges_are_seen_from_the_vertex) {
  const auto all = geokg::query::as_undirected(g.graph());
  std::multiset<geokg::relation_index> seen;
  std::size_t count = 0;
  for (const auto& e : boost::make_iterator_range(out_edges(JPN, all))) {
    EXPECT_EQ(source(e, all), JPN);
    EXPECT_NE(target(e, all), JPN);
    seen.insert(g.relation_of(e.base));
    ++count;
  }
  EXPECT_EQ(count, out_degree(JPN, all));
  const geokg::test_support::index_list<geokg::relation_index> expected{0, 2,  3,  4,  7,
                                                                        9, 10, 12, 14, 17};
  EXPECT_EQ(seen, (std::multiset<geokg::relation_index>(expected.begin(), expected.end())));
  std::size_t edges_seen = 0;
  for (const auto& e : boost::make_iterator_range(edges(all))) {
    EXPECT_FALSE(e.reversed);
    ++edges_seen;
  }
  EXPECT_EQ(edges_seen, g.num_relations());
  EXPECT_EQ(num_vertices(all), g.num_actors());
}

TEST_F(undirected_test, boost_bfs_distances_match_the_query_module) {
  const auto in_2023 = geokg::active_at(g, d("2023-08-19"));
  std::vector<std::size_t> dist(g.num_actors(), 0);
  const auto u = geokg::query::as_undirected(in_2023);
  boost::breadth_first_search(u, QUAD,
                              boost::visitor(boost::make_bfs_visitor(
                                  boost::record_distances(dist.data(), boost::on_tree_edge()))));
  const auto expected = geokg::query::hop_distances(in_2023, QUAD);
  for (geokg::actor_index a = 0; a < g.num_actors(); ++a) {
    if (expected[a] == geokg::query::unreachable) continue;  // Boost leaves them at 0
    EXPECT_EQ(dist[a], expected[a]) << a;
  }
  EXPECT_EQ(dist[RUS], 4U);  // QUAD - USA - PRK - CHN - RUS
}

}  // namespace
