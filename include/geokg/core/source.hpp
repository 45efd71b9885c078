#pragma once
// SPDX-License-Identifier: MIT
// Where knowledge comes from: a source document, and a citation of it by a statement.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "geokg/core/date.hpp"
#include "geokg/core/detail/enum_names.hpp"

namespace geokg {

/// The sort of a source, which tells a reader how much weight it carries.
enum class source_kind : std::uint8_t {
  primary,     ///< A primary document: treaty text, joint statement, official record.
  government,  ///< A government page or press release about an event.
  news,        ///< A news report.
  reference,   ///< A reference work: encyclopaedia, yearbook, chronology.
  analysis,    ///< Commentary, opinion or scholarly analysis.
  dataset,     ///< A research dataset (Correlates of War, ATOP, GDELT).
  other,       ///< Anything else.
};

namespace detail {
/// The canonical names of the `source_kind` values, in declaration order.
inline constexpr auto source_kind_names = enum_names<source_kind, source_kind::other>(
    "primary", "government", "news", "reference", "analysis", "dataset", "other");
}  // namespace detail

/// "primary", "government", "news", "reference", "analysis", "dataset" or "other".
constexpr std::string_view to_string(source_kind k) noexcept {
  return detail::enum_name(detail::source_kind_names, k);
}

/// Parses a source kind's canonical name; nullopt otherwise.
constexpr std::optional<source_kind> parse_source_kind(std::string_view text) noexcept {
  return detail::parse_enum_name<source_kind>(detail::source_kind_names, text);
}

/// A source document, cited by statements through its `id` like an entry of a bibliography.
///
/// (Named `source_document`, not `source`, so that `source(e, g)` in user code written with
/// `using namespace geokg;` still finds Boost.Graph's function by argument-dependent lookup.)
struct source_document {
  std::string id{};  ///< Unique id (see `is_valid_id`), e.g. "whitehouse_2023_camp_david".
  source_kind kind = source_kind::other;
  std::string title{};
  std::string author{};             ///< Person or body that wrote it.
  std::string publisher{};          ///< Publisher, outlet or issuing government.
  std::optional<date> published{};  ///< Publication date at its known precision.
  std::string url{};                ///< Address or other locator of the whole document.
  /// How far the source is trusted, in [0, 1]; empty if not assessed.
  std::optional<double> reliability{};
  std::string note{};

  friend bool operator==(const source_document&, const source_document&) = default;
};

/// A statement's reference to a source: which source, where in it, and the passage that
/// supports the statement.
struct citation {
  std::string source{};   ///< Id of a `source_document` in the graph; empty for a bare reference.
  std::string locator{};  ///< Where in the source: page, paragraph, article, dataset record id.
  std::string quote{};    ///< The supporting passage, verbatim.
  /// Confidence that the source supports the statement, in [0, 1]; empty if not assessed.
  std::optional<double> confidence{};

  friend bool operator==(const citation&, const citation&) = default;
};

}  // namespace geokg
