// SPDX-License-Identifier: MIT
// The frustration index and k-bloc clustering: reductions, block decomposition, local search,
// combinatorial lower bounds, and the exact binary programs solved by CBC. Nothing from CBC
// leaves this file.
#include "geokg/analysis/balance.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <numeric>
#include <queue>
#include <random>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/biconnected_components.hpp>
#include <boost/property_map/property_map.hpp>

#include <CbcModel.hpp>
#include <CglCutGenerator.hpp>
#include <CglGomory.hpp>
#include <ClpParameters.hpp>
#include <CoinError.hpp>
#include <CoinMessageHandler.hpp>
#include <CoinPackedMatrix.hpp>
#include <CoinPackedVector.hpp>
#include <CoinTime.hpp>
#include <OsiClpSolverInterface.hpp>
#include <OsiCuts.hpp>
#include <OsiRowCut.hpp>

#include "geokg/core/error.hpp"

namespace geokg::analysis {

namespace {

using clock_type = std::chrono::steady_clock;
using std::uint32_t;
using std::uint64_t;

constexpr int no_label = -1;

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

struct neighbour {
  uint32_t v = 0;
  uint32_t edge = 0;
  bool positive = true;
  uint64_t w = 1;
};

std::vector<std::vector<neighbour>> adjacency(const wgraph& g) {
  std::vector<std::vector<neighbour>> adj(g.n);
  for (std::size_t i = 0; i < g.edges.size(); ++i) {
    const auto& e = g.edges[i];
    const auto id = static_cast<uint32_t>(i);
    adj[e.u].push_back({e.v, id, e.positive, e.w});
    adj[e.v].push_back({e.u, id, e.positive, e.w});
  }
  return adj;
}

bool violated(const wedge& e, const std::vector<int>& label) {
  const bool same = label[e.u] == label[e.v];
  return e.positive ? !same : same;
}

uint64_t cost_of(const wgraph& g, const std::vector<int>& label) {
  uint64_t total = 0;
  for (const auto& e : g.edges)
    total += violated(e, label) ? e.w : 0;
  return total;
}

// The smallest label in [0, k) other than a and b (k >= 3, or k >= 2 when a == b).
int other_label(int k, int a, int b) {
  for (int c = 0; c < k; ++c) {
    if (c != a && c != b) return c;
  }
  GEOKG_ASSERT(false);
  return 0;
}

// --- reductions ----------------------------------------------------------------------------------
//
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

// --- biconnected blocks --------------------------------------------------------------------------

// The edge sets of the biconnected blocks of a graph (Boost's Hopcroft-Tarjan), each with its
// vertices renumbered 0 .. size-1.
struct block {
  wgraph graph;
  std::vector<uint32_t> vertices;  // block vertex -> vertex of the split graph
};

std::vector<block> split_blocks(const wgraph& g) {
  using undirected =
      boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                            boost::property<boost::edge_index_t, std::size_t>>;
  undirected ug(g.n);
  for (std::size_t i = 0; i < g.edges.size(); ++i)
    boost::add_edge(g.edges[i].u, g.edges[i].v, i, ug);
  std::vector<std::size_t> component(g.edges.size(), 0);
  const auto count = boost::biconnected_components(
      ug, boost::make_iterator_property_map(component.begin(), boost::get(boost::edge_index, ug)));
  std::vector<block> blocks(count);
  std::vector<uint32_t> local(g.n, std::numeric_limits<uint32_t>::max());
  std::vector<std::vector<std::size_t>> members(count);
  for (std::size_t i = 0; i < g.edges.size(); ++i)
    members[component[i]].push_back(i);
  for (std::size_t b = 0; b < count; ++b) {
    auto& blk = blocks[b];
    const auto id = [&](uint32_t v) {
      if (local[v] == std::numeric_limits<uint32_t>::max()) {
        local[v] = static_cast<uint32_t>(blk.vertices.size());
        blk.vertices.push_back(v);
      }
      return local[v];
    };
    for (const std::size_t i : members[b]) {
      const auto& e = g.edges[i];
      const uint32_t u = id(e.u);
      const uint32_t v = id(e.v);
      blk.graph.edges.push_back({u, v, e.positive, e.w});
    }
    blk.graph.n = static_cast<uint32_t>(blk.vertices.size());
    for (const uint32_t v : blk.vertices)
      local[v] = std::numeric_limits<uint32_t>::max();
  }
  return blocks;
}

// Joins the blocks' labellings into one, walking the block-cut tree: a block reached through a
// cut vertex c has its labels permuted (two swapped) so that c keeps the label it already has.
std::vector<int> join_blocks(uint32_t n, const std::vector<block>& blocks,
                             const std::vector<std::vector<int>>& labels) {
  std::vector<int> label(n, no_label);
  std::vector<std::vector<uint32_t>> blocks_of(n);
  for (uint32_t b = 0; b < blocks.size(); ++b) {
    for (const uint32_t v : blocks[b].vertices)
      blocks_of[v].push_back(b);
  }
  std::vector<char> done(blocks.size(), 0);
  std::vector<uint32_t> queue;
  const auto place = [&](uint32_t b, uint32_t via) {
    const auto& blk = blocks[b];
    int from = 0;
    int to = 0;
    if (via != std::numeric_limits<uint32_t>::max()) {
      for (uint32_t i = 0; i < blk.vertices.size(); ++i) {
        if (blk.vertices[i] == via) from = labels[b][i];
      }
      to = label[via];
    }
    for (uint32_t i = 0; i < blk.vertices.size(); ++i) {
      const uint32_t v = blk.vertices[i];
      int l = labels[b][i];
      l = l == from ? to : l == to ? from : l;
      if (v == via) {
        GEOKG_ASSERT(label[v] == l);
        continue;
      }
      GEOKG_ASSERT(label[v] == no_label);  // a block-cut tree has no cycles
      label[v] = l;
      queue.push_back(v);
    }
    done[b] = 1;
  };
  for (uint32_t b0 = 0; b0 < blocks.size(); ++b0) {
    if (done[b0] != 0) continue;
    place(b0, std::numeric_limits<uint32_t>::max());
    while (!queue.empty()) {
      const uint32_t v = queue.back();
      queue.pop_back();
      for (const uint32_t b : blocks_of[v]) {
        if (done[b] == 0) place(b, v);
      }
    }
  }
  for (auto& l : label) {
    if (l == no_label) l = 0;
  }
  return label;
}

// --- local search --------------------------------------------------------------------------------
//
// Relocation search (Doreian & Mrvar 1996) on a weighted graph with k groups: a vertex moves to
// the group where its incident violations are fewest, until no move helps; then an iterated
// local search perturbs a vertex and some neighbours and descends again, keeping improvements.
// Starts alternate between spanning-tree switching (k == 2: the signs of a random BFS tree are all
// satisfied) and greedy insertion in random order.

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

struct heuristic_result {
  std::vector<int> label;
  uint64_t cost = 0;
};

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

// --- combinatorial lower bounds ------------------------------------------------------------------
//
// A fractional packing of cycles that every partition must violate: each such cycle needs at
// least one violated edge, so subtracting its smallest residual weight from all its edges and
// summing the amounts gives a valid lower bound (weak LP duality). For k == 2 the cycles are the
// unbalanced ones (odd number of negative edges; Harary 1953), found as fundamental cycles of BFS
// forests; for k >= 3 they are the cycles with exactly one negative edge (Davis 1967).

struct packing {
  uint64_t bound = 0;
  std::vector<std::vector<uint32_t>> cycles;  // edge lists, for the binary programs
};

packing pack_unbalanced_cycles(const wgraph& g, const deadline& limit) {
  packing out;
  std::vector<uint64_t> residual(g.edges.size());
  for (std::size_t i = 0; i < g.edges.size(); ++i)
    residual[i] = g.edges[i].w;
  const auto adj = adjacency(g);
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
        for (const auto& nb : adj[v]) {
          if (residual[nb.edge] == 0 || seen[nb.v] != 0) continue;
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
      if (residual[i] == 0 || tree[i] != 0) continue;
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
      uint64_t least = std::numeric_limits<uint64_t>::max();
      for (const uint32_t c : cycle)
        least = std::min(least, residual[c]);
      if (least == 0) continue;
      for (const uint32_t c : cycle)
        residual[c] -= least;
      out.bound += least;
      out.cycles.push_back(cycle);
    }
  }
  return out;
}

packing pack_one_negative_cycles(const wgraph& g, const deadline& limit) {
  packing out;
  std::vector<uint64_t> residual(g.edges.size());
  for (std::size_t i = 0; i < g.edges.size(); ++i)
    residual[i] = g.edges[i].w;
  const auto adj = adjacency(g);
  std::vector<uint32_t> parent_edge(g.n);
  std::vector<char> seen(g.n);
  std::vector<uint32_t> queue;
  bool any = false;  // the first negative edge is always tried, so a spent budget yields a bound
  for (uint32_t i = 0; i < g.edges.size() && (!any || !limit.passed()); ++i) {
    const auto& e = g.edges[i];
    if (e.positive) continue;
    any = true;
    while (residual[i] > 0) {
      // Shortest positive path from e.u to e.v over edges with residual weight.
      std::fill(seen.begin(), seen.end(), 0);
      seen[e.u] = 1;
      queue.assign(1, e.u);
      for (std::size_t head = 0; head < queue.size() && seen[e.v] == 0; ++head) {
        const uint32_t v = queue[head];
        for (const auto& nb : adj[v]) {
          if (!nb.positive || residual[nb.edge] == 0 || seen[nb.v] != 0) continue;
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
      uint64_t least = std::numeric_limits<uint64_t>::max();
      for (const uint32_t c : cycle)
        least = std::min(least, residual[c]);
      for (const uint32_t c : cycle)
        residual[c] -= least;
      out.bound += least;
      out.cycles.push_back(std::move(cycle));
    }
  }
  return out;
}

// --- odd-cycle separation ------------------------------------------------------------------------
//
// With f_e in [0, 1] the (fractional) frustration of edge e, every cycle C and every set F of its
// edges such that |F| + (negative edges of C) is odd give the valid inequality
//     sum_{e in C \ F} f_e + sum_{e in F} (1 - f_e) >= 1,
// since the frustrated edges of a cycle have the parity of its negative edges. These are the cycle
// inequalities of the cut polytope; a most violated one is a shortest path between the two copies
// of a vertex in a doubled graph (Barahona & Mahjoub 1986), where an edge keeps or switches the
// copy according to its sign, with length f_e, or switches the other way with length 1 - f_e.

struct cycle_cut {
  std::vector<uint32_t> edges;
  std::vector<char> in_f;  // whether the edge is in F (appears as 1 - f_e)
};

class odd_cycle_separator {
 public:
  explicit odd_cycle_separator(const wgraph& g)
      : g_(&g),
        adj_(adjacency(g)),
        dist_(2 * std::size_t{g.n}, inf),
        via_edge_(2 * std::size_t{g.n}),
        via_node_(2 * std::size_t{g.n}) {}

  // Appends violated inequalities (at most one per start vertex, none seen before).
  std::size_t separate(const double* f, std::size_t max_cuts, std::vector<cycle_cut>& out) {
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

  // The left side of a cut, sum coef * f, and its right-hand side: coefficient +1 for edges not
  // in F, -1 for edges in F; right side 1 - |F|.
  static double rhs(const cycle_cut& c) {
    double r = 1.0;
    for (const char x : c.in_f)
      r -= x != 0 ? 1.0 : 0.0;
    return r;
  }

 private:
  static constexpr double inf = std::numeric_limits<double>::infinity();

  template <class Heap>
  void relax(Heap& heap, std::vector<uint32_t>& touched, uint32_t a, uint32_t b, double d,
             uint32_t edge) {
    if (dist_[b] == inf) touched.push_back(b);
    if (d < dist_[b] - 1e-12) {
      dist_[b] = d;
      via_edge_[b] = edge;
      via_node_[b] = a;
      heap.emplace(d, b);
    }
  }

  // Turns the path goal <- ... <- from into a simple cycle with odd parity. If the walk visits a
  // vertex twice it is split there: the two closed walks have parities adding up to odd and
  // lengths adding up to less than 1, so the odd one is violated too.
  bool extract(uint32_t from, uint32_t goal, const double* f, cycle_cut& cut) const {
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

  const wgraph* g_;
  std::vector<std::vector<neighbour>> adj_;
  std::vector<double> dist_;
  std::vector<uint32_t> via_edge_;
  std::vector<uint32_t> via_node_;
  std::set<std::vector<uint64_t>> seen_;
  uint32_t start_ = 0;
};

// --- CBC -----------------------------------------------------------------------------------------

void silence(OsiClpSolverInterface& lp) {
  lp.messageHandler()->setLogLevel(0);
  lp.setHintParam(OsiDoReducePrint, true, OsiHintTry);
}

CoinPackedVector cut_row(const cycle_cut& c, int offset) {
  CoinPackedVector row;
  for (std::size_t i = 0; i < c.edges.size(); ++i)
    row.insert(offset + static_cast<int>(c.edges[i]), c.in_f[i] != 0 ? -1.0 : 1.0);
  return row;
}

// Odd-cycle cuts inside CBC's branch and bound, on the frustration columns.
class odd_cycle_generator : public CglCutGenerator {
 public:
  odd_cycle_generator(const wgraph& g, int offset) : g_(&g), offset_(offset), separator_(g) {}
  // CBC's interface: clone() hands CBC a raw pointer that CBC owns and deletes (CbcModel keeps
  // copies of its cut generators). The only raw `new` in geokg, and it is CBC's contract.
  CglCutGenerator* clone() const override { return new odd_cycle_generator(*this); }
  void generateCuts(const OsiSolverInterface& si, OsiCuts& cs, const CglTreeInfo) override {
    const double* x = si.getColSolution() + offset_;
    std::vector<cycle_cut> cuts;
    separator_.separate(x, std::max<std::size_t>(10, g_->n), cuts);
    for (const auto& c : cuts) {
      OsiRowCut rc;
      const CoinPackedVector row = cut_row(c, offset_);
      rc.setRow(row);
      rc.setLb(odd_cycle_separator::rhs(c));
      rc.setUb(COIN_DBL_MAX);
      rc.setGloballyValid(true);
      cs.insertIfNotDuplicate(rc);
    }
  }

 private:
  const wgraph* g_;
  int offset_;
  odd_cycle_separator separator_;
};

// Cuts sum_{e in C} f_e >= 1 for cycles C with exactly one negative edge (no clustering satisfies
// them all), inside CBC's branch and bound: for each negative edge (u, v), a shortest path from u
// to v over positive edges with lengths f_e, violated if shorter than 1 - f_uv.
class one_negative_cycle_generator : public CglCutGenerator {
 public:
  one_negative_cycle_generator(const wgraph& g, int offset)
      : g_(&g),
        offset_(offset),
        adj_(adjacency(g)),
        dist_(g.n, std::numeric_limits<double>::infinity()),
        via_(g.n) {}
  // As above: CBC owns the pointer clone() returns.
  CglCutGenerator* clone() const override { return new one_negative_cycle_generator(*this); }
  void generateCuts(const OsiSolverInterface& si, OsiCuts& cs, const CglTreeInfo) override {
    const double* f = si.getColSolution() + offset_;
    const double inf = std::numeric_limits<double>::infinity();
    const std::size_t max_cuts = std::max<std::size_t>(10, g_->n);
    std::size_t found = 0;
    using item = std::pair<double, uint32_t>;
    std::vector<uint32_t> touched;
    for (uint32_t i = 0; i < g_->edges.size() && found < max_cuts; ++i) {
      const auto& e = g_->edges[i];
      if (e.positive) continue;
      const double budget = 1.0 - std::clamp(f[i], 0.0, 1.0) - 1e-6;
      if (budget <= 0.0) continue;
      for (const uint32_t t : touched)
        dist_[t] = inf;
      touched.assign(1, e.u);
      dist_[e.u] = 0.0;
      std::priority_queue<item, std::vector<item>, std::greater<>> heap;
      heap.emplace(0.0, e.u);
      while (!heap.empty()) {
        const auto [d, v] = heap.top();
        heap.pop();
        if (d > dist_[v]) continue;
        if (v == e.v || d >= budget) break;
        for (const auto& nb : adj_[v]) {
          if (!nb.positive) continue;
          const double nd = d + std::clamp(f[nb.edge], 0.0, 1.0);
          if (dist_[nb.v] == inf) touched.push_back(nb.v);
          if (nd < dist_[nb.v] - 1e-12) {
            dist_[nb.v] = nd;
            via_[nb.v] = nb.edge;
            heap.emplace(nd, nb.v);
          }
        }
      }
      if (!(dist_[e.v] < budget)) continue;
      std::vector<uint32_t> cycle{i};
      for (uint32_t v = e.v; v != e.u;) {
        const auto& pe = g_->edges[via_[v]];
        cycle.push_back(via_[v]);
        v = pe.u == v ? pe.v : pe.u;
      }
      std::vector<uint32_t> key = cycle;
      std::sort(key.begin(), key.end());
      if (!seen_.insert(std::move(key)).second) continue;
      CoinPackedVector row;
      for (const uint32_t c : cycle)
        row.insert(offset_ + static_cast<int>(c), 1.0);
      OsiRowCut rc;
      rc.setRow(row);
      rc.setLb(1.0);
      rc.setUb(COIN_DBL_MAX);
      rc.setGloballyValid(true);
      cs.insertIfNotDuplicate(rc);
      ++found;
    }
    for (const uint32_t t : touched)
      dist_[t] = inf;
  }

 private:
  const wgraph* g_;
  int offset_;
  std::vector<std::vector<neighbour>> adj_;
  std::vector<double> dist_;
  std::vector<uint32_t> via_;
  std::set<std::vector<uint32_t>> seen_;
};

// A model's constraint rows, gathered as triplets and loaded in one go (appending rows one by
// one to a CoinPackedMatrix reallocates, quadratically in the worst case).
class row_set {
 public:
  void add(std::initializer_list<std::pair<int, double>> terms, double lower, double upper) {
    for (const auto& [column, value] : terms) {
      row_.push_back(static_cast<int>(lower_.size()));
      column_.push_back(column);
      value_.push_back(value);
    }
    lower_.push_back(lower);
    upper_.push_back(upper);
  }
  void add(const cycle_cut& c, int offset) {
    for (std::size_t i = 0; i < c.edges.size(); ++i) {
      row_.push_back(static_cast<int>(lower_.size()));
      column_.push_back(offset + static_cast<int>(c.edges[i]));
      value_.push_back(c.in_f[i] != 0 ? -1.0 : 1.0);
    }
    lower_.push_back(odd_cycle_separator::rhs(c));
    upper_.push_back(COIN_DBL_MAX);
  }
  void add_sum(const std::vector<int>& columns, double lower, double upper) {
    for (const int column : columns) {
      row_.push_back(static_cast<int>(lower_.size()));
      column_.push_back(column);
      value_.push_back(1.0);
    }
    lower_.push_back(lower);
    upper_.push_back(upper);
  }
  void load(OsiClpSolverInterface& solver, const std::vector<double>& column_lower,
            const std::vector<double>& column_upper, const std::vector<double>& objective) const {
    CoinPackedMatrix matrix(false, row_.data(), column_.data(), value_.data(),
                            static_cast<CoinBigIndex>(value_.size()));
    matrix.setDimensions(static_cast<int>(lower_.size()), static_cast<int>(objective.size()));
    solver.loadProblem(matrix, column_lower.data(), column_upper.data(), objective.data(),
                       lower_.data(), upper_.data());
  }

 private:
  std::vector<int> row_;
  std::vector<int> column_;
  std::vector<double> value_;
  std::vector<double> lower_;
  std::vector<double> upper_;
};

struct exact_result {
  std::vector<int> label;  // empty if no better partition was found
  uint64_t cost = 0;
  uint64_t lower = 0;
  bool optimal = false;
};

uint64_t ceil_bound(double x) {
  if (!(x > 0.0)) return 0;
  return static_cast<uint64_t>(std::ceil(x - 1e-6));
}

struct cut_source {
  CglCutGenerator* generator = nullptr;
  int how_often = -1;  // CBC: 1 = every node, -1 = root, then as often as it pays
  const char* name = "";
};

// Sets up CBC quietly with a time limit, the incumbent as a starting solution and integral
// objective steps, runs it, and reads back bounds and the best solution.
void run_cbc(CbcModel& model, double seconds, const std::vector<double>& start, double start_cost,
             std::initializer_list<cut_source> generators, bool light_nodes) {
  model.setLogLevel(0);
  model.messageHandler()->setLogLevel(0);
  model.solver()->messageHandler()->setLogLevel(0);
  model.setUseElapsedTime(true);
  model.setMaximumSeconds(std::max(seconds, 0.01));
  model.setNumberThreads(0);
  // Costs are integers: a better solution is better by at least 1.
  model.setCutoffIncrement(0.999);
  model.setAllowableGap(0.999);
  for (const auto& gen : generators)
    model.addCutGenerator(gen.generator, gen.how_often, gen.name);
  model.setBestSolution(start.data(), static_cast<int>(start.size()), start_cost, true);
  if (light_nodes) {
    // The root was separated already (our own LP loop); in the tree one cut pass per node and
    // no strong branching keep nodes cheap, which pays more than better branching choices here.
    model.setNumberStrong(0);
    model.setNumberBeforeTrust(0);
    model.setMaximumCutPasses(1);
    model.setMaximumCutPassesAtRoot(1);
  }
  model.branchAndBound();
}

// Makes every LP inside CBC stop at the deadline too: CBC checks the clock between nodes only,
// and its root can take long on big models. The limit is on CPU time (user time of the process,
// which never runs backwards); returns the CPU time at which LPs stop.
double limit_lps(OsiClpSolverInterface& solver, const deadline& limit) {
  solver.getModelPtr()->setMaximumSeconds(limit.remaining());
  double stop = 0.0;
  solver.getModelPtr()->getDblParam(ClpMaxSeconds, stop);
  return stop;
}

// Whether CBC completed its search: then its incumbent (which started as ours) is optimal. After
// an interrupted search nothing of CBC's is trusted but its solution, which we recount: an LP
// stopped by the clock can make CBC drop a node as if it were infeasible and even report the
// search as complete. The CPU clock tells whether that can have happened.
bool cbc_finished(const CbcModel& model, const deadline& limit, double lp_deadline) {
  const int how = model.secondaryStatus();  // 0 searched, 1 nothing better than cutoff, 2 gap
  return model.status() == 0 && (how == 0 || how == 1 || how == 2) &&
         !model.isSecondsLimitReached() && !limit.passed() && CoinCpuTime() < lp_deadline;
}

// Exact frustration (k == 2) of one block by the AND/XOR model of Aref, Mason & Wilson (2020):
// x_v = side of v (the highest-degree vertex fixed to 0), f_e >= |x_u - x_v| for positive edges and
// f_e >= |x_u + x_v - 1| for negative ones, minimise sum w_e f_e. The root bound comes first from
// an edge-only LP with odd-cycle cuts (often tight enough to prove the heuristic optimal); the
// cuts that bind there seed CBC's model.
exact_result solve_frustration_exactly(const wgraph& g, const std::vector<int>& incumbent,
                                       uint64_t upper, uint64_t lower, double seconds) {
  exact_result out;
  out.lower = lower;
  const deadline limit(seconds);
  const int n = static_cast<int>(g.n);
  const int m = static_cast<int>(g.edges.size());

  // Root: min sum w f over 0 <= f <= 1 plus odd-cycle cuts, until none is violated, the bound
  // proves the incumbent, the bound stalls, or half the time is spent.
  std::vector<cycle_cut> kept_cuts;
  {
    OsiClpSolverInterface lp;
    silence(lp);
    CoinPackedMatrix empty(true, 0, 0);
    empty.setDimensions(0, m);
    std::vector<double> lo(static_cast<std::size_t>(m), 0.0);
    std::vector<double> hi(static_cast<std::size_t>(m), 1.0);
    std::vector<double> obj(static_cast<std::size_t>(m));
    for (std::size_t i = 0; i < g.edges.size(); ++i)
      obj[i] = static_cast<double>(g.edges[i].w);
    lp.loadProblem(empty, lo.data(), hi.data(), obj.data(), nullptr, nullptr);
    lp.initialSolve();
    odd_cycle_separator separator(g);
    std::vector<cycle_cut> cuts;
    std::vector<double> history;
    const double root_share = seconds * 0.5;
    const deadline root_limit(root_share);
    while (lp.isProvenOptimal() && !root_limit.passed()) {
      const double bound = lp.getObjValue();
      out.lower = std::max(out.lower, ceil_bound(bound));
      if (out.lower >= upper) break;
      history.push_back(bound);
      if (history.size() > 30 && bound - history[history.size() - 31] < 1e-3) break;
      const std::size_t before = cuts.size();
      separator.separate(lp.getColSolution(), 2 * g.n + 10, cuts);
      if (cuts.size() == before) break;
      for (std::size_t i = before; i < cuts.size(); ++i)
        lp.addRow(cut_row(cuts[i], 0), odd_cycle_separator::rhs(cuts[i]), COIN_DBL_MAX);
      lp.getModelPtr()->setMaximumWallSeconds(root_limit.remaining());
      lp.resolve();
    }
    if (lp.isProvenOptimal()) {
      // Only the cuts that bind at the root optimum go on; the rest would slow every node.
      out.lower = std::max(out.lower, ceil_bound(lp.getObjValue()));
      const double* activity = lp.getRowActivity();
      for (std::size_t i = 0; i < cuts.size(); ++i) {
        if (activity[i] <= odd_cycle_separator::rhs(cuts[i]) + 1e-6) kept_cuts.push_back(cuts[i]);
      }
    } else {
      kept_cuts = std::move(cuts);  // stopped by the clock: no optimum to tell which bind
    }
  }
  if (out.lower >= upper) {
    out.lower = upper;
    out.optimal = true;
    return out;
  }
  if (limit.passed()) return out;

  // Branch and bound on the full model.
  std::vector<std::size_t> degree(g.n, 0);
  for (const auto& e : g.edges)
    ++degree[e.u], ++degree[e.v];
  const auto fixed =
      static_cast<int>(std::max_element(degree.begin(), degree.end()) - degree.begin());
  const int columns = n + m;
  std::vector<double> lo(static_cast<std::size_t>(columns), 0.0);
  std::vector<double> hi(static_cast<std::size_t>(columns), 1.0);
  std::vector<double> obj(static_cast<std::size_t>(columns), 0.0);
  hi[static_cast<std::size_t>(fixed)] = 0.0;
  for (std::size_t i = 0; i < g.edges.size(); ++i)
    obj[static_cast<std::size_t>(n) + i] = static_cast<double>(g.edges[i].w);
  row_set rows;
  const double none = COIN_DBL_MAX;
  for (int i = 0; i < m; ++i) {
    const auto& e = g.edges[static_cast<std::size_t>(i)];
    const int f = n + i;
    const int u = static_cast<int>(e.u);
    const int v = static_cast<int>(e.v);
    if (e.positive) {  // f >= x_u - x_v, f >= x_v - x_u
      rows.add({{f, 1.0}, {u, -1.0}, {v, 1.0}}, 0.0, none);
      rows.add({{f, 1.0}, {u, 1.0}, {v, -1.0}}, 0.0, none);
    } else {  // f >= x_u + x_v - 1, f >= 1 - x_u - x_v
      rows.add({{f, 1.0}, {u, -1.0}, {v, -1.0}}, -1.0, none);
      rows.add({{f, 1.0}, {u, 1.0}, {v, 1.0}}, 1.0, none);
    }
  }
  for (const auto& c : kept_cuts)
    rows.add(c, n);
  OsiClpSolverInterface solver;
  silence(solver);
  rows.load(solver, lo, hi, obj);
  for (int c = 0; c < columns; ++c)
    solver.setInteger(c);

  std::vector<double> start(static_cast<std::size_t>(columns), 0.0);
  const int flip = incumbent[static_cast<std::size_t>(fixed)];
  for (std::size_t v = 0; v < g.n; ++v)
    start[v] = incumbent[v] == flip ? 0.0 : 1.0;
  for (std::size_t i = 0; i < g.edges.size(); ++i)
    start[static_cast<std::size_t>(n) + i] = violated(g.edges[i], incumbent) ? 1.0 : 0.0;

  const double lp_deadline = limit_lps(solver, limit);
  CbcModel model(solver);
  odd_cycle_generator odd(g, n);
  CglGomory gomory;
  run_cbc(model, limit.remaining(), start, static_cast<double>(upper),
          {{&odd, 1, "OddCycle"}, {&gomory, -1, "Gomory"}}, true);

  const double* best = model.bestSolution();
  if (best != nullptr) {
    std::vector<int> label(g.n);
    for (std::size_t v = 0; v < g.n; ++v)
      label[v] = best[v] > 0.5 ? 1 : 0;
    const uint64_t cost = cost_of(g, label);
    if (cost < upper) {
      out.label = std::move(label);
      out.cost = cost;
      upper = cost;
    }
  }
  if (cbc_finished(model, limit, lp_deadline)) out.lower = upper;
  out.lower = std::min(out.lower, upper);
  out.optimal = out.lower == upper;
  return out;
}

// Exact k-bloc clustering (k >= 3) of one block: x_{v,c} = 1 if v is in bloc c, one bloc per
// vertex; for a positive edge f_e >= x_{u,c} - x_{v,c}, for a negative one f_e >= x_{u,c} +
// x_{v,c} - 1, for every c; minimise sum w_e f_e. Labels are interchangeable, so the t-th vertex
// by decreasing degree may only use blocs 0 .. t (any partition can be renumbered so). The cycles
// of the lower-bound packing are added as cuts sum_{e in C} f_e >= 1.
exact_result solve_blocs_exactly(const wgraph& g, int k, const std::vector<int>& incumbent,
                                 uint64_t upper, uint64_t lower,
                                 const std::vector<std::vector<uint32_t>>& cycles, double seconds) {
  exact_result out;
  out.lower = lower;
  const deadline limit(seconds);
  const int n = static_cast<int>(g.n);
  const int m = static_cast<int>(g.edges.size());
  k = std::min(k, n);
  std::vector<std::size_t> degree(g.n, 0);
  for (const auto& e : g.edges)
    ++degree[e.u], ++degree[e.v];
  std::vector<uint32_t> order(g.n);
  std::iota(order.begin(), order.end(), 0U);
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return degree[a] > degree[b]; });
  const auto x = [&](int v, int c) { return v * k + c; };
  const int columns = n * k + m;
  std::vector<double> lo(static_cast<std::size_t>(columns), 0.0);
  std::vector<double> hi(static_cast<std::size_t>(columns), 1.0);
  std::vector<double> obj(static_cast<std::size_t>(columns), 0.0);
  for (int t = 0; t < n; ++t) {
    for (int c = t + 1; c < k; ++c)
      hi[static_cast<std::size_t>(x(static_cast<int>(order[static_cast<std::size_t>(t)]), c))] =
          0.0;
  }
  for (std::size_t i = 0; i < g.edges.size(); ++i)
    obj[static_cast<std::size_t>(n * k) + i] = static_cast<double>(g.edges[i].w);
  row_set rows;
  const double none = COIN_DBL_MAX;
  std::vector<int> members(static_cast<std::size_t>(k));
  for (int v = 0; v < n; ++v) {  // one bloc per vertex
    for (int c = 0; c < k; ++c)
      members[static_cast<std::size_t>(c)] = x(v, c);
    rows.add_sum(members, 1.0, 1.0);
  }
  for (int i = 0; i < m; ++i) {
    const auto& e = g.edges[static_cast<std::size_t>(i)];
    const int f = n * k + i;
    const int u = static_cast<int>(e.u);
    const int v = static_cast<int>(e.v);
    for (int c = 0; c < k; ++c) {
      if (e.positive) {  // f >= x_uc - x_vc
        rows.add({{f, 1.0}, {x(u, c), -1.0}, {x(v, c), 1.0}}, 0.0, none);
      } else {  // f >= x_uc + x_vc - 1
        rows.add({{f, 1.0}, {x(u, c), -1.0}, {x(v, c), -1.0}}, -1.0, none);
      }
    }
  }
  for (const auto& cycle : cycles) {
    std::vector<int> fs;
    for (const uint32_t e : cycle)
      fs.push_back(n * k + static_cast<int>(e));
    rows.add_sum(fs, 1.0, none);
  }
  OsiClpSolverInterface solver;
  silence(solver);
  rows.load(solver, lo, hi, obj);
  for (int c = 0; c < columns; ++c)
    solver.setInteger(c);

  // The incumbent renumbered by first appearance in `order`, which respects the bounds above.
  std::vector<int> relabelled(g.n);
  int next = 0;
  std::unordered_map<int, int> names;
  for (const uint32_t v : order) {
    const auto [it, fresh] = names.emplace(incumbent[v], next);
    if (fresh) ++next;
    relabelled[v] = it->second;
  }
  std::vector<double> start(static_cast<std::size_t>(columns), 0.0);
  for (int v = 0; v < n; ++v)
    start[static_cast<std::size_t>(x(v, relabelled[static_cast<std::size_t>(v)]))] = 1.0;
  for (std::size_t i = 0; i < g.edges.size(); ++i)
    start[static_cast<std::size_t>(n * k) + i] = violated(g.edges[i], incumbent) ? 1.0 : 0.0;

  const double lp_deadline = limit_lps(solver, limit);
  CbcModel model(solver);
  CglGomory gomory;
  one_negative_cycle_generator cycles_cuts(g, n * k);
  run_cbc(model, limit.remaining(), start, static_cast<double>(upper),
          {{&cycles_cuts, 1, "OneNegativeCycle"}, {&gomory, -1, "Gomory"}}, false);

  const double* best = model.bestSolution();
  if (best != nullptr) {
    std::vector<int> label(g.n, 0);
    for (int v = 0; v < n; ++v) {
      for (int c = 0; c < k; ++c) {
        if (best[x(v, c)] > 0.5) label[static_cast<std::size_t>(v)] = c;
      }
    }
    const uint64_t cost = cost_of(g, label);
    if (cost < upper) {
      out.label = std::move(label);
      out.cost = cost;
      upper = cost;
    }
  }
  if (cbc_finished(model, limit, lp_deadline)) out.lower = upper;
  out.lower = std::min(out.lower, upper);
  out.optimal = out.lower == upper;
  return out;
}

// --- the driver shared by both measures ----------------------------------------------------------

struct partition_outcome {
  std::vector<int> label;  // per vertex of the signed graph
  uint64_t lower = 0;
  uint64_t upper = 0;
};

partition_outcome solve_partition(const signed_graph& g, int k, solve_method method, double seconds,
                                  std::uint64_t seed, unsigned restarts) {
  const deadline limit(seconds);
  const auto n = static_cast<uint32_t>(g.num_vertices());
  reducer r(n, k);
  for (const auto& e : g.edges) {
    r.add(e.u, e.v, e.polarity == sign::positive ? pair_cost{0, 1} : pair_cost{1, 0});
  }
  const reduced_graph reduced = r.run();
  const auto blocks = split_blocks(reduced.graph);

  struct block_state {
    std::vector<int> label;
    uint64_t lower = 0;
    uint64_t upper = 0;
    std::vector<std::vector<uint32_t>> cycles;
  };
  std::vector<block_state> state(blocks.size());
  // Phase 1: a partition and a lower bound for every block, fast.
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    const auto& bg = blocks[b].graph;
    auto h = heuristic(bg, k, seed + b, restarts, limit);
    auto p = k == 2 ? pack_unbalanced_cycles(bg, limit) : pack_one_negative_cycles(bg, limit);
    state[b].label = std::move(h.label);
    state[b].upper = h.cost;
    state[b].lower = std::min(p.bound, h.cost);
    state[b].cycles = std::move(p.cycles);
  }
  // Phase 2: the binary program for blocks whose bounds differ, small ones first, each given a
  // share of the remaining time proportional to its size (unused time passes on).
  if (method == solve_method::exact) {
    std::vector<std::size_t> open;
    std::size_t open_size = 0;
    for (std::size_t b = 0; b < blocks.size(); ++b) {
      if (state[b].lower < state[b].upper) {
        open.push_back(b);
        open_size += blocks[b].graph.edges.size();
      }
    }
    std::stable_sort(open.begin(), open.end(), [&](std::size_t a, std::size_t b) {
      return blocks[a].graph.edges.size() < blocks[b].graph.edges.size();
    });
    for (const std::size_t b : open) {
      if (limit.passed()) break;
      const auto size = blocks[b].graph.edges.size();
      const double share = limit.remaining() * static_cast<double>(size) /
                           static_cast<double>(std::max<std::size_t>(open_size, 1));
      open_size -= size;
      auto& st = state[b];
      const auto& bg = blocks[b].graph;
      exact_result x;
      try {
        x = k == 2 ? solve_frustration_exactly(bg, st.label, st.upper, st.lower, share)
                   : solve_blocs_exactly(bg, k, st.label, st.upper, st.lower, st.cycles, share);
      } catch (const CoinError& e) {
        throw error("geokg: the MILP solver (CBC) failed: " + e.message() + " in " + e.className() +
                    "::" + e.methodName());
      }
      if (!x.label.empty() && x.cost < st.upper) {
        st.label = std::move(x.label);
        st.upper = x.cost;
      }
      st.lower = std::max(st.lower, std::min(x.lower, st.upper));
    }
  }

  partition_outcome out;
  std::vector<std::vector<int>> block_labels(blocks.size());
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    block_labels[b] = std::move(state[b].label);
    out.lower += state[b].lower;
    out.upper += state[b].upper;
  }
  const auto kernel = join_blocks(reduced.graph.n, blocks, block_labels);
  GEOKG_ASSERT(cost_of(reduced.graph, kernel) == out.upper);
  out.label.assign(n, no_label);
  for (std::size_t i = 0; i < reduced.kept.size(); ++i)
    out.label[reduced.kept[i]] = kernel[i];
  reconstruct(reduced, k, out.label);
  out.lower += reduced.constant;
  out.upper += reduced.constant;
  return out;
}

void check_budget(double seconds, unsigned restarts) {
  if (!(seconds >= 0.0)) {
    throw data_error(errc::invalid_value, "time_limit_seconds must be a non-negative number, not " +
                                              std::to_string(seconds));
  }
  if (restarts == 0) throw data_error(errc::invalid_value, "restarts must be at least 1");
}

double since(clock_type::time_point start) {
  return std::chrono::duration<double>(clock_type::now() - start).count();
}

}  // namespace

frustration_result frustration_index(const signed_graph& g, const frustration_options& options) {
  const auto start = clock_type::now();
  validate(g);
  check_budget(options.time_limit_seconds, options.restarts);
  auto outcome = solve_partition(g, 2, options.method, options.time_limit_seconds, options.seed,
                                 options.restarts);
  frustration_result r;
  // Canonical sides: in each connected component the lowest-numbered vertex is in group 0.
  const std::size_t n = g.num_vertices();
  std::vector<std::size_t> root(n);
  std::iota(root.begin(), root.end(), std::size_t{0});
  const auto find = [&](std::size_t v) {
    while (root[v] != v)
      v = root[v] = root[root[v]];
    return v;
  };
  for (const auto& e : g.edges) {
    const auto a = find(e.u);
    const auto b = find(e.v);
    if (a != b) root[std::max(a, b)] = std::min(a, b);  // the lowest vertex stays the root
  }
  r.side.resize(n);
  for (std::size_t v = 0; v < n; ++v) {
    const auto c = find(v);
    r.side[v] = outcome.label[v] == outcome.label[c] ? 0 : 1;
  }
  for (std::size_t i = 0; i < g.edges.size(); ++i) {
    const auto& e = g.edges[i];
    const bool same = r.side[e.u] == r.side[e.v];
    if (e.polarity == sign::positive && !same) {
      r.frustrated_edges.push_back(i);
      ++r.positive_between;
    } else if (e.polarity == sign::negative && same) {
      r.frustrated_edges.push_back(i);
      ++r.negative_within;
    }
  }
  r.value = r.frustrated_edges.size();
  GEOKG_ASSERT(r.value == outcome.upper);
  r.upper = outcome.upper;
  r.lower = std::min(outcome.lower, outcome.upper);
  r.optimal = r.lower == r.upper;
  r.seconds = since(start);
  return r;
}

bloc_partition signed_blocs(const signed_graph& g, int k, const bloc_options& options) {
  const auto start = clock_type::now();
  validate(g);
  check_budget(options.time_limit_seconds, options.restarts);
  if (k < 1) {
    throw data_error(errc::invalid_value,
                     "the number of blocs must be at least 1, not " + std::to_string(k));
  }
  const std::size_t n = g.num_vertices();
  bloc_partition p;
  p.k = k;
  std::vector<int> label(n, 0);
  uint64_t lower = 0;
  uint64_t upper = 0;
  const int labels = static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(k), n));
  if (labels >= 2) {
    auto outcome = solve_partition(g, labels, options.method, options.time_limit_seconds,
                                   options.seed, options.restarts);
    label = std::move(outcome.label);
    lower = outcome.lower;
    upper = outcome.upper;
  } else {
    upper = lower = g.num_negative();  // one bloc: every negative edge is inside it
  }
  // Canonical numbering: blocs in order of their first vertex.
  std::vector<int> rename(static_cast<std::size_t>(std::max(labels, 1)), no_label);
  p.bloc.resize(n);
  for (std::size_t v = 0; v < n; ++v) {
    auto& name = rename[static_cast<std::size_t>(label[v])];
    if (name == no_label) name = p.blocs_used++;
    p.bloc[v] = name;
  }
  for (std::size_t i = 0; i < g.edges.size(); ++i) {
    const auto& e = g.edges[i];
    const bool same = p.bloc[e.u] == p.bloc[e.v];
    if (e.polarity == sign::positive && !same) {
      p.violating_edges.push_back(i);
      ++p.positive_between;
    } else if (e.polarity == sign::negative && same) {
      p.violating_edges.push_back(i);
      ++p.negative_within;
    }
  }
  p.value = p.violating_edges.size();
  GEOKG_ASSERT(p.value == upper);
  p.upper = upper;
  p.lower = std::min(lower, upper);
  p.optimal = p.lower == p.upper;
  p.seconds = since(start);
  return p;
}

}  // namespace geokg::analysis
