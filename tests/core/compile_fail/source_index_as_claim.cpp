// SPDX-License-Identifier: MIT
// Must not compile: `claim_at` takes a claim index, not a source index.
// (tests/core/compile_fail/check_compile_fail.cmake builds it with and without GEOKG_COMPILE_FAIL.)

#include "geokg/core/knowledge_graph.hpp"

const geokg::claim& claim_of(const geokg::knowledge_graph& g, geokg::source_index s) {
#ifdef GEOKG_COMPILE_FAIL
  return g.claim_at(s);  // GEOKG_EXPECTED_ERROR
#else
  return g.claim_at(geokg::claim_index{s.value()});
#endif
}
