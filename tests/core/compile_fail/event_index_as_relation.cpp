// SPDX-License-Identifier: MIT
// Must not compile: `relation_at` takes a relation index, not an event index.
// (tests/core/compile_fail/check_compile_fail.cmake builds it with and without GEOKG_COMPILE_FAIL.)

#include "geokg/core/knowledge_graph.hpp"

const geokg::relation& relation_of(const geokg::knowledge_graph& g, geokg::event_index e) {
#ifdef GEOKG_COMPILE_FAIL
  return g.relation_at(e);  // GEOKG_EXPECTED_ERROR
#else
  return g.relation_at(geokg::relation_index{e.value()});
#endif
}
