// SPDX-License-Identifier: MIT
// Must not compile: a relation index does not convert to an integer, so it cannot index an array
// of actors (or of anything else) by accident; `value()` says so on purpose.
// (tests/core/compile_fail/check_compile_fail.cmake builds it with and without GEOKG_COMPILE_FAIL.)

#include <cstddef>

#include "geokg/core/knowledge_graph.hpp"

std::size_t position_of(geokg::relation_index r) {
#ifdef GEOKG_COMPILE_FAIL
  const std::size_t i = r;  // GEOKG_EXPECTED_ERROR
#else
  const std::size_t i = r.value();
#endif
  return i;
}
