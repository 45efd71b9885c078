#pragma once
// SPDX-License-Identifier: MIT
// The states events are counted between: a dense index over geokg's state identity table.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "geokg/core/actor_id.hpp"
#include "geokg/io/state_codes.hpp"

namespace geokg::events {

/// A state's position in a `state_index` (its sorted list of state ids).
using state_ref = std::uint16_t;

/// The states of a state code table, numbered densely in id order, with the CAMEO country codes
/// that denote them, so that readers resolve an actor's country code to a small integer.
///
/// The numbering depends only on the table, so two indexes built from the same table (in two
/// threads, or two processes) agree. Immutable once built and safe to share between threads.
class state_index {
 public:
  /// The index of geokg's built-in state table (`io::state_codes::builtin()`).
  state_index();
  /// The index of a given table.
  explicit state_index(const io::state_codes& codes);

  /// The state a CAMEO actor country code denotes (`USA`, `ROK` is not one: `KOR` is), resolved
  /// with `io::state_codes::by_code(code_system::cameo, ...)`; nullopt for an empty code, a region
  /// (`AFR`, `EUR`) or an unknown code.
  std::optional<state_ref> by_cameo(std::string_view code) const noexcept;
  /// The state known under an English country name (`Russian Federation`, `North Korea`) on a
  /// day (days since 1970-01-01), resolved with `io::state_codes::by_name(name, date)`, so that a
  /// name shared by states of different periods resolves by date; nullopt if none or several.
  std::optional<state_ref> by_name(std::string_view name, std::int32_t day) const;
  /// The state of a COW numeric code that is a system member on a day; nullopt otherwise.
  std::optional<state_ref> by_cow(int code, std::int32_t day) const noexcept;
  /// The state of an ISO 3166-1 alpha-3 code (`RUS`); nullopt if unknown.
  std::optional<state_ref> by_iso3(std::string_view code) const;
  /// The ref of a state id; nullopt if the id is not in the table.
  std::optional<state_ref> by_id(std::string_view id) const noexcept;
  /// The id of a ref (must be below `size()`).
  const actor_id& id(state_ref ref) const noexcept { return ids_[ref]; }
  /// Every state id, in ref order.
  std::span<const actor_id> ids() const noexcept { return ids_; }
  /// The number of states.
  std::size_t size() const noexcept { return ids_.size(); }

 private:
  io::state_codes codes_;  // the table, for the dated and by-name lookups
  std::vector<actor_id> ids_;
  // Three upper-case letters (every CAMEO country code) index this array directly: 26^3 slots.
  std::vector<std::int32_t> three_letter_;
  std::unordered_map<std::string, state_ref> other_codes_;
};

}  // namespace geokg::events
