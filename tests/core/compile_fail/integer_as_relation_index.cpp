// SPDX-License-Identifier: MIT
// Must not compile: an integer does not convert implicitly to a relation index (only to an actor
// index, which is the vertex descriptor); `relation_index{n}` says so on purpose.
// (tests/core/compile_fail/check_compile_fail.cmake builds it with and without GEOKG_COMPILE_FAIL.)

#include <cstdint>

#include "geokg/core/knowledge_graph.hpp"

const geokg::relation& relation_number(const geokg::knowledge_graph& g, std::uint32_t n) {
#ifdef GEOKG_COMPILE_FAIL
  return g.relation_at(n);  // GEOKG_EXPECTED_ERROR
#else
  return g.relation_at(geokg::relation_index{n});
#endif
}
