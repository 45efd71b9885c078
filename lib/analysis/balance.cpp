// SPDX-License-Identifier: MIT
// The signed triad census and the text tables of the balance results. The partition solvers are
// in frustration.cpp.
#include "geokg/analysis/balance.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <numeric>
#include <string>
#include <vector>

namespace geokg::analysis {

namespace {

std::string pad(std::string s, std::size_t width) {
  if (s.size() < width) s.append(width - s.size(), ' ');
  return s;
}

std::string fixed(double x, int digits) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", digits, x);
  return buffer;
}

std::string row(std::string_view label, const std::string& value) {
  return "  " + pad(std::string(label), 20) + value + "\n";
}

std::string bounds_rows(std::uint64_t value, std::uint64_t lower, std::uint64_t upper,
                        bool optimal) {
  return row("value", std::to_string(value) + (optimal ? " (optimal)" : " (not proven optimal)")) +
         row("bounds", std::to_string(lower) + " <= optimum <= " + std::to_string(upper));
}

// The members of each group, by actor id, one line per group.
std::string members(const std::vector<int>& group, int groups, const signed_graph& g,
                    const knowledge_graph& kg, std::string_view what) {
  std::string out;
  for (int c = 0; c < groups; ++c) {
    std::string line;
    std::size_t count = 0;
    for (std::size_t v = 0; v < group.size(); ++v) {
      if (group[v] != c) continue;
      line += (count++ == 0 ? "" : ", ") + kg[g.actors[v]].id.str();
    }
    out += "  " + std::string(what) + " " + std::to_string(c) + " (" + std::to_string(count) +
           "): " + line + "\n";
  }
  return out;
}

std::string edge_lines(const std::vector<std::size_t>& edges, const signed_graph& g,
                       const knowledge_graph& kg) {
  std::string out;
  for (const std::size_t i : edges) {
    const auto& e = g.edges[i];
    out += "    " + kg[g.actors[e.u]].id.str() + " " + std::string(to_string(e.polarity)) + " " +
           kg[g.actors[e.v]].id.str() + "\n";
  }
  return out;
}

std::string sizes(const std::vector<int>& group, int groups) {
  std::vector<std::size_t> count(static_cast<std::size_t>(std::max(groups, 0)), 0);
  for (const int c : group) {
    if (c >= 0 && c < groups) ++count[static_cast<std::size_t>(c)];
  }
  std::string out;
  for (std::size_t c = 0; c < count.size(); ++c)
    out += (c == 0 ? "" : " + ") + std::to_string(count[c]);
  return out + " vertices";
}

}  // namespace

triad_census count_triads(const signed_graph& g) {
  validate(g);
  const std::size_t n = g.num_vertices();
  // Rank vertices by (degree, number); orient each edge towards the higher rank. Every vertex
  // then has O(sqrt(E)) out-neighbours, and each triangle is found once, from its lowest vertex.
  std::vector<std::size_t> degree(n, 0);
  for (const auto& e : g.edges)
    ++degree[e.u], ++degree[e.v];
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return degree[a] != degree[b] ? degree[a] < degree[b] : a < b;
  });
  std::vector<std::size_t> rank(n);
  for (std::size_t i = 0; i < n; ++i)
    rank[order[i]] = i;
  // Out-adjacency in compressed rows: (target, negative?).
  std::vector<std::size_t> start(n + 1, 0);
  for (const auto& e : g.edges)
    ++start[(rank[e.u] < rank[e.v] ? e.u : e.v) + 1];
  std::partial_sum(start.begin(), start.end(), start.begin());
  std::vector<std::uint32_t> target(g.edges.size());
  std::vector<std::uint8_t> negative(g.edges.size());
  std::vector<std::size_t> fill(start.begin(), start.end() - 1);
  for (const auto& e : g.edges) {
    const bool forward = rank[e.u] < rank[e.v];
    const std::size_t slot = fill[forward ? e.u : e.v]++;
    target[slot] = forward ? e.v : e.u;
    negative[slot] = e.polarity == sign::negative ? 1 : 0;
  }
  // mark[w] = 1 + (sign of u-w is negative) for the out-neighbours w of the current u.
  std::vector<std::uint8_t> mark(n, 0);
  std::uint64_t by_negatives[4] = {0, 0, 0, 0};
  for (std::size_t u = 0; u < n; ++u) {
    for (std::size_t i = start[u]; i < start[u + 1]; ++i)
      mark[target[i]] = static_cast<std::uint8_t>(1 + negative[i]);
    for (std::size_t i = start[u]; i < start[u + 1]; ++i) {
      const std::size_t v = target[i];
      for (std::size_t j = start[v]; j < start[v + 1]; ++j) {
        const std::size_t w = target[j];
        if (mark[w] == 0) continue;
        ++by_negatives[negative[i] + negative[j] + (mark[w] - 1)];
      }
    }
    for (std::size_t i = start[u]; i < start[u + 1]; ++i)
      mark[target[i]] = 0;
  }
  return {by_negatives[0], by_negatives[1], by_negatives[2], by_negatives[3]};
}

std::string to_string(const triad_census& t) {
  return "signed triad census\n" + row("+++ (balanced)", std::to_string(t.ppp)) +
         row("++- (unbalanced)", std::to_string(t.ppn)) +
         row("+-- (balanced)", std::to_string(t.pnn)) +
         row("--- (unbalanced)", std::to_string(t.nnn)) +
         row("balanced", std::to_string(t.balanced())) +
         row("unbalanced", std::to_string(t.unbalanced())) +
         row("triangles", std::to_string(t.total())) +
         row("degree of balance", fixed(t.degree_of_balance(), 6));
}

std::uint64_t frustration_count(const signed_graph& g, std::span<const int> side) {
  std::uint64_t count = 0;
  for (const auto& e : g.edges) {
    const bool same = side[e.u] == side[e.v];
    count += (e.polarity == sign::positive ? !same : same) ? 1U : 0U;
  }
  return count;
}

std::string to_string(const signed_partition& p) {
  // The frustration index speaks of two groups and frustrated edges, k-bloc clustering of blocs
  // (as many as are used) and violating edges.
  const bool two = p.problem == partition_problem::frustration;
  const std::string title =
      two ? "frustration index" : "signed blocs (k = " + std::to_string(p.k) + ")";
  const std::string groups =
      two ? row("groups", sizes(p.group, 2))
          : row("blocs", std::to_string(p.groups_used) + " used: " + sizes(p.group, p.groups_used));
  std::string numbers;
  for (const std::size_t i : p.violating_edges)
    numbers += (numbers.empty() ? "" : " ") + std::to_string(i);
  return title + "\n" + bounds_rows(p.value, p.lower, p.upper, p.optimal) + groups +
         row(two ? "frustrated edges" : "violating edges",
             std::to_string(p.violating_edges.size()) + " (" + std::to_string(p.positive_between) +
                 " positive between, " + std::to_string(p.negative_within) + " negative within)") +
         row("edge numbers", numbers.empty() ? "-" : numbers) + row("seconds", fixed(p.seconds, 3));
}

std::string to_string(const signed_partition& p, const signed_graph& g, const knowledge_graph& kg) {
  const bool two = p.problem == partition_problem::frustration;
  return to_string(p) + members(p.group, two ? 2 : p.groups_used, g, kg, two ? "group" : "bloc") +
         (two ? "  frustrated edges:\n" : "  violating edges:\n") +
         edge_lines(p.violating_edges, g, kg);
}

}  // namespace geokg::analysis
