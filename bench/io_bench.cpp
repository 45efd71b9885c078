// SPDX-License-Identifier: MIT
// Load throughput of geokg's JSON and CSV loaders against the raw parsers they stand on, in one
// run (MB/s and relations/s).
//
// Usage: geokg_io_bench DATA_DIR [Google Benchmark flags]
//   DATA_DIR holds graph.json, actors.csv and relations.csv of the benchmark workload
//   (python3 ../shared/bench/gen.py --scale M --out DATA_DIR).

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include <benchmark/benchmark.h>
#include <geokg/io.hpp>

#include "csv_reader.hpp"
#include "rapidjson.hpp"

namespace {

std::filesystem::path data_dir;

std::int64_t bytes_of(const std::filesystem::path& p) { return static_cast<std::int64_t>(std::filesystem::file_size(p)); }

// The floor: RapidJSON's SAX reader with a handler that does nothing, on the same file.
void raw_rapidjson_sax(benchmark::State& state) {
  const auto path = data_dir / "graph.json";
  std::vector<char> buffer(1 << 16);
  for (auto _ : state) {
    const std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
    rapidjson::FileReadStream in(f.get(), buffer.data(), buffer.size());
    rapidjson::BaseReaderHandler<> handler;
    rapidjson::Reader reader;
    const auto ok = reader.Parse<rapidjson::kParseValidateEncodingFlag>(in, handler);
    benchmark::DoNotOptimize(ok.IsError());
  }
  state.SetBytesProcessed(state.iterations() * bytes_of(path));
}

void geokg_load_json(benchmark::State& state) {
  const auto path = data_dir / "graph.json";
  std::size_t relations = 0;
  for (auto _ : state) {
    auto result = geokg::io::load_json(path, {.on_error = geokg::io::error_mode::collect});
    relations = result.graph.num_relations();
    benchmark::DoNotOptimize(relations);
  }
  state.SetBytesProcessed(state.iterations() * bytes_of(path));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(relations));
}

// The floor for CSV: geokg's RFC 4180 tokenizer alone, every record of relations.csv.
void raw_csv_tokenize(benchmark::State& state) {
  const auto path = data_dir / "relations.csv";
  for (auto _ : state) {
    std::ifstream in(path, std::ios::binary);
    geokg::io::detail::csv_reader reader(in);
    geokg::io::detail::csv_record record;
    std::size_t fields = 0;
    while (reader.next(record)) fields += record.size();
    benchmark::DoNotOptimize(fields);
  }
  state.SetBytesProcessed(state.iterations() * bytes_of(path));
}

void geokg_load_csv(benchmark::State& state) {
  std::size_t relations = 0;
  for (auto _ : state) {
    auto result = geokg::io::load_csv(data_dir, {.on_error = geokg::io::error_mode::collect});
    relations = result.graph.num_relations();
    benchmark::DoNotOptimize(relations);
  }
  state.SetBytesProcessed(state.iterations() * (bytes_of(data_dir / "relations.csv") + bytes_of(data_dir / "actors.csv")));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(relations));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || std::string(argv[1]).starts_with("-")) {
    std::cerr << "usage: " << argv[0] << " DATA_DIR [benchmark flags]\n";
    return 2;
  }
  data_dir = argv[1];
  for (const char* f : {"graph.json", "actors.csv", "relations.csv"}) {
    if (!std::filesystem::exists(data_dir / f)) {
      std::cerr << (data_dir / f) << " is missing (generate it with ../shared/bench/gen.py)\n";
      return 2;
    }
  }
  benchmark::RegisterBenchmark("raw_rapidjson_sax", raw_rapidjson_sax)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("geokg_load_json", geokg_load_json)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("raw_csv_tokenize", raw_csv_tokenize)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("geokg_load_csv", geokg_load_csv)->Unit(benchmark::kMillisecond);
  argv[1] = argv[0];
  int rest = argc - 1;
  benchmark::Initialize(&rest, argv + 1);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
