// SPDX-License-Identifier: MIT
// Must not compile: `g[r]` reads an actor, and a relation index is not an actor index.
// (tests/core/compile_fail/check_compile_fail.cmake builds it with and without GEOKG_COMPILE_FAIL.)

#include "geokg/core/knowledge_graph.hpp"

const geokg::actor& first_actor_of(const geokg::knowledge_graph& g, geokg::relation_index r) {
#ifdef GEOKG_COMPILE_FAIL
  return g[r];  // GEOKG_EXPECTED_ERROR
#else
  return g[g.relation_at(r).source];
#endif
}
