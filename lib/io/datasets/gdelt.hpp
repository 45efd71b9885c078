#pragma once
// SPDX-License-Identifier: MIT
// What the GDELT loader and the monthly aggregation share: one dyadic event, reduced to the
// fields the aggregation needs.

#include <cstdint>
#include <span>
#include <string>

#include "geokg/core/actor_id.hpp"
#include "geokg/core/date.hpp"
#include "geokg/io/gdelt_aggregate.hpp"

namespace geokg::io::detail {

/// A GDELT event between two different states, as the aggregation sees it.
struct gdelt_record {
  actor_id source;        ///< Actor1's state.
  actor_id target;        ///< Actor2's state.
  date day;               ///< The event's date (any precision: its month is used).
  std::uint8_t quad = 0;  ///< QuadClass, 1-4.
  double goldstein = 0;   ///< Goldstein value.
  std::string id;         ///< The event's statement id.
};

/// The monthly windows and relations of `records` (see `aggregate_gdelt_monthly`); the skip counts
/// of the result are left at zero.
/// @throws data_error `invalid_value` for a negative or non-finite threshold.
gdelt_monthly aggregate_gdelt_records(std::span<const gdelt_record> records,
                                      const gdelt_monthly_options& options);

}  // namespace geokg::io::detail
