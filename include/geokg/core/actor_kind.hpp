#pragma once
// SPDX-License-Identifier: MIT
// What sort of actor something is: a state, an organisation, a group, a person.

#include <cstdint>
#include <optional>
#include <string_view>

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

/// "state", "organisation", "group", "person" or "other".
constexpr std::string_view to_string(actor_kind k) noexcept {
  switch (k) {
    case actor_kind::state:
      return "state";
    case actor_kind::organisation:
      return "organisation";
    case actor_kind::group:
      return "group";
    case actor_kind::person:
      return "person";
    case actor_kind::other:
      return "other";
  }
  return "?";
}

/// Parses a kind from its canonical name or a common alias ("organization", "leader",
/// "alliance", "igo", "armed_group", "non_state"); nullopt otherwise.
constexpr std::optional<actor_kind> parse_actor_kind(std::string_view text) noexcept {
  if (text == "state") return actor_kind::state;
  if (text == "organisation" || text == "organization" || text == "alliance" || text == "igo")
    return actor_kind::organisation;
  if (text == "group" || text == "armed_group" || text == "non_state") return actor_kind::group;
  if (text == "person" || text == "leader") return actor_kind::person;
  if (text == "other") return actor_kind::other;
  return std::nullopt;
}

}  // namespace geokg
