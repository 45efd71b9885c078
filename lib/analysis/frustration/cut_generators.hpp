#pragma once
// SPDX-License-Identifier: MIT
// The cut generators geokg hands to CBC's branch and bound: odd cycles for the frustration model,
// cycles with one negative edge for the k-bloc model. Private to lib/analysis.

#include <cstdint>
#include <set>
#include <vector>

#include <CglCutGenerator.hpp>

#include "odd_cycles.hpp"
#include "signed_problem.hpp"

namespace geokg::analysis::detail {

// Odd-cycle cuts inside CBC's branch and bound, on the frustration columns offset + edge.
class odd_cycle_generator : public CglCutGenerator {
 public:
  odd_cycle_generator(const wgraph& g, int offset) : g_(&g), offset_(offset), separator_(g) {}
  // CBC's interface: clone() hands CBC a raw pointer that CBC owns and deletes (CbcModel keeps
  // copies of its cut generators). The only raw `new` in geokg, and it is CBC's contract.
  CglCutGenerator* clone() const override { return new odd_cycle_generator(*this); }
  void generateCuts(const OsiSolverInterface& si, OsiCuts& cs, const CglTreeInfo) override;

 private:
  const wgraph* g_;
  int offset_;
  odd_cycle_separator separator_;
};

// Cuts sum_{e in C} f_e >= 1 for cycles C with exactly one negative edge (no clustering satisfies
// them all), inside CBC's branch and bound: for each negative edge (u, v), a shortest path from u
// to v over positive edges with lengths f_e, violated if shorter than 1 - f_uv.
class one_negative_cycle_generator : public CglCutGenerator {
 public:
  one_negative_cycle_generator(const wgraph& g, int offset);
  // As above: CBC owns the pointer clone() returns.
  CglCutGenerator* clone() const override { return new one_negative_cycle_generator(*this); }
  void generateCuts(const OsiSolverInterface& si, OsiCuts& cs, const CglTreeInfo) override;

 private:
  const wgraph* g_;
  int offset_;
  std::vector<std::vector<neighbour>> adj_;
  std::vector<double> dist_;
  std::vector<uint32_t> via_;
  std::set<std::vector<uint32_t>> seen_;
};

}  // namespace geokg::analysis::detail
