#pragma once
// SPDX-License-Identifier: MIT
// Opt-in fmt formatters for geokg's core types (target geokg::format), so that core stays fmt-free.
//
// fmt 9.1's `format_as` only maps enums to integers (it was widened in fmt 10), so every type,
// enums included, gets a `fmt::formatter` specialisation. Every formatter prints the type's
// `to_string` text and accepts the string format spec, so width
// and alignment work: `fmt::format("{:>8}", geokg::relation_kind::war)` is "     war".

#include <string>
#include <string_view>

#include <fmt/format.h>

#include "geokg/core/actor_id.hpp"
#include "geokg/core/actor_kind.hpp"
#include "geokg/core/claim.hpp"
#include "geokg/core/date.hpp"
#include "geokg/core/diagnostic.hpp"
#include "geokg/core/errc.hpp"
#include "geokg/core/event.hpp"
#include "geokg/core/external_code.hpp"
#include "geokg/core/index.hpp"
#include "geokg/core/interval.hpp"
#include "geokg/core/location.hpp"
#include "geokg/core/quantity.hpp"
#include "geokg/core/relation_kind.hpp"
#include "geokg/core/sign.hpp"
#include "geokg/core/source.hpp"
#include "geokg/core/statement.hpp"

namespace geokg {

namespace detail {
// Formats a value through its to_string, keeping the string spec (fmt's delegation pattern).
template <class T>
struct to_string_formatter : fmt::formatter<std::string_view> {
  template <class FormatContext>
  auto format(const T& value, FormatContext& ctx) const -> decltype(ctx.out()) {
    const auto text = to_string(value);  // std::string or std::string_view
    return fmt::formatter<std::string_view>::format(std::string_view(text), ctx);
  }
};
}  // namespace detail

}  // namespace geokg

template <>
struct fmt::formatter<geokg::errc> : geokg::detail::to_string_formatter<geokg::errc> {};
template <>
struct fmt::formatter<geokg::severity> : geokg::detail::to_string_formatter<geokg::severity> {};
template <>
struct fmt::formatter<geokg::date_precision>
    : geokg::detail::to_string_formatter<geokg::date_precision> {};
template <>
struct fmt::formatter<geokg::date_order> : geokg::detail::to_string_formatter<geokg::date_order> {};
template <>
struct fmt::formatter<geokg::time_rule> : geokg::detail::to_string_formatter<geokg::time_rule> {};
template <>
struct fmt::formatter<geokg::actor_kind> : geokg::detail::to_string_formatter<geokg::actor_kind> {};
template <>
struct fmt::formatter<geokg::code_system> : geokg::detail::to_string_formatter<geokg::code_system> {
};
template <>
struct fmt::formatter<geokg::sign> : geokg::detail::to_string_formatter<geokg::sign> {};
template <>
struct fmt::formatter<geokg::relation_kind>
    : geokg::detail::to_string_formatter<geokg::relation_kind> {};
template <>
struct fmt::formatter<geokg::source_kind> : geokg::detail::to_string_formatter<geokg::source_kind> {
};
template <>
struct fmt::formatter<geokg::statement_kind>
    : geokg::detail::to_string_formatter<geokg::statement_kind> {};
template <>
struct fmt::formatter<geokg::statement_status>
    : geokg::detail::to_string_formatter<geokg::statement_status> {};
template <>
struct fmt::formatter<geokg::participant_role>
    : geokg::detail::to_string_formatter<geokg::participant_role> {};
template <>
struct fmt::formatter<geokg::claim_kind> : geokg::detail::to_string_formatter<geokg::claim_kind> {};
template <>
struct fmt::formatter<geokg::actor_id> : geokg::detail::to_string_formatter<geokg::actor_id> {};
template <>
struct fmt::formatter<geokg::date> : geokg::detail::to_string_formatter<geokg::date> {};
template <>
struct fmt::formatter<geokg::interval> : geokg::detail::to_string_formatter<geokg::interval> {};
template <>
struct fmt::formatter<geokg::location> : geokg::detail::to_string_formatter<geokg::location> {};
template <>
struct fmt::formatter<geokg::diagnostic> : geokg::detail::to_string_formatter<geokg::diagnostic> {};
template <>
struct fmt::formatter<geokg::quantity> : geokg::detail::to_string_formatter<geokg::quantity> {};
/// Every index kind (`actor_index`, `relation_index`, ...) prints its decimal value.
template <class Tag>
struct fmt::formatter<geokg::strong_index<Tag>>
    : geokg::detail::to_string_formatter<geokg::strong_index<Tag>> {};
