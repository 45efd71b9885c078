// SPDX-License-Identifier: MIT
// A program a user might write against the packaged library; shared by tests/install and
// tests/subdir. It exits non-zero if the library does not behave.
#include <geokg/geokg.hpp>

#include <fmt/format.h>

int main() {
  geokg::knowledge_graph g;
  g.add_actor({.id = geokg::actor_id("USA"), .name = "United States"});
  g.add_actor({.id = geokg::actor_id("JPN"), .name = "Japan"});
  g.add_relation({.source = geokg::actor_id("USA"),
                  .target = geokg::actor_id("JPN"),
                  .kind = geokg::relation_kind::alliance,
                  .when = geokg::interval::since(*geokg::parse_date("1952-04-28"))});
  const auto v = geokg::active_at(g, *geokg::parse_date("2023-08-19"));
  std::size_t active = 0;
  for (const auto& e : boost::make_iterator_range(boost::edges(v))) {
    fmt::print("{} {} {} since {}\n", g[g[e].source].id, g[e].kind, g[g[e].target].id,
               *g[e].when.start());
    ++active;
  }
  // The io library (static, RapidJSON inside) and the header-only query module link from the
  // package too.
  const auto loaded = geokg::io::parse_json(
      R"({"actors": [{"id": "KOR", "kind": "state"}, {"id": "PRK", "kind": "state"}],
          "relations": [{"source": "PRK", "target": "KOR", "kind": "hostility", "start": "1948-09-09"}]})",
      "inline.json");
  const auto hostile = geokg::query::neighbors(loaded.graph, loaded.graph.actor_index_of("KOR"),
                                               {.polarity = geokg::sign::negative});
  fmt::print("geokg {}: KOR has {} hostile neighbour(s)\n", GEOKG_VERSION_STRING, hostile.actors.size());
  return active == 1 && hostile.actors.size() == 1 ? 0 : 1;
}
