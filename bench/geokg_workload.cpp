// SPDX-License-Identifier: MIT
// The benchmark workload of ../shared/bench/WORKLOAD.md run on geokg's public API: loads with
// geokg::io, queries with geokg views, geokg::query and geokg::analysis, and prints one
// `op=<name> scale=<S|M|L> seconds=<float> checksum=<value>` line per operation, the format and
// checksums of the baselines (baseline_boost.cpp), so that run_all.sh can run it beside them.
//
// Usage: geokg_workload DATA_DIR SCALE
//   DATA_DIR holds actors.csv, relations.csv, graph.json and queries.txt (gen.py).
// From the project root: GEOKG_CMD=build-bench/bench/geokg_workload bash ../shared/bench/run_all.sh

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <boost/graph/connected_components.hpp>

#include "geokg/analysis/balance.hpp"
#include "geokg/analysis/signed_snapshot.hpp"
#include "geokg/core/date.hpp"
#include "geokg/core/knowledge_graph.hpp"
#include "geokg/core/predicates.hpp"
#include "geokg/core/relation_kind.hpp"
#include "geokg/core/sign.hpp"
#include "geokg/core/views.hpp"
#include "geokg/io/csv.hpp"
#include "geokg/io/json.hpp"
#include "geokg/query/neighbors.hpp"
#include "geokg/query/paths.hpp"
#include "geokg/query/undirected.hpp"

namespace {

namespace fs = std::filesystem;
using geokg::knowledge_graph;

// The parameters of the operations (queries.txt, WORKLOAD.md §3), parsed once before any timing.
struct workload_queries {
  geokg::date at;
  geokg::kind_set neighbour_kinds;
  std::string hub, path_from, path_to, dyad_a, dyad_b;
};

workload_queries read_queries(const fs::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error("cannot open " + file.string());
  std::map<std::string, std::string, std::less<>> q;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (const auto eq = line.find('='); eq != std::string::npos)
      q[line.substr(0, eq)] = line.substr(eq + 1);
  }
  const auto get = [&](std::string_view key) -> const std::string& {
    const auto it = q.find(key);
    if (it == q.end())
      throw std::runtime_error(file.string() + ": missing key '" + std::string(key) + "'");
    return it->second;
  };
  workload_queries out;
  const auto at = geokg::parse_date(get("date"));
  if (!at) throw std::runtime_error(file.string() + ": invalid date '" + get("date") + "'");
  out.at = *at;
  std::string_view kinds = get("neighbour_kinds");
  while (!kinds.empty()) {
    const auto comma = kinds.find(',');
    const auto name = kinds.substr(0, comma);
    const auto kind = geokg::parse_relation_kind(name);
    if (!kind) throw std::runtime_error("unknown relation kind '" + std::string(name) + "'");
    out.neighbour_kinds.insert(*kind);
    kinds = comma == std::string_view::npos ? std::string_view{} : kinds.substr(comma + 1);
  }
  out.hub = get("hub");
  out.path_from = get("path_from");
  out.path_to = get("path_to");
  out.dyad_a = get("dyad_a");
  out.dyad_b = get("dyad_b");
  return out;
}

// --- checksums and operations (WORKLOAD.md §4) --------------------------------------------------

// A:R:O = actors, relations, relations with an open end.
std::string load_checksum(const knowledge_graph& g) {
  std::size_t open = 0;
  for (const auto& r : g.relations())
    open += r.when.is_open_end() ? 1U : 0U;
  return std::to_string(g.num_actors()) + ":" + std::to_string(g.num_relations()) + ":" +
         std::to_string(open);
}

// The workload's "active at D": every date stands for its first day, start <= D < end. That is
// geokg's default time rule; it is spelt out here because the checksums depend on it.
geokg::is_active_at active(const workload_queries& q) {
  return {.at = q.at, .rule = geokg::time_rule::first_day};
}

// (b) The number of relations active at D: the edges of the view `active_at(g, D)`.
std::string snapshot(const knowledge_graph& g, const workload_queries& q) {
  const auto view = geokg::active_at(g, q.at, geokg::time_rule::first_day);
  std::size_t n = 0;
  for (auto [it, end] = boost::edges(view); it != end; ++it)
    ++n;
  return std::to_string(n);
}

// (c) The hub's relations of the given kinds active at D (either direction), and the distinct
// actors at their other ends.
std::string neighbours(const knowledge_graph& g, const workload_queries& q) {
  const auto hood = geokg::query::neighbors(
      g, g.actor_index_of(q.hub),
      {.kinds = q.neighbour_kinds, .at = q.at, .rule = geokg::time_rule::first_day});
  return std::to_string(hood.relations.size()) + ":" + std::to_string(hood.actors.size());
}

// (d) Hops of a shortest path over the positive relations active at D, undirected.
std::string shortest_path(const knowledge_graph& g, const workload_queries& q) {
  const auto view = geokg::view(g, active(q) && geokg::has_sign{geokg::sign::positive});
  const auto p =
      geokg::query::shortest_path(view, g.actor_index_of(q.path_from), g.actor_index_of(q.path_to));
  return p ? std::to_string(p->hops()) : std::string("-1");
}

// (e) Connected components of all actors and the positive relations active at D.
std::string components(const knowledge_graph& g, const workload_queries& q) {
  const auto view = geokg::view(g, active(q) && geokg::has_sign{geokg::sign::positive});
  std::vector<std::size_t> component(g.num_actors());
  const auto count =
      boost::connected_components(geokg::query::as_undirected(view), component.data());
  std::vector<std::size_t> size(count);
  for (const std::size_t c : component)
    ++size[c];
  const std::size_t largest = size.empty() ? 0 : *std::max_element(size.begin(), size.end());
  return std::to_string(count) + ":" + std::to_string(largest);
}

// (f) The signed snapshot at D (sum of signs per pair) and its triangles by balance.
std::string balance(const knowledge_graph& g, const workload_queries& q) {
  const auto sg = geokg::analysis::signed_snapshot(
      g, q.at,
      {.rule = geokg::analysis::collapse_rule::sum_of_signs, .time = geokg::time_rule::first_day});
  const auto census = geokg::analysis::count_triads(sg);
  return std::to_string(sg.num_positive()) + ":" + std::to_string(sg.num_negative()) + ":" +
         std::to_string(census.balanced()) + ":" + std::to_string(census.unbalanced());
}

// (g) Every relation between the dyad, ordered by the first day of its start, ties by relation
// id; n:h with h = sum (i+1) * id_i mod 1e9+7. geokg's own `query::timeline` orders equal first
// days by precision (the total order of `date`), not by id, so the workload's order is applied to
// `relations_between` here.
std::string dyad_timeline(const knowledge_graph& g, const workload_queries& q) {
  auto a = g.actor_index_of(q.dyad_a);
  auto b = g.actor_index_of(q.dyad_b);
  const auto degree = [&](geokg::actor_index x) {
    return boost::out_degree(x, g.graph()) + boost::in_degree(x, g.graph());
  };
  if (degree(b) < degree(a)) std::swap(a, b);  // scan the smaller incidence list
  const auto between = geokg::query::relations_between(g, a, b);
  std::vector<std::pair<std::int32_t, std::int64_t>> keyed;
  keyed.reserve(between.size());
  for (const geokg::relation_index r : between) {
    const auto start = g.relations()[r.value()].when.start();
    const std::string_view id = g.id_of(r);
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(id.data(), id.data() + id.size(), value);
    if (ec != std::errc() || end != id.data() + id.size())
      throw std::runtime_error("relation id '" + std::string(id) + "' is not an integer");
    keyed.emplace_back(start ? start->first_day() : std::numeric_limits<std::int32_t>::min(),
                       value);
  }
  std::sort(keyed.begin(), keyed.end());
  constexpr std::uint64_t mod = 1'000'000'007;
  std::uint64_t h = 0;
  for (std::size_t i = 0; i < keyed.size(); ++i)
    h = (h + (i + 1) % mod * (static_cast<std::uint64_t>(keyed[i].second) % mod)) % mod;
  return std::to_string(keyed.size()) + ":" + std::to_string(h);
}

// --- harness (the rules of WORKLOAD.md §4, as in baseline_boost.cpp) ----------------------------

// Times `fn` once; a query op taking less than 0.2 s is called again until 0.2 s in total or
// 1000 calls, and the mean per call is printed. Every call recomputes from the graph.
template <class F>
void run(const char* op, const std::string& scale, F&& fn, bool repeat = true) {
  using clock = std::chrono::steady_clock;
  auto t0 = clock::now();
  const std::string checksum = fn();
  double total = std::chrono::duration<double>(clock::now() - t0).count();
  int calls = 1;
  while (repeat && total < 0.2 && calls < 1000) {
    t0 = clock::now();
    const std::string again = fn();
    total += std::chrono::duration<double>(clock::now() - t0).count();
    ++calls;
    if (again != checksum)
      throw std::runtime_error(std::string(op) + ": checksum changed between calls");
  }
  std::printf("op=%s scale=%s seconds=%.9f checksum=%s\n", op, scale.c_str(), total / calls,
              checksum.c_str());
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) try {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s DATA_DIR SCALE\n", argv[0]);
    return 2;
  }
  const fs::path dir = argv[1];
  const std::string scale = argv[2];
  const workload_queries q = read_queries(dir / "queries.txt");

  // Loads stop at the first error (the default): a relation naming an unknown actor or a
  // duplicate actor id is rejected, as the workload requires.
  run(
      "load_json", scale,
      [&] { return load_checksum(geokg::io::load_json(dir / "graph.json").graph); }, false);
  knowledge_graph g;
  run(
      "load_csv", scale,
      [&] {
        g = geokg::io::load_csv(dir).graph;
        return load_checksum(g);
      },
      false);
  run("snapshot", scale, [&] { return snapshot(g, q); });
  run("neighbours", scale, [&] { return neighbours(g, q); });
  run("shortest_path", scale, [&] { return shortest_path(g, q); });
  run("components", scale, [&] { return components(g, q); });
  run("balance", scale, [&] { return balance(g, q); });
  run("dyad_timeline", scale, [&] { return dyad_timeline(g, q); });
  return 0;
} catch (const std::exception& e) {
  std::fprintf(stderr, "geokg_workload: %s\n", e.what());
  return 1;
}
