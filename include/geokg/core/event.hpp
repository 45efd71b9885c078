#pragma once
// SPDX-License-Identifier: MIT
// An n-ary event: a summit, a war, a dispute or a test, with its participants and their roles.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geokg/core/actor_id.hpp"
#include "geokg/core/detail/enum_names.hpp"
#include "geokg/core/interval.hpp"
#include "geokg/core/relation_kind.hpp"
#include "geokg/core/statement.hpp"

namespace geokg {

/// The part an actor plays in an event.
enum class participant_role : std::uint8_t {
  participant,  ///< Takes part (a summit's attendees).
  side_a,       ///< On the first side of a war or dispute.
  side_b,       ///< On the second side.
  initiator,    ///< Starts the event (the state that tests a weapon, the initiator of a dispute).
  target,       ///< The event is aimed at it.
  host,         ///< Hosts the event.
  mediator,     ///< Mediates.
  observer,     ///< Observes without taking part.
};

namespace detail {
/// The canonical names of the `participant_role` values, in declaration order.
inline constexpr auto participant_role_names =
    enum_names<participant_role, participant_role::observer>(
        "participant", "side_a", "side_b", "initiator", "target", "host", "mediator", "observer");
}  // namespace detail

/// "participant", "side_a", "side_b", "initiator", "target", "host", "mediator" or "observer".
constexpr std::string_view to_string(participant_role r) noexcept {
  return detail::enum_name(detail::participant_role_names, r);
}

/// Parses a role's canonical name; nullopt otherwise.
constexpr std::optional<participant_role> parse_participant_role(std::string_view text) noexcept {
  return detail::parse_enum_name<participant_role>(detail::participant_role_names, text);
}

/// An actor's part in an event, by index.
struct participant {
  actor_index actor = no_index;
  participant_role role = participant_role::participant;

  friend bool operator==(const participant&, const participant&) = default;
};

/// An n-ary event as the graph stores it. One event stays one statement however many actors
/// take part (Camp David 2023: USA, JPN, KOR); dyadic relations derived from it point back to
/// it through `relation::event`, and sub-events (a summit's commitments) through `part_of`.
struct event {
  relation_kind kind = relation_kind::other;  ///< summit, war, dispute, provocation, ...
  interval when{};
  std::string title{};  ///< Human name: "Camp David trilateral summit".
  std::string subkind{};
  std::vector<participant> participants{};
  event_index part_of = no_index;  ///< The larger event this one belongs to, if any.

  /// Whether actor `a` takes part (in any role).
  bool involves(actor_index a) const noexcept {
    for (const auto& p : participants) {
      if (p.actor == a) return true;
    }
    return false;
  }

  friend bool operator==(const event&, const event&) = default;
};

/// An actor's part in an event, by id, for `event_spec`.
struct participant_spec {
  actor_id actor;
  participant_role role = participant_role::participant;
};

/// What `knowledge_graph::add_event` takes.
struct event_spec {
  relation_kind kind = relation_kind::other;
  interval when{};
  std::string title{};
  std::string subkind{};
  std::vector<participant_spec> participants{};
  std::string part_of{};  ///< Id of the larger event; empty if none.
  statement_info info{};
};

}  // namespace geokg
