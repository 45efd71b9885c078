#pragma once
// SPDX-License-Identifier: MIT
// The knowledge graph: actors as vertices, relations as parallel edges, plus events, claims and
// sources, on a Boost.Graph adjacency_list.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "geokg/core/actor.hpp"
#include "geokg/core/claim.hpp"
#include "geokg/core/detail/statement_id_table.hpp"
#include "geokg/core/error.hpp"
#include "geokg/core/event.hpp"
#include "geokg/core/index.hpp"
#include "geokg/core/relation.hpp"
#include "geokg/core/source.hpp"
#include "geokg/core/statement.hpp"

namespace geokg {

/// What to do with a relation whose time span falls outside an actor's existence.
enum class existence_policy : std::uint8_t {
  warn,    ///< Accept it; loaders report a warning (real datasets have such records).
  reject,  ///< Reject it with `errc::outside_existence` (strict mode).
};

/// Options fixed when a graph is created.
struct graph_options {
  existence_policy existence = existence_policy::warn;
};

/// The edge property of the Boost graph: which relation an edge stands for, and a copy of the
/// fields views filter on (see `relation_key`).
struct relation_edge {
  relation_index relation = no_index;
  relation_key key{};
};

namespace detail {
struct string_hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    return std::hash<std::string_view>{}(s);
  }
};
template <class Value>
using string_map = std::unordered_map<std::string, Value, string_hash, std::equal_to<>>;
}  // namespace detail

/// A geopolitical knowledge graph.
///
/// Actors are the vertices of a `boost::adjacency_list` (vertex descriptor == `actor_index`);
/// every relation is one edge, so a pair of actors has as many parallel edges as dated relations.
/// Events (n-ary) and claims (statements about statements) live beside the Boost graph and refer
/// to actors and statements by index. Sources form the bibliography that citations refer to.
///
/// Every kind has its own index type (index.hpp): `actor_index` (== the vertex descriptor),
/// `relation_index`, `event_index`, `claim_index`, `source_index`, so that one kind is not
/// accepted for another. Lookups follow one pattern:
/// - `x_at(index)` returns the object and throws `lookup_error` if the index is out of range:
///   `actor_at`, `source_at`, `relation_at`, `event_at`, `claim_at`; `g[a]` (an actor) and
///   `g[e]` (the relation behind an edge) are the unchecked forms;
/// - `find_x(id)` returns the index with that id, or nullopt, and never throws: `find_actor`,
///   `find_source`, `find_statement` (a `statement_ref`);
/// - `x_index_of(id)` / `statement_ref_of(id)` return the same and throw `lookup_error` if there
///   is none: `actor_index_of`, `source_index_of`, `statement_ref_of`.
///
/// The graph is append-only: actor, relation, event, claim and source indices never change, and
/// vertex descriptors stay valid. Edge descriptors point into edge storage and are valid until
/// the next `add_relation`; keep a `relation_index` to hold on to a relation. "Removing" is done
/// with a view (views.hpp). The graph is move-only: use `clone()` to copy it on purpose.
///
/// Thread safety: once built, a graph, its views and the queries on them may be used from any
/// number of threads at once (no lazy cache, no `mutable` member; tested under ThreadSanitizer,
/// docs/reliability.md); adding requires exclusive access.
///
/// **Example**
/// ```
/// geokg::knowledge_graph g;
/// g.add_actor({.id = geokg::actor_id("JPN"), .name = "Japan"});
/// g.add_actor({.id = geokg::actor_id("KOR"), .name = "Republic of Korea"});
/// g.add_relation({.source = geokg::actor_id("JPN"), .target = geokg::actor_id("KOR"),
///                 .kind = geokg::relation_kind::normalisation,
///                 .when = geokg::interval::since(*geokg::parse_date("1965-12-18"))});
/// ```
class knowledge_graph {
 public:
  /// The Boost graph type. Users may run any Boost.Graph algorithm on `graph()` or on a view.
  using graph_type =
      boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property,
                            relation_edge, boost::no_property, boost::vecS>;
  using vertex = boost::graph_traits<graph_type>::vertex_descriptor;
  using edge = boost::graph_traits<graph_type>::edge_descriptor;
  static_assert(std::is_same_v<vertex, std::size_t>,
                "actor_index converts to and from the vertex descriptor, a std::size_t");

  explicit knowledge_graph(graph_options options = {}) : options_(options) {}
  knowledge_graph(knowledge_graph&&) noexcept = default;
  knowledge_graph& operator=(knowledge_graph&&) noexcept = default;
  knowledge_graph(const knowledge_graph&) = delete;
  knowledge_graph& operator=(const knowledge_graph&) = delete;
  ~knowledge_graph() = default;

  /// A deep copy. Explicit, so that a graph is never copied by accident.
  knowledge_graph clone() const { return knowledge_graph(*this, copy_tag{}); }

  /// The options the graph was created with.
  const graph_options& options() const noexcept { return options_; }

  // --- actors ------------------------------------------------------------------------------------

  /// Adds an actor and returns its index (== its vertex descriptor).
  /// @throws data_error `duplicate_actor` if the id is taken; `invalid_value` if its existence
  /// spells overlap.
  actor_index add_actor(actor a) {
    if (actor_ids_.contains(a.id.view())) {
      throw data_error(errc::duplicate_actor, "duplicate actor id '" + a.id.str() + "'", {}, "id");
    }
    for (std::size_t i = 0; i < a.existence.size(); ++i) {
      for (std::size_t j = i + 1; j < a.existence.size(); ++j) {
        if (a.existence[i].overlaps(a.existence[j])) {
          throw data_error(errc::invalid_value,
                           "existence spells " + to_string(a.existence[i]) + " and " +
                               to_string(a.existence[j]) + " of actor '" + a.id.str() + "' overlap",
                           {}, "existence");
        }
      }
    }
    check_index_room(actors_.size(), "actors");
    const auto v = boost::add_vertex(graph_);
    GEOKG_ASSERT(v == actors_.size());
    const auto index = static_cast<actor_index>(v);
    actor_ids_.emplace(a.id.str(), index);
    actors_.push_back(std::move(a));
    return index;
  }

  /// The index of the actor with this id, or nullopt.
  std::optional<actor_index> find_actor(std::string_view id) const noexcept {
    const auto it = actor_ids_.find(id);
    if (it == actor_ids_.end()) return std::nullopt;
    return it->second;
  }

  /// The index of the actor with this id.
  /// @throws lookup_error if there is none.
  actor_index actor_index_of(std::string_view id) const {
    if (auto a = find_actor(id)) return *a;
    throw lookup_error("unknown actor id '" + std::string(id) + "'");
  }

  /// The actor at an index.
  /// @throws lookup_error if out of range.
  const actor& actor_at(actor_index a) const {
    if (a.value() >= actors_.size()) throw lookup_error("no actor at index " + to_string(a));
    return actors_[a.value()];
  }

  /// The actor at an index (or vertex descriptor), unchecked. Precondition: `a < num_actors()`.
  const actor& operator[](actor_index a) const noexcept { return actors_[a.value()]; }

  /// All actors, in index order.
  std::span<const actor> actors() const noexcept { return actors_; }
  std::size_t num_actors() const noexcept { return actors_.size(); }
  /// The actor indices `[0, num_actors())`, in order.
  index_range<actor_index> actor_indices() const noexcept {
    return index_range<actor_index>(actors_.size());
  }

  // --- sources -----------------------------------------------------------------------------------

  /// Adds a source to the bibliography and returns its index.
  /// @throws data_error `invalid_id` or `duplicate_statement` (the id is taken by another
  /// source); `invalid_value` if reliability is outside [0, 1].
  source_index add_source(source_document s) {
    if (!is_valid_id(s.id))
      throw data_error(errc::invalid_id, "invalid source id '" + s.id + "'", {}, "id");
    if (source_ids_.contains(s.id)) {
      throw data_error(errc::duplicate_statement, "duplicate source id '" + s.id + "'", {}, "id");
    }
    if (s.reliability && !in_unit_range(*s.reliability)) {
      throw data_error(errc::invalid_value,
                       "reliability of source '" + s.id + "' is outside [0, 1]", {}, "reliability");
    }
    check_index_room(sources_.size(), "sources");
    const auto index = static_cast<source_index>(sources_.size());
    source_ids_.emplace(s.id, index);
    sources_.push_back(std::move(s));
    return index;
  }

  /// The index of the source with this id, or nullopt.
  std::optional<source_index> find_source(std::string_view id) const noexcept {
    const auto it = source_ids_.find(id);
    if (it == source_ids_.end()) return std::nullopt;
    return it->second;
  }

  /// The index of the source with this id.
  /// @throws lookup_error if there is none.
  source_index source_index_of(std::string_view id) const {
    if (auto s = find_source(id)) return *s;
    throw lookup_error("unknown source id '" + std::string(id) + "'");
  }

  /// The source at an index.
  /// @throws lookup_error if out of range.
  const source_document& source_at(source_index s) const {
    if (s.value() >= sources_.size()) throw lookup_error("no source at index " + to_string(s));
    return sources_[s.value()];
  }

  /// All sources, in index order.
  std::span<const source_document> sources() const noexcept { return sources_; }
  std::size_t num_sources() const noexcept { return sources_.size(); }
  /// The source indices `[0, num_sources())`, in order.
  index_range<source_index> source_indices() const noexcept {
    return index_range<source_index>(sources_.size());
  }

  // --- relations ---------------------------------------------------------------------------------

  /// Adds a relation (one edge) and returns its index.
  /// @throws data_error `unknown_actor`, `self_relation`, `invalid_value` (weight outside [0, 1]),
  /// `unknown_statement` (the event id), `invalid_id` or `duplicate_statement` (the id),
  /// `unknown_source` (a citation), and `outside_existence` under `existence_policy::reject`.
  relation_index add_relation(const relation_spec& spec) { return insert_relation(spec); }
  /// The same, taking the spec's strings and citations instead of copying them (loaders).
  /// The spec is left untouched if an exception is thrown.
  relation_index add_relation(relation_spec&& spec) { return insert_relation(std::move(spec)); }

  /// The relation at an index.
  /// @throws lookup_error if out of range.
  const relation& relation_at(relation_index r) const {
    if (r.value() >= relations_.size()) throw lookup_error("no relation at index " + to_string(r));
    return relations_[r.value()];
  }

  /// The relation an edge stands for (of `graph()` or of any view of it).
  const relation& operator[](const edge& e) const noexcept {
    return relations_[graph_[e].relation.value()];
  }
  /// The index of the relation an edge stands for.
  relation_index relation_of(const edge& e) const noexcept { return graph_[e].relation; }
  /// The fields views filter on of the relation an edge stands for, read from the edge itself.
  const relation_key& key_of(const edge& e) const noexcept { return graph_[e].key; }

  /// All relations, in index (insertion) order.
  std::span<const relation> relations() const noexcept { return relations_; }
  std::size_t num_relations() const noexcept { return relations_.size(); }
  /// The relation indices `[0, num_relations())`, in order.
  index_range<relation_index> relation_indices() const noexcept {
    return index_range<relation_index>(relations_.size());
  }

  /// Why relation `r` falls outside an actor's existence, or nullopt if it does not.
  std::optional<std::string> existence_conflict(const relation& r) const {
    for (const actor_index a : {r.source, r.target}) {
      const auto& who = actors_[a];
      if (!who.exists_throughout(r.when)) {
        std::string spells;
        for (const auto& spell : who.existence)
          spells += (spells.empty() ? "" : ", ") + to_string(spell);
        return "relation " + to_string(r.when) + " falls outside the existence of actor '" +
               who.id.str() + "' (" + spells + ")";
      }
    }
    return std::nullopt;
  }

  // --- events ------------------------------------------------------------------------------------

  /// Adds an n-ary event and returns its index.
  /// @throws data_error `unknown_actor`, `invalid_value` (no participants, or an actor listed
  /// twice in one role), `unknown_statement` (part_of), `invalid_id`, `duplicate_statement`,
  /// `unknown_source`.
  event_index add_event(const event_spec& spec) { return add_events(std::span(&spec, 1)); }

  /// Adds several events at once, so that `part_of` may refer to an event later in the batch.
  /// Either all are added or none (the first error is thrown). Returns the index of the first.
  event_index add_events(std::span<const event_spec> specs) {
    const auto first = static_cast<event_index>(events_.size());
    check_index_room(events_.size() + specs.size(), "events");
    const auto batch = batch_ids(specs, statement_kind::event, first.value());
    std::vector<event> built;
    built.reserve(specs.size());
    for (const auto& spec : specs) {
      event e;
      e.kind = spec.kind;
      e.when = spec.when;
      e.title = spec.title;
      e.subkind = spec.subkind;
      if (spec.participants.empty()) {
        throw data_error(errc::invalid_value, "event '" + spec.info.id + "' has no participants");
      }
      for (const auto& p : spec.participants) {
        const participant part{require_actor(p.actor, "participants"), p.role};
        for (const auto& q : e.participants) {
          if (q == part) {
            throw data_error(errc::invalid_value, "actor '" + p.actor.str() +
                                                      "' is listed twice as " +
                                                      std::string(to_string(p.role)) +
                                                      " of event '" + spec.info.id + "'");
          }
        }
        e.participants.push_back(part);
      }
      if (!spec.part_of.empty()) {
        e.part_of = require_statement(spec.part_of, statement_kind::event, &batch).as_event();
      }
      check_info(spec.info);
      built.push_back(std::move(e));
    }
    for (std::size_t i = 0; i < specs.size(); ++i) {
      register_id(specs[i].info.id, event_index{first.value() + i});
      events_.push_back(std::move(built[i]));
      event_info_.push_back(with_status(specs[i].info, statement_status::fact));
    }
    return first;
  }

  /// The event at an index.
  /// @throws lookup_error if out of range.
  const event& event_at(event_index e) const {
    if (e.value() >= events_.size()) throw lookup_error("no event at index " + to_string(e));
    return events_[e.value()];
  }
  std::span<const event> events() const noexcept { return events_; }
  std::size_t num_events() const noexcept { return events_.size(); }
  /// The event indices `[0, num_events())`, in order.
  index_range<event_index> event_indices() const noexcept {
    return index_range<event_index>(events_.size());
  }

  // --- claims ------------------------------------------------------------------------------------

  /// Adds a claim about statements (and actors) and returns its index.
  /// @throws data_error `unknown_statement`, `unknown_actor`, `invalid_value` (no subjects and no
  /// actors; or a causal or comparative claim without objects), `invalid_id`,
  /// `duplicate_statement`, `unknown_source`.
  claim_index add_claim(const claim_spec& spec) { return add_claims(std::span(&spec, 1)); }

  /// Adds several claims at once, so that they may refer to each other, even in cycles ("A
  /// contradicts B" and "B contradicts A"). Either all are added or none. Returns the first index.
  claim_index add_claims(std::span<const claim_spec> specs) {
    const auto first = static_cast<claim_index>(claims_.size());
    check_index_room(claims_.size() + specs.size(), "claims");
    const auto batch = batch_ids(specs, statement_kind::claim, first.value());
    std::vector<claim> built;
    built.reserve(specs.size());
    for (const auto& spec : specs) {
      claim c;
      c.kind = spec.kind;
      c.label = spec.label;
      c.text = spec.text;
      c.made_on = spec.made_on;
      for (const auto& id : spec.subjects)
        c.subjects.push_back(require_statement(id, std::nullopt, &batch));
      for (const auto& id : spec.objects)
        c.objects.push_back(require_statement(id, std::nullopt, &batch));
      for (const auto& a : spec.actors)
        c.actors.push_back(require_actor(a, "actors"));
      if (c.subjects.empty() && c.actors.empty()) {
        throw data_error(
            errc::invalid_value,
            "claim '" + spec.info.id + "' is about nothing: it has no subjects and no actors");
      }
      if (spec.kind != claim_kind::assessment && (c.objects.empty() || c.subjects.empty())) {
        throw data_error(errc::invalid_value, "claim '" + spec.info.id + "' of kind " +
                                                  std::string(to_string(spec.kind)) +
                                                  " needs both subjects and objects");
      }
      check_info(spec.info);
      built.push_back(std::move(c));
    }
    for (std::size_t i = 0; i < specs.size(); ++i) {
      register_id(specs[i].info.id, claim_index{first.value() + i});
      claims_.push_back(std::move(built[i]));
      claim_info_.push_back(with_status(specs[i].info, statement_status::claimed));
    }
    return first;
  }

  /// The claim at an index.
  /// @throws lookup_error if out of range.
  const claim& claim_at(claim_index c) const {
    if (c.value() >= claims_.size()) throw lookup_error("no claim at index " + to_string(c));
    return claims_[c.value()];
  }
  std::span<const claim> claims() const noexcept { return claims_; }
  std::size_t num_claims() const noexcept { return claims_.size(); }
  /// The claim indices `[0, num_claims())`, in order.
  index_range<claim_index> claim_indices() const noexcept {
    return index_range<claim_index>(claims_.size());
  }

  // --- statements, uniformly ---------------------------------------------------------------------

  /// The statement with this id, or nullopt.
  std::optional<statement_ref> find_statement(std::string_view id) const noexcept {
    return statement_ids_.find(id, stored_id());
  }

  /// The statement with this id.
  /// @throws lookup_error if there is none.
  statement_ref statement_ref_of(std::string_view id) const {
    if (auto s = find_statement(id)) return *s;
    throw lookup_error("unknown statement id '" + std::string(id) + "'");
  }

  /// Whether `s` names a statement of this graph.
  bool contains(statement_ref s) const noexcept { return s.index < count(s.kind); }

  /// A statement's id (empty if it has none). Precondition: `contains(s)`.
  std::string_view id_of(statement_ref s) const noexcept { return info(s).id; }
  /// A statement's epistemic status. Precondition: `contains(s)`.
  statement_status status_of(statement_ref s) const noexcept {
    return info(s).status.value_or(statement_status::fact);
  }
  /// The citations that support a statement. Precondition: `contains(s)`.
  std::span<const citation> citations_of(statement_ref s) const noexcept {
    return info(s).citations;
  }
  /// The quantities a statement states. Precondition: `contains(s)`.
  std::span<const named_quantity> quantities_of(statement_ref s) const noexcept {
    return info(s).quantities;
  }
  /// A statement's note. Precondition: `contains(s)`.
  std::string_view note_of(statement_ref s) const noexcept { return info(s).note; }

  /// The number of statements of one kind.
  std::size_t count(statement_kind k) const noexcept {
    return k == statement_kind::relation ? relations_.size()
           : k == statement_kind::event  ? events_.size()
                                         : claims_.size();
  }

  /// Whether two graphs hold the same content: the same actors, sources, relations, events and
  /// claims, in the same order, with the same ids, statuses, citations, quantities and notes.
  /// (The Boost graph follows from the relations; options are not content.) O(size).
  friend bool operator==(const knowledge_graph& a, const knowledge_graph& b) {
    return a.actors_ == b.actors_ && a.sources_ == b.sources_ && a.relations_ == b.relations_ &&
           a.relation_info_ == b.relation_info_ && a.events_ == b.events_ &&
           a.event_info_ == b.event_info_ && a.claims_ == b.claims_ &&
           a.claim_info_ == b.claim_info_;
  }

  // --- the Boost graph ---------------------------------------------------------------------------

  /// The underlying Boost graph: vertices are actor indices, each edge's property is the index of
  /// its relation. Read-only: add through this class.
  const graph_type& graph() const noexcept { return graph_; }

 private:
  struct copy_tag {};
  knowledge_graph(const knowledge_graph& other, copy_tag)
      : options_(other.options_),
        graph_(other.graph_),
        actors_(other.actors_),
        actor_ids_(other.actor_ids_),
        relations_(other.relations_),
        relation_info_(other.relation_info_),
        events_(other.events_),
        event_info_(other.event_info_),
        claims_(other.claims_),
        claim_info_(other.claim_info_),
        sources_(other.sources_),
        source_ids_(other.source_ids_),
        statement_ids_(other.statement_ids_) {}

  // add_relation for an lvalue (copies) or an rvalue spec (moves its texts once all checks pass).
  template <class Spec>
  relation_index insert_relation(Spec&& spec) {
    relation r;
    r.source = require_actor(spec.source, "source");
    r.target = require_actor(spec.target, "target");
    if (r.source == r.target) {
      throw data_error(errc::self_relation,
                       "relation of actor '" + spec.source.str() + "' with itself", {}, "target");
    }
    if (!in_unit_range(spec.weight)) {
      throw data_error(errc::invalid_value,
                       "weight " + detail::shortest(spec.weight) + " is outside [0, 1]", {},
                       "weight");
    }
    r.kind = spec.kind;
    r.when = spec.when;
    r.weight = static_cast<float>(spec.weight);
    if (!spec.event.empty())
      r.event = require_statement(spec.event, statement_kind::event).as_event();
    check_info(spec.info);
    if (options_.existence == existence_policy::reject) {
      if (auto conflict = existence_conflict(r))
        throw data_error(errc::outside_existence, *conflict);
    }
    check_index_room(relations_.size(), "relations");
    const auto index = static_cast<relation_index>(relations_.size());
    boost::add_edge(r.source, r.target, relation_edge{index, r.key()}, graph_);
    register_id(spec.info.id, index);
    r.subkind = std::forward<Spec>(spec).subkind;
    relations_.push_back(std::move(r));
    relation_info_.push_back(with_status(std::forward<Spec>(spec).info, statement_status::fact));
    return index;
  }

  static bool in_unit_range(double x) noexcept { return std::isfinite(x) && x >= 0.0 && x <= 1.0; }

  static void check_index_room(std::size_t size, const char* what) {
    if (size >= no_index)
      throw data_error(errc::too_large, std::string("too many ") + what + " for one graph");
  }

  actor_index require_actor(const actor_id& id, std::string_view field) const {
    if (auto a = find_actor(id.view())) return *a;
    throw data_error(errc::unknown_actor,
                     "unknown actor '" + id.str() + "' in field '" + std::string(field) + "'", {},
                     std::string(field));
  }

  using batch_map = detail::string_map<statement_ref>;

  // Resolves a statement id against the graph and an optional batch being added; checks its kind.
  statement_ref require_statement(std::string_view id, std::optional<statement_kind> kind,
                                  const batch_map* batch = nullptr) const {
    std::optional<statement_ref> found = find_statement(id);
    if (!found && batch != nullptr) {
      if (const auto it = batch->find(id); it != batch->end()) found = it->second;
    }
    if (!found)
      throw data_error(errc::unknown_statement, "unknown statement '" + std::string(id) + "'");
    if (kind && found->kind != *kind) {
      throw data_error(errc::unknown_statement, "statement '" + std::string(id) + "' is a " +
                                                    std::string(to_string(found->kind)) +
                                                    ", not an " + std::string(to_string(*kind)));
    }
    return *found;
  }

  // Checks the ids of a batch (valid, unique in the graph and in the batch) and maps them.
  template <class Spec>
  batch_map batch_ids(std::span<const Spec> specs, statement_kind kind, std::uint32_t first) const {
    batch_map batch;
    for (std::size_t i = 0; i < specs.size(); ++i) {
      const auto& id = specs[i].info.id;
      check_id(id);
      if (id.empty()) continue;
      if (!batch.emplace(id, statement_ref{kind, static_cast<std::uint32_t>(first + i)}).second) {
        throw data_error(errc::duplicate_statement, "duplicate statement id '" + id + "'", {},
                         "id");
      }
    }
    return batch;
  }

  void check_id(const std::string& id) const {
    if (id.empty()) return;
    if (!is_valid_id(id))
      throw data_error(errc::invalid_id, "invalid statement id '" + id + "'", {}, "id");
    if (find_statement(id)) {
      throw data_error(errc::duplicate_statement, "duplicate statement id '" + id + "'", {}, "id");
    }
  }

  void check_info(const statement_info& info) const {
    check_id(info.id);
    for (const auto& c : info.citations) {
      if (!c.source.empty() && !find_source(c.source)) {
        throw data_error(errc::unknown_source,
                         "unknown source '" + c.source + "' cited by statement '" + info.id + "'",
                         {}, "citations");
      }
      if (c.confidence && !in_unit_range(*c.confidence)) {
        throw data_error(errc::invalid_value,
                         "citation confidence outside [0, 1] in statement '" + info.id + "'", {},
                         "citations");
      }
    }
  }

  // The stored info always holds a status: the given one or the default of the statement's kind.
  static statement_info with_status(statement_info info, statement_status fallback) {
    if (!info.status) info.status = fallback;
    return info;
  }

  void register_id(const std::string& id, statement_ref s) {
    if (!id.empty()) statement_ids_.insert(id, s, stored_id());
  }

  // Reads the id stored with a statement, for the id table.
  struct id_reader {
    const knowledge_graph* graph;
    std::string_view operator()(statement_ref s) const noexcept { return graph->info(s).id; }
  };
  id_reader stored_id() const noexcept { return id_reader{this}; }

  const statement_info& info(statement_ref s) const noexcept {
    switch (s.kind) {
      case statement_kind::relation:
        return relation_info_[s.index];
      case statement_kind::event:
        return event_info_[s.index];
      case statement_kind::claim:
        return claim_info_[s.index];
    }
    return relation_info_[s.index];
  }

  graph_options options_;
  graph_type graph_;
  std::vector<actor> actors_;
  detail::string_map<actor_index> actor_ids_;
  std::vector<relation> relations_;
  std::vector<statement_info> relation_info_;
  std::vector<event> events_;
  std::vector<statement_info> event_info_;
  std::vector<claim> claims_;
  std::vector<statement_info> claim_info_;
  std::vector<source_document> sources_;
  detail::string_map<source_index> source_ids_;
  detail::statement_id_table statement_ids_;
};

}  // namespace geokg
