// SPDX-License-Identifier: MIT
// Writing your own questions: a view built from geokg's predicates and one of your own, the query
// module's vocabulary on top of it, and a raw Boost.Graph algorithm on the very same view. The
// graph is built here through the C++ API (a small, simplified slice of the East Asia case), so
// the program needs no dataset. Its output is quoted in docs/queries.md.

#include <algorithm>
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <boost/graph/connected_components.hpp>
#include <geokg/format.hpp>
#include <geokg/query/diff.hpp>
#include <geokg/query/explain.hpp>
#include <geokg/query/neighbors.hpp>
#include <geokg/query/paths.hpp>
#include <geokg/query/select.hpp>
#include <geokg/query/series.hpp>
#include <geokg/query/timeline.hpp>
#include <geokg/query/undirected.hpp>

namespace {

using geokg::actor_id;
using geokg::relation_kind;
namespace query = geokg::query;

geokg::date day(std::string_view text) {
  return geokg::parse_date(text).value();
}
geokg::interval span(std::string_view text) {
  return geokg::parse_interval(text).value();
}

geokg::knowledge_graph build() {
  geokg::knowledge_graph g;
  g.add_source({.id = "article",
                .kind = geokg::source_kind::analysis,
                .title = "Tokyo and Seoul are countering China's ambitions",
                .publisher = "Qonversations"});
  g.add_source({.id = "mofa_kr_2023",
                .kind = geokg::source_kind::government,
                .title = "The Spirit of Camp David",
                .publisher = "Ministry of Foreign Affairs, Republic of Korea"});
  const auto state = [&](const char* id, const char* name, std::vector<std::string> aliases,
                         const char* cow, const char* existence) {
    geokg::actor a{.id = actor_id(id), .name = name, .aliases = std::move(aliases)};
    if (*cow != '\0') a.codes.push_back({geokg::code_system::cow, cow});
    if (*existence != '\0') a.existence.push_back(span(existence));
    g.add_actor(std::move(a));
  };
  state("USA", "United States", {"US"}, "2", "");
  state("JPN", "Japan", {}, "740", "");
  state("KOR", "Republic of Korea", {"South Korea", "ROK"}, "732", "1948-08-15/..");
  state("PRK", "Democratic People's Republic of Korea", {"North Korea"}, "731", "1948-09-09/..");
  state("CHN", "People's Republic of China", {"China"}, "710", "1949-10-01/..");
  state("RUS", "Russian Federation", {"Russia"}, "365", "1991-12-26/..");

  const auto rel = [&](const char* id, const char* a, const char* b, relation_kind k,
                       const char* when, double weight = 1.0, const char* quote = "",
                       const char* event = "") {
    geokg::statement_info info{.id = id};
    if (*quote != '\0') info.citations.push_back({.source = "article", .quote = quote});
    g.add_relation({.source = actor_id(a),
                    .target = actor_id(b),
                    .kind = k,
                    .when = span(when),
                    .weight = weight,
                    .event = event,
                    .info = std::move(info)});
  };
  rel("usa_kor_alliance", "USA", "KOR", relation_kind::alliance, "1953-10-01/..");
  rel("usa_jpn_alliance", "USA", "JPN", relation_kind::alliance, "1960-06-23/..");
  rel("chn_prk_alliance", "CHN", "PRK", relation_kind::alliance, "1961-07-11/..");
  rel("jpn_kor_normalisation", "JPN", "KOR", relation_kind::normalisation, "1965-12-18/..", 0.5,
      "decided to normalize relations with Japan");
  rel("jpn_kor_dispute", "JPN", "KOR", relation_kind::territorial_dispute, "1952-01-18/..", 0.3);
  rel("prk_kor_hostility", "PRK", "KOR", relation_kind::hostility, "1948-09-09/..");
  rel("prk_jpn_threat", "PRK", "JPN", relation_kind::threat, "2006-10-09/..", 1.0,
      "aggressive nuclear actions by Kim Jong-un");
  rel("chn_kor_thaad", "CHN", "KOR", relation_kind::sanction, "2016-07/2017-11", 0.6,
      "sanctions against South Korea for hosting American anti-missile systems");
  rel("chn_rus_exercises", "CHN", "RUS", relation_kind::joint_exercise, "2021-10/..", 0.7,
      "joint military exercises with the Russian navy near Japanese waters");
  g.add_event({.kind = relation_kind::summit,
               .when = span("2023-08-18"),
               .title = "Camp David trilateral summit",
               .participants = {{actor_id("USA"), geokg::participant_role::host},
                                {actor_id("JPN")},
                                {actor_id("KOR")}},
               .info = {.id = "camp_david",
                        .citations = {{.source = "mofa_kr_2023",
                                       .quote = "a new era of trilateral partnership"}}}});
  rel("p_jpn_kor", "JPN", "KOR", relation_kind::partnership, "2023-08-18/..", 1.0,
      "laid the foundation for a long-term alliance", "camp_david");
  rel("p_usa_jpn", "USA", "JPN", relation_kind::partnership, "2023-08-18/..", 1.0, "",
      "camp_david");
  rel("p_usa_kor", "USA", "KOR", relation_kind::partnership, "2023-08-18/..", 1.0, "",
      "camp_david");
  g.add_claim({.kind = geokg::claim_kind::causes,
               .subjects = {"prk_jpn_threat", "chn_kor_thaad", "chn_rus_exercises"},
               .objects = {"p_jpn_kor"},
               .text = "geopolitical upheavals drove the rapprochement between Tokyo and Seoul",
               .info = {.id = "claim_upheavals",
                        .citations = {{.source = "article",
                                       .quote = "can be attributed to three major geopolitical "
                                                "upheavals"}}}});
  return g;
}

// The user's own relation predicate: a tie at least this strong. It composes with geokg's.
struct strong_tie {
  float threshold = 0.5F;
  bool operator()(const geokg::relation& r) const { return r.weight >= threshold; }
};

std::string ids(const geokg::knowledge_graph& g, const std::vector<geokg::actor_index>& actors) {
  std::vector<std::string> out;
  for (const auto a : actors)
    out.push_back(g[a].id.str());
  return out.empty() ? "none" : fmt::format("{}", fmt::join(out, ", "));
}

std::string route(const geokg::knowledge_graph& g, const query::path& p) {
  std::string out = g[p.actors.front()].id.str();
  for (std::size_t i = 0; i < p.relations.size(); ++i)
    out += fmt::format(" -[{}]- {}", g.relation_at(p.relations[i]).kind, g[p.actors[i + 1]].id);
  return out;
}

}  // namespace

int main() {
  const auto g = build();
  const auto usa = g.actor_index_of("USA");
  const auto jpn = g.actor_index_of("JPN");
  const auto kor = g.actor_index_of("KOR");
  const auto prk = g.actor_index_of("PRK");
  const auto today = day("2023-08-19");

  // 1. A view: strong friendly ties active on 2023-08-19. Two geokg predicates and one of ours,
  //    combined with &&; nothing is copied.
  const auto friendly = geokg::view(
      g, geokg::is_active_at{today} && geokg::has_sign{geokg::sign::positive} && strong_tie{0.5F});
  fmt::print("Q1. Japan's strong friends on {}: {}\n", today,
             ids(g, query::neighbors(friendly, jpn).actors));

  // 2. A raw Boost.Graph algorithm on the same view: friendly blocs as connected components.
  //    geokg's graph is bidirectional; as_undirected() lets Boost see it as undirected.
  std::vector<std::size_t> bloc(g.num_actors());
  const auto blocs = boost::connected_components(query::as_undirected(friendly), bloc.data());
  std::map<std::size_t, std::vector<geokg::actor_index>> members;
  for (geokg::actor_index a = 0; a < g.num_actors(); ++a)
    members[bloc[a]].push_back(a);
  fmt::print("Q2. {} friendly blocs:", blocs);
  for (const auto& [b, who] : members)
    fmt::print(" {{{}}}", ids(g, who));
  fmt::print("\n");

  // 3. geokg queries on views of the same graph.
  const auto now = geokg::active_at(g, today);
  fmt::print("Q3. Japan and Korea share allies {} and adversaries {}\n",
             ids(g, query::common_allies(now, jpn, kor)),
             ids(g, query::common_adversaries(now, jpn, kor)));
  // Friend-or-foe reachability counts walks, so leave out the island dispute, which would make
  // Japan its own ally's enemy: restrict() adds a condition to the view.
  const auto signed_ties =
      geokg::restrict(now, !geokg::has_kind{{relation_kind::territorial_dispute}});
  fmt::print("Q4. Japan's enemies and their friends: {}; the enemies of those: {}\n",
             ids(g, query::reachable_with_negatives(signed_ties, jpn, 1)),
             ids(g, query::reachable_with_negatives(signed_ties, jpn, 2)));
  const auto p = query::shortest_path(now, usa, prk, {.follow = query::traversal::directed});
  fmt::print("Q5. Shortest directed route USA to PRK: {}\n", p ? route(g, *p) : "none");
  // A user weight: hostile ties cost 10, friendly ones 1/weight (weak ties are long).
  const auto cost = [](const geokg::relation& r) {
    return r.polarity() == geokg::sign::negative ? 10.0 : 1.0 / r.weight;
  };
  for (const auto& q : query::k_shortest_paths(now, jpn, kor, 3, cost))
    fmt::print("Q6. JPN to KOR, cost {:.2f}: {}\n", q.length, route(g, q));

  // 4. Finding actors.
  const auto rok = query::find_by_code(g, geokg::code_system::cow, "732", day("1990"));
  fmt::print("Q7. COW 732 in 1990: {}; 'south korea' is {}; did you mean {} for 'KOR1'?\n",
             rok ? g[*rok].id.str() : "nobody", g[query::find_by_name(g, "south korea").value()].id,
             query::suggest_actors(g, "KOR1", 1).front().matched);

  // 5. Time travel: a dyad's history, what changed, and a series without rebuilding anything.
  fmt::print("Q8. Japan and Korea, in order:\n");
  for (const auto& s : query::timeline(g, jpn, kor).entries)
    fmt::print("      {}\n", query::describe(g, s));
  const auto change = query::diff(g, day("2016-08-01"), day("2023-08-19"));
  fmt::print("Q9. From 2016-08-01 to {}: {} started, {} ended; sign changes:", today,
             change.started.size(), change.ended.size());
  for (const auto& c : change.sign_changes)
    fmt::print(" {}-{} ({} to {})", g[c.a].id, g[c.b].id, c.before, c.after);
  fmt::print("\n");
  const auto positive = geokg::with_sign(g, geokg::sign::positive);
  const auto per_decade = query::series(
      positive, day("1950"), day("2020"), {query::step_unit::year, 10},
      [&](const query::view_at<decltype(positive)>& v) {
        // The view measure: Boost's connected components on the friendly graph of that date,
        // counting blocs of two or more actors.
        std::vector<std::size_t> c(g.num_actors());
        const auto n = boost::connected_components(query::as_undirected(v), c.data());
        std::vector<std::size_t> size(n, 0);
        for (const auto x : c)
          ++size[x];
        return std::count_if(size.begin(), size.end(), [](std::size_t s) { return s > 1; });
      });
  fmt::print("Q10. Friendly blocs of two or more, per decade:");
  for (const auto& point : per_decade)
    fmt::print(" {}:{}", point.at, point.value);
  fmt::print("\n");
  const query::time_index index(g);
  fmt::print("Q11. Relations active per decade (one index, no rebuild):");
  for (const auto d : query::step_dates(day("1950"), day("2020"), {query::step_unit::year, 10}))
    fmt::print(" {}:{}", d, index.count_active_at(d));
  fmt::print("\n");

  // 6. Why are Japan and Korea aligned now? Facts and claims, each with its sources.
  fmt::print("Q12. {}", query::to_string(query::explain(g, jpn, kor, today)));
  return 0;
}
