// SPDX-License-Identifier: MIT
// The geokg JSON writer: deterministic (index order, fixed field order, one record per line),
// leaving out fields at their defaults, so that files diff cleanly and read back identically.

#include <fstream>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "atomic_file.hpp"
#include "geokg/io/json.hpp"
#include "geokg/io/json_writer.hpp"

namespace geokg::io {
namespace {

// Writes one JSON object's members in the order they are added.
class object_writer {
 public:
  explicit object_writer(std::ostream& out) : out_(out) { out_.put('{'); }
  object_writer(const object_writer&) = delete;
  object_writer& operator=(const object_writer&) = delete;
  ~object_writer() { out_.put('}'); }

  std::ostream& key(std::string_view name) {
    if (!first_) out_.put(',');
    first_ = false;
    write_json_string(out_, name);
    out_.put(':');
    return out_;
  }
  void text(std::string_view name, std::string_view value) {
    if (value.empty()) return;
    key(name);
    write_json_string(out_, value);
  }
  void date(std::string_view name, const std::optional<geokg::date>& value) {
    if (value) text(name, to_string(*value));
  }
  template <class Number>
  void number(std::string_view name, Number value) {
    key(name);
    write_json_number(out_, value);
  }
  template <class Range, class Write>
  void array(std::string_view name, const Range& items, Write write) {
    if (items.empty()) return;
    key(name).put('[');
    bool first = true;
    for (const auto& item : items) {
      if (!first) out_.put(',');
      first = false;
      write(item);
    }
    out_.put(']');
  }
  void strings(std::string_view name, const std::vector<std::string>& items) {
    array(name, items, [&](const std::string& s) { write_json_string(out_, s); });
  }
  std::ostream& stream() noexcept { return out_; }

 private:
  std::ostream& out_;
  bool first_ = true;
};

void write_interval(object_writer& w, const interval& i) {
  w.date("start", i.start());
  w.date("end", i.end());
}

// The id by which a statement can be referred to; a referred statement must have one.
std::string id_for_reference(const knowledge_graph& g, statement_ref s, std::string_view referrer) {
  const auto id = g.id_of(s);
  if (id.empty()) {
    throw data_error(errc::invalid_id, "cannot write " + std::string(to_string(s.kind)) + " #" +
                                           std::to_string(s.index) + ": it is referred to by " +
                                           std::string(referrer) + " but has no id");
  }
  return std::string(id);
}

void write_info(object_writer& w, const knowledge_graph& g, statement_ref s,
                statement_status default_status) {
  if (g.status_of(s) != default_status) w.text("status", to_string(g.status_of(s)));
  w.array("citations", g.citations_of(s), [&](const citation& c) {
    object_writer cw(w.stream());
    cw.text("source", c.source);
    cw.text("locator", c.locator);
    cw.text("quote", c.quote);
    if (c.confidence) cw.number("confidence", *c.confidence);
  });
  w.array("quantities", g.quantities_of(s), [&](const named_quantity& q) {
    object_writer qw(w.stream());
    qw.text("name", q.name);
    if (q.value.is_exact()) {
      qw.number("value", q.value.low);
    } else {
      qw.number("low", q.value.low);
      qw.number("high", q.value.high);
    }
    qw.text("unit", q.value.unit);
    if (q.value.approximate) qw.key("approximate") << "true";
  });
  w.text("note", g.note_of(s));
}

template <class Range, class Write>
void section(std::ostream& out, std::string_view name, const Range& items, bool& first_section,
             Write write) {
  if (items.empty()) return;
  out << (first_section ? "\n" : ",\n");
  first_section = false;
  write_json_string(out, name);
  out << ":[\n";
  std::size_t i = 0;
  for (const auto& item : items) {
    if (i != 0) out << ",\n";
    write(item, i++);
  }
  out << "\n]";
}

}  // namespace

void write_json(const knowledge_graph& g, std::ostream& out, const json_write_options& options) {
  out << '{';
  bool first = true;
  if (options.version_marker) {
    out << "\"geokg\":1";
    first = false;
  }
  section(out, "sources", g.sources(), first, [&](const source_document& s, std::size_t) {
    object_writer w(out);
    w.text("id", s.id);
    w.text("kind", to_string(s.kind));
    w.text("title", s.title);
    w.text("author", s.author);
    w.text("publisher", s.publisher);
    w.date("published", s.published);
    w.text("url", s.url);
    if (s.reliability) w.number("reliability", *s.reliability);
    w.text("note", s.note);
  });
  section(out, "actors", g.actors(), first, [&](const actor& a, std::size_t) {
    object_writer w(out);
    w.text("id", a.id.view());
    w.text("kind", to_string(a.kind));
    w.text("name", a.name);
    w.strings("aliases", a.aliases);
    w.array("codes", a.codes, [&](const external_code& c) {
      object_writer cw(out);
      cw.text("system", to_string(c.system));
      cw.key("value");
      write_json_string(out, c.value);
      write_interval(cw, c.valid);
    });
    w.array("existence", a.existence,
            [&](const interval& i) { write_json_string(out, to_string(i)); });
    w.text("note", a.note);
  });
  section(out, "events", g.events(), first, [&](const event& e, std::size_t i) {
    const statement_ref s{statement_kind::event, static_cast<std::uint32_t>(i)};
    object_writer w(out);
    w.text("id", g.id_of(s));
    w.text("kind", to_string(e.kind));
    w.text("subkind", e.subkind);
    w.text("title", e.title);
    write_interval(w, e.when);
    w.array("participants", e.participants, [&](const participant& p) {
      if (p.role == participant_role::participant) {
        write_json_string(out, g[p.actor].id.view());
      } else {
        object_writer pw(out);
        pw.text("actor", g[p.actor].id.view());
        pw.text("role", to_string(p.role));
      }
    });
    if (e.part_of != no_index) {
      w.text("part_of", id_for_reference(g, e.part_of, "event #" + std::to_string(i)));
    }
    write_info(w, g, s, statement_status::fact);
  });
  section(out, "relations", g.relations(), first, [&](const relation& r, std::size_t i) {
    const statement_ref s{statement_kind::relation, static_cast<std::uint32_t>(i)};
    object_writer w(out);
    w.text("id", g.id_of(s));
    w.text("source", g[r.source].id.view());
    w.text("target", g[r.target].id.view());
    w.text("kind", to_string(r.kind));
    w.text("subkind", r.subkind);
    write_interval(w, r.when);
    if (r.weight != 1.0F) w.number("weight", r.weight);
    if (r.event != no_index) {
      w.text("event", id_for_reference(g, r.event, "relation #" + std::to_string(i)));
    }
    write_info(w, g, s, statement_status::fact);
  });
  section(out, "claims", g.claims(), first, [&](const claim& c, std::size_t i) {
    const statement_ref s{statement_kind::claim, static_cast<std::uint32_t>(i)};
    const auto referrer = "claim #" + std::to_string(i);
    object_writer w(out);
    w.text("id", g.id_of(s));
    w.text("kind", to_string(c.kind));
    const auto refs = [&](const char* name, const std::vector<statement_ref>& items) {
      w.array(name, items, [&](statement_ref ref) {
        write_json_string(out, id_for_reference(g, ref, referrer));
      });
    };
    refs("subjects", c.subjects);
    refs("objects", c.objects);
    w.array("actors", c.actors, [&](actor_index a) { write_json_string(out, g[a].id.view()); });
    w.text("label", c.label);
    w.text("text", c.text);
    w.date("made_on", c.made_on);
    write_info(w, g, s, statement_status::claimed);
  });
  out << "\n}\n";
}

void write_json(const knowledge_graph& g, const std::filesystem::path& path,
                const json_write_options& options) {
  write_atomically(path, [&](std::ostream& out) { write_json(g, out, options); });
}

}  // namespace geokg::io
