#pragma once
// SPDX-License-Identifier: MIT
// Why two actors are aligned or opposed at a date: the direct relations, shared events, shared
// allies and adversaries, and the claims about them, each with its status and its sources.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geokg/core/claim.hpp"
#include "geokg/core/date.hpp"
#include "geokg/core/event.hpp"
#include "geokg/core/interval.hpp"
#include "geokg/core/knowledge_graph.hpp"
#include "geokg/core/relation_kind.hpp"
#include "geokg/core/sign.hpp"
#include "geokg/core/source.hpp"
#include "geokg/core/statement.hpp"

namespace geokg::query {

/// An actor as an explanation names it: index, id and display name (copied, so that an
/// explanation outlives its graph).
struct actor_ref {
  actor_index index = no_index;
  std::string id{};
  std::string name{};

  friend bool operator==(const actor_ref&, const actor_ref&) = default;
};

/// One citation behind an item, with its source's title resolved.
struct cited_source {
  std::string source_id{};  ///< Empty for a bare reference.
  std::string title{};      ///< The source's title; empty if the source is unknown.
  std::string publisher{};  ///< The source's publisher, if recorded.
  std::string locator{};    ///< Page, article or record in the source.
  std::string quote{};      ///< The supporting passage.
  std::optional<double> confidence{};

  friend bool operator==(const cited_source&, const cited_source&) = default;
};

/// A statement as a one-line summary, for the subjects and objects of a claim.
struct statement_summary {
  statement_ref ref{};
  std::string id{};    ///< Empty if the statement has none.
  std::string text{};  ///< See `describe`.
  statement_status status = statement_status::fact;

  friend bool operator==(const statement_summary&, const statement_summary&) = default;
};

/// A direct relation between the two actors, active at the date asked about.
struct relation_evidence {
  relation_index relation = no_index;
  std::string id{};
  actor_ref source{};
  actor_ref target{};
  relation_kind kind = relation_kind::other;
  std::string subkind{};
  sign polarity = sign::neutral;
  interval when{};
  statement_status status = statement_status::fact;  ///< Fact, claimed or disputed.
  std::vector<cited_source> attribution{};           ///< The sources it rests on.

  /// Whether it is presented as a fact (else as a claim of its sources).
  bool is_fact() const noexcept { return status == statement_status::fact; }
  friend bool operator==(const relation_evidence&, const relation_evidence&) = default;
};

/// An event both actors take part in, around the date (or one a listed relation belongs to).
struct event_evidence {
  event_index event = no_index;
  std::string id{};
  std::string title{};
  relation_kind kind = relation_kind::other;
  interval when{};
  std::vector<actor_ref> participants{};
  statement_status status = statement_status::fact;
  std::vector<cited_source> attribution{};

  bool is_fact() const noexcept { return status == statement_status::fact; }
  friend bool operator==(const event_evidence&, const event_evidence&) = default;
};

/// A claim about the listed relations or events (or about another listed claim).
struct claim_evidence {
  claim_index claim = no_index;
  std::string id{};
  claim_kind kind = claim_kind::assessment;
  std::string text{};
  std::string label{};
  std::optional<date> made_on{};
  std::vector<statement_summary> subjects{};  ///< The claimed causes, or what is assessed.
  std::vector<statement_summary> objects{};   ///< The claimed effects.
  statement_status status = statement_status::claimed;
  std::vector<cited_source> attribution{};  ///< Who makes the claim.

  bool is_fact() const noexcept { return status == statement_status::fact; }
  friend bool operator==(const claim_evidence&, const claim_evidence&) = default;
};

/// The evidence that two actors were aligned or opposed at a date. Public fields, usable as data;
/// `to_string` prints it. It holds copies, not references, so it may outlive the graph.
struct explanation {
  actor_ref a{};
  actor_ref b{};
  date at{};
  /// The collapsed sign of the direct relations active at `at` (see `collapsed_sign`).
  sign alignment = sign::neutral;
  std::vector<relation_evidence> relations{};   ///< Direct relations active then, by start.
  std::vector<event_evidence> events{};         ///< Shared events around then, by start.
  std::vector<actor_ref> shared_allies{};       ///< Allies of both then (by index).
  std::vector<actor_ref> shared_adversaries{};  ///< Adversaries of both then (by index).
  std::vector<claim_evidence> claims{};         ///< Claims about the above, by index.

  friend bool operator==(const explanation&, const explanation&) = default;
};

/// What `explain` gathers.
struct explain_options {
  time_rule rule = time_rule::first_day;  ///< How relations are tested at the date.
  /// Events count as "around then" if they overlap the date widened by this many days each way.
  std::uint32_t window_days = 365;
};

namespace detail {

// The days of `at` widened by `days` each way; an end beyond the calendar is left open.

}  // namespace detail

/// The attribution of a statement: one `cited_source` per citation, in the statement's order,
/// with the cited document's title and publisher when the graph holds it (empty otherwise).
/// What `explain` lists under each item; for an analyst's own report of any statement.
///
/// **Example**
/// ```
/// for (const auto& c : geokg::query::attribution_of(g, g.statement_ref_of("camp_david_2023")))
///   std::cout << c.source_id << ": " << c.title << '\n';
/// ```
std::vector<cited_source> attribution_of(const knowledge_graph& g, statement_ref s);

/// A one-line description of a statement: "relation JPN normalisation KOR (1965-12-18/..)",
/// "event summit 'Camp David trilateral summit' (2023-08-18)", "claim causes: three major
/// upheavals drove the rapprochement". Precondition: `g.contains(s)`.
///
/// **Example**
/// ```
/// std::cout << geokg::query::describe(g, g.statement_ref_of("camp_david_2023")) << '\n';
/// ```
std::string describe(const knowledge_graph& g, statement_ref s);

/// The evidence that actors `a` and `b` were aligned or opposed at `at`:
/// - the direct relations between them active at `at` (all kinds, either direction), with kind,
///   sign, interval, status and citations, sorted by start (then index);
/// - the events both take part in that overlap `at` widened by `options.window_days`, and the
///   events the listed relations belong to, sorted by start (then index);
/// - their shared allies and shared adversaries at `at` (`common_allies`, `common_adversaries` on
///   `active_at(g, at)`);
/// - the claims whose objects are among the listed relations or events, or that assess them
///   (assessment claims by their subjects), and, transitively, the claims about those claims.
/// Every item carries its status (fact, claimed, disputed) and its attribution: the cited
/// sources with titles and quotes. Claims are never presented as facts unless marked so.
///
/// Complexity: O(E + events + claims * (subjects + objects)). Returns an empty explanation (no
/// items) if an actor index is out of range.
///
/// **Example**
/// ```
/// auto why = geokg::query::explain(g, g.actor_index_of("JPN"), g.actor_index_of("KOR"),
///                                  *geokg::parse_date("2023-08-19"));
/// std::cout << geokg::query::to_string(why);
/// for (const auto& c : why.claims) use(c.subjects);  // the claimed causes
/// ```
explanation explain(const knowledge_graph& g, actor_index a, actor_index b, date at,
                    const explain_options& options = {});

namespace detail {

// How the subjects and objects of a claim of each kind are introduced.

}  // namespace detail

/// The explanation as plain text, one item per line, each item's status in the first column and
/// its sources below it. Deterministic; ends with a newline.
///
/// **Example**
/// ```
/// std::cout << geokg::query::to_string(geokg::query::explain(g, jpn, kor, today));
/// // JPN (Japan) and KOR (Republic of Korea) at 2023-08-19: aligned (+)
/// // direct relations active then: 3
/// //   fact     + normalisation JPN -- KOR 1965-12-18/.. [jpn_kor_normalisation]
/// // ...
/// ```
std::string to_string(const explanation& x);

}  // namespace geokg::query
