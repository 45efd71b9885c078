// SPDX-License-Identifier: MIT
// The smallest useful geokg program: load a dataset, ask one question, print the answer.
// Copy it to start your own.
//
// Usage: first_graph [DATASET]   (a geokg JSON file, a folder of them, or a CSV dataset folder)

#include <iostream>

#include <fmt/format.h>
#include <geokg/geokg.hpp>

int main(int argc, char** argv) {
  const std::filesystem::path dataset = argc > 1 ? argv[1] : GEOKG_EAST_ASIA_DIR;
  geokg::io::load_result loaded;
  try {
    loaded = geokg::io::load(dataset);
  } catch (const geokg::error& e) {  // a located diagnostic: file:line:column: error: ...
    std::cerr << e.what() << '\n';
    return 1;
  }
  const auto& g = loaded.graph;

  // The question: which hostile ties were active on the day North Korea last fired a missile
  // over Japan (2022-10-04), and who stood on each side?
  const auto at = geokg::parse_date("2022-10-04").value();
  const auto hostile =
      geokg::view(g, geokg::is_active_at{at} && geokg::has_sign{geokg::sign::negative});
  for (const auto& e : boost::make_iterator_range(boost::edges(hostile))) {
    const auto& r = g[e];
    fmt::print("{} {} {} ({})\n", g[r.source].id, r.kind, g[r.target].id, r.when);
  }
  return 0;
}
