// SPDX-License-Identifier: MIT
#include "geokg/query/select.hpp"

namespace geokg::query {

std::vector<actor_index> actors_of_kind(const knowledge_graph& g, actor_kind kind) {
  std::vector<actor_index> out;
  const auto all = g.actors();
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (all[i].kind == kind) out.push_back(static_cast<actor_index>(i));
  }
  return out;
}

std::vector<actor_index> actors_existing_at(const knowledge_graph& g, date at) {
  std::vector<actor_index> out;
  const auto all = g.actors();
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (all[i].exists_at(at)) out.push_back(static_cast<actor_index>(i));
  }
  return out;
}

std::optional<actor_index> find_by_code(const knowledge_graph& g, code_system system,
                                        std::string_view code, date at) noexcept {
  const auto all = g.actors();
  for (std::size_t i = 0; i < all.size(); ++i) {
    for (const auto& c : all[i].codes) {
      if (c.system == system && c.value == code && c.valid.contains(at))
        return static_cast<actor_index>(i);
    }
  }
  return std::nullopt;
}

std::vector<actor_index> actors_with_code(const knowledge_graph& g, code_system system,
                                          std::string_view code) {
  std::vector<actor_index> out;
  const auto all = g.actors();
  for (std::size_t i = 0; i < all.size(); ++i) {
    for (const auto& c : all[i].codes) {
      if (c.system == system && c.value == code) {
        out.push_back(static_cast<actor_index>(i));
        break;
      }
    }
  }
  return out;
}

std::vector<actor_index> actors_named(const knowledge_graph& g, std::string_view name) {
  std::vector<actor_index> out;
  const auto all = g.actors();
  for (std::size_t i = 0; i < all.size(); ++i) {
    bool hit = iequals(all[i].name, name);
    for (const auto& alias : all[i].aliases)
      hit = hit || iequals(alias, name);
    if (hit) out.push_back(static_cast<actor_index>(i));
  }
  return out;
}

std::optional<actor_index> find_by_name(const knowledge_graph& g, std::string_view name) noexcept {
  const auto all = g.actors();
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (iequals(all[i].name, name)) return static_cast<actor_index>(i);
    for (const auto& alias : all[i].aliases) {
      if (iequals(alias, name)) return static_cast<actor_index>(i);
    }
  }
  return std::nullopt;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      const std::size_t substitute =
          diagonal + (detail::fold(a[i - 1]) == detail::fold(b[j - 1]) ? 0 : 1);
      row[j] = std::min({above + 1, row[j - 1] + 1, substitute});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::vector<actor_suggestion> suggest_actors(const knowledge_graph& g, std::string_view text,
                                             std::size_t count) {
  std::vector<actor_suggestion> all;
  const auto actors = g.actors();
  all.reserve(actors.size());
  for (std::size_t i = 0; i < actors.size(); ++i) {
    const actor& a = actors[i];
    actor_suggestion best{static_cast<actor_index>(i), a.id.str(),
                          edit_distance(text, a.id.view())};
    const auto consider = [&](const std::string& candidate) {
      if (candidate.empty()) return;
      const std::size_t d = edit_distance(text, candidate);
      if (d < best.distance) best = {best.actor, candidate, d};
    };
    consider(a.name);
    for (const auto& alias : a.aliases)
      consider(alias);
    all.push_back(std::move(best));
  }
  const auto n = std::min(count, all.size());
  const auto closer = [](const actor_suggestion& x, const actor_suggestion& y) {
    return x.distance != y.distance ? x.distance < y.distance : x.actor < y.actor;
  };
  std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(n), all.end(), closer);
  all.resize(n);
  return all;
}

}  // namespace geokg::query
