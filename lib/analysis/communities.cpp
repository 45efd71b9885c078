// SPDX-License-Identifier: MIT
// Blocs of the positive layer: connected components (Boost.Graph), Louvain communities (Blondel
// et al. 2008) and the comparison of two partitions by overlap.
#include "geokg/analysis/communities.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <numeric>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>

#include "geokg/core/error.hpp"

namespace geokg::analysis {

namespace {

// Renumbers labels by first appearance: the first vertex's label becomes 0, the next new one 1...
int renumber(std::vector<int>& label) {
  std::map<int, int> number;
  for (int& l : label) {
    const auto [it, fresh] = number.try_emplace(l, static_cast<int>(number.size()));
    l = it->second;
  }
  return static_cast<int>(number.size());
}

std::vector<std::size_t> count_sizes(const std::vector<int>& label, int count) {
  std::vector<std::size_t> n(static_cast<std::size_t>(std::max(count, 0)), 0);
  for (const int l : label) {
    if (l >= 0 && l < count) ++n[static_cast<std::size_t>(l)];
  }
  return n;
}

std::string fixed(double x, int digits) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", digits, x);
  return buffer;
}

// One line per group of two or more vertices, largest first (ties by group number), actor ids in
// vertex order; a count of the single vertices at the end.
std::string group_lines(const std::vector<int>& label, int count, const signed_graph& g,
                        const knowledge_graph& kg, std::string_view what) {
  const auto sizes = count_sizes(label, count);
  std::vector<int> order(static_cast<std::size_t>(std::max(count, 0)));
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return sizes[static_cast<std::size_t>(a)] > sizes[static_cast<std::size_t>(b)];
  });
  std::string out;
  std::size_t singles = 0;
  for (const int c : order) {
    const std::size_t size = sizes[static_cast<std::size_t>(c)];
    if (size < 2) {
      singles += size;
      continue;
    }
    std::string ids;
    for (std::size_t v = 0; v < label.size(); ++v) {
      if (label[v] == c) ids += (ids.empty() ? "" : ", ") + kg[g.actors[v]].id.str();
    }
    out += "  " + std::string(what) + " " + std::to_string(c) + " (" + std::to_string(size) +
           "): " + ids + "\n";
  }
  if (singles != 0) {
    out += "  and " + std::to_string(singles) + " actor" + (singles == 1 ? "" : "s") +
           " on their own\n";
  }
  return out;
}

// --- Louvain -------------------------------------------------------------------------------------

// A weighted undirected graph of one Louvain level: adjacency without self-loops, the self-loop
// weight (edges inside the vertex, once each) and the weighted degree (self-loops count twice).
struct level_graph {
  std::vector<std::vector<std::pair<std::size_t, double>>> adj;
  std::vector<double> loop;
  std::vector<double> degree;

  std::size_t size() const noexcept { return adj.size(); }
};

level_graph positive_level(const signed_graph& g) {
  level_graph lg;
  const std::size_t n = g.num_vertices();
  lg.adj.resize(n);
  lg.loop.assign(n, 0.0);
  lg.degree.assign(n, 0.0);
  for (const auto& e : g.edges) {
    if (e.polarity != sign::positive) continue;
    lg.adj[e.u].emplace_back(e.v, 1.0);
    lg.adj[e.v].emplace_back(e.u, 1.0);
    lg.degree[e.u] += 1.0;
    lg.degree[e.v] += 1.0;
  }
  return lg;
}

// A uniform integer in [0, bound) from the 64-bit generator by rejection, so that the shuffle is
// the same with every standard library (std::uniform_int_distribution is not specified exactly).
std::uint64_t below(std::mt19937_64& rng, std::uint64_t bound) {
  const std::uint64_t limit = ~std::uint64_t{0} - (~std::uint64_t{0} % bound);
  std::uint64_t x = rng();
  while (x >= limit)
    x = rng();
  return x % bound;
}

// Phase 1 of Blondel et al.: local moves until no vertex can raise the modularity. Returns the
// community of each vertex (numbers below size()) and whether any vertex moved.
//
// Moving an isolated vertex i into community C changes the modularity by
// (k_i,C - resolution * tot_C * k_i / 2m) / m, where k_i,C is the weight from i to C and tot_C
// the degree total of C; the common factor 1/m is dropped when comparing.
std::pair<std::vector<std::size_t>, bool> local_moves(const level_graph& lg, double m,
                                                      double resolution, std::mt19937_64& rng) {
  const std::size_t n = lg.size();
  std::vector<std::size_t> community(n);
  std::iota(community.begin(), community.end(), std::size_t{0});
  std::vector<double> total(lg.degree);
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  for (std::size_t i = n; i > 1; --i)  // Fisher-Yates
    std::swap(order[i - 1], order[below(rng, i)]);
  std::vector<double> weight_to(n, 0.0);
  std::vector<std::size_t> touched;
  bool any_move = false;
  // Each move raises the modularity by at least `epsilon`, so passes cannot cycle on rounding.
  constexpr double epsilon = 1e-12;
  for (bool moved = true; moved;) {
    moved = false;
    for (const std::size_t i : order) {
      const std::size_t own = community[i];
      const double k = lg.degree[i];
      touched.clear();
      touched.push_back(own);
      for (const auto& [j, w] : lg.adj[i]) {
        const std::size_t c = community[j];
        if (weight_to[c] == 0.0 && c != own) touched.push_back(c);
        weight_to[c] += w;
      }
      total[own] -= k;
      std::size_t best = own;
      double best_gain = weight_to[own] - resolution * total[own] * k / (2.0 * m);
      for (const std::size_t c : touched) {
        const double gain = weight_to[c] - resolution * total[c] * k / (2.0 * m);
        if (gain > best_gain + epsilon) best = c, best_gain = gain;
      }
      total[best] += k;
      for (const std::size_t c : touched)
        weight_to[c] = 0.0;
      if (best != own) {
        community[i] = best;
        moved = true;
        any_move = true;
      }
    }
  }
  return {community, any_move};
}

// Phase 2: the communities become vertices; edges between them add up, edges inside become
// self-loops. `community` is renumbered 0 .. count-1 in place.
level_graph aggregate(const level_graph& lg, std::vector<std::size_t>& community) {
  std::map<std::size_t, std::size_t> number;
  for (auto& c : community) {
    const auto [it, fresh] = number.try_emplace(c, number.size());
    c = it->second;
  }
  const std::size_t count = number.size();
  level_graph next;
  next.adj.resize(count);
  next.loop.assign(count, 0.0);
  next.degree.assign(count, 0.0);
  std::vector<std::map<std::size_t, double>> between(count);
  for (std::size_t i = 0; i < lg.size(); ++i) {
    const std::size_t ci = community[i];
    next.loop[ci] += lg.loop[i];
    next.degree[ci] += lg.degree[i];
    for (const auto& [j, w] : lg.adj[i]) {
      const std::size_t cj = community[j];
      if (ci == cj) {
        if (i < j) next.loop[ci] += w;  // each inner edge once
      } else {
        between[ci][cj] += w;
      }
    }
  }
  for (std::size_t c = 0; c < count; ++c) {
    for (const auto& [d, w] : between[c])
      next.adj[c].emplace_back(d, w);
  }
  return next;
}

void check(const louvain_options& o) {
  if (!(o.resolution > 0.0) || !std::isfinite(o.resolution)) {
    throw data_error(errc::invalid_value,
                     "resolution must be a positive number, not " + std::to_string(o.resolution));
  }
  if (!(o.threshold >= 0.0) || !std::isfinite(o.threshold)) {
    throw data_error(errc::invalid_value,
                     "threshold must be a non-negative number, not " + std::to_string(o.threshold));
  }
}

// --- bloc changes --------------------------------------------------------------------------------

// The members of each bloc as actor ids, in actor order.
std::string bloc_name(const bloc_membership& m, int bloc, const knowledge_graph& kg) {
  std::string ids;
  for (std::size_t i = 0; i < m.actors.size(); ++i) {
    if (m.bloc[i] == bloc) ids += (ids.empty() ? "" : " ") + kg[m.actors[i]].id.str();
  }
  return "{" + ids + "}";
}

}  // namespace

// --- components ----------------------------------------------------------------------------------

std::vector<std::size_t> component_partition::sizes() const {
  return count_sizes(component, count);
}

component_partition positive_components(const signed_graph& g) {
  validate(g);
  using graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  graph pg(g.num_vertices());
  for (const auto& e : g.edges) {
    if (e.polarity == sign::positive) boost::add_edge(e.u, e.v, pg);
  }
  component_partition c;
  c.component.assign(g.num_vertices(), 0);
  c.count = static_cast<int>(boost::connected_components(
      pg,
      boost::make_iterator_property_map(c.component.begin(), boost::get(boost::vertex_index, pg))));
  // Boost numbers components in the order its search starts them, which is vertex order with
  // vecS; renumbering makes "first appearance" a guarantee rather than an implementation detail.
  renumber(c.component);
  return c;
}

std::string to_string(const component_partition& c, const signed_graph& g,
                      const knowledge_graph& kg) {
  return "positive components: " + std::to_string(c.count) + "\n" +
         group_lines(c.component, c.count, g, kg, "component");
}

// --- communities ---------------------------------------------------------------------------------

std::vector<std::size_t> community_partition::sizes() const {
  return count_sizes(community, count);
}

double modularity(const signed_graph& g, std::span<const int> community, double resolution) {
  double m = 0.0;
  std::map<int, double> inside;
  std::map<int, double> degree;
  for (const auto& e : g.edges) {
    if (e.polarity != sign::positive) continue;
    m += 1.0;
    const int cu = community[e.u];
    const int cv = community[e.v];
    degree[cu] += 1.0;
    degree[cv] += 1.0;
    if (cu == cv) inside[cu] += 1.0;
  }
  if (m == 0.0) return 0.0;
  double q = 0.0;
  for (const auto& [c, d] : degree) {
    const auto it = inside.find(c);
    const double l = it == inside.end() ? 0.0 : it->second;
    q += l / m - resolution * (d / (2.0 * m)) * (d / (2.0 * m));
  }
  return q;
}

community_partition louvain_communities(const signed_graph& g, const louvain_options& options) {
  validate(g);
  check(options);
  const std::size_t n = g.num_vertices();
  community_partition r;
  r.options = options;
  r.community.resize(n);
  std::iota(r.community.begin(), r.community.end(), 0);
  level_graph lg = positive_level(g);
  double m = 0.0;
  for (const double k : lg.degree)
    m += k;
  m /= 2.0;
  if (m == 0.0) {
    r.count = static_cast<int>(n);
    return r;
  }
  std::mt19937_64 rng(options.seed);
  // `of_vertex[v]`: the vertex of the current level that holds original vertex v.
  std::vector<std::size_t> of_vertex(n);
  std::iota(of_vertex.begin(), of_vertex.end(), std::size_t{0});
  std::vector<int> label(n);
  double q = modularity(g, r.community, options.resolution);
  while (true) {
    auto [community, moved] = local_moves(lg, m, options.resolution, rng);
    if (!moved) break;
    lg = aggregate(lg, community);
    for (std::size_t v = 0; v < n; ++v) {
      of_vertex[v] = community[of_vertex[v]];
      label[v] = static_cast<int>(of_vertex[v]);
    }
    const double next = modularity(g, label, options.resolution);
    // As networkx: keep the level just computed, and stop once a level gains no more than the
    // threshold (the last levels of a converged run merge nothing useful).
    r.community = label;
    r.level_modularity.push_back(next);
    const double gain = next - q;
    q = next;
    if (gain <= options.threshold) break;
  }
  r.count = renumber(r.community);
  r.modularity = modularity(g, r.community, options.resolution);
  if (!r.level_modularity.empty()) r.level_modularity.back() = r.modularity;
  return r;
}

std::string to_string(const community_partition& c, const signed_graph& g,
                      const knowledge_graph& kg) {
  return "louvain communities: " + std::to_string(c.count) + ", modularity " +
         fixed(c.modularity, 6) + " (" + std::to_string(c.level_modularity.size()) + " level" +
         (c.level_modularity.size() == 1 ? "" : "s") + ", resolution " +
         fixed(c.options.resolution, 2) + ", seed " + std::to_string(c.options.seed) + ")\n" +
         group_lines(c.community, c.count, g, kg, "community");
}

// --- changes between dates -----------------------------------------------------------------------

bloc_membership membership(const signed_graph& g, std::span<const int> label) {
  std::vector<std::size_t> order(g.num_vertices());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return g.actors[a] < g.actors[b]; });
  bloc_membership m;
  for (const std::size_t v : order) {
    m.actors.push_back(g.actors[v]);
    m.bloc.push_back(label[v]);
  }
  m.count = renumber(m.bloc);
  return m;
}

bloc_change_report bloc_changes(const bloc_membership& before, const bloc_membership& after) {
  const auto nb = static_cast<std::size_t>(std::max(before.count, 0));
  const auto na = static_cast<std::size_t>(std::max(after.count, 0));
  bloc_change_report r;
  // Walk both actor lists (increasing) together: shared actors fill the overlap matrix.
  std::vector<std::size_t> overlap(nb * na, 0);
  std::vector<std::pair<int, int>> shared;  // (before bloc, after bloc) of shared actors
  std::vector<actor_index> shared_actor;
  std::vector<bool> before_kept(nb, false);
  std::vector<bool> after_fed(na, false);
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < before.actors.size() || j < after.actors.size()) {
    if (j == after.actors.size() ||
        (i < before.actors.size() && before.actors[i] < after.actors[j])) {
      r.left.push_back(before.actors[i++]);
    } else if (i == before.actors.size() || after.actors[j] < before.actors[i]) {
      r.joined.push_back(after.actors[j++]);
    } else {
      const int b = before.bloc[i];
      const int a = after.bloc[j];
      ++overlap[static_cast<std::size_t>(b) * na + static_cast<std::size_t>(a)];
      before_kept[static_cast<std::size_t>(b)] = true;
      after_fed[static_cast<std::size_t>(a)] = true;
      shared.emplace_back(b, a);
      shared_actor.push_back(before.actors[i]);
      ++i, ++j;
    }
  }
  const auto at = [&](std::size_t b, std::size_t a) { return overlap[b * na + a]; };
  // Greedy one-to-one matching, largest overlap first, ties to lower bloc numbers.
  std::vector<bloc_match> candidates;
  for (std::size_t b = 0; b < nb; ++b) {
    for (std::size_t a = 0; a < na; ++a) {
      if (at(b, a) != 0) candidates.push_back({static_cast<int>(b), static_cast<int>(a), at(b, a)});
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const bloc_match& x, const bloc_match& y) { return x.overlap > y.overlap; });
  std::vector<int> continuation(nb, -1);
  std::vector<bool> after_taken(na, false);
  for (const auto& c : candidates) {
    if (continuation[static_cast<std::size_t>(c.before)] != -1 ||
        after_taken[static_cast<std::size_t>(c.after)]) {
      continue;
    }
    continuation[static_cast<std::size_t>(c.before)] = c.after;
    after_taken[static_cast<std::size_t>(c.after)] = true;
    r.matches.push_back(c);
  }
  std::sort(r.matches.begin(), r.matches.end(),
            [](const bloc_match& x, const bloc_match& y) { return x.before < y.before; });
  for (std::size_t k = 0; k < shared.size(); ++k) {
    const auto [b, a] = shared[k];
    if (continuation[static_cast<std::size_t>(b)] != a) r.moved.push_back({shared_actor[k], b, a});
  }
  // Merges and splits: each bloc's single best counterpart (ties to the lower number).
  std::vector<std::vector<int>> merged_into(na);
  for (std::size_t b = 0; b < nb; ++b) {
    if (!before_kept[b]) continue;
    std::size_t best = 0;
    for (std::size_t a = 1; a < na; ++a) {
      if (at(b, a) > at(b, best)) best = a;
    }
    merged_into[best].push_back(static_cast<int>(b));
  }
  for (std::size_t a = 0; a < na; ++a) {
    if (merged_into[a].size() >= 2) r.merged.push_back({static_cast<int>(a), merged_into[a]});
  }
  std::vector<std::vector<int>> split_into(nb);
  for (std::size_t a = 0; a < na; ++a) {
    if (!after_fed[a]) continue;
    std::size_t best = 0;
    for (std::size_t b = 1; b < nb; ++b) {
      if (at(b, a) > at(best, a)) best = b;
    }
    split_into[best].push_back(static_cast<int>(a));
  }
  for (std::size_t b = 0; b < nb; ++b) {
    if (split_into[b].size() >= 2) r.split.push_back({static_cast<int>(b), split_into[b]});
  }
  for (std::size_t a = 0; a < na; ++a) {
    if (!after_fed[a]) r.appeared.push_back(static_cast<int>(a));
  }
  for (std::size_t b = 0; b < nb; ++b) {
    if (!before_kept[b]) r.vanished.push_back(static_cast<int>(b));
  }
  return r;
}

std::string to_string(const bloc_change_report& r, const bloc_membership& before,
                      const bloc_membership& after, const knowledge_graph& kg) {
  if (r.unchanged()) return "no change\n";
  std::string out;
  for (const auto& m : r.merged) {
    std::string from;
    for (const int b : m.before)
      from += (from.empty() ? "" : " + ") + bloc_name(before, b, kg);
    out += "merged: " + from + " -> " + bloc_name(after, m.after, kg) + "\n";
  }
  for (const auto& s : r.split) {
    std::string to;
    for (const int a : s.after)
      to += (to.empty() ? "" : " + ") + bloc_name(after, a, kg);
    out += "split: " + bloc_name(before, s.before, kg) + " -> " + to + "\n";
  }
  for (const int a : r.appeared)
    out += "new bloc: " + bloc_name(after, a, kg) + "\n";
  for (const int b : r.vanished)
    out += "vanished bloc: " + bloc_name(before, b, kg) + "\n";
  // Moves grouped by (from, to), in the order of their first actor.
  std::vector<bool> done(r.moved.size(), false);
  for (std::size_t k = 0; k < r.moved.size(); ++k) {
    if (done[k]) continue;
    std::string ids;
    for (std::size_t l = k; l < r.moved.size(); ++l) {
      if (r.moved[l].before != r.moved[k].before || r.moved[l].after != r.moved[k].after) continue;
      ids += " " + kg[r.moved[l].actor].id.str();
      done[l] = true;
    }
    out += "moved from " + bloc_name(before, r.moved[k].before, kg) + " to " +
           bloc_name(after, r.moved[k].after, kg) + ":" + ids + "\n";
  }
  std::string ids;
  for (const actor_index a : r.joined)
    ids += " " + kg[a].id.str();
  if (!ids.empty()) out += "joined:" + ids + "\n";
  ids.clear();
  for (const actor_index a : r.left)
    ids += " " + kg[a].id.str();
  if (!ids.empty()) out += "left:" + ids + "\n";
  return out;
}

}  // namespace geokg::analysis
