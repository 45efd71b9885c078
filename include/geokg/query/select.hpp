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
inline std::vector<actor_index> actors_of_kind(const knowledge_graph& g, actor_kind kind) {
  std::vector<actor_index> out;
  const auto all = g.actors();
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (all[i].kind == kind) out.push_back(static_cast<actor_index>(i));
  }
  return out;
}

/// The actors that existed at `at` (first-day rule; an actor without existence spells always
/// exists), sorted by index. O(actors).
///
/// **Example**
/// ```
/// auto states_1950 = geokg::query::actors_existing_at(g, *geokg::parse_date("1950"));
/// ```
inline std::vector<actor_index> actors_existing_at(const knowledge_graph& g, date at) {
  std::vector<actor_index> out;
  const auto all = g.actors();
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (all[i].exists_at(at)) out.push_back(static_cast<actor_index>(i));
  }
  return out;
}

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
inline std::optional<actor_index> find_by_code(const knowledge_graph& g, code_system system,
                                               std::string_view code, date at) noexcept {
  const auto all = g.actors();
  for (std::size_t i = 0; i < all.size(); ++i) {
    for (const auto& c : all[i].codes) {
      if (c.system == system && c.value == code && c.valid.contains(at))
        return static_cast<actor_index>(i);
    }
  }
  return std::nullopt;
}

/// Every actor that holds `code` in `system` at any time, sorted by index. Codes are reused over
/// time (COW 255 is Germany before 1945 and after 1990), so this may list several actors.
///
/// **Example**
/// ```
/// auto germanies = geokg::query::actors_with_code(g, geokg::code_system::cow, "255");
/// ```
inline std::vector<actor_index> actors_with_code(const knowledge_graph& g, code_system system,
                                                 std::string_view code) {
  std::vector<actor_index> out;
  const auto all = g.actors();
  for (std::size_t i = 0; i < all.size(); ++i) {
    for (const auto& c : all[i].codes) {
      if (c.system == system && c.value == code) {
        out.push_back(static_cast<actor_index>(i));
        break;
      }
    }
  }
  return out;
}

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
inline std::vector<actor_index> actors_named(const knowledge_graph& g, std::string_view name) {
  std::vector<actor_index> out;
  const auto all = g.actors();
  for (std::size_t i = 0; i < all.size(); ++i) {
    bool hit = iequals(all[i].name, name);
    for (const auto& alias : all[i].aliases)
      hit = hit || iequals(alias, name);
    if (hit) out.push_back(static_cast<actor_index>(i));
  }
  return out;
}

/// The actor whose name or an alias equals `name` ignoring ASCII case, or nullopt; the lowest
/// index if several match (`actors_named` lists them all). Never throws.
///
/// **Example**
/// ```
/// if (auto a = geokg::query::find_by_name(g, "ROK")) std::cout << g[*a].id.str();  // KOR
/// ```
inline std::optional<actor_index> find_by_name(const knowledge_graph& g,
                                               std::string_view name) noexcept {
  const auto all = g.actors();
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (iequals(all[i].name, name)) return static_cast<actor_index>(i);
    for (const auto& alias : all[i].aliases) {
      if (iequals(alias, name)) return static_cast<actor_index>(i);
    }
  }
  return std::nullopt;
}

/// The Levenshtein distance between two strings (insertions, deletions and substitutions of
/// single bytes each cost 1), ignoring ASCII case. O(|a| |b|) time, O(|b|) memory.
///
/// **Example**
/// ```
/// assert(geokg::query::edit_distance("KOR1", "kor") == 1);
/// ```
inline std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      const std::size_t substitute =
          diagonal + (detail::fold(a[i - 1]) == detail::fold(b[j - 1]) ? 0 : 1);
      row[j] = std::min({above + 1, row[j - 1] + 1, substitute});
      diagonal = above;
    }
  }
  return row[b.size()];
}

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
inline std::vector<actor_suggestion> suggest_actors(const knowledge_graph& g, std::string_view text,
                                                    std::size_t count) {
  std::vector<actor_suggestion> all;
  const auto actors = g.actors();
  all.reserve(actors.size());
  for (std::size_t i = 0; i < actors.size(); ++i) {
    const actor& a = actors[i];
    actor_suggestion best{static_cast<actor_index>(i), a.id.str(),
                          edit_distance(text, a.id.view())};
    const auto consider = [&](const std::string& candidate) {
      if (candidate.empty()) return;
      const std::size_t d = edit_distance(text, candidate);
      if (d < best.distance) best = {best.actor, candidate, d};
    };
    consider(a.name);
    for (const auto& alias : a.aliases)
      consider(alias);
    all.push_back(std::move(best));
  }
  const auto n = std::min(count, all.size());
  const auto closer = [](const actor_suggestion& x, const actor_suggestion& y) {
    return x.distance != y.distance ? x.distance < y.distance : x.actor < y.actor;
  };
  std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(n), all.end(), closer);
  all.resize(n);
  return all;
}

}  // namespace geokg::query
