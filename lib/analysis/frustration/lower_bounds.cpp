// SPDX-License-Identifier: MIT
// Cycle packings for the lower bounds (see lower_bounds.hpp).
#include "lower_bounds.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

namespace geokg::analysis::detail {

namespace {

// A packing being built: the adjacency lists of the graph, the residual weight of every edge, and
// the cycles packed so far.
struct packer {
  explicit packer(const wgraph& g) : adj(adjacency(g)), residual(g.edges.size()) {
    for (std::size_t i = 0; i < g.edges.size(); ++i)
      residual[i] = g.edges[i].w;
  }

  // Packs `cycle` with its least residual weight, unless that is 0.
  void add(std::vector<uint32_t> cycle) {
    uint64_t least = std::numeric_limits<uint64_t>::max();
    for (const uint32_t c : cycle)
      least = std::min(least, residual[c]);
    if (least == 0) return;
    for (const uint32_t c : cycle)
      residual[c] -= least;
    out.bound += least;
    out.cycles.push_back(std::move(cycle));
  }

  const std::vector<std::vector<neighbour>> adj;
  std::vector<uint64_t> residual;
  packing out;
};

}  // namespace

packing pack_unbalanced_cycles(const wgraph& g, const deadline& limit) {
  packer pack(g);
  std::vector<int> side(g.n);
  std::vector<uint32_t> depth(g.n);
  std::vector<uint32_t> parent_edge(g.n);
  std::vector<uint32_t> parent(g.n);
  std::vector<char> seen(g.n);
  std::vector<char> tree(g.edges.size());
  std::vector<uint32_t> queue;
  std::vector<uint32_t> cycle;
  // The first round always runs (one BFS, O(E)), so even a spent budget yields a bound.
  for (bool first = true; first || !limit.passed(); first = false) {
    std::fill(seen.begin(), seen.end(), 0);
    std::fill(tree.begin(), tree.end(), 0);
    for (uint32_t root = 0; root < g.n; ++root) {
      if (seen[root] != 0) continue;
      seen[root] = 1;
      side[root] = 0;
      depth[root] = 0;
      queue.assign(1, root);
      for (std::size_t head = 0; head < queue.size(); ++head) {
        const uint32_t v = queue[head];
        for (const auto& nb : pack.adj[v]) {
          if (pack.residual[nb.edge] == 0 || seen[nb.v] != 0) continue;
          seen[nb.v] = 1;
          side[nb.v] = nb.positive ? side[v] : 1 - side[v];
          depth[nb.v] = depth[v] + 1;
          parent[nb.v] = v;
          parent_edge[nb.v] = nb.edge;
          tree[nb.edge] = 1;
          queue.push_back(nb.v);
        }
      }
    }
    std::vector<std::pair<uint32_t, uint32_t>> candidates;  // (depth sum, edge)
    for (uint32_t i = 0; i < g.edges.size(); ++i) {
      const auto& e = g.edges[i];
      if (pack.residual[i] == 0 || tree[i] != 0) continue;
      const bool consistent = e.positive ? side[e.u] == side[e.v] : side[e.u] != side[e.v];
      if (!consistent) candidates.emplace_back(depth[e.u] + depth[e.v], i);
    }
    if (candidates.empty()) break;
    std::sort(candidates.begin(), candidates.end());
    for (const auto& [unused, i] : candidates) {
      cycle.assign(1, i);
      uint32_t a = g.edges[i].u;
      uint32_t b = g.edges[i].v;
      while (a != b) {
        if (depth[a] < depth[b]) std::swap(a, b);
        cycle.push_back(parent_edge[a]);
        a = parent[a];
      }
      pack.add(cycle);
    }
  }
  return std::move(pack.out);
}

packing pack_one_negative_cycles(const wgraph& g, const deadline& limit) {
  packer pack(g);
  std::vector<uint32_t> parent_edge(g.n);
  std::vector<char> seen(g.n);
  std::vector<uint32_t> queue;
  bool any = false;  // the first negative edge is always tried, so a spent budget yields a bound
  for (uint32_t i = 0; i < g.edges.size() && (!any || !limit.passed()); ++i) {
    const auto& e = g.edges[i];
    if (e.positive) continue;
    any = true;
    while (pack.residual[i] > 0) {
      // Shortest positive path from e.u to e.v over edges with residual weight.
      std::fill(seen.begin(), seen.end(), 0);
      seen[e.u] = 1;
      queue.assign(1, e.u);
      for (std::size_t head = 0; head < queue.size() && seen[e.v] == 0; ++head) {
        const uint32_t v = queue[head];
        for (const auto& nb : pack.adj[v]) {
          if (!nb.positive || pack.residual[nb.edge] == 0 || seen[nb.v] != 0) continue;
          seen[nb.v] = 1;
          parent_edge[nb.v] = nb.edge;
          queue.push_back(nb.v);
        }
      }
      if (seen[e.v] == 0) break;
      std::vector<uint32_t> cycle{i};
      for (uint32_t v = e.v; v != e.u;) {
        const auto& pe = g.edges[parent_edge[v]];
        cycle.push_back(parent_edge[v]);
        v = pe.u == v ? pe.v : pe.u;
      }
      pack.add(std::move(cycle));  // every edge of it has residual weight left
    }
  }
  return std::move(pack.out);
}

}  // namespace geokg::analysis::detail
