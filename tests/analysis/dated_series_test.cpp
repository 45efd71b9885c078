// SPDX-License-Identifier: MIT
#include "geokg/analysis/dated_series.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <iterator>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "geokg/core/views.hpp"
#include "geokg/io/load.hpp"

namespace {

namespace ga = geokg::analysis;
namespace gq = geokg::query;
using geokg::actor_id;
using geokg::date;
using geokg::relation_kind;
using geokg::time_rule;

date d(std::string_view text) {
  return geokg::parse_date(text).value();
}

std::vector<std::string> texts(const std::vector<date>& dates) {
  std::vector<std::string> out;
  for (const auto& x : dates)
    out.push_back(geokg::to_string(x));
  return out;
}

// A random dated graph (seed 20240611 unless given): 30 actors, a fifth of them organisations and
// some with existence spells, and 400 relations of signed and neutral kinds over 1900-2000 with
// year, month and day precision and open ends. Relations the graph refuses (duplicates) are
// skipped.
geokg::knowledge_graph random_dated_graph(std::uint32_t seed = 20240611) {
  std::mt19937 rng(seed);
  const auto uniform = [&](int lo, int hi) {
    return std::uniform_int_distribution<int>(lo, hi)(rng);
  };
  geokg::knowledge_graph g;
  constexpr int actors = 30;
  for (int i = 0; i < actors; ++i) {
    geokg::actor a{.id = actor_id("A" + std::to_string(i))};
    if (i % 5 == 4) a.kind = geokg::actor_kind::organisation;
    if (i % 7 == 3) {
      a.existence = {geokg::interval(date::from_year(1900 + uniform(0, 40)),
                                     date::from_year(1950 + uniform(0, 40)))};
    }
    g.add_actor(std::move(a));
  }
  const relation_kind kinds[] = {relation_kind::alliance,    relation_kind::war,
                                 relation_kind::dispute,     relation_kind::treaty,
                                 relation_kind::sanction,    relation_kind::hostility,
                                 relation_kind::partnership, relation_kind::membership};
  const auto some_date = [&]() -> date {
    const int y = uniform(1900, 2000);
    switch (uniform(0, 2)) {
      case 0:
        return *date::from_year(y);
      case 1:
        return *date::from_year_month(y, static_cast<unsigned>(uniform(1, 12)));
      default:
        return *date::from_ymd(y, static_cast<unsigned>(uniform(1, 12)),
                               static_cast<unsigned>(uniform(1, 28)));
    }
  };
  for (int i = 0; i < 400; ++i) {
    const int a = uniform(0, actors - 1);
    int b = uniform(0, actors - 2);
    if (b >= a) ++b;
    std::optional<date> start = some_date();
    std::optional<date> end = some_date();
    if (end->first_day() < start->first_day()) std::swap(start, end);
    if (end->first_day() == start->first_day()) end.reset();
    if (uniform(0, 9) == 0) start.reset();
    if (uniform(0, 9) == 0) end.reset();
    try {
      g.add_relation({.source = actor_id("A" + std::to_string(a)),
                      .target = actor_id("A" + std::to_string(b)),
                      .kind = kinds[uniform(0, 7)],
                      .when = geokg::interval(start, end),
                      .weight = uniform(1, 10) / 10.0});
    } catch (const geokg::data_error&) {
      // a duplicate or a relation outside an actor's existence: leave it out
    }
  }
  return g;
}

const geokg::knowledge_graph& east_asia() {
  static const geokg::knowledge_graph g = [] {
    auto r = geokg::io::load(std::filesystem::path(GEOKG_SOURCE_DIR) / "data/curated/east_asia");
    return std::move(r.graph);
  }();
  return g;
}

// The option sets every equality test runs with.
std::vector<ga::snapshot_options> option_sets() {
  std::vector<ga::snapshot_options> out;
  for (const auto rule : {time_rule::first_day, time_rule::certain, time_rule::possible}) {
    out.push_back({.time = rule});
    out.push_back({.time = rule, .drop_isolated = true});
    out.push_back({.rule = ga::collapse_rule::negative_dominates,
                   .kinds = {relation_kind::alliance, relation_kind::war, relation_kind::dispute},
                   .time = rule,
                   .only = geokg::actor_kind::state,
                   .drop_isolated = true});
    out.push_back({.rule = ga::collapse_rule::weighted_sum, .time = rule});
  }
  return out;
}

std::string describe(const ga::snapshot_options& o) {
  return std::string(geokg::to_string(o.time)) + " " + std::string(ga::to_string(o.rule)) +
         (o.only ? " only" : "") + (o.drop_isolated ? " drop_isolated" : "");
}

// At every date: the dated snapshot equals a fresh snapshot of the view `active_at(g, D)` and of
// the date overload.
void expect_fresh_snapshots(const geokg::knowledge_graph& g, const std::vector<date>& dates) {
  ASSERT_FALSE(dates.empty());
  for (const auto& options : option_sets()) {
    SCOPED_TRACE(describe(options));
    ga::dated_snapshots snapshots(g, options);
    const auto all = ga::signed_snapshots(g, dates, options);
    ASSERT_EQ(all.size(), dates.size());
    for (std::size_t i = 0; i < dates.size(); ++i) {
      const date at = dates[i];
      SCOPED_TRACE(geokg::to_string(at));
      const auto fresh = ga::signed_snapshot(geokg::active_at(g, at, options.time), options);
      EXPECT_EQ(snapshots.at(at), fresh);
      EXPECT_EQ(all[i], fresh);
      EXPECT_EQ(ga::signed_snapshot(g, at, options), fresh);
    }
  }
}

// --- series_dates --------------------------------------------------------------------------------

TEST(dated_series, yearly_dates_from_a_year_are_years) {
  EXPECT_EQ(texts(ga::series_dates(d("1950"), d("1953"), gq::yearly)),
            (std::vector<std::string>{"1950", "1951", "1952", "1953"}));
}

TEST(dated_series, monthly_dates_from_a_year_are_months) {
  // The end is compared by its first day: "1963" ends the run at 1963-01.
  const auto months = ga::series_dates(d("1962"), d("1963"), gq::monthly);
  ASSERT_EQ(months.size(), 13U);
  EXPECT_EQ(geokg::to_string(months.front()), "1962-01");
  EXPECT_EQ(geokg::to_string(months[9]), "1962-10");
  EXPECT_EQ(geokg::to_string(months.back()), "1963-01");
  EXPECT_EQ(ga::series_dates(d("1962-01"), d("1962-12"), gq::monthly).size(), 12U);
}

TEST(dated_series, monthly_dates_from_a_day_keep_the_day_or_clamp_it) {
  EXPECT_EQ(texts(ga::series_dates(d("2000-01-31"), d("2000-04-30"), gq::monthly)),
            (std::vector<std::string>{"2000-01-31", "2000-02-29", "2000-03-31", "2000-04-30"}));
}

TEST(dated_series, steps_of_several_units_and_days) {
  EXPECT_EQ(texts(ga::series_dates(d("1950"), d("1960"), {gq::step_unit::year, 5})),
            (std::vector<std::string>{"1950", "1955", "1960"}));
  EXPECT_EQ(texts(ga::series_dates(d("1999-12-30"), d("2000-01-02"), {gq::step_unit::day, 1})),
            (std::vector<std::string>{"1999-12-30", "1999-12-31", "2000-01-01", "2000-01-02"}));
}

TEST(dated_series, a_range_of_one_date_has_one_date) {
  EXPECT_EQ(texts(ga::series_dates(d("1989-11-09"), d("1989-11-09"), gq::yearly)),
            (std::vector<std::string>{"1989-11-09"}));
}

TEST(dated_series, rejects_an_end_before_the_start) {
  try {
    (void)ga::series_dates(d("2023"), d("1950"), gq::yearly);
    FAIL() << "no exception";
  } catch (const geokg::data_error& e) {
    EXPECT_EQ(e.code(), geokg::errc::end_before_start);
    EXPECT_EQ(e.message(), "end 1950 is before start 2023");
  }
}

TEST(dated_series, rejects_a_step_of_zero) {
  try {
    (void)ga::series_dates(d("1950"), d("2023"), {gq::step_unit::year, 0});
    FAIL() << "no exception";
  } catch (const geokg::data_error& e) {
    EXPECT_EQ(e.code(), geokg::errc::invalid_value);
  }
}

// --- snapshots at many dates ---------------------------------------------------------------------

TEST(dated_series, snapshots_equal_fresh_snapshots_on_a_random_graph_every_year) {
  const auto g = random_dated_graph();
  expect_fresh_snapshots(g, ga::series_dates(d("1895"), d("2005"), gq::yearly));
}

TEST(dated_series, snapshots_equal_fresh_snapshots_on_a_random_graph_every_month_and_day) {
  const auto g = random_dated_graph(7);
  expect_fresh_snapshots(g, ga::series_dates(d("1940"), d("1949"), gq::monthly));
  expect_fresh_snapshots(g, ga::series_dates(d("1950-02-03"), d("1952-12-31"), gq::monthly));
  expect_fresh_snapshots(
      g, ga::series_dates(d("1960-12-20"), d("1961-01-10"), {gq::step_unit::day, 1}));
}

TEST(dated_series, snapshots_equal_fresh_snapshots_on_east_asia) {
  const auto& g = east_asia();
  ASSERT_GT(g.num_relations(), 50U);
  expect_fresh_snapshots(g, ga::series_dates(d("1850"), d("2025"), gq::yearly));
  expect_fresh_snapshots(g, ga::series_dates(d("1950-01"), d("1953-12"), gq::monthly));
}

TEST(dated_series, dates_in_any_order_give_the_same_snapshots) {
  const auto g = random_dated_graph();
  const std::vector<date> dates = {d("1990"), d("1920"), d("1990"), d("1955-06-01"), d("1901")};
  const auto all = ga::signed_snapshots(g, dates, {.drop_isolated = true});
  for (std::size_t i = 0; i < dates.size(); ++i)
    EXPECT_EQ(all[i], ga::signed_snapshot(g, dates[i], {.drop_isolated = true}));
}

TEST(dated_series, active_set_snapshot_equals_the_date_snapshot) {
  const auto g = random_dated_graph();
  const gq::time_index index(g, time_rule::possible);
  for (const auto at : {d("1910"), d("1950-05"), d("1999-12-31")}) {
    const auto active = index.active_at(at);
    const ga::snapshot_options options{.time = time_rule::possible, .drop_isolated = true};
    EXPECT_EQ(ga::signed_snapshot(gq::active_set{&g, at, active}, options),
              ga::signed_snapshot(g, at, options));
  }
}

TEST(dated_series, active_relations_are_those_of_the_view) {
  const auto& g = east_asia();
  ga::dated_snapshots snapshots(g, {.time = time_rule::certain});
  for (const auto at : ga::series_dates(d("1900"), d("2020"), {gq::step_unit::year, 10})) {
    std::vector<geokg::relation_index> expected;
    const auto relations = g.relations();
    for (std::size_t i = 0; i < relations.size(); ++i) {
      if (relations[i].when.contains(at, time_rule::certain))
        expected.push_back(static_cast<geokg::relation_index>(i));
    }
    const auto active = snapshots.active(at);
    EXPECT_EQ(std::vector<geokg::relation_index>(active.begin(), active.end()), expected);
  }
}

// --- empty ranges and graphs ---------------------------------------------------------------------

TEST(dated_series, no_dates_give_no_results) {
  const auto& g = east_asia();
  const std::vector<date> none;
  EXPECT_TRUE(ga::signed_snapshots(g, none).empty());
  EXPECT_TRUE(ga::balance_series(g, none).empty());
  EXPECT_TRUE(ga::measure_series(g, ga::series_measure::relations, none).empty());
}

TEST(dated_series, dates_before_any_relation_give_empty_snapshots) {
  // Three states whose relations all start in 1900 or later.
  geokg::knowledge_graph g;
  for (const char* id : {"A", "B", "C"})
    g.add_actor({.id = actor_id(id)});
  g.add_relation({.source = actor_id("A"),
                  .target = actor_id("B"),
                  .kind = relation_kind::alliance,
                  .when = geokg::interval::since(d("1900"))});
  g.add_relation({.source = actor_id("B"),
                  .target = actor_id("C"),
                  .kind = relation_kind::war,
                  .when = *geokg::parse_interval("1914/1918")});
  const auto dates = ga::series_dates(d("1700"), d("1702"), gq::yearly);
  for (const auto& sg : ga::signed_snapshots(g, dates, {.drop_isolated = true})) {
    EXPECT_EQ(sg.num_vertices(), 0U);
    EXPECT_EQ(sg.num_edges(), 0U);
  }
  for (const auto& p : ga::balance_series(g, dates, {.drop_isolated = true})) {
    EXPECT_EQ(p.actors, 0U);
    EXPECT_EQ(p.triads.total(), 0U);
    EXPECT_EQ(p.frustration.value, 0U);
    EXPECT_TRUE(p.frustration.optimal);
  }
  // Every actor kept, none with an edge: density 0; dropping them all: undefined.
  for (const auto& v : ga::measure_series(g, ga::series_measure::density, dates))
    EXPECT_EQ(v.value, 0.0);
  for (const auto& v :
       ga::measure_series(g, ga::series_measure::density, dates, {.drop_isolated = true}))
    EXPECT_TRUE(std::isnan(v.value));
}

TEST(dated_series, an_empty_graph_gives_empty_measures) {
  const geokg::knowledge_graph g;
  const auto dates = ga::series_dates(d("2000"), d("2001"), gq::yearly);
  for (const auto m : ga::series_measures()) {
    SCOPED_TRACE(std::string(ga::to_string(m)));
    const auto values = ga::measure_series(g, m, dates);
    ASSERT_EQ(values.size(), 2U);
    for (const auto& v : values) {
      if (ga::is_count(m))
        EXPECT_EQ(v.value, 0.0);
      else
        EXPECT_TRUE(std::isnan(v.value));
    }
  }
}

// --- measures ------------------------------------------------------------------------------------

TEST(dated_series, measures_have_names_that_parse_back) {
  std::set<std::string_view> names;
  for (const auto m : ga::series_measures()) {
    names.insert(ga::to_string(m));
    EXPECT_EQ(ga::parse_series_measure(ga::to_string(m)), m);
  }
  EXPECT_EQ(names.size(), 12U);
  EXPECT_EQ(ga::to_string(ga::series_measure::balanced_share), "balanced_share");
  EXPECT_FALSE(ga::parse_series_measure("alliances"));
  EXPECT_TRUE(ga::is_count(ga::series_measure::frustration));
  EXPECT_FALSE(ga::is_count(ga::series_measure::modularity));
}

TEST(dated_series, balance_series_equals_the_balance_of_fresh_snapshots) {
  const auto& g = east_asia();
  const ga::snapshot_options snap{.only = geokg::actor_kind::state, .drop_isolated = true};
  const auto dates = ga::series_dates(d("1940"), d("2023"), {gq::step_unit::year, 3});
  std::vector<std::size_t> steps;
  const auto points = ga::balance_series(g, dates, snap, {.on_step = [&](std::size_t i, date at) {
                                           EXPECT_EQ(at, dates[i]);
                                           steps.push_back(i);
                                         }});
  ASSERT_EQ(points.size(), dates.size());
  ASSERT_EQ(steps.size(), dates.size());
  for (std::size_t i = 0; i < dates.size(); ++i) {
    SCOPED_TRACE(geokg::to_string(dates[i]));
    EXPECT_EQ(steps[i], i);
    const auto sg = ga::signed_snapshot(geokg::active_at(g, dates[i]), snap);
    const auto& p = points[i];
    EXPECT_EQ(p.at, dates[i]);
    EXPECT_EQ(p.actors, sg.num_vertices());
    EXPECT_EQ(p.positive, sg.num_positive());
    EXPECT_EQ(p.negative, sg.num_negative());
    const auto t = ga::count_triads(sg);
    EXPECT_EQ(p.triads.ppp, t.ppp);
    EXPECT_EQ(p.triads.ppn, t.ppn);
    EXPECT_EQ(p.triads.pnn, t.pnn);
    EXPECT_EQ(p.triads.nnn, t.nnn);
    const auto f = ga::frustration_index(sg);
    ASSERT_TRUE(f.optimal);
    EXPECT_TRUE(p.frustration.optimal);
    EXPECT_EQ(p.frustration.value, f.value);
  }
}

TEST(dated_series, measures_equal_their_definitions_on_fresh_snapshots) {
  const auto& g = east_asia();
  const ga::snapshot_options snap{.time = time_rule::possible, .drop_isolated = true};
  const auto dates = ga::series_dates(d("1945"), d("2023"), {gq::step_unit::year, 6});
  const auto series = [&](ga::series_measure m) { return ga::measure_series(g, m, dates, snap); };
  const auto relations = series(ga::series_measure::relations);
  const auto actors = series(ga::series_measure::actors);
  const auto signed_actors = series(ga::series_measure::signed_actors);
  const auto positive = series(ga::series_measure::positive);
  const auto negative = series(ga::series_measure::negative);
  const auto density = series(ga::series_measure::density);
  const auto triangles = series(ga::series_measure::triangles);
  const auto share = series(ga::series_measure::balanced_share);
  const auto frustration = series(ga::series_measure::frustration);
  const auto components = series(ga::series_measure::components);
  const auto communities = series(ga::series_measure::communities);
  const auto modularity = series(ga::series_measure::modularity);
  for (std::size_t i = 0; i < dates.size(); ++i) {
    const date at = dates[i];
    SCOPED_TRACE(geokg::to_string(at));
    const auto view = geokg::active_at(g, at, time_rule::possible);
    const auto sg = ga::signed_snapshot(view, snap);
    const auto n = static_cast<double>(sg.num_vertices());
    EXPECT_EQ(relations[i].at, at);
    const auto [first, last] = boost::edges(view);  // num_edges counts the unfiltered graph
    EXPECT_EQ(relations[i].value, static_cast<double>(std::distance(first, last)));
    std::size_t existing = 0;
    for (const auto& a : g.actors()) {
      bool exists = a.existence.empty();
      for (const auto& spell : a.existence)
        exists = exists || spell.contains(at, time_rule::possible);
      existing += exists ? 1U : 0U;
    }
    EXPECT_EQ(actors[i].value, static_cast<double>(existing));
    EXPECT_EQ(signed_actors[i].value, n);
    EXPECT_EQ(positive[i].value, static_cast<double>(sg.num_positive()));
    EXPECT_EQ(negative[i].value, static_cast<double>(sg.num_negative()));
    if (n >= 2)
      EXPECT_DOUBLE_EQ(density[i].value, static_cast<double>(sg.num_edges()) / (n * (n - 1) / 2));
    else
      EXPECT_TRUE(std::isnan(density[i].value));
    const auto t = ga::count_triads(sg);
    EXPECT_EQ(triangles[i].value, static_cast<double>(t.total()));
    if (t.total() != 0)
      EXPECT_DOUBLE_EQ(share[i].value, t.degree_of_balance());
    else
      EXPECT_TRUE(std::isnan(share[i].value));
    const auto f = ga::frustration_index(sg);
    EXPECT_EQ(frustration[i].value, static_cast<double>(f.value));
    EXPECT_EQ(frustration[i].lower, f.lower);
    EXPECT_EQ(frustration[i].upper, f.upper);
    EXPECT_EQ(frustration[i].optimal, f.optimal);
    EXPECT_EQ(components[i].value, static_cast<double>(ga::positive_components(sg).count));
    const auto c = ga::louvain_communities(sg);
    EXPECT_EQ(communities[i].value, static_cast<double>(c.count));
    if (sg.num_positive() != 0)
      EXPECT_DOUBLE_EQ(modularity[i].value, c.modularity);
    else
      EXPECT_TRUE(std::isnan(modularity[i].value));
  }
}

TEST(dated_series, relations_and_actors_respect_the_actor_kind) {
  const auto g = random_dated_graph();
  const ga::snapshot_options snap{.only = geokg::actor_kind::state};
  const auto dates = ga::series_dates(d("1900"), d("2000"), {gq::step_unit::year, 10});
  const auto relations = ga::measure_series(g, ga::series_measure::relations, dates, snap);
  const auto actors = ga::measure_series(g, ga::series_measure::actors, dates, snap);
  for (std::size_t i = 0; i < dates.size(); ++i) {
    SCOPED_TRACE(geokg::to_string(dates[i]));
    std::size_t between_states = 0;
    for (const auto& r : g.relations()) {
      between_states += r.when.contains(dates[i], time_rule::first_day) &&
                                g[r.source].kind == geokg::actor_kind::state &&
                                g[r.target].kind == geokg::actor_kind::state
                            ? 1U
                            : 0U;
    }
    EXPECT_EQ(relations[i].value, static_cast<double>(between_states));
    std::size_t states = 0;
    for (const auto& a : g.actors())
      states += a.kind == geokg::actor_kind::state && a.exists_at(dates[i]) ? 1U : 0U;
    EXPECT_EQ(actors[i].value, static_cast<double>(states));
  }
}

}  // namespace
