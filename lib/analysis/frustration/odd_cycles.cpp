// SPDX-License-Identifier: MIT
// Odd-cycle separation by shortest paths in the doubled graph (see odd_cycles.hpp).
#include "odd_cycles.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <queue>
#include <unordered_map>
#include <utility>
#include <vector>

namespace geokg::analysis::detail {

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

}  // namespace

odd_cycle_separator::odd_cycle_separator(const wgraph& g)
    : g_(&g),
      adj_(adjacency(g)),
      dist_(2 * std::size_t{g.n}, inf),
      via_edge_(2 * std::size_t{g.n}),
      via_node_(2 * std::size_t{g.n}) {}

template <class Heap>
void odd_cycle_separator::relax(Heap& heap, std::vector<uint32_t>& touched, uint32_t a, uint32_t b,
                                double d, uint32_t edge) {
  if (dist_[b] == inf) touched.push_back(b);
  if (d < dist_[b] - 1e-12) {
    dist_[b] = d;
    via_edge_[b] = edge;
    via_node_[b] = a;
    heap.emplace(d, b);
  }
}

std::size_t odd_cycle_separator::separate(const double* f, std::size_t max_cuts,
                                          std::vector<cycle_cut>& out) {
  const uint32_t n = g_->n;
  std::size_t found = 0;
  using item = std::pair<double, uint32_t>;
  std::priority_queue<item, std::vector<item>, std::greater<>> heap;
  std::vector<uint32_t> touched;
  for (uint32_t step = 0; step < n && found < max_cuts; ++step) {
    const uint32_t s = (start_ + step) % n;
    const uint32_t from = 2 * s;
    const uint32_t goal = 2 * s + 1;
    for (const uint32_t t : touched)
      dist_[t] = inf;
    touched.clear();
    dist_[from] = 0.0;
    touched.push_back(from);
    heap = {};
    heap.emplace(0.0, from);
    while (!heap.empty()) {
      const auto [d, a] = heap.top();
      heap.pop();
      if (d > dist_[a]) continue;
      if (a == goal || d >= 1.0 - 1e-6) break;
      const uint32_t v = a / 2;
      const uint32_t layer = a % 2;
      for (const auto& nb : adj_[v]) {
        const double x = std::clamp(f[nb.edge], 0.0, 1.0);
        const uint32_t keep = layer ^ (nb.positive ? 0U : 1U);
        relax(heap, touched, a, 2 * nb.v + keep, d + x, nb.edge);
        relax(heap, touched, a, 2 * nb.v + (keep ^ 1U), d + 1.0 - x, nb.edge);
      }
    }
    if (dist_[goal] >= 1.0 - 1e-6) continue;
    cycle_cut cut;
    if (!extract(from, goal, f, cut)) continue;
    std::vector<uint64_t> key;
    for (std::size_t i = 0; i < cut.edges.size(); ++i)
      key.push_back(uint64_t{cut.edges[i]} * 2 + (cut.in_f[i] != 0 ? 1U : 0U));
    std::sort(key.begin(), key.end());
    if (!seen_.insert(std::move(key)).second) continue;
    out.push_back(std::move(cut));
    ++found;
  }
  for (const uint32_t t : touched)
    dist_[t] = inf;  // leave the scratch array clean for the next call
  start_ = (start_ + 1) % std::max<uint32_t>(n, 1);
  return found;
}

// Turns the path goal <- ... <- from into a simple cycle with odd parity. If the walk visits a
// vertex twice it is split there: the two closed walks have parities adding up to odd and
// lengths adding up to less than 1, so the odd one is violated too.
bool odd_cycle_separator::extract(uint32_t from, uint32_t goal, const double* f,
                                  cycle_cut& cut) const {
  std::vector<uint32_t> nodes;  // doubled nodes from goal back to from
  std::vector<uint32_t> edges;
  for (uint32_t a = goal; a != from; a = via_node_[a]) {
    nodes.push_back(a);
    edges.push_back(via_edge_[a]);
  }
  nodes.push_back(from);
  // Walk i goes nodes[i] -> nodes[i+1] over edges[i]; parity of a step = layer change.
  for (;;) {
    bool split = false;
    std::unordered_map<uint32_t, std::size_t> first;
    for (std::size_t i = 0; i + 1 < nodes.size() && !split; ++i) {
      const uint32_t v = nodes[i] / 2;
      const auto [it, fresh] = first.emplace(v, i);
      if (fresh) continue;
      const std::size_t p = it->second;
      // Closed sub-walk nodes[p..i]; its layer change is nodes[p] vs nodes[i].
      const bool odd = (nodes[p] % 2) != (nodes[i] % 2);
      if (odd) {
        nodes = std::vector<uint32_t>(nodes.begin() + static_cast<std::ptrdiff_t>(p),
                                      nodes.begin() + static_cast<std::ptrdiff_t>(i) + 1);
        edges = std::vector<uint32_t>(edges.begin() + static_cast<std::ptrdiff_t>(p),
                                      edges.begin() + static_cast<std::ptrdiff_t>(i));
      } else {
        nodes.erase(nodes.begin() + static_cast<std::ptrdiff_t>(p) + 1,
                    nodes.begin() + static_cast<std::ptrdiff_t>(i) + 1);
        edges.erase(edges.begin() + static_cast<std::ptrdiff_t>(p),
                    edges.begin() + static_cast<std::ptrdiff_t>(i));
      }
      split = true;
    }
    if (!split) break;
  }
  if (edges.size() < 3) return false;
  double length = 0.0;
  for (std::size_t i = 0; i < edges.size(); ++i) {
    const auto& e = g_->edges[edges[i]];
    const bool layer_change = (nodes[i] % 2) != (nodes[i + 1] % 2);
    const bool in_f = layer_change == e.positive;  // switched "the other way" from its sign
    const double x = std::clamp(f[edges[i]], 0.0, 1.0);
    length += in_f ? 1.0 - x : x;
    cut.edges.push_back(edges[i]);
    cut.in_f.push_back(in_f ? 1 : 0);
  }
  return length < 1.0 - 1e-6;
}

}  // namespace geokg::analysis::detail
