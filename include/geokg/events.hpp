#pragma once
// SPDX-License-Identifier: MIT
// geokg::events: raw event data (GDELT) streamed into compact tables and dyadic windows.

#include "geokg/events/aggregate.hpp"    // IWYU pragma: export
#include "geokg/events/event_row.hpp"    // IWYU pragma: export
#include "geokg/events/event_table.hpp"  // IWYU pragma: export
#include "geokg/events/plover.hpp"       // IWYU pragma: export
#include "geokg/events/reader.hpp"       // IWYU pragma: export
#include "geokg/events/rule.hpp"         // IWYU pragma: export
#include "geokg/events/state_index.hpp"  // IWYU pragma: export
