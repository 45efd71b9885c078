// SPDX-License-Identifier: MIT
// A built graph is safe to read from many threads at once (knowledge_graph.hpp, "Thread
// safety"; docs/reliability.md): the same queries run from several threads on one graph give
// exactly the single-threaded answers. scripts/test also runs this test under ThreadSanitizer,
// which would report any data race (a lazily built cache, a shared scratch buffer).

#include <cstdint>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "geokg/analysis/balance.hpp"
#include "geokg/analysis/signed_snapshot.hpp"
#include "geokg/core/views.hpp"
#include "geokg/query.hpp"

namespace {

namespace q = geokg::query;
namespace ga = geokg::analysis;

geokg::date d(std::string_view text) {
  return geokg::parse_date(text).value();
}

// 200 states with 3,000 random dated relations (seed 11), so that threads meet on hubs and long
// adjacency lists. Built in C++ rather than loaded from files, so that the ThreadSanitizer build
// of this test needs no io library (a small build in scripts/test).
geokg::knowledge_graph make_graph() {
  geokg::knowledge_graph g;
  constexpr int n = 200;
  for (int i = 0; i < n; ++i) {
    g.add_actor({.id = geokg::actor_id("S" + std::to_string(i)),
                 .kind = geokg::actor_kind::state,
                 .name = "state " + std::to_string(i)});
  }
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> actor(0, n - 1);
  std::uniform_int_distribution<int> year(1900, 2020);
  std::uniform_int_distribution<int> length(1, 40);
  const geokg::relation_kind kinds[] = {geokg::relation_kind::alliance,
                                        geokg::relation_kind::hostility,
                                        geokg::relation_kind::sanction};
  std::uniform_int_distribution<int> kind(0, 2);
  for (int r = 0; r < 3000; ++r) {
    int a = actor(rng);
    int b = actor(rng);
    if (a == b) b = (a + 1) % n;
    const int start = year(rng);
    g.add_relation({.source = geokg::actor_id("S" + std::to_string(a)),
                    .target = geokg::actor_id("S" + std::to_string(b)),
                    .kind = kinds[kind(rng)],
                    .when = *geokg::interval::make(geokg::date::from_year(start),
                                                   geokg::date::from_year(start + length(rng))),
                    .info = {.id = "r" + std::to_string(r)}});
  }
  return g;
}

// Runs every kind of query for one date and one pair of actors and folds the answers into text,
// so that two runs compare with ==.
std::string answers(const geokg::knowledge_graph& g, geokg::date at, geokg::actor_index a,
                    geokg::actor_index b) {
  std::string out;
  const auto add = [&](auto x) {
    using std::to_string;    // counts
    using geokg::to_string;  // indices
    out += to_string(x) + ",";
  };
  // a view: the friendly relations in force
  const auto friendly = geokg::view(g, geokg::is_active_at{at} && geokg::has_sign{geokg::sign::positive});
  for (auto e : boost::make_iterator_range(boost::edges(friendly)))
    add(g.relation_of(e));
  out += "|";
  const auto v = geokg::active_at(g, at);
  const auto n = q::neighbors(v, a);
  for (auto r : n.relations)
    add(r);
  for (auto x : n.actors)
    add(x);
  for (auto x : q::allies(v, a))
    add(x);
  out += "|";
  if (const auto p = q::shortest_path(v, a, b)) {
    for (auto x : p->actors)
      add(x);
    add(p->length);
  }
  out += "|";
  const auto t = q::timeline(g, a, b);
  for (auto r : t.relations)
    add(r);
  out += "|";
  const auto sg = ga::signed_snapshot(g, at);
  const auto census = ga::count_triads(sg);
  add(census.ppp);
  add(census.ppn);
  add(census.pnn);
  add(census.nnn);
  const auto f = ga::frustration_index(sg, {.method = ga::solve_method::heuristic,
                                            .time_limit_seconds = 1e6,
                                            .restarts = 2});
  add(f.upper);
  add(f.lower);
  return out;
}

struct query_case {
  geokg::date at;
  geokg::actor_index a;
  geokg::actor_index b;
};

std::vector<query_case> cases(const geokg::knowledge_graph& g) {
  std::vector<query_case> out;
  const char* dates[] = {"1930", "1965-06-22", "1991-12-26", "2003", "2023-08-19"};
  const std::pair<const char*, const char*> pairs[] = {
      {"S0", "S150"}, {"S17", "S42"}, {"S3", "S199"}, {"S100", "S101"}, {"S7", "S77"}, {"S12", "S120"}};
  for (const char* when : dates) {
    for (const auto& [x, y] : pairs)
      out.push_back({d(when), g.actor_index_of(x), g.actor_index_of(y)});
  }
  return out;
}

TEST(concurrent_readers, many_threads_get_the_single_threaded_answers) {
  const auto g = make_graph();
  const auto work = cases(g);
  std::vector<std::string> expected;
  expected.reserve(work.size());
  for (const auto& c : work)
    expected.push_back(answers(g, c.at, c.a, c.b));

  constexpr unsigned threads = 4;
  std::vector<std::vector<std::string>> got(threads);
  {
    std::vector<std::jthread> pool;
    for (unsigned t = 0; t < threads; ++t) {
      pool.emplace_back([&, t] {
        // Each thread walks the cases from a different start, so different queries overlap.
        for (std::size_t i = 0; i < work.size(); ++i) {
          const auto& c = work[(i + t * 7) % work.size()];
          got[t].push_back(answers(g, c.at, c.a, c.b));
        }
      });
    }
  }
  for (unsigned t = 0; t < threads; ++t) {
    ASSERT_EQ(got[t].size(), work.size());
    for (std::size_t i = 0; i < work.size(); ++i)
      EXPECT_EQ(got[t][i], expected[(i + t * 7) % work.size()]) << "thread " << t << ", case " << i;
  }
}

// Lookups by id and the statement table are read-only too.
TEST(concurrent_readers, lookups_by_id_from_many_threads) {
  const auto g = make_graph();
  std::vector<std::jthread> pool;
  std::vector<int> found(4, 0);
  for (unsigned t = 0; t < 4; ++t) {
    pool.emplace_back([&, t] {
      for (int round = 0; round < 20; ++round) {
        for (const auto& a : g.actors())
          found[t] += g.find_actor(a.id.view()).has_value() ? 1 : 0;
        for (const geokg::relation_index r : g.relation_indices()) {
          const auto id = g.id_of(r);
          if (!id.empty()) found[t] += g.find_statement(id).has_value() ? 1 : 0;
        }
      }
    });
  }
  pool.clear();
  for (unsigned t = 1; t < 4; ++t)
    EXPECT_EQ(found[t], found[0]);
  EXPECT_GT(found[0], 0);
}

}  // namespace
