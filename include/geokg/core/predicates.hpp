#pragma once
// SPDX-License-Identifier: MIT
// Small, composable tests on relations ("active at 2023-08-19", "of kind alliance") for views.

#include <concepts>
#include <utility>

#include "geokg/core/date.hpp"
#include "geokg/core/interval.hpp"
#include "geokg/core/relation.hpp"
#include "geokg/core/relation_kind.hpp"
#include "geokg/core/sign.hpp"

namespace geokg {

/// A test on one relation that a view can filter by: callable on `const relation&`, returning
/// bool, and default-constructible and copyable (Boost's filtered_graph copies predicates into its
/// iterators). geokg's predicates are plain structs of a few bytes; compose them with `&&`, `||`
/// and `!`.
template <class P>
concept relation_predicate =
    std::default_initializable<P> && std::copyable<P> && std::predicate<const P&, const relation&>;

namespace detail {
// What geokg's own predicates test: a whole relation, or the copy of its filtered fields that
// each edge carries (`relation_key`), which views prefer because it is one load away.
template <class R>
concept relation_or_key = std::same_as<R, relation> || std::same_as<R, relation_key>;
}  // namespace detail

/// True for relations active at a date (see `time_rule`; first-day rule by default).
struct is_active_at {
  date at{};
  time_rule rule = time_rule::first_day;
  template <detail::relation_or_key R>
  bool operator()(const R& r) const noexcept {
    return r.when.contains(at, rule);
  }
};

/// True for relations active at some time during an interval (first-day rule).
struct is_active_during {
  interval span{};
  template <detail::relation_or_key R>
  bool operator()(const R& r) const noexcept {
    return r.when.overlaps(span);
  }
};

/// True for relations whose kind is in a set.
struct has_kind {
  kind_set kinds{};
  template <detail::relation_or_key R>
  bool operator()(const R& r) const noexcept {
    return kinds.contains(r.kind);
  }
};

/// True for relations of one sign.
struct has_sign {
  sign polarity = sign::positive;
  template <detail::relation_or_key R>
  bool operator()(const R& r) const noexcept {
    return r.polarity() == polarity;
  }
};

/// True for relations whose weight is at least a threshold.
struct has_min_weight {
  float threshold = 0.0F;
  template <detail::relation_or_key R>
  bool operator()(const R& r) const noexcept {
    return r.weight >= threshold;
  }
};

/// True for every relation.
struct any_relation {
  template <detail::relation_or_key R>
  bool operator()(const R& /*r*/) const noexcept {
    return true;
  }
};

template <relation_predicate P, relation_predicate Q>
struct both;
template <relation_predicate P, relation_predicate Q>
struct either;
template <relation_predicate P>
struct negation;

namespace detail {
// geokg's leaf predicates, listed once: both traits below start from this list.
template <class P>
inline constexpr bool is_leaf_predicate =
    std::same_as<P, is_active_at> || std::same_as<P, is_active_during> ||
    std::same_as<P, has_kind> || std::same_as<P, has_sign> || std::same_as<P, has_min_weight> ||
    std::same_as<P, any_relation>;

// Whether a predicate can decide from a `relation_key` alone: geokg's leaf predicates, and
// compositions of them. A user's predicate gets the whole relation.
template <class P>
inline constexpr bool tests_key = is_leaf_predicate<P>;
template <class P, class Q>
inline constexpr bool tests_key<both<P, Q>> = (tests_key<P> && tests_key<Q>);
template <class P, class Q>
inline constexpr bool tests_key<either<P, Q>> = (tests_key<P> && tests_key<Q>);
template <class P>
inline constexpr bool tests_key<negation<P>> = tests_key<P>;

// A composition accepts what all its parts accept: a relation always, a key if they all test keys.
template <class R, class... Parts>
concept accepted_by_all = std::same_as<R, relation> ||
    (std::same_as<R, relation_key> && (tests_key<Parts> && ...));
}  // namespace detail

/// Both predicates hold.
template <relation_predicate P, relation_predicate Q>
struct both {
  P first;
  Q second;
  template <class R>
  requires detail::accepted_by_all<R, P, Q>
  bool operator()(const R& r) const { return first(r) && second(r); }
};

/// Either predicate holds.
template <relation_predicate P, relation_predicate Q>
struct either {
  P first;
  Q second;
  template <class R>
  requires detail::accepted_by_all<R, P, Q>
  bool operator()(const R& r) const { return first(r) || second(r); }
};

/// The predicate does not hold.
template <relation_predicate P>
struct negation {
  P inner;
  template <class R>
  requires detail::accepted_by_all<R, P>
  bool operator()(const R& r) const { return !inner(r); }
};

namespace detail {
// Opt-in list of geokg's predicate types, so the operators below apply only to them (and to
// their compositions), never to a user's unrelated types found by ADL.
template <class P>
inline constexpr bool is_geokg_predicate = is_leaf_predicate<P>;
template <class P, class Q>
inline constexpr bool is_geokg_predicate<both<P, Q>> = true;
template <class P, class Q>
inline constexpr bool is_geokg_predicate<either<P, Q>> = true;
template <class P>
inline constexpr bool is_geokg_predicate<negation<P>> = true;

template <class P>
concept composable = relation_predicate<P> && is_geokg_predicate<P>;
}  // namespace detail

/// `p && q`: both hold. At least one side must be a geokg predicate; the other may be any
/// `relation_predicate`, including the user's own struct.
template <relation_predicate P, relation_predicate Q>
requires(detail::composable<P> || detail::composable<Q>) constexpr both<P, Q> operator&&(P p, Q q) {
  return {std::move(p), std::move(q)};
}

/// `p || q`: either holds.
template <relation_predicate P, relation_predicate Q>
requires(detail::composable<P> || detail::composable<Q>) constexpr either<P, Q> operator||(P p,
                                                                                           Q q) {
  return {std::move(p), std::move(q)};
}

/// `!p`: p does not hold.
template <detail::composable P>
constexpr negation<P> operator!(P p) {
  return {std::move(p)};
}

}  // namespace geokg
