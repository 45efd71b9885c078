// SPDX-License-Identifier: MIT
// Tests for geokg/core/relation_kind.hpp: names, aliases, the sign and direction table, kind_set.

#include "geokg/core/relation_kind.hpp"

#include <gtest/gtest.h>

#include <cstddef>
#include <iterator>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace {

using geokg::kind_set;
using geokg::parse_relation_kind;
using geokg::relation_kind;
using geokg::relation_kind_count;
using geokg::sign;

relation_kind kind_at(std::size_t i) {
  return static_cast<relation_kind>(i);
}

TEST(relation_kind, names_round_trip_and_are_unique) {
  std::set<std::string_view> names;
  for (std::size_t i = 0; i < relation_kind_count; ++i) {
    const auto k = kind_at(i);
    const auto name = to_string(k);
    SCOPED_TRACE(std::string(name));
    EXPECT_FALSE(name.empty());
    EXPECT_EQ(parse_relation_kind(name), k);
    EXPECT_TRUE(names.insert(name).second) << "duplicate name";
  }
  EXPECT_EQ(names.size(), relation_kind_count);
}

TEST(relation_kind, has_the_documented_name_sign_and_direction) {
  // The table in the doc comment of relation_kind, in declaration order.
  struct case_ {
    relation_kind kind;
    std::string_view name;
    sign polarity;
    bool directed;
  };
  constexpr auto P = sign::positive;
  constexpr auto N = sign::negative;
  constexpr auto Z = sign::neutral;
  using K = relation_kind;
  const case_ cases[] = {
      {K::alliance, "alliance", P, false},
      {K::partnership, "partnership", P, false},
      {K::membership, "membership", Z, true},
      {K::leadership, "leadership", Z, true},
      {K::normalisation, "normalisation", P, false},
      {K::treaty, "treaty", P, false},
      {K::diplomatic_relations, "diplomatic_relations", P, false},
      {K::summit, "summit", P, false},
      {K::joint_exercise, "joint_exercise", P, false},
      {K::economic_aid, "economic_aid", P, true},
      {K::support, "support", P, true},
      {K::cooperation, "cooperation", P, true},
      {K::hostility, "hostility", N, false},
      {K::territorial_dispute, "territorial_dispute", N, false},
      {K::dispute, "dispute", N, false},
      {K::war, "war", N, false},
      {K::invasion, "invasion", N, true},
      {K::occupation, "occupation", N, true},
      {K::annexation, "annexation", N, true},
      {K::cession, "cession", Z, true},
      {K::atrocity, "atrocity", N, true},
      {K::sanction, "sanction", N, true},
      {K::threat, "threat", N, true},
      {K::provocation, "provocation", N, true},
      {K::militarisation, "militarisation", N, true},
      {K::conflict, "conflict", N, true},
      {K::other, "other", Z, false},
  };
  ASSERT_EQ(std::size(cases), relation_kind_count);
  for (std::size_t i = 0; i < relation_kind_count; ++i) {
    const auto& c = cases[i];
    SCOPED_TRACE(c.name);
    EXPECT_EQ(c.kind, kind_at(i)) << "declaration order";
    EXPECT_EQ(to_string(c.kind), c.name);
    EXPECT_EQ(sign_of(c.kind), c.polarity);
    EXPECT_EQ(is_directed(c.kind), c.directed);
  }
}

TEST(relation_kind, parses_aliases) {
  struct case_ {
    std::string_view alias;
    relation_kind kind;
  };
  using K = relation_kind;
  const case_ cases[] = {
      {"defence_pact", K::alliance},
      {"defense_pact", K::alliance},
      {"alignment", K::partnership},
      {"mid", K::dispute},
      {"militarised_dispute", K::dispute},
      {"militarized_dispute", K::dispute},
      {"colonial_rule", K::occupation},
      {"forced_labour", K::atrocity},
      {"sanctions", K::sanction},
      {"normalization", K::normalisation},
      {"militarization", K::militarisation},
      {"weapons_test", K::provocation},
      {"dialogue", K::summit},
      {"aid", K::economic_aid},
      {"rivalry", K::hostility},
      {"exercise", K::joint_exercise},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.alias);
    EXPECT_EQ(parse_relation_kind(c.alias), c.kind);
  }
}

TEST(relation_kind, rejects_unknown_names) {
  const std::string_view cases[] = {
      "",
      "Alliance",
      "ALLIANCE",
      "alliance ",
      " alliance",
      "joint exercise",
      "joint-exercise",
      "wars",
      "unknown",
      "+",
      "0",
      "alliance,war",
  };
  for (const auto text : cases) {
    SCOPED_TRACE(text);
    EXPECT_EQ(parse_relation_kind(text), std::nullopt);
  }
}

TEST(relation_kind, kind_set_all_holds_every_kind) {
  const auto all = kind_set::all();
  EXPECT_EQ(all.size(), relation_kind_count);
  EXPECT_FALSE(all.empty());
  for (std::size_t i = 0; i < relation_kind_count; ++i) {
    SCOPED_TRACE(std::string(to_string(kind_at(i))));
    EXPECT_TRUE(all.contains(kind_at(i)));
  }
}

TEST(relation_kind, kind_set_of_sign_partitions_the_kinds) {
  struct case_ {
    std::string_view name;
    sign polarity;
    std::size_t size;
  };
  const case_ cases[] = {
      {"positive", sign::positive, 10},
      {"negative", sign::negative, 13},
      {"neutral", sign::neutral, 4},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const auto s = kind_set::of_sign(c.polarity);
    EXPECT_EQ(s.size(), c.size);
    for (std::size_t i = 0; i < relation_kind_count; ++i) {
      EXPECT_EQ(s.contains(kind_at(i)), sign_of(kind_at(i)) == c.polarity) << to_string(kind_at(i));
    }
  }
  const auto pos = kind_set::of_sign(sign::positive);
  const auto neg = kind_set::of_sign(sign::negative);
  const auto zero = kind_set::of_sign(sign::neutral);
  EXPECT_EQ(pos | neg | zero, kind_set::all());
  EXPECT_TRUE((pos & neg).empty());
  EXPECT_TRUE((pos & zero).empty());
  EXPECT_TRUE((neg & zero).empty());
}

TEST(relation_kind, kind_set_inserts_erases_and_contains) {
  kind_set s;
  EXPECT_TRUE(s.empty());
  EXPECT_EQ(s.size(), 0U);
  EXPECT_FALSE(s.contains(relation_kind::alliance));

  s.insert(relation_kind::alliance);
  s.insert(relation_kind::other);  // the last kind
  s.insert(relation_kind::alliance);
  EXPECT_EQ(s.size(), 2U);
  EXPECT_TRUE(s.contains(relation_kind::alliance));
  EXPECT_TRUE(s.contains(relation_kind::other));
  EXPECT_FALSE(s.contains(relation_kind::war));

  s.erase(relation_kind::alliance);
  s.erase(relation_kind::war);  // absent: no effect
  EXPECT_EQ(s.size(), 1U);
  EXPECT_FALSE(s.contains(relation_kind::alliance));
  EXPECT_TRUE(s.contains(relation_kind::other));

  EXPECT_EQ((kind_set{relation_kind::war, relation_kind::war, relation_kind::sanction}).size(), 2U);
  EXPECT_EQ((kind_set{relation_kind::war, relation_kind::sanction}),
            (kind_set{relation_kind::sanction, relation_kind::war}));
  EXPECT_NE((kind_set{relation_kind::war}), (kind_set{relation_kind::sanction}));
}

TEST(relation_kind, kind_set_unites_and_intersects) {
  const kind_set a{relation_kind::alliance, relation_kind::war, relation_kind::summit};
  const kind_set b{relation_kind::war, relation_kind::sanction};
  EXPECT_EQ(a | b, (kind_set{relation_kind::alliance, relation_kind::war, relation_kind::summit,
                             relation_kind::sanction}));
  EXPECT_EQ(a & b, kind_set{relation_kind::war});
  EXPECT_EQ(a | kind_set{}, a);
  EXPECT_TRUE((a & kind_set{}).empty());
  EXPECT_EQ(a & kind_set::all(), a);
  EXPECT_EQ(a | kind_set::all(), kind_set::all());
}

TEST(relation_kind, kind_set_works_in_constant_expressions) {
  constexpr auto hostile = kind_set::of_sign(sign::negative);
  static_assert(hostile.contains(relation_kind::war));
  constexpr auto n = hostile.size();
  EXPECT_EQ(n, 13U);
}

}  // namespace
