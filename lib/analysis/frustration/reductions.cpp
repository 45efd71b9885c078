// SPDX-License-Identifier: MIT
// The exact reductions of degree 0, 1 and 2 (see reductions.hpp) and the reconstruction of the
// eliminated vertices' groups.
#include "reductions.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <unordered_map>
#include <vector>

#include "geokg/core/error.hpp"

namespace geokg::analysis::detail {

namespace {

class reducer {
 public:
  reducer(uint32_t n, int k) : k_(k), adj_(n), removed_(n, 0) {}

  void add(uint32_t a, uint32_t b, pair_cost c) {
    const auto it = adj_[a].find(b);
    if (it != adj_[a].end()) {
      slots_[it->second].cost.same += c.same;
      slots_[it->second].cost.diff += c.diff;
      normalise(it->second);
      return;
    }
    const auto id = static_cast<uint32_t>(slots_.size());
    slots_.push_back({a, b, c, true});
    adj_[a].emplace(b, id);
    adj_[b].emplace(a, id);
    normalise(id);
  }

  reduced_graph run() {
    reduced_graph out;
    std::vector<uint32_t> work;
    for (uint32_t v = 0; v < adj_.size(); ++v) {
      if (adj_[v].size() <= 2) work.push_back(v);
    }
    while (!work.empty()) {
      const uint32_t z = work.back();
      work.pop_back();
      if (removed_[z] != 0 || adj_[z].size() > 2) continue;
      reduction_step step;
      step.z = z;
      if (adj_[z].empty()) {
        step.what = reduction_step::kind::isolated;
      } else if (adj_[z].size() == 1) {
        const auto [a, id] = *adj_[z].begin();
        step.what = reduction_step::kind::leaf;
        step.a = a;
        step.za = slots_[id].cost;
        constant_ += std::min(step.za.same, step.za.diff);  // z joins a's group or leaves it
        drop(id);
        work.push_back(a);
      } else {
        auto it = adj_[z].begin();
        const auto [a, ida] = *it++;
        const auto [b, idb] = *it;
        step.what = reduction_step::kind::series;
        step.a = a;
        step.b = b;
        step.za = slots_[ida].cost;
        step.zb = slots_[idb].cost;
        drop(ida);
        drop(idb);
        const pair_cost through = series_cost(step.za, step.zb);
        add(a, b, through);
        work.push_back(a);
        work.push_back(b);
      }
      removed_[z] = 1;
      out.steps.push_back(step);
    }
    std::vector<uint32_t> number(adj_.size(), std::numeric_limits<uint32_t>::max());
    for (uint32_t v = 0; v < adj_.size(); ++v) {
      if (removed_[v] == 0) {
        number[v] = static_cast<uint32_t>(out.kept.size());
        out.kept.push_back(v);
      }
    }
    out.graph.n = static_cast<uint32_t>(out.kept.size());
    for (const auto& s : slots_) {
      if (!s.alive) continue;
      GEOKG_ASSERT(removed_[s.a] == 0 && removed_[s.b] == 0);
      const bool positive = s.cost.same == 0;
      out.graph.edges.push_back(
          {number[s.a], number[s.b], positive, positive ? s.cost.diff : s.cost.same});
    }
    out.constant = constant_;
    return out;
  }

  // The cheapest cost of the path a - z - b, given whether a and b share a group.
  pair_cost series_cost(pair_cost za, pair_cost zb) const {
    pair_cost c;
    // a, b together in group L: z in L, or z elsewhere.
    c.same = std::min(za.same + zb.same, za.diff + zb.diff);
    // a in L1, b in L2: z with a, z with b, or (k >= 3) z in a third group.
    c.diff = std::min(za.same + zb.diff, za.diff + zb.same);
    if (k_ >= 3) c.diff = std::min(c.diff, za.diff + zb.diff);
    return c;
  }

 private:
  struct slot {
    uint32_t a = 0;
    uint32_t b = 0;
    pair_cost cost{};
    bool alive = true;
  };

  void normalise(uint32_t id) {
    auto& c = slots_[id].cost;
    const uint64_t m = std::min(c.same, c.diff);
    constant_ += m;
    c.same -= m;
    c.diff -= m;
    if (c.same == 0 && c.diff == 0) drop(id);
  }

  void drop(uint32_t id) {
    auto& s = slots_[id];
    if (!s.alive) return;
    s.alive = false;
    adj_[s.a].erase(s.b);
    adj_[s.b].erase(s.a);
  }

  int k_;
  std::vector<std::unordered_map<uint32_t, uint32_t>> adj_;
  std::vector<slot> slots_;
  std::vector<char> removed_;
  uint64_t constant_ = 0;
};

}  // namespace

reduced_graph reduce(const wgraph& g, int k) {
  reducer r(g.n, k);
  for (const auto& e : g.edges)
    r.add(e.u, e.v, e.positive ? pair_cost{0, e.w} : pair_cost{e.w, 0});
  return r.run();
}

// Gives the eliminated vertices their groups, last eliminated first, each the cheapest choice
// given its neighbours (which are kept or eliminated later, hence already labelled).
void reconstruct(const reduced_graph& r, int k, std::vector<int>& label) {
  const auto pick = [](pair_cost c, bool same) { return same ? c.same : c.diff; };
  for (auto it = r.steps.rbegin(); it != r.steps.rend(); ++it) {
    const auto& s = *it;
    switch (s.what) {
      case reduction_step::kind::isolated:
        label[s.z] = 0;
        break;
      case reduction_step::kind::leaf: {
        const int la = label[s.a];
        label[s.z] = s.za.same <= s.za.diff ? la : other_label(k, la, la);
        break;
      }
      case reduction_step::kind::series: {
        const int la = label[s.a];
        const int lb = label[s.b];
        // Candidates: with a, with b, elsewhere; the cheapest wins (ties: the first).
        int best = la;
        uint64_t best_cost = pick(s.za, true) + pick(s.zb, la == lb);
        if (lb != la) {
          const uint64_t c = pick(s.za, false) + pick(s.zb, true);
          if (c < best_cost) best = lb, best_cost = c;
        }
        if (k >= 3 || la == lb) {
          const uint64_t c = pick(s.za, false) + pick(s.zb, false);
          if (c < best_cost) best = other_label(k, la, lb), best_cost = c;
        }
        label[s.z] = best;
        break;
      }
    }
  }
}

}  // namespace geokg::analysis::detail
