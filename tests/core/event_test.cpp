// SPDX-License-Identifier: MIT
#include "geokg/core/event.hpp"

#include <gtest/gtest.h>

namespace {

TEST(participant_role, names_round_trip) {
  for (auto r : {geokg::participant_role::participant, geokg::participant_role::side_a,
                 geokg::participant_role::side_b, geokg::participant_role::initiator,
                 geokg::participant_role::target, geokg::participant_role::host,
                 geokg::participant_role::mediator, geokg::participant_role::observer}) {
    SCOPED_TRACE(geokg::to_string(r));
    EXPECT_EQ(geokg::parse_participant_role(geokg::to_string(r)), r);
  }
  EXPECT_EQ(geokg::parse_participant_role("side_c"), std::nullopt);
  EXPECT_EQ(geokg::parse_participant_role(""), std::nullopt);
}

TEST(event, involves_its_participants_in_any_role) {
  const geokg::event war{.kind = geokg::relation_kind::war,
                         .title = "Korean War",
                         .participants = {{0, geokg::participant_role::side_a},
                                          {1, geokg::participant_role::side_b},
                                          {2, geokg::participant_role::side_b}}};
  EXPECT_TRUE(war.involves(0));
  EXPECT_TRUE(war.involves(2));
  EXPECT_FALSE(war.involves(3));
  EXPECT_EQ(war.part_of, geokg::no_index);
}

}  // namespace
