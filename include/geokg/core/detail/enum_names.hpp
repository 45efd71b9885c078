#pragma once
// SPDX-License-Identifier: MIT
// One table of names per enum, read both ways: `to_string` and the `parse_` functions.

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace geokg::detail {

/// The canonical names of an enum whose values run from 0 to `Last`, in declaration order. A
/// missing or extra name is a compile error, so the table cannot drift from the enum.
///
/// **Example**
/// ```cpp
/// enum class colour : std::uint8_t { red, green };
/// inline constexpr auto colour_names = enum_names<colour, colour::green>("red", "green");
/// ```
template <class Enum, Enum Last, class... Names>
constexpr std::array<std::string_view, sizeof...(Names)> enum_names(Names... names) noexcept {
  static_assert(sizeof...(Names) == static_cast<std::size_t>(Last) + 1,
                "one name for each value of the enum, in declaration order");
  return {std::string_view(names)...};
}

/// The name of `value` in `names`, or `fallback` for a value outside the enum.
template <class Enum, std::size_t N>
constexpr std::string_view enum_name(const std::array<std::string_view, N>& names, Enum value,
                                     std::string_view fallback = "?") noexcept {
  const auto i = static_cast<std::size_t>(value);
  return i < N ? names[i] : fallback;
}

/// The value whose name in `names` is `text` exactly; nullopt otherwise.
template <class Enum, std::size_t N>
constexpr std::optional<Enum> parse_enum_name(const std::array<std::string_view, N>& names,
                                              std::string_view text) noexcept {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == text) return static_cast<Enum>(i);
  }
  return std::nullopt;
}

}  // namespace geokg::detail
