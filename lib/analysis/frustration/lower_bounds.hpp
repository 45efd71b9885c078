#pragma once
// SPDX-License-Identifier: MIT
// The combinatorial lower bounds of the partition solvers: fractional packings of cycles that
// every partition violates. Private to lib/analysis.

#include <cstdint>
#include <vector>

#include "signed_problem.hpp"

namespace geokg::analysis::detail {

// A fractional packing of cycles that every partition must violate: each such cycle needs at
// least one violated edge, so subtracting its smallest residual weight from all its edges and
// summing the amounts gives a valid lower bound (weak LP duality). For k == 2 the cycles are the
// unbalanced ones (odd number of negative edges; Harary 1953), found as fundamental cycles of BFS
// forests; for k >= 3 they are the cycles with exactly one negative edge (Davis 1967).

struct packing {
  uint64_t bound = 0;
  std::vector<std::vector<uint32_t>> cycles;  // edge lists, for the binary programs
};

// A packing of unbalanced cycles (k == 2), one BFS forest per round until the deadline; the
// first round always runs, so even a spent budget yields a bound.
packing pack_unbalanced_cycles(const wgraph& g, const deadline& limit);

// A packing of cycles with exactly one negative edge (k >= 3): shortest positive paths between
// the ends of each negative edge; the first negative edge is always tried.
packing pack_one_negative_cycles(const wgraph& g, const deadline& limit);

}  // namespace geokg::analysis::detail
