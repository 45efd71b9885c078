// SPDX-License-Identifier: MIT
#include "geokg/query/suggest.hpp"

namespace geokg::query {

std::vector<std::string> closest_actor_ids(const knowledge_graph& g, std::string_view text,
                                           std::size_t count) {
  std::vector<std::string> out;
  const auto limit = std::max<std::size_t>(2, text.size() / 3);
  for (const auto& s : suggest_actors(g, text, count)) {
    if (s.distance <= limit) out.push_back(g[s.actor].id.str());
  }
  return out;
}

std::string unknown_actor_message(std::string_view text, std::span<const std::string> suggestions) {
  std::string out = "unknown actor '" + std::string(text) + "'";
  if (suggestions.empty()) return out;
  out += " (did you mean ";
  for (std::size_t i = 0; i < suggestions.size(); ++i) {
    out += i == 0 ? "" : i + 1 == suggestions.size() ? " or " : ", ";
    out += suggestions[i];
  }
  return out + "?)";
}

}  // namespace geokg::query
