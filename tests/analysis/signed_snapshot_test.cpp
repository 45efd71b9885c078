// SPDX-License-Identifier: MIT
#include "geokg/analysis/signed_snapshot.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace {

namespace ga = geokg::analysis;
using geokg::actor_id;
using geokg::relation_kind;
using geokg::sign;

geokg::date d(std::string_view text) {
  return geokg::parse_date(text).value();
}

// Five states and an organisation; the snapshot date is 2000-01-01. Per pair, what is active:
//   A-B  alliance + hostility            sum 0: no edge (the workload's rule)
//   A-C  alliance + treaty + sanction    sum +1 (the sanction runs C -> A: direction is ignored)
//   B-C  war + dispute                   sum -2
//   B-D  hostility (D -> B order)        sum -1
//   A-O  membership                      neutral: no edge under any rule
//   E-O  partnership                     sum +1, a state with an organisation
//   D-E  alliance that ended in 1990     inactive
//   C-D  partnership from 2010           inactive
class signed_snapshot_test : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* id : {"A", "B", "C", "D", "E"})
      g.add_actor({.id = actor_id(id)});
    g.add_actor({.id = actor_id("O"), .kind = geokg::actor_kind::organisation});
    add("A", "B", relation_kind::alliance, "1990/..", 0.5);
    add("A", "B", relation_kind::hostility, "1995/2005", 0.5);
    add("A", "C", relation_kind::alliance, "1980/..", 0.6);
    add("A", "C", relation_kind::treaty, "1999/..", 0.2);
    add("C", "A", relation_kind::sanction, "1998/2001", 0.9);
    add("B", "C", relation_kind::war, "1999-06/2000-06", 1.0);
    add("B", "C", relation_kind::dispute, "1999-12-31/2000-01-02", 1.0);
    add("D", "B", relation_kind::hostility, "1950/..", 1.0);
    add("A", "O", relation_kind::membership, "1949/..", 1.0);
    add("E", "O", relation_kind::partnership, "1991/..", 1.0);
    add("D", "E", relation_kind::alliance, "1970/1990", 1.0);
    add("C", "D", relation_kind::partnership, "2010/..", 1.0);
  }
  void add(std::string_view a, std::string_view b, relation_kind k, std::string_view when,
           double weight) {
    g.add_relation({.source = actor_id(a),
                    .target = actor_id(b),
                    .kind = k,
                    .when = geokg::parse_interval(when).value(),
                    .weight = weight});
  }
  // The edges as "X-Y+" / "X-Y-" strings with actor ids, in snapshot order.
  std::vector<std::string> edges(const ga::signed_graph& sg) const {
    std::vector<std::string> out;
    for (const auto& e : sg.edges) {
      out.push_back(g[sg.actors[e.u]].id.str() + "-" + g[sg.actors[e.v]].id.str() +
                    std::string(geokg::to_string(e.polarity)));
    }
    return out;
  }
  std::vector<double> weights(const ga::signed_graph& sg) const {
    std::vector<double> out;
    for (const auto& e : sg.edges)
      out.push_back(e.weight);
    return out;
  }
  geokg::knowledge_graph g;
  const geokg::date at = d("2000-01-01");
};

using strings = std::vector<std::string>;

TEST_F(signed_snapshot_test, sum_of_signs_is_the_default_rule) {
  const auto sg = ga::signed_snapshot(g, at);
  EXPECT_EQ(sg.num_vertices(), 6U);  // every actor, so vertex == actor index
  for (std::size_t v = 0; v < 6; ++v)
    EXPECT_EQ(sg.actors[v], v);
  EXPECT_EQ(edges(sg), (strings{"A-C+", "B-C-", "B-D-", "E-O+"}));
  EXPECT_EQ(weights(sg), (std::vector<double>{1, 2, 1, 1}));
  EXPECT_EQ(sg.num_positive(), 2U);
  EXPECT_EQ(sg.num_negative(), 2U);
  for (const auto& e : sg.edges)
    EXPECT_LT(e.u, e.v);
  EXPECT_NO_THROW(ga::validate(sg));
}

TEST_F(signed_snapshot_test, positive_dominates) {
  const auto sg = ga::signed_snapshot(g, at, {.rule = ga::collapse_rule::positive_dominates});
  EXPECT_EQ(edges(sg), (strings{"A-B+", "A-C+", "B-C-", "B-D-", "E-O+"}));
  EXPECT_EQ(weights(sg), (std::vector<double>{1, 2, 2, 1, 1}));
}

TEST_F(signed_snapshot_test, negative_dominates) {
  const auto sg = ga::signed_snapshot(g, at, {.rule = ga::collapse_rule::negative_dominates});
  EXPECT_EQ(edges(sg), (strings{"A-B-", "A-C-", "B-C-", "B-D-", "E-O+"}));
  EXPECT_EQ(weights(sg), (std::vector<double>{1, 1, 2, 1, 1}));
}

TEST_F(signed_snapshot_test, weighted_sum_uses_relation_weights_and_cancels_ties) {
  const auto sg = ga::signed_snapshot(g, at, {.rule = ga::collapse_rule::weighted_sum});
  // A-B: 0.5 - 0.5 = 0, no edge; A-C: 0.6 + 0.2 - 0.9 = -0.1.
  EXPECT_EQ(edges(sg), (strings{"A-C-", "B-C-", "B-D-", "E-O+"}));
  EXPECT_NEAR(sg.edges[0].weight, 0.1, 1e-6);
  EXPECT_NEAR(sg.edges[1].weight, 2.0, 1e-9);
}

TEST_F(signed_snapshot_test, a_kind_filter_keeps_only_those_relations) {
  const auto sg = ga::signed_snapshot(
      g, at, {.kinds = {relation_kind::hostility, relation_kind::war, relation_kind::alliance}});
  // A-B: alliance + hostility = 0; A-C: alliance alone; B-C: war alone; B-D: hostility.
  EXPECT_EQ(edges(sg), (strings{"A-C+", "B-C-", "B-D-"}));
  EXPECT_EQ(weights(sg), (std::vector<double>{1, 1, 1}));
  const auto none = ga::signed_snapshot(g, at, {.kinds = {}});
  EXPECT_TRUE(none.edges.empty());
  EXPECT_EQ(none.num_vertices(), 6U);
}

TEST_F(signed_snapshot_test, one_actor_kind_and_dropping_isolated_actors) {
  const auto states = ga::signed_snapshot(g, at, {.only = geokg::actor_kind::state});
  EXPECT_EQ(states.actors, (std::vector<geokg::actor_index>{0, 1, 2, 3, 4}));
  EXPECT_EQ(edges(states), (strings{"A-C+", "B-C-", "B-D-"}));  // E-O went with O

  const auto linked =
      ga::signed_snapshot(g, at, {.only = geokg::actor_kind::state, .drop_isolated = true});
  EXPECT_EQ(linked.actors, (std::vector<geokg::actor_index>{0, 1, 2, 3}));  // E has no edge
  EXPECT_EQ(edges(linked), (strings{"A-C+", "B-C-", "B-D-"}));
  EXPECT_EQ(linked.find(3), std::optional<ga::signed_vertex>(3));
  EXPECT_EQ(linked.find(4), std::nullopt);
}

TEST_F(signed_snapshot_test, the_date_and_the_time_rule_decide_what_is_active) {
  // In 1985 only the A-C alliance, D-E alliance, D-B hostility and A-O membership hold.
  EXPECT_EQ(edges(ga::signed_snapshot(g, d("1985"))), (strings{"A-C+", "B-D-", "D-E+"}));
  // B-C's war ends "2000-06": active on 2000-06-15 only if the month may run to its end.
  const auto june = d("2000-06-15");
  EXPECT_EQ(edges(ga::signed_snapshot(g, june)), (strings{"A-C+", "B-D-", "E-O+"}));
  EXPECT_EQ(edges(ga::signed_snapshot(g, june, {.time = geokg::time_rule::possible})),
            (strings{"A-C+", "B-C-", "B-D-", "E-O+"}));
}

TEST_F(signed_snapshot_test, a_view_gives_the_same_graph_as_the_date) {
  EXPECT_EQ(ga::signed_snapshot(geokg::active_at(g, at)), ga::signed_snapshot(g, at));
  // Any view: everything active at some time in the 1980s and 1990s, negative dominating.
  const auto span = geokg::parse_interval("1980/2000").value();
  const auto sg = ga::signed_snapshot(geokg::active_during(g, span),
                                      {.rule = ga::collapse_rule::negative_dominates});
  EXPECT_EQ(edges(sg), (strings{"A-B-", "A-C-", "B-C-", "B-D-", "D-E+", "E-O+"}));
}

TEST_F(signed_snapshot_test, prints_a_table) {
  const auto sg = ga::signed_snapshot(g, at, {.only = geokg::actor_kind::state});
  EXPECT_EQ(ga::to_string(sg, g),
            "signed graph: 5 actors, 3 edges (1 positive, 2 negative)\n"
            "  actor actor sign  weight\n"
            "  A     C     +     1\n"
            "  B     C     -     2\n"
            "  B     D     -     1\n");
  EXPECT_EQ(ga::to_string(sg),
            "signed graph: 5 vertices, 3 edges (1 positive, 2 negative)\n"
            "  u       v       sign  weight\n"
            "  0       2       +     1\n"
            "  1       2       -     2\n"
            "  1       3       -     1\n");
}

TEST(signed_snapshot, collapse_rules_have_names) {
  for (const auto r : {ga::collapse_rule::sum_of_signs, ga::collapse_rule::positive_dominates,
                       ga::collapse_rule::negative_dominates, ga::collapse_rule::weighted_sum}) {
    EXPECT_EQ(ga::parse_collapse_rule(ga::to_string(r)), r);
  }
  EXPECT_EQ(ga::to_string(ga::collapse_rule::sum_of_signs), "sum_of_signs");
  EXPECT_EQ(ga::parse_collapse_rule("majority"), std::nullopt);
}

TEST(signed_snapshot, validate_names_the_offending_edge) {
  struct case_ {
    std::string_view name;
    ga::signed_graph graph;
    std::string_view message;
  };
  const case_ cases[] = {
      {"an edge with u > v is rejected",
       {.actors = {0, 1}, .edges = {{.u = 1, .v = 0}}},
       "signed edge 0 (1, 0): u must be less than v"},
      {"a loop is rejected",
       {.actors = {0, 1}, .edges = {{.u = 1, .v = 1}}},
       "signed edge 0 (1, 1): u must be less than v"},
      {"a vertex beyond the actors is rejected",
       {.actors = {0, 1}, .edges = {{.u = 0, .v = 1}, {.u = 0, .v = 2}}},
       "signed edge 1 (0, 2): vertex 2 is outside the graph's 2 vertices"},
      {"a neutral edge is rejected",
       {.actors = {0, 1}, .edges = {{.u = 0, .v = 1, .polarity = sign::neutral}}},
       "signed edge 0 (0, 1): sign must be + or -, not 0"},
      {"a repeated pair is rejected",
       {.actors = {0, 1, 2},
        .edges = {{.u = 0, .v = 1},
                  {.u = 1, .v = 2},
                  {.u = 0, .v = 1, .polarity = sign::negative}}},
       "signed graph has two edges between vertices 0 and 1 (it must be simple)"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    try {
      ga::validate(c.graph);
      ADD_FAILURE() << "no exception";
    } catch (const geokg::data_error& e) {
      EXPECT_EQ(e.code(), geokg::errc::invalid_value);
      EXPECT_EQ(e.message(), c.message);
    }
  }
}

// The options of the analysis commands, as the CLI and the Python module give them.
TEST(signed_snapshot, parses_the_options_of_the_analysis_commands) {
  const auto plain = ga::parse_snapshot_options({});
  EXPECT_EQ(plain.only, std::nullopt);
  EXPECT_EQ(plain.time, geokg::time_rule::first_day);
  EXPECT_EQ(plain.kinds, geokg::kind_set::all());
  EXPECT_TRUE(plain.drop_isolated);
  EXPECT_EQ(plain.rule, ga::snapshot_options{}.rule);

  const std::vector<std::string> kinds{"alliance", "war"};
  const auto given =
      ga::parse_snapshot_options({.only = "state", .rule = "possible", .kinds = kinds});
  EXPECT_EQ(given.only, geokg::actor_kind::state);
  EXPECT_EQ(given.time, geokg::time_rule::possible);
  EXPECT_EQ(given.kinds, (geokg::kind_set{relation_kind::alliance, relation_kind::war}));

  struct case_ {
    std::string_view name;
    ga::snapshot_arguments arguments;
    geokg::errc code;
    std::string_view field, message;
  };
  const std::vector<std::string> bad_kinds{"alliance", "friendship"};
  const case_ cases[] = {
      {"an unknown actor kind",
       {.only = "empire"},
       geokg::errc::invalid_value,
       "only",
       "unknown actor kind 'empire'"},
      {"an empty actor kind",
       {.only = ""},
       geokg::errc::invalid_value,
       "only",
       "unknown actor kind ''"},
      {"an unknown time rule",
       {.rule = "maybe"},
       geokg::errc::invalid_value,
       "rule",
       "unknown time rule 'maybe' (known: first_day, certain, possible)"},
      {"an unknown relation kind",
       {.kinds = bad_kinds},
       geokg::errc::unknown_relation_kind,
       "kinds",
       "unknown relation kind 'friendship'"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    try {
      (void)ga::parse_snapshot_options(c.arguments);
      ADD_FAILURE() << "no exception";
    } catch (const geokg::data_error& e) {
      EXPECT_EQ(e.code(), c.code);
      EXPECT_EQ(e.field(), c.field);
      EXPECT_EQ(e.message(), c.message);
    }
  }
}

}  // namespace
