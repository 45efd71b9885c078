// SPDX-License-Identifier: MIT
// Cut separation inside CBC's branch and bound (see cut_generators.hpp).
#include "cut_generators.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <queue>
#include <utility>
#include <vector>

#include <CoinFinite.hpp>
#include <CoinPackedVector.hpp>
#include <OsiCuts.hpp>
#include <OsiRowCut.hpp>
#include <OsiSolverInterface.hpp>

#include "cbc_model.hpp"

namespace geokg::analysis::detail {

namespace {

// Adds the globally valid cut row >= lower to cs, unless cs has it already.
void add_cut(OsiCuts& cs, const CoinPackedVector& row, double lower) {
  OsiRowCut rc;
  rc.setRow(row);
  rc.setLb(lower);
  rc.setUb(COIN_DBL_MAX);
  rc.setGloballyValid(true);
  cs.insertIfNotDuplicate(rc);
}

}  // namespace

void odd_cycle_generator::generateCuts(const OsiSolverInterface& si, OsiCuts& cs,
                                       const CglTreeInfo) {
  const double* x = si.getColSolution() + offset_;
  std::vector<cycle_cut> cuts;
  separator_.separate(x, std::max<std::size_t>(10, g_->n), cuts);
  for (const auto& c : cuts)
    add_cut(cs, cut_row(c, offset_), odd_cycle_separator::rhs(c));
}

one_negative_cycle_generator::one_negative_cycle_generator(const wgraph& g, int offset)
    : g_(&g),
      offset_(offset),
      adj_(adjacency(g)),
      dist_(g.n, std::numeric_limits<double>::infinity()),
      via_(g.n) {}

void one_negative_cycle_generator::generateCuts(const OsiSolverInterface& si, OsiCuts& cs,
                                                const CglTreeInfo) {
  const double* f = si.getColSolution() + offset_;
  const double inf = std::numeric_limits<double>::infinity();
  const std::size_t max_cuts = std::max<std::size_t>(10, g_->n);
  std::size_t found = 0;
  using item = std::pair<double, uint32_t>;
  std::vector<uint32_t> touched;
  for (uint32_t i = 0; i < g_->edges.size() && found < max_cuts; ++i) {
    const auto& e = g_->edges[i];
    if (e.positive) continue;
    const double budget = 1.0 - std::clamp(f[i], 0.0, 1.0) - 1e-6;
    if (budget <= 0.0) continue;
    for (const uint32_t t : touched)
      dist_[t] = inf;
    touched.assign(1, e.u);
    dist_[e.u] = 0.0;
    std::priority_queue<item, std::vector<item>, std::greater<>> heap;
    heap.emplace(0.0, e.u);
    while (!heap.empty()) {
      const auto [d, v] = heap.top();
      heap.pop();
      if (d > dist_[v]) continue;
      if (v == e.v || d >= budget) break;
      for (const auto& nb : adj_[v]) {
        if (!nb.positive) continue;
        const double nd = d + std::clamp(f[nb.edge], 0.0, 1.0);
        if (dist_[nb.v] == inf) touched.push_back(nb.v);
        if (nd < dist_[nb.v] - 1e-12) {
          dist_[nb.v] = nd;
          via_[nb.v] = nb.edge;
          heap.emplace(nd, nb.v);
        }
      }
    }
    if (!(dist_[e.v] < budget)) continue;
    std::vector<uint32_t> cycle{i};
    for (uint32_t v = e.v; v != e.u;) {
      const auto& pe = g_->edges[via_[v]];
      cycle.push_back(via_[v]);
      v = pe.u == v ? pe.v : pe.u;
    }
    std::vector<uint32_t> key = cycle;
    std::sort(key.begin(), key.end());
    if (!seen_.insert(std::move(key)).second) continue;
    CoinPackedVector row;
    for (const uint32_t c : cycle)
      row.insert(offset_ + static_cast<int>(c), 1.0);
    add_cut(cs, row, 1.0);
    ++found;
  }
  for (const uint32_t t : touched)
    dist_[t] = inf;
}

}  // namespace geokg::analysis::detail
