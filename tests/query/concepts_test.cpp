// SPDX-License-Identifier: MIT
#include "geokg/query/concepts.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/filtered_graph.hpp>

#include "../index_list.hpp"
#include "geokg/query/neighbors.hpp"
#include "test_graphs.hpp"

namespace {

using namespace geokg::query::testing;
using geokg::knowledge_graph;

// The user's own edge filter, not a geokg predicate.
struct no_wars {
  const knowledge_graph* g = nullptr;
  bool operator()(const knowledge_graph::edge& e) const {
    return (*g)[e].kind != geokg::relation_kind::war;
  }
};
using users_view = boost::filtered_graph<const knowledge_graph::graph_type, no_wars>;
using nested_view = boost::filtered_graph<geokg::relation_view<geokg::has_sign>, no_wars>;
using other_graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
using undirected_graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using directed_graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

// Boost.Graph concepts, as concepts.
static_assert(geokg::query::incidence_graph_of<knowledge_graph::graph_type>);
static_assert(geokg::query::bidirectional_graph_of<knowledge_graph::graph_type>);
static_assert(geokg::query::vertex_list_graph_of<users_view>);
static_assert(geokg::query::edge_list_graph_of<users_view>);
static_assert(geokg::query::incidence_graph_of<directed_graph>);
static_assert(!geokg::query::bidirectional_graph_of<directed_graph>);
static_assert(!geokg::query::incidence_graph_of<int>);
static_assert(!geokg::query::incidence_graph_of<std::vector<int>>);
static_assert(
    !geokg::query::incidence_graph_of<knowledge_graph>);  // the graph is not itself a Boost graph

// Relation graphs: the knowledge graph's Boost graph, its views, and filtered graphs over them.
static_assert(geokg::query::relation_graph<knowledge_graph::graph_type>);
static_assert(geokg::query::relation_graph<geokg::relation_view<geokg::is_active_at>>);
static_assert(geokg::query::relation_graph<users_view>);
static_assert(geokg::query::relation_graph<nested_view>);
static_assert(geokg::query::relation_graph<
              boost::filtered_graph<const geokg::relation_view<geokg::has_sign>, no_wars>>);
static_assert(geokg::query::relation_graph<const users_view>);
static_assert(!geokg::query::relation_graph<other_graph>);  // another graph: wrong edge type
static_assert(!geokg::query::relation_graph<undirected_graph>);

// Views that know their graph, and what queries accept alone.
static_assert(geokg::query::geokg_view<
              geokg::relation_view<geokg::both<geokg::is_active_at, geokg::has_sign>>>);
static_assert(!geokg::query::geokg_view<users_view>);
static_assert(!geokg::query::geokg_view<knowledge_graph::graph_type>);
static_assert(geokg::query::graph_or_view<knowledge_graph>);
static_assert(geokg::query::graph_or_view<geokg::relation_view<geokg::has_kind>>);
static_assert(!geokg::query::graph_or_view<users_view>);

// Weights.
static_assert(geokg::query::relation_weight<double (*)(const geokg::relation&)>);
static_assert(!geokg::query::relation_weight<int>);
static_assert(!geokg::query::relation_weight<std::string (*)(const geokg::relation&)>);

TEST(concepts, a_users_filtered_graph_is_passed_with_its_knowledge_graph) {
  const knowledge_graph g = jku_graph();
  const users_view mine(g.graph(), no_wars{&g});
  // boost::filtered_graph keeps a reference to the graph it filters: the inner view must be a
  // named object that outlives it, not a temporary.
  const auto hostile = geokg::with_sign(g, geokg::sign::negative);
  const nested_view nested(hostile, no_wars{&g});
  // Japan's hostile ties: the threat by PRK, the island dispute, the colonial-era annexation and
  // hostility.
  const auto n = geokg::query::neighbors(g, nested, JPN);
  EXPECT_EQ(n.relations, (geokg::test_support::index_list<geokg::relation_index>{2, 7, 9, 17}));
  EXPECT_EQ(geokg::query::neighbors(g, mine, JPN), geokg::query::neighbors(g, JPN));
}

TEST(concepts, traversal_names) {
  EXPECT_EQ(geokg::query::to_string(geokg::query::traversal::undirected), "undirected");
  EXPECT_EQ(geokg::query::to_string(geokg::query::traversal::directed), "directed");
}

}  // namespace
