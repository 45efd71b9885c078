#pragma once
// SPDX-License-Identifier: MIT
// A small tree of one JSON record with the position of every value, reused record after record.

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "record_origin.hpp"

namespace geokg::io::detail {

enum class json_type : std::uint8_t { null, boolean, integer, number, string, array, object };

inline constexpr std::uint32_t no_node = std::numeric_limits<std::uint32_t>::max();

/// One value of a record. Strings and keys live in the record's arena.
struct json_node {
  json_type type = json_type::null;
  position pos;
  bool boolean = false;
  std::int64_t integer = 0;
  double number = 0;
  std::uint32_t key_offset = 0, key_size = 0;  // member name, if the parent is an object
  std::uint32_t text_offset = 0, text_size = 0;
  std::uint32_t first_child = no_node, last_child = no_node, next = no_node;
  std::uint32_t size = 0;  // children
};

/// One record (an object of a section array) as a flat tree; node 0 is the record itself.
class json_record {
 public:
  void clear() {
    nodes_.clear();
    arena_.clear();
  }
  std::vector<json_node>& nodes() noexcept { return nodes_; }
  const json_node& root() const noexcept { return nodes_.front(); }
  bool empty() const noexcept { return nodes_.empty(); }

  std::uint32_t store(std::string_view text) {
    const auto offset = static_cast<std::uint32_t>(arena_.size());
    arena_.append(text);
    return offset;
  }
  std::string_view key(const json_node& n) const noexcept {
    return {arena_.data() + n.key_offset, n.key_size};
  }
  std::string_view text(const json_node& n) const noexcept {
    return {arena_.data() + n.text_offset, n.text_size};
  }
  const json_node& at(std::uint32_t i) const noexcept { return nodes_[i]; }

  /// The member `name` of an object node, or nullptr.
  const json_node* member(const json_node& object, std::string_view name) const noexcept {
    for (auto i = object.first_child; i != no_node; i = nodes_[i].next) {
      if (key(nodes_[i]) == name) return &nodes_[i];
    }
    return nullptr;
  }

  /// Calls f(child) for each child of a node, in order.
  template <class F>
  void for_each_child(const json_node& n, F&& f) const {
    for (auto i = n.first_child; i != no_node; i = nodes_[i].next)
      f(nodes_[i]);
  }

 private:
  std::vector<json_node> nodes_;
  std::string arena_;
};

}  // namespace geokg::io::detail
