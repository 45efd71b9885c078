// SPDX-License-Identifier: MIT
// The founding case of geokg: how Japan and South Korea, long hostile, were drawn into a US-led
// partnership by 2023, told from a knowledge graph built with geokg's public API.
//
// The statements below are a small, sourced subset of the curated East Asia case (sources in
// data/curated/east_asia/SOURCES.md); the article's causal claims are kept as claims, attributed
// to the article, never as facts.

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <geokg/geokg.hpp>

namespace {

using geokg::actor_id;
using geokg::relation_kind;

geokg::date day(std::string_view text) {
  return geokg::parse_date(text).value();
}
geokg::interval span(std::string_view text) {
  return geokg::parse_interval(text).value();
}

geokg::knowledge_graph build_case() {
  geokg::knowledge_graph g;
  g.add_source({.id = "qonversations_article",
                .kind = geokg::source_kind::analysis,
                .title = "Tokyo and Seoul are countering China's ambitions",
                .publisher = "Qonversations"});
  g.add_source({.id = "mirror_wp_annexation_treaty_1910",
                .kind = geokg::source_kind::reference,
                .title = "Japan-Korea Treaty of 1910",
                .publisher = "piglix.com (Wikipedia mirror)",
                .url = "http://piglix.com/piglix/Japan-Korea_Treaty_of_1910"});
  g.add_source({.id = "worldjpn_1965_claims_agreement",
                .kind = geokg::source_kind::primary,
                .title =
                    "Agreement on the Settlement of Problems Concerning Property and Claims and on "
                    "Economic Co-operation between Japan and the Republic of Korea",
                .publisher = "The World and Japan database (GRIPS / University of Tokyo)",
                .published = day("1965-06-22"),
                .url = "https://worldjpn.net/documents/texts/JPKR/19650622.T9E.html"});
  g.add_source({.id = "jp_usembassy_2020_treaty_60th",
                .kind = geokg::source_kind::government,
                .title = "The U.S.-Japan Alliance - The Gold Standard in Win-Win Defense Treaties",
                .publisher = "US Embassy & Consulates in Japan",
                .published = day("2020"),
                .url = "https://jp.usembassy.gov/us-japan-alliance-gold-standard-60th-anniv/"});
  g.add_source({.id = "peking_review_1961_treaty_text",
                .kind = geokg::source_kind::primary,
                .title = "Treaty text, Peking Review vol. 4 no. 28",
                .publisher = "Peking Review",
                .published = day("1961-07-14"),
                .url = "https://marxists.org/subject/china/peking-review/1961/PR1961-28a.htm"});
  g.add_source({.id = "mofa_kr_2023_spirit_of_camp_david",
                .kind = geokg::source_kind::government,
                .title = "The Spirit of Camp David",
                .publisher = "Ministry of Foreign Affairs, Republic of Korea",
                .published = day("2023-08-18"),
                .url = "https://www.mofa.go.kr/eng/brd/m_5674/view.do?seq=320862&page=1"});

  const auto state = [&](const char* id, const char* name,
                         std::vector<geokg::interval> existence = {}) {
    g.add_actor({.id = actor_id(id),
                 .kind = geokg::actor_kind::state,
                 .name = name,
                 .existence = std::move(existence)});
  };
  state("USA", "United States");
  state("JPN", "Japan");
  state("KOREAN_KINGDOMS", "Korean kingdoms before 1897 (Baekje, Silla, Goryeo, Joseon)",
        {span("../1897-10-12")});
  state("KOREA_EMPIRE", "Korean Empire", {span("1897-10-12/1910-08-29")});
  g.add_actor({.id = actor_id("KOREA_COLONIAL"),
               .kind = geokg::actor_kind::other,
               .name = "Korea under Japanese rule",
               .existence = {span("1910-08-29/1945-08-15")}});
  state("KOR", "Republic of Korea", {span("1948-08-15/..")});
  state("PRK", "Democratic People's Republic of Korea", {span("1948-09-09/..")});
  state("CHN", "People's Republic of China", {span("1949-10-01/..")});
  state("RUS", "Russian Federation", {span("1991-12-26/..")});
  state("UKR", "Ukraine", {span("1991-08-24/..")});

  const auto cite = [](const char* source, const char* quote) {
    return std::vector<geokg::citation>{{.source = source, .quote = quote}};
  };
  const auto article = [&](const char* quote) { return cite("qonversations_article", quote); };
  const auto rel = [&](const char* id, const char* a, const char* b, relation_kind k,
                       const char* when, std::vector<geokg::citation> citations,
                       std::string subkind = {}) {
    g.add_relation({.source = actor_id(a),
                    .target = actor_id(b),
                    .kind = k,
                    .when = span(when),
                    .subkind = std::move(subkind),
                    .info = {.id = id, .citations = std::move(citations)}});
  };

  rel("jpn_korea_hostility_7th_century", "JPN", "KOREAN_KINGDOMS", relation_kind::hostility,
      "7th century/1897-10-12",
      article("Their adversarial relationship can be traced back as far as the 7th Century, with "
              "Japan making "
              "repeated attempts to invade the Korean Peninsula throughout the centuries."));
  rel("jpn_annexes_korea_1910", "JPN", "KOREA_EMPIRE", relation_kind::annexation, "1910-08-22",
      cite("mirror_wp_annexation_treaty_1910",
           "was made by representatives of the Empire of Japan and the Korean Empire on August 22, "
           "1910."),
      "annexation treaty");
  rel("japanese_rule_in_korea", "JPN", "KOREA_COLONIAL", relation_kind::occupation,
      "1910-08-29/1945-08-15",
      cite("mirror_wp_annexation_treaty_1910",
           "The treaty was proclaimed to the public (and became effective) on August 29, 1910, "
           "officially "
           "starting the period of Japanese rule in Korea."),
      "colonial rule");
  rel("kor_jpn_normalisation_1965", "JPN", "KOR", relation_kind::normalisation, "1965-12-18/..",
      article("it would take another two decades before South Korean President Park Chung-hee "
              "decided to "
              "normalize relations with Japan."));
  g.add_relation(
      {.source = actor_id("JPN"),
       .target = actor_id("KOR"),
       .kind = relation_kind::economic_aid,
       .when = span("1965-12-18/1975-12-18"),
       .subkind = "grants and loans",
       .info = {.id = "claims_agreement_1965",
                .citations = cite(
                    "worldjpn_1965_claims_agreement",
                    "equivalent to three hundred million United States dollars ($300,000,000)"),
                .quantities = {{"grants", geokg::quantity::exact(3e8, "USD")},
                               {"loans", geokg::quantity::exact(2e8, "USD")}}}});
  rel("usa_jpn_alliance_1960", "USA", "JPN", relation_kind::alliance, "1960-06-23/..",
      cite("jp_usembassy_2020_treaty_60th",
           "on June 23, 1960, the Treaty of Mutual Cooperation and Security between the United "
           "States and "
           "Japan entered into force."));
  rel("usa_kor_alliance_1954", "USA", "KOR", relation_kind::alliance, "1954-11-17/..", {});
  rel("chn_prk_alliance_1961", "CHN", "PRK", relation_kind::alliance, "1961-07-11/..",
      cite("peking_review_1961_treaty_text",
           "Treaty of Friendship, Co-operation and Mutual Assistance"));
  rel("prk_kor_hostility", "PRK", "KOR", relation_kind::hostility, "1948-09-09/..", {});
  rel("prk_nuclear_threat_jpn", "PRK", "JPN", relation_kind::threat, "2006-10-09/..",
      article("the proliferation of aggressive nuclear actions by Kim Jong-un, the North Korean "
              "dictator."),
      "nuclear and missile tests");
  rel("rus_invades_ukr_2022", "RUS", "UKR", relation_kind::war, "2022-02-24/..", {});
  rel("chn_tacit_support_rus", "CHN", "RUS", relation_kind::support, "2022-02/..",
      article("China's tacit support for Vladimir Putin in his Ukrainian endeavours."), "tacit");
  rel("chn_sanctions_kor_thaad", "CHN", "KOR", relation_kind::sanction, "2016-07/2017-11",
      article("sanctions against South Korea for hosting American anti-missile systems."), "THAAD");
  rel("chn_rus_naval_exercises_japan", "CHN", "RUS", relation_kind::joint_exercise, "2021-10/..",
      article("joint military exercises with the Russian navy near Japanese waters"));
  rel("chn_intimidates_jpn", "CHN", "JPN", relation_kind::threat, "2012-09/..",
      article("China's President Xi Jinping's hostile stance towards neighbouring countries"));

  g.add_event(
      {.kind = relation_kind::summit,
       .when = span("2023-08-18"),
       .title = "Camp David trilateral summit",
       .participants = {{actor_id("USA"), geokg::participant_role::host},
                        {actor_id("JPN")},
                        {actor_id("KOR")}},
       .info = {.id = "camp_david_2023",
                .citations = cite(
                    "mofa_kr_2023_spirit_of_camp_david",
                    "convened at Camp David to inaugurate a new era of trilateral partnership")}});
  for (auto [id, a, b] : {std::tuple{"partnership_usa_jpn_2023", "USA", "JPN"},
                          std::tuple{"partnership_usa_kor_2023", "USA", "KOR"},
                          std::tuple{"partnership_jpn_kor_2023", "JPN", "KOR"}}) {
    g.add_relation(
        {.source = actor_id(a),
         .target = actor_id(b),
         .kind = relation_kind::partnership,
         .when = span("2023-08-18/.."),
         .event = "camp_david_2023",
         .info = {.id = id,
                  .citations = article("the U.S., Japan, and South Korea laid the foundation "
                                       "for a long-term alliance.")}});
  }

  g.add_claim(
      {.kind = geokg::claim_kind::causes,
       .subjects = {"prk_nuclear_threat_jpn", "chn_tacit_support_rus", "chn_intimidates_jpn",
                    "chn_sanctions_kor_thaad", "chn_rus_naval_exercises_japan"},
       .objects = {"partnership_jpn_kor_2023"},
       .text = "three major geopolitical upheavals drove the rapprochement between Tokyo and Seoul",
       .info = {.id = "claim_three_upheavals",
                .status = geokg::statement_status::claimed,
                .citations =
                    article("The rapprochement between Tokyo and Seoul can be attributed to three "
                            "major geopolitical upheavals.")}});
  g.add_claim({.kind = geokg::claim_kind::assessment,
               .subjects = {"partnership_usa_jpn_2023", "partnership_usa_kor_2023",
                            "partnership_jpn_kor_2023"},
               .label = "fragile",
               .text = "the trilateral alliance remains fragile and susceptible to domestic "
                       "political fluctuations",
               .info = {.id = "claim_fragile",
                        .status = geokg::statement_status::claimed,
                        .citations = article(
                            "the latter alliance remains fragile and susceptible to domestic "
                            "political fluctuations in the three participating countries")}});
  return g;
}

std::string source_line(const geokg::knowledge_graph& g, geokg::statement_ref s) {
  const auto citations = g.citations_of(s);
  if (citations.empty()) return "(no source recorded)";
  const auto& c = citations.front();
  const auto& src = g.source_at(*g.find_source(c.source));
  const auto& who = src.publisher.empty() ? src.title : src.publisher;
  return src.url.empty() ? who : fmt::format("{}, {}", who, src.url);
}

// Relations between two sets of actors, in chronological order.
void print_timeline(const geokg::knowledge_graph& g, const std::set<geokg::actor_index>& side_a,
                    const std::set<geokg::actor_index>& side_b) {
  std::vector<geokg::relation_index> found;
  for (geokg::relation_index r = 0; r < g.num_relations(); ++r) {
    const auto& rel = g.relation_at(r);
    if ((side_a.contains(rel.source) && side_b.contains(rel.target)) ||
        (side_b.contains(rel.source) && side_a.contains(rel.target))) {
      found.push_back(r);
    }
  }
  std::sort(found.begin(), found.end(), [&](auto x, auto y) {
    return g.relation_at(x).when.start() < g.relation_at(y).when.start();
  });
  for (const auto r : found) {
    const auto& rel = g.relation_at(r);
    const geokg::statement_ref s{geokg::statement_kind::relation, r};
    fmt::print("  {:<24} {} {:<14} {:<15} {}\n", fmt::format("{}", rel.when),
               geokg::to_string(rel.polarity()), rel.kind, g[rel.target].id, rel.subkind);
    fmt::print("  {:<24}   source: {}\n", "", source_line(g, s));
  }
}

template <class View>
std::set<std::string> signed_partners(const geokg::knowledge_graph& g, const View& v,
                                      geokg::actor_index a, geokg::sign polarity) {
  std::set<std::string> out;
  for (const auto& e : boost::make_iterator_range(boost::out_edges(a, v))) {
    if (g[e].polarity() == polarity) out.insert(g[g[e].target].id.str());
  }
  for (const auto& e : boost::make_iterator_range(boost::in_edges(a, v))) {
    if (g[e].polarity() == polarity) out.insert(g[g[e].source].id.str());
  }
  return out;
}

void print_alignments(const geokg::knowledge_graph& g, std::string_view when) {
  const auto v = geokg::active_at(g, day(when));
  fmt::print("  at {}:\n", when);
  for (const char* id : {"USA", "JPN", "KOR", "PRK", "CHN", "RUS"}) {
    const auto a = g.actor_at(id);
    fmt::print("    {:<4} friends: {:<22} adversaries: {}\n", id,
               fmt::format("{}", fmt::join(signed_partners(g, v, a, geokg::sign::positive), " ")),
               fmt::join(signed_partners(g, v, a, geokg::sign::negative), " "));
  }
}

}  // namespace

int main() {
  const auto g = build_case();
  fmt::print("geokg {} - Japan, South Korea and the United States\n", GEOKG_VERSION_STRING);
  std::size_t conflicts = 0;
  for (const auto& r : g.relations())
    if (g.existence_conflict(r)) ++conflicts;
  fmt::print(
      "{} actors, {} relations, {} events, {} claims, {} sources; {} relations outside an actor's "
      "existence\n\n",
      g.num_actors(), g.num_relations(), g.num_events(), g.num_claims(), g.num_sources(),
      conflicts);

  fmt::print("1. Japan and Korea, from the 7th century to 2023\n");
  print_timeline(g, {g.actor_at("JPN")},
                 {g.actor_at("KOREAN_KINGDOMS"), g.actor_at("KOREA_EMPIRE"),
                  g.actor_at("KOREA_COLONIAL"), g.actor_at("KOR")});

  fmt::print("\n2. Alignments before and after Camp David\n");
  print_alignments(g, "2012-01-01");
  print_alignments(g, "2023-08-19");

  fmt::print("\n3. Whom Japan and South Korea both stand with, and against, on 2023-08-19\n");
  const auto v = geokg::active_at(g, day("2023-08-19"));
  for (auto polarity : {geokg::sign::positive, geokg::sign::negative}) {
    const auto jpn = signed_partners(g, v, g.actor_at("JPN"), polarity);
    const auto kor = signed_partners(g, v, g.actor_at("KOR"), polarity);
    std::vector<std::string> both;
    std::set_intersection(jpn.begin(), jpn.end(), kor.begin(), kor.end(), std::back_inserter(both));
    fmt::print("  common {}: {}\n",
               polarity == geokg::sign::positive ? "friends    " : "adversaries",
               both.empty() ? "none" : fmt::format("{}", fmt::join(both, ", ")));
  }

  fmt::print("\n4. Why the 2023 partnership? The evidence, facts and claims kept apart\n");
  const auto partnership = g.statement_at("partnership_jpn_kor_2023");
  const auto& camp_david = g.event_at(g.relation_at(partnership.index).event);
  fmt::print("  fact   {} ({}), {} participants; source: {}\n", camp_david.title, camp_david.when,
             camp_david.participants.size(), source_line(g, g.statement_at("camp_david_2023")));
  for (geokg::claim_index c = 0; c < g.num_claims(); ++c) {
    const auto& claim = g.claim_at(c);
    const geokg::statement_ref s{geokg::statement_kind::claim, c};
    fmt::print("  {:<6} [{}] {}\n", g.status_of(s), claim.kind, claim.text);
    for (const auto& subject : claim.subjects) {
      const auto& rel = g.relation_at(subject.index);
      fmt::print("           - {} {} {} ({})\n", g[rel.source].id, rel.kind, g[rel.target].id,
                 rel.when);
    }
    fmt::print("           attributed to: {}\n", source_line(g, s));
  }
  return 0;
}
