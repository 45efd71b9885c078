// SPDX-License-Identifier: MIT
// The real datasets: loading every Correlates of War table (with ATOP) into one graph, and the
// per-year structural-balance series over it (issues #7 and #8).
//
// Usage: geokg_real_data_bench REAL_DATA_DIR [benchmark flags]   (../shared/data/real)

#include <benchmark/benchmark.h>

#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include <geokg/analysis/balance.hpp>
#include <geokg/analysis/signed_snapshot.hpp>
#include <geokg/io/load.hpp>

namespace {

namespace fs = std::filesystem;

std::vector<geokg::io::input> cow_inputs(const fs::path& real, const fs::path& maps) {
  return {
      {"cow-states", real / "cow_states", {}},
      {"cow-mid", real / "cow_mid", {}},
      {"cow-wars", real / "cow_wars", {}},
      {"cow-tc", real / "cow_territorial_change" / "tc2018.csv", {}},
      {"mapped", real / "cow_alliance" / "peacesciencer_cow_alliance_dyadyear.csv.gz",
       maps / "cow_alliance_dyadyear.map"},
      {"mapped", real / "atop" / "peacesciencer_atop_alliance_dyadyear.csv.gz",
       maps / "atop_dyadyear.map"},
  };
}

fs::path real_dir;
const fs::path maps_dir = GEOKG_MAPPINGS_DIR;

geokg::io::load_options collect() {
  geokg::io::load_options o;
  o.on_error = geokg::io::error_mode::collect;
  return o;
}

void load_all_cow(benchmark::State& state) {
  const auto inputs = cow_inputs(real_dir, maps_dir);
  std::uint64_t rows = 0;
  for (auto _ : state) {
    auto result = geokg::io::load(inputs, collect());
    rows = 0;
    for (const auto& t : result.report.tables)
      rows += t.rows.read;
    benchmark::DoNotOptimize(result.graph.num_relations());
  }
  state.counters["rows"] = static_cast<double>(rows);
  state.counters["rows_per_s"] =
      benchmark::Counter(static_cast<double>(rows), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(load_all_cow)->Unit(benchmark::kMillisecond)->UseRealTime();

// Triad census and exact frustration index for each year 1816-2014 (states, alliances and MIDs).
void balance_per_year(benchmark::State& state) {
  const auto loaded = geokg::io::load(cow_inputs(real_dir, maps_dir), collect());
  geokg::analysis::snapshot_options snap;
  snap.kinds = geokg::kind_set{geokg::relation_kind::alliance, geokg::relation_kind::dispute};
  snap.time = geokg::time_rule::possible;
  snap.only = geokg::actor_kind::state;
  snap.drop_isolated = true;
  const bool exact = state.range(0) == 1;
  geokg::analysis::partition_options fo;
  fo.method =
      exact ? geokg::analysis::solve_method::exact : geokg::analysis::solve_method::heuristic;
  std::uint64_t total = 0;
  for (auto _ : state) {
    total = 0;
    for (int year = 1816; year <= 2014; ++year) {
      const auto sg =
          geokg::analysis::signed_snapshot(loaded.graph, *geokg::date::from_year(year), snap);
      total += geokg::analysis::count_triads(sg).total();
      total += geokg::analysis::frustration_index(sg, fo).value;
    }
    benchmark::DoNotOptimize(total);
  }
  state.SetLabel(exact ? "exact (CBC)" : "heuristic");
  state.counters["years"] = 199;
}
BENCHMARK(balance_per_year)
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1);

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || std::string(argv[1]).starts_with("-")) {
    std::cerr << "usage: " << argv[0] << " REAL_DATA_DIR [benchmark flags]\n";
    return 2;
  }
  real_dir = argv[1];
  if (!fs::exists(real_dir / "cow_mid")) {
    std::cerr << argv[0] << ": no COW data in " << real_dir << "\n";
    return 2;
  }
  argv[1] = argv[0];
  int rest = argc - 1;
  benchmark::Initialize(&rest, argv + 1);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
