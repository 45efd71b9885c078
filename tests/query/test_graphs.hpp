#pragma once
// SPDX-License-Identifier: MIT
// Graphs shared by the query tests: the Japan-Korea-US case in miniature (answers checked by hand
// in each test) and seeded random graphs for comparisons against brute force.

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geokg/core/knowledge_graph.hpp"

namespace geokg::query::testing {

inline date d(std::string_view text) {
  return parse_date(text).value();
}
inline interval span(std::string_view text) {
  return parse_interval(text).value();
}

// Actor indices of the hand-built graph.
inline constexpr actor_index USA{0U};
inline constexpr actor_index JPN{1U};
inline constexpr actor_index KOR{2U};
inline constexpr actor_index PRK{3U};
inline constexpr actor_index CHN{4U};
inline constexpr actor_index KOREA_EMPIRE{5U};
inline constexpr actor_index QUAD{6U};
inline constexpr actor_index RUS{7U};

// The founding case in miniature. Relation indices, in order of addition:
//    0 USA-JPN alliance 1960-06-23/..
//    1 USA-KOR alliance 1954-11-17/..
//    2 JPN->KOREA_EMPIRE annexation 1910-08-22 (that day only)
//    3 JPN-KOR normalisation 1965-12-18/..
//    4 JPN->KOR economic_aid 1965-12-18/1975-12-18
//    5 CHN->KOR sanction 2016-07/2017-11
//    6 PRK-KOR hostility 1948-09-09/..
//    7 PRK->JPN threat 2006-10-09/..
//    8 CHN-PRK alliance 1961-07-11/..
//    9 JPN-KOR territorial_dispute 1952-01-18/.. (status: disputed)
//   10 JPN->QUAD membership 2007/..
//   11 USA->QUAD membership 2007/..
//   12 USA-JPN partnership 2023-08-18/.. (event: Camp David)
//   13 USA-KOR partnership 2023-08-18/.. (event: Camp David)
//   14 JPN-KOR partnership 2023-08-18/.. (event: Camp David)
//   15 CHN-RUS joint_exercise 2021-10/..
//   16 PRK->USA threat 2017/..
//   17 JPN-KOREA_EMPIRE hostility ../1910-08-29 (open start)
// Events: 0 Camp David summit 2023-08-18 (USA host, JPN, KOR); 1 six-party talks
// 2003-08-27/2007-09-30 (USA, JPN, KOR, PRK, CHN, RUS).
// Claims: 0 upheavals (causes: 7, 5 -> 14); 1 fragile (assessment of 12, 13, 14);
// 2 corroborates (7 -> claim 0; disputed); 3 causes (8 -> 6).
inline knowledge_graph jku_graph() {
  knowledge_graph g;
  g.add_source({.id = "article",
                .kind = source_kind::analysis,
                .title = "Tokyo and Seoul are countering China's ambitions",
                .publisher = "Qonversations"});
  g.add_source({.id = "treaty_1965",
                .kind = source_kind::primary,
                .title = "Treaty on Basic Relations between Japan and the Republic of Korea"});
  g.add_source({.id = "mofa_2023",
                .kind = source_kind::government,
                .title = "The Spirit of Camp David",
                .publisher = "Ministry of Foreign Affairs, Republic of Korea"});

  g.add_actor({.id = actor_id("USA"),
               .name = "United States",
               .aliases = {"US", "America"},
               .codes = {{code_system::cow, "2"}}});
  g.add_actor({.id = actor_id("JPN"), .name = "Japan", .codes = {{code_system::cow, "740"}}});
  g.add_actor({.id = actor_id("KOR"),
               .name = "Republic of Korea",
               .aliases = {"South Korea", "ROK"},
               .codes = {{code_system::cow, "732", span("1949-01-01/..")}},
               .existence = {span("1948-08-15/..")}});
  g.add_actor({.id = actor_id("PRK"),
               .name = "Democratic People's Republic of Korea",
               .aliases = {"North Korea", "DPRK"},
               .codes = {{code_system::cow, "731", span("1948/..")}},
               .existence = {span("1948-09-09/..")}});
  g.add_actor({.id = actor_id("CHN"),
               .name = "People's Republic of China",
               .aliases = {"China"},
               .codes = {{code_system::cow, "710"}}});
  g.add_actor({.id = actor_id("KOREA_EMPIRE"),
               .name = "Korean Empire",
               .codes = {{code_system::cow, "730", span("1887/1905-11-17")}},
               .existence = {span("1897-10-12/1910-08-29")}});
  g.add_actor({.id = actor_id("QUAD"),
               .kind = actor_kind::organisation,
               .name = "Quadrilateral Security Dialogue"});
  g.add_actor(
      {.id = actor_id("RUS"), .name = "Russian Federation", .existence = {span("1991-12-26/..")}});

  const auto rel = [&](const char* id, const char* a, const char* b, relation_kind k,
                       const char* when, std::vector<citation> cites = {},
                       std::optional<statement_status> status = {}, const char* event = "") {
    g.add_relation({.source = actor_id(a),
                    .target = actor_id(b),
                    .kind = k,
                    .when = span(when),
                    .event = event,
                    .info = {.id = id, .status = status, .citations = std::move(cites)}});
  };
  const auto article = [](const char* quote) {
    return std::vector<citation>{{.source = "article", .quote = quote}};
  };
  rel("usa_jpn_alliance", "USA", "JPN", relation_kind::alliance, "1960-06-23/..");
  rel("usa_kor_alliance", "USA", "KOR", relation_kind::alliance, "1954-11-17/..");
  rel("jpn_annexes_korea", "JPN", "KOREA_EMPIRE", relation_kind::annexation, "1910-08-22");
  rel("jpn_kor_normalisation", "JPN", "KOR", relation_kind::normalisation, "1965-12-18/..",
      {{.source = "treaty_1965",
        .locator = "Article I",
        .quote = "Diplomatic and consular relations shall be established"}});
  rel("jpn_kor_aid", "JPN", "KOR", relation_kind::economic_aid, "1965-12-18/1975-12-18");
  rel("chn_kor_thaad", "CHN", "KOR", relation_kind::sanction, "2016-07/2017-11",
      article("sanctions against South Korea for hosting American anti-missile systems"));
  rel("prk_kor_hostility", "PRK", "KOR", relation_kind::hostility, "1948-09-09/..");
  rel("prk_jpn_threat", "PRK", "JPN", relation_kind::threat, "2006-10-09/..",
      article("aggressive nuclear actions by Kim Jong-un"));
  rel("chn_prk_alliance", "CHN", "PRK", relation_kind::alliance, "1961-07-11/..");
  rel("dokdo", "JPN", "KOR", relation_kind::territorial_dispute, "1952-01-18/..", {},
      statement_status::disputed);
  rel("jpn_quad", "JPN", "QUAD", relation_kind::membership, "2007/..");
  rel("usa_quad", "USA", "QUAD", relation_kind::membership, "2007/..");
  g.add_event({.kind = relation_kind::summit,
               .when = span("2023-08-18"),
               .title = "Camp David trilateral summit",
               .participants = {{actor_id("USA"), participant_role::host},
                                {actor_id("JPN")},
                                {actor_id("KOR")}},
               .info = {.id = "camp_david",
                        .citations = {{.source = "mofa_2023",
                                       .quote = "a new era of trilateral partnership"}}}});
  g.add_event({.kind = relation_kind::summit,
               .when = span("2003-08-27/2007-09-30"),
               .title = "Six-party talks",
               .participants = {{actor_id("USA")},
                                {actor_id("JPN")},
                                {actor_id("KOR")},
                                {actor_id("PRK")},
                                {actor_id("CHN")},
                                {actor_id("RUS")}},
               .info = {.id = "six_party_talks"}});
  rel("p_usa_jpn", "USA", "JPN", relation_kind::partnership, "2023-08-18/..", {}, {}, "camp_david");
  rel("p_usa_kor", "USA", "KOR", relation_kind::partnership, "2023-08-18/..", {}, {}, "camp_david");
  rel("p_jpn_kor", "JPN", "KOR", relation_kind::partnership, "2023-08-18/..",
      article("laid the foundation for a long-term alliance"), {}, "camp_david");
  rel("chn_rus_exercises", "CHN", "RUS", relation_kind::joint_exercise, "2021-10/..");
  rel("prk_usa_threat", "PRK", "USA", relation_kind::threat, "2017/..");
  rel("jpn_korea_hostility", "JPN", "KOREA_EMPIRE", relation_kind::hostility, "../1910-08-29");

  g.add_claim(
      {.kind = claim_kind::causes,
       .subjects = {"prk_jpn_threat", "chn_kor_thaad"},
       .objects = {"p_jpn_kor"},
       .text = "geopolitical upheavals drove the rapprochement",
       .info = {.id = "claim_upheavals",
                .citations = article("can be attributed to three major geopolitical upheavals")}});
  g.add_claim({.kind = claim_kind::assessment,
               .subjects = {"p_usa_jpn", "p_usa_kor", "p_jpn_kor"},
               .label = "fragile",
               .text = "the trilateral alliance remains fragile",
               .info = {.id = "claim_fragile", .citations = article("remains fragile")}});
  g.add_claim({.kind = claim_kind::corroborates,
               .subjects = {"prk_jpn_threat"},
               .objects = {"claim_upheavals"},
               .text = "the missile tests bear the account out",
               .info = {.id = "claim_tests", .status = statement_status::disputed}});
  g.add_claim({.kind = claim_kind::causes,
               .subjects = {"chn_prk_alliance"},
               .objects = {"prk_kor_hostility"},
               .text = "the alliance emboldened the North",
               .info = {.id = "claim_unrelated"}});
  return g;
}

// A small deterministic generator (SplitMix64), so that the random graphs are the same with
// every standard library (std::uniform_int_distribution is implementation-defined).
class rng {
 public:
  explicit rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n).
  std::uint32_t below(std::uint32_t n) { return static_cast<std::uint32_t>(next() % n); }
  int between(int lo, int hi) {  // [lo, hi]
    return lo + static_cast<int>(below(static_cast<std::uint32_t>(hi - lo + 1)));
  }
  bool chance(std::uint32_t percent) { return below(100) < percent; }

 private:
  std::uint64_t state_;
};

// A date in [year_lo, year_hi] at a random precision (day, month or year).
inline date random_date(rng& r, int year_lo, int year_hi) {
  const int y = r.between(year_lo, year_hi);
  switch (r.below(3)) {
    case 0:
      return date::from_year(y).value();
    case 1:
      return date::from_year_month(y, static_cast<unsigned>(r.between(1, 12))).value();
    default:
      return date::from_ymd(y, static_cast<unsigned>(r.between(1, 12)),
                            static_cast<unsigned>(r.between(1, 28)))
          .value();
  }
}

inline interval random_interval(rng& r, int year_lo, int year_hi) {
  for (;;) {
    std::optional<date> start;
    std::optional<date> end;
    if (!r.chance(10)) start = random_date(r, year_lo, year_hi);
    if (!r.chance(20)) {
      const int base = start ? start->year() : year_lo;
      end = random_date(r, base, std::min(base + r.between(0, 60), year_hi + 20));
    }
    if (auto i = interval::make(start, end)) return *i;
  }
}

struct random_graph_options {
  std::uint32_t actors = 12;
  std::uint32_t relations = 60;
  int year_lo = 1850;
  int year_hi = 2049;
  std::uint32_t existence_percent = 40;  // share of actors with one existence spell
};

// A random graph: actors A0.. with some existence spells, relations between random distinct
// actors of random kinds, weights in {0.25, 0.5, 0.75, 1} and random intervals.
inline knowledge_graph random_graph(std::uint64_t seed, const random_graph_options& o = {}) {
  rng r(seed);
  knowledge_graph g;
  for (std::uint32_t i = 0; i < o.actors; ++i) {
    actor a{.id = actor_id("A" + std::to_string(i)), .name = "Actor " + std::to_string(i)};
    if (r.chance(o.existence_percent))
      a.existence.push_back(random_interval(r, o.year_lo, o.year_hi));
    g.add_actor(std::move(a));
  }
  for (std::uint32_t i = 0; i < o.relations; ++i) {
    const auto a = r.below(o.actors);
    auto b = r.below(o.actors - 1);
    if (b >= a) ++b;
    g.add_relation({.source = actor_id("A" + std::to_string(a)),
                    .target = actor_id("A" + std::to_string(b)),
                    .kind = static_cast<relation_kind>(r.below(relation_kind_count)),
                    .when = random_interval(r, o.year_lo, o.year_hi),
                    .weight = 0.25 * (1 + r.below(4))});
  }
  return g;
}

}  // namespace geokg::query::testing
