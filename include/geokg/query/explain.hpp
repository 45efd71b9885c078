#pragma once
// SPDX-License-Identifier: MIT
// Why two actors are aligned or opposed at a date: the direct relations, shared events, shared
// allies and adversaries, and the claims about them, each with its status and its sources.

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
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
#include "geokg/core/views.hpp"
#include "geokg/query/neighbors.hpp"
#include "geokg/query/paths.hpp"

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

inline actor_ref ref_to(const knowledge_graph& g, actor_index a) {
  const actor& who = g[a];
  return {a, who.id.str(), who.name};
}

inline std::vector<cited_source> attribution_of(const knowledge_graph& g, statement_ref s) {
  std::vector<cited_source> out;
  for (const citation& c : g.citations_of(s)) {
    cited_source cs{c.source, {}, {}, c.locator, c.quote, c.confidence};
    if (const auto found = g.find_source(c.source)) {
      const source_document& src = g.source_at(*found);
      cs.title = src.title;
      cs.publisher = src.publisher;
    }
    out.push_back(std::move(cs));
  }
  return out;
}

// The days of `at` widened by `days` each way; an end beyond the calendar is left open.
inline interval widen(date at, std::uint32_t days) {
  const auto day = [](std::int64_t n) -> std::optional<date> {
    if (n < std::numeric_limits<std::int32_t>::min() ||
        n > std::numeric_limits<std::int32_t>::max())
      return std::nullopt;
    return date::from_day_number(static_cast<std::int32_t>(n));
  };
  const auto first = day(std::int64_t{at.first_day()} - days);
  const auto after = day(std::int64_t{at.last_day()} + days + 1);
  // first <= at.first_day() < after, so the interval is valid.
  return *interval::make(first, after);
}

}  // namespace detail

/// A one-line description of a statement: "relation JPN normalisation KOR (1965-12-18/..)",
/// "event summit 'Camp David trilateral summit' (2023-08-18)", "claim causes: three major
/// upheavals drove the rapprochement". Precondition: `g.contains(s)`.
///
/// **Example**
/// ```
/// std::cout << geokg::query::describe(g, g.statement_ref_of("camp_david_2023")) << '\n';
/// ```
inline std::string describe(const knowledge_graph& g, statement_ref s) {
  switch (s.kind) {
    case statement_kind::relation: {
      const relation& r = g.relations()[s.index];
      std::string out = "relation " + g[r.source].id.str() + " " + std::string(to_string(r.kind)) +
                        " " + g[r.target].id.str();
      if (!r.subkind.empty()) out += " (" + r.subkind + ")";
      return out + " " + to_string(r.when);
    }
    case statement_kind::event: {
      const event& e = g.events()[s.index];
      return "event " + std::string(to_string(e.kind)) + " '" + e.title + "' " + to_string(e.when);
    }
    case statement_kind::claim: {
      const claim& c = g.claims()[s.index];
      std::string out = "claim " + std::string(to_string(c.kind));
      if (!c.label.empty()) out += " '" + c.label + "'";
      if (!c.text.empty()) out += ": " + c.text;
      return out;
    }
  }
  return "?";
}

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
inline explanation explain(const knowledge_graph& g, actor_index a, actor_index b, date at,
                           const explain_options& options = {}) {
  explanation out;
  out.at = at;
  if (a >= g.num_actors() || b >= g.num_actors()) return out;
  out.a = detail::ref_to(g, a);
  out.b = detail::ref_to(g, b);

  const auto now = active_at(g, at, options.rule);
  std::vector<relation_index> direct = relations_between(now, a, b);
  const auto rels = g.relations();
  std::stable_sort(direct.begin(), direct.end(), [&](relation_index x, relation_index y) {
    return rels[x.value()].when.start() < rels[y.value()].when.start();
  });
  long long sum = 0;
  std::vector<statement_ref> targets;
  for (const relation_index r : direct) {
    const relation& rel = rels[r.value()];
    const statement_ref s{r};
    sum += to_int(rel.polarity());
    out.relations.push_back({r, std::string(g.id_of(s)), detail::ref_to(g, rel.source),
                             detail::ref_to(g, rel.target), rel.kind, rel.subkind, rel.polarity(),
                             rel.when, g.status_of(s), detail::attribution_of(g, s)});
    targets.push_back(s);
  }
  out.alignment = sign_of(sum);

  const auto window = detail::widen(at, options.window_days);
  std::vector<event_index> events;
  const auto evs = g.events();
  for (std::size_t i = 0; i < evs.size(); ++i) {
    const bool around = evs[i].when.overlaps(window);
    if (around && evs[i].involves(a) && evs[i].involves(b))
      events.push_back(static_cast<event_index>(i));
  }
  for (const relation_index r : direct) {
    if (rels[r.value()].event != no_index) events.push_back(rels[r.value()].event);
  }
  detail::sort_unique(events);
  std::stable_sort(events.begin(), events.end(), [&](event_index x, event_index y) {
    return evs[x.value()].when.start() < evs[y.value()].when.start();
  });
  for (const event_index e : events) {
    const event& ev = evs[e.value()];
    const statement_ref s{e};
    event_evidence item{e,
                        std::string(g.id_of(s)),
                        ev.title,
                        ev.kind,
                        ev.when,
                        {},
                        g.status_of(s),
                        detail::attribution_of(g, s)};
    for (const participant& p : ev.participants)
      item.participants.push_back(detail::ref_to(g, p.actor));
    out.events.push_back(std::move(item));
    targets.push_back(s);
  }

  for (const actor_index c : common_allies(now, a, b))
    out.shared_allies.push_back(detail::ref_to(g, c));
  for (const actor_index c : common_adversaries(now, a, b))
    out.shared_adversaries.push_back(detail::ref_to(g, c));

  // Claims about the evidence, then claims about those claims, until nothing new is found.
  const auto cls = g.claims();
  std::vector<char> taken(cls.size(), 0);
  std::sort(targets.begin(), targets.end());
  for (bool grew = true; grew;) {
    grew = false;
    const auto listed = [&](const statement_ref& s) {
      return std::binary_search(targets.begin(), targets.end(), s);
    };
    std::vector<statement_ref> added;
    for (std::size_t i = 0; i < cls.size(); ++i) {
      if (taken[i] != 0) continue;
      const claim& c = cls[i];
      const bool about = std::any_of(c.objects.begin(), c.objects.end(), listed) ||
                         (c.kind == claim_kind::assessment &&
                          std::any_of(c.subjects.begin(), c.subjects.end(), listed));
      if (!about) continue;
      taken[i] = 1;
      added.push_back(static_cast<claim_index>(i));
    }
    if (!added.empty()) {
      grew = true;
      targets.insert(targets.end(), added.begin(), added.end());
      std::sort(targets.begin(), targets.end());
    }
  }
  const auto summary = [&](const statement_ref& s) {
    return statement_summary{s, std::string(g.id_of(s)), describe(g, s), g.status_of(s)};
  };
  for (std::size_t i = 0; i < cls.size(); ++i) {
    if (taken[i] == 0) continue;
    const claim& c = cls[i];
    const statement_ref s{static_cast<claim_index>(i)};
    claim_evidence item{static_cast<claim_index>(i),
                        std::string(g.id_of(s)),
                        c.kind,
                        c.text,
                        c.label,
                        c.made_on,
                        {},
                        {},
                        g.status_of(s),
                        detail::attribution_of(g, s)};
    for (const auto& subject : c.subjects)
      item.subjects.push_back(summary(subject));
    for (const auto& object : c.objects)
      item.objects.push_back(summary(object));
    out.claims.push_back(std::move(item));
  }
  return out;
}

namespace detail {

inline std::string actor_text(const actor_ref& a) {
  return a.name.empty() || a.name == a.id ? a.id : a.id + " (" + a.name + ")";
}

inline void append_attribution(std::string& out, const std::vector<cited_source>& cited) {
  if (cited.empty()) {
    out += "           source: none recorded\n";
    return;
  }
  for (const auto& c : cited) {
    out += "           source: ";
    out += c.title.empty() ? (c.source_id.empty() ? std::string("(unnamed)") : c.source_id)
                           : "\"" + c.title + "\"";
    if (!c.publisher.empty()) out += ", " + c.publisher;
    if (!c.locator.empty()) out += ", " + c.locator;
    out += '\n';
    if (!c.quote.empty()) out += "             quote: \"" + c.quote + "\"\n";
  }
}

inline std::string status_column(statement_status s) {
  std::string text(to_string(s));
  text.resize(9, ' ');
  return text;
}

inline void append_actor_list(std::string& out, std::string_view heading,
                              const std::vector<actor_ref>& actors) {
  out += std::string(heading) + ": ";
  if (actors.empty()) out += "none";
  for (std::size_t i = 0; i < actors.size(); ++i)
    out += (i == 0 ? "" : ", ") + actor_text(actors[i]);
  out += '\n';
}

inline void append_summaries(std::string& out, std::string_view heading,
                             const std::vector<statement_summary>& items) {
  if (items.empty()) return;
  out += "           " + std::string(heading) + ":\n";
  for (const auto& s : items) {
    out += "             - " + s.text;
    if (!s.id.empty()) out += " [" + s.id + "]";
    out += " (" + std::string(to_string(s.status)) + ")\n";
  }
}

// How the subjects and objects of a claim of each kind are introduced.
inline std::pair<std::string_view, std::string_view> claim_headings(claim_kind k) noexcept {
  switch (k) {
    case claim_kind::causes:
    case claim_kind::contributes_to:
      return {"claimed causes", "claimed effects"};
    case claim_kind::assessment:
      return {"assessed", "compared with"};
    case claim_kind::corroborates:
      return {"supporting", "supported"};
    case claim_kind::contradicts:
      return {"contradicting", "contradicted"};
    case claim_kind::refines:
      return {"refining", "refined"};
  }
  return {"subjects", "objects"};
}

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
inline std::string to_string(const explanation& x) {
  std::string out =
      detail::actor_text(x.a) + " and " + detail::actor_text(x.b) + " at " + to_string(x.at) + ": ";
  out += x.alignment == sign::positive   ? "aligned (+)"
         : x.alignment == sign::negative ? "opposed (-)"
                                         : "neither aligned nor opposed (0)";
  out += "\ndirect relations active then: " + std::to_string(x.relations.size()) + "\n";
  for (const auto& r : x.relations) {
    out += "  " + detail::status_column(r.status) + std::string(to_string(r.polarity)) + " " +
           std::string(to_string(r.kind)) + " " + r.source.id +
           (is_directed(r.kind) ? " -> " : " -- ") + r.target.id + " " + to_string(r.when);
    if (!r.subkind.empty()) out += " (" + r.subkind + ")";
    if (!r.id.empty()) out += " [" + r.id + "]";
    out += '\n';
    detail::append_attribution(out, r.attribution);
  }
  out += "events both take part in: " + std::to_string(x.events.size()) + "\n";
  for (const auto& e : x.events) {
    out += "  " + detail::status_column(e.status) + std::string(to_string(e.kind)) + " '" +
           e.title + "' " + to_string(e.when);
    if (!e.id.empty()) out += " [" + e.id + "]";
    out += '\n';
    std::string who;
    for (const auto& p : e.participants)
      who += (who.empty() ? "" : ", ") + p.id;
    out += "           participants: " + who + "\n";
    detail::append_attribution(out, e.attribution);
  }
  detail::append_actor_list(out, "shared allies", x.shared_allies);
  detail::append_actor_list(out, "shared adversaries", x.shared_adversaries);
  out += "claims about this evidence: " + std::to_string(x.claims.size()) + "\n";
  for (const auto& c : x.claims) {
    out += "  " + detail::status_column(c.status) + std::string(to_string(c.kind));
    if (!c.label.empty()) out += " '" + c.label + "'";
    if (!c.text.empty()) out += ": " + c.text;
    if (!c.id.empty()) out += " [" + c.id + "]";
    out += '\n';
    const auto [subjects, objects] = detail::claim_headings(c.kind);
    detail::append_summaries(out, subjects, c.subjects);
    detail::append_summaries(out, objects, c.objects);
    detail::append_attribution(out, c.attribution);
  }
  return out;
}

}  // namespace geokg::query
