// SPDX-License-Identifier: MIT
// The founding case against the record: joins the curated East Asia dataset to the Correlates of
// War and ATOP data (one actor identity: South Korea is KOR in both), lists every militarized
// dispute, war and alliance between the two Koreas, Japan, China, Russia and the United States,
// and says which of the curated case's relations among them the datasets confirm.
//
// Usage: korea_record [REAL_DATA_DIR [CURATED_DIR]]
//   REAL_DATA_DIR  folder holding cow_states/, cow_mid/, cow_wars/, cow_alliance/, atop/,
//                  cow_territorial_change/, sanctions_ties/ and sanctions_gsdb/ (default:
//                  ../shared/data/real beside the repository)
//   CURATED_DIR    the curated case (default: data/curated/east_asia)

#include <algorithm>
#include <array>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <geokg/geokg.hpp>

namespace {

namespace fs = std::filesystem;
using geokg::actor_index;
using geokg::knowledge_graph;
using geokg::relation;
using geokg::relation_index;
using geokg::relation_kind;
using geokg::statement_kind;

constexpr std::array<std::string_view, 6> states = {"KOR", "PRK", "JPN", "CHN", "RUS", "USA"};

// The curated case names historical Korean polities apart (KOREA_EMPIRE, 1897-1910); COW codes
// Korea before 1905 as one state (730, geokg id COW-KOR). For the comparison they are the same.
const std::map<std::string_view, std::string_view> same_state = {{"KOREA_EMPIRE", "COW-KOR"}};

// Whether a relation comes from a research dataset (its first citation's source is a dataset).
bool from_dataset(const knowledge_graph& g, relation_index r) {
  for (const auto& c : g.citations_of(r)) {
    if (const auto s = g.find_source(c.source))
      return g.source_at(*s).kind == geokg::source_kind::dataset;
  }
  return false;
}

std::string_view id_of(const knowledge_graph& g, actor_index a) {
  const auto id = g[a].id.view();
  const auto it = same_state.find(id);
  return it == same_state.end() ? id : it->second;
}

bool same_pair(const knowledge_graph& g, const relation& x, const relation& y) {
  const auto xs = id_of(g, x.source), xt = id_of(g, x.target), ys = id_of(g, y.source),
             yt = id_of(g, y.target);
  return (xs == ys && xt == yt) || (!x.directed() && xs == yt && xt == ys);
}

// Which dataset kinds can confirm a curated kind: the same thing as the datasets code it.
bool compatible(relation_kind curated, relation_kind recorded) {
  using k = relation_kind;
  switch (curated) {
    case k::alliance:
      return recorded == k::alliance;
    case k::war:
    case k::invasion:
      return recorded == k::war;
    case k::hostility:
    case k::dispute:
    case k::threat:
    case k::provocation:
    case k::militarisation:
      return recorded == k::dispute || recorded == k::war;
    case k::occupation:
    case k::annexation:
      return recorded == k::annexation;
    case k::sanction:
      return recorded == k::sanction;
    default:
      return false;  // partnerships, summits, aid, normalisation: no dataset here codes them
  }
}

// Whether some dataset here codes relations of this kind at all.
bool codable(relation_kind k) {
  for (const auto recorded : {relation_kind::alliance, relation_kind::war, relation_kind::dispute,
                              relation_kind::annexation, relation_kind::sanction})
    if (compatible(k, recorded)) return true;
  return false;
}

// The record supports a statement when both start within a year of each other (territorial
// changes and sanctions are dated to their month or year) or, for lasting ties (alliances,
// disputes), when they overlap in time. A sanction case open since 1997 does not confirm one of
// 2017.
bool close_in_time(relation_kind curated, const geokg::interval& a, const geokg::interval& b) {
  const auto sa = a.start(), sb = b.start();
  if (sa && sb && std::abs(sa->first_day() - sb->first_day()) <= 366) return true;
  const bool lasting = curated != relation_kind::sanction && curated != relation_kind::annexation;
  return lasting && a.overlaps(b);
}

std::string dataset_of(const knowledge_graph& g, relation_index r) {
  const auto cites = g.citations_of(r);
  if (cites.empty()) return "?";
  return fmt::format("{} ({})", cites.front().source, cites.front().locator);
}

}  // namespace

int main(int argc, char** argv) {
  const fs::path real = argc > 1 ? fs::path(argv[1]) : fs::path(GEOKG_REAL_DATA_DIR);
  const fs::path curated = argc > 2 ? fs::path(argv[2]) : fs::path(GEOKG_EAST_ASIA_DIR);
  if (!fs::exists(real / "cow_mid")) {
    std::cerr << "korea_record: no COW data in " << real
              << " (give the folder as the first argument)\n";
    return 2;
  }
  const fs::path maps = GEOKG_MAPPINGS_DIR;
  const std::vector<geokg::io::input> inputs = {
      {"json", curated, {}},
      {"cow-states", real / "cow_states", {}},
      {"cow-mid", real / "cow_mid", {}},
      {"cow-wars", real / "cow_wars", {}},
      {"cow-tc", real / "cow_territorial_change" / "tc2018.csv", {}},
      {"mapped", real / "cow_alliance" / "peacesciencer_cow_alliance_dyadyear.csv.gz",
       maps / "cow_alliance_dyadyear.map"},
      {"mapped", real / "atop" / "peacesciencer_atop_alliance_dyadyear.csv.gz",
       maps / "atop_dyadyear.map"},
      {"ties", real / "sanctions_ties" / "TIESv4-1.csv", {}},
      {"gsdb", real / "sanctions_gsdb" / "GSDB_V3.csv", {}},
  };
  geokg::io::load_options options;
  options.on_error = geokg::io::error_mode::collect;
  const auto loaded = geokg::io::load(inputs, options);
  // Rows the datasets get wrong (a 31 June in TIES) are rejected and counted; the rest is used.
  std::cerr << loaded.report.summary();
  const auto& g = loaded.graph;
  std::set<actor_index> six;
  for (const auto id : states)
    six.insert(g.actor_index_of(id));

  // 1. The record, pair by pair: disputes and wars (distinct events), alliance relations.
  fmt::print(
      "The record between the six states (COW MID 5.0, COW wars v4.0, COW alliances v4.1, ATOP "
      "5.1)\n\n");
  fmt::print("{:<9}  {:>5}  {:>4}  {:>9}  {}\n", "pair", "MIDs", "wars", "alliances",
             "first and last MID");
  for (std::size_t i = 0; i < states.size(); ++i) {
    for (std::size_t j = i + 1; j < states.size(); ++j) {
      const auto a = g.actor_index_of(states[i]), b = g.actor_index_of(states[j]);
      std::set<geokg::event_index> mids, wars;
      std::size_t alliances = 0;
      std::optional<geokg::date> first, last;
      for (const relation_index r : g.relation_indices()) {
        const auto& rel = g.relation_at(r);
        if (!((rel.source == a && rel.target == b) || (rel.source == b && rel.target == a)) ||
            !from_dataset(g, r))
          continue;
        if (rel.kind == relation_kind::dispute) {
          mids.insert(rel.event);
          if (const auto s = rel.when.start()) {
            if (!first || *s < *first) first = s;
            if (!last || *s > *last) last = s;
          }
        }
        if (rel.kind == relation_kind::war) wars.insert(rel.event);
        if (rel.kind == relation_kind::alliance) ++alliances;
      }
      fmt::print(
          "{:<9}  {:>5}  {:>4}  {:>9}  {}\n", fmt::format("{}-{}", states[i], states[j]),
          mids.size(), wars.size(), alliances,
          first ? fmt::format("{} .. {}", to_string(*first), to_string(*last)) : std::string("-"));
    }
  }

  // 2. The curated case's relations among these states (and old Korea), checked against the record.
  fmt::print("\nThe curated case against the record\n\n");
  std::size_t confirmed = 0, checked = 0;
  for (const relation_index r : g.relation_indices()) {
    const auto& rel = g.relation_at(r);
    if (from_dataset(g, r)) continue;
    const auto in_scope = [&](actor_index x) {
      return six.contains(x) || same_state.contains(g[x].id.view());
    };
    if (!in_scope(rel.source) || !in_scope(rel.target) || rel.polarity() == geokg::sign::neutral)
      continue;
    ++checked;
    std::vector<std::string> support;
    for (relation_index q{0U}; q.value() < g.num_relations() && support.size() < 2; ++q) {
      const auto& other = g.relation_at(q);
      if (!from_dataset(g, q) || !compatible(rel.kind, other.kind) || !same_pair(g, rel, other))
        continue;
      if (close_in_time(rel.kind, rel.when, other.when)) support.push_back(dataset_of(g, q));
    }
    confirmed += support.empty() ? 0U : 1U;
    fmt::print("{:<14} {:>12} {:<4} {:<22} {}\n", to_string(rel.kind), g[rel.source].id.view(),
               g[rel.target].id.view(), to_string(rel.when),
               !support.empty()    ? "confirmed: " + support.front()
               : codable(rel.kind) ? std::string("not confirmed by the datasets")
                                   : std::string("no dataset here codes this kind"));
  }
  fmt::print(
      "\n{} of {} signed relations of the curated case among these states are confirmed by the "
      "datasets;\n"
      "the others are of kinds no dataset here codes, or after the datasets end (2012-2018).\n",
      confirmed, checked);
  return 0;
}
