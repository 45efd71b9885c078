// SPDX-License-Identifier: MIT
// The geokg JSON loader: RapidJSON's SAX reader over a position-tracking stream, one small tree
// per record, converted into the model and handed to the graph builder.

#include <cstdio>
#include <filesystem>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "field_parsers.hpp"
#include "geokg/io/json.hpp"
#include "graph_builder.hpp"
#include "json_document.hpp"
#include "json_input.hpp"
#include "json_loader.hpp"
#include "rapidjson.hpp"
#include "utf8.hpp"

namespace geokg::io {
namespace detail {
namespace {

// ------------------------------------------------------------------------------------------------
// Reading one record's fields, with located errors and unknown-field warnings.

class record_reader {
 public:
  record_reader(const json_record& rec, const record_origin& origin, graph_builder& builder)
      : rec_(rec), origin_(origin), builder_(builder) {}

  location where(const json_node& n, std::string_view field) const {
    location out = origin_.where();
    out.line = n.pos.line;
    out.column = n.pos.column;
    out.field = origin_.pointer + "/" + std::string(field);
    return out;
  }
  location record_location() const { return origin_.where(); }

  const json_node* get(std::string_view key) {
    used_.emplace_back(key);
    return rec_.member(rec_.root(), key);
  }

  // A string member, or nullopt if absent or null.
  std::optional<std::string_view> opt_string(std::string_view key) {
    const auto* n = get(key);
    if (n == nullptr || n->type == json_type::null) return std::nullopt;
    return string_of(*n, key);
  }
  std::string_view string_of(const json_node& n, std::string_view field) const {
    if (n.type != json_type::string)
      fail(errc::wrong_type, "field '" + std::string(field) + "' must be a string",
           where(n, field));
    return rec_.text(n);
  }
  std::string_view req_string(std::string_view key) {
    if (auto s = opt_string(key)) return *s;
    fail(errc::missing_field, "missing field '" + std::string(key) + "'", record_location());
  }
  std::string text(std::string_view key) { return std::string(opt_string(key).value_or("")); }

  // A string or an integer (ids and codes may be written as numbers: {"id": 17}).
  std::optional<std::string> opt_string_or_integer(std::string_view key) {
    const auto* n = get(key);
    if (n == nullptr || n->type == json_type::null) return std::nullopt;
    if (n->type == json_type::integer) return std::to_string(n->integer);
    return std::string(string_of(*n, key));
  }

  std::optional<double> opt_number(std::string_view key) {
    const auto* n = get(key);
    if (n == nullptr || n->type == json_type::null) return std::nullopt;
    if (n->type == json_type::integer) return static_cast<double>(n->integer);
    if (n->type == json_type::number) return n->number;
    fail(errc::wrong_type, "field '" + std::string(key) + "' must be a number", where(*n, key));
  }

  std::optional<date> opt_date(std::string_view key) {
    const auto* n = get(key);
    if (n == nullptr || n->type == json_type::null) return std::nullopt;
    return to_date(string_of(*n, key), where(*n, key));
  }

  // The elements of an array member (empty if absent or null).
  std::vector<const json_node*> array(std::string_view key) {
    std::vector<const json_node*> out;
    const auto* n = get(key);
    if (n == nullptr || n->type == json_type::null) return out;
    if (n->type != json_type::array)
      fail(errc::wrong_type, "field '" + std::string(key) + "' must be an array", where(*n, key));
    rec_.for_each_child(*n, [&](const json_node& c) { out.push_back(&c); });
    return out;
  }

  std::vector<std::string> string_array(std::string_view key) {
    std::vector<std::string> out;
    const auto items = array(key);
    for (std::size_t i = 0; i < items.size(); ++i) {
      out.emplace_back(string_of(*items[i], std::string(key) + "/" + std::to_string(i)));
    }
    return out;
  }

  // A member of a nested object (citations/0/quote).
  const json_node* nested(const json_node& object, std::string_view key) const {
    return rec_.member(object, key);
  }
  std::string nested_text(const json_node& object, std::string_view key,
                          const std::string& path) const {
    const auto* n = nested(object, key);
    if (n == nullptr || n->type == json_type::null) return {};
    return std::string(string_of(*n, path + "/" + std::string(key)));
  }
  const json_record& record() const noexcept { return rec_; }

  // The interval given by "start"/"end", "date" or "when".
  interval when() {
    const auto* start_node = get("start");
    const auto* end_node = get("end");
    const auto* date_node = get("date");
    const auto* when_node = get("when");
    const int forms = (start_node != nullptr || end_node != nullptr ? 1 : 0) +
                      (date_node != nullptr ? 1 : 0) + (when_node != nullptr ? 1 : 0);
    if (forms > 1) {
      fail(errc::invalid_value, "give the time as one of 'start'/'end', 'date' or 'when'",
           record_location());
    }
    if (date_node != nullptr && date_node->type != json_type::null) {
      const auto d = to_date(string_of(*date_node, "date"), where(*date_node, "date"));
      if (auto i = interval::covering(d)) return *i;
      fail(errc::invalid_date, "date " + to_string(d) + " is at the end of the calendar",
           where(*date_node, "date"));
    }
    if (when_node != nullptr && when_node->type != json_type::null) {
      return to_interval_text(string_of(*when_node, "when"), where(*when_node, "when"));
    }
    const auto start = opt_date("start");
    const auto end = opt_date("end");
    return to_interval(start, end,
                       end_node != nullptr ? where(*end_node, "end") : record_location());
  }

  statement_info info(bool allow_integer_id) {
    statement_info out;
    if (allow_integer_id) {
      if (auto id = opt_string_or_integer("id"))
        out.id = to_statement_id(*id, where(*get("id"), "id"));
    } else if (auto id = opt_string("id")) {
      out.id = to_statement_id(*id, where(*get("id"), "id"));
    }
    if (auto s = opt_string("status")) {
      out.status = to_enum<statement_status>(*s, "status", parse_statement_status,
                                             where(*get("status"), "status"));
    }
    out.note = text("note");
    const auto citations = array("citations");
    for (std::size_t i = 0; i < citations.size(); ++i) {
      const auto path = "citations/" + std::to_string(i);
      const auto& c = *citations[i];
      if (c.type != json_type::object)
        fail(errc::wrong_type, "a citation must be an object", where(c, path));
      citation cit;
      cit.source = nested_text(c, "source", path);
      cit.locator = nested_text(c, "locator", path);
      cit.quote = nested_text(c, "quote", path);
      if (const auto* conf = nested(c, "confidence");
          conf != nullptr && conf->type != json_type::null) {
        if (conf->type != json_type::number && conf->type != json_type::integer) {
          fail(errc::wrong_type, "field 'confidence' must be a number",
               where(*conf, path + "/confidence"));
        }
        cit.confidence =
            conf->type == json_type::integer ? static_cast<double>(conf->integer) : conf->number;
      }
      warn_unknown_nested(c, path, {"source", "locator", "quote", "confidence"});
      out.citations.push_back(std::move(cit));
    }
    // The benchmark workload's shorthand: a bare citation text.
    if (auto ref = opt_string("source_ref"); ref && !ref->empty()) {
      out.citations.push_back(citation{.locator = std::string(*ref)});
    }
    const auto quantities = array("quantities");
    for (std::size_t i = 0; i < quantities.size(); ++i) {
      const auto path = "quantities/" + std::to_string(i);
      const auto& q = *quantities[i];
      if (q.type != json_type::object)
        fail(errc::wrong_type, "a quantity must be an object", where(q, path));
      const auto number = [&](std::string_view key) -> std::optional<double> {
        const auto* n = nested(q, key);
        if (n == nullptr || n->type == json_type::null) return std::nullopt;
        if (n->type == json_type::integer) return static_cast<double>(n->integer);
        if (n->type == json_type::number) return n->number;
        fail(errc::wrong_type, "field '" + std::string(key) + "' must be a number",
             where(*n, path + "/" + std::string(key)));
      };
      const auto value = number("value");
      const auto low = number("low");
      const auto high = number("high");
      if (value ? (low || high) : !(low && high)) {
        fail(errc::invalid_value, "a quantity needs either 'value' or both 'low' and 'high'",
             where(q, path));
      }
      named_quantity nq;
      nq.name = nested_text(q, "name", path);
      nq.value.low = value ? *value : *low;
      nq.value.high = value ? *value : *high;
      if (nq.value.low > nq.value.high)
        fail(errc::invalid_value, "quantity 'low' is above 'high'", where(q, path));
      nq.value.unit = nested_text(q, "unit", path);
      if (const auto* a = nested(q, "approximate"); a != nullptr && a->type != json_type::null) {
        if (a->type != json_type::boolean)
          fail(errc::wrong_type, "field 'approximate' must be true or false",
               where(*a, path + "/approximate"));
        nq.value.approximate = a->boolean;
      }
      warn_unknown_nested(q, path, {"name", "value", "low", "high", "unit", "approximate"});
      out.quantities.push_back(std::move(nq));
    }
    return out;
  }

  // Warns once per member of the record that no converter asked for.
  void warn_unknown() {
    rec_.for_each_child(rec_.root(), [&](const json_node& n) {
      const auto key = rec_.key(n);
      for (const auto& used : used_) {
        if (used == key) return;
      }
      builder_.warn({severity::warning, errc::unknown_field, where(n, key),
                     "unknown field " + quote_text(key)});
    });
  }

 private:
  void warn_unknown_nested(const json_node& object, const std::string& path,
                           std::initializer_list<std::string_view> known) {
    rec_.for_each_child(object, [&](const json_node& n) {
      const auto key = rec_.key(n);
      for (auto k : known) {
        if (k == key) return;
      }
      builder_.warn({severity::warning, errc::unknown_field,
                     where(n, path + "/" + std::string(key)), "unknown field " + quote_text(key)});
    });
  }

  const json_record& rec_;
  const record_origin& origin_;
  graph_builder& builder_;
  std::vector<std::string_view> used_;
};

// ------------------------------------------------------------------------------------------------
// Converters: one per kind of record.

source_document convert_source(record_reader& r) {
  source_document s;
  s.id = std::string(r.req_string("id"));
  if (auto k = r.opt_string("kind"))
    s.kind =
        to_enum<source_kind>(*k, "source kind", parse_source_kind, r.where(*r.get("kind"), "kind"));
  s.title = r.text("title");
  s.author = r.text("author");
  s.publisher = r.text("publisher");
  s.published = r.opt_date("published");
  s.url = r.text("url");
  s.reliability = r.opt_number("reliability");
  s.note = r.text("note");
  return s;
}

actor convert_actor(record_reader& r) {
  const auto id_text = r.req_string("id");
  actor a{.id = to_actor_id(id_text, r.where(*r.get("id"), "id"))};
  const auto kind_text = r.req_string("kind");
  a.kind = to_enum<actor_kind>(kind_text, "actor kind", parse_actor_kind,
                               r.where(*r.get("kind"), "kind"));
  a.name = r.text("name");
  a.aliases = r.string_array("aliases");
  a.note = r.text("note");
  const auto& rec = r.record();
  if (const auto* codes = r.get("codes"); codes != nullptr && codes->type != json_type::null) {
    if (codes->type == json_type::object) {  // shorthand: {"cow": "732", "iso_alpha3": "KOR"}
      rec.for_each_child(*codes, [&](const json_node& c) {
        const std::string path = "codes/" + std::string(rec.key(c));
        const auto system =
            to_enum<code_system>(rec.key(c), "code system", parse_code_system, r.where(c, path));
        std::string value = c.type == json_type::integer ? std::to_string(c.integer)
                                                         : std::string(r.string_of(c, path));
        a.codes.push_back({system, std::move(value), {}});
      });
    } else {
      const auto items = r.array("codes");
      for (std::size_t i = 0; i < items.size(); ++i) {
        const auto path = "codes/" + std::to_string(i);
        const auto& c = *items[i];
        if (c.type != json_type::object)
          fail(errc::wrong_type, "a code must be an object", r.where(c, path));
        const auto* sys = r.nested(c, "system");
        const auto* val = r.nested(c, "value");
        if (sys == nullptr || val == nullptr)
          fail(errc::missing_field, "a code needs 'system' and 'value'", r.where(c, path));
        external_code code;
        code.system = to_enum<code_system>(r.string_of(*sys, path + "/system"), "code system",
                                           parse_code_system, r.where(*sys, path + "/system"));
        code.value = val->type == json_type::integer
                         ? std::to_string(val->integer)
                         : std::string(r.string_of(*val, path + "/value"));
        const auto date_of = [&](const char* key) -> std::optional<date> {
          const auto* n = r.nested(c, key);
          if (n == nullptr || n->type == json_type::null) return std::nullopt;
          return to_date(r.string_of(*n, path + "/" + key), r.where(*n, path + "/" + key));
        };
        code.valid = to_interval(date_of("start"), date_of("end"), r.where(c, path));
        a.codes.push_back(std::move(code));
      }
    }
  }
  const auto* start = r.get("start");
  const auto* end = r.get("end");
  const auto spells = r.array("existence");
  if ((start != nullptr || end != nullptr) && !spells.empty()) {
    fail(errc::invalid_value, "give the existence as 'existence' or as 'start'/'end', not both",
         r.record_location());
  }
  if (start != nullptr || end != nullptr) {
    const auto s = r.opt_date("start");
    const auto e = r.opt_date("end");
    if (s || e)
      a.existence.push_back(
          to_interval(s, e, end != nullptr ? r.where(*end, "end") : r.record_location()));
  }
  for (std::size_t i = 0; i < spells.size(); ++i) {
    const auto path = "existence/" + std::to_string(i);
    a.existence.push_back(
        to_interval_text(r.string_of(*spells[i], path), r.where(*spells[i], path)));
  }
  return a;
}

relation_spec convert_relation(record_reader& r) {
  const auto source_text = r.req_string("source");
  const auto target_text = r.req_string("target");
  const auto kind_text = r.req_string("kind");
  relation_spec s{.source = to_actor_id(source_text, r.where(*r.get("source"), "source")),
                  .target = to_actor_id(target_text, r.where(*r.get("target"), "target"))};
  s.kind = to_relation_kind(kind_text, r.where(*r.get("kind"), "kind"));
  if (const auto* sign_node = r.get("sign");
      sign_node != nullptr && sign_node->type != json_type::null) {
    std::optional<sign> given;
    if (sign_node->type == json_type::integer) {
      given = sign_node->integer > 0   ? sign::positive
              : sign_node->integer < 0 ? sign::negative
                                       : sign::neutral;
      if (sign_node->integer < -1 || sign_node->integer > 1) given.reset();
    } else if (sign_node->type == json_type::string) {
      given = parse_sign(r.record().text(*sign_node));
    }
    if (!given)
      fail(errc::invalid_value, "invalid sign (expected -1, 0 or 1)", r.where(*sign_node, "sign"));
    if (*given != sign_of(s.kind)) {
      fail(errc::invalid_value,
           "sign " + std::to_string(to_int(*given)) + " contradicts kind '" +
               std::string(to_string(s.kind)) + "', whose sign is " +
               std::to_string(to_int(sign_of(s.kind))),
           r.where(*sign_node, "sign"));
    }
  }
  s.subkind = r.text("subkind");
  s.when = r.when();
  if (auto w = r.opt_number("weight")) s.weight = *w;
  s.event = r.text("event");
  s.info = r.info(true);
  return s;
}

event_spec convert_event(record_reader& r) {
  event_spec e;
  e.kind = to_relation_kind(r.req_string("kind"), r.where(*r.get("kind"), "kind"));
  e.title = r.text("title");
  e.subkind = r.text("subkind");
  e.when = r.when();
  e.part_of = r.text("part_of");
  const auto items = r.array("participants");
  if (r.get("participants") == nullptr)
    fail(errc::missing_field, "missing field 'participants'", r.record_location());
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto path = "participants/" + std::to_string(i);
    const auto& p = *items[i];
    if (p.type == json_type::string) {
      e.participants.push_back({to_actor_id(r.record().text(p), r.where(p, path))});
    } else if (p.type == json_type::object) {
      const auto* a = r.nested(p, "actor");
      if (a == nullptr) fail(errc::missing_field, "a participant needs 'actor'", r.where(p, path));
      participant_spec ps{
          to_actor_id(r.string_of(*a, path + "/actor"), r.where(*a, path + "/actor"))};
      if (const auto* role = r.nested(p, "role");
          role != nullptr && role->type != json_type::null) {
        ps.role = to_enum<participant_role>(r.string_of(*role, path + "/role"), "participant role",
                                            parse_participant_role, r.where(*role, path + "/role"));
      }
      e.participants.push_back(std::move(ps));
    } else {
      fail(errc::wrong_type, "a participant must be an actor id or an object", r.where(p, path));
    }
  }
  e.info = r.info(false);
  return e;
}

claim_spec convert_claim(record_reader& r) {
  claim_spec c;
  c.kind = to_enum<claim_kind>(r.req_string("kind"), "claim kind", parse_claim_kind,
                               r.where(*r.get("kind"), "kind"));
  c.subjects = r.string_array("subjects");
  c.objects = r.string_array("objects");
  const auto actors = r.string_array("actors");
  for (std::size_t i = 0; i < actors.size(); ++i) {
    c.actors.push_back(
        to_actor_id(actors[i], r.where(*r.array("actors")[i], "actors/" + std::to_string(i))));
  }
  c.label = r.text("label");
  c.text = r.text("text");
  c.made_on = r.opt_date("made_on");
  c.info = r.info(false);
  return c;
}

// ------------------------------------------------------------------------------------------------
// The SAX handler: tracks where it is in the document and builds one record at a time.

enum class section : std::uint8_t { none, sources, actors, events, relations, claims };

constexpr std::string_view section_name(section s) {
  switch (s) {
    case section::sources:
      return "sources";
    case section::actors:
      return "actors";
    case section::events:
      return "events";
    case section::relations:
      return "relations";
    case section::claims:
      return "claims";
    case section::none:
      break;
  }
  return "";
}

constexpr record_kind kind_of(section s) {
  switch (s) {
    case section::sources:
      return record_kind::source;
    case section::actors:
      return record_kind::actor;
    case section::events:
      return record_kind::event;
    case section::claims:
      return record_kind::claim;
    default:
      return record_kind::relation;
  }
}

class sax_handler {
 public:
  sax_handler(json_input& in, graph_builder& builder, const std::string& path,
              const load_options& options, std::uint64_t total_bytes)
      : in_(in),
        builder_(builder),
        path_(path),
        path_copy_(builder.intern_path(path)),
        options_(options),
        total_bytes_(total_bytes) {}

  // Why the handler stopped the parse, if it did.
  std::optional<diagnostic> abort_reason;

  bool Null() {
    return scalar(json_type::null, [](json_node&) {});
  }
  bool Bool(bool b) {
    return scalar(json_type::boolean, [&](json_node& n) { n.boolean = b; });
  }
  bool Int(int i) { return Int64(i); }
  bool Uint(unsigned u) { return Int64(u); }
  bool Int64(std::int64_t i) {
    if (!in_record()) last_integer_ = i;
    return scalar(json_type::integer, [&](json_node& n) { n.integer = i; });
  }
  bool Uint64(std::uint64_t u) {
    // RapidJSON reports every integer above UINT32_MAX here, so those up to INT64_MAX are
    // integers (an id such as 9223372036854775807).
    if (u <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
      return Int64(static_cast<std::int64_t>(u));
    // Above INT64_MAX: keep it as a number; an id or code that large is rejected later.
    return scalar(json_type::number, [&](json_node& n) { n.number = static_cast<double>(u); });
  }
  bool Double(double d) {
    return scalar(json_type::number, [&](json_node& n) { n.number = d; });
  }
  bool RawNumber(const char*, rapidjson::SizeType, bool) { return true; }
  bool String(const char* s, rapidjson::SizeType length, bool) {
    const std::string_view text(s, length);
    if (in_record() && !record_problem_) {
      // The bytes of the file were checked by the parser; escapes such as \u0000 or a lone
      // \uDC00 can still decode to text that geokg does not hold.
      if (text.find('\0') != std::string_view::npos) {
        record_problem_ = diagnostic{severity::error, errc::invalid_encoding, here(),
                                     "string contains a NUL character"};
      } else if (invalid_utf8_at(text) != std::string_view::npos) {
        record_problem_ = diagnostic{severity::error, errc::invalid_encoding, here(),
                                     "string is not valid UTF-8 (an unpaired surrogate escape?)"};
      }
    }
    return scalar(json_type::string, [&](json_node& n) {
      n.text_offset = record_.store(text);
      n.text_size = length;
    });
  }
  bool Key(const char* s, rapidjson::SizeType length, bool) {
    key_.assign(s, length);
    key_pos_ = in_.token();
    return true;
  }
  bool StartObject() { return open(json_type::object); }
  bool EndObject(rapidjson::SizeType) { return close(); }
  bool StartArray() { return open(json_type::array); }
  bool EndArray(rapidjson::SizeType) { return close(); }

  std::uint64_t records() const noexcept { return records_; }
  bool saw_root_object() const noexcept { return saw_root_; }

  /// Fails the input when the parse stopped: a record it cut is rejected with the error (so that
  /// it is counted: read = loaded + rejected), otherwise the error is the input's.
  void fail_input(diagnostic d) {
    if (!in_record()) return builder_.fail_input(std::move(d));
    d.where.field = "/" + std::string(section_name(section_)) + "/" + std::to_string(index_);
    record_depth_ = 0;
    builder_.reject(kind_of(section_), std::move(d));
  }

 private:
  bool in_record() const noexcept { return record_depth_ != 0; }

  location here() const { return location{path_, in_.token().line, in_.token().column, {}}; }
  // Where an object or array starts: its bracket may not be taken yet (iterative parsing).
  position bracket() const {
    const char next = in_.Peek();
    return next == '{' || next == '[' ? in_.next_byte() : in_.token();
  }

  bool stop(errc code, std::string message, location where) {
    abort_reason = diagnostic{severity::error, code, std::move(where), std::move(message)};
    return false;
  }

  // Appends a node to the record being built, linked under the innermost open container.
  json_node& add_node(json_type type) {
    auto& nodes = record_.nodes();
    json_node n;
    n.type = type;
    n.pos = type == json_type::object || type == json_type::array ? bracket() : in_.token();
    if (!open_.empty()) {
      auto& parent = nodes[open_.back()];
      if (parent.type == json_type::object) {
        n.key_offset = record_.store(key_);
        n.key_size = static_cast<std::uint32_t>(key_.size());
      }
    }
    const auto index = static_cast<std::uint32_t>(nodes.size());
    nodes.push_back(n);
    if (!open_.empty()) {
      auto& parent = nodes[open_.back()];
      if (parent.first_child == no_node) {
        parent.first_child = index;
      } else {
        nodes[parent.last_child].next = index;
      }
      parent.last_child = index;
      ++parent.size;
    }
    return nodes.back();
  }

  template <class Fill>
  bool scalar(json_type type, Fill fill) {
    if (depth_ == 0)
      return stop(errc::wrong_type, "a geokg JSON file must be an object at the top level", here());
    if (in_record()) {
      fill(add_node(type));
      return check_record_size();
    }
    return top_level_value(type);
  }

  bool check_record_size() {
    // Positions and offsets in a record are 32-bit; far above any real record.
    if (record_.nodes().size() > (std::size_t{1} << 24)) {
      return stop(errc::too_large, "record has more than 16 million values", here());
    }
    return true;
  }

  bool open(json_type type) {
    ++depth_;
    if (depth_ > options_.limits.max_depth) {
      const auto at = bracket();
      return stop(errc::too_large,
                  "nesting deeper than " + std::to_string(options_.limits.max_depth) + " levels",
                  location{path_, at.line, at.column, {}});
    }
    if (in_record()) {
      const auto& n = add_node(type);
      (void)n;
      open_.push_back(static_cast<std::uint32_t>(record_.nodes().size() - 1));
      return check_record_size();
    }
    if (depth_ == 1) {
      if (type != json_type::object) {
        return stop(errc::wrong_type, "a geokg JSON file must be an object at the top level",
                    here());
      }
      saw_root_ = true;
      return true;
    }
    if (skip_depth_ != 0) return true;
    if (depth_ == 2) return top_level_value(type);
    if (depth_ == 3 && section_ != section::none) {
      if (type != json_type::object) {
        reject_element("a record of '" + std::string(section_name(section_)) +
                       "' must be an object");
        skip_depth_ = depth_;
        return true;
      }
      begin_record();
      return true;
    }
    return true;
  }

  bool close() {
    if (in_record()) {
      open_.pop_back();
      if (open_.empty()) {
        --depth_;
        return end_record();
      }
      --depth_;
      return true;
    }
    if (skip_depth_ != 0 && depth_ == skip_depth_) skip_depth_ = 0;
    if (depth_ == 2 && section_ != section::none) section_ = section::none;
    --depth_;
    return true;
  }

  // A value directly under the root object (depth 1 member), or a scalar inside a section.
  bool top_level_value(json_type type) {
    if (skip_depth_ != 0) return true;
    if (depth_ == 2 && section_ != section::none && type != json_type::array &&
        type != json_type::object) {
      // a scalar element of a section array
      reject_element("a record of '" + std::string(section_name(section_)) + "' must be an object");
      return true;
    }
    const bool container = type == json_type::array || type == json_type::object;
    const location key_location{path_, key_pos_.line, key_pos_.column, "/" + key_};
    const auto skip = [&] {
      if (container) skip_depth_ = depth_;
      return true;
    };
    if (key_ == "geokg") {
      if (type != json_type::integer || last_integer_ != 1) {
        return stop(errc::invalid_value,
                    "unsupported format version (this geokg reads \"geokg\": 1)", key_location);
      }
      return true;
    }
    for (auto s : {section::sources, section::actors, section::events, section::relations,
                   section::claims}) {
      if (key_ == section_name(s)) {
        if (type != json_type::array) {
          builder_.fail_input(
              {severity::error, errc::wrong_type, key_location, "'" + key_ + "' must be an array"});
          return skip();
        }
        section_ = s;
        index_ = 0;
        return true;
      }
    }
    if (key_ == "dataset") return skip();  // free metadata: name, description, licence, citation
    builder_.warn({severity::warning, errc::unknown_field, key_location,
                   "unknown top-level field " + quote_text(key_)});
    return skip();
  }

  void reject_element(std::string message) {
    const auto pointer = "/" + std::string(section_name(section_)) + "/" + std::to_string(index_++);
    ++records_;
    const auto at = bracket();
    builder_.reject(kind_of(section_),
                    {severity::error, errc::wrong_type,
                     location{path_, at.line, at.column, pointer}, std::move(message)});
  }

  void begin_record() {
    record_.clear();
    record_problem_.reset();
    json_node root;
    root.type = json_type::object;
    root.pos = bracket();
    record_.nodes().push_back(root);
    open_.assign(1, 0);
    record_depth_ = depth_;
  }

  bool end_record() {
    record_depth_ = 0;
    ++records_;
    if (records_ > options_.limits.max_records) {
      const auto at = record_.root().pos;
      return stop(errc::too_large,
                  "more than " + std::to_string(options_.limits.max_records) + " records",
                  location{path_, at.line, at.column, {}});
    }
    record_origin origin;
    origin.path = path_copy_;
    origin.pointer = "/" + std::string(section_name(section_)) + "/" + std::to_string(index_++);
    origin.at = record_.root().pos;
    collect_positions(origin);
    const auto kind = kind_of(section_);
    if (record_problem_) {
      record_problem_->where.field = origin.pointer;
      builder_.reject(kind, std::move(*record_problem_));
      record_problem_.reset();
      return progress();
    }
    // Convert first, then hand over: errors of conversion reject the record here, while the
    // builder reports (or, in stop mode, throws) its own.
    record_reader reader(record_, origin, builder_);
    std::optional<source_document> src;
    std::optional<actor> act;
    std::optional<event_spec> evt;
    std::optional<relation_spec> rel;
    std::optional<claim_spec> clm;
    try {
      switch (section_) {
        case section::sources:
          src = convert_source(reader);
          break;
        case section::actors:
          act = convert_actor(reader);
          break;
        case section::events:
          evt = convert_event(reader);
          break;
        case section::relations:
          rel = convert_relation(reader);
          break;
        case section::claims:
          clm = convert_claim(reader);
          break;
        case section::none:
          break;
      }
      reader.warn_unknown();
    } catch (const record_error& e) {
      builder_.reject(kind, e.d);
      return progress();
    } catch (const data_error& e) {  // from the core, e.g. quantity validation
      builder_.reject(kind, diagnostic{severity::error, e.code(), origin.where(), e.message()});
      return progress();
    }
    if (src) {
      builder_.add_source(std::move(*src), origin);
    } else if (act) {
      builder_.add_actor(std::move(*act), origin);
    } else if (evt) {
      builder_.add_event(std::move(*evt), std::move(origin));
    } else if (rel) {
      builder_.add_relation(std::move(*rel), std::move(origin));
    } else if (clm) {
      builder_.add_claim(std::move(*clm), std::move(origin));
    }
    return progress();
  }

  // Records the position of every field and of the elements of array fields, for later errors.
  void collect_positions(record_origin& origin) const {
    record_.for_each_child(record_.root(), [&](const json_node& n) {
      const std::string key(record_.key(n));
      origin.fields.emplace_back(key, n.pos);
      if (n.type == json_type::array) {
        std::size_t i = 0;
        record_.for_each_child(n, [&](const json_node& element) {
          const auto path = key + "/" + std::to_string(i++);
          origin.fields.emplace_back(path, element.pos);
          if (element.type == json_type::object) {
            record_.for_each_child(element, [&](const json_node& member) {
              origin.fields.emplace_back(path + "/" + std::string(record_.key(member)), member.pos);
            });
          }
        });
      }
    });
  }

  bool progress() {
    if (options_.on_progress && in_.offset() >= next_progress_) {
      next_progress_ = in_.offset() + (std::uint64_t{4} << 20);
      options_.on_progress({path_, in_.offset(), total_bytes_, records_});
    }
    return true;
  }

 private:
  std::int64_t last_integer_ = 0;  // the last integer outside records (for "geokg": 1)
  json_input& in_;
  graph_builder& builder_;
  const std::string& path_;
  const std::string* path_copy_;  // owned by the builder: outlives this file's reading
  const load_options& options_;
  std::uint64_t total_bytes_;
  std::uint32_t depth_ = 0;
  std::uint32_t skip_depth_ = 0;
  std::uint32_t record_depth_ = 0;
  section section_ = section::none;
  std::uint64_t index_ = 0;
  std::uint64_t records_ = 0;
  std::uint64_t next_progress_ = 0;
  bool saw_root_ = false;
  std::string key_;
  position key_pos_{};
  json_record record_;
  std::vector<std::uint32_t> open_;
  std::optional<diagnostic> record_problem_;
};

}  // namespace

void read_json(json_input& in, const std::string& path, std::uint64_t total_bytes,
               graph_builder& builder, const load_options& options) {
  sax_handler handler(in, builder, path, options, total_bytes);
  rapidjson::Reader reader;
  constexpr unsigned flags = rapidjson::kParseValidateEncodingFlag |
                             rapidjson::kParseIterativeFlag | rapidjson::kParseFullPrecisionFlag;
  const auto result = reader.Parse<flags>(in, handler);
  if (!result.IsError()) {
    if (in.nul_found()) {  // the input ended early at a NUL byte, after a complete value
      const auto p = in.at(in.nul_offset());
      builder.fail_input({severity::error, errc::invalid_encoding,
                          location{path, p.line, p.column, {}}, "NUL byte in the input"});
    }
    if (options.on_progress)
      options.on_progress({path, in.offset(), total_bytes, handler.records()});
    return;
  }
  const auto offset = static_cast<std::uint64_t>(result.Offset());
  const auto pos = in.at(offset);
  location where{path, pos.line, pos.column, {}};
  if (handler.abort_reason) {
    handler.fail_input(std::move(*handler.abort_reason));
  } else if (in.io_failed()) {
    handler.fail_input({severity::error, errc::io_error, where, "read error"});
  } else if (in.string_too_long()) {
    const auto start = in.long_string_start();
    handler.fail_input(
        {severity::error, errc::too_large, location{path, start.line, start.column, {}},
         "string longer than " + std::to_string(options.limits.max_string_bytes) + " bytes"});
  } else if (in.nul_found() && offset >= in.nul_offset()) {
    const auto p = in.at(in.nul_offset());
    handler.fail_input({severity::error, errc::invalid_encoding,
                        location{path, p.line, p.column, {}}, "NUL byte in the input"});
  } else if (result.Code() == rapidjson::kParseErrorDocumentEmpty) {
    handler.fail_input(
        {severity::error, errc::malformed_json, where, "the input is empty (no JSON value)"});
  } else if (result.Code() == rapidjson::kParseErrorStringInvalidEncoding) {
    handler.fail_input(
        {severity::error, errc::invalid_encoding, where, "invalid UTF-8 in a string"});
  } else {
    handler.fail_input(
        {severity::error, errc::malformed_json, where,
         std::string("JSON syntax error: ") + rapidjson::GetParseError_En(result.Code())});
  }
}

void load_json_file(const std::filesystem::path& file, graph_builder& builder,
                    const load_options& options) {
  const std::string display = file.string();
  std::error_code ec;
  if (std::filesystem::is_directory(file, ec)) {
    builder.fail_input({severity::error, errc::io_error, location{display, 0, 0, {}},
                        "is a directory, not a file"});
    return;
  }
  const auto size = std::filesystem::file_size(file, ec);
  if (ec) {
    builder.fail_input({severity::error, errc::io_error, location{display, 0, 0, {}},
                        "cannot read: " + ec.message()});
    return;
  }
  if (size > options.limits.max_file_bytes) {
    builder.fail_input({severity::error, errc::too_large, location{display, 0, 0, {}},
                        "file of " + std::to_string(size) + " bytes exceeds the limit of " +
                            std::to_string(options.limits.max_file_bytes)});
    return;
  }
  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(display.c_str(), "rb"),
                                                          &std::fclose);
  if (!f) {
    builder.fail_input({severity::error, errc::io_error, location{display, 0, 0, {}},
                        "cannot open: " + std::generic_category().message(errno)});
    return;
  }
  json_input in(f.get(), options.limits.max_string_bytes);
  read_json(in, display, size, builder, options);
}

}  // namespace detail

load_result load_json(const std::filesystem::path& path, const load_options& options) {
  detail::graph_builder builder(options);
  detail::load_json_file(path, builder, options);
  return std::move(builder).finish();
}

load_result parse_json(std::string_view text, std::string_view display_name,
                       const load_options& options) {
  detail::graph_builder builder(options);
  const std::string name(display_name);
  if (text.size() > options.limits.max_file_bytes) {
    builder.fail_input({severity::error, errc::too_large, location{name, 0, 0, {}},
                        "input exceeds the size limit"});
  } else {
    detail::json_input in(text, options.limits.max_string_bytes);
    detail::read_json(in, name, text.size(), builder, options);
  }
  return std::move(builder).finish();
}

}  // namespace geokg::io
