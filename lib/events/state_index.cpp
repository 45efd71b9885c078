// SPDX-License-Identifier: MIT
// The dense state numbering of the event layer.

#include "geokg/events/state_index.hpp"

#include <algorithm>

#include "geokg/core/external_code.hpp"

namespace geokg::events {
namespace {

constexpr std::size_t slots = 26 * 26 * 26;

// The slot of a three-letter upper-case code, or -1.
int slot_of(std::string_view code) noexcept {
  if (code.size() != 3) return -1;
  int s = 0;
  for (const char c : code) {
    if (c < 'A' || c > 'Z') return -1;
    s = s * 26 + (c - 'A');
  }
  return s;
}

}  // namespace

state_index::state_index() : state_index(io::state_codes::builtin()) {}

state_index::state_index(const io::state_codes& codes) : codes_(codes), three_letter_(slots, -1) {
  for (const auto& e : codes.entries())
    ids_.push_back(e.id);
  std::sort(ids_.begin(), ids_.end());
  ids_.erase(std::unique(ids_.begin(), ids_.end()), ids_.end());
  for (const auto& e : codes.entries()) {
    for (const auto& code : e.cameo) {
      // The table's own lookup decides (it refuses ambiguous codes), so that the event layer
      // resolves a code exactly as the `gdelt` loader does.
      const auto id = codes.by_code(code_system::cameo, code);
      if (!id) continue;
      const auto ref = by_id(id->str());
      if (!ref) continue;
      if (const int s = slot_of(code); s >= 0) {
        three_letter_[static_cast<std::size_t>(s)] = *ref;
      } else {
        other_codes_.emplace(code, *ref);
      }
    }
  }
}

std::optional<state_ref> state_index::by_cameo(std::string_view code) const noexcept {
  if (const int s = slot_of(code); s >= 0) {
    const auto v = three_letter_[static_cast<std::size_t>(s)];
    if (v < 0) return std::nullopt;
    return static_cast<state_ref>(v);
  }
  if (code.empty() || other_codes_.empty()) return std::nullopt;
  const auto it = other_codes_.find(std::string(code));
  if (it == other_codes_.end()) return std::nullopt;
  return it->second;
}

std::optional<state_ref> state_index::by_name(std::string_view name, std::int32_t day) const {
  const auto at = date::from_day_number(day);
  if (!at) return std::nullopt;
  const auto id = codes_.by_name(name, *at);
  return id ? by_id(id->str()) : std::nullopt;
}

std::optional<state_ref> state_index::by_cow(int code, std::int32_t day) const noexcept {
  const auto at = date::from_day_number(day);
  if (!at) return std::nullopt;
  const auto* e = codes_.by_cow(code, *at);
  return e != nullptr ? by_id(e->id.str()) : std::nullopt;
}

std::optional<state_ref> state_index::by_iso3(std::string_view code) const {
  const auto id = codes_.by_code(code_system::iso_alpha3, code);
  return id ? by_id(id->str()) : std::nullopt;
}

std::optional<state_ref> state_index::by_id(std::string_view id) const noexcept {
  const auto it =
      std::lower_bound(ids_.begin(), ids_.end(), id,
                       [](const actor_id& a, std::string_view b) { return a.str() < b; });
  if (it == ids_.end() || it->str() != id) return std::nullopt;
  return static_cast<state_ref>(it - ids_.begin());
}

}  // namespace geokg::events
