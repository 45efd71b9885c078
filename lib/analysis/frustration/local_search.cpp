// SPDX-License-Identifier: MIT
// Relocation local search with restarts and perturbation (see local_search.hpp).
#include "local_search.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <random>
#include <utility>
#include <vector>

namespace geokg::analysis::detail {

namespace {

class local_search {
 public:
  local_search(const wgraph& g, int k)
      : g_(g),
        k_(static_cast<std::size_t>(k)),
        adj_(adjacency(g)),
        label_(g.n, 0),
        pos_in_(g.n * k_, 0),
        neg_in_(g.n * k_, 0),
        pos_total_(g.n, 0) {
    for (uint32_t v = 0; v < g.n; ++v) {
      for (const auto& nb : adj_[v])
        pos_total_[v] += nb.positive ? nb.w : 0;
    }
  }

  void set(const std::vector<int>& label) {
    label_ = label;
    std::fill(pos_in_.begin(), pos_in_.end(), 0);
    std::fill(neg_in_.begin(), neg_in_.end(), 0);
    total_ = 0;
    for (const auto& e : g_.edges) {
      tally(e.u, label_[e.v], e.positive, e.w, true);
      tally(e.v, label_[e.u], e.positive, e.w, true);
      total_ += violated(e, label_) ? e.w : 0;
    }
  }

  uint64_t total() const { return total_; }
  const std::vector<int>& labels() const { return label_; }

  // Moves single vertices while that helps; returns whether anything moved.
  bool descend(std::mt19937_64& rng, std::vector<std::pair<uint32_t, int>>* log) {
    std::vector<uint32_t> order(g_.n);
    std::iota(order.begin(), order.end(), 0U);
    std::shuffle(order.begin(), order.end(), rng);
    bool any = false;
    for (bool improved = true; improved;) {
      improved = false;
      for (const uint32_t v : order) {
        const int current = label_[v];
        int best = current;
        uint64_t best_cost = cost(v, current);
        for (int c = 0; c < static_cast<int>(k_); ++c) {
          const uint64_t x = cost(v, c);
          if (x < best_cost) best = c, best_cost = x;
        }
        if (best != current) {
          if (log != nullptr) log->emplace_back(v, current);
          move(v, best);
          improved = any = true;
        }
      }
    }
    return any;
  }

  void move(uint32_t v, int to) {
    const int from = label_[v];
    if (from == to) return;
    total_ = total_ - cost(v, from) + cost(v, to);
    for (const auto& nb : adj_[v]) {
      tally(nb.v, from, nb.positive, nb.w, false);
      tally(nb.v, to, nb.positive, nb.w, true);
    }
    label_[v] = to;
  }

  // The violations at v's edges if v were in group c.
  uint64_t cost(uint32_t v, int c) const {
    const std::size_t i = v * k_ + static_cast<std::size_t>(c);
    return pos_total_[v] - pos_in_[i] + neg_in_[i];
  }

  const std::vector<std::vector<neighbour>>& adj() const { return adj_; }

 private:
  void tally(uint32_t v, int group, bool positive, uint64_t w, bool add) {
    auto& cell = (positive ? pos_in_ : neg_in_)[v * k_ + static_cast<std::size_t>(group)];
    cell = add ? cell + w : cell - w;
  }

  const wgraph& g_;
  std::size_t k_;
  std::vector<std::vector<neighbour>> adj_;
  std::vector<int> label_;
  std::vector<uint64_t> pos_in_;  // [v * k + c]: weight of v's positive edges into group c
  std::vector<uint64_t> neg_in_;
  std::vector<uint64_t> pos_total_;
  uint64_t total_ = 0;
};

std::vector<int> tree_start(const local_search& s, uint32_t n, std::mt19937_64& rng) {
  std::vector<int> label(n, no_label);
  std::vector<uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0U);
  std::shuffle(order.begin(), order.end(), rng);
  std::vector<uint32_t> queue;
  std::vector<neighbour> nbs;
  for (const uint32_t root : order) {
    if (label[root] != no_label) continue;
    label[root] = 0;
    queue.assign(1, root);
    for (std::size_t head = 0; head < queue.size(); ++head) {
      const uint32_t v = queue[head];
      nbs = s.adj()[v];
      std::shuffle(nbs.begin(), nbs.end(), rng);
      for (const auto& nb : nbs) {
        if (label[nb.v] != no_label) continue;
        label[nb.v] = nb.positive ? label[v] : 1 - label[v];
        queue.push_back(nb.v);
      }
    }
  }
  return label;
}

std::vector<int> greedy_start(const local_search& s, uint32_t n, int k, std::mt19937_64& rng) {
  std::vector<int> label(n, no_label);
  std::vector<uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0U);
  std::shuffle(order.begin(), order.end(), rng);
  std::vector<uint64_t> cost(static_cast<std::size_t>(k));
  for (const uint32_t v : order) {
    std::fill(cost.begin(), cost.end(), 0);
    for (const auto& nb : s.adj()[v]) {
      const int l = label[nb.v];
      if (l == no_label) continue;
      for (int c = 0; c < k; ++c) {
        const bool same = c == l;
        if (nb.positive ? !same : same) cost[static_cast<std::size_t>(c)] += nb.w;
      }
    }
    label[v] = static_cast<int>(std::min_element(cost.begin(), cost.end()) - cost.begin());
  }
  return label;
}

}  // namespace

heuristic_result heuristic(const wgraph& g, int k, std::uint64_t seed, unsigned restarts,
                           const deadline& limit) {
  heuristic_result best{std::vector<int>(g.n, 0), cost_of(g, std::vector<int>(g.n, 0))};
  if (g.edges.empty()) return best;
  local_search s(g, k);
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<int> any_label(0, k - 1);
  std::vector<std::pair<uint32_t, int>> log;
  // Perturbation rounds per start: enough to escape shallow optima, bounded for big graphs.
  const unsigned rounds = std::min<unsigned>(200, 20 + g.n);
  for (unsigned r = 0; r < restarts; ++r) {
    s.set(k == 2 && r % 2 == 0 ? tree_start(s, g.n, rng) : greedy_start(s, g.n, k, rng));
    s.descend(rng, nullptr);
    if (s.total() < best.cost) best = {s.labels(), s.total()};
    for (unsigned round = 0; round < rounds && best.cost > 0; ++round) {
      if ((round & 7U) == 0 && limit.passed()) break;
      const uint64_t before = s.total();
      log.clear();
      // Kick: a random vertex and about half its neighbours to a random other group.
      const auto v = static_cast<uint32_t>(rng() % g.n);
      int to = any_label(rng);
      if (to == s.labels()[v]) to = (to + 1) % k;
      log.emplace_back(v, s.labels()[v]);
      s.move(v, to);
      for (const auto& nb : s.adj()[v]) {
        if ((rng() & 1U) != 0 && s.labels()[nb.v] != to) {
          log.emplace_back(nb.v, s.labels()[nb.v]);
          s.move(nb.v, to);
        }
      }
      s.descend(rng, &log);
      if (s.total() < best.cost) best = {s.labels(), s.total()};
      if (s.total() > before) {  // worse: undo, newest move first
        for (auto it = log.rbegin(); it != log.rend(); ++it)
          s.move(it->first, it->second);
      }
    }
    if (best.cost == 0 || limit.passed()) break;
  }
  return best;
}

}  // namespace geokg::analysis::detail
