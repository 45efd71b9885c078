// SPDX-License-Identifier: MIT
#include "geokg/core/predicates.hpp"

#include <gtest/gtest.h>

namespace {

geokg::date d(std::string_view text) {
  return geokg::parse_date(text).value();
}

geokg::relation make(geokg::relation_kind kind, std::string_view when, float weight = 1.0F) {
  return {.source = 0,
          .target = 1,
          .kind = kind,
          .when = geokg::parse_interval(when).value(),
          .weight = weight};
}

// A user's own predicate: any default-constructible, copyable struct callable on a relation.
struct directed_only {
  bool operator()(const geokg::relation& r) const { return r.directed(); }
};

TEST(predicates, test_activity_kind_sign_and_weight) {
  const auto alliance = make(geokg::relation_kind::alliance, "1954-11-17/..");
  const auto sanction = make(geokg::relation_kind::sanction, "2016-07/2017-12", 0.4F);
  EXPECT_TRUE((geokg::is_active_at{d("2023-08-19")})(alliance));
  EXPECT_FALSE((geokg::is_active_at{d("1954-11-16")})(alliance));
  EXPECT_TRUE((geokg::is_active_at{d("2017")})(sanction));
  EXPECT_FALSE((geokg::is_active_at{d("2017-12")})(sanction));  // the end is exclusive
  // Under the `possible` rule a month-precision end may reach to the month's last day.
  EXPECT_TRUE((geokg::is_active_at{d("2017-12-15"), geokg::time_rule::possible})(sanction));
  EXPECT_TRUE((geokg::is_active_during{geokg::parse_interval("2017-06/2018").value()})(sanction));
  EXPECT_FALSE((geokg::is_active_during{geokg::parse_interval("2018/2019").value()})(sanction));
  EXPECT_TRUE(
      (geokg::has_kind{{geokg::relation_kind::alliance, geokg::relation_kind::war}})(alliance));
  EXPECT_FALSE((geokg::has_kind{{geokg::relation_kind::war}})(alliance));
  EXPECT_TRUE((geokg::has_sign{geokg::sign::negative})(sanction));
  EXPECT_FALSE((geokg::has_sign{geokg::sign::negative})(alliance));
  EXPECT_TRUE((geokg::has_min_weight{0.4F})(sanction));
  EXPECT_FALSE((geokg::has_min_weight{0.5F})(sanction));
  EXPECT_TRUE(geokg::any_relation{}(sanction));
}

TEST(predicates, compose_with_and_or_not) {
  const auto alliance = make(geokg::relation_kind::alliance, "1954-11-17/..");
  const auto sanction = make(geokg::relation_kind::sanction, "2016-07/2017-12");
  const auto hostile_2017 =
      geokg::is_active_at{d("2017")} && geokg::has_sign{geokg::sign::negative};
  EXPECT_TRUE(hostile_2017(sanction));
  EXPECT_FALSE(hostile_2017(alliance));
  const auto friendly_or_sanction =
      geokg::has_sign{geokg::sign::positive} || geokg::has_kind{{geokg::relation_kind::sanction}};
  EXPECT_TRUE(friendly_or_sanction(alliance));
  EXPECT_TRUE(friendly_or_sanction(sanction));
  EXPECT_FALSE(friendly_or_sanction(make(geokg::relation_kind::war, "1950/1953")));
  const auto not_negative = !geokg::has_sign{geokg::sign::negative};
  EXPECT_TRUE(not_negative(alliance));
  EXPECT_FALSE(not_negative(sanction));
  // A user-written predicate composes with geokg's.
  const auto directed_hostile = directed_only{} && geokg::has_sign{geokg::sign::negative};
  EXPECT_TRUE(directed_hostile(sanction));
  EXPECT_FALSE(directed_hostile(make(geokg::relation_kind::war, "1950/1953")));
  static_assert(geokg::relation_predicate<std::remove_cv_t<decltype(directed_hostile)>>);
  static_assert(sizeof(hostile_2017) <= 16, "predicates must stay small: views copy them");
}

}  // namespace
