#pragma once
// SPDX-License-Identifier: MIT
// The biconnected blocks of a kernel, solved independently, and the gluing of their partitions
// along the block-cut tree. Private to lib/analysis.

#include <cstdint>
#include <vector>

#include "signed_problem.hpp"

namespace geokg::analysis::detail {

// A biconnected block of a graph, with its vertices renumbered 0 .. size-1. The least number of
// violated edges of a graph is the sum over its blocks: a block's partition can be relabelled to
// agree with its neighbours' at the cut vertex they share.
struct block {
  wgraph graph;
  std::vector<uint32_t> vertices;  // block vertex -> vertex of the split graph
};

// The edge sets of the biconnected blocks of g (Boost's Hopcroft-Tarjan).
std::vector<block> split_blocks(const wgraph& g);

// Joins the blocks' labellings into one, walking the block-cut tree: a block reached through a
// cut vertex c has its labels permuted (two swapped) so that c keeps the label it already has.
std::vector<int> join_blocks(uint32_t n, const std::vector<block>& blocks,
                             const std::vector<std::vector<int>>& labels);

}  // namespace geokg::analysis::detail
