#pragma once
// SPDX-License-Identifier: MIT
// Separation of the odd-cycle inequalities of the frustration LP (Barahona & Mahjoub 1986).
// Private to lib/analysis.

#include <cstddef>
#include <cstdint>
#include <set>
#include <vector>

#include "signed_problem.hpp"

namespace geokg::analysis::detail {

// With f_e in [0, 1] the (fractional) frustration of edge e, every cycle C and every set F of its
// edges such that |F| + (negative edges of C) is odd give the valid inequality
//     sum_{e in C \ F} f_e + sum_{e in F} (1 - f_e) >= 1,
// since the frustrated edges of a cycle have the parity of its negative edges. These are the cycle
// inequalities of the cut polytope; a most violated one is a shortest path between the two copies
// of a vertex in a doubled graph (Barahona & Mahjoub 1986), where an edge keeps or switches the
// copy according to its sign, with length f_e, or switches the other way with length 1 - f_e.

// An odd-cycle inequality: the edges of its cycle, and which of them are in F.
struct cycle_cut {
  std::vector<uint32_t> edges;
  std::vector<char> in_f;  // whether the edge is in F (appears as 1 - f_e)
};

// Finds odd-cycle inequalities a fractional f violates, remembering those it returned so that
// repeated calls (the LP rounds, CBC's nodes) bring new ones.
class odd_cycle_separator {
 public:
  explicit odd_cycle_separator(const wgraph& g);

  // Appends violated inequalities (at most one per start vertex, none seen before).
  std::size_t separate(const double* f, std::size_t max_cuts, std::vector<cycle_cut>& out);

  // The left side of a cut, sum coef * f, and its right-hand side: coefficient +1 for edges not
  // in F, -1 for edges in F; right side 1 - |F|.
  static double rhs(const cycle_cut& c) {
    double r = 1.0;
    for (const char x : c.in_f)
      r -= x != 0 ? 1.0 : 0.0;
    return r;
  }

 private:
  template <class Heap>
  void relax(Heap& heap, std::vector<uint32_t>& touched, uint32_t a, uint32_t b, double d,
             uint32_t edge);

  bool extract(uint32_t from, uint32_t goal, const double* f, cycle_cut& cut) const;

  const wgraph* g_;
  std::vector<std::vector<neighbour>> adj_;
  std::vector<double> dist_;
  std::vector<uint32_t> via_edge_;
  std::vector<uint32_t> via_node_;
  std::set<std::vector<uint64_t>> seen_;
  uint32_t start_ = 0;
};

}  // namespace geokg::analysis::detail
