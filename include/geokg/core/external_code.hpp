#pragma once
// SPDX-License-Identifier: MIT
// An actor's code in another dataset's scheme (COW 740, ISO JPN), valid over an interval.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "geokg/core/detail/enum_names.hpp"
#include "geokg/core/interval.hpp"

namespace geokg {

/// A code scheme used by a dataset.
enum class code_system : std::uint8_t {
  cow,             ///< Correlates of War numeric state code (`ccode`), e.g. 740 for Japan.
  cow_abbrev,      ///< Correlates of War three-letter abbreviation (`stateabb`), e.g. "JPN", "ROK".
  gleditsch_ward,  ///< Gleditsch & Ward numeric state code.
  iso_alpha3,      ///< ISO 3166-1 alpha-3, e.g. "KOR".
  iso_alpha2,      ///< ISO 3166-1 alpha-2, e.g. "KR".
  iso_numeric,     ///< ISO 3166-1 numeric, e.g. "410".
  cameo,           ///< CAMEO actor country code as used by GDELT and ICEWS, e.g. "KOR".
  wikidata,        ///< Wikidata item id, e.g. "Q884".
  other,           ///< Any other scheme (name it in the code's value or a note).
};

namespace detail {
/// The canonical names of the `code_system` values, in declaration order.
inline constexpr auto code_system_names = enum_names<code_system, code_system::other>(
    "cow", "cow_abbrev", "gleditsch_ward", "iso_alpha3", "iso_alpha2", "iso_numeric", "cameo",
    "wikidata", "other");
}  // namespace detail

/// The canonical scheme name: "cow", "cow_abbrev", "gleditsch_ward", "iso_alpha3", "iso_alpha2",
/// "iso_numeric", "cameo", "wikidata", "other".
constexpr std::string_view to_string(code_system s) noexcept {
  return detail::enum_name(detail::code_system_names, s);
}

/// Parses a scheme name (canonical, or "ccode", "gw", "iso3", "iso2"); nullopt otherwise.
constexpr std::optional<code_system> parse_code_system(std::string_view text) noexcept {
  if (auto s = detail::parse_enum_name<code_system>(detail::code_system_names, text)) return s;
  if (text == "ccode") return code_system::cow;
  if (text == "gw") return code_system::gleditsch_ward;
  if (text == "iso3") return code_system::iso_alpha3;
  if (text == "iso2") return code_system::iso_alpha2;
  return std::nullopt;
}

/// An actor's code in one scheme, valid during `valid` (codes are dated: COW 255 is Germany until
/// 1945 and from 1990, while 260 is West Germany in between).
struct external_code {
  code_system system = code_system::other;
  std::string value{};  ///< The code as text, exactly as the dataset writes it ("740", "042").
  interval valid{};     ///< When the code denotes this actor; unbounded by default.

  friend bool operator==(const external_code&, const external_code&) = default;
};

}  // namespace geokg
