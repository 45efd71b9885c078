// SPDX-License-Identifier: MIT
// The geokg CSV writer: one RFC 4180 file per table, deterministic (tables in the order of
// `csv_tables`, rows in index order, fixed columns, CRLF), so that `load_csv` reads back an
// identical graph and files diff cleanly.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "atomic_file.hpp"
#include "csv_list.hpp"
#include "geokg/io/csv.hpp"
#include "geokg/io/csv_writer.hpp"

namespace geokg::io {
namespace {

namespace fs = std::filesystem;

// The columns written, per table, in the order of docs/format.md.
constexpr std::string_view source_columns[] = {"id",        "kind", "title",       "author", "publisher",
                                               "published", "url",  "reliability", "note"};
constexpr std::string_view actor_columns[] = {"id",      "name",  "kind",      "start", "end",
                                              "aliases", "codes", "existence", "note"};
constexpr std::string_view event_columns[] = {"id",           "kind",    "subkind", "title", "start",
                                              "end",          "participants", "part_of", "status", "note"};
constexpr std::string_view relation_columns[] = {"id",     "source", "target",     "kind",    "sign",
                                                 "start",  "end",    "weight",     "source_ref",
                                                 "subkind", "event", "status",     "note"};
constexpr std::string_view claim_columns[] = {"id",    "kind", "subjects", "objects", "actors",
                                              "label", "text", "made_on",  "status",  "note"};
constexpr std::string_view citation_columns[] = {"statement", "source", "locator", "quote", "confidence"};
constexpr std::string_view quantity_columns[] = {"statement", "name", "value", "low", "high", "unit", "approximate"};

// Writes records field by field in the conventions of geokg's CSV format (docs/format.md): CRLF,
// and a leading or trailing space quoted, so that tools that trim unquoted fields keep it.
class row_writer {
 public:
  explicit row_writer(std::ostream& out) : csv_(out, {.quoting = csv_quoting::edge_spaces}) {}

  void header(std::span<const std::string_view> names) { csv_.row(names); }
  void cell(std::string_view value) { csv_.field(value); }
  void date(const std::optional<geokg::date>& d) { cell(d ? to_string(*d) : std::string{}); }
  template <class Number>
  void number(Number value) {
    csv_.number(value);
  }
  template <class Number>
  void number(const std::optional<Number>& value) {
    if (value) {
      number(*value);
    } else {
      cell({});
    }
  }
  void end_row() { csv_.end_row(); }

 private:
  csv_writer csv_;
};

std::string statement_name(statement_ref s) { return std::string(to_string(s.kind)) + " #" + std::to_string(s.index); }

[[noreturn]] void cannot_write(statement_ref s, const std::string& why) {
  throw data_error(errc::invalid_id, "cannot write " + statement_name(s) + ": " + why);
}

// The id by which a statement can be referred to; a referred statement must have one.
std::string_view id_for_reference(const knowledge_graph& g, statement_ref s, statement_ref referrer) {
  const auto id = g.id_of(s);
  if (id.empty()) cannot_write(s, "it is referred to by " + statement_name(referrer) + " but has no id");
  return id;
}

// A relation's citations that fit the `source_ref` column: exactly one bare, non-empty locator.
bool fits_source_ref(std::span<const citation> citations) {
  if (citations.size() != 1) return false;
  const auto& c = citations.front();
  return c.source.empty() && c.quote.empty() && !c.confidence && !c.locator.empty();
}

bool citations_in_table(const knowledge_graph& g, statement_ref s) {
  const auto citations = g.citations_of(s);
  if (citations.empty()) return false;
  return s.kind != statement_kind::relation || !fits_source_ref(citations);
}

// Checks everything that could stop the write half-way, before any file is touched.
void check_writable(const knowledge_graph& g) {
  for (std::size_t i = 0; i < g.num_actors(); ++i) {
    const auto& a = g[static_cast<actor_index>(i)];
    if (a.aliases.size() == 1 && a.aliases.front().empty()) {
      throw data_error(errc::invalid_value,
                       "cannot write actor '" + a.id.str() + "' to CSV: a single empty alias reads back as no alias");
    }
  }
  for (const auto kind : {statement_kind::event, statement_kind::relation, statement_kind::claim}) {
    for (std::uint32_t i = 0; i < g.count(kind); ++i) {
      const statement_ref s{kind, i};
      if (!g.id_of(s).empty()) continue;
      if (citations_in_table(g, s)) cannot_write(s, "its citations go to citations.csv, which needs its id");
      if (!g.quantities_of(s).empty()) cannot_write(s, "its quantities go to quantities.csv, which needs its id");
    }
  }
  for (const event_index i : g.event_indices()) {
    const auto& e = g.event_at(i);
    if (e.part_of != no_index) id_for_reference(g, e.part_of, i);
  }
  for (const relation_index i : g.relation_indices()) {
    const auto& r = g.relation_at(i);
    if (r.event != no_index) id_for_reference(g, r.event, i);
  }
  for (const claim_index i : g.claim_indices()) {
    const auto& c = g.claim_at(i);
    for (const auto* refs : {&c.subjects, &c.objects}) {
      for (const auto ref : *refs) id_for_reference(g, ref, i);
    }
  }
}

void write_status(row_writer& w, const knowledge_graph& g, statement_ref s, statement_status default_status) {
  const auto status = g.status_of(s);
  w.cell(status == default_status ? std::string_view{} : to_string(status));
}

void write_sources(const knowledge_graph& g, std::ostream& out) {
  row_writer w(out);
  w.header(source_columns);
  for (const auto& s : g.sources()) {
    w.cell(s.id);
    w.cell(to_string(s.kind));
    w.cell(s.title);
    w.cell(s.author);
    w.cell(s.publisher);
    w.date(s.published);
    w.cell(s.url);
    w.number(s.reliability);
    w.cell(s.note);
    w.end_row();
  }
}

void write_actors(const knowledge_graph& g, std::ostream& out) {
  row_writer w(out);
  w.header(actor_columns);
  std::string cell;
  for (const auto& a : g.actors()) {
    w.cell(a.id.view());
    w.cell(a.name);
    w.cell(to_string(a.kind));
    // One spell with a bound is written as start/end (the workload's columns); anything else as
    // a list (an unbounded spell `../..` is not the same as no spell at all).
    const bool as_start_end = a.existence.size() == 1 &&
                              (a.existence.front().start() || a.existence.front().end());
    if (as_start_end) {
      w.date(a.existence.front().start());
      w.date(a.existence.front().end());
    } else {
      w.cell({});
      w.cell({});
    }
    w.cell(detail::join_list(a.aliases));
    cell.clear();
    for (std::size_t i = 0; i < a.codes.size(); ++i) {
      const auto& c = a.codes[i];
      std::string item = std::string(to_string(c.system)) + ":" + c.value;
      // The interval follows the last '@'; a value holding '@' needs one even when unbounded.
      if (c.valid != interval{} || c.value.find('@') != std::string::npos) item += "@" + to_string(c.valid);
      detail::append_list_item(cell, item, i == 0);
    }
    w.cell(cell);
    cell.clear();
    if (!as_start_end) {
      for (std::size_t i = 0; i < a.existence.size(); ++i) {
        detail::append_list_item(cell, to_string(a.existence[i]), i == 0);
      }
    }
    w.cell(cell);
    w.cell(a.note);
    w.end_row();
  }
}

void write_interval(row_writer& w, const interval& i) {
  w.date(i.start());
  w.date(i.end());
}

void write_events(const knowledge_graph& g, std::ostream& out) {
  row_writer w(out);
  w.header(event_columns);
  std::string cell;
  for (const event_index i : g.event_indices()) {
    const statement_ref s{i};
    const auto& e = g.event_at(i);
    w.cell(g.id_of(s));
    w.cell(to_string(e.kind));
    w.cell(e.subkind);
    w.cell(e.title);
    write_interval(w, e.when);
    cell.clear();
    for (std::size_t p = 0; p < e.participants.size(); ++p) {
      const auto& part = e.participants[p];
      std::string item = g[part.actor].id.str();
      if (part.role != participant_role::participant) item += ":" + std::string(to_string(part.role));
      detail::append_list_item(cell, item, p == 0);
    }
    w.cell(cell);
    w.cell(e.part_of == no_index ? std::string_view{} : id_for_reference(g, e.part_of, s));
    write_status(w, g, s, statement_status::fact);
    w.cell(g.note_of(s));
    w.end_row();
  }
}

void write_relations(const knowledge_graph& g, std::ostream& out) {
  row_writer w(out);
  w.header(relation_columns);
  for (const relation_index i : g.relation_indices()) {
    const statement_ref s{i};
    const auto& r = g.relation_at(i);
    w.cell(g.id_of(s));
    w.cell(g[r.source].id.view());
    w.cell(g[r.target].id.view());
    w.cell(to_string(r.kind));
    w.number(to_int(sign_of(r.kind)));
    write_interval(w, r.when);
    if (r.weight != 1.0F) {
      w.number(r.weight);  // a float: its own shortest text, not the double's
    } else {
      w.cell({});
    }
    const auto citations = g.citations_of(s);
    w.cell(fits_source_ref(citations) ? std::string_view(citations.front().locator) : std::string_view{});
    w.cell(r.subkind);
    w.cell(r.event == no_index ? std::string_view{} : id_for_reference(g, r.event, s));
    write_status(w, g, s, statement_status::fact);
    w.cell(g.note_of(s));
    w.end_row();
  }
}

void write_claims(const knowledge_graph& g, std::ostream& out) {
  row_writer w(out);
  w.header(claim_columns);
  std::string cell;
  for (const claim_index i : g.claim_indices()) {
    const statement_ref s{i};
    const auto& c = g.claim_at(i);
    w.cell(g.id_of(s));
    w.cell(to_string(c.kind));
    for (const auto* refs : {&c.subjects, &c.objects}) {
      cell.clear();
      for (std::size_t k = 0; k < refs->size(); ++k) {
        detail::append_list_item(cell, id_for_reference(g, (*refs)[k], s), k == 0);
      }
      w.cell(cell);
    }
    cell.clear();
    for (std::size_t k = 0; k < c.actors.size(); ++k) detail::append_list_item(cell, g[c.actors[k]].id.view(), k == 0);
    w.cell(cell);
    w.cell(c.label);
    w.cell(c.text);
    w.date(c.made_on);
    write_status(w, g, s, statement_status::claimed);
    w.cell(g.note_of(s));
    w.end_row();
  }
}

// Calls `f` for every statement, in the order of their tables (events, relations, claims), each
// in index order.
template <class F>
void for_each_statement(const knowledge_graph& g, F f) {
  for (const auto kind : {statement_kind::event, statement_kind::relation, statement_kind::claim}) {
    for (std::uint32_t i = 0; i < g.count(kind); ++i) f(statement_ref{kind, i});
  }
}

bool has_citation_rows(const knowledge_graph& g) {
  bool any = false;
  for_each_statement(g, [&](statement_ref s) { any = any || citations_in_table(g, s); });
  return any;
}

bool has_quantity_rows(const knowledge_graph& g) {
  bool any = false;
  for_each_statement(g, [&](statement_ref s) { any = any || !g.quantities_of(s).empty(); });
  return any;
}

void write_citations(const knowledge_graph& g, std::ostream& out) {
  row_writer w(out);
  w.header(citation_columns);
  for_each_statement(g, [&](statement_ref s) {
    if (!citations_in_table(g, s)) return;
    for (const auto& c : g.citations_of(s)) {
      w.cell(g.id_of(s));
      w.cell(c.source);
      w.cell(c.locator);
      w.cell(c.quote);
      w.number(c.confidence);
      w.end_row();
    }
  });
}

void write_quantities(const knowledge_graph& g, std::ostream& out) {
  row_writer w(out);
  w.header(quantity_columns);
  for_each_statement(g, [&](statement_ref s) {
    for (const auto& q : g.quantities_of(s)) {
      w.cell(g.id_of(s));
      w.cell(q.name);
      if (q.value.is_exact()) {
        w.number(q.value.low);
        w.cell({});
        w.cell({});
      } else {
        w.cell({});
        w.number(q.value.low);
        w.number(q.value.high);
      }
      w.cell(q.value.unit);
      w.cell(q.value.approximate ? "true" : "");
      w.end_row();
    }
  });
}

}  // namespace

void write_csv(const knowledge_graph& g, const std::filesystem::path& folder) {
  check_writable(g);
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) throw data_error(errc::io_error, "cannot create the folder: " + ec.message(), location{folder.string(), 0, 0, {}});

  using writer = void (*)(const knowledge_graph&, std::ostream&);
  struct table_job {
    std::string_view file;
    bool has_rows;
    writer write;
  };
  const table_job jobs[] = {
      {csv_tables[0], g.num_sources() != 0, &write_sources},
      {csv_tables[1], true, &write_actors},  // always: it is what makes a folder a CSV dataset
      {csv_tables[2], g.num_events() != 0, &write_events},
      {csv_tables[3], g.num_relations() != 0, &write_relations},
      {csv_tables[4], g.num_claims() != 0, &write_claims},
      {csv_tables[5], has_citation_rows(g), &write_citations},
      {csv_tables[6], has_quantity_rows(g), &write_quantities},
  };
  // Every table is written whole to its temporary file before any replaces its old version, so
  // that an interrupted write never leaves new tables beside old ones (docs/reliability.md).
  detail::atomic_files files;
  std::vector<fs::path> stale;
  for (const auto& job : jobs) {
    const auto path = folder / std::string(job.file);
    if (job.has_rows) {
      files.write(path, [&](std::ostream& out) { job.write(g, out); });
    } else if (fs::exists(path, ec)) {
      stale.push_back(path);
    }
  }
  files.commit();
  for (const auto& path : stale) {
    // A table left from an earlier dataset in this folder would be read back with this one.
    fs::remove(path, ec);
    if (ec) throw data_error(errc::io_error, "cannot remove the stale table: " + ec.message(), location{path.string(), 0, 0, {}});
  }
}

}  // namespace geokg::io
