// SPDX-License-Identifier: MIT
#include "geokg/core/claim.hpp"

#include <gtest/gtest.h>

namespace {

TEST(claim_kind, names_round_trip) {
  for (auto k : {geokg::claim_kind::causes, geokg::claim_kind::contributes_to,
                 geokg::claim_kind::assessment, geokg::claim_kind::corroborates,
                 geokg::claim_kind::contradicts, geokg::claim_kind::refines}) {
    SCOPED_TRACE(geokg::to_string(k));
    EXPECT_EQ(geokg::parse_claim_kind(geokg::to_string(k)), k);
  }
  EXPECT_EQ(geokg::parse_claim_kind("cause"), std::nullopt);
}

TEST(claim_spec, is_a_claim_not_a_fact_by_default) {
  // The article's causal claims and assessments must never be presented as facts.
  // The status is left empty and the graph stores `claimed` for it (knowledge_graph_test checks).
  const geokg::claim_spec spec{
      .kind = geokg::claim_kind::causes, .subjects = {"a"}, .objects = {"b"}};
  EXPECT_EQ(spec.info.status, std::nullopt);
}

}  // namespace
