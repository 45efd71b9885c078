#pragma once
// SPDX-License-Identifier: MIT
// Umbrella header: includes the whole public API of geokg. Declares nothing itself.

#include "geokg/analysis.hpp" // IWYU pragma: export
#include "geokg/core.hpp"     // IWYU pragma: export
#include "geokg/format.hpp"   // IWYU pragma: export
#include "geokg/io.hpp"       // IWYU pragma: export
#include "geokg/output.hpp"   // IWYU pragma: export
#include "geokg/query.hpp"    // IWYU pragma: export
#include "geokg/version.hpp"  // IWYU pragma: export
