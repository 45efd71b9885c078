#pragma once
// SPDX-License-Identifier: MIT
// Expected values of geokg's typed indices in tests: lists written with plain numbers, and the
// indices printed as numbers in GoogleTest's failure messages.

#include <cstdint>
#include <initializer_list>
#include <ostream>
#include <vector>

#include "geokg/core/index.hpp"

namespace geokg {

/// GoogleTest prints an index as its number (found by argument-dependent lookup).
template <class Tag>
void PrintTo(strong_index<Tag> i, std::ostream* os) {
  *os << i.value();
}

namespace test_support {

/// A vector of indices of one kind written with plain numbers, for expected values:
/// `EXPECT_EQ(found.relations, (index_list<relation_index>{2, 7, 9}))`. It is a
/// `std::vector<Index>`, so it compares equal to one.
template <class Index>
struct index_list : std::vector<Index> {
  index_list() = default;
  index_list(std::initializer_list<std::uint32_t> raw) {
    this->reserve(raw.size());
    for (const auto i : raw)
      this->push_back(Index{i});
  }
};

}  // namespace test_support
}  // namespace geokg
