#pragma once
// SPDX-License-Identifier: MIT
// The stable, validated identifier of an actor: "JPN", "QUAD", "xi_jinping".

#include <compare>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "geokg/core/error.hpp"

namespace geokg {

/// Whether `text` is a valid identifier for actors, sources and statements: 1 to 64 ASCII
/// letters, digits, `_`, `-` or `.`, starting with a letter or a digit. Ids are case-sensitive
/// ("JPN" and "jpn" differ).
constexpr bool is_valid_id(std::string_view text) noexcept {
  if (text.empty() || text.size() > 64) return false;
  const auto alnum = [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  };
  if (!alnum(text.front())) return false;
  for (char c : text) {
    if (!alnum(c) && c != '_' && c != '-' && c != '.') return false;
  }
  return true;
}

/// The identifier of an actor: a short code such as `JPN`, `KOR`, `QUAD`, or a person such as
/// `xi_jinping`. States use ISO 3166 alpha-3 where one exists, so that curated and real data join.
///
/// An `actor_id` is always valid (see `is_valid_id`); build one with `parse_actor_id` (no throw)
/// or the explicit constructor (throws). It is a distinct type so that a string cannot be passed
/// where an id is meant.
class actor_id {
 public:
  /// @throws data_error `invalid_id` if `text` is not a valid id.
  explicit actor_id(std::string_view text) : value_(text) {
    if (!is_valid_id(text)) {
      throw data_error(errc::invalid_id, "invalid actor id '" + std::string(text) +
                                             "' (expected 1-64 letters, digits, '_', '-' or '.', "
                                             "starting with a letter or digit)");
    }
  }

  /// The id's text.
  const std::string& str() const noexcept { return value_; }
  std::string_view view() const noexcept { return value_; }

  friend bool operator==(const actor_id&, const actor_id&) = default;
  friend std::strong_ordering operator<=>(const actor_id& a, const actor_id& b) noexcept {
    return a.value_.compare(b.value_) <=> 0;
  }

 private:
  struct unchecked {};
  actor_id(unchecked, std::string_view text) : value_(text) {}
  friend std::optional<actor_id> parse_actor_id(std::string_view text);

  std::string value_;
};

/// The id, or nullopt if `text` is not a valid id.
inline std::optional<actor_id> parse_actor_id(std::string_view text) {
  if (!is_valid_id(text)) return std::nullopt;
  return actor_id(actor_id::unchecked{}, text);
}

/// The id's text.
inline const std::string& to_string(const actor_id& id) noexcept {
  return id.str();
}

}  // namespace geokg

template <>
struct std::hash<geokg::actor_id> {
  std::size_t operator()(const geokg::actor_id& id) const noexcept {
    return std::hash<std::string_view>{}(id.view());
  }
};
