#pragma once
// SPDX-License-Identifier: MIT
// Includes the loaders (geokg's formats and real datasets) and writers (target geokg::io). Declares
// nothing.

#include "geokg/io/csv.hpp"               // IWYU pragma: export
#include "geokg/io/csv_writer.hpp"        // IWYU pragma: export
#include "geokg/io/export.hpp"            // IWYU pragma: export
#include "geokg/io/gdelt_aggregate.hpp"   // IWYU pragma: export
#include "geokg/io/input.hpp"             // IWYU pragma: export
#include "geokg/io/input_check.hpp"       // IWYU pragma: export
#include "geokg/io/json.hpp"              // IWYU pragma: export
#include "geokg/io/json_writer.hpp"       // IWYU pragma: export
#include "geokg/io/load.hpp"              // IWYU pragma: export
#include "geokg/io/load_options.hpp"      // IWYU pragma: export
#include "geokg/io/load_report.hpp"       // IWYU pragma: export
#include "geokg/io/state_codes.hpp"       // IWYU pragma: export
#include "geokg/io/svg_chart.hpp"         // IWYU pragma: export
#include "geokg/io/write_atomically.hpp"  // IWYU pragma: export
