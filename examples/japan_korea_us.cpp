// SPDX-License-Identifier: MIT
// The founding case of geokg: how Japan and South Korea, long hostile, were drawn into a US-led
// partnership by 2023, read from the curated East Asia dataset (data/curated/east_asia).
//
// Usage: japan_korea_us [DATASET_DIR]
//
// It uses only geokg's public API and is meant as a model of how to write custom questions:
// views for "as it stood at", the statements' sources for evidence, and claims kept apart from
// facts.

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <geokg/geokg.hpp>

namespace {

using geokg::actor_index;
using geokg::knowledge_graph;
using geokg::relation_index;
using geokg::statement_kind;
using geokg::statement_ref;

geokg::date day(std::string_view text) {
  return geokg::parse_date(text).value();
}

// "publisher: title" of a statement's first cited source (the article, a treaty text...).
std::string first_source(const knowledge_graph& g, statement_ref s) {
  for (const auto& c : g.citations_of(s)) {
    if (c.source.empty()) continue;
    const auto& src = g.source_at(*g.find_source(c.source));
    return src.publisher.empty() ? src.title : fmt::format("{}, {}", src.publisher, src.title);
  }
  return "(no source)";
}

std::string shorten(std::string_view text, std::size_t width) {
  if (text.size() <= width) return std::string(text);
  auto cut = width - 3;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0U) == 0x80U)
    --cut;  // UTF-8 boundary
  return std::string(text.substr(0, cut)) + "...";
}

// One line of the timeline: a relation or an event, sortable by its start.
struct timeline_entry {
  geokg::interval when;
  statement_ref ref;
  std::string what;
};

void print_timeline(const knowledge_graph& g, const std::set<actor_index>& side_a,
                    const std::set<actor_index>& side_b) {
  std::vector<timeline_entry> entries;
  const auto between = [&](actor_index x, actor_index y) {
    return (side_a.contains(x) && side_b.contains(y)) || (side_b.contains(x) && side_a.contains(y));
  };
  for (const relation_index r : g.relation_indices()) {
    const auto& rel = g.relation_at(r);
    if (!between(rel.source, rel.target)) continue;
    entries.push_back(
        {rel.when, r,
         fmt::format("{} {} {} {}", g[rel.source].id, rel.kind, g[rel.target].id, rel.subkind)});
  }
  for (const geokg::event_index e : g.event_indices()) {
    const auto& ev = g.event_at(e);
    if (ev.part_of != geokg::no_index) continue;  // commitments of a larger event are shown with it
    bool a = false, b = false;
    for (const auto& p : ev.participants) {
      a = a || side_a.contains(p.actor);
      b = b || side_b.contains(p.actor);
    }
    if (a && b) entries.push_back({ev.when, e, fmt::format("[{}] {}", ev.kind, ev.title)});
  }
  std::stable_sort(entries.begin(), entries.end(),
                   [](const auto& x, const auto& y) { return x.when.start() < y.when.start(); });
  for (const auto& e : entries) {
    const auto status = g.status_of(e.ref);
    fmt::print("  {:<23} {}{}\n", fmt::format("{}", e.when), shorten(e.what, 60),
               status == geokg::statement_status::fact ? "" : fmt::format(" ({})", status));
    fmt::print("  {:<23}   source: {}\n", "", shorten(first_source(g, e.ref), 66));
  }
}

// The friends (+) or adversaries (-) of an actor among states, in a view.
template <class View>
std::set<std::string> partners(const knowledge_graph& g, const View& v, actor_index a,
                               geokg::sign polarity) {
  std::set<std::string> out;
  const auto keep = [&](const geokg::relation& r, actor_index other) {
    if (r.polarity() == polarity && g[other].kind == geokg::actor_kind::state)
      out.insert(g[other].id.str());
  };
  for (const auto& e : boost::make_iterator_range(boost::out_edges(a, v)))
    keep(g[e], g[e].target);
  for (const auto& e : boost::make_iterator_range(boost::in_edges(a, v)))
    keep(g[e], g[e].source);
  return out;
}

void print_alignments(const knowledge_graph& g, geokg::date at,
                      const std::vector<std::string>& ids) {
  const auto v = geokg::active_at(g, at);
  fmt::print("  on {}:\n", at);
  for (const auto& id : ids) {
    const auto a = g.actor_index_of(id);
    fmt::print("    {:<4} friends: {:<24} adversaries: {}\n", id,
               fmt::format("{}", fmt::join(partners(g, v, a, geokg::sign::positive), " ")),
               fmt::join(partners(g, v, a, geokg::sign::negative), " "));
  }
}

// Relations among `ids` active at one date and not at the other.
void print_changes(const knowledge_graph& g, geokg::date before, geokg::date after,
                   const std::set<actor_index>& ids) {
  for (const relation_index r : g.relation_indices()) {
    const auto& rel = g.relation_at(r);
    if (!ids.contains(rel.source) || !ids.contains(rel.target)) continue;
    const bool then = rel.when.contains(before);
    const bool now = rel.when.contains(after);
    if (then == now) continue;
    fmt::print("    {} {} {} {} {} ({})\n", now ? "started:" : "ended:  ", g[rel.source].id,
               rel.kind, g[rel.target].id, rel.subkind, rel.when);
  }
}

// The article's causal claims about a statement, with their subjects, marked as claims.
void print_evidence(const knowledge_graph& g, statement_ref partnership) {
  const auto& rel = g.relation_at(partnership.as_relation());
  fmt::print("  fact     {} {} {} since {} ({})\n", g[rel.source].id, rel.kind, g[rel.target].id,
             *rel.when.start(), g.id_of(partnership));
  if (rel.event != geokg::no_index) {
    const auto& ev = g.event_at(rel.event);
    fmt::print("  fact     it comes from the event \"{}\" on {} ({} participants)\n", ev.title,
               ev.when, ev.participants.size());
    fmt::print("           source: {}\n", shorten(first_source(g, rel.event), 70));
    for (const geokg::event_index e : g.event_indices()) {
      if (g.event_at(e).part_of == rel.event)
        fmt::print("           - {}\n", shorten(g.event_at(e).title, 68));
    }
  }
  const auto describe = [&](statement_ref s) {
    if (s.kind == statement_kind::relation) {
      const auto& r = g.relation_at(s.as_relation());
      return fmt::format("{} {} {} ({})", g[r.source].id, r.kind, g[r.target].id, r.when);
    }
    if (s.kind == statement_kind::event)
      return fmt::format("{} ({})", g.event_at(s.as_event()).title, g.event_at(s.as_event()).when);
    return fmt::format("claim {}", g.id_of(s));
  };
  for (const geokg::claim_index c : g.claim_indices()) {
    const auto& claim = g.claim_at(c);
    const bool about =
        std::find(claim.objects.begin(), claim.objects.end(), partnership) != claim.objects.end() ||
        (claim.kind == geokg::claim_kind::assessment &&
         std::find(claim.subjects.begin(), claim.subjects.end(), partnership) !=
             claim.subjects.end());
    if (!about) continue;
    const statement_ref ref{c};
    fmt::print("  {:<8} [{}{}] {}\n", g.status_of(ref), claim.kind,
               claim.label.empty() ? "" : ": " + claim.label, shorten(claim.text, 58));
    if (claim.kind != geokg::claim_kind::assessment) {
      for (const auto& subject : claim.subjects)
        fmt::print("           - {}\n", shorten(describe(subject), 68));
    }
    fmt::print("           attributed to: {}\n", shorten(first_source(g, ref), 60));
  }
}

// Structural balance of the states' signed network at a date: each pair's sign is the sign of the
// sum of its active relations' signs (Cartwright-Harary balance: a triangle is balanced iff the
// product of its signs is positive). The analysis module will offer this; here it is spelled out.
void print_balance(const knowledge_graph& g, geokg::date at) {
  std::map<std::pair<actor_index, actor_index>, long long> sums;
  const auto then = geokg::active_at(g, at);  // named: edge iterators refer to their view
  for (const auto& e : boost::make_iterator_range(boost::edges(then))) {
    const auto& r = g[e];
    if (g[r.source].kind != geokg::actor_kind::state ||
        g[r.target].kind != geokg::actor_kind::state)
      continue;
    sums[std::minmax(r.source, r.target)] += geokg::to_int(r.polarity());
  }
  std::map<std::pair<actor_index, actor_index>, int> sign;
  std::set<actor_index> nodes;
  for (const auto& [pair, sum] : sums) {
    if (sum == 0) continue;
    sign[pair] = sum > 0 ? 1 : -1;
    nodes.insert(pair.first);
    nodes.insert(pair.second);
  }
  const std::vector<actor_index> list(nodes.begin(), nodes.end());
  const auto edge = [&](actor_index x, actor_index y) {
    const auto it = sign.find(std::minmax(x, y));
    return it == sign.end() ? 0 : it->second;
  };
  int counts[4] = {0, 0, 0, 0};  // number of negative edges: 0 (+++), 1 (++-), 2 (+--), 3 (---)
  std::vector<std::string> unbalanced;
  for (std::size_t i = 0; i < list.size(); ++i) {
    for (std::size_t j = i + 1; j < list.size(); ++j) {
      const int ij = edge(list[i], list[j]);
      if (ij == 0) continue;
      for (std::size_t k = j + 1; k < list.size(); ++k) {
        const int ik = edge(list[i], list[k]), jk = edge(list[j], list[k]);
        if (ik == 0 || jk == 0) continue;
        const int negatives = (ij < 0) + (ik < 0) + (jk < 0);
        ++counts[negatives];
        if (negatives % 2 == 1) {
          unbalanced.push_back(
              fmt::format("{}-{}-{}", g[list[i]].id, g[list[j]].id, g[list[k]].id));
        }
      }
    }
  }
  int positive = 0, negative = 0;
  for (const auto& [pair, s] : sign)
    (s > 0 ? positive : negative) += 1;
  fmt::print("  {} states with a signed tie; {} positive and {} negative pairs\n", nodes.size(),
             positive, negative);
  fmt::print("  triads: +++ {}, ++- {}, +-- {}, --- {}; balanced {} of {}\n", counts[0], counts[1],
             counts[2], counts[3], counts[0] + counts[2],
             counts[0] + counts[1] + counts[2] + counts[3]);
  if (!unbalanced.empty()) fmt::print("  unbalanced: {}\n", fmt::join(unbalanced, ", "));
  // Blocs: the connected components of the positive ties.
  std::map<actor_index, actor_index> parent;
  for (const auto n : nodes)
    parent[n] = n;
  const auto root = [&](actor_index x) {
    while (parent[x] != x)
      x = parent[x] = parent[parent[x]];
    return x;
  };
  for (const auto& [pair, s] : sign) {
    if (s > 0) parent[root(pair.first)] = root(pair.second);
  }
  std::map<actor_index, std::vector<std::string>> blocs;
  for (const auto n : nodes)
    blocs[root(n)].push_back(g[n].id.str());
  for (const auto& [r, members] : blocs) {
    if (members.size() > 1) fmt::print("  bloc: {}\n", fmt::join(members, " "));
  }
}

}  // namespace

int main(int argc, char** argv) {
  const std::filesystem::path dataset = argc > 1 ? argv[1] : GEOKG_EAST_ASIA_DIR;
  geokg::io::load_result loaded;
  try {
    loaded = geokg::io::load(dataset);
  } catch (const geokg::error& e) {
    std::cerr << e.what() << '\n';
    return 1;
  }
  const auto& g = loaded.graph;
  for (const auto& d : loaded.report.diagnostics)
    std::cerr << geokg::to_string(d) << '\n';

  fmt::print("Japan, South Korea and the United States: the curated East Asia case\n");
  fmt::print("{} actors, {} relations, {} events, {} claims, {} sources\n\n", g.num_actors(),
             g.num_relations(), g.num_events(), g.num_claims(), g.num_sources());

  fmt::print("1. Japan and Korea, from the 7th century to 2023\n");
  std::set<actor_index> japan, korea;
  for (const char* id : {"JPN", "YAMATO"}) {
    if (auto a = g.find_actor(id)) japan.insert(*a);
  }
  for (const char* id : {"BAEKJE", "SILLA", "JOSEON", "KOREA_EMPIRE", "KOREA_COLONIAL", "KOR"}) {
    if (auto a = g.find_actor(id)) korea.insert(*a);
  }
  print_timeline(g, japan, korea);

  const auto before = day("2012-01-01");
  const auto after = day("2023-08-19");
  const std::vector<std::string> powers{"USA", "JPN", "KOR", "PRK", "CHN", "RUS"};
  fmt::print("\n2. Alignments before and after Camp David\n");
  print_alignments(g, before, powers);
  print_alignments(g, after, powers);
  std::set<actor_index> power_set;
  for (const auto& id : powers)
    power_set.insert(g.actor_index_of(id));
  fmt::print("  what changed between {} and {}:\n", before, after);
  print_changes(g, before, after, power_set);

  fmt::print("\n3. Whom Japan and South Korea both stand with, and against, on {}\n", after);
  const auto v = geokg::active_at(g, after);
  for (auto polarity : {geokg::sign::positive, geokg::sign::negative}) {
    const auto jpn = partners(g, v, g.actor_index_of("JPN"), polarity);
    const auto kor = partners(g, v, g.actor_index_of("KOR"), polarity);
    std::vector<std::string> both;
    std::set_intersection(jpn.begin(), jpn.end(), kor.begin(), kor.end(), std::back_inserter(both));
    fmt::print("  both {}: {}\n",
               polarity == geokg::sign::positive ? "friends of    " : "adversaries of",
               both.empty() ? "none" : fmt::format("{}", fmt::join(both, ", ")));
  }

  fmt::print("\n4. Why the 2023 partnership? Facts, and the article's claims kept apart\n");
  print_evidence(g, g.statement_ref_of("jpn_kor_partnership_2023"));

  fmt::print("\n5. Blocs and the balance of triads among states on {}\n", after);
  print_balance(g, after);
  return 0;
}
