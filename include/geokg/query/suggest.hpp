#pragma once
// SPDX-License-Identifier: MIT
// "Did you mean": the actor ids a mistyped id plausibly meant, and the message that names them.

#include <algorithm>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "geokg/core/knowledge_graph.hpp"
#include "geokg/query/select.hpp"

namespace geokg::query {

/// The ids of up to `count` actors that `text` plausibly misspells, nearest first: those of
/// `suggest_actors(g, text, count)` (closest id, name or alias by `edit_distance`, ignoring ASCII
/// case) within max(2, |text| / 3) edits, so that a wholly different text suggests nothing. What
/// the CLI and the Python module offer after an unknown actor id. O((ids + names + aliases) *
/// |text| * length).
///
/// **Example**
/// ```
/// auto ids = geokg::query::closest_actor_ids(g, "KORR");  // {"KOR"}
/// auto none = geokg::query::closest_actor_ids(g, "Atlantis");  // {}
/// ```
std::vector<std::string> closest_actor_ids(const knowledge_graph& g, std::string_view text,
                                           std::size_t count = 3);

/// "unknown actor 'KORR'", followed by " (did you mean KOR?)" or " (did you mean RUS, PRK or
/// KOR?)" when there are suggestions (e.g. from `closest_actor_ids`). O(length of the result).
///
/// **Example**
/// ```
/// const std::string_view id = "KORR";
/// if (!g.find_actor(id))
///   throw std::invalid_argument(
///       geokg::query::unknown_actor_message(id, geokg::query::closest_actor_ids(g, id)));
/// ```
std::string unknown_actor_message(std::string_view text, std::span<const std::string> suggestions);

}  // namespace geokg::query
