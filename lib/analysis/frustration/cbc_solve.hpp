#pragma once
// SPDX-License-Identifier: MIT
// The exact step of the partition solvers: one block's binary program solved by CBC within a
// time limit. Private to lib/analysis; no COIN type appears here.

#include <cstdint>
#include <vector>

#include "signed_problem.hpp"

namespace geokg::analysis::detail {

// What the exact step proved about a block.
struct exact_result {
  std::vector<int> label;  // empty if no better partition was found
  uint64_t cost = 0;
  uint64_t lower = 0;
  bool optimal = false;
};

// Solves block g exactly for k groups within `seconds`, starting from the incumbent partition
// (violating `upper`) and the bound `lower`: the frustration model of Aref, Mason & Wilson (2020)
// with odd-cycle cuts when k == 2, else the k-bloc model with the cycles of the lower-bound
// packing (`cycles`, edge lists) as cuts.
// @throws error if CBC fails (a CoinError, translated).
exact_result solve_exactly(const wgraph& g, int k, const std::vector<int>& incumbent,
                           uint64_t upper, uint64_t lower,
                           const std::vector<std::vector<uint32_t>>& cycles, double seconds);

}  // namespace geokg::analysis::detail
