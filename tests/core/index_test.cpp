// SPDX-License-Identifier: MIT
// Tests for geokg/core/index.hpp: the typed indices, no_index, index_range. (That the kinds do
// not mix is a compile-time property: tests/core/compile_fail/.)
#include "geokg/core/index.hpp"

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iterator>
#include <set>
#include <type_traits>
#include <unordered_set>
#include <vector>

#include <gtest/gtest.h>

namespace {

using geokg::actor_index;
using geokg::claim_index;
using geokg::event_index;
using geokg::no_index;
using geokg::relation_index;
using geokg::source_index;

// What must not convert, checked where it can be: the compile-fail tests cover the calls.
static_assert(!std::is_convertible_v<relation_index, actor_index>);
static_assert(!std::is_convertible_v<actor_index, relation_index>);
static_assert(!std::is_convertible_v<event_index, relation_index>);
static_assert(!std::is_convertible_v<source_index, claim_index>);
static_assert(!std::is_convertible_v<relation_index, std::size_t>);
static_assert(!std::is_convertible_v<std::uint32_t, relation_index>);
static_assert(std::is_constructible_v<relation_index, std::uint32_t>);  // explicitly
// The actor index is the vertex descriptor's value, both ways.
static_assert(std::is_convertible_v<actor_index, std::size_t>);
static_assert(std::is_convertible_v<std::size_t, actor_index>);
static_assert(std::is_convertible_v<geokg::no_index_t, relation_index>);
static_assert(sizeof(actor_index) == 4 && sizeof(relation_index) == 4);
static_assert(std::is_trivially_copyable_v<event_index>);

TEST(index, holds_its_value_and_defaults_to_zero) {
  EXPECT_EQ(relation_index{7U}.value(), 7U);
  EXPECT_EQ(relation_index{}.value(), 0U);
  EXPECT_EQ(static_cast<event_index>(std::size_t{12}).value(), 12U);
}

TEST(index, no_index_converts_to_and_compares_with_every_kind) {
  const relation_index r = no_index;
  const event_index e = no_index;
  const actor_index a = no_index;
  EXPECT_TRUE(r == no_index);
  EXPECT_TRUE(no_index == e);
  EXPECT_TRUE(a == no_index);
  EXPECT_FALSE(relation_index{0U} == no_index);
  EXPECT_NE(claim_index{3U}, no_index);
  EXPECT_EQ(r.value(), geokg::no_index_t::value);
  const std::uint32_t raw = no_index;  // for raw storage (statement_ref::index)
  EXPECT_EQ(raw, 4294967295U);
}

TEST(index, orders_and_increments_within_a_kind) {
  relation_index r{2U};
  EXPECT_LT(relation_index{1U}, r);
  EXPECT_EQ(++r, relation_index{3U});
  EXPECT_EQ(r++, relation_index{3U});
  EXPECT_EQ(r, relation_index{4U});
  const std::set<event_index> sorted{event_index{5U}, event_index{1U}, event_index{3U}};
  EXPECT_EQ(sorted.begin()->value(), 1U);
}

TEST(index, actor_index_is_interchangeable_with_the_vertex_descriptor) {
  const std::size_t vertex = 4;
  const actor_index a = vertex;
  const std::size_t back = a;
  EXPECT_EQ(back, 4U);
  EXPECT_TRUE(a == vertex);
  EXPECT_TRUE(vertex == a);
  EXPECT_TRUE(a < std::size_t{5});
  EXPECT_TRUE(3 < a);
  EXPECT_TRUE(a != 0);
  std::vector<int> per_vertex(6, 0);
  per_vertex[a] = 1;
  EXPECT_EQ(per_vertex[4], 1);
  std::size_t n = 0;
  for (actor_index i = 0; i < per_vertex.size(); ++i)
    ++n;
  EXPECT_EQ(n, 6U);
}

TEST(index, hashes_like_its_integer) {
  EXPECT_EQ(std::hash<relation_index>{}(relation_index{9U}), std::hash<std::uint32_t>{}(9U));
  const std::unordered_set<actor_index> seen{actor_index{1U}, actor_index{1U}, actor_index{2U}};
  EXPECT_EQ(seen.size(), 2U);
}

TEST(index, prints_its_decimal_value) {
  EXPECT_EQ(to_string(relation_index{42U}), "42");
  EXPECT_EQ(to_string(actor_index{0U}), "0");
  EXPECT_EQ(to_string(event_index{no_index}), "4294967295");
}

TEST(index, range_iterates_the_indices_of_one_kind_in_order) {
  std::vector<std::uint32_t> seen;
  for (const claim_index c : geokg::index_range<claim_index>(3))
    seen.push_back(c.value());
  EXPECT_EQ(seen, (std::vector<std::uint32_t>{0, 1, 2}));
  const geokg::index_range<source_index> none(0);
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(none.begin(), none.end());
  EXPECT_EQ(geokg::index_range<relation_index>(5).size(), 5U);
  static_assert(std::forward_iterator<geokg::index_range<relation_index>::iterator>);
}

}  // namespace
