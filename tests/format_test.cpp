// SPDX-License-Identifier: MIT
// Tests for geokg/format.hpp: every formatter prints its type's to_string text and honours the
// string format spec (width, fill, alignment, precision).

#include "geokg/format.hpp"

#include <gtest/gtest.h>

#include <cstddef>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>

namespace {

// "{}" prints `text`, and width and alignment pad it like a string.
template <class T>
void expect_formats_as(const T& value, std::string_view text) {
  SCOPED_TRACE(std::string(text));
  const std::string s(text);
  EXPECT_EQ(fmt::format("{}", value), s);
  EXPECT_EQ(fmt::format("{:>{}}", value, s.size() + 3), "   " + s);
  EXPECT_EQ(fmt::format("{:<{}}|", value, s.size() + 2), s + "  |");
  EXPECT_EQ(fmt::format("{:*^{}}", value, s.size() + 2), "*" + s + "*");
  EXPECT_EQ(fmt::format("{:1}", value), s) << "a width below the length does not truncate";
}

geokg::date d(std::string_view text) {
  const auto parsed = geokg::parse_date(text);
  if (!parsed)
    throw std::invalid_argument("test setup: parse_date rejected '" + std::string(text) + "'");
  return *parsed;
}

TEST(format, errc_as_its_stable_name) {
  EXPECT_EQ(fmt::format("{}", geokg::errc::unknown_actor), "unknown_actor");
  EXPECT_EQ(fmt::format("{:>12}", geokg::errc::too_large), "   too_large");
  for (std::size_t i = 0; i < geokg::errc_count; ++i) {
    const auto code = static_cast<geokg::errc>(i);
    expect_formats_as(code, to_string(code));
  }
}

TEST(format, severity) {
  EXPECT_EQ(fmt::format("{}", geokg::severity::error), "error");
  EXPECT_EQ(fmt::format("{:<8}|", geokg::severity::warning), "warning |");
  expect_formats_as(geokg::severity::error, "error");
  expect_formats_as(geokg::severity::warning, "warning");
}

TEST(format, date_precision) {
  using P = geokg::date_precision;
  EXPECT_EQ(fmt::format("{}", P::century), "century");
  EXPECT_EQ(fmt::format("{:>6}", P::day), "   day");
  const std::pair<P, std::string_view> all[] = {{P::day, "day"},
                                                {P::month, "month"},
                                                {P::year, "year"},
                                                {P::decade, "decade"},
                                                {P::century, "century"}};
  for (const auto& [p, text] : all)
    expect_formats_as(p, text);
}

TEST(format, date_order) {
  using O = geokg::date_order;
  EXPECT_EQ(fmt::format("{}", O::overlapping), "overlapping");
  EXPECT_EQ(fmt::format("{:<7}|", O::same), "same   |");
  const std::pair<O, std::string_view> all[] = {{O::before, "before"},
                                                {O::after, "after"},
                                                {O::same, "same"},
                                                {O::overlapping, "overlapping"}};
  for (const auto& [o, text] : all)
    expect_formats_as(o, text);
}

TEST(format, time_rule) {
  using R = geokg::time_rule;
  EXPECT_EQ(fmt::format("{}", R::first_day), "first_day");
  EXPECT_EQ(fmt::format("{:>10}", R::certain), "   certain");
  const std::pair<R, std::string_view> all[] = {
      {R::first_day, "first_day"}, {R::certain, "certain"}, {R::possible, "possible"}};
  for (const auto& [r, text] : all)
    expect_formats_as(r, text);
}

TEST(format, actor_kind) {
  using K = geokg::actor_kind;
  EXPECT_EQ(fmt::format("{}", K::organisation), "organisation");
  EXPECT_EQ(fmt::format("{:<6}|", K::state), "state |");
  const std::pair<K, std::string_view> all[] = {{K::state, "state"},
                                                {K::organisation, "organisation"},
                                                {K::group, "group"},
                                                {K::person, "person"},
                                                {K::other, "other"}};
  static_assert(std::size(all) == geokg::actor_kind_count);
  for (const auto& [k, text] : all)
    expect_formats_as(k, text);
}

TEST(format, code_system) {
  using S = geokg::code_system;
  EXPECT_EQ(fmt::format("{}", S::gleditsch_ward), "gleditsch_ward");
  EXPECT_EQ(fmt::format("{:>5}", S::cow), "  cow");
  const std::pair<S, std::string_view> all[] = {{S::cow, "cow"},
                                                {S::cow_abbrev, "cow_abbrev"},
                                                {S::gleditsch_ward, "gleditsch_ward"},
                                                {S::iso_alpha3, "iso_alpha3"},
                                                {S::iso_alpha2, "iso_alpha2"},
                                                {S::iso_numeric, "iso_numeric"},
                                                {S::cameo, "cameo"},
                                                {S::wikidata, "wikidata"},
                                                {S::other, "other"}};
  for (const auto& [s, text] : all)
    expect_formats_as(s, text);
}

TEST(format, sign_as_plus_minus_or_zero) {
  EXPECT_EQ(fmt::format("{}", geokg::sign::positive), "+");
  EXPECT_EQ(fmt::format("{:*^5}", geokg::sign::negative), "**-**");
  expect_formats_as(geokg::sign::positive, "+");
  expect_formats_as(geokg::sign::negative, "-");
  expect_formats_as(geokg::sign::neutral, "0");
}

TEST(format, relation_kind) {
  EXPECT_EQ(fmt::format("{}", geokg::relation_kind::joint_exercise), "joint_exercise");
  EXPECT_EQ(fmt::format("{:>8}", geokg::relation_kind::war),
            "     war");  // the example in format.hpp
  EXPECT_EQ(fmt::format("{:.4}", geokg::relation_kind::alliance), "alli") << "precision truncates";
  for (std::size_t i = 0; i < geokg::relation_kind_count; ++i) {
    const auto k = static_cast<geokg::relation_kind>(i);
    expect_formats_as(k, to_string(k));
  }
}

TEST(format, source_kind) {
  using K = geokg::source_kind;
  EXPECT_EQ(fmt::format("{}", K::government), "government");
  EXPECT_EQ(fmt::format("{:<6}|", K::news), "news  |");
  const std::pair<K, std::string_view> all[] = {
      {K::primary, "primary"},     {K::government, "government"}, {K::news, "news"},
      {K::reference, "reference"}, {K::analysis, "analysis"},     {K::dataset, "dataset"},
      {K::other, "other"}};
  for (const auto& [k, text] : all)
    expect_formats_as(k, text);
}

TEST(format, statement_kind) {
  using K = geokg::statement_kind;
  EXPECT_EQ(fmt::format("{}", K::relation), "relation");
  EXPECT_EQ(fmt::format("{:>7}", K::claim), "  claim");
  const std::pair<K, std::string_view> all[] = {
      {K::relation, "relation"}, {K::event, "event"}, {K::claim, "claim"}};
  for (const auto& [k, text] : all)
    expect_formats_as(k, text);
}

TEST(format, statement_status) {
  using S = geokg::statement_status;
  EXPECT_EQ(fmt::format("{}", S::disputed), "disputed");
  EXPECT_EQ(fmt::format("{:<6}|", S::fact), "fact  |");
  const std::pair<S, std::string_view> all[] = {
      {S::fact, "fact"}, {S::claimed, "claimed"}, {S::disputed, "disputed"}};
  for (const auto& [s, text] : all)
    expect_formats_as(s, text);
}

TEST(format, participant_role) {
  using R = geokg::participant_role;
  EXPECT_EQ(fmt::format("{}", R::side_a), "side_a");
  EXPECT_EQ(fmt::format("{:>6}", R::host), "  host");
  const std::pair<R, std::string_view> all[] = {
      {R::participant, "participant"}, {R::side_a, "side_a"},    {R::side_b, "side_b"},
      {R::initiator, "initiator"},     {R::target, "target"},    {R::host, "host"},
      {R::mediator, "mediator"},       {R::observer, "observer"}};
  for (const auto& [r, text] : all)
    expect_formats_as(r, text);
}

TEST(format, claim_kind) {
  using K = geokg::claim_kind;
  EXPECT_EQ(fmt::format("{}", K::contributes_to), "contributes_to");
  EXPECT_EQ(fmt::format("{:<8}|", K::causes), "causes  |");
  const std::pair<K, std::string_view> all[] = {
      {K::causes, "causes"},           {K::contributes_to, "contributes_to"},
      {K::assessment, "assessment"},   {K::corroborates, "corroborates"},
      {K::contradicts, "contradicts"}, {K::refines, "refines"}};
  for (const auto& [k, text] : all)
    expect_formats_as(k, text);
}

TEST(format, actor_id_as_its_text) {
  const geokg::actor_id jpn("JPN");
  EXPECT_EQ(fmt::format("{}", jpn), "JPN");
  EXPECT_EQ(fmt::format("{:<6}|", jpn), "JPN   |");
  EXPECT_EQ(fmt::format("{:>6}", jpn), "   JPN");
  expect_formats_as(geokg::actor_id("xi_jinping"), "xi_jinping");
}

TEST(format, date_as_its_canonical_text) {
  EXPECT_EQ(fmt::format("{}", d("1965-06-22")), "1965-06-22");
  EXPECT_EQ(fmt::format("{:>12}", d("1965-06-22")), "  1965-06-22");
  EXPECT_EQ(fmt::format("{}", d("c. 1965")), "~1965");
  const std::string_view texts[] = {
      "1965-06-22", "2023-08",     "0663",        "-0660",
      "1930s",      "~late 1930s", "7th century", "early 20th century"};
  for (const auto text : texts)
    expect_formats_as(d(text), text);
}

TEST(format, interval_as_its_canonical_text) {
  EXPECT_EQ(fmt::format("{}", geokg::interval(d("1910-08-29"), d("1945-08-15"))),
            "1910-08-29/1945-08-15");
  EXPECT_EQ(fmt::format("{:^9}", geokg::interval::since(d("1953"))), " 1953/.. ");
  EXPECT_EQ(fmt::format("{}", geokg::interval{}), "../..");
  EXPECT_EQ(fmt::format("{}", *geokg::interval::covering(d("2023-08-18"))), "2023-08-18");
  expect_formats_as(geokg::interval::until(d("1945")), "../1945");
  expect_formats_as(geokg::interval(d("1965"), d("1966")), "1965/1966");
}

TEST(format, location_as_path_line_column) {
  EXPECT_EQ(fmt::format("{}", geokg::location{"relations.json", 42, 17}), "relations.json:42:17");
  EXPECT_EQ(fmt::format("{:<18}|", geokg::location{"relations.json", 42, 0}),
            "relations.json:42 |");
  EXPECT_EQ(fmt::format("{}", geokg::location{}), "");
  EXPECT_EQ(fmt::format("{:>3}", geokg::location{}), "   ");
  expect_formats_as(geokg::location{"actors.csv", 0, 0}, "actors.csv");
}

TEST(format, diagnostic_as_its_gcc_like_line) {
  const geokg::diagnostic error{geokg::severity::error,
                                geokg::errc::unknown_actor,
                                {"relations.json", 42, 17},
                                "unknown actor 'KOR1' in field 'target'"};
  EXPECT_EQ(
      fmt::format("{}", error),
      "relations.json:42:17: error: unknown actor 'KOR1' in field 'target' [geokg.unknown_actor]");
  const geokg::diagnostic warning{geokg::severity::warning, geokg::errc::unknown_field, {}, "x"};
  EXPECT_EQ(fmt::format("{:>34}", warning), "  warning: x [geokg.unknown_field]");
  expect_formats_as(warning, "warning: x [geokg.unknown_field]");
}

TEST(format, indices_as_their_number) {
  expect_formats_as(geokg::relation_index{42U}, "42");
  expect_formats_as(geokg::actor_index{7U}, "7");
  expect_formats_as(geokg::event_index{geokg::no_index}, "4294967295");
  EXPECT_EQ(fmt::format("{:>5}", geokg::claim_index{3U}), "    3");
}

TEST(format, quantity_as_its_canonical_text) {
  EXPECT_EQ(fmt::format("{}", geokg::quantity::exact(3e8, "USD")), "3e+08 USD");
  EXPECT_EQ(fmt::format("{:>12}", geokg::quantity::exact(3e8, "USD")), "   3e+08 USD");
  auto about = geokg::quantity::range(1e8, 1e9, "USD");
  about.approximate = true;
  EXPECT_EQ(fmt::format("{}", about), "~1e+08..1e+09 USD");
  expect_formats_as(geokg::quantity::range(1e4, 1e5, "person"), "10000..1e+05 person");
  expect_formats_as(geokg::quantity::exact(1.5, "km2"), "1.5 km2");
}

}  // namespace
