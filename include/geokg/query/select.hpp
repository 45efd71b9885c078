#pragma once
// SPDX-License-Identifier: MIT
// Finding actors: by kind, by existence, by dated external code, by name or alias, and "did you
// mean" suggestions by edit distance.

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geokg/core/actor.hpp"
#include "geokg/core/actor_kind.hpp"
#include "geokg/core/date.hpp"
#include "geokg/core/external_code.hpp"
#include "geokg/core/knowledge_graph.hpp"

namespace geokg::query {

/// The actors of one kind, sorted by index. O(actors).
///
/// **Example**
/// ```
/// for (auto a : geokg::query::actors_of_kind(g, geokg::actor_kind::organisation))
///   std::cout << g[a].id.str() << '\n';
/// ```
std::vector<actor_index> actors_of_kind(const knowledge_graph& g, actor_kind kind);

/// The actors that existed at `at` (first-day rule; an actor without existence spells always
/// exists), sorted by index. O(actors).
///
/// **Example**
/// ```
/// auto states_1950 = geokg::query::actors_existing_at(g, *geokg::parse_date("1950"));
/// ```
std::vector<actor_index> actors_existing_at(const knowledge_graph& g, date at);

/// The actor whose code in `system` was `code` at date `at` (first-day rule), or nullopt. Codes
/// are compared as text, exactly as datasets write them ("732", not "0732"). If several actors
/// held the code then (inconsistent data), the one with the lowest index is returned;
/// `actors_with_code` lists them all. O(actors + codes). Never throws.
///
/// **Example**
/// ```
/// // COW 732 in 1990 is the Republic of Korea.
/// auto in_1990 = *geokg::parse_date("1990");
/// auto rok = geokg::query::find_by_code(g, geokg::code_system::cow, "732", in_1990);
/// ```
std::optional<actor_index> find_by_code(const knowledge_graph& g, code_system system,
                                        std::string_view code, date at) noexcept;

/// Every actor that holds `code` in `system` at any time, sorted by index. Codes are reused over
/// time (COW 255 is Germany before 1945 and after 1990), so this may list several actors.
///
/// **Example**
/// ```
/// auto germanies = geokg::query::actors_with_code(g, geokg::code_system::cow, "255");
/// ```
std::vector<actor_index> actors_with_code(const knowledge_graph& g, code_system system,
                                          std::string_view code);

namespace detail {
constexpr char fold(char c) noexcept {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
}  // namespace detail

/// Whether two strings are equal ignoring the case of ASCII letters (other bytes, including
/// UTF-8 sequences, must match exactly).
constexpr bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (detail::fold(a[i]) != detail::fold(b[i])) return false;
  }
  return true;
}

/// Every actor whose name or one of whose aliases equals `name`, ignoring ASCII case, sorted by
/// index. Ids are not searched (use `knowledge_graph::find_actor`). O(actors + aliases).
///
/// **Example**
/// ```
/// auto rok = geokg::query::actors_named(g, "south korea");  // matches the alias "South Korea"
/// ```
std::vector<actor_index> actors_named(const knowledge_graph& g, std::string_view name);

/// The actor whose name or an alias equals `name` ignoring ASCII case, or nullopt; the lowest
/// index if several match (`actors_named` lists them all). Never throws.
///
/// **Example**
/// ```
/// if (auto a = geokg::query::find_by_name(g, "ROK")) std::cout << g[*a].id.str();  // KOR
/// ```
std::optional<actor_index> find_by_name(const knowledge_graph& g, std::string_view name) noexcept;

/// The Levenshtein distance between two strings (insertions, deletions and substitutions of
/// single bytes each cost 1), ignoring ASCII case. O(|a| |b|) time, O(|b|) memory.
///
/// **Example**
/// ```
/// assert(geokg::query::edit_distance("KOR1", "kor") == 1);
/// ```
std::size_t edit_distance(std::string_view a, std::string_view b);

/// One "did you mean" suggestion: an actor, the text of its that was closest (its id, name or an
/// alias) and the edit distance to it.
struct actor_suggestion {
  actor_index actor = no_index;
  std::string matched{};
  std::size_t distance = 0;

  friend bool operator==(const actor_suggestion&, const actor_suggestion&) = default;
};

/// Up to `count` actors whose id, name or an alias is closest to `text` by `edit_distance`
/// (ignoring ASCII case), nearest first; ties by actor index. Each actor appears once, with its
/// closest text (the id wins ties, then the name, then aliases in order). For "unknown actor
/// 'KOR1', did you mean 'KOR'?". O((ids + names + aliases) * |text| * length).
///
/// **Example**
/// ```
/// auto s = geokg::query::suggest_actors(g, "KOR1", 3);
/// // s[0].matched == "KOR", s[0].distance == 1
/// ```
std::vector<actor_suggestion> suggest_actors(const knowledge_graph& g, std::string_view text,
                                             std::size_t count);

}  // namespace geokg::query
