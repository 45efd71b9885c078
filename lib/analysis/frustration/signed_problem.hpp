#pragma once
// SPDX-License-Identifier: MIT
// The weighted signed graph the partition solvers work on, its deadline, and the helpers every
// stage of frustration.cpp shares. Private to lib/analysis.

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "geokg/core/error.hpp"

namespace geokg::analysis::detail {

using clock_type = std::chrono::steady_clock;
using std::uint32_t;
using std::uint64_t;

// The label of a vertex not yet placed in a group.
inline constexpr int no_label = -1;

// The wall-clock budget of one call.
class deadline {
 public:
  explicit deadline(double seconds)
      : end_(clock_type::now() + std::chrono::duration_cast<clock_type::duration>(
                                     std::chrono::duration<double>(std::min(seconds, 1e9)))) {}
  bool passed() const { return clock_type::now() >= end_; }
  double remaining() const {
    return std::max(0.0, std::chrono::duration<double>(end_ - clock_type::now()).count());
  }

 private:
  clock_type::time_point end_;
};

// A weighted signed edge of a reduced graph: violating it costs `w` (a positive edge is violated
// between two groups, a negative one inside a group).
struct wedge {
  uint32_t u = 0;
  uint32_t v = 0;
  bool positive = true;
  uint64_t w = 1;
};

// A simple weighted signed graph on vertices 0 .. n-1.
struct wgraph {
  uint32_t n = 0;
  std::vector<wedge> edges;
};

// An entry of an adjacency list: the other end of an edge, the edge's number, sign and weight.
struct neighbour {
  uint32_t v = 0;
  uint32_t edge = 0;
  bool positive = true;
  uint64_t w = 1;
};

// The adjacency lists of g: every edge appears at both of its ends.
inline std::vector<std::vector<neighbour>> adjacency(const wgraph& g) {
  std::vector<std::vector<neighbour>> adj(g.n);
  for (std::size_t i = 0; i < g.edges.size(); ++i) {
    const auto& e = g.edges[i];
    const auto id = static_cast<uint32_t>(i);
    adj[e.u].push_back({e.v, id, e.positive, e.w});
    adj[e.v].push_back({e.u, id, e.positive, e.w});
  }
  return adj;
}

// Whether `label` violates e: a positive edge between groups, or a negative one inside a group.
inline bool violated(const wedge& e, const std::vector<int>& label) {
  const bool same = label[e.u] == label[e.v];
  return e.positive ? !same : same;
}

// The total weight of the edges `label` violates.
inline uint64_t cost_of(const wgraph& g, const std::vector<int>& label) {
  uint64_t total = 0;
  for (const auto& e : g.edges)
    total += violated(e, label) ? e.w : 0;
  return total;
}

// The smallest label in [0, k) other than a and b (k >= 3, or k >= 2 when a == b).
inline int other_label(int k, int a, int b) {
  for (int c = 0; c < k; ++c) {
    if (c != a && c != b) return c;
  }
  GEOKG_ASSERT(false);
  return 0;
}

}  // namespace geokg::analysis::detail
