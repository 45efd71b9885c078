// SPDX-License-Identifier: MIT
// geokg::query on the curated founding case, with answers checked by hand against the dataset's
// sources (data/curated/east_asia/SOURCES.md): the questions an analyst asks of the article.

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "geokg/core/views.hpp"
#include "geokg/io/load.hpp"
#include "geokg/query.hpp"

namespace {

namespace fs = std::filesystem;
namespace q = geokg::query;

const geokg::knowledge_graph& east_asia() {
  static const auto loaded = geokg::io::load(fs::path(GEOKG_SOURCE_DIR) / "data/curated/east_asia");
  return loaded.graph;
}

geokg::date d(std::string_view text) {
  return geokg::parse_date(text).value();
}

std::set<std::string> ids(const geokg::knowledge_graph& g,
                          const std::vector<geokg::actor_index>& actors) {
  std::set<std::string> out;
  for (const auto a : actors)
    out.insert(g[a].id.str());
  return out;
}

std::set<std::string> statement_ids(const geokg::knowledge_graph& g,
                                    const std::vector<geokg::relation_index>& rels) {
  std::set<std::string> out;
  for (const auto r : rels)
    out.insert(std::string(g.id_of(r)));
  return out;
}

// Who stood with China on 2023-08-19? The 1961 treaty with North Korea (in force 1961-09-10,
// Peking Review), the "no limits" partnership with Russia (2022-02-04) and the article's tacit
// support for Russia; against it, the Philippines over the Spratlys.
TEST(east_asia_queries, china_s_friends_and_adversaries_in_2023) {
  const auto& g = east_asia();
  const auto v = geokg::active_at(g, d("2023-08-19"));
  EXPECT_EQ(ids(g, q::allies(v, g.actor_index_of("CHN"))), (std::set<std::string>{"PRK", "RUS"}));
  EXPECT_EQ(ids(g, q::adversaries(v, g.actor_index_of("CHN"))), (std::set<std::string>{"PHL"}));
}

// Japan and South Korea share the United States as ally (the 1960 and 1954 treaties), and, in
// the data, no adversary: the article's threats are acts on given days, not standing hostility.
TEST(east_asia_queries, japan_and_korea_share_the_united_states) {
  const auto& g = east_asia();
  const auto v = geokg::active_at(g, d("2023-08-19"));
  EXPECT_EQ(ids(g, q::common_allies(v, g.actor_index_of("JPN"), g.actor_index_of("KOR"))),
            (std::set<std::string>{"USA"}));
  EXPECT_TRUE(q::common_adversaries(v, g.actor_index_of("JPN"), g.actor_index_of("KOR")).empty());
}

// What changed between 2012 and the day after Camp David: the three trilateral partnerships
// (2023-08-18), China and Russia's "no limits" partnership and tacit support, Russia's war on
// Ukraine (2022-02-24).
TEST(east_asia_queries, what_changed_from_2012_to_camp_david) {
  const auto& g = east_asia();
  const auto x = q::diff(g, d("2012-01-01"), d("2023-08-19"));
  const auto started = statement_ids(g, x.started);
  for (const char* id :
       {"usa_jpn_partnership_2023", "usa_kor_partnership_2023", "jpn_kor_partnership_2023",
        "chn_rus_no_limits_statement", "chn_tacit_support_for_rus", "rus_ukr_war_2022"}) {
    EXPECT_TRUE(started.contains(id)) << id;
  }
  const auto jpn = g.actor_index_of("JPN"), kor = g.actor_index_of("KOR");
  const bool jpn_kor_unchanged_positive =
      std::none_of(x.sign_changes.begin(), x.sign_changes.end(),
                   [&](const auto& c) { return std::minmax(c.a, c.b) == std::minmax(jpn, kor); });
  // Normalised since 1965-12-18, the pair was already positive in 2012: no sign change.
  EXPECT_TRUE(jpn_kor_unchanged_positive);
}

// The Japan-Korea timeline runs from the Battle of Baekgang (663, Yamato against Silla and Tang,
// with Baekje) through the Imjin war (1592-1598), the 1905 protectorate, the 1910 annexation
// (signed 08-22, effective 08-29), colonial rule to 1945-08-15, normalisation in 1965 and the
// 2023 partnership, in that order.
TEST(east_asia_queries, the_japan_korea_timeline_is_in_historical_order) {
  const auto& g = east_asia();
  std::vector<geokg::actor_index> japan{g.actor_index_of("JPN"), g.actor_index_of("YAMATO")};
  std::vector<geokg::actor_index> korea;
  for (const char* id : {"BAEKJE", "SILLA", "JOSEON", "KOREA_EMPIRE", "KOREA_COLONIAL", "KOR"})
    korea.push_back(g.actor_index_of(id));
  const auto t = q::timeline(g, g.graph(), japan, korea);
  std::vector<std::string> order;
  for (const auto& s : t.entries)
    order.emplace_back(g.id_of(s));
  const auto position = [&](std::string_view id) {
    return std::find(order.begin(), order.end(), id) - order.begin();
  };
  const std::vector<std::string> expected{
      "battle_of_baekgang_663",           "jpn_invades_joseon_1592_1598",
      "jpn_annexes_korea_1910_signed",    "jpn_annexes_korea_1910",
      "japanese_rule_in_korea_1910_1945", "kor_jpn_basic_treaty_1965_in_force",
      "jpn_kor_partnership_2023"};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    ASSERT_LT(position(expected[i]), static_cast<std::ptrdiff_t>(order.size()))
        << expected[i] << " is not in the timeline";
    if (i > 0) {
      EXPECT_LT(position(expected[i - 1]), position(expected[i]))
          << expected[i - 1] << " before " << expected[i];
    }
  }
}

// "Why are JPN and KOR aligned at 2023-08-19?": the normalisation and the partnership are the
// direct evidence (facts), Camp David is among the shared events, and the article's causal
// claim is among the claims, as a claim attributed to the article.
TEST(east_asia_queries, the_2023_alignment_is_explained_by_facts_and_claims) {
  const auto& g = east_asia();
  const auto x = q::explain(g, g.actor_index_of("JPN"), g.actor_index_of("KOR"), d("2023-08-19"));
  EXPECT_EQ(x.alignment, geokg::sign::positive);
  std::set<std::string> relations, events, claims;
  for (const auto& r : x.relations)
    relations.insert(r.id);
  for (const auto& e : x.events)
    events.insert(e.id);
  for (const auto& c : x.claims)
    claims.insert(c.id);
  EXPECT_EQ(relations, (std::set<std::string>{"kor_jpn_basic_treaty_1965_in_force",
                                              "jpn_kor_partnership_2023"}));
  EXPECT_TRUE(events.contains("camp_david_2023"));
  EXPECT_TRUE(claims.contains("claim_three_upheavals"));
  const auto upheavals = std::find_if(x.claims.begin(), x.claims.end(), [](const auto& c) {
    return c.id == "claim_three_upheavals";
  });
  ASSERT_NE(upheavals, x.claims.end());
  EXPECT_FALSE(upheavals->is_fact());
  EXPECT_EQ(ids(g, {x.shared_allies.front().index}), (std::set<std::string>{"USA"}));
}

// The shortest chain of ties from Japan to North Korea in 2023 goes through the US alliance
// system and China: 4 steps (JPN-USA, USA-PHL, PHL-CHN, CHN-PRK) when relations are undirected.
TEST(east_asia_queries, japan_reaches_north_korea_in_four_steps_in_2023) {
  const auto& g = east_asia();
  const auto p = q::shortest_path(geokg::active_at(g, d("2023-08-19")), g.actor_index_of("JPN"),
                                  g.actor_index_of("PRK"));
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->hops(), 4U);
  EXPECT_EQ(g[p->actors.back()].id.str(), "PRK");
}

}  // namespace
