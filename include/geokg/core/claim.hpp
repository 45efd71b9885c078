#pragma once
// SPDX-License-Identifier: MIT
// A statement about statements: a causal claim or an assessment, attributed through its citations.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geokg/core/actor_id.hpp"
#include "geokg/core/date.hpp"
#include "geokg/core/detail/enum_names.hpp"
#include "geokg/core/statement.hpp"

namespace geokg {

/// What a claim says about its subjects and objects.
enum class claim_kind : std::uint8_t {
  causes,  ///< The subjects caused the objects ("North Korea's tests drove the rapprochement").
  contributes_to,  ///< The subjects contributed to the objects, among other causes.
  assessment,  ///< An evaluation of the subjects (and `actors`), summed up by `label` ("fragile").
  corroborates,  ///< The subjects support the objects.
  contradicts,   ///< The subjects contradict the objects.
  refines,       ///< The subjects correct or make precise the objects (the Quad's real name).
};

namespace detail {
/// The canonical names of the `claim_kind` values, in declaration order.
inline constexpr auto claim_kind_names = enum_names<claim_kind, claim_kind::refines>(
    "causes", "contributes_to", "assessment", "corroborates", "contradicts", "refines");
}  // namespace detail

/// "causes", "contributes_to", "assessment", "corroborates", "contradicts" or "refines".
constexpr std::string_view to_string(claim_kind k) noexcept {
  return detail::enum_name(detail::claim_kind_names, k);
}

/// Parses a claim kind's canonical name; nullopt otherwise.
constexpr std::optional<claim_kind> parse_claim_kind(std::string_view text) noexcept {
  return detail::parse_enum_name<claim_kind>(detail::claim_kind_names, text);
}

/// A claim as the graph stores it. Its author is whoever its citations name: a claim is never
/// presented as a fact, and its status is `claimed` unless the data says otherwise.
struct claim {
  claim_kind kind = claim_kind::assessment;
  std::vector<statement_ref> subjects{};  ///< The causes, or what is assessed.
  std::vector<statement_ref> objects{};   ///< The effects (for causes, contributes_to, ...).
  std::vector<actor_index> actors{};      ///< Actors the claim is about, if any.
  std::string label{};            ///< Short summary of an assessment: "fragile", "first priority".
  std::string text{};             ///< The claim in words.
  std::optional<date> made_on{};  ///< When the claim was made, if known.

  friend bool operator==(const claim&, const claim&) = default;
};

/// What `knowledge_graph::add_claim` takes: statements and actors by id.
struct claim_spec {
  claim_kind kind = claim_kind::assessment;
  std::vector<std::string> subjects{};  ///< Statement ids.
  std::vector<std::string> objects{};   ///< Statement ids.
  std::vector<actor_id> actors{};
  std::string label{};
  std::string text{};
  std::optional<date> made_on{};
  statement_info info{};  ///< Status defaults to `claimed`.
};

}  // namespace geokg
