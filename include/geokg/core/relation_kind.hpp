#pragma once
// SPDX-License-Identifier: MIT
// The taxonomy of relations and events, each kind with a fixed sign and direction.

#include <array>
#include <bit>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <utility>

#include "geokg/core/sign.hpp"

namespace geokg {

/// What a relation (or an n-ary event) is. Each kind has a fixed sign and says whether the
/// order of its two actors matters (directed: source acts on target). The same taxonomy types
/// n-ary events: a summit, a war or a weapons test with its participants.
///
/// | kind | sign | directed | meaning |
/// |---|---|---|---|
/// | alliance | + | no | formal defence pact or alliance treaty (US–Japan 1951/1960, US–ROK 1953) |
/// | partnership | + | no | alignment or strategic partnership short of an alliance (US–Japan–ROK
/// 2023) | | membership | 0 | yes | source is a member of organisation target (JPN in the Quad) |
/// | leadership | 0 | yes | person source leads state or organisation target; subkind names the
/// office | | normalisation | + | no | establishment or normalisation of relations (Japan–ROK 1965)
/// | | treaty | + | no | another agreement or treaty between the two | | diplomatic_relations | + |
/// no | the two maintain diplomatic relations | | summit | + | no | meeting or dialogue of leaders
/// or officials (Camp David 2023) | | joint_exercise | + | no | joint military exercise or patrol
/// (China–Russia naval exercises) | | economic_aid | + | yes | source gives grants, loans or
/// credits to target (Japan to ROK 1965) | | support | + | yes | military, diplomatic or tacit
/// support of source for target | | cooperation | + | yes | cooperative events aggregated from
/// event data (GDELT, CAMEO quad 1-2) | | hostility | - | no | enduring antagonism or rivalry
/// without a specific act | | territorial_dispute | - | no | competing claims to territory | |
/// dispute | - | no | militarised interstate dispute: threat, display or use of force short of war
/// (COW MID) | | war | - | no | war between the two (COW: 1,000 battle deaths) | | invasion | - |
/// yes | source invades target (Japan's invasions of Korea) | | occupation | - | yes | source
/// occupies, annexes or rules target as a colony (Japan–Korea 1910–1945) | | annexation | - | yes |
/// source takes territory from target by conquest or annexation (COW territorial change) | |
/// cession | 0 | yes | source cedes territory to target by agreement (COW territorial change) | |
/// atrocity | - | yes | source commits atrocities on target's people: forced labour, sexual slavery
/// | | sanction | - | yes | source imposes sanctions or economic coercion on target | | threat | -
/// | yes | source threatens or intimidates target | | provocation | - | yes | weapons test, missile
/// launch or other provocation by source aimed at target | | militarisation | - | yes | source
/// militarises (territory, islets) against target | | conflict | - | yes | conflictual events
/// aggregated from event data (GDELT, CAMEO quad 3-4) | | other | 0 | no | anything else; describe
/// it in the subkind |
enum class relation_kind : std::uint8_t {
  alliance,       ///< Formal defence pact or alliance treaty. +, undirected.
  partnership,    ///< Alignment or strategic partnership short of an alliance. +, undirected.
  membership,     ///< Source is a member of organisation target. 0, directed.
  leadership,     ///< Person source leads target; subkind names the office. 0, directed.
  normalisation,  ///< Establishment or normalisation of relations. +, undirected.
  treaty,         ///< Another agreement or treaty. +, undirected.
  diplomatic_relations,  ///< The two maintain diplomatic relations. +, undirected.
  summit,                ///< Meeting or dialogue of leaders or officials. +, undirected.
  joint_exercise,        ///< Joint military exercise or patrol. +, undirected.
  economic_aid,          ///< Source gives grants, loans or credits to target. +, directed.
  support,      ///< Military, diplomatic or tacit support of source for target. +, directed.
  cooperation,  ///< Aggregated cooperative events (event data). +, directed.
  hostility,    ///< Enduring antagonism or rivalry. -, undirected.
  territorial_dispute,  ///< Competing claims to territory. -, undirected.
  dispute,              ///< Militarised dispute short of war (COW MID). -, undirected.
  war,                  ///< War. -, undirected.
  invasion,             ///< Source invades target. -, directed.
  occupation,           ///< Source occupies, annexes or colonises target. -, directed.
  annexation,           ///< Source takes territory from target by force or annexation. -, directed.
  cession,              ///< Source cedes territory to target by agreement. 0, directed.
  atrocity,  ///< Source commits atrocities (forced labour, sexual slavery) on target. -, directed.
  sanction,  ///< Source sanctions or economically coerces target. -, directed.
  threat,    ///< Source threatens or intimidates target. -, directed.
  provocation,     ///< Weapons test or other provocation by source aimed at target. -, directed.
  militarisation,  ///< Source militarises territory against target. -, directed.
  conflict,        ///< Aggregated conflictual events (event data). -, directed.
  other,           ///< Anything else. 0, undirected.
};

/// The number of `relation_kind` values; `static_cast<relation_kind>(i)` below it is valid.
inline constexpr std::size_t relation_kind_count =
    static_cast<std::size_t>(relation_kind::other) + 1;

namespace detail {
struct relation_kind_traits {
  std::string_view name{};
  sign polarity{};
  bool directed{};
};

inline constexpr std::array<relation_kind_traits, relation_kind_count> relation_kind_table{{
    {"alliance", sign::positive, false},
    {"partnership", sign::positive, false},
    {"membership", sign::neutral, true},
    {"leadership", sign::neutral, true},
    {"normalisation", sign::positive, false},
    {"treaty", sign::positive, false},
    {"diplomatic_relations", sign::positive, false},
    {"summit", sign::positive, false},
    {"joint_exercise", sign::positive, false},
    {"economic_aid", sign::positive, true},
    {"support", sign::positive, true},
    {"cooperation", sign::positive, true},
    {"hostility", sign::negative, false},
    {"territorial_dispute", sign::negative, false},
    {"dispute", sign::negative, false},
    {"war", sign::negative, false},
    {"invasion", sign::negative, true},
    {"occupation", sign::negative, true},
    {"annexation", sign::negative, true},
    {"cession", sign::neutral, true},
    {"atrocity", sign::negative, true},
    {"sanction", sign::negative, true},
    {"threat", sign::negative, true},
    {"provocation", sign::negative, true},
    {"militarisation", sign::negative, true},
    {"conflict", sign::negative, true},
    {"other", sign::neutral, false},
}};
}  // namespace detail

/// The canonical name of a kind, e.g. "alliance", "joint_exercise".
constexpr std::string_view to_string(relation_kind k) noexcept {
  return detail::relation_kind_table[static_cast<std::size_t>(k)].name;
}

/// The fixed sign of a kind (see the table on `relation_kind`).
constexpr sign sign_of(relation_kind k) noexcept {
  return detail::relation_kind_table[static_cast<std::size_t>(k)].polarity;
}

/// Whether the order of a relation's two actors matters for this kind.
constexpr bool is_directed(relation_kind k) noexcept {
  return detail::relation_kind_table[static_cast<std::size_t>(k)].directed;
}

/// Parses a kind from its canonical name or an alias ("defence_pact", "defense_pact",
/// "alignment", "mid", "militarised_dispute", "militarized_dispute", "colonial_rule",
/// "forced_labour", "sanctions", "normalization", "militarization", "weapons_test", "dialogue",
/// "aid", "rivalry", "exercise"); nullopt otherwise.
constexpr std::optional<relation_kind> parse_relation_kind(std::string_view text) noexcept {
  for (std::size_t i = 0; i < relation_kind_count; ++i) {
    if (detail::relation_kind_table[i].name == text) return static_cast<relation_kind>(i);
  }
  constexpr std::array<std::pair<std::string_view, relation_kind>, 16> aliases{{
      {"defence_pact", relation_kind::alliance},
      {"defense_pact", relation_kind::alliance},
      {"alignment", relation_kind::partnership},
      {"mid", relation_kind::dispute},
      {"militarised_dispute", relation_kind::dispute},
      {"militarized_dispute", relation_kind::dispute},
      {"colonial_rule", relation_kind::occupation},
      {"forced_labour", relation_kind::atrocity},
      {"sanctions", relation_kind::sanction},
      {"normalization", relation_kind::normalisation},
      {"militarization", relation_kind::militarisation},
      {"weapons_test", relation_kind::provocation},
      {"dialogue", relation_kind::summit},
      {"aid", relation_kind::economic_aid},
      {"rivalry", relation_kind::hostility},
      {"exercise", relation_kind::joint_exercise},
  }};
  for (const auto& [alias, kind] : aliases) {
    if (alias == text) return kind;
  }
  return std::nullopt;
}

/// A set of relation kinds, as a bit mask: cheap to copy into view predicates.
class kind_set {
 public:
  /// The empty set.
  constexpr kind_set() noexcept = default;
  constexpr kind_set(std::initializer_list<relation_kind> kinds) noexcept {
    for (auto k : kinds)
      insert(k);
  }

  /// Every kind.
  static constexpr kind_set all() noexcept {
    kind_set s;
    s.bits_ = (std::uint64_t{1} << relation_kind_count) - 1;
    return s;
  }
  /// Every kind of the given sign.
  static constexpr kind_set of_sign(sign polarity) noexcept {
    kind_set s;
    for (std::size_t i = 0; i < relation_kind_count; ++i) {
      if (sign_of(static_cast<relation_kind>(i)) == polarity)
        s.insert(static_cast<relation_kind>(i));
    }
    return s;
  }

  constexpr void insert(relation_kind k) noexcept { bits_ |= bit(k); }
  constexpr void erase(relation_kind k) noexcept { bits_ &= ~bit(k); }
  constexpr bool contains(relation_kind k) const noexcept { return (bits_ & bit(k)) != 0; }
  constexpr bool empty() const noexcept { return bits_ == 0; }
  constexpr std::size_t size() const noexcept {
    return static_cast<std::size_t>(std::popcount(bits_));
  }

  friend constexpr kind_set operator|(kind_set a, kind_set b) noexcept {
    a.bits_ |= b.bits_;
    return a;
  }
  friend constexpr kind_set operator&(kind_set a, kind_set b) noexcept {
    a.bits_ &= b.bits_;
    return a;
  }
  friend constexpr bool operator==(kind_set, kind_set) = default;

 private:
  static constexpr std::uint64_t bit(relation_kind k) noexcept {
    return std::uint64_t{1} << static_cast<unsigned>(k);
  }
  std::uint64_t bits_ = 0;
};

}  // namespace geokg
