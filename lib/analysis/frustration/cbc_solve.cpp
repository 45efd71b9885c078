// SPDX-License-Identifier: MIT
// The exact binary programs of one block, solved by CBC: the frustration model (k == 2) with its
// odd-cycle root LP, and the k-bloc model (see cbc_solve.hpp).
#include "cbc_solve.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include <CoinError.hpp>
#include <CoinFinite.hpp>
#include <CoinPackedMatrix.hpp>
#include <CoinPackedVector.hpp>
#include <OsiClpSolverInterface.hpp>

#include "cbc_model.hpp"
#include "cut_generators.hpp"
#include "geokg/core/error.hpp"
#include "odd_cycles.hpp"

namespace geokg::analysis::detail {

namespace {

// The integer lower bound an LP bound x proves (costs are integers), allowing for round-off.
uint64_t ceil_bound(double x) {
  if (!(x > 0.0)) return 0;
  return static_cast<uint64_t>(std::ceil(x - 1e-6));
}

// Keeps CBC's partition `label` (empty if it found none) if it beats the incumbent, which costs
// `upper`, and closes the bounds if CBC completed its search.
void conclude(exact_result& out, const wgraph& g, std::vector<int> label, uint64_t upper,
              bool finished) {
  if (!label.empty()) {
    const uint64_t cost = cost_of(g, label);
    if (cost < upper) {
      out.label = std::move(label);
      out.cost = cost;
      upper = cost;
    }
  }
  if (finished) out.lower = upper;
  out.lower = std::min(out.lower, upper);
  out.optimal = out.lower == upper;
}

// Exact frustration (k == 2) of one block by the AND/XOR model of Aref, Mason & Wilson (2020):
// x_v = side of v (the highest-degree vertex fixed to 0), f_e >= |x_u - x_v| for positive edges and
// f_e >= |x_u + x_v - 1| for negative ones, minimise sum w_e f_e. The root bound comes first from
// an edge-only LP with odd-cycle cuts (often tight enough to prove the heuristic optimal); the
// cuts that bind there seed CBC's model.
exact_result solve_frustration_exactly(const wgraph& g, const std::vector<int>& incumbent,
                                       uint64_t upper, uint64_t lower, double seconds) {
  exact_result out;
  out.lower = lower;
  const deadline limit(seconds);
  const int n = static_cast<int>(g.n);
  const int m = static_cast<int>(g.edges.size());

  // Root: min sum w f over 0 <= f <= 1 plus odd-cycle cuts, until none is violated, the bound
  // proves the incumbent, the bound stalls, or half the time is spent.
  std::vector<cycle_cut> kept_cuts;
  {
    OsiClpSolverInterface lp;
    silence(lp);
    CoinPackedMatrix empty(true, 0, 0);
    empty.setDimensions(0, m);
    std::vector<double> lo(static_cast<std::size_t>(m), 0.0);
    std::vector<double> hi(static_cast<std::size_t>(m), 1.0);
    std::vector<double> obj(static_cast<std::size_t>(m));
    for (std::size_t i = 0; i < g.edges.size(); ++i)
      obj[i] = static_cast<double>(g.edges[i].w);
    lp.loadProblem(empty, lo.data(), hi.data(), obj.data(), nullptr, nullptr);
    lp.initialSolve();
    odd_cycle_separator separator(g);
    std::vector<cycle_cut> cuts;
    std::vector<double> history;
    const double root_share = seconds * 0.5;
    const deadline root_limit(root_share);
    while (lp.isProvenOptimal() && !root_limit.passed()) {
      const double bound = lp.getObjValue();
      out.lower = std::max(out.lower, ceil_bound(bound));
      if (out.lower >= upper) break;
      history.push_back(bound);
      if (history.size() > 30 && bound - history[history.size() - 31] < 1e-3) break;
      const std::size_t before = cuts.size();
      separator.separate(lp.getColSolution(), 2 * g.n + 10, cuts);
      if (cuts.size() == before) break;
      for (std::size_t i = before; i < cuts.size(); ++i)
        lp.addRow(cut_row(cuts[i], 0), odd_cycle_separator::rhs(cuts[i]), COIN_DBL_MAX);
      lp.getModelPtr()->setMaximumWallSeconds(root_limit.remaining());
      lp.resolve();
    }
    if (lp.isProvenOptimal()) {
      // Only the cuts that bind at the root optimum go on; the rest would slow every node.
      out.lower = std::max(out.lower, ceil_bound(lp.getObjValue()));
      const double* activity = lp.getRowActivity();
      for (std::size_t i = 0; i < cuts.size(); ++i) {
        if (activity[i] <= odd_cycle_separator::rhs(cuts[i]) + 1e-6) kept_cuts.push_back(cuts[i]);
      }
    } else {
      kept_cuts = std::move(cuts);  // stopped by the clock: no optimum to tell which bind
    }
  }
  if (out.lower >= upper) {
    out.lower = upper;
    out.optimal = true;
    return out;
  }
  if (limit.passed()) return out;

  // Branch and bound on the full model.
  std::vector<std::size_t> degree(g.n, 0);
  for (const auto& e : g.edges)
    ++degree[e.u], ++degree[e.v];
  const auto fixed =
      static_cast<int>(std::max_element(degree.begin(), degree.end()) - degree.begin());
  const int columns = n + m;
  std::vector<double> lo(static_cast<std::size_t>(columns), 0.0);
  std::vector<double> hi(static_cast<std::size_t>(columns), 1.0);
  std::vector<double> obj(static_cast<std::size_t>(columns), 0.0);
  hi[static_cast<std::size_t>(fixed)] = 0.0;
  for (std::size_t i = 0; i < g.edges.size(); ++i)
    obj[static_cast<std::size_t>(n) + i] = static_cast<double>(g.edges[i].w);
  row_set rows;
  const double none = COIN_DBL_MAX;
  for (int i = 0; i < m; ++i) {
    const auto& e = g.edges[static_cast<std::size_t>(i)];
    const int f = n + i;
    const int u = static_cast<int>(e.u);
    const int v = static_cast<int>(e.v);
    if (e.positive) {  // f >= x_u - x_v, f >= x_v - x_u
      rows.add({{f, 1.0}, {u, -1.0}, {v, 1.0}}, 0.0, none);
      rows.add({{f, 1.0}, {u, 1.0}, {v, -1.0}}, 0.0, none);
    } else {  // f >= x_u + x_v - 1, f >= 1 - x_u - x_v
      rows.add({{f, 1.0}, {u, -1.0}, {v, -1.0}}, -1.0, none);
      rows.add({{f, 1.0}, {u, 1.0}, {v, 1.0}}, 1.0, none);
    }
  }
  for (const auto& c : kept_cuts)
    rows.add(c, n);
  OsiClpSolverInterface solver;
  rows.load_binary_program(solver, lo, hi, obj);

  std::vector<double> start(static_cast<std::size_t>(columns), 0.0);
  const int flip = incumbent[static_cast<std::size_t>(fixed)];
  for (std::size_t v = 0; v < g.n; ++v)
    start[v] = incumbent[v] == flip ? 0.0 : 1.0;
  for (std::size_t i = 0; i < g.edges.size(); ++i)
    start[static_cast<std::size_t>(n) + i] = violated(g.edges[i], incumbent) ? 1.0 : 0.0;

  odd_cycle_generator odd(g, n);
  const auto cbc =
      run_cbc(solver, limit, start, static_cast<double>(upper), {&odd, 1, "OddCycle"}, true);
  std::vector<int> label;
  if (!cbc.best.empty()) {
    label.resize(g.n);
    for (std::size_t v = 0; v < g.n; ++v)
      label[v] = cbc.best[v] > 0.5 ? 1 : 0;
  }
  conclude(out, g, std::move(label), upper, cbc.finished);
  return out;
}

// Exact k-bloc clustering (k >= 3) of one block: x_{v,c} = 1 if v is in bloc c, one bloc per
// vertex; for a positive edge f_e >= x_{u,c} - x_{v,c}, for a negative one f_e >= x_{u,c} +
// x_{v,c} - 1, for every c; minimise sum w_e f_e. Labels are interchangeable, so the t-th vertex
// by decreasing degree may only use blocs 0 .. t (any partition can be renumbered so). The cycles
// of the lower-bound packing are added as cuts sum_{e in C} f_e >= 1.
exact_result solve_blocs_exactly(const wgraph& g, int k, const std::vector<int>& incumbent,
                                 uint64_t upper, uint64_t lower,
                                 const std::vector<std::vector<uint32_t>>& cycles, double seconds) {
  exact_result out;
  out.lower = lower;
  const deadline limit(seconds);
  const int n = static_cast<int>(g.n);
  const int m = static_cast<int>(g.edges.size());
  k = std::min(k, n);
  std::vector<std::size_t> degree(g.n, 0);
  for (const auto& e : g.edges)
    ++degree[e.u], ++degree[e.v];
  std::vector<uint32_t> order(g.n);
  std::iota(order.begin(), order.end(), 0U);
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return degree[a] > degree[b]; });
  const auto x = [&](int v, int c) { return v * k + c; };
  const int columns = n * k + m;
  std::vector<double> lo(static_cast<std::size_t>(columns), 0.0);
  std::vector<double> hi(static_cast<std::size_t>(columns), 1.0);
  std::vector<double> obj(static_cast<std::size_t>(columns), 0.0);
  for (int t = 0; t < n; ++t) {
    for (int c = t + 1; c < k; ++c)
      hi[static_cast<std::size_t>(x(static_cast<int>(order[static_cast<std::size_t>(t)]), c))] =
          0.0;
  }
  for (std::size_t i = 0; i < g.edges.size(); ++i)
    obj[static_cast<std::size_t>(n * k) + i] = static_cast<double>(g.edges[i].w);
  row_set rows;
  const double none = COIN_DBL_MAX;
  std::vector<int> members(static_cast<std::size_t>(k));
  for (int v = 0; v < n; ++v) {  // one bloc per vertex
    for (int c = 0; c < k; ++c)
      members[static_cast<std::size_t>(c)] = x(v, c);
    rows.add_sum(members, 1.0, 1.0);
  }
  for (int i = 0; i < m; ++i) {
    const auto& e = g.edges[static_cast<std::size_t>(i)];
    const int f = n * k + i;
    const int u = static_cast<int>(e.u);
    const int v = static_cast<int>(e.v);
    for (int c = 0; c < k; ++c) {
      if (e.positive) {  // f >= x_uc - x_vc
        rows.add({{f, 1.0}, {x(u, c), -1.0}, {x(v, c), 1.0}}, 0.0, none);
      } else {  // f >= x_uc + x_vc - 1
        rows.add({{f, 1.0}, {x(u, c), -1.0}, {x(v, c), -1.0}}, -1.0, none);
      }
    }
  }
  for (const auto& cycle : cycles) {
    std::vector<int> fs;
    for (const uint32_t e : cycle)
      fs.push_back(n * k + static_cast<int>(e));
    rows.add_sum(fs, 1.0, none);
  }
  OsiClpSolverInterface solver;
  rows.load_binary_program(solver, lo, hi, obj);

  // The incumbent renumbered by first appearance in `order`, which respects the bounds above.
  std::vector<int> relabelled(g.n);
  int next = 0;
  std::unordered_map<int, int> names;
  for (const uint32_t v : order) {
    const auto [it, fresh] = names.emplace(incumbent[v], next);
    if (fresh) ++next;
    relabelled[v] = it->second;
  }
  std::vector<double> start(static_cast<std::size_t>(columns), 0.0);
  for (int v = 0; v < n; ++v)
    start[static_cast<std::size_t>(x(v, relabelled[static_cast<std::size_t>(v)]))] = 1.0;
  for (std::size_t i = 0; i < g.edges.size(); ++i)
    start[static_cast<std::size_t>(n * k) + i] = violated(g.edges[i], incumbent) ? 1.0 : 0.0;

  one_negative_cycle_generator cycles_cuts(g, n * k);
  const auto cbc = run_cbc(solver, limit, start, static_cast<double>(upper),
                           {&cycles_cuts, 1, "OneNegativeCycle"}, false);
  std::vector<int> label;
  if (!cbc.best.empty()) {
    label.assign(g.n, 0);
    for (int v = 0; v < n; ++v) {
      for (int c = 0; c < k; ++c) {
        if (cbc.best[static_cast<std::size_t>(x(v, c))] > 0.5)
          label[static_cast<std::size_t>(v)] = c;
      }
    }
  }
  conclude(out, g, std::move(label), upper, cbc.finished);
  return out;
}

}  // namespace

exact_result solve_exactly(const wgraph& g, int k, const std::vector<int>& incumbent,
                           uint64_t upper, uint64_t lower,
                           const std::vector<std::vector<uint32_t>>& cycles, double seconds) {
  try {
    return k == 2 ? solve_frustration_exactly(g, incumbent, upper, lower, seconds)
                  : solve_blocs_exactly(g, k, incumbent, upper, lower, cycles, seconds);
  } catch (const CoinError& e) {
    throw error("geokg: the MILP solver (CBC) failed: " + e.message() + " in " + e.className() +
                "::" + e.methodName());
  }
}

}  // namespace geokg::analysis::detail
