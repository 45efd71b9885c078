// SPDX-License-Identifier: MIT
// Must not compile: `event_at` takes an event index, not an actor index.
// (tests/core/compile_fail/check_compile_fail.cmake builds it with and without GEOKG_COMPILE_FAIL.)

#include "geokg/core/knowledge_graph.hpp"

const geokg::event& event_of(const geokg::knowledge_graph& g, geokg::actor_index a) {
#ifdef GEOKG_COMPILE_FAIL
  return g.event_at(a);  // GEOKG_EXPECTED_ERROR
#else
  return g.event_at(geokg::event_index{a.value()});
#endif
}
