// SPDX-License-Identifier: MIT
// Tests for geokg/core/statement.hpp: statement kinds and statuses, statement_ref.

#include "geokg/core/statement.hpp"

#include <gtest/gtest.h>

#include <compare>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace {

using geokg::statement_kind;
using geokg::statement_ref;
using geokg::statement_status;

TEST(statement, names_kinds) {
  EXPECT_EQ(to_string(statement_kind::relation), "relation");
  EXPECT_EQ(to_string(statement_kind::event), "event");
  EXPECT_EQ(to_string(statement_kind::claim), "claim");
}

TEST(statement, status_parses_names_and_aliases) {
  struct case_ {
    std::string_view text;
    statement_status expected;
  };
  const case_ cases[] = {
      {"fact", statement_status::fact},
      {"claimed", statement_status::claimed},
      {"claim", statement_status::claimed},
      {"disputed", statement_status::disputed},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(geokg::parse_statement_status(c.text), c.expected);
  }
}

TEST(statement, status_names_round_trip) {
  struct case_ {
    statement_status status;
    std::string_view name;
  };
  const case_ cases[] = {
      {statement_status::fact, "fact"},
      {statement_status::claimed, "claimed"},
      {statement_status::disputed, "disputed"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(to_string(c.status), c.name);
    EXPECT_EQ(geokg::parse_statement_status(to_string(c.status)), c.status);
  }
}

TEST(statement, status_rejects_other_text) {
  const std::string_view cases[] = {"",        "Fact",      "facts", "claims",
                                    "dispute", "contested", " fact", "fact "};
  for (const auto text : cases) {
    SCOPED_TRACE(text);
    EXPECT_EQ(geokg::parse_statement_status(text), std::nullopt);
  }
}

TEST(statement, ref_defaults_to_no_relation) {
  const statement_ref r{};
  EXPECT_EQ(r.kind, statement_kind::relation);
  EXPECT_EQ(r.index, geokg::no_index);
  EXPECT_EQ(geokg::no_index, std::numeric_limits<std::uint32_t>::max());
}

TEST(statement, ref_is_made_from_a_typed_index_and_read_back_typed) {
  const statement_ref r = geokg::relation_index{4U};
  EXPECT_EQ(r, (statement_ref{statement_kind::relation, 4}));
  EXPECT_EQ(r.as_relation(), geokg::relation_index{4U});
  EXPECT_EQ(r.as_event(), geokg::no_index);  // not an event
  EXPECT_EQ(r.as_claim(), geokg::no_index);
  const statement_ref e{geokg::event_index{2U}};
  EXPECT_EQ(e, (statement_ref{statement_kind::event, 2}));
  EXPECT_EQ(e.as_event(), geokg::event_index{2U});
  EXPECT_EQ(e.as_relation(), geokg::no_index);
  const statement_ref c{geokg::claim_index{0U}};
  EXPECT_EQ(c, (statement_ref{statement_kind::claim, 0}));
  EXPECT_EQ(c.as_claim(), geokg::claim_index{0U});
}

TEST(statement, ref_orders_by_kind_then_index) {
  // Strictly increasing.
  const statement_ref sorted[] = {
      {statement_kind::relation, 0},
      {statement_kind::relation, 1},
      {statement_kind::relation, geokg::no_index},
      {statement_kind::event, 0},
      {statement_kind::event, 7},
      {statement_kind::claim, 0},
      {statement_kind::claim, 3},
  };
  const auto n = std::size(sorted);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      SCOPED_TRACE(std::to_string(i) + " vs " + std::to_string(j));
      const auto& a = sorted[i];
      const auto& b = sorted[j];
      const auto expected = i < j   ? std::strong_ordering::less
                            : i > j ? std::strong_ordering::greater
                                    : std::strong_ordering::equal;
      EXPECT_TRUE((a <=> b) == expected);
      EXPECT_EQ(a == b, i == j);
    }
  }
}

TEST(statement, info_compares_every_field) {
  geokg::statement_info a{};
  EXPECT_EQ(a.status, std::nullopt) << "empty: the default of the statement's kind";
  a.id = "r1";
  a.citations.push_back({"src", "p. 1", "quote", std::nullopt});
  a.quantities.push_back({"grants", geokg::quantity::exact(3e8, "USD")});
  auto b = a;
  EXPECT_EQ(a, b);
  b.status = statement_status::disputed;
  EXPECT_NE(a, b);
  b.status = statement_status::fact;
  EXPECT_NE(a, b) << "an explicit status differs from the default";
  b = a;
  b.quantities[0].value = geokg::quantity::exact(2e8, "USD");
  EXPECT_NE(a, b);
  b = a;
  b.citations.clear();
  EXPECT_NE(a, b);
}

}  // namespace
