#pragma once
// SPDX-License-Identifier: MIT
// What sort of actor something is: a state, an organisation, a group, a person.

#include <cstdint>
#include <optional>
#include <string_view>

#include "geokg/core/detail/enum_names.hpp"

namespace geokg {

/// The sort of an actor.
enum class actor_kind : std::uint8_t {
  state,         ///< A sovereign or de facto state (Japan, the Republic of Korea, Taiwan).
  organisation,  ///< An international organisation, alliance or forum (NATO, the Quad, AUKUS, UN).
  group,         ///< A non-state armed or political group.
  person,        ///< A person, typically a leader (Xi Jinping, Park Chung-hee).
  other,         ///< Anything else that acts (a company, a region, a people).
};

/// The number of `actor_kind` values.
inline constexpr std::size_t actor_kind_count = 5;

namespace detail {
/// The canonical names of the `actor_kind` values, in declaration order.
inline constexpr auto actor_kind_names =
    enum_names<actor_kind, actor_kind::other>("state", "organisation", "group", "person", "other");
}  // namespace detail

/// "state", "organisation", "group", "person" or "other".
constexpr std::string_view to_string(actor_kind k) noexcept {
  return detail::enum_name(detail::actor_kind_names, k);
}

/// Parses a kind from its canonical name or a common alias ("organization", "leader",
/// "alliance", "igo", "armed_group", "non_state"); nullopt otherwise.
constexpr std::optional<actor_kind> parse_actor_kind(std::string_view text) noexcept {
  if (auto k = detail::parse_enum_name<actor_kind>(detail::actor_kind_names, text)) return k;
  if (text == "organization" || text == "alliance" || text == "igo")
    return actor_kind::organisation;
  if (text == "armed_group" || text == "non_state") return actor_kind::group;
  if (text == "leader") return actor_kind::person;
  return std::nullopt;
}

}  // namespace geokg
