// SPDX-License-Identifier: MIT
#include "geokg/query/explain.hpp"

#include <algorithm>
#include <limits>
#include <utility>

#include "geokg/core/views.hpp"
#include "geokg/query/neighbors.hpp"
#include "geokg/query/paths.hpp"

namespace geokg::query {

namespace {

actor_ref ref_to(const knowledge_graph& g, actor_index a) {
  const actor& who = g[a];
  return {a, who.id.str(), who.name};
}

interval widen(date at, std::uint32_t days) {
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

std::string actor_text(const actor_ref& a) {
  return a.name.empty() || a.name == a.id ? a.id : a.id + " (" + a.name + ")";
}

void append_attribution(std::string& out, const std::vector<cited_source>& cited) {
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

std::string status_column(statement_status s) {
  std::string text(to_string(s));
  text.resize(9, ' ');
  return text;
}

void append_actor_list(std::string& out, std::string_view heading,
                       const std::vector<actor_ref>& actors) {
  out += std::string(heading) + ": ";
  if (actors.empty()) out += "none";
  for (std::size_t i = 0; i < actors.size(); ++i)
    out += (i == 0 ? "" : ", ") + actor_text(actors[i]);
  out += '\n';
}

void append_summaries(std::string& out, std::string_view heading,
                      const std::vector<statement_summary>& items) {
  if (items.empty()) return;
  out += "           " + std::string(heading) + ":\n";
  for (const auto& s : items) {
    out += "             - " + s.text;
    if (!s.id.empty()) out += " [" + s.id + "]";
    out += " (" + std::string(to_string(s.status)) + ")\n";
  }
}

std::pair<std::string_view, std::string_view> claim_headings(claim_kind k) noexcept {
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

}  // namespace

std::vector<cited_source> attribution_of(const knowledge_graph& g, statement_ref s) {
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

std::string describe(const knowledge_graph& g, statement_ref s) {
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

explanation explain(const knowledge_graph& g, actor_index a, actor_index b, date at,
                    const explain_options& options) {
  explanation out;
  out.at = at;
  if (a >= g.num_actors() || b >= g.num_actors()) return out;
  out.a = ref_to(g, a);
  out.b = ref_to(g, b);

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
    out.relations.push_back({r, std::string(g.id_of(s)), ref_to(g, rel.source),
                             ref_to(g, rel.target), rel.kind, rel.subkind, rel.polarity(), rel.when,
                             g.status_of(s), attribution_of(g, s)});
    targets.push_back(s);
  }
  out.alignment = sign_of(sum);

  const auto window = widen(at, options.window_days);
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
                        attribution_of(g, s)};
    for (const participant& p : ev.participants)
      item.participants.push_back(ref_to(g, p.actor));
    out.events.push_back(std::move(item));
    targets.push_back(s);
  }

  for (const actor_index c : common_allies(now, a, b))
    out.shared_allies.push_back(ref_to(g, c));
  for (const actor_index c : common_adversaries(now, a, b))
    out.shared_adversaries.push_back(ref_to(g, c));

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
                        attribution_of(g, s)};
    for (const auto& subject : c.subjects)
      item.subjects.push_back(summary(subject));
    for (const auto& object : c.objects)
      item.objects.push_back(summary(object));
    out.claims.push_back(std::move(item));
  }
  return out;
}

std::string to_string(const explanation& x) {
  std::string out = actor_text(x.a) + " and " + actor_text(x.b) + " at " + to_string(x.at) + ": ";
  out += x.alignment == sign::positive   ? "aligned (+)"
         : x.alignment == sign::negative ? "opposed (-)"
                                         : "neither aligned nor opposed (0)";
  out += "\ndirect relations active then: " + std::to_string(x.relations.size()) + "\n";
  for (const auto& r : x.relations) {
    out += "  " + status_column(r.status) + std::string(to_string(r.polarity)) + " " +
           std::string(to_string(r.kind)) + " " + r.source.id +
           (is_directed(r.kind) ? " -> " : " -- ") + r.target.id + " " + to_string(r.when);
    if (!r.subkind.empty()) out += " (" + r.subkind + ")";
    if (!r.id.empty()) out += " [" + r.id + "]";
    out += '\n';
    append_attribution(out, r.attribution);
  }
  out += "events both take part in: " + std::to_string(x.events.size()) + "\n";
  for (const auto& e : x.events) {
    out += "  " + status_column(e.status) + std::string(to_string(e.kind)) + " '" + e.title + "' " +
           to_string(e.when);
    if (!e.id.empty()) out += " [" + e.id + "]";
    out += '\n';
    std::string who;
    for (const auto& p : e.participants)
      who += (who.empty() ? "" : ", ") + p.id;
    out += "           participants: " + who + "\n";
    append_attribution(out, e.attribution);
  }
  append_actor_list(out, "shared allies", x.shared_allies);
  append_actor_list(out, "shared adversaries", x.shared_adversaries);
  out += "claims about this evidence: " + std::to_string(x.claims.size()) + "\n";
  for (const auto& c : x.claims) {
    out += "  " + status_column(c.status) + std::string(to_string(c.kind));
    if (!c.label.empty()) out += " '" + c.label + "'";
    if (!c.text.empty()) out += ": " + c.text;
    if (!c.id.empty()) out += " [" + c.id + "]";
    out += '\n';
    const auto [subjects, objects] = claim_headings(c.kind);
    append_summaries(out, subjects, c.subjects);
    append_summaries(out, objects, c.objects);
    append_attribution(out, c.attribution);
  }
  return out;
}

}  // namespace geokg::query
