#pragma once
// SPDX-License-Identifier: MIT
// An actor of international politics: a state, organisation, group or person, with its lifetime.

#include <optional>
#include <string>
#include <vector>

#include "geokg/core/actor_id.hpp"
#include "geokg/core/actor_kind.hpp"
#include "geokg/core/external_code.hpp"
#include "geokg/core/interval.hpp"

namespace geokg {

/// An actor: a vertex of the knowledge graph.
///
/// **Example**
/// ```
/// geokg::actor korea{.id = geokg::actor_id("KOR"), .kind = geokg::actor_kind::state,
///                    .name = "Republic of Korea", .aliases = {"South Korea", "ROK"},
///                    .codes = {{geokg::code_system::cow, "732"}},
///                    .existence = {geokg::interval::since(*geokg::parse_date("1948-08-15"))}};
/// ```
struct actor {
  actor_id id;                          ///< Stable, unique id.
  actor_kind kind = actor_kind::state;  ///< What sort of actor.
  std::string name{};                   ///< Display name ("Republic of Korea").
  std::vector<std::string> aliases{};   ///< Other names ("South Korea", "ROK"); searched by name.
  std::vector<external_code> codes{};   ///< Codes in other datasets' schemes, dated.
  /// When the actor existed, as one or more spells (Japan's COW membership has two). Empty means
  /// "always, as far as geokg knows". Spells must not overlap.
  std::vector<interval> existence{};
  std::string note{};  ///< Free text for the reader.

  /// Whether the actor existed at `d` (first-day rule). True when `existence` is empty.
  bool exists_at(const date& d) const noexcept {
    if (existence.empty()) return true;
    for (const auto& spell : existence) {
      if (spell.contains(d)) return true;
    }
    return false;
  }

  /// Whether `span` lies inside one of the actor's spells (true when `existence` is empty).
  bool exists_throughout(const interval& span) const noexcept {
    if (existence.empty()) return true;
    for (const auto& spell : existence) {
      if (spell.encloses(span)) return true;
    }
    return false;
  }

  /// The actor's code in `system` valid at `d` (first-day rule), if any.
  std::optional<std::string> code_at(code_system system, const date& d) const {
    for (const auto& c : codes) {
      if (c.system == system && c.valid.contains(d)) return c.value;
    }
    return std::nullopt;
  }

  friend bool operator==(const actor&, const actor&) = default;
};

}  // namespace geokg
