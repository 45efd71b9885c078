#pragma once
// SPDX-License-Identifier: MIT
// Includes the loaders and writers of geokg's own formats (target geokg::io). Declares nothing.

#include "geokg/io/csv.hpp"           // IWYU pragma: export
#include "geokg/io/json.hpp"          // IWYU pragma: export
#include "geokg/io/load.hpp"          // IWYU pragma: export
#include "geokg/io/load_options.hpp"  // IWYU pragma: export
#include "geokg/io/load_report.hpp"   // IWYU pragma: export
