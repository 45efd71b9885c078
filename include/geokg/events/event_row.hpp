#pragma once
// SPDX-License-Identifier: MIT
// One event as every event reader hands it on: the fields the event layer keeps, parsed.

#include <cstdint>
#include <string_view>

#include "geokg/events/plover.hpp"
#include "geokg/events/state_index.hpp"

namespace geokg::events {

/// One used event row (two different states, a QuadClass and a Goldstein value), as a reader
/// passes it to its sink. The views point into the reader's buffer: copy what you keep before
/// the sink returns.
struct event_row {
  /// GLOBALEVENTID (GDELT), Event ID (ICEWS); POLECAT's when a number, else a 64-bit FNV-1a
  /// hash of its text.
  std::uint64_t id = 0;
  std::int32_t day = 0;  ///< The event's date (SQLDATE), in days since 1970-01-01.
  /// Actor1's raw country code (CAMEO), e.g. `USA`; ICEWS's Source Country name, POLECAT's
  /// Actor Country.
  std::string_view actor1_code;
  std::string_view actor2_code;  ///< Actor2's (ICEWS Target, POLECAT Recipient) likewise.
  state_ref actor1 = 0;          ///< Actor1's state.
  state_ref actor2 = 0;          ///< Actor2's state (never equal to `actor1`).
  /// The CAMEO event code, leading zeros kept (`042`); empty for POLECAT (PLOVER-coded).
  std::string_view event_code;
  std::uint8_t root_code = 0;  ///< The CAMEO root code as a number (`04` is 4), 1-20; 0 if none.
  /// QuadClass, 1-4: as the row states it (GDELT, POLECAT's Quad Code); derived from the CAMEO
  /// root for ICEWS (`quad_class_of_cameo_root`), from the category for POLECAT rows without one.
  std::uint8_t quad_class = 0;
  /// The PLOVER category: POLECAT's Event Type, or the CAMEO code through `cameo_plover`.
  plover_category plover = plover_category::none;
  /// Goldstein value (ICEWS and POLECAT: Intensity) in tenths (-100 to +100): exact.
  std::int16_t goldstein10 = 0;
  std::uint32_t mentions = 0;  ///< NumMentions (0 when empty).
  std::uint32_t sources = 0;   ///< NumSources (0 when empty).
  std::uint32_t articles = 0;  ///< NumArticles (0 when empty).
  float tone = 0;              ///< AvgTone (0 when empty).
  std::string_view url;        ///< SOURCEURL; empty when the layout has none.
  std::uint16_t file = 0;      ///< The file index given in `read_options::file_index`.
};

}  // namespace geokg::events
