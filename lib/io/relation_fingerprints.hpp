#pragma once
// SPDX-License-Identifier: MIT
// A compact set of relations by content hash, to find exact repeats while loading.

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "geokg/core/statement.hpp"

namespace geokg::io::detail {

/// Relation indices by a 64-bit hash of their content, in an open-addressing table of 8-byte
/// slots (the top 32 bits of the hash and the index). The hash only narrows the search: a
/// candidate is a repeat when the caller's `same(index)` says so, so hash collisions cost a
/// comparison, never a false report. No allocation per relation, and the table never needs the
/// relations again to grow, because a slot's position comes from the hash bits it keeps.
class relation_fingerprints {
 public:
  /// The first relation already in the set with this hash for which `same` holds; otherwise adds
  /// `r` and returns nullopt.
  template <class Same>
  std::optional<relation_index> find_or_add(std::uint64_t hash, relation_index r,
                                            const Same& same) {
    if (2 * (size_ + 1) > slots_.size()) grow();
    const auto tag = static_cast<std::uint32_t>(spread(hash) >> 32U);
    std::size_t i = tag & mask();
    for (; slots_[i] != empty; i = (i + 1) & mask()) {
      if (static_cast<std::uint32_t>(slots_[i] >> 32U) != tag) continue;
      const auto other = static_cast<relation_index>(slots_[i]);
      if (same(other)) return other;
    }
    slots_[i] = (static_cast<std::uint64_t>(tag) << 32U) | r.value();
    ++size_;
    return std::nullopt;
  }

 private:
  // Relation indices are below `no_index`, so an all-ones slot is never a relation.
  static constexpr std::uint64_t empty = ~std::uint64_t{0};

  std::size_t mask() const noexcept { return slots_.size() - 1; }

  // MurmurHash3's 64-bit finaliser: callers' hashes (hash_combine chains of small integers) vary
  // mostly in their low bits, and the table uses the high ones.
  static std::uint64_t spread(std::uint64_t h) noexcept {
    h ^= h >> 33U;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33U;
    h *= 0xc4ceb9fe1a85ec53ULL;
    return h ^ (h >> 33U);
  }

  void grow() {
    std::vector<std::uint64_t> old(std::bit_ceil(std::max<std::size_t>(64, 4 * (size_ + 1))),
                                   empty);
    old.swap(slots_);
    for (const std::uint64_t slot : old) {
      if (slot == empty) continue;
      std::size_t i = static_cast<std::uint32_t>(slot >> 32U) & mask();
      while (slots_[i] != empty)
        i = (i + 1) & mask();
      slots_[i] = slot;
    }
  }

  std::vector<std::uint64_t> slots_;
  std::size_t size_ = 0;
};

}  // namespace geokg::io::detail
