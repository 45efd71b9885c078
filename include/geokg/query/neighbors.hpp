#pragma once
// SPDX-License-Identifier: MIT
// Who an actor is tied to: neighbours by kind, sign, direction and date; the relations between two
// actors; allies and adversaries by the collapsed sign of each pair.

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "geokg/core/date.hpp"
#include "geokg/core/interval.hpp"
#include "geokg/core/knowledge_graph.hpp"
#include "geokg/core/relation_kind.hpp"
#include "geokg/core/sign.hpp"
#include "geokg/query/concepts.hpp"

namespace geokg::query {

/// Which relations of an actor count, relative to that actor.
///
/// Direction follows the relation's kind: a directed relation (sanction, support, invasion...)
/// goes from its source to its target; an undirected one (alliance, war, partnership...) goes
/// both ways, so it counts as `out` and as `in` for both of its actors.
enum class direction : std::uint8_t {
  out,   ///< The actor acts: it is the source of a directed relation, or in an undirected one.
  in,    ///< The actor is acted on: the target of a directed relation, or in an undirected one.
  both,  ///< Every relation the actor is in.
};

/// "out", "in" or "both".
constexpr std::string_view to_string(direction d) noexcept {
  return d == direction::out ? "out" : d == direction::in ? "in" : "both";
}

/// Which relations `neighbors` and `relations_between` keep. The defaults keep all of them; the
/// view passed to the query filters first.
struct neighbor_options {
  kind_set kinds = kind_set::all();  ///< Only these kinds.
  std::optional<sign> polarity{};    ///< Only this sign, if set.
  direction dir = direction::both;   ///< Only this direction, relative to the actor asked about.
  std::optional<date> at{};          ///< Only relations active at this date, if set.
  time_rule rule = time_rule::first_day;  ///< How `at` is tested (see `time_rule`).
};

/// What `neighbors` returns: the matching relations and the distinct actors at their other end,
/// each sorted by index.
struct neighborhood {
  std::vector<relation_index> relations{};
  std::vector<actor_index> actors{};

  friend bool operator==(const neighborhood&, const neighborhood&) = default;
};

namespace detail {

inline bool keeps(const relation& r, const neighbor_options& o) noexcept {
  return o.kinds.contains(r.kind) && (!o.polarity || r.polarity() == *o.polarity) &&
         (!o.at || r.when.contains(*o.at, o.rule));
}

// Whether relation r, in which actor a is the source (a_is_source) or the target, goes in
// direction d relative to a.
inline bool goes(const relation& r, bool a_is_source, direction d) noexcept {
  if (d == direction::both || !r.directed()) return true;
  return a_is_source == (d == direction::out);
}

// Calls f(edge, other actor) for every relation of actor a in the view that `o` keeps. With
// `only_with`, only relations whose other end is that actor: the end is tested before the
// relation record is read, which saves a cache miss per incident relation of a hub.
template <relation_graph G, class F>
void for_each_incident(const knowledge_graph& kg, const G& view, actor_index a,
                       const neighbor_options& o, F&& f,
                       std::optional<actor_index> only_with = std::nullopt) {
  const knowledge_graph::vertex v = a;
  auto [out, out_end] = out_edges(v, view);
  for (; out != out_end; ++out) {
    const auto other = to_actor(target(*out, view));
    if (only_with && other != *only_with) continue;
    const relation& r = kg[*out];
    if (keeps(r, o) && goes(r, true, o.dir)) f(*out, other);
  }
  auto [in, in_end] = in_edges(v, view);
  for (; in != in_end; ++in) {
    const auto other = to_actor(source(*in, view));
    if (only_with && other != *only_with) continue;
    const relation& r = kg[*in];
    if (keeps(r, o) && goes(r, false, o.dir)) f(*in, other);
  }
}

template <class T>
void sort_unique(std::vector<T>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

inline bool valid_actor(const knowledge_graph& kg, actor_index a) noexcept {
  return a < kg.num_actors();
}

}  // namespace detail

/// The relations of actor `a` in `view` that `options` keeps, and the distinct actors at their
/// other ends. The knowledge graph is passed explicitly, so `view` may be any `relation_graph`,
/// including the user's own `boost::filtered_graph`.
///
/// Complexity: O(deg(a) + k log k) for k matching relations. Returns empty results for an actor
/// index out of range.
///
/// **Example**
/// ```
/// // Who sanctions South Korea, whatever the date?
/// auto who = geokg::query::neighbors(g, g.graph(), kor,
///                                    {.kinds = {geokg::relation_kind::sanction},
///                                     .dir = geokg::query::direction::in});
/// ```
template <relation_graph G>
neighborhood neighbors(const knowledge_graph& kg, const G& view, actor_index a,
                       const neighbor_options& options = {}) {
  neighborhood out;
  if (!detail::valid_actor(kg, a)) return out;
  detail::for_each_incident(kg, view, a, options,
                            [&](const knowledge_graph::edge& e, actor_index other) {
                              out.relations.push_back(kg.relation_of(e));
                              out.actors.push_back(other);
                            });
  detail::sort_unique(out.relations);
  detail::sort_unique(out.actors);
  return out;
}

/// The relations of actor `a` in a knowledge graph or geokg view that `options` keeps, and the
/// distinct actors at their other ends (see the overload above).
///
/// **Example**
/// ```
/// using namespace geokg;
/// // Japan's friends on 2023-08-19.
/// auto friends = query::neighbors(g, g.actor_index_of("JPN"),
///                                 {.polarity = sign::positive, .at = parse_date("2023-08-19")});
/// // The same, on a view.
/// auto same = query::neighbors(view(g, has_sign{sign::positive}), g.actor_index_of("JPN"),
///                              {.at = parse_date("2023-08-19")});
/// ```
template <graph_or_view G>
neighborhood neighbors(const G& g, actor_index a, const neighbor_options& options = {}) {
  return neighbors(detail::knowledge_of(g), detail::boost_of(g), a, options);
}

/// The relations between actors `a` and `b` in `view`, in either direction, that `options`
/// keeps (its `dir` is relative to `a`: `out` keeps what `a` does to `b`), sorted by index.
///
/// Complexity: O(deg(a)).
///
/// **Example**
/// ```
/// auto ties = geokg::query::relations_between(g, g.graph(), jpn, kor);
/// ```
template <relation_graph G>
std::vector<relation_index> relations_between(const knowledge_graph& kg, const G& view,
                                              actor_index a, actor_index b,
                                              const neighbor_options& options = {}) {
  std::vector<relation_index> out;
  if (!detail::valid_actor(kg, a) || !detail::valid_actor(kg, b)) return out;
  detail::for_each_incident(
      kg, view, a, options,
      [&](const knowledge_graph::edge& e, actor_index) { out.push_back(kg.relation_of(e)); }, b);
  std::sort(out.begin(), out.end());
  return out;
}

/// The relations between `a` and `b` in a knowledge graph or geokg view (see above).
///
/// **Example**
/// ```
/// // Every relation between Japan and South Korea active in 2016.
/// auto r = geokg::query::relations_between(g, jpn, kor, {.at = geokg::parse_date("2016")});
/// ```
template <graph_or_view G>
std::vector<relation_index> relations_between(const G& g, actor_index a, actor_index b,
                                              const neighbor_options& options = {}) {
  return relations_between(detail::knowledge_of(g), detail::boost_of(g), a, b, options);
}

/// The collapsed sign of the pair (a, b) in `view`: the sign of the sum of the signs of all
/// relations between them (+1 friendly, -1 hostile, 0 structural). `neutral` if there are none
/// or they cancel out. This is the pair-collapsing rule used throughout geokg (`sign_of(long
/// long)`).
///
/// **Example**
/// ```
/// auto in_2017 = geokg::active_at(g, *geokg::parse_date("2017"));
/// auto s = geokg::query::collapsed_sign(in_2017, chn, kor);  // sign::negative
/// ```
template <relation_graph G>
sign collapsed_sign(const knowledge_graph& kg, const G& view, actor_index a, actor_index b) {
  long long sum = 0;
  for (const relation_index r : relations_between(kg, view, a, b))
    sum += to_int(kg.relation_at(r).polarity());
  return sign_of(sum);
}

/// The collapsed sign of (a, b) in a knowledge graph or geokg view (see above).
template <graph_or_view G>
sign collapsed_sign(const G& g, actor_index a, actor_index b) {
  return collapsed_sign(detail::knowledge_of(g), detail::boost_of(g), a, b);
}

/// The actors whose collapsed sign with `a` in `view` is `polarity`, sorted by index.
///
/// Complexity: O(deg(a) log deg(a)).
///
/// **Example**
/// ```
/// auto friends = geokg::query::partners(g, g.graph(), usa, geokg::sign::positive);
/// ```
template <relation_graph G>
std::vector<actor_index> partners(const knowledge_graph& kg, const G& view, actor_index a,
                                  sign polarity) {
  std::vector<std::pair<actor_index, int>> signs;
  if (!detail::valid_actor(kg, a)) return {};
  detail::for_each_incident(kg, view, a, {},
                            [&](const knowledge_graph::edge& e, actor_index other) {
                              signs.emplace_back(other, to_int(kg[e].polarity()));
                            });
  std::sort(signs.begin(), signs.end());
  std::vector<actor_index> out;
  for (std::size_t i = 0; i < signs.size();) {
    long long sum = 0;
    std::size_t j = i;
    for (; j < signs.size() && signs[j].first == signs[i].first; ++j)
      sum += signs[j].second;
    if (sign_of(sum) == polarity) out.push_back(signs[i].first);
    i = j;
  }
  return out;
}

/// The actors whose collapsed sign with `a` is `polarity`, in a knowledge graph or geokg view.
template <graph_or_view G>
std::vector<actor_index> partners(const G& g, actor_index a, sign polarity) {
  return partners(detail::knowledge_of(g), detail::boost_of(g), a, polarity);
}

/// The allies of `a`: actors whose collapsed sign with `a` is positive, sorted by index.
///
/// **Example**
/// ```
/// auto v = geokg::active_at(g, *geokg::parse_date("2023-08-19"));
/// auto friends_2023 = geokg::query::allies(v, jpn);
/// ```
template <graph_or_view G>
std::vector<actor_index> allies(const G& g, actor_index a) {
  return partners(g, a, sign::positive);
}

/// The adversaries of `a`: actors whose collapsed sign with `a` is negative, sorted by index.
///
/// **Example**
/// ```
/// auto v = geokg::active_at(g, *geokg::parse_date("2023-08-19"));
/// auto foes_2023 = geokg::query::adversaries(v, jpn);
/// ```
template <graph_or_view G>
std::vector<actor_index> adversaries(const G& g, actor_index a) {
  return partners(g, a, sign::negative);
}

}  // namespace geokg::query
