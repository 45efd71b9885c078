// SPDX-License-Identifier: MIT
#include "geokg/core/views.hpp"

#include <algorithm>
#include <string>
#include <type_traits>
#include <vector>

#include <gtest/gtest.h>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/undirected_graph.hpp>

#include "../index_list.hpp"

namespace {

using geokg::actor_id;
using geokg::relation_kind;

geokg::date d(std::string_view text) {
  return geokg::parse_date(text).value();
}

// The founding case in miniature: the two US alliances, Japan–ROK normalisation, the Camp David
// partnership, and North Korea's hostility and tests.
class views_test : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* id : {"USA", "JPN", "KOR", "PRK", "CHN"})
      g.add_actor({.id = actor_id(id)});
    add("USA", "JPN", relation_kind::alliance, "1952-04-28/..");
    add("USA", "KOR", relation_kind::alliance, "1954-11-17/..");
    add("JPN", "KOR", relation_kind::normalisation, "1965-12-18/..");
    add("JPN", "KOR", relation_kind::partnership, "2023-08-18/..");
    add("PRK", "KOR", relation_kind::hostility, "1948-09-09/..");
    add("PRK", "JPN", relation_kind::provocation, "2017-08-29");
    add("CHN", "PRK", relation_kind::alliance, "1961-07-11/..");
    add("CHN", "KOR", relation_kind::sanction, "2016-07/2017-11");
  }
  void add(std::string_view a, std::string_view b, relation_kind k, std::string_view when) {
    g.add_relation({.source = actor_id(a),
                    .target = actor_id(b),
                    .kind = k,
                    .when = geokg::parse_interval(when).value()});
  }
  template <class View>
  std::vector<geokg::relation_index> relations_in(const View& v) const {
    std::vector<geokg::relation_index> out;
    for (const auto& e : boost::make_iterator_range(boost::edges(v)))
      out.push_back(g.relation_of(e));
    std::sort(out.begin(), out.end());
    return out;
  }
  geokg::knowledge_graph g;
};

TEST_F(views_test, active_at_is_the_graph_as_it_stood_then) {
  using v = geokg::test_support::index_list<geokg::relation_index>;
  EXPECT_EQ(relations_in(geokg::active_at(g, d("1960"))), (v{0, 1, 4}));
  EXPECT_EQ(relations_in(geokg::active_at(g, d("2012"))), (v{0, 1, 2, 4, 6}));
  EXPECT_EQ(relations_in(geokg::active_at(g, d("2017-08-29"))), (v{0, 1, 2, 4, 5, 6, 7}));
  EXPECT_EQ(relations_in(geokg::active_at(g, d("2023-08-19"))), (v{0, 1, 2, 3, 4, 6}));
}

TEST_F(views_test, views_filter_by_kind_sign_and_period) {
  using v = geokg::test_support::index_list<geokg::relation_index>;
  EXPECT_EQ(relations_in(geokg::of_kinds(g, {relation_kind::alliance})), (v{0, 1, 6}));
  EXPECT_EQ(relations_in(geokg::with_sign(g, geokg::sign::negative)), (v{4, 5, 7}));
  EXPECT_EQ(relations_in(geokg::active_during(g, geokg::parse_interval("2016/2018").value())),
            (v{0, 1, 2, 4, 5, 6, 7}));
}

TEST_F(views_test, restrict_composes_predicates_without_nesting_or_copying) {
  const auto at_2023 = geokg::active_at(g, d("2023-08-19"));
  const auto friendly_2023 = geokg::restrict(at_2023, geokg::has_sign{geokg::sign::positive});
  // The composed view is still one filtered_graph over the same Boost graph: nothing was copied.
  static_assert(
      std::is_same_v<std::remove_cvref_t<decltype(friendly_2023)>,
                     geokg::relation_view<geokg::both<geokg::is_active_at, geokg::has_sign>>>);
  // Boost's documented way to see which graph a filtered_graph reads: its bundled properties
  // are the underlying graph's own objects.
  const auto [first, last] = boost::edges(friendly_2023);
  ASSERT_NE(first, last);
  EXPECT_EQ(&friendly_2023[*first], &g.graph()[*first]);
  EXPECT_EQ(&geokg::graph_of(friendly_2023), &g);
  EXPECT_EQ(relations_in(friendly_2023),
            (geokg::test_support::index_list<geokg::relation_index>{0, 1, 2, 3, 6}));
  // Out-edges of a vertex in the view are filtered the same way.
  std::size_t kor_out = 0;
  for (const auto& e :
       boost::make_iterator_range(boost::in_edges(g.actor_index_of("KOR"), friendly_2023))) {
    EXPECT_EQ(g[e].target, g.actor_index_of("KOR"));
    ++kor_out;
  }
  EXPECT_EQ(kor_out, 3U);  // USA alliance, JPN normalisation, JPN partnership
}

TEST_F(views_test, a_view_is_a_filtered_graph_that_knows_its_graph_and_predicate) {
  const auto v = geokg::active_at(g, d("2012"), geokg::time_rule::certain);
  static_assert(std::is_base_of_v<
                boost::filtered_graph<const geokg::knowledge_graph::graph_type,
                                      geokg::edge_filter<geokg::is_active_at>, geokg::all_actors>,
                std::remove_cvref_t<decltype(v)>>);
  EXPECT_EQ(v.relation_filter().graph, &g);
  EXPECT_EQ(v.relation_filter().test.at, d("2012"));
  EXPECT_EQ(v.relation_filter().test.rule, geokg::time_rule::certain);
  EXPECT_EQ(&geokg::graph_of(v), &g);
  // A copy is the same view.
  const auto copy = v;
  EXPECT_EQ(relations_in(copy), relations_in(v));
  EXPECT_EQ(copy.relation_filter().graph, &g);
}

// geokg's predicates test the copy of a relation's filtered fields kept on each edge; a user's
// predicate, and any composition with one, gets the whole relation. Both must keep the same
// relations, for every rule and combination.
struct whole_relation_active_at {
  geokg::date at{};
  geokg::time_rule rule = geokg::time_rule::first_day;
  bool operator()(const geokg::relation& r) const { return r.when.contains(at, rule); }
};

TEST_F(views_test, predicates_on_edge_keys_keep_what_predicates_on_relations_keep) {
  static_assert(geokg::detail::tests_key<geokg::both<geokg::is_active_at, geokg::has_sign>>);
  static_assert(
      !geokg::detail::tests_key<geokg::both<geokg::is_active_at, whole_relation_active_at>>);
  for (const auto rule :
       {geokg::time_rule::first_day, geokg::time_rule::certain, geokg::time_rule::possible}) {
    for (const char* when : {"1960", "2016-07", "2017-08-29", "2017", "2023-08-18", "2023"}) {
      SCOPED_TRACE(std::string(when));
      const auto key_view = geokg::view(
          g, geokg::is_active_at{d(when), rule} && !geokg::has_sign{geokg::sign::negative});
      const auto relation_view = geokg::view(
          g, whole_relation_active_at{d(when), rule} && !geokg::has_sign{geokg::sign::negative});
      EXPECT_EQ(relations_in(key_view), relations_in(relation_view));
      const geokg::is_active_at active{d(when), rule};
      for (const auto& r : g.relations())
        EXPECT_EQ(active(r.key()), active(r));
    }
  }
  for (const auto& e : boost::make_iterator_range(boost::edges(g.graph())))
    EXPECT_EQ(g.key_of(e), g[e].key());
}

TEST_F(views_test, boost_algorithms_run_on_views) {
  // Breadth-first search from the USA over the friendly ties active in 2012 reaches Japan and
  // the ROK but not North Korea or China. (Directed edges as stored: USA -> JPN, USA -> KOR.)
  const auto friendly_2012 =
      geokg::view(g, geokg::is_active_at{d("2012")} && geokg::has_sign{geokg::sign::positive});
  std::vector<boost::default_color_type> colour(g.num_actors(), boost::white_color);
  boost::breadth_first_search(
      friendly_2012, g.actor_index_of("USA"),
      boost::visitor(boost::default_bfs_visitor())
          .color_map(boost::make_iterator_property_map(
              colour.begin(), boost::get(boost::vertex_index, friendly_2012))));
  EXPECT_NE(colour[g.actor_index_of("JPN")], boost::white_color);
  EXPECT_NE(colour[g.actor_index_of("KOR")], boost::white_color);
  EXPECT_EQ(colour[g.actor_index_of("PRK")], boost::white_color);
  EXPECT_EQ(colour[g.actor_index_of("CHN")], boost::white_color);
}

TEST_F(views_test, a_view_is_small_and_copyable) {
  const auto v = geokg::active_at(g, d("2023"));
  const auto copy = v;  // copies a reference and a predicate, not the graph
  EXPECT_EQ(relations_in(copy), relations_in(v));
  static_assert(sizeof(v) <= 64);
}

}  // namespace
