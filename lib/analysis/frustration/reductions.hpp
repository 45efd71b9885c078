#pragma once
// SPDX-License-Identifier: MIT
// The exact reductions of the partition problems: vertices of degree 0, 1 and 2 eliminated, and
// their groups recovered afterwards. Private to lib/analysis.

#include <cstdint>
#include <vector>

#include "signed_problem.hpp"

namespace geokg::analysis::detail {

// Vertices of degree 0, 1 and 2 are eliminated, exactly, for any number k >= 2 of groups: a
// vertex z between a and b is replaced by a pair cost between a and b (the cheapest choice for z
// given whether a and b share a group), and parallel pair costs add up. A pair cost is kept as
// (cost if a and b share a group, cost if they do not), normalised so that one of the two is 0:
// the other is then a positive (violated between) or negative (violated within) edge of weight
// w, and the minimum goes to a constant. Trees, cycles and series-parallel parts vanish
// entirely; what remains has minimum degree 3.

struct pair_cost {
  uint64_t same = 0;
  uint64_t diff = 0;
};

struct reduction_step {
  enum class kind : std::uint8_t { isolated, leaf, series } what = kind::isolated;
  uint32_t z = 0;
  uint32_t a = 0;
  uint32_t b = 0;
  pair_cost za{};  // the pair z-a
  pair_cost zb{};  // the pair z-b (series only)
};

struct reduced_graph {
  wgraph graph;                       // the kernel, on vertices 0 .. kept.size()-1
  std::vector<uint32_t> kept;         // kernel vertex -> original vertex
  uint64_t constant = 0;              // cost paid by every partition, on top of the kernel's
  std::vector<reduction_step> steps;  // in elimination order
};

// The kernel of g for partitions into (at most) k >= 2 groups.
reduced_graph reduce(const wgraph& g, int k);

// Gives the eliminated vertices their groups, last eliminated first, each the cheapest choice
// given its neighbours (which are kept or eliminated later, hence already labelled).
void reconstruct(const reduced_graph& r, int k, std::vector<int>& label);

}  // namespace geokg::analysis::detail
