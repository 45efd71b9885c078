#pragma once
// SPDX-License-Identifier: MIT
// Includes the whole core model (actors, dates, relations, the graph, views). Declares nothing.

#include "geokg/core/actor.hpp"            // IWYU pragma: export
#include "geokg/core/actor_id.hpp"         // IWYU pragma: export
#include "geokg/core/actor_kind.hpp"       // IWYU pragma: export
#include "geokg/core/claim.hpp"            // IWYU pragma: export
#include "geokg/core/date.hpp"             // IWYU pragma: export
#include "geokg/core/diagnostic.hpp"       // IWYU pragma: export
#include "geokg/core/errc.hpp"             // IWYU pragma: export
#include "geokg/core/error.hpp"            // IWYU pragma: export
#include "geokg/core/event.hpp"            // IWYU pragma: export
#include "geokg/core/external_code.hpp"    // IWYU pragma: export
#include "geokg/core/index.hpp"            // IWYU pragma: export
#include "geokg/core/interval.hpp"         // IWYU pragma: export
#include "geokg/core/knowledge_graph.hpp"  // IWYU pragma: export
#include "geokg/core/location.hpp"         // IWYU pragma: export
#include "geokg/core/predicates.hpp"       // IWYU pragma: export
#include "geokg/core/quantity.hpp"         // IWYU pragma: export
#include "geokg/core/relation.hpp"         // IWYU pragma: export
#include "geokg/core/relation_kind.hpp"    // IWYU pragma: export
#include "geokg/core/sign.hpp"             // IWYU pragma: export
#include "geokg/core/source.hpp"           // IWYU pragma: export
#include "geokg/core/statement.hpp"        // IWYU pragma: export
#include "geokg/core/views.hpp"            // IWYU pragma: export
