#pragma once
// SPDX-License-Identifier: MIT
// The index from statement ids to statements, without a second copy of the ids.

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "geokg/core/statement.hpp"

namespace geokg::detail {

/// An open-addressing hash table from statement ids to `statement_ref`s.
///
/// The graph already stores every id with its statement, so a slot holds only the reference (and
/// a few bits of the id's hash); a probe compares the key with the id the graph stores, read
/// through the `IdOf` callable (`std::string_view(statement_ref)`). That costs 8 bytes a slot,
/// at most 16 per statement, instead of a node, a hash and a second copy of the string per
/// statement in a `std::unordered_map<std::string, ...>`, and no allocation per insert.
class statement_id_table {
 public:
  /// The statement with this id, or nullopt.
  template <class IdOf>
  std::optional<statement_ref> find(std::string_view id, const IdOf& id_of) const noexcept {
    if (slots_.empty()) return std::nullopt;
    const std::size_t h = std::hash<std::string_view>{}(id);
    const std::uint64_t tag = tag_of(h);
    for (std::size_t i = h & mask(); slots_[i] != empty; i = (i + 1) & mask()) {
      if ((slots_[i] & tag_mask) == tag) {
        const statement_ref s = ref_of(slots_[i]);
        if (id_of(s) == id) return s;
      }
    }
    return std::nullopt;
  }

  /// Adds `id -> s`. Precondition: `id` is not in the table and `id_of(s) == id`.
  template <class IdOf>
  void insert(std::string_view id, statement_ref s, const IdOf& id_of) {
    if (2 * (size_ + 1) > slots_.size()) grow(id_of);
    place(std::hash<std::string_view>{}(id), s);
    ++size_;
  }

  std::size_t size() const noexcept { return size_; }

 private:
  // A slot: bit 63 set when used, bits 34..62 the hash's top bits, 32..33 the kind, 0..31 the
  // index.
  static constexpr std::uint64_t empty = 0;
  static constexpr std::uint64_t used = std::uint64_t{1} << 63U;
  static constexpr std::uint64_t tag_mask = ~((std::uint64_t{1} << 34U) - 1);

  std::size_t mask() const noexcept { return slots_.size() - 1; }

  static std::uint64_t tag_of(std::size_t hash) noexcept {
    // The low bits choose the slot, so the tag takes the high ones.
    return used | ((static_cast<std::uint64_t>(hash) >> 35U) << 34U);
  }
  static statement_ref ref_of(std::uint64_t slot) noexcept {
    return {static_cast<statement_kind>((slot >> 32U) & 3U), static_cast<std::uint32_t>(slot)};
  }

  void place(std::size_t hash, statement_ref s) noexcept {
    std::size_t i = hash & mask();
    while (slots_[i] != empty)
      i = (i + 1) & mask();
    slots_[i] = tag_of(hash) | (static_cast<std::uint64_t>(s.kind) << 32U) | s.index;
  }

  template <class IdOf>
  void grow(const IdOf& id_of) {
    std::vector<std::uint64_t> old(std::bit_ceil(std::max<std::size_t>(64, 4 * (size_ + 1))),
                                   empty);
    old.swap(slots_);
    for (const std::uint64_t slot : old) {
      if (slot == empty) continue;
      const statement_ref s = ref_of(slot);
      place(std::hash<std::string_view>{}(id_of(s)), s);
    }
  }

  std::vector<std::uint64_t> slots_;
  std::size_t size_ = 0;
};

}  // namespace geokg::detail
