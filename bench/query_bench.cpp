// SPDX-License-Identifier: MIT
// Queries on views of a large graph and the heap allocations they make: scanning the view
// `active_at(g, D)`, an actor's incident relations in it, `query::neighbors` and
// `query::shortest_path`. Views are filtered_graphs over tiny predicates, so a scan should not
// allocate at all and a query only its result and a few O(V) work arrays, whatever the number of
// relations. Each benchmark reports `allocs_per_iter` and `alloc_bytes_per_iter`, counted by the
// replaced global operator new below (this executable only).
//
// Usage: geokg_query_bench [DATA_DIR] [Google Benchmark flags]
//   without DATA_DIR: a synthetic graph of 1,000,000 relations among 10,000 actors (seed 1);
//   with DATA_DIR: the workload's actors.csv and relations.csv (gen.py --scale M: 500,000).

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <malloc.h>
#include <new>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include <benchmark/benchmark.h>

#include "geokg/core/date.hpp"
#include "geokg/core/knowledge_graph.hpp"
#include "geokg/core/predicates.hpp"
#include "geokg/core/views.hpp"
#include "geokg/io/csv.hpp"
#include "geokg/query/neighbors.hpp"
#include "geokg/query/paths.hpp"
#include "geokg/query/series.hpp"

// --- allocation counting ------------------------------------------------------------------------
// Every form of the global operator new is replaced to count calls and bytes, then forwards to
// malloc. The counters are relaxed atomics: Google Benchmark may run threads of its own.

namespace {

std::atomic<std::uint64_t> allocation_count{0};
std::atomic<std::uint64_t> allocation_bytes{0};

void* counted_new(std::size_t size) {
  allocation_count.fetch_add(1, std::memory_order_relaxed);
  allocation_bytes.fetch_add(size, std::memory_order_relaxed);
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}

void* counted_new(std::size_t size, std::align_val_t alignment) {
  allocation_count.fetch_add(1, std::memory_order_relaxed);
  allocation_bytes.fetch_add(size, std::memory_order_relaxed);
  const auto align = static_cast<std::size_t>(alignment);
  // aligned_alloc wants a size that is a multiple of the alignment.
  const std::size_t rounded = (std::max<std::size_t>(size, 1) + align - 1) / align * align;
  if (void* p = std::aligned_alloc(align, rounded)) return p;
  throw std::bad_alloc();
}

}  // namespace

void* operator new(std::size_t size) {
  return counted_new(size);
}
void* operator new[](std::size_t size) {
  return counted_new(size);
}
void* operator new(std::size_t size, std::align_val_t a) {
  return counted_new(size, a);
}
void* operator new[](std::size_t size, std::align_val_t a) {
  return counted_new(size, a);
}
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  try {
    return counted_new(size);
  } catch (...) {
    return nullptr;
  }
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
  try {
    return counted_new(size);
  } catch (...) {
    return nullptr;
  }
}
void* operator new(std::size_t size, std::align_val_t a, const std::nothrow_t&) noexcept {
  try {
    return counted_new(size, a);
  } catch (...) {
    return nullptr;
  }
}
void* operator new[](std::size_t size, std::align_val_t a, const std::nothrow_t&) noexcept {
  try {
    return counted_new(size, a);
  } catch (...) {
    return nullptr;
  }
}
void operator delete(void* p) noexcept {
  std::free(p);
}
void operator delete[](void* p) noexcept {
  std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
  std::free(p);
}
void operator delete[](void* p, std::size_t) noexcept {
  std::free(p);
}
void operator delete(void* p, std::align_val_t) noexcept {
  std::free(p);
}
void operator delete[](void* p, std::align_val_t) noexcept {
  std::free(p);
}
void operator delete(void* p, std::size_t, std::align_val_t) noexcept {
  std::free(p);
}
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept {
  std::free(p);
}
void operator delete(void* p, const std::nothrow_t&) noexcept {
  std::free(p);
}
void operator delete[](void* p, const std::nothrow_t&) noexcept {
  std::free(p);
}
void operator delete(void* p, std::align_val_t, const std::nothrow_t&) noexcept {
  std::free(p);
}
void operator delete[](void* p, std::align_val_t, const std::nothrow_t&) noexcept {
  std::free(p);
}

namespace {

namespace fs = std::filesystem;
using geokg::actor_index;
using geokg::knowledge_graph;
using geokg::relation_index;

// Counts the allocations made while a benchmark's timed loop runs and reports them per iteration.
class allocation_meter {
 public:
  allocation_meter()
      : count_(allocation_count.load(std::memory_order_relaxed)),
        bytes_(allocation_bytes.load(std::memory_order_relaxed)) {}

  void report(benchmark::State& state) const {
    const auto count = allocation_count.load(std::memory_order_relaxed) - count_;
    const auto bytes = allocation_bytes.load(std::memory_order_relaxed) - bytes_;
    state.counters["allocs_per_iter"] =
        benchmark::Counter(static_cast<double>(count), benchmark::Counter::kAvgIterations);
    state.counters["alloc_bytes_per_iter"] =
        benchmark::Counter(static_cast<double>(bytes), benchmark::Counter::kAvgIterations);
  }

 private:
  std::uint64_t count_;
  std::uint64_t bytes_;
};

// --- the graph ----------------------------------------------------------------------------------

// A synthetic graph shaped like the workload (WORKLOAD.md §2): endpoints drawn with weight
// 1/(rank + 8), so the first actors are hubs; the workload's six kinds in its shares; starts
// between 1816 and 2024 with kind-dependent durations; about one date in ten at year precision.
knowledge_graph synthetic_graph(std::size_t num_actors, std::size_t num_relations,
                                std::uint32_t seed) {
  using geokg::relation_kind;
  knowledge_graph g;
  std::vector<geokg::actor_id> ids;
  ids.reserve(num_actors);
  for (std::size_t a = 0; a < num_actors; ++a) {
    ids.emplace_back("A" + std::to_string(a));
    g.add_actor({.id = ids.back()});
  }
  std::mt19937_64 rng(seed);
  std::vector<double> weights(num_actors);
  for (std::size_t a = 0; a < num_actors; ++a)
    weights[a] = 1.0 / (static_cast<double>(a) + 8.0);
  std::discrete_distribution<std::size_t> endpoint(weights.begin(), weights.end());
  struct kind_share {
    relation_kind kind;
    double share;
    double mean_days;
  };
  constexpr kind_share kinds[] = {
      {relation_kind::alliance, 12, 15 * 365.0},  {relation_kind::partnership, 18, 10 * 365.0},
      {relation_kind::hostility, 8, 1.5 * 365.0}, {relation_kind::dispute, 32, 120.0},
      {relation_kind::sanction, 10, 8 * 365.0},   {relation_kind::membership, 20, 30 * 365.0}};
  std::discrete_distribution<std::size_t> kind_of({kinds[0].share, kinds[1].share, kinds[2].share,
                                                   kinds[3].share, kinds[4].share, kinds[5].share});
  const std::int32_t first = geokg::date::from_ymd(1816, 1, 1)->first_day();
  const std::int32_t last = geokg::date::from_ymd(2024, 12, 31)->first_day();
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  const auto at_precision = [&](std::int32_t day) {
    const auto d = *geokg::date::from_day_number(day);
    return unit(rng) < 0.1 ? *geokg::date::from_year(d.year()) : d;
  };
  for (std::size_t i = 0; i < num_relations; ++i) {
    const std::size_t a = endpoint(rng);
    std::size_t b = endpoint(rng);
    if (b == a) b = (a + 1) % num_actors;
    const kind_share& k = kinds[kind_of(rng)];
    // Denser in recent years: the square root of a uniform number leans towards 1.
    const auto start_day = first + static_cast<std::int32_t>(std::sqrt(unit(rng)) * (last - first));
    const auto length = 1 + static_cast<std::int32_t>(-std::log(1.0 - unit(rng)) * k.mean_days);
    const auto start = at_precision(start_day);
    std::optional<geokg::date> end;
    if (start_day + length <= last) {
      end = at_precision(start_day + length);
      if (end->first_day() <= start.first_day())
        end = geokg::date::from_day_number(start_day + length);
      if (end->first_day() <= start.first_day()) end.reset();
    }
    g.add_relation({.source = ids[a],
                    .target = ids[b],
                    .kind = k.kind,
                    .when = geokg::interval(start, end),
                    .weight = std::round(unit(rng) * 95.0 + 5.0) / 100.0});
  }
  return g;
}

// The graph and the parameters of the queries, fixed before any benchmark runs.
struct setup {
  knowledge_graph graph;
  std::string origin;
  geokg::date at = *geokg::parse_date("1989-11-09");
  actor_index hub = 0;
  actor_index path_from = 0;
  actor_index path_to = 0;
  geokg::kind_set security{geokg::relation_kind::alliance, geokg::relation_kind::hostility,
                           geokg::relation_kind::sanction};
};

// The view of the positive relations active at D, which shortest_path searches.
auto friendly_at(const setup& s) {
  return geokg::view(s.graph, geokg::is_active_at{s.at} && geokg::has_sign{geokg::sign::positive});
}

// The hub is the actor in most relations; the path's ends come from a double BFS sweep over the
// friendly view (the farthest actor from the hub, then the farthest from that), as gen.py does.
void choose_queries(setup& s) {
  const auto& g = s.graph;
  for (actor_index a = 0; a < g.num_actors(); ++a) {
    const auto degree = [&](actor_index x) {
      return boost::out_degree(x, g.graph()) + boost::in_degree(x, g.graph());
    };
    if (degree(a) > degree(s.hub)) s.hub = a;
  }
  const auto view = friendly_at(s);
  const auto farthest = [&](actor_index from) {
    const auto dist = geokg::query::hop_distances(view, from);
    actor_index best = from;
    for (actor_index a = 0; a < dist.size(); ++a) {
      if (dist[a] != geokg::query::unreachable && dist[a] > dist[best]) best = a;
    }
    return best;
  };
  s.path_from = farthest(s.hub);
  s.path_to = farthest(s.path_from);
}

// --- benchmarks ---------------------------------------------------------------------------------

// Every relation of the view active_at(g, D): the filtered_graph's edge iterator tests each one.
void view_scan(benchmark::State& state, const setup& s) {
  const allocation_meter meter;
  for (auto _ : state) {
    const auto view = geokg::active_at(s.graph, s.at);
    std::size_t n = 0;
    for (auto [it, end] = boost::edges(view); it != end; ++it)
      ++n;
    benchmark::DoNotOptimize(n);
  }
  meter.report(state);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(s.graph.num_relations()));
}

// The hub's out- and in-relations in the view active_at(g, D), visited without a query function.
void view_incident(benchmark::State& state, const setup& s) {
  const allocation_meter meter;
  const knowledge_graph::vertex v = s.hub;
  for (auto _ : state) {
    const auto view = geokg::active_at(s.graph, s.at);
    std::size_t n = 0;
    for (auto [it, end] = boost::out_edges(v, view); it != end; ++it)
      ++n;
    for (auto [it, end] = boost::in_edges(v, view); it != end; ++it)
      ++n;
    benchmark::DoNotOptimize(n);
  }
  meter.report(state);
  const auto degree = boost::out_degree(v, s.graph.graph()) + boost::in_degree(v, s.graph.graph());
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(degree));
}

// query::neighbors of the hub on the view active_at(g, D), security kinds (the workload's op c).
void neighbors(benchmark::State& state, const setup& s) {
  const allocation_meter meter;
  std::size_t found = 0;
  for (auto _ : state) {
    const auto hood =
        geokg::query::neighbors(geokg::active_at(s.graph, s.at), s.hub, {.kinds = s.security});
    found = hood.relations.size();
    benchmark::DoNotOptimize(hood.actors.data());
  }
  meter.report(state);
  state.counters["relations_found"] = static_cast<double>(found);
}

// query::shortest_path over the positive relations active at D (the workload's op d).
void shortest_path(benchmark::State& state, const setup& s) {
  const allocation_meter meter;
  std::size_t hops = 0;
  for (auto _ : state) {
    const auto p = geokg::query::shortest_path(friendly_at(s), s.path_from, s.path_to);
    hops = p ? p->hops() : 0;
    benchmark::DoNotOptimize(hops);
  }
  meter.report(state);
  state.counters["hops"] = static_cast<double>(hops);
}

// For contrast with view_scan: the count from a time_index built once, outside the loop.
void time_index_count(benchmark::State& state, const setup& s) {
  const geokg::query::time_index index(s.graph);
  const allocation_meter meter;
  for (auto _ : state)
    benchmark::DoNotOptimize(index.count_active_at(s.at));
  meter.report(state);
}

// Issue #10's time-slicing target, part 1: one full scan, collecting the relations active at D.
// Answering 200 dates by rescanning costs 200 of these.
void slice_by_scan(benchmark::State& state, const setup& s) {
  std::vector<relation_index> active;
  for (auto _ : state) {
    active.clear();
    const auto view = geokg::active_at(s.graph, s.at);
    for (auto [it, end] = boost::edges(view); it != end; ++it)
      active.push_back(s.graph.relation_of(*it));
    benchmark::DoNotOptimize(active.data());
  }
  state.counters["relations_reported"] = static_cast<double>(active.size());
}

// Part 2: the relations active on 1 January of each of the 200 years 1825-2024, each date's set
// collected into a reused buffer, from a time_index built once (outside the loop, as an index
// is). The target: less than 10 times `scan_once`.
void slices_by_index(benchmark::State& state, const setup& s) {
  const geokg::query::time_index index(s.graph);
  std::vector<relation_index> active;
  std::size_t reported = 0;
  for (auto _ : state) {
    reported = 0;
    for (int year = 1825; year <= 2024; ++year) {
      active.clear();
      index.for_each_active(*geokg::date::from_year(year),
                            [&active](relation_index r) { active.push_back(r); });
      reported += active.size();
      benchmark::DoNotOptimize(active.data());
    }
  }
  state.counters["relations_reported"] = static_cast<double>(reported);
}

// Part 3: what building that index costs (once per graph).
void slices_index_build(benchmark::State& state, const setup& s) {
  for (auto _ : state) {
    const geokg::query::time_index index(s.graph);
    benchmark::DoNotOptimize(&index);
  }
}

// Bytes of heap in use (glibc's count of allocated chunks, their headers included), so that a
// graph's footprint is measured without the allocator's cached free memory or the loader's
// transient buffers.
std::size_t heap_in_use() {
  return mallinfo2().uordblks;
}

// Issue #10's memory target: bytes per relation, and the share that is the text of ids and
// citations (which the target does not count).
void report_memory(const knowledge_graph& g, std::size_t heap) {
  std::size_t text = 0;
  for (const auto& a : g.actors())
    text += a.id.str().size() + a.name.size();
  for (const relation_index r : g.relation_indices()) {
    const geokg::statement_ref s{r};
    text += g.id_of(s).size();
    for (const auto& c : g.citations_of(s))
      text += c.source.size() + c.locator.size() + c.quote.size();
  }
  const auto per = [&](std::size_t bytes) {
    return static_cast<double>(bytes) / static_cast<double>(std::max<std::size_t>(g.num_relations(), 1));
  };
  std::cerr << "heap in use by the loaded graph: " << heap / (1024 * 1024) << " MiB for "
            << g.num_relations() << " relations = " << per(heap) << " B per relation, of which "
            << per(text) << " B of id and citation text\n";
}

}  // namespace

int main(int argc, char** argv) {
  setup s;
  int first_flag = 1;
  if (argc > 1 && !std::string(argv[1]).starts_with("-")) {
    const fs::path dir = argv[1];
    if (!fs::exists(dir / "relations.csv")) {
      std::cerr << (dir / "relations.csv")
                << " is missing (generate it with ../shared/bench/gen.py)\n";
      return 2;
    }
    const std::size_t heap_before = heap_in_use();
    s.graph = geokg::io::load_csv(dir).graph;
    report_memory(s.graph, heap_in_use() - heap_before);
    s.origin = dir.string();
    first_flag = 2;
  } else {
    s.graph = synthetic_graph(10'000, 1'000'000, 1);
    s.origin = "synthetic (seed 1)";
  }
  choose_queries(s);
  std::cerr << "graph: " << s.origin << ", " << s.graph.num_actors() << " actors, "
            << s.graph.num_relations() << " relations; hub " << s.graph[s.hub].id.str() << ", path "
            << s.graph[s.path_from].id.str() << " -> " << s.graph[s.path_to].id.str() << "\n";

  const auto add = [&](const char* name, void (*fn)(benchmark::State&, const setup&)) {
    benchmark::RegisterBenchmark(name, [fn, &s](benchmark::State& state) {
      fn(state, s);
    })->Unit(benchmark::kMicrosecond);
  };
  add("view_scan/active_at", view_scan);
  add("view_incident/active_at/hub", view_incident);
  add("neighbors/active_at/hub", neighbors);
  add("shortest_path/active_at_positive", shortest_path);
  add("time_index/count_active_at", time_index_count);
  add("time_slices/scan_once", slice_by_scan);
  add("time_slices/200_years_from_index", slices_by_index);
  add("time_slices/index_build", slices_index_build);

  argv[first_flag - 1] = argv[0];
  int rest = argc - (first_flag - 1);
  benchmark::Initialize(&rest, argv + (first_flag - 1));
  if (benchmark::ReportUnrecognizedArguments(rest, argv + (first_flag - 1))) return 2;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
