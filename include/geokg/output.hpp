#pragma once
// SPDX-License-Identifier: MIT
// Includes the writers of results as JSON and CSV (target geokg::output), shared by the CLI and
// the Python module. Declares nothing.

#include "geokg/output/aggregate.hpp"  // IWYU pragma: export
#include "geokg/output/balance.hpp"    // IWYU pragma: export
