#pragma once
// SPDX-License-Identifier: MIT
// A compact, columnar table of events: one vector per column, codes in dictionaries.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "geokg/core/actor_id.hpp"
#include "geokg/events/event_row.hpp"

namespace geokg::events {

/// One raw actor country code of an `event_table` and the state it denotes.
struct actor_entry {
  std::string code;               ///< The raw code, as in the data (`USA`).
  std::optional<actor_id> state;  ///< Its state, resolved through the state identity table.
};

/// Events stored column by column (about 44 bytes per event without URLs).
///
/// Each column is a vector of the same length; row `i` is the `i`-th element of every column.
/// Actors are indices into `actors()` (the raw codes and their states), event codes indices into
/// `event_codes()`. URLs are kept only when the table is made with `keep_urls`, in one arena.
class event_table {
 public:
  /// An empty table; `keep_urls` keeps each row's URL.
  explicit event_table(bool keep_urls = false) : keep_urls_(keep_urls) {}

  /// Appends a row (its codes are copied into the dictionaries).
  void append(const event_row& row, const state_index& states);
  /// Reserves room for `rows` rows in every column.
  void reserve(std::size_t rows);
  /// Releases the spare capacity of every column.
  void shrink_to_fit();

  /// The number of rows.
  std::size_t size() const noexcept { return id_.size(); }
  /// The bytes the columns hold (their capacities), without the dictionaries.
  std::size_t column_bytes() const noexcept;

  /// GLOBALEVENTID per row.
  const std::vector<std::uint64_t>& id() const noexcept { return id_; }
  /// Days since 1970-01-01 per row.
  const std::vector<std::int32_t>& day() const noexcept { return day_; }
  /// Actor1 per row: an index into `actors()`.
  const std::vector<std::uint32_t>& actor1() const noexcept { return actor1_; }
  /// Actor2 per row: an index into `actors()`.
  const std::vector<std::uint32_t>& actor2() const noexcept { return actor2_; }
  /// Event code per row: an index into `event_codes()`.
  const std::vector<std::uint16_t>& event_code() const noexcept { return code_; }
  /// CAMEO root code per row (1-20).
  const std::vector<std::uint8_t>& root_code() const noexcept { return root_; }
  /// QuadClass per row (1-4).
  const std::vector<std::uint8_t>& quad_class() const noexcept { return quad_; }
  /// Goldstein value per row, in tenths.
  const std::vector<std::int16_t>& goldstein10() const noexcept { return goldstein10_; }
  /// NumMentions per row.
  const std::vector<std::uint32_t>& mentions() const noexcept { return mentions_; }
  /// NumSources per row.
  const std::vector<std::uint32_t>& sources() const noexcept { return sources_; }
  /// NumArticles per row.
  const std::vector<std::uint32_t>& articles() const noexcept { return articles_; }
  /// AvgTone per row.
  const std::vector<float>& tone() const noexcept { return tone_; }
  /// The file index per row (`read_options::file_index`).
  const std::vector<std::uint16_t>& file() const noexcept { return file_; }

  /// The actor dictionary.
  const std::vector<actor_entry>& actors() const noexcept { return actors_; }
  /// The event code dictionary (`042`, `190`).
  const std::vector<std::string>& event_codes() const noexcept { return codes_; }
  /// Whether the table keeps URLs.
  bool keeps_urls() const noexcept { return keep_urls_; }
  /// The URL of row `i`; empty if the table keeps no URLs.
  std::string_view url(std::size_t i) const noexcept;

 private:
  std::uint32_t actor_of(std::string_view code, state_ref state, const state_index& states);

  bool keep_urls_;
  std::vector<std::uint64_t> id_;
  std::vector<std::int32_t> day_;
  std::vector<std::uint32_t> actor1_, actor2_;
  std::vector<std::uint16_t> code_;
  std::vector<std::uint8_t> root_, quad_;
  std::vector<std::int16_t> goldstein10_;
  std::vector<std::uint32_t> mentions_, sources_, articles_;
  std::vector<float> tone_;
  std::vector<std::uint16_t> file_;
  std::vector<actor_entry> actors_;
  std::unordered_map<std::string, std::uint32_t> actor_ids_;
  std::vector<std::string> codes_;
  std::unordered_map<std::string, std::uint16_t> code_ids_;
  std::string url_arena_;
  std::vector<std::uint64_t> url_end_;  // end offset of each row's URL in the arena
};

}  // namespace geokg::events
