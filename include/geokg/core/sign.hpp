#pragma once
// SPDX-License-Identifier: MIT
// The sign of a tie: friendly (+), hostile (-) or structural (0).

#include <cstdint>
#include <optional>
#include <string_view>

namespace geokg {

/// The sign of a relation in signed-network terms (Cartwright–Harary): positive ties are
/// friendly (alliance, partnership), negative ones hostile (war, sanction), neutral ones structural
/// (membership, leadership) and count in neither.
enum class sign : std::int8_t {
  negative = -1,  ///< Hostile.
  neutral = 0,    ///< Structural; no sign.
  positive = 1,   ///< Friendly.
};

/// The sign as an integer: -1, 0 or +1.
constexpr int to_int(sign s) noexcept {
  return static_cast<int>(s);
}

/// "+", "-" or "0".
constexpr std::string_view to_string(sign s) noexcept {
  return s == sign::positive ? "+" : s == sign::negative ? "-" : "0";
}

/// Parses "+", "-", "0", "1", "-1", "+1", "positive", "negative" or "neutral"; nullopt otherwise.
constexpr std::optional<sign> parse_sign(std::string_view text) noexcept {
  if (text == "+" || text == "1" || text == "+1" || text == "positive") return sign::positive;
  if (text == "-" || text == "-1" || text == "negative") return sign::negative;
  if (text == "0" || text == "neutral") return sign::neutral;
  return std::nullopt;
}

/// The sign of an integer sum of signs: -1, 0 or +1 (the workload's pair-collapsing rule).
constexpr sign sign_of(long long sum) noexcept {
  return sum > 0 ? sign::positive : sum < 0 ? sign::negative : sign::neutral;
}

}  // namespace geokg
