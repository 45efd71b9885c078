#pragma once
// SPDX-License-Identifier: MIT
// A measured or estimated amount with its unit and range: "$300 million", "tens of thousands".

#include <charconv>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>

#include "geokg/core/error.hpp"

namespace geokg {

namespace detail {
inline std::optional<double> parse_finite(std::string_view s) noexcept {
  double v = 0;
  const auto* end = s.data() + s.size();
  const auto [ptr, ec] = std::from_chars(s.data(), end, v);
  if (ec != std::errc() || ptr != end || !std::isfinite(v) || s.empty() || s.front() == '+')
    return std::nullopt;
  return v;
}
inline std::string shortest(double v) {
  char buf[64];
  const auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return ec == std::errc() ? std::string(buf, ptr) : std::to_string(v);
}
}  // namespace detail

/// An amount as sources state it: an exact value or a range [low, high], with a unit.
///
/// "hundreds of millions of dollars" is `quantity::range(1e8, 1e9, "USD")`; "tens of thousands of
/// women" is `quantity::range(1e4, 1e5, "person")`; the 1965 grants are `quantity::exact(3e8,
/// "USD")`. Units are free text but should be short and consistent (ISO 4217 currency codes,
/// "person", "km2"). `approximate` marks an estimate ("about 200,000").
struct quantity {
  double low = 0;            ///< Lower bound (equal to `high` for an exact value).
  double high = 0;           ///< Upper bound.
  std::string unit{};        ///< Unit, e.g. "USD", "person".
  bool approximate = false;  ///< The source gives an estimate.

  /// An exact value.
  /// @throws data_error `invalid_value` if `value` is not finite.
  static quantity exact(double value, std::string unit) {
    return range(value, value, std::move(unit));
  }

  /// A range of values.
  /// @throws data_error `invalid_value` if a bound is not finite or low > high.
  static quantity range(double low, double high, std::string unit) {
    if (!std::isfinite(low) || !std::isfinite(high) || low > high) {
      throw data_error(errc::invalid_value, "invalid quantity range " + detail::shortest(low) +
                                                ".." + detail::shortest(high));
    }
    return quantity{low, high, std::move(unit), false};
  }

  /// Whether low == high.
  bool is_exact() const noexcept { return low == high; }

  friend bool operator==(const quantity&, const quantity&) = default;
};

/// A quantity with the name of what it measures ("grants", "loans", "victims").
struct named_quantity {
  std::string name{};
  quantity value{};

  friend bool operator==(const named_quantity&, const named_quantity&) = default;
};

/// Parses `[~]VALUE[..HIGH][ UNIT]`: "300000000 USD", "1e8..1e9 USD", "~200000 person", "6" (a
/// count without unit). The unit is everything after the first space; a space must be followed
/// by a unit. Nullopt if malformed or low > high.
inline std::optional<quantity> parse_quantity(std::string_view text) {
  quantity q{};
  if (!text.empty() && text.front() == '~') {
    q.approximate = true;
    text.remove_prefix(1);
  }
  const auto space = text.find(' ');
  if (space != std::string_view::npos && space + 1 >= text.size()) return std::nullopt;
  const auto number = text.substr(0, space);
  if (space != std::string_view::npos) q.unit = std::string(text.substr(space + 1));
  const auto dots = number.find("..");
  const auto low = detail::parse_finite(number.substr(0, dots));
  const auto high =
      dots == std::string_view::npos ? low : detail::parse_finite(number.substr(dots + 2));
  if (!low || !high || *low > *high) return std::nullopt;
  q.low = *low;
  q.high = *high;
  return q;
}

/// The canonical text, readable by `parse_quantity`: "~1e+08..1e+09 USD" style, shortest digits;
/// no unit part for a quantity without unit.
inline std::string to_string(const quantity& q) {
  std::string out = q.approximate ? "~" : "";
  out += detail::shortest(q.low);
  if (!q.is_exact()) out += ".." + detail::shortest(q.high);
  return q.unit.empty() ? out : out + " " + q.unit;
}

}  // namespace geokg
