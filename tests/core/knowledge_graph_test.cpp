// SPDX-License-Identifier: MIT
#include "geokg/core/knowledge_graph.hpp"

#include <array>
#include <cstddef>
#include <functional>
#include <string>
#include <type_traits>
#include <vector>

#include <gtest/gtest.h>

namespace {

using geokg::actor_id;
using geokg::errc;
using geokg::relation_kind;

geokg::date d(std::string_view text) {
  return geokg::parse_date(text).value();
}

// Expects `f` to throw a data_error with this code and exactly this message.
template <class F>
void expect_data_error(F&& f, errc code, const std::string& message) {
  try {
    f();
    ADD_FAILURE() << "expected data_error " << geokg::to_string(code);
  } catch (const geokg::data_error& e) {
    EXPECT_EQ(e.code(), code);
    EXPECT_EQ(e.message(), message);
    EXPECT_EQ(std::string(e.what()),
              "error: " + message + " [geokg." + std::string(geokg::to_string(code)) + "]");
  }
}

class knowledge_graph_test : public ::testing::Test {
 protected:
  void SetUp() override {
    g.add_source({.id = "article",
                  .kind = geokg::source_kind::analysis,
                  .title = "Tokyo and Seoul are countering China's ambitions"});
    g.add_actor({.id = actor_id("USA"), .name = "United States"});
    g.add_actor({.id = actor_id("JPN"), .name = "Japan"});
    g.add_actor({.id = actor_id("KOR"),
                 .name = "Republic of Korea",
                 .aliases = {"South Korea"},
                 .existence = {geokg::interval::since(d("1948-08-15"))}});
    g.add_actor({.id = actor_id("KOREA_EMPIRE"),
                 .name = "Korean Empire",
                 .existence = {geokg::interval(d("1897-10-12"), d("1910-08-29"))}});
  }

  geokg::relation_index alliance(std::string_view a, std::string_view b, std::string_view since) {
    return g.add_relation({.source = actor_id(a),
                           .target = actor_id(b),
                           .kind = relation_kind::alliance,
                           .when = geokg::interval::since(d(since))});
  }

  geokg::knowledge_graph g;
};

TEST_F(knowledge_graph_test, finds_actors_by_id_and_throws_for_unknown_ones) {
  EXPECT_EQ(g.num_actors(), 4U);
  EXPECT_EQ(g.find_actor("JPN"), 1U);
  EXPECT_EQ(g.actor_index_of("KOR"), 2U);
  EXPECT_EQ(g[g.actor_index_of("KOR")].name, "Republic of Korea");
  EXPECT_EQ(g.find_actor("KOR1"), std::nullopt);
  EXPECT_THROW((void)g.actor_index_of("KOR1"), geokg::lookup_error);
  EXPECT_EQ(boost::num_vertices(g.graph()), 4U);
}

TEST_F(knowledge_graph_test, actor_at_returns_the_actor_and_throws_out_of_range) {
  EXPECT_EQ(g.actor_at(g.actor_index_of("KOR")).name, "Republic of Korea");
  EXPECT_EQ(&g.actor_at(geokg::actor_index{1U}), &g[geokg::actor_index{1U}]);
  EXPECT_THROW((void)g.actor_at(geokg::actor_index{4U}), geokg::lookup_error);
  EXPECT_THROW((void)g.actor_at(geokg::no_index), geokg::lookup_error);
}

TEST_F(knowledge_graph_test, index_ranges_cover_each_kind_in_order) {
  std::vector<std::size_t> actors;
  for (const geokg::actor_index a : g.actor_indices())
    actors.push_back(a);
  EXPECT_EQ(actors, (std::vector<std::size_t>{0, 1, 2, 3}));
  EXPECT_EQ(g.relation_indices().size(), g.num_relations());
  EXPECT_EQ(g.source_indices().size(), g.num_sources());
  EXPECT_TRUE(g.event_indices().empty());
  EXPECT_TRUE(g.claim_indices().empty());
}

TEST_F(knowledge_graph_test, rejects_a_duplicate_actor_id) {
  expect_data_error([&] { g.add_actor({.id = actor_id("JPN"), .name = "Japan again"}); },
                    errc::duplicate_actor, "duplicate actor id 'JPN'");
  EXPECT_EQ(g.num_actors(), 4U);
}

TEST_F(knowledge_graph_test, rejects_overlapping_existence_spells) {
  expect_data_error(
      [&] {
        g.add_actor({.id = actor_id("X"),
                     .existence = {geokg::interval(d("1900"), d("1950")),
                                   geokg::interval::since(d("1940"))}});
      },
      errc::invalid_value, "existence spells 1900/1950 and 1940/.. of actor 'X' overlap");
}

TEST_F(knowledge_graph_test, adds_parallel_relations_as_separate_edges) {
  const auto a = alliance("USA", "JPN", "1952-04-28");
  const auto b = g.add_relation({.source = actor_id("USA"),
                                 .target = actor_id("JPN"),
                                 .kind = relation_kind::summit,
                                 .when = *geokg::parse_interval("2023-08-18")});
  EXPECT_EQ(a, geokg::relation_index{0});
  EXPECT_EQ(b, geokg::relation_index{1});
  EXPECT_EQ(boost::num_edges(g.graph()), 2U);
  const auto [first, last] = boost::out_edges(g.actor_index_of("USA"), g.graph());
  ASSERT_EQ(std::distance(first, last), 2);
  EXPECT_EQ(g[*first].kind, relation_kind::alliance);
  EXPECT_EQ(g.relation_of(*std::next(first)), geokg::relation_index{1});
  EXPECT_EQ(g.relation_at(geokg::relation_index{1}).target, g.actor_index_of("JPN"));
  EXPECT_THROW((void)g.relation_at(geokg::relation_index{2}), geokg::lookup_error);
}

TEST_F(knowledge_graph_test, rejects_relations_naming_unknown_actors) {
  expect_data_error([&] { alliance("USA", "KOR1", "1953"); }, errc::unknown_actor,
                    "unknown actor 'KOR1' in field 'target'");
  expect_data_error([&] { alliance("XYZ", "KOR", "1953"); }, errc::unknown_actor,
                    "unknown actor 'XYZ' in field 'source'");
  EXPECT_EQ(g.num_relations(), 0U);
  EXPECT_EQ(boost::num_edges(g.graph()), 0U);
}

TEST_F(knowledge_graph_test, rejects_a_relation_of_an_actor_with_itself) {
  expect_data_error([&] { alliance("JPN", "JPN", "1953"); }, errc::self_relation,
                    "relation of actor 'JPN' with itself");
}

TEST_F(knowledge_graph_test, rejects_weights_outside_the_unit_range) {
  for (double w : {-0.1, 1.5, std::numeric_limits<double>::quiet_NaN()}) {
    EXPECT_THROW(g.add_relation({.source = actor_id("USA"),
                                 .target = actor_id("JPN"),
                                 .kind = relation_kind::alliance,
                                 .weight = w}),
                 geokg::data_error);
  }
  EXPECT_EQ(g.num_relations(), 0U);
}

TEST_F(knowledge_graph_test, statement_ids_are_unique_across_kinds) {
  g.add_relation({.source = actor_id("USA"),
                  .target = actor_id("JPN"),
                  .kind = relation_kind::alliance,
                  .info = {.id = "usa_jpn_alliance"}});
  expect_data_error(
      [&] {
        g.add_event({.kind = relation_kind::summit,
                     .participants = {{actor_id("USA")}},
                     .info = {.id = "usa_jpn_alliance"}});
      },
      errc::duplicate_statement, "duplicate statement id 'usa_jpn_alliance'");
  expect_data_error(
      [&] {
        g.add_relation({.source = actor_id("USA"),
                        .target = actor_id("JPN"),
                        .kind = relation_kind::alliance,
                        .info = {.id = "bad id"}});
      },
      errc::invalid_id, "invalid statement id 'bad id'");
  EXPECT_EQ(g.find_statement("usa_jpn_alliance"),
            (geokg::statement_ref{geokg::statement_kind::relation, 0}));
  EXPECT_EQ(g.find_statement("nope"), std::nullopt);
  EXPECT_THROW((void)g.statement_ref_of("nope"), geokg::lookup_error);
}

TEST_F(knowledge_graph_test, keeps_citations_quantities_and_status_of_a_statement) {
  const auto r = g.add_relation(
      {.source = actor_id("JPN"),
       .target = actor_id("KOR"),
       .kind = relation_kind::economic_aid,
       .when = *geokg::parse_interval("1965-12-18"),
       .info = {
           .id = "jpn_kor_1965_aid",
           .citations = {{.source = "article",
                          .quote =
                              "loans and grants amounting to hundreds of millions of dollars"}},
           .quantities = {{"grants", geokg::quantity::exact(3e8, "USD")},
                          {"stated", geokg::quantity::range(1e8, 1e9, "USD")}},
           .note = "1965 claims agreement"}});
  const geokg::statement_ref s{r};
  EXPECT_EQ(g.id_of(s), "jpn_kor_1965_aid");
  EXPECT_EQ(g.status_of(s), geokg::statement_status::fact);
  ASSERT_EQ(g.citations_of(s).size(), 1U);
  EXPECT_EQ(g.citations_of(s)[0].source, "article");
  ASSERT_EQ(g.quantities_of(s).size(), 2U);
  EXPECT_EQ(g.quantities_of(s)[0].value.low, 3e8);
  EXPECT_EQ(g.quantities_of(s)[1].value.high, 1e9);
  EXPECT_EQ(g.note_of(s), "1965 claims agreement");
}

TEST_F(knowledge_graph_test, rejects_citations_of_unknown_sources) {
  expect_data_error(
      [&] {
        g.add_relation({.source = actor_id("USA"),
                        .target = actor_id("JPN"),
                        .kind = relation_kind::alliance,
                        .info = {.id = "r1", .citations = {{.source = "nowhere"}}}});
      },
      errc::unknown_source, "unknown source 'nowhere' cited by statement 'r1'");
}

TEST_F(knowledge_graph_test, rejects_duplicate_and_invalid_sources) {
  expect_data_error([&] { g.add_source({.id = "article"}); }, errc::duplicate_statement,
                    "duplicate source id 'article'");
  expect_data_error([&] { g.add_source({.id = ""}); }, errc::invalid_id, "invalid source id ''");
  expect_data_error([&] { g.add_source({.id = "s2", .reliability = 2.0}); }, errc::invalid_value,
                    "reliability of source 's2' is outside [0, 1]");
  EXPECT_EQ(g.find_source("article"), geokg::source_index{0});
  EXPECT_EQ(g.source_at(geokg::source_index{0}).title,
            "Tokyo and Seoul are countering China's ambitions");
  EXPECT_THROW((void)g.source_at(geokg::source_index{1}), geokg::lookup_error);
  EXPECT_EQ(g.source_index_of("article"), geokg::source_index{0});
  EXPECT_THROW((void)g.source_index_of("nowhere"), geokg::lookup_error);
}

// Loaders locate the graph's complaints by the field they name (`data_error::field`), not by
// reading the message.
TEST_F(knowledge_graph_test, rejections_name_the_field_they_concern) {
  const geokg::relation_spec ok{.source = actor_id("USA"),
                                .target = actor_id("JPN"),
                                .kind = relation_kind::alliance,
                                .info = {.id = "usa_jpn"}};
  g.add_relation(ok);
  const auto with = [&](auto change) {
    auto spec = ok;
    spec.info.id.clear();
    change(spec);
    return [&g = g, spec] { g.add_relation(spec); };
  };
  struct case_ {
    std::string_view name;
    std::function<void()> add;
    std::string_view field;
  };
  const case_ cases[] = {
      {"unknown source actor", with([](auto& r) { r.source = actor_id("XYZ"); }), "source"},
      {"unknown target actor", with([](auto& r) { r.target = actor_id("KOR1"); }), "target"},
      {"self relation", with([](auto& r) { r.target = r.source; }), "target"},
      {"weight", with([](auto& r) { r.weight = 2.0; }), "weight"},
      {"duplicate id", with([](auto& r) { r.info.id = "usa_jpn"; }), "id"},
      {"invalid id", with([](auto& r) { r.info.id = "no spaces"; }), "id"},
      {"unknown source", with([](auto& r) { r.info.citations = {{.source = "nowhere"}}; }),
       "citations"},
      {"confidence", with([](auto& r) { r.info.citations = {{.confidence = 2.0}}; }), "citations"},
      {"duplicate actor", [&] { g.add_actor({.id = actor_id("USA")}); }, "id"},
      {"overlapping existence",
       [&] {
         g.add_actor(
             {.id = actor_id("XXX"),
              .existence = {geokg::interval::since(d("1990")), geokg::interval::since(d("2000"))}});
       },
       "existence"},
      {"source id", [&] { g.add_source({.id = "article"}); }, "id"},
      {"source reliability", [&] { g.add_source({.id = "s2", .reliability = 2.0}); },
       "reliability"},
      {"event participant", [&] { g.add_event({.participants = {{.actor = actor_id("XYZ")}}}); },
       "participants"},
      {"claim actor", [&] { g.add_claim({.actors = {actor_id("XYZ")}}); }, "actors"},
      {"no participants (no one field)", [&] { g.add_event({}); }, ""},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    try {
      c.add();
      ADD_FAILURE() << "no exception";
    } catch (const geokg::data_error& e) {
      EXPECT_EQ(e.field(), c.field) << e.what();
    }
  }
}

TEST_F(knowledge_graph_test, reports_relations_outside_an_actors_existence) {
  // Japan annexed the Korean Empire in 1910: a relation with the Republic of Korea (from 1948)
  // in 1910 is outside the ROK's existence. By default it is accepted and can be reported.
  const auto r = g.add_relation({.source = actor_id("JPN"),
                                 .target = actor_id("KOR"),
                                 .kind = relation_kind::occupation,
                                 .when = geokg::interval(d("1910-08-29"), d("1945-08-15"))});
  EXPECT_EQ(
      g.existence_conflict(g.relation_at(r)),
      "relation 1910-08-29/1945-08-15 falls outside the existence of actor 'KOR' (1948-08-15/..)");
  const auto ok = g.add_relation({.source = actor_id("JPN"),
                                  .target = actor_id("KOREA_EMPIRE"),
                                  .kind = relation_kind::occupation,
                                  .when = geokg::interval(d("1905-11-17"), d("1910-08-29"))});
  EXPECT_EQ(g.existence_conflict(g.relation_at(ok)), std::nullopt);
}

TEST(knowledge_graph, rejects_relations_outside_existence_when_strict) {
  geokg::knowledge_graph g({.existence = geokg::existence_policy::reject});
  g.add_actor({.id = actor_id("JPN")});
  g.add_actor({.id = actor_id("KOR"), .existence = {geokg::interval::since(d("1948-08-15"))}});
  expect_data_error(
      [&] {
        g.add_relation({.source = actor_id("JPN"),
                        .target = actor_id("KOR"),
                        .kind = relation_kind::hostility,
                        .when = geokg::interval(d("1930"), d("1950"))});
      },
      errc::outside_existence,
      "relation 1930/1950 falls outside the existence of actor 'KOR' (1948-08-15/..)");
  EXPECT_EQ(g.num_relations(), 0U);
  g.add_relation({.source = actor_id("JPN"),
                  .target = actor_id("KOR"),
                  .kind = relation_kind::normalisation,
                  .when = geokg::interval::since(d("1965-12-18"))});
  EXPECT_EQ(g.num_relations(), 1U);
}

TEST_F(knowledge_graph_test, keeps_an_nary_event_as_one_statement) {
  const auto e = g.add_event({.kind = relation_kind::summit,
                              .when = *geokg::parse_interval("2023-08-18"),
                              .title = "Camp David trilateral summit",
                              .participants = {{actor_id("USA"), geokg::participant_role::host},
                                               {actor_id("JPN")},
                                               {actor_id("KOR")}},
                              .info = {.id = "camp_david_2023"}});
  const auto& summit = g.event_at(e);
  EXPECT_EQ(summit.participants.size(), 3U);
  EXPECT_TRUE(summit.involves(g.actor_index_of("KOR")));
  EXPECT_FALSE(summit.involves(g.actor_index_of("KOREA_EMPIRE")));
  // A dyadic relation derived from the event points back to it.
  const auto r = g.add_relation({.source = actor_id("JPN"),
                                 .target = actor_id("KOR"),
                                 .kind = relation_kind::partnership,
                                 .when = geokg::interval::since(d("2023-08-18")),
                                 .event = "camp_david_2023"});
  EXPECT_EQ(g.relation_at(r).event, e);
  expect_data_error(
      [&] {
        g.add_relation({.source = actor_id("JPN"),
                        .target = actor_id("KOR"),
                        .kind = relation_kind::partnership,
                        .event = "camp_david_2024"});
      },
      errc::unknown_statement, "unknown statement 'camp_david_2024'");
}

TEST_F(knowledge_graph_test, events_in_one_batch_may_refer_forward) {
  const std::vector<geokg::event_spec> specs{
      {.kind = relation_kind::summit,
       .title = "hotline commitment",
       .participants = {{actor_id("USA")}},
       .part_of = "camp_david_2023",
       .info = {.id = "hotline"}},
      {.kind = relation_kind::summit,
       .participants = {{actor_id("USA")}, {actor_id("JPN")}},
       .info = {.id = "camp_david_2023"}},
  };
  const auto first = g.add_events(specs);
  EXPECT_EQ(g.event_at(first).part_of, geokg::event_index{first.value() + 1});
}

TEST_F(knowledge_graph_test, rejects_events_without_participants_or_with_repeats_all_or_nothing) {
  expect_data_error([&] { g.add_event({.kind = relation_kind::war, .info = {.id = "w"}}); },
                    errc::invalid_value, "event 'w' has no participants");
  const std::vector<geokg::event_spec> specs{
      {.kind = relation_kind::summit, .participants = {{actor_id("USA")}}, .info = {.id = "ok"}},
      {.kind = relation_kind::summit,
       .participants = {{actor_id("USA")}, {actor_id("USA")}},
       .info = {.id = "bad"}},
  };
  expect_data_error([&] { g.add_events(specs); }, errc::invalid_value,
                    "actor 'USA' is listed twice as participant of event 'bad'");
  EXPECT_EQ(g.num_events(), 0U);
  EXPECT_EQ(g.find_statement("ok"), std::nullopt);
}

TEST_F(knowledge_graph_test, claims_point_at_statements_and_may_form_cycles) {
  alliance("USA", "JPN", "1952-04-28");
  g.add_relation({.source = actor_id("JPN"),
                  .target = actor_id("KOR"),
                  .kind = relation_kind::partnership,
                  .when = geokg::interval::since(d("2023-08-18")),
                  .info = {.id = "rapprochement"}});
  g.add_relation({.source = actor_id("USA"),
                  .target = actor_id("KOR"),
                  .kind = relation_kind::alliance,
                  .when = geokg::interval::since(d("1954-11-17")),
                  .info = {.id = "usa_kor"}});
  const std::vector<geokg::claim_spec> claims{
      {.kind = geokg::claim_kind::causes,
       .subjects = {"usa_kor"},
       .objects = {"rapprochement"},
       .text = "drove",
       .info = {.id = "c1", .status = geokg::statement_status::claimed}},
      {.kind = geokg::claim_kind::contradicts,
       .subjects = {"c3"},
       .objects = {"c1"},
       .info = {.id = "c2"}},
      {.kind = geokg::claim_kind::contradicts,
       .subjects = {"c2"},
       .objects = {"c3"},
       .info = {.id = "c3"}},
  };
  const auto first = g.add_claims(claims);
  EXPECT_EQ(g.num_claims(), 3U);
  EXPECT_EQ(g.claim_at(first).objects.at(0),
            (geokg::statement_ref{geokg::statement_kind::relation, 1}));
  EXPECT_EQ(g.claim_at(geokg::claim_index{first.value() + 1}).subjects.at(0),
            (geokg::statement_ref{geokg::statement_kind::claim, first.value() + 2}));
  EXPECT_EQ(g.status_of(first), geokg::statement_status::claimed);
  // A claim's default status is `claimed`, never `fact`.
  EXPECT_EQ(g.status_of(geokg::claim_index{first.value() + 1}), geokg::statement_status::claimed);
}

TEST_F(knowledge_graph_test, rejects_claims_about_nothing_or_unknown_statements) {
  expect_data_error(
      [&] {
        g.add_claim(
            {.kind = geokg::claim_kind::assessment, .label = "fragile", .info = {.id = "a"}});
      },
      errc::invalid_value, "claim 'a' is about nothing: it has no subjects and no actors");
  expect_data_error(
      [&] {
        g.add_claim({.kind = geokg::claim_kind::causes, .subjects = {"x"}, .objects = {"y"}});
      },
      errc::unknown_statement, "unknown statement 'x'");
  alliance("USA", "JPN", "1952");
  g.add_relation({.source = actor_id("USA"),
                  .target = actor_id("JPN"),
                  .kind = relation_kind::summit,
                  .info = {.id = "s"}});
  expect_data_error(
      [&] {
        g.add_claim({.kind = geokg::claim_kind::causes, .subjects = {"s"}, .info = {.id = "b"}});
      },
      errc::invalid_value, "claim 'b' of kind causes needs both subjects and objects");
  // An assessment about actors alone is fine: "the US's foremost priority remains China".
  g.add_claim({.kind = geokg::claim_kind::assessment,
               .actors = {actor_id("USA")},
               .label = "priority: China"});
  EXPECT_EQ(g.num_claims(), 1U);
}

TEST_F(knowledge_graph_test, is_move_only_and_clones_on_request) {
  static_assert(!std::is_copy_constructible_v<geokg::knowledge_graph>);
  static_assert(!std::is_copy_assignable_v<geokg::knowledge_graph>);
  static_assert(std::is_nothrow_move_constructible_v<geokg::knowledge_graph>);
  alliance("USA", "JPN", "1952-04-28");
  auto copy = g.clone();
  copy.add_actor({.id = actor_id("CHN")});
  alliance("USA", "KOR", "1954-11-17");
  EXPECT_EQ(g.num_actors(), 4U);
  EXPECT_EQ(copy.num_actors(), 5U);
  EXPECT_EQ(g.num_relations(), 2U);
  EXPECT_EQ(copy.num_relations(), 1U);
  EXPECT_EQ(copy.find_actor("JPN"), 1U);
  EXPECT_EQ(copy.source_at(geokg::source_index{0}).id, "article");
  EXPECT_FALSE(copy == g);
  auto same = g.clone();
  EXPECT_TRUE(same == g);
  geokg::knowledge_graph moved = std::move(copy);
  EXPECT_EQ(moved.num_actors(), 5U);
  EXPECT_EQ(moved.find_actor("CHN"), 4U);
}

TEST_F(knowledge_graph_test, indices_are_stable_as_the_graph_grows) {
  const auto first = alliance("USA", "JPN", "1952-04-28");
  const auto jpn = g.actor_index_of("JPN");
  for (int i = 0; i < 1000; ++i)
    alliance("USA", "KOR", "1954");
  EXPECT_EQ(g.relation_at(first).target, jpn);
  EXPECT_EQ(g.relation_at(first).kind, relation_kind::alliance);
  EXPECT_EQ(g.actor_index_of("JPN"), jpn);
}

// The id index grows with the graph and keeps every kind of statement apart, in the original
// and in a clone: 50,000 relation ids that differ in one character, events and claims among them.
TEST_F(knowledge_graph_test, finds_every_statement_id_among_many_and_no_other) {
  const auto relation_id = [](int i) { return "r" + std::to_string(i); };
  for (int i = 0; i < 50'000; ++i) {
    g.add_relation({.source = actor_id(i % 2 == 0 ? "USA" : "JPN"),
                    .target = actor_id("KOR"),
                    .kind = relation_kind::summit,
                    .when = geokg::interval::since(d("1990")),
                    .info = {.id = relation_id(i)}});
  }
  g.add_event({.kind = relation_kind::summit,
               .participants = {{actor_id("USA")}, {actor_id("JPN")}},
               .info = {.id = "e1"}});
  g.add_claim(
      {.kind = geokg::claim_kind::assessment, .subjects = {"r7", "e1"}, .info = {.id = "c1"}});
  const auto clone = g.clone();
  for (const auto* graph : std::array<const geokg::knowledge_graph*, 2>{&g, &clone}) {
    for (int i = 0; i < 50'000; i += 7) {
      const auto s = graph->find_statement(relation_id(i));
      ASSERT_TRUE(s.has_value()) << relation_id(i);
      EXPECT_EQ(*s, (geokg::statement_ref{geokg::statement_kind::relation,
                                          static_cast<std::uint32_t>(i)}));
      EXPECT_EQ(graph->id_of(*s), relation_id(i));
    }
    EXPECT_EQ(graph->find_statement("e1"), (geokg::statement_ref{geokg::statement_kind::event, 0}));
    EXPECT_EQ(graph->find_statement("c1"), (geokg::statement_ref{geokg::statement_kind::claim, 0}));
    EXPECT_FALSE(graph->find_statement("r50000").has_value());
    EXPECT_FALSE(graph->find_statement("r").has_value());
    EXPECT_FALSE(graph->find_statement("").has_value());
  }
  expect_data_error(
      [&] {
        g.add_relation({.source = actor_id("USA"),
                        .target = actor_id("KOR"),
                        .kind = relation_kind::summit,
                        .info = {.id = "r49999"}});
      },
      errc::duplicate_statement, "duplicate statement id 'r49999'");
}

}  // namespace
