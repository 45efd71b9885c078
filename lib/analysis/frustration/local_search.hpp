#pragma once
// SPDX-License-Identifier: MIT
// The upper bound of the partition solvers: relocation local search with restarts. Private to
// lib/analysis.

#include <cstdint>
#include <vector>

#include "signed_problem.hpp"

namespace geokg::analysis::detail {

// A partition of a graph's vertices and the weight it violates.
struct heuristic_result {
  std::vector<int> label;
  uint64_t cost = 0;
};

// Relocation search (Doreian & Mrvar 1996) on a weighted graph with k groups: a vertex moves to
// the group where its incident violations are fewest, until no move helps; then an iterated
// local search perturbs a vertex and some neighbours and descends again, keeping improvements.
// Starts alternate between spanning-tree switching (k == 2: the signs of a random BFS tree are all
// satisfied) and greedy insertion in random order. At least one start always runs; the same seed
// gives the same result unless the deadline cuts the search short.
heuristic_result heuristic(const wgraph& g, int k, std::uint64_t seed, unsigned restarts,
                           const deadline& limit);

}  // namespace geokg::analysis::detail
