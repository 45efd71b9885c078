// SPDX-License-Identifier: MIT
#include "geokg/analysis/signed_snapshot.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "geokg/query/series.hpp"

namespace geokg::analysis {

namespace {

std::string edge_text(std::size_t i, const signed_edge& e) {
  return "signed edge " + std::to_string(i) + " (" + std::to_string(e.u) + ", " +
         std::to_string(e.v) + ")";
}

std::string number(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", x);
  return buffer;
}

std::string pad(std::string s, std::size_t width) {
  if (s.size() < width) s.append(width - s.size(), ' ');
  return s;
}

// One active relation of a pair, reduced to what the rules need.
struct contribution {
  std::uint64_t pair = 0;  // (u << 32) | v with u < v, vertex numbers
  int polarity = 0;        // +1 or -1
  double weight = 0.0;
};

}  // namespace

snapshot_options parse_snapshot_options(const snapshot_arguments& arguments) {
  snapshot_options out;
  if (arguments.only) {
    out.only = parse_actor_kind(*arguments.only);
    if (!out.only) {
      throw data_error(errc::invalid_value,
                       "unknown actor kind '" + std::string(*arguments.only) + "'", {}, "only");
    }
  }
  const auto rule = parse_time_rule(arguments.rule);
  if (!rule) {
    throw data_error(errc::invalid_value,
                     "unknown time rule '" + std::string(arguments.rule) +
                         "' (known: first_day, certain, possible)",
                     {}, "rule");
  }
  out.time = *rule;
  if (!arguments.kinds.empty()) {
    out.kinds = kind_set();
    for (const auto& name : arguments.kinds) {
      const auto k = parse_relation_kind(name);
      if (!k) {
        throw data_error(errc::unknown_relation_kind, "unknown relation kind '" + name + "'", {},
                         "kinds");
      }
      out.kinds.insert(*k);
    }
  }
  out.drop_isolated = true;
  return out;
}

void validate(const signed_graph& g) {
  const std::size_t n = g.actors.size();
  std::vector<std::uint64_t> keys;
  keys.reserve(g.edges.size());
  for (std::size_t i = 0; i < g.edges.size(); ++i) {
    const auto& e = g.edges[i];
    if (e.u >= e.v) {
      throw data_error(errc::invalid_value, edge_text(i, e) + ": u must be less than v");
    }
    if (e.v >= n) {
      throw data_error(errc::invalid_value, edge_text(i, e) + ": vertex " + std::to_string(e.v) +
                                                " is outside the graph's " + std::to_string(n) +
                                                " vertices");
    }
    if (e.polarity != sign::positive && e.polarity != sign::negative) {
      throw data_error(errc::invalid_value, edge_text(i, e) + ": sign must be + or -, not " +
                                                std::string(to_string(e.polarity)));
    }
    if (!std::isfinite(e.weight)) {
      throw data_error(errc::invalid_value, edge_text(i, e) + ": weight is not finite");
    }
    keys.push_back((std::uint64_t{e.u} << 32U) | e.v);
  }
  std::sort(keys.begin(), keys.end());
  const auto dup = std::adjacent_find(keys.begin(), keys.end());
  if (dup != keys.end()) {
    throw data_error(errc::invalid_value,
                     "signed graph has two edges between vertices " + std::to_string(*dup >> 32U) +
                         " and " + std::to_string(*dup & 0xFFFFFFFFU) + " (it must be simple)");
  }
}

std::string to_string(const signed_graph& g) {
  std::string out = "signed graph: " + std::to_string(g.num_vertices()) + " vertices, " +
                    std::to_string(g.num_edges()) + " edges (" + std::to_string(g.num_positive()) +
                    " positive, " + std::to_string(g.num_negative()) + " negative)\n";
  out += "  u       v       sign  weight\n";
  for (const auto& e : g.edges) {
    out += "  " + pad(std::to_string(e.u), 8) + pad(std::to_string(e.v), 8) +
           pad(std::string(to_string(e.polarity)), 6) + number(e.weight) + "\n";
  }
  return out;
}

std::string to_string(const signed_graph& g, const knowledge_graph& kg) {
  std::string out = "signed graph: " + std::to_string(g.num_vertices()) + " actors, " +
                    std::to_string(g.num_edges()) + " edges (" + std::to_string(g.num_positive()) +
                    " positive, " + std::to_string(g.num_negative()) + " negative)\n";
  std::size_t width = 6;
  for (const auto& e : g.edges)
    width = std::max(width, kg[g.actors[e.u]].id.str().size() + 2);
  out += "  " + pad("actor", width) + pad("actor", width) + "sign  weight\n";
  for (const auto& e : g.edges) {
    out += "  " + pad(kg[g.actors[e.u]].id.str(), width) + pad(kg[g.actors[e.v]].id.str(), width) +
           pad(std::string(to_string(e.polarity)), 6) + number(e.weight) + "\n";
  }
  return out;
}

namespace detail {

signed_graph collapse_relations(const knowledge_graph& g, std::span<const actor_index> actors,
                                std::span<const relation_index> relations,
                                const snapshot_options& options) {
  constexpr auto none = std::numeric_limits<signed_vertex>::max();
  // Actor index -> vertex number. One word per actor of the graph: the price of O(1) lookups,
  // and small beside the graph itself.
  std::vector<actor_index> kept(actors.begin(), actors.end());
  std::sort(kept.begin(), kept.end());
  kept.erase(std::unique(kept.begin(), kept.end()), kept.end());
  if (options.only) {
    std::erase_if(kept, [&](actor_index a) { return g[a].kind != *options.only; });
  }
  std::vector<signed_vertex> vertex_of(g.num_actors(), none);
  for (std::size_t i = 0; i < kept.size(); ++i)
    vertex_of[kept[i]] = static_cast<signed_vertex>(i);

  std::vector<contribution> parts;
  for (const relation_index ri : relations) {
    const relation& r = g.relation_at(ri);
    if (!options.kinds.contains(r.kind)) continue;
    const int s = to_int(r.polarity());
    if (s == 0) continue;  // neutral kinds count in no rule
    signed_vertex a = vertex_of[r.source];
    signed_vertex b = vertex_of[r.target];
    if (a == none || b == none) continue;
    if (a > b) std::swap(a, b);
    parts.push_back({(std::uint64_t{a} << 32U) | b, s, static_cast<double>(r.weight)});
  }
  std::sort(parts.begin(), parts.end(),
            [](const contribution& x, const contribution& y) { return x.pair < y.pair; });

  signed_graph out;
  out.actors = std::move(kept);
  for (std::size_t i = 0; i < parts.size();) {
    std::size_t j = i;
    long long positives = 0;
    long long negatives = 0;
    double positive_weight = 0.0;
    double negative_weight = 0.0;
    for (; j < parts.size() && parts[j].pair == parts[i].pair; ++j) {
      if (parts[j].polarity > 0) {
        ++positives;
        positive_weight += parts[j].weight;
      } else {
        ++negatives;
        negative_weight += parts[j].weight;
      }
    }
    sign polarity = sign::neutral;
    double weight = 0.0;
    switch (options.rule) {
      case collapse_rule::sum_of_signs:
        polarity = sign_of(positives - negatives);
        weight = static_cast<double>(positives > negatives ? positives - negatives
                                                           : negatives - positives);
        break;
      case collapse_rule::positive_dominates:
        polarity = positives > 0 ? sign::positive : sign::negative;
        weight = static_cast<double>(positives > 0 ? positives : negatives);
        break;
      case collapse_rule::negative_dominates:
        polarity = negatives > 0 ? sign::negative : sign::positive;
        weight = static_cast<double>(negatives > 0 ? negatives : positives);
        break;
      case collapse_rule::weighted_sum: {
        const double sum = positive_weight - negative_weight;
        // Float weights summed in double: treat a tiny residue of cancellation as zero.
        if (std::abs(sum) > 1e-9 * (positive_weight + negative_weight)) {
          polarity = sum > 0 ? sign::positive : sign::negative;
          weight = std::abs(sum);
        }
        break;
      }
    }
    if (polarity != sign::neutral) {
      out.edges.push_back({static_cast<signed_vertex>(parts[i].pair >> 32U),
                           static_cast<signed_vertex>(parts[i].pair & 0xFFFFFFFFU), polarity,
                           weight});
    }
    i = j;
  }

  if (options.drop_isolated) {
    std::vector<char> used(out.actors.size(), 0);
    for (const auto& e : out.edges)
      used[e.u] = used[e.v] = 1;
    std::vector<signed_vertex> renumber(out.actors.size(), none);
    std::vector<actor_index> compact;
    for (std::size_t v = 0; v < out.actors.size(); ++v) {
      if (used[v] != 0) {
        renumber[v] = static_cast<signed_vertex>(compact.size());
        compact.push_back(out.actors[v]);
      }
    }
    for (auto& e : out.edges) {
      e.u = renumber[e.u];
      e.v = renumber[e.v];
    }
    out.actors = std::move(compact);
  }
  return out;
}

}  // namespace detail

namespace {

std::vector<actor_index> every_actor(const knowledge_graph& g) {
  std::vector<actor_index> actors(g.num_actors());
  for (std::size_t i = 0; i < actors.size(); ++i)
    actors[i] = static_cast<actor_index>(i);
  return actors;
}

}  // namespace

signed_graph signed_snapshot(const query::active_set& s, const snapshot_options& options) {
  GEOKG_ASSERT(s.graph != nullptr);
  return detail::collapse_relations(*s.graph, every_actor(*s.graph), s.relations, options);
}

signed_graph signed_snapshot(const knowledge_graph& g, date at, const snapshot_options& options) {
  // Straight over the relation array rather than through a filtered_graph: the same test, without
  // the iterator machinery, and in relation order.
  std::vector<relation_index> active;
  const auto relations = g.relations();
  for (std::size_t i = 0; i < relations.size(); ++i) {
    if (relations[i].when.contains(at, options.time) && options.kinds.contains(relations[i].kind))
      active.push_back(static_cast<relation_index>(i));
  }
  return detail::collapse_relations(g, every_actor(g), active, options);
}

}  // namespace geokg::analysis
