// SPDX-License-Identifier: MIT
// Core costs: parsing dates, adding relations, and slicing the graph at a date through a view.
// Run: build/bench/geokg_core_bench (built with -DGEOKG_BUILD_BENCH=ON).

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <geokg/core.hpp>

namespace {

void date_parse(benchmark::State& state) {
  const std::vector<std::string> texts{"1965-06-22", "1910", "2023-08", "late 1930s",
                                       "7th century"};
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(geokg::parse_date(texts[i++ % texts.size()]));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(date_parse);

// A random graph of n relations among n/10 actors, with random yearly intervals (seed 42).
geokg::knowledge_graph random_graph(std::int64_t n) {
  geokg::knowledge_graph g;
  const auto actors = static_cast<int>(std::max<std::int64_t>(10, n / 10));
  for (int a = 0; a < actors; ++a)
    g.add_actor({.id = geokg::actor_id("A" + std::to_string(a))});
  std::mt19937 rng(42);
  std::uniform_int_distribution<int> who(0, actors - 1);
  std::uniform_int_distribution<int> year(1816, 2020);
  std::uniform_int_distribution<int> length(1, 30);
  std::uniform_int_distribution<int> kind(0, static_cast<int>(geokg::relation_kind_count) - 1);
  for (std::int64_t i = 0; i < n; ++i) {
    const int a = who(rng);
    int b = who(rng);
    if (b == a) b = (a + 1) % actors;
    const int start = year(rng);
    g.add_relation({.source = geokg::actor_id("A" + std::to_string(a)),
                    .target = geokg::actor_id("A" + std::to_string(b)),
                    .kind = static_cast<geokg::relation_kind>(kind(rng)),
                    .when = geokg::interval(geokg::date::from_year(start),
                                            geokg::date::from_year(start + length(rng)))});
  }
  return g;
}

void add_relations(benchmark::State& state) {
  for (auto _ : state) {
    auto g = random_graph(state.range(0));
    benchmark::DoNotOptimize(g.num_relations());
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(add_relations)->Range(1 << 10, 1 << 16);

void active_at_view_scan(benchmark::State& state) {
  const auto g = random_graph(state.range(0));
  const auto at = *geokg::parse_date("1989-11-09");
  for (auto _ : state) {
    const auto v = geokg::active_at(g, at);
    std::size_t n = 0;
    for (const auto& e : boost::make_iterator_range(boost::edges(v))) {
      benchmark::DoNotOptimize(e);
      ++n;
    }
    benchmark::DoNotOptimize(n);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(active_at_view_scan)->Range(1 << 10, 1 << 18);

}  // namespace
