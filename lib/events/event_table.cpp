// SPDX-License-Identifier: MIT
// The columnar event table.

#include "geokg/events/event_table.hpp"

#include "geokg/core/error.hpp"

namespace geokg::events {

std::uint32_t event_table::actor_of(std::string_view code, state_ref state,
                                    const state_index& states) {
  const auto [it, fresh] =
      actor_ids_.try_emplace(std::string(code), static_cast<std::uint32_t>(actors_.size()));
  if (fresh) actors_.push_back({std::string(code), states.id(state)});
  return it->second;
}

void event_table::append(const event_row& row, const state_index& states) {
  const auto [code, fresh] =
      code_ids_.try_emplace(std::string(row.event_code), static_cast<std::uint16_t>(codes_.size()));
  if (fresh) {
    if (codes_.size() == 0xFFFF) {
      code_ids_.erase(code);
      throw data_error(errc::too_large, "an event table holds at most 65,535 event codes");
    }
    codes_.emplace_back(row.event_code);
  }
  id_.push_back(row.id);
  day_.push_back(row.day);
  actor1_.push_back(actor_of(row.actor1_code, row.actor1, states));
  actor2_.push_back(actor_of(row.actor2_code, row.actor2, states));
  code_.push_back(code->second);
  root_.push_back(row.root_code);
  quad_.push_back(row.quad_class);
  goldstein10_.push_back(row.goldstein10);
  mentions_.push_back(row.mentions);
  sources_.push_back(row.sources);
  articles_.push_back(row.articles);
  tone_.push_back(row.tone);
  file_.push_back(row.file);
  if (keep_urls_) {
    url_arena_.append(row.url);
    url_end_.push_back(url_arena_.size());
  }
}

void event_table::reserve(std::size_t rows) {
  id_.reserve(rows);
  day_.reserve(rows);
  actor1_.reserve(rows);
  actor2_.reserve(rows);
  code_.reserve(rows);
  root_.reserve(rows);
  quad_.reserve(rows);
  goldstein10_.reserve(rows);
  mentions_.reserve(rows);
  sources_.reserve(rows);
  articles_.reserve(rows);
  tone_.reserve(rows);
  file_.reserve(rows);
  if (keep_urls_) url_end_.reserve(rows);
}

void event_table::shrink_to_fit() {
  id_.shrink_to_fit();
  day_.shrink_to_fit();
  actor1_.shrink_to_fit();
  actor2_.shrink_to_fit();
  code_.shrink_to_fit();
  root_.shrink_to_fit();
  quad_.shrink_to_fit();
  goldstein10_.shrink_to_fit();
  mentions_.shrink_to_fit();
  sources_.shrink_to_fit();
  articles_.shrink_to_fit();
  tone_.shrink_to_fit();
  file_.shrink_to_fit();
  url_end_.shrink_to_fit();
  url_arena_.shrink_to_fit();
}

std::size_t event_table::column_bytes() const noexcept {
  const auto bytes = [](const auto& v) { return v.capacity() * sizeof(v[0]); };
  return bytes(id_) + bytes(day_) + bytes(actor1_) + bytes(actor2_) + bytes(code_) + bytes(root_) +
         bytes(quad_) + bytes(goldstein10_) + bytes(mentions_) + bytes(sources_) +
         bytes(articles_) + bytes(tone_) + bytes(file_) + bytes(url_end_) + url_arena_.capacity();
}

std::string_view event_table::url(std::size_t i) const noexcept {
  if (!keep_urls_ || i >= url_end_.size()) return {};
  const std::size_t b = i == 0 ? 0 : url_end_[i - 1];
  return std::string_view(url_arena_).substr(b, url_end_[i] - b);
}

}  // namespace geokg::events
