#pragma once
// SPDX-License-Identifier: MIT
// Includes the query vocabulary (target geokg::query): selection, time travel, paths and
// explanations over graphs and views. Declares nothing.

#include "geokg/query/concepts.hpp"  // IWYU pragma: export
#include "geokg/query/diff.hpp"  // IWYU pragma: export
#include "geokg/query/explain.hpp"  // IWYU pragma: export
#include "geokg/query/neighbors.hpp"  // IWYU pragma: export
#include "geokg/query/paths.hpp"  // IWYU pragma: export
#include "geokg/query/select.hpp"  // IWYU pragma: export
#include "geokg/query/series.hpp"  // IWYU pragma: export
#include "geokg/query/suggest.hpp"  // IWYU pragma: export
#include "geokg/query/timeline.hpp"  // IWYU pragma: export
#include "geokg/query/undirected.hpp"  // IWYU pragma: export
