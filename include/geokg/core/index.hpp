#pragma once
// SPDX-License-Identifier: MIT
// Strong index types, one per kind of thing a graph holds, so that the kinds cannot be mixed.

#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iterator>
#include <limits>
#include <string>
#include <type_traits>
#include <utility>

namespace geokg {

/// The type of `no_index`: "no such index", e.g. a relation that belongs to no event.
///
/// It converts to every index kind and compares with every one, and converts to the raw
/// `std::uint32_t` (the largest value, which no graph reaches) for code that stores raw indices.
struct no_index_t {
  /// The raw value of `no_index` in every index kind.
  static constexpr std::uint32_t value = std::numeric_limits<std::uint32_t>::max();
  /// The raw value, for `statement_ref::index` and other raw storage.
  constexpr operator std::uint32_t() const noexcept { return value; }
};

/// "No such index": converts to, and compares with, every index kind.
inline constexpr no_index_t no_index{};

/// An index into one of a graph's sequences (actors, relations, events, claims, sources), typed by
/// `Tag` so that an index of one kind is not accepted where another kind is expected:
/// `g[relation_index]`, `g.event_at(actor_index)` and `g.claim_at(source_index)` do not compile.
///
/// It holds one `std::uint32_t` (4 bytes, trivially copyable). It is constructed explicitly from
/// an integer (`relation_index{3}`, `static_cast<event_index>(i)`; the value must fit in 32 bits),
/// implicitly from `no_index`, read back with `value()`, compared with `==` and `<=>` with its own
/// kind and with `no_index`, and incremented with `++` (for loops; see `index_range`). It is
/// hashable (`std::hash`) and printable (`to_string`, and `fmt` through `geokg/format.hpp`).
///
/// The actor index is the one exception (`Tag::is_vertex`): it is the value of the Boost.Graph
/// vertex descriptor (`knowledge_graph::vertex`, a `std::size_t`), and converts implicitly to and
/// from it, and compares with integers, so that `g[v]` for a vertex `v` of a view,
/// `boost::out_edges(a, g.graph())`, and arrays indexed by vertex all keep working. The other
/// kinds never convert implicitly to or from integers.
template <class Tag>
class strong_index {
  static constexpr bool is_vertex = Tag::is_vertex;

 public:
  /// The stored integer.
  using value_type = std::uint32_t;
  /// For iterator adaptors and `std::incrementable`.
  using difference_type = std::int64_t;

  /// Index 0, like a value-initialised integer; ask for `no_index` explicitly.
  constexpr strong_index() noexcept = default;
  /// `no_index`.
  constexpr strong_index(no_index_t) noexcept : value_(no_index_t::value) {}
  /// From an integer: explicit for every kind but the actor index. The value must fit in 32 bits.
  template <std::integral I>
  requires(!is_vertex) constexpr explicit strong_index(I value) noexcept
      : value_(static_cast<value_type>(value)) {}
  /// An actor index from a vertex descriptor (implicit: they are the same number). The value must
  /// fit in 32 bits, which `knowledge_graph::add_actor` guarantees for its vertices.
  constexpr strong_index(std::size_t vertex) noexcept requires is_vertex
      : value_(static_cast<value_type>(vertex)) {}

  /// The integer.
  constexpr value_type value() const noexcept { return value_; }

  /// An actor index as a vertex descriptor, or as an index into an array of per-vertex values.
  constexpr operator std::size_t() const noexcept requires is_vertex { return value_; }

  /// The next index, for loops (`index_range`).
  constexpr strong_index& operator++() noexcept {
    ++value_;
    return *this;
  }
  /// The next index, returning the previous one.
  constexpr strong_index operator++(int) noexcept {
    const strong_index old = *this;
    ++value_;
    return old;
  }

  friend constexpr bool operator==(const strong_index&, const strong_index&) noexcept = default;
  friend constexpr std::strong_ordering operator<=>(const strong_index&,
                                                    const strong_index&) noexcept = default;
  /// Whether the index is `no_index`.
  friend constexpr bool operator==(const strong_index& a, no_index_t) noexcept {
    return a.value_ == no_index_t::value;
  }

  /// An actor index against a vertex descriptor or another integer (loop bounds, counts). Without
  /// these, `a == v` would be ambiguous between this type's `==` and the built-in one.
  template <std::integral I>
  friend constexpr bool operator==(const strong_index& a, I b) noexcept requires is_vertex {
    return std::cmp_equal(a.value_, b);
  }
  /// See above.
  template <std::integral I>
  friend constexpr auto operator<=>(const strong_index& a, I b) noexcept requires is_vertex {
    return std::cmp_less(a.value_, b)    ? std::strong_ordering::less
           : std::cmp_equal(a.value_, b) ? std::strong_ordering::equal
                                         : std::strong_ordering::greater;
  }

 private:
  value_type value_ = 0;
};

/// The decimal value of an index (`no_index` is 4294967295).
template <class Tag>
std::string to_string(strong_index<Tag> i) {
  return std::to_string(i.value());
}

/// Tag of `actor_index`: an actor is a vertex, so its index is the vertex descriptor's value.
struct actor_index_tag {
  static constexpr bool is_vertex = true;
};
/// Tag of `relation_index`.
struct relation_index_tag {
  static constexpr bool is_vertex = false;
};
/// Tag of `event_index`.
struct event_index_tag {
  static constexpr bool is_vertex = false;
};
/// Tag of `claim_index`.
struct claim_index_tag {
  static constexpr bool is_vertex = false;
};
/// Tag of `source_index`.
struct source_index_tag {
  static constexpr bool is_vertex = false;
};

/// Index of an actor in a `knowledge_graph`; the value of its Boost.Graph vertex descriptor, and
/// interchangeable with it.
using actor_index = strong_index<actor_index_tag>;
/// Index of a relation in a `knowledge_graph`, in insertion order; stable.
using relation_index = strong_index<relation_index_tag>;
/// Index of an event in a `knowledge_graph`, in insertion order; stable.
using event_index = strong_index<event_index_tag>;
/// Index of a claim in a `knowledge_graph`, in insertion order; stable.
using claim_index = strong_index<claim_index_tag>;
/// Index of a source in a `knowledge_graph`, in insertion order; stable.
using source_index = strong_index<source_index_tag>;

static_assert(sizeof(relation_index) == sizeof(std::uint32_t) &&
              std::is_trivially_copyable_v<relation_index> &&
              sizeof(actor_index) == sizeof(std::uint32_t) &&
              std::is_trivially_copyable_v<actor_index>);

/// The indices `[0, size)` of one kind, in order, as a range:
/// `for (const geokg::relation_index r : g.relation_indices())`.
template <class Index>
class index_range {
 public:
  /// A forward iterator over the indices.
  class iterator {
   public:
    using value_type = Index;
    using difference_type = std::ptrdiff_t;
    using reference = Index;
    using iterator_category = std::forward_iterator_tag;

    constexpr iterator() noexcept = default;
    constexpr explicit iterator(Index i) noexcept : i_(i) {}
    constexpr Index operator*() const noexcept { return i_; }
    constexpr iterator& operator++() noexcept {
      ++i_;
      return *this;
    }
    constexpr iterator operator++(int) noexcept {
      const iterator old = *this;
      ++i_;
      return old;
    }
    friend constexpr bool operator==(const iterator&, const iterator&) noexcept = default;

   private:
    Index i_{};
  };

  /// The indices `[0, size)`; `size` must fit in 32 bits.
  constexpr explicit index_range(std::size_t size) noexcept : end_(size) {}
  constexpr iterator begin() const noexcept { return iterator(Index{0U}); }
  constexpr iterator end() const noexcept { return iterator(Index{end_}); }
  constexpr std::size_t size() const noexcept { return end_; }
  constexpr bool empty() const noexcept { return end_ == 0; }

 private:
  std::size_t end_;
};

}  // namespace geokg

/// Hashes an index like its integer.
template <class Tag>
struct std::hash<geokg::strong_index<Tag>> {
  std::size_t operator()(geokg::strong_index<Tag> i) const noexcept {
    return std::hash<std::uint32_t>{}(i.value());
  }
};
