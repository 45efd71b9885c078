#pragma once
// SPDX-License-Identifier: MIT
// Includes the analyses (target geokg::analysis): signed snapshots, structural balance, the
// frustration index and signed blocs, centrality, positive-layer blocs, measures over a run of
// dates. Declares nothing.

#include "geokg/analysis/balance.hpp"          // IWYU pragma: export
#include "geokg/analysis/centrality.hpp"       // IWYU pragma: export
#include "geokg/analysis/communities.hpp"      // IWYU pragma: export
#include "geokg/analysis/dated_series.hpp"     // IWYU pragma: export
#include "geokg/analysis/signed_snapshot.hpp"  // IWYU pragma: export
