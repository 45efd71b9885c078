#pragma once
// SPDX-License-Identifier: MIT
// The built-in identity table's text (data/identity/*.csv), compiled in by CMake.

#include <string_view>

namespace geokg::io::detail {

/// The text of data/identity/states.csv.
std::string_view builtin_states_csv() noexcept;
/// The text of data/identity/names.csv.
std::string_view builtin_names_csv() noexcept;

}  // namespace geokg::io::detail
