// SPDX-License-Identifier: MIT
// What every event reader shares: skip reasons, row accounts, header columns, the key set, and
// the dispatch of `read_events` by format.

#include "reader_common.hpp"

#include <algorithm>

namespace geokg::events {

std::string_view to_string(event_format format) noexcept {
  switch (format) {
    case event_format::gdelt:
      return "gdelt";
    case event_format::icews:
      return "icews";
    case event_format::polecat:
      return "polecat";
  }
  return "gdelt";
}

std::optional<event_format> parse_event_format(std::string_view name) noexcept {
  for (const auto f : {event_format::gdelt, event_format::icews, event_format::polecat})
    if (to_string(f) == name) return f;
  return std::nullopt;
}

std::string_view to_string(skip_reason reason) noexcept {
  switch (reason) {
    case skip_reason::not_dyadic:
      return "not_dyadic";
    case skip_reason::not_states:
      return "not_states";
    case skip_reason::self:
      return "self";
    case skip_reason::no_quad_class:
      return "no_quad_class";
    case skip_reason::no_goldstein:
      return "no_goldstein";
    case skip_reason::unknown_name:
      return "unknown_name";
    case skip_reason::not_event:
      return "not_event";
  }
  return "unknown";
}

std::uint64_t row_account::skipped() const noexcept {
  std::uint64_t n = 0;
  for (const auto v : skipped_by)
    n += v;
  return n;
}

row_account& row_account::operator+=(const row_account& other) {
  read += other.read;
  used += other.used;
  rejected += other.rejected;
  duplicates += other.duplicates;
  bytes += other.bytes;
  for (std::size_t i = 0; i < skipped_by.size(); ++i)
    skipped_by[i] += other.skipped_by[i];
  for (const auto& [name, n] : other.unknown_names) {
    const auto it =
        std::lower_bound(unknown_names.begin(), unknown_names.end(), name,
                         [](const auto& e, const std::string& k) { return e.first < k; });
    if (it != unknown_names.end() && it->first == name) {
      it->second += n;
    } else {
      unknown_names.emplace(it, name, n);
    }
  }
  diagnostics.insert(diagnostics.end(), other.diagnostics.begin(), other.diagnostics.end());
  id_ranges.insert(id_ranges.end(), other.id_ranges.begin(), other.id_ranges.end());
  return *this;
}

row_account read_events(const std::filesystem::path& path, event_format format,
                        const state_index& states, const row_sink& sink,
                        const read_options& options) {
  switch (format) {
    case event_format::gdelt:
      return detail::read_gdelt(path, states, sink, options);
    case event_format::icews:
      return detail::read_icews(path, states, sink, options);
    case event_format::polecat:
      return detail::read_polecat(path, states, sink, options);
  }
  throw data_error(errc::invalid_value, "unknown event format", location{path.string(), 0, 0, {}});
}

namespace detail {

void count_unknown_name(row_account& account, std::string_view name) {
  auto& names = account.unknown_names;
  const auto it = std::lower_bound(names.begin(), names.end(), name,
                                   [](const auto& e, std::string_view k) { return e.first < k; });
  if (it != names.end() && it->first == name) {
    ++it->second;
  } else {
    names.emplace(it, std::string(name), 1);
  }
}

std::vector<std::size_t> header_columns(std::string_view header, const std::string& path,
                                        std::span<const std::string_view> names,
                                        std::size_t required, std::string_view format) {
  if (header.starts_with("\xEF\xBB\xBF")) header.remove_prefix(3);
  std::vector<std::string_view> cells;
  for (;;) {
    const auto tab = header.find('\t');
    cells.push_back(header.substr(0, tab));
    if (tab == std::string_view::npos) break;
    header.remove_prefix(tab + 1);
  }
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    const auto it = std::find(cells.begin(), cells.end(), names[i]);
    if (it == cells.end() && i < required)
      throw data_error(errc::missing_field,
                       "the " + std::string(format) + " header row has no column '" +
                           std::string(names[i]) + "'",
                       location{path, 1, 1, std::string(names[i])});
    out.push_back(it == cells.end() ? std::string_view::npos
                                    : static_cast<std::size_t>(it - cells.begin()));
  }
  return out;
}

bool key_set::insert(std::uint64_t id, std::int32_t day) {
  if ((size_ + 1) * 2 > slots_.size()) grow();
  // A 64-bit mix of the key (splitmix64's finaliser) spreads consecutive ids over the table.
  auto h = id ^ (static_cast<std::uint64_t>(static_cast<std::uint32_t>(day)) << 32);
  h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ULL;
  h = (h ^ (h >> 27)) * 0x94d049bb133111ebULL;
  h ^= h >> 31;
  const auto mask = slots_.size() - 1;
  for (auto i = static_cast<std::size_t>(h) & mask;; i = (i + 1) & mask) {
    auto& s = slots_[i];
    if (!s.used) {
      s = {id, day, true};
      ++size_;
      return true;
    }
    if (s.id == id && s.day == day) return false;
  }
}

void key_set::grow() {
  std::vector<slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, slot{});
  size_ = 0;
  for (const auto& s : old)
    if (s.used) insert(s.id, s.day);
}

}  // namespace detail
}  // namespace geokg::events
