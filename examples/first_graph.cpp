// SPDX-License-Identifier: MIT
// The smallest useful geokg program: build a graph, ask one question, print the answer.
// Copy it to start your own.

#include <fmt/format.h>
#include <geokg/geokg.hpp>

int main() {
  geokg::knowledge_graph g;
  for (const char* id : {"USA", "JPN", "KOR", "PRK"})
    g.add_actor({.id = geokg::actor_id(id)});
  const auto add = [&](const char* a, const char* b, geokg::relation_kind k, const char* when) {
    g.add_relation({.source = geokg::actor_id(a),
                    .target = geokg::actor_id(b),
                    .kind = k,
                    .when = geokg::parse_interval(when).value()});
  };
  add("USA", "JPN", geokg::relation_kind::alliance, "1960-06-23/..");
  add("USA", "KOR", geokg::relation_kind::alliance, "1954-11-17/..");
  add("PRK", "KOR", geokg::relation_kind::hostility, "1948-09-09/..");
  add("PRK", "JPN", geokg::relation_kind::provocation, "2017-08-29");

  // The question: which hostile ties were active on the day North Korea fired a missile over Japan?
  const auto at = geokg::parse_date("2017-08-29").value();
  const auto hostile =
      geokg::view(g, geokg::is_active_at{at} && geokg::has_sign{geokg::sign::negative});
  for (const auto& e : boost::make_iterator_range(boost::edges(hostile))) {
    const auto& r = g[e];
    fmt::print("{} {} {} ({})\n", g[r.source].id, r.kind, g[r.target].id, r.when);
  }
  return 0;
}
