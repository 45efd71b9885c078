// SPDX-License-Identifier: MIT
#include "graph_builder.hpp"

#include <algorithm>
#include <cstring>
#include <functional>
#include <string_view>
#include <unordered_set>
#include <utility>

namespace geokg::io::detail {

namespace {

std::uint64_t mix(std::uint64_t seed, std::uint64_t value) noexcept {
  // boost::hash_combine's recipe, widened to 64 bits.
  return seed ^ (value + 0x9e3779b97f4a7c15ULL + (seed << 6U) + (seed >> 2U));
}

std::uint64_t hash_date(const std::optional<date>& d) noexcept {
  if (!d) return 0x5bd1e995ULL;
  return mix(static_cast<std::uint64_t>(static_cast<std::uint32_t>(d->first_day())),
             (static_cast<std::uint64_t>(d->precision()) << 16U) |
                 (static_cast<std::uint64_t>(d->part()) << 8U) | (d->is_approximate() ? 1U : 0U));
}

std::uint64_t hash_relation(const relation& r) noexcept {
  std::uint64_t h = mix(r.source, r.target);
  h = mix(h, static_cast<std::uint64_t>(r.kind));
  h = mix(h, std::hash<std::string_view>{}(r.subkind));
  h = mix(h, hash_date(r.when.start()));
  h = mix(h, hash_date(r.when.end()));
  std::uint32_t weight_bits = 0;
  std::memcpy(&weight_bits, &r.weight, sizeof weight_bits);
  h = mix(h, weight_bits);
  return mix(h, r.event.value());
}

}  // namespace

graph_builder::graph_builder(const load_options& options)
    : options_(options), graph_(options.graph) {}

record_counts& graph_builder::counts(record_kind kind) noexcept {
  switch (kind) {
    case record_kind::source:
      return report_.sources;
    case record_kind::actor:
      return report_.actors;
    case record_kind::event:
      return report_.events;
    case record_kind::relation:
      return report_.relations;
    case record_kind::claim:
      return report_.claims;
  }
  return report_.relations;
}

void graph_builder::error(record_kind kind, diagnostic d) {
  d.level = severity::error;
  ++counts(kind).rejected;
  if (!collecting()) throw data_error(std::move(d));
  keep(std::move(d));
}

void graph_builder::keep(diagnostic d) {
  if (report_.diagnostics.size() < options_.limits.max_diagnostics) {
    report_.diagnostics.push_back(std::move(d));
  } else if (d.level == severity::error) {
    ++report_.errors_not_kept;
  } else {
    ++report_.warnings_not_kept;
  }
}

void graph_builder::error_at(record_kind kind, errc code, std::string message, location where) {
  error(kind, diagnostic{severity::error, code, std::move(where), std::move(message)});
}

void graph_builder::reject(record_kind kind, diagnostic e) {
  ++counts(kind).read;
  error(kind, std::move(e));
}

void graph_builder::warn(diagnostic warning) {
  warning.level = severity::warning;
  keep(std::move(warning));
}

void graph_builder::fail_input(diagnostic e) {
  e.level = severity::error;
  if (!collecting()) throw data_error(std::move(e));
  keep(std::move(e));
}

// Locates an error raised by the core at the field it names (`data_error::field`).
void graph_builder::from_core(record_kind kind, const data_error& e, const record_origin& origin) {
  const std::string_view field = e.field();
  // Name the field only if the record has it (CSV records have no 'citations' column).
  const bool present = std::any_of(origin.fields.begin(), origin.fields.end(),
                                   [&](const auto& f) { return f.first == field; });
  error_at(kind, e.code(), e.message(), origin.where(present ? field : std::string_view{}));
}

void graph_builder::check_citations(std::span<const citation> citations,
                                    const record_origin& origin) {
  for (std::size_t i = 0; i < citations.size(); ++i) {
    const auto& c = citations[i];
    if (!c.source.empty() && c.quote.empty()) {
      // A dataset's record is cited by its locator: there is no passage to quote.
      const auto s = graph_.find_source(c.source);
      if (s && graph_.source_at(*s).kind == source_kind::dataset) continue;
      warn({severity::warning, errc::missing_quote, origin.where("citations/" + std::to_string(i)),
            "citation of source '" + c.source + "' has no quoted passage"});
    }
  }
}

void graph_builder::add_source(source_document s, const record_origin& origin) {
  ++report_.sources.read;
  try {
    graph_.add_source(std::move(s));
    ++report_.sources.loaded;
  } catch (const data_error& e) {
    from_core(record_kind::source, e, origin);
  }
}

void graph_builder::add_actor(actor a, const record_origin& origin) {
  ++report_.actors.read;
  try {
    graph_.add_actor(std::move(a));
    ++report_.actors.loaded;
  } catch (const data_error& e) {
    from_core(record_kind::actor, e, origin);
  }
}

void graph_builder::add_event(event_spec e, record_origin origin) {
  ++report_.events.read;
  pending_event p{std::move(e), std::move(origin)};
  // Added at once when everything it names exists, so that indices follow the input's order;
  // otherwise it waits for the end (its larger event or its actors may come later).
  const bool ready = (p.spec.part_of.empty() || graph_.find_statement(p.spec.part_of)) &&
                     sources_known(p.spec.info) &&
                     std::all_of(p.spec.participants.begin(), p.spec.participants.end(),
                                 [&](const participant_spec& x) {
                                   return graph_.find_actor(x.actor.view()).has_value();
                                 });
  if (ready) {
    add_event_now(p);
  } else {
    pending_events_.push_back(std::move(p));
  }
}

bool graph_builder::sources_known(const statement_info& info) const {
  return std::all_of(info.citations.begin(), info.citations.end(), [&](const citation& c) {
    return c.source.empty() || graph_.find_source(c.source).has_value();
  });
}

void graph_builder::add_event_now(const pending_event& p) {
  for (std::size_t i = 0; i < p.spec.participants.size(); ++i) {
    if (!graph_.find_actor(p.spec.participants[i].actor.view())) {
      error_at(record_kind::event, errc::unknown_actor,
               "unknown actor '" + p.spec.participants[i].actor.str() + "'",
               p.origin.where("participants/" + std::to_string(i)));
      return;
    }
  }
  for (std::size_t i = 0; i < p.spec.info.citations.size(); ++i) {
    const auto& c = p.spec.info.citations[i];
    if (!c.source.empty() && !graph_.find_source(c.source)) {
      error_at(record_kind::event, errc::unknown_source, "unknown source '" + c.source + "'",
               p.origin.where("citations/" + std::to_string(i) + "/source"));
      return;
    }
  }
  try {
    graph_.add_event(p.spec);
    ++report_.events.loaded;
    check_citations(p.spec.info.citations, p.origin);
  } catch (const data_error& e) {
    from_core(record_kind::event, e, p.origin);
  }
}

void graph_builder::add_claim(claim_spec c, record_origin origin) {
  ++report_.claims.read;
  pending_claims_.push_back({std::move(c), std::move(origin)});
}

void graph_builder::add_relation(relation_spec r, record_origin origin) {
  ++report_.relations.read;
  pending_relation p{std::move(r), std::move(origin)};
  if (!try_relation(p, false)) deferred_relations_.push_back(std::move(p));
}

// Adds a relation if all it names exists. Returns false (nothing reported) when it must wait;
// on the final attempt a missing name is an error.
bool graph_builder::try_relation(pending_relation& p, bool final_attempt) {
  const auto missing = [&](std::string_view field, std::string_view what, const std::string& id,
                           errc code) {
    if (!final_attempt) return false;
    error_at(record_kind::relation, code, "unknown " + std::string(what) + " '" + id + "'",
             p.origin.where(field));
    return true;
  };
  if (!graph_.find_actor(p.spec.source.view()))
    return missing("source", "actor", p.spec.source.str(), errc::unknown_actor);
  if (!graph_.find_actor(p.spec.target.view()))
    return missing("target", "actor", p.spec.target.str(), errc::unknown_actor);
  if (!p.spec.event.empty()) {
    const auto s = graph_.find_statement(p.spec.event);
    if (!s) return missing("event", "event", p.spec.event, errc::unknown_statement);
  }
  for (std::size_t i = 0; i < p.spec.info.citations.size(); ++i) {
    const auto& c = p.spec.info.citations[i];
    if (!c.source.empty() && !graph_.find_source(c.source)) {
      if (!final_attempt) return false;  // the source may come in a later file
      error_at(record_kind::relation, errc::unknown_source, "unknown source '" + c.source + "'",
               p.origin.where("citations/" + std::to_string(i) + "/source"));
      return true;
    }
  }
  try {
    const auto r = graph_.add_relation(std::move(p.spec));
    ++report_.relations.loaded;
    after_relation(r, p.origin);
  } catch (const data_error& e) {
    from_core(record_kind::relation, e, p.origin);
  }
  return true;
}

void graph_builder::after_relation(relation_index r, const record_origin& origin) {
  const auto& rel = graph_.relation_at(r);
  const auto cites = graph_.citations_of(r);
  if (auto conflict = graph_.existence_conflict(rel)) {
    warn({severity::warning, errc::outside_existence, origin.where(), *conflict});
  }
  // Same content and same evidence: a repeat. Different citations (two territories changing
  // hands in one month, two treaties) are distinct records, however alike.
  const auto repeats = [&](relation_index other) {
    const auto other_cites = graph_.citations_of(other);
    return graph_.relation_at(other) == rel &&
           std::equal(other_cites.begin(), other_cites.end(), cites.begin(), cites.end());
  };
  if (const auto other = fingerprints_.find_or_add(hash_relation(rel), r, repeats)) {
    const auto other_id = graph_.id_of(*other);
    warn({severity::warning, errc::duplicate_relation, origin.where(),
          "relation repeats relation " +
              (other_id.empty() ? "#" + to_string(*other) : "'" + std::string(other_id) + "'") +
              " exactly"});
  }
  check_citations(cites, origin);
}

void graph_builder::finish_events() {
  // Add events whose `part_of` is resolvable, repeatedly, so that chains in any order resolve.
  bool progress = true;
  while (progress && !pending_events_.empty()) {
    progress = false;
    std::vector<pending_event> waiting;
    for (auto& p : pending_events_) {
      if (!p.spec.part_of.empty() && !graph_.find_statement(p.spec.part_of)) {
        waiting.push_back(std::move(p));
        continue;
      }
      progress = true;
      add_event_now(p);
    }
    pending_events_ = std::move(waiting);
  }
  std::unordered_set<std::string> waiting_ids;
  for (const auto& p : pending_events_)
    waiting_ids.insert(p.spec.info.id);
  for (const auto& p : pending_events_) {
    const bool cycle = waiting_ids.contains(p.spec.part_of);
    error_at(record_kind::event, errc::unknown_statement,
             cycle ? "event '" + p.spec.info.id + "' is part of '" + p.spec.part_of +
                         "', which is (through others) part of it: a cycle"
                   : "unknown event '" + p.spec.part_of + "'",
             p.origin.where("part_of"));
  }
  pending_events_.clear();
}

void graph_builder::finish_claims() {
  // Claims may refer to each other (even in cycles), so they are added together, in input order,
  // as one batch. First everything the core would check is checked here, claim by claim, so that
  // each error is located and only the bad claims are rejected; rejecting one may orphan another
  // that referred to it, so this repeats until nothing changes.
  std::unordered_set<std::string> taken_ids;
  bool changed = true;
  while (changed) {
    changed = false;
    std::unordered_set<std::string> pending_ids;  // copies: the specs move below
    taken_ids.clear();
    std::vector<pending_claim> kept;
    for (auto& p : pending_claims_) {
      std::optional<diagnostic> problem;
      const auto problem_at = [&](errc code, const std::string& field, std::string message) {
        if (!problem)
          problem = diagnostic{severity::error, code, p.origin.where(field), std::move(message)};
      };
      const auto& id = p.spec.info.id;
      if (!id.empty()) {
        if (!is_valid_id(id))
          problem_at(errc::invalid_id, "id", "invalid statement id '" + id + "'");
        if (graph_.find_statement(id) || !taken_ids.insert(id).second) {
          problem_at(errc::duplicate_statement, "id", "duplicate statement id '" + id + "'");
        }
      }
      pending_ids.insert(id);
      kept.push_back(std::move(p));
      if (problem) {
        error(record_kind::claim, std::move(*problem));
        kept.pop_back();
        changed = true;
      }
    }
    pending_claims_ = std::move(kept);
    kept.clear();
    for (auto& p : pending_claims_) {
      std::optional<diagnostic> problem;
      const auto problem_at = [&](errc code, const std::string& field, std::string message) {
        if (!problem)
          problem = diagnostic{severity::error, code, p.origin.where(field), std::move(message)};
      };
      const auto check_refs = [&](const std::vector<std::string>& ids, const char* field) {
        for (std::size_t i = 0; i < ids.size(); ++i) {
          if (!graph_.find_statement(ids[i]) && !pending_ids.contains(ids[i])) {
            problem_at(errc::unknown_statement, std::string(field) + "/" + std::to_string(i),
                       "unknown statement '" + ids[i] + "'");
          }
        }
      };
      check_refs(p.spec.subjects, "subjects");
      check_refs(p.spec.objects, "objects");
      for (std::size_t i = 0; i < p.spec.actors.size(); ++i) {
        if (!graph_.find_actor(p.spec.actors[i].view())) {
          problem_at(errc::unknown_actor, "actors/" + std::to_string(i),
                     "unknown actor '" + p.spec.actors[i].str() + "'");
        }
      }
      for (std::size_t i = 0; i < p.spec.info.citations.size(); ++i) {
        const auto& c = p.spec.info.citations[i];
        if (!c.source.empty() && !graph_.find_source(c.source)) {
          problem_at(errc::unknown_source, "citations/" + std::to_string(i) + "/source",
                     "unknown source '" + c.source + "'");
        }
        if (c.confidence && !(*c.confidence >= 0.0 && *c.confidence <= 1.0)) {
          problem_at(errc::invalid_value, "citations/" + std::to_string(i) + "/confidence",
                     "citation confidence outside [0, 1]");
        }
      }
      const auto& name = p.spec.info.id;
      if (p.spec.subjects.empty() && p.spec.actors.empty()) {
        problem_at(errc::invalid_value, "",
                   "claim '" + name + "' is about nothing: it has no subjects and no actors");
      }
      if (p.spec.kind != claim_kind::assessment &&
          (p.spec.subjects.empty() || p.spec.objects.empty())) {
        problem_at(errc::invalid_value, "",
                   "claim '" + name + "' of kind " + std::string(to_string(p.spec.kind)) +
                       " needs both subjects and objects");
      }
      if (problem) {
        error(record_kind::claim, std::move(*problem));
        changed = true;
      } else {
        kept.push_back(std::move(p));
      }
    }
    pending_claims_ = std::move(kept);
  }
  if (pending_claims_.empty()) return;
  std::vector<claim_spec> batch;
  batch.reserve(pending_claims_.size());
  for (const auto& p : pending_claims_)
    batch.push_back(p.spec);
  try {
    graph_.add_claims(batch);
    report_.claims.loaded += pending_claims_.size();
    for (const auto& p : pending_claims_)
      check_citations(p.spec.info.citations, p.origin);
  } catch (const data_error& e) {
    // Not expected after the checks above; if the core finds more, no claim is silently lost.
    for (const auto& p : pending_claims_) {
      error_at(record_kind::claim, e.code(), "claim rejected with its batch: " + e.message(),
               p.origin.where());
    }
  }
  pending_claims_.clear();
}

load_result graph_builder::finish() && {
  finish_events();
  auto deferred = std::move(deferred_relations_);
  for (auto& p : deferred)
    try_relation(p, true);
  finish_claims();
  return load_result{std::move(graph_), std::move(report_)};
}

}  // namespace geokg::io::detail
