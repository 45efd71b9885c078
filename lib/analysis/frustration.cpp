// SPDX-License-Identifier: MIT
// The frustration index and k-bloc clustering: the driver of the partition solver and the two
// public entry points.
//
// How the solver is organised. Both problems are one: partition the vertices of a signed graph
// into at most k groups (k == 2 for the frustration index) violating the fewest edges. The stages
// live in lib/analysis/frustration/, one job per file, in namespace geokg::analysis::detail, on
// the weighted graph of signed_problem.hpp:
//   reductions      vertices of degree <= 2 eliminated exactly, their groups recovered at the end;
//   blocks          the kernel split into biconnected blocks (solved independently) and rejoined;
//   local_search    the upper bound: relocation search with restarts and perturbation;
//   lower_bounds    the lower bound: fractional packings of cycles every partition violates;
//   odd_cycles      separation of the odd-cycle inequalities of the frustration LP;
//   cbc_solve       the exact binary programs of one block (frustration, k blocs), which use
//   cbc_model       rows, quiet solvers and one time-limited CBC run, and
//   cut_generators  the cuts handed to CBC's branch and bound.
// COIN-OR stays in the last three files. Here, solve_partition runs the stages per block under one
// deadline, and both entry points number the groups their way and finish the result with the
// same routine (finish).
#include "geokg/analysis/balance.hpp"

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <string>
#include <utility>
#include <vector>

#include "frustration/blocks.hpp"
#include "frustration/cbc_solve.hpp"
#include "frustration/local_search.hpp"
#include "frustration/lower_bounds.hpp"
#include "frustration/reductions.hpp"
#include "frustration/signed_problem.hpp"
#include "geokg/core/error.hpp"

namespace geokg::analysis {

namespace {

using namespace detail;

// A partition of the signed graph's vertices, as the solver labels them, with its bounds.
struct partition_outcome {
  std::vector<int> label;  // per vertex of the signed graph
  uint64_t lower = 0;
  uint64_t upper = 0;
};

// Reduces g, splits the kernel into blocks, bounds every block from both sides, solves the open
// ones exactly if asked, and puts the partition back together.
partition_outcome solve_partition(const signed_graph& g, int k, const partition_options& options) {
  const deadline limit(options.time_limit_seconds);
  const auto n = static_cast<uint32_t>(g.num_vertices());
  wgraph unit{n, {}};  // every edge costs 1 when violated
  unit.edges.reserve(g.edges.size());
  for (const auto& e : g.edges)
    unit.edges.push_back({e.u, e.v, e.polarity == sign::positive, 1});
  const reduced_graph reduced = reduce(unit, k);
  const auto blocks = split_blocks(reduced.graph);

  struct block_state {
    std::vector<int> label;
    uint64_t lower = 0;
    uint64_t upper = 0;
    std::vector<std::vector<uint32_t>> cycles;
  };
  std::vector<block_state> state(blocks.size());
  // Phase 1: a partition and a lower bound for every block, fast.
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    const auto& bg = blocks[b].graph;
    auto h = heuristic(bg, k, options.seed + b, options.restarts, limit);
    auto p = k == 2 ? pack_unbalanced_cycles(bg, limit) : pack_one_negative_cycles(bg, limit);
    state[b].label = std::move(h.label);
    state[b].upper = h.cost;
    state[b].lower = std::min(p.bound, h.cost);
    state[b].cycles = std::move(p.cycles);
  }
  // Phase 2: the binary program for blocks whose bounds differ, small ones first, each given a
  // share of the remaining time proportional to its size (unused time passes on).
  if (options.method == solve_method::exact) {
    std::vector<std::size_t> open;
    std::size_t open_size = 0;
    for (std::size_t b = 0; b < blocks.size(); ++b) {
      if (state[b].lower < state[b].upper) {
        open.push_back(b);
        open_size += blocks[b].graph.edges.size();
      }
    }
    std::stable_sort(open.begin(), open.end(), [&](std::size_t a, std::size_t b) {
      return blocks[a].graph.edges.size() < blocks[b].graph.edges.size();
    });
    for (const std::size_t b : open) {
      if (limit.passed()) break;
      const auto size = blocks[b].graph.edges.size();
      const double share = limit.remaining() * static_cast<double>(size) /
                           static_cast<double>(std::max<std::size_t>(open_size, 1));
      open_size -= size;
      auto& st = state[b];
      const auto& bg = blocks[b].graph;
      auto x = solve_exactly(bg, k, st.label, st.upper, st.lower, st.cycles, share);
      if (!x.label.empty() && x.cost < st.upper) {
        st.label = std::move(x.label);
        st.upper = x.cost;
      }
      st.lower = std::max(st.lower, std::min(x.lower, st.upper));
    }
  }

  partition_outcome out;
  std::vector<std::vector<int>> block_labels(blocks.size());
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    block_labels[b] = std::move(state[b].label);
    out.lower += state[b].lower;
    out.upper += state[b].upper;
  }
  const auto kernel = join_blocks(reduced.graph.n, blocks, block_labels);
  GEOKG_ASSERT(cost_of(reduced.graph, kernel) == out.upper);
  out.label.assign(n, no_label);
  for (std::size_t i = 0; i < reduced.kept.size(); ++i)
    out.label[reduced.kept[i]] = kernel[i];
  reconstruct(reduced, k, out.label);
  out.lower += reduced.constant;
  out.upper += reduced.constant;
  return out;
}

// The checks both entry points make first.
void check_input(const signed_graph& g, const partition_options& options) {
  validate(g);
  if (!(options.time_limit_seconds >= 0.0)) {
    throw data_error(errc::invalid_value, "time_limit_seconds must be a non-negative number, not " +
                                              std::to_string(options.time_limit_seconds));
  }
  if (options.restarts == 0) throw data_error(errc::invalid_value, "restarts must be at least 1");
}

double since(clock_type::time_point start) {
  return std::chrono::duration<double>(clock_type::now() - start).count();
}

// Canonical sides: in each connected component the lowest-numbered vertex is in group 0.
std::vector<int> canonical_sides(const signed_graph& g, const std::vector<int>& label) {
  const std::size_t n = g.num_vertices();
  std::vector<std::size_t> root(n);
  std::iota(root.begin(), root.end(), std::size_t{0});
  const auto find = [&](std::size_t v) {
    while (root[v] != v)
      v = root[v] = root[root[v]];
    return v;
  };
  for (const auto& e : g.edges) {
    const auto a = find(e.u);
    const auto b = find(e.v);
    if (a != b) root[std::max(a, b)] = std::min(a, b);  // the lowest vertex stays the root
  }
  std::vector<int> side(n);
  for (std::size_t v = 0; v < n; ++v) {
    const auto c = find(v);
    side[v] = label[v] == label[c] ? 0 : 1;
  }
  return side;
}

// Canonical blocs: labels 0 .. labels-1 renumbered in order of their first vertex.
std::vector<int> canonical_blocs(const std::vector<int>& label, int labels) {
  std::vector<int> rename(static_cast<std::size_t>(std::max(labels, 1)), no_label);
  std::vector<int> bloc(label.size());
  int used = 0;
  for (std::size_t v = 0; v < label.size(); ++v) {
    auto& name = rename[static_cast<std::size_t>(label[v])];
    if (name == no_label) name = used++;
    bloc[v] = name;
  }
  return bloc;
}

// The result of either problem from its canonically numbered groups (0, 1, ... without gaps) and
// the solver's bounds: the violating edges counted on g, which must cost what the solver said.
signed_partition finish(const signed_graph& g, partition_problem problem, int k,
                        std::vector<int> group, const partition_outcome& outcome,
                        clock_type::time_point start) {
  signed_partition p;
  p.problem = problem;
  p.k = k;
  p.group = std::move(group);
  p.groups_used = p.group.empty() ? 0 : *std::max_element(p.group.begin(), p.group.end()) + 1;
  for (std::size_t i = 0; i < g.edges.size(); ++i) {
    const auto& e = g.edges[i];
    const bool same = p.group[e.u] == p.group[e.v];
    if (e.polarity == sign::positive && !same) {
      p.violating_edges.push_back(i);
      ++p.positive_between;
    } else if (e.polarity == sign::negative && same) {
      p.violating_edges.push_back(i);
      ++p.negative_within;
    }
  }
  p.value = p.violating_edges.size();
  GEOKG_ASSERT(p.value == outcome.upper);
  p.upper = outcome.upper;
  p.lower = std::min(outcome.lower, outcome.upper);
  p.optimal = p.lower == p.upper;
  p.seconds = since(start);
  return p;
}

}  // namespace

signed_partition frustration_index(const signed_graph& g, const partition_options& options) {
  const auto start = clock_type::now();
  check_input(g, options);
  const auto outcome = solve_partition(g, 2, options);
  return finish(g, partition_problem::frustration, 2, canonical_sides(g, outcome.label), outcome,
                start);
}

signed_partition signed_blocs(const signed_graph& g, int k, const partition_options& options) {
  const auto start = clock_type::now();
  check_input(g, options);
  if (k < 1) {
    throw data_error(errc::invalid_value,
                     "the number of blocs must be at least 1, not " + std::to_string(k));
  }
  const std::size_t n = g.num_vertices();
  const int labels = static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(k), n));
  partition_outcome outcome;
  if (labels >= 2) {
    outcome = solve_partition(g, labels, options);
  } else {
    outcome.label.assign(n, 0);
    outcome.upper = outcome.lower = g.num_negative();  // one bloc: every negative edge is inside it
  }
  return finish(g, partition_problem::blocs, k, canonical_blocs(outcome.label, labels), outcome,
                start);
}

}  // namespace geokg::analysis
