// SPDX-License-Identifier: MIT
// The export writers: GraphML, GEXF 1.3, DOT and neo4j CSVs of a subgraph, written directly from
// the knowledge graph; geokg JSON and CSV through a copy of the subgraph (export.hpp says why).

#include "geokg/io/export.hpp"

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <ostream>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "atomic_file.hpp"
#include "geokg/io/csv.hpp"
#include "geokg/io/csv_writer.hpp"
#include "geokg/io/json.hpp"
#include "xml_text.hpp"

namespace geokg::io {
namespace {

// --- checks --------------------------------------------------------------------------------------

// Checks the indices of a subgraph, so that the writers can trust them.
void check_subgraph(const subgraph& s) {
  if (s.graph == nullptr)
    throw data_error(errc::invalid_value, "cannot export: the subgraph has no graph");
  const auto& g = *s.graph;
  std::vector<bool> member(g.num_actors(), false);
  for (const auto a : s.actors) {
    if (a >= g.num_actors()) {
      throw data_error(errc::invalid_value,
                       "cannot export: no actor at index " + std::to_string(a));
    }
    if (member[a])
      throw data_error(errc::invalid_value,
                       "cannot export: actor '" + g[a].id.str() + "' is listed twice");
    member[a] = true;
  }
  for (const auto r : s.relations) {
    if (r.value() >= g.num_relations()) {
      throw data_error(errc::invalid_value, "cannot export: no relation at index " + to_string(r));
    }
    const auto& rel = g.relation_at(r);
    for (const auto a : {rel.source, rel.target}) {
      if (!member[a]) {
        throw data_error(errc::invalid_value, "cannot export relation #" + to_string(r) +
                                                  ": its actor '" + g[a].id.str() +
                                                  "' is not in the subgraph");
      }
    }
  }
}

// Hexadecimal digits of `value`, upper case, zero-padded to `width`.
std::string hex(std::uint32_t value, int width) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%0*X", width, value);
  return buffer;
}

// Why `text` cannot be written to XML (or DOT), or an empty string: it must be valid UTF-8 without
// the control characters XML 1.0 cannot carry even as character references (all of C0 but tab,
// line feed and carriage return), nor U+FFFE and U+FFFF.
std::string text_problem(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n;) {
    const unsigned c = p[i];
    if (c < 0x80U) {
      if (c < 0x20U && c != '\t' && c != '\n' && c != '\r') {
        return "control character U+" + hex(c, 4) + " at byte " + std::to_string(i);
      }
      ++i;
      continue;
    }
    // The sequence's length, the payload bits of its lead byte, and the least code point it may
    // encode (anything below is an overlong form).
    std::size_t length = 0;
    std::uint32_t code = 0;
    std::uint32_t least = 0;
    if ((c & 0xE0U) == 0xC0U) {
      length = 2;
      code = c & 0x1FU;
      least = 0x80;
    } else if ((c & 0xF0U) == 0xE0U) {
      length = 3;
      code = c & 0x0FU;
      least = 0x800;
    } else if ((c & 0xF8U) == 0xF0U) {
      length = 4;
      code = c & 0x07U;
      least = 0x10000;
    } else {
      return "invalid UTF-8 byte 0x" + hex(c, 2) + " at byte " + std::to_string(i);
    }
    if (i + length > n) return "truncated UTF-8 sequence at byte " + std::to_string(i);
    for (std::size_t k = 1; k < length; ++k) {
      if ((p[i + k] & 0xC0U) != 0x80U) return "invalid UTF-8 sequence at byte " + std::to_string(i);
      code = (code << 6U) | (p[i + k] & 0x3FU);
    }
    if (code < least || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
      return "invalid UTF-8 sequence at byte " + std::to_string(i);
    }
    if (code == 0xFFFE || code == 0xFFFF)
      return "non-character U+" + hex(code, 4) + " at byte " + std::to_string(i);
    i += length;
  }
  return {};
}

void check_text(std::string_view text, std::string_view what, std::string_view format) {
  if (auto problem = text_problem(text); !problem.empty()) {
    throw data_error(errc::invalid_encoding, "cannot write " + std::string(what) + " to " +
                                                 std::string(format) + ": " + problem);
  }
}

// Checks every free text an export writes (ids are ASCII by construction; kinds, dates and
// numbers are generated), before anything is written.
void check_texts(const subgraph& s, const export_options& options, std::string_view format) {
  const auto& g = *s.graph;
  for (const auto a : s.actors)
    check_text(g[a].name, "the name of actor '" + g[a].id.str() + "'", format);
  check_text(options.title, "the title", format);
  for (const auto& [a, label] : options.blocs)
    check_text(label, "the bloc label of actor #" + std::to_string(a), format);
}

// --- text ----------------------------------------------------------------------------------------

std::string xml(std::string_view text) {
  return detail::xml_text(text);
}

// A DOT double-quoted string. Backslashes are doubled, since Graphviz reads escapes such as \N
// (the node name) and \l in labels; a line feed becomes \n (a centred line break); UTF-8 is kept.
std::string dot(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        break;  // part of a CRLF line break, already written as \n
      default:
        out += c;
    }
  }
  out += '"';
  return out;
}

std::string number(float value) {
  char buffer[32];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return ec == std::errc{} ? std::string(buffer, end) : std::string{};
}

std::string optional_date(const std::optional<date>& d) {
  return d ? to_string(*d) : std::string{};
}

// A day number as xsd:date (YYYY-MM-DD, a minus sign before years BCE in astronomical numbering).
std::string iso_day(std::int32_t day) {
  const auto d = date::from_day_number(day);
  if (!d) return {};
  const int y = d->year();
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "%s%04d-%02u-%02u", y < 0 ? "-" : "", y < 0 ? -y : y,
                d->month(), d->day());
  return buffer;
}

std::string spells_text(const actor& a) {
  std::string out;
  for (const auto& spell : a.existence)
    out += (out.empty() ? "" : "; ") + to_string(spell);
  return out;
}

std::string_view display_name(const actor& a) {
  return a.name.empty() ? a.id.view() : std::string_view(a.name);
}

std::string_view relation_id(const knowledge_graph& g, relation_index r) {
  return g.id_of(r);
}

statement_status relation_status(const knowledge_graph& g, relation_index r) {
  return g.status_of(r);
}

// An edge's `id` (when it has one), `source` and `target` attributes, as GraphML and GEXF write
// them.
void edge_ends(std::ostream& out, const knowledge_graph& g, relation_index r) {
  const auto& rel = g.relation_at(r);
  const auto id = relation_id(g, r);
  if (!id.empty()) out << " id=\"" << xml(id) << '"';
  out << " source=\"" << xml(g[rel.source].id.view()) << "\" target=\""
      << xml(g[rel.target].id.view()) << '"';
}

// --- GraphML -------------------------------------------------------------------------------------

void graphml(const subgraph& s, std::ostream& out, const export_options& options) {
  const auto& g = *s.graph;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  struct key {
    std::string_view id, for_, name, type;
  };
  constexpr key keys[] = {
      {"g_title", "graph", "title", "string"},        {"n_name", "node", "name", "string"},
      {"n_label", "node", "label", "string"},         {"n_kind", "node", "kind", "string"},
      {"n_existence", "node", "existence", "string"}, {"e_id", "edge", "id", "string"},
      {"e_kind", "edge", "kind", "string"},           {"e_sign", "edge", "sign", "int"},
      {"e_start", "edge", "start", "string"},         {"e_end", "edge", "end", "string"},
      {"e_weight", "edge", "weight", "double"},       {"e_status", "edge", "status", "string"},
      {"e_directed", "edge", "directed", "boolean"},
  };
  for (const auto& k : keys) {
    out << "  <key id=\"" << k.id << "\" for=\"" << k.for_ << "\" attr.name=\"" << k.name
        << "\" attr.type=\"" << k.type << "\"/>\n";
  }
  out << "  <graph id=\"geokg\" edgedefault=\"undirected\">\n";
  const auto data = [&](std::string_view indent, std::string_view k, std::string_view value) {
    out << indent << "<data key=\"" << k << "\">" << xml(value) << "</data>\n";
  };
  if (!options.title.empty()) data("    ", "g_title", options.title);
  for (const auto a : s.actors) {
    const auto& who = g[a];
    out << "    <node id=\"" << xml(who.id.view()) << "\">\n";
    data("      ", "n_name", who.name);
    data("      ", "n_label", display_name(who));
    data("      ", "n_kind", to_string(who.kind));
    if (!who.existence.empty()) data("      ", "n_existence", spells_text(who));
    out << "    </node>\n";
  }
  for (const auto r : s.relations) {
    const auto& rel = g.relation_at(r);
    const auto id = relation_id(g, r);
    out << "    <edge";
    edge_ends(out, g, r);
    if (options.direction == edge_direction::mixed && rel.directed()) out << " directed=\"true\"";
    out << ">\n";
    if (!id.empty()) data("      ", "e_id", id);
    data("      ", "e_kind", to_string(rel.kind));
    data("      ", "e_sign", std::to_string(to_int(rel.polarity())));
    if (const auto start = rel.when.start()) data("      ", "e_start", to_string(*start));
    if (const auto end = rel.when.end()) data("      ", "e_end", to_string(*end));
    data("      ", "e_weight", number(rel.weight));
    data("      ", "e_status", to_string(relation_status(g, r)));
    data("      ", "e_directed", rel.directed() ? "true" : "false");
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

// --- GEXF ----------------------------------------------------------------------------------------

// GEXF 1.3 spans are inclusive: [first day of start, day before the first day of end].
void gexf_span(std::ostream& out, const interval& span) {
  if (const auto start = span.start()) out << " start=\"" << iso_day(start->first_day()) << '"';
  if (const auto end = span.end()) out << " end=\"" << iso_day(end->first_day() - 1) << '"';
}

void gexf(const subgraph& s, std::ostream& out, const export_options& options) {
  const auto& g = *s.graph;
  bool timed = false;
  for (const auto a : s.actors)
    timed = timed || !g[a].existence.empty();
  for (const auto r : s.relations)
    timed = timed || !g.relation_at(r).when.is_open_start() || !g.relation_at(r).when.is_open_end();
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" "
         "version=\"1.3\">\n"
         "  <meta>\n"
         "    <creator>geokg</creator>\n";
  if (!options.title.empty())
    out << "    <description>" << xml(options.title) << "</description>\n";
  out << "  </meta>\n"
      << "  <graph defaultedgetype=\"undirected\""
      << (timed ? " mode=\"dynamic\" timeformat=\"date\"" : " mode=\"static\"") << ">\n"
      << "    <attributes class=\"node\">\n"
         "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
         "      <attribute id=\"existence\" title=\"existence\" type=\"string\"/>\n"
         "    </attributes>\n"
         "    <attributes class=\"edge\">\n"
         "      <attribute id=\"sign\" title=\"sign\" type=\"integer\"/>\n"
         "      <attribute id=\"when\" title=\"when\" type=\"string\"/>\n"
         "      <attribute id=\"status\" title=\"status\" type=\"string\"/>\n"
         "      <attribute id=\"directed\" title=\"directed\" type=\"boolean\"/>\n"
         "    </attributes>\n"
         "    <nodes>\n";
  const auto attvalue = [&](std::string_view key, std::string_view value) {
    out << "          <attvalue for=\"" << key << "\" value=\"" << xml(value) << "\"/>\n";
  };
  for (const auto a : s.actors) {
    const auto& who = g[a];
    out << "      <node id=\"" << xml(who.id.view()) << "\" label=\"" << xml(display_name(who))
        << '"';
    if (who.existence.size() == 1) gexf_span(out, who.existence.front());
    out << ">\n        <attvalues>\n";
    attvalue("kind", to_string(who.kind));
    if (!who.existence.empty()) attvalue("existence", spells_text(who));
    out << "        </attvalues>\n";
    if (who.existence.size() > 1) {
      out << "        <spells>\n";
      for (const auto& spell : who.existence) {
        out << "          <spell";
        gexf_span(out, spell);
        out << "/>\n";
      }
      out << "        </spells>\n";
    }
    out << "      </node>\n";
  }
  out << "    </nodes>\n    <edges>\n";
  for (const auto r : s.relations) {
    const auto& rel = g.relation_at(r);
    out << "      <edge";
    edge_ends(out, g, r);
    if (options.direction == edge_direction::mixed && rel.directed()) out << " type=\"directed\"";
    // GEXF 1.3's `kind` tells parallel edges apart: Gephi merges parallel edges of one kind.
    out << " kind=\"" << to_string(rel.kind) << "\" label=\"" << to_string(rel.kind)
        << "\" weight=\"" << number(rel.weight) << '"';
    gexf_span(out, rel.when);
    out << ">\n        <attvalues>\n";
    attvalue("sign", std::to_string(to_int(rel.polarity())));
    attvalue("when", to_string(rel.when));
    attvalue("status", to_string(relation_status(g, r)));
    attvalue("directed", rel.directed() ? "true" : "false");
    out << "        </attvalues>\n      </edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

// --- DOT -----------------------------------------------------------------------------------------

std::string_view sign_colour(sign polarity) {
  switch (polarity) {
    case sign::positive:
      return "#2ca02c";
    case sign::negative:
      return "#d62728";
    case sign::neutral:
      return "#7f7f7f";
  }
  return "#7f7f7f";
}

void dot_node(std::ostream& out, std::string_view indent, const actor& who) {
  out << indent << dot(who.id.view()) << " [label=" << dot(display_name(who))
      << ", tooltip=" << dot(who.id.str() + " (" + std::string(to_string(who.kind)) + ")")
      << ", kind=" << dot(to_string(who.kind)) << "];\n";
}

void dot_graph(const subgraph& s, std::ostream& out, const export_options& options) {
  const auto& g = *s.graph;
  out << "digraph \"geokg\" {\n";
  if (!options.title.empty()) {
    out << "  graph [label=" << dot(options.title) << ", labelloc=t, fontname=\"Helvetica\"];\n";
  }
  out << "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f7f7f7\", "
         "fontname=\"Helvetica\"];\n"
         "  edge [fontname=\"Helvetica\", fontsize=9, penwidth=2];\n";
  // Clusters in order of their label's first appearance among the subgraph's actors.
  std::vector<std::pair<std::string, std::vector<actor_index>>> clusters;
  std::vector<actor_index> loose;
  for (const auto a : s.actors) {
    const auto it = options.blocs.find(a);
    if (it == options.blocs.end()) {
      loose.push_back(a);
      continue;
    }
    auto c = std::find_if(clusters.begin(), clusters.end(),
                          [&](const auto& x) { return x.first == it->second; });
    if (c == clusters.end()) c = clusters.insert(clusters.end(), {it->second, {}});
    c->second.push_back(a);
  }
  for (std::size_t i = 0; i < clusters.size(); ++i) {
    out << "  subgraph \"cluster_" << i << "\" {\n"
        << "    graph [label=" << dot(clusters[i].first)
        << ", style=\"rounded,dashed\", color=\"#999999\"];\n";
    for (const auto a : clusters[i].second)
      dot_node(out, "    ", g[a]);
    out << "  }\n";
  }
  for (const auto a : loose)
    dot_node(out, "  ", g[a]);
  for (const auto r : s.relations) {
    const auto& rel = g.relation_at(r);
    const auto colour = sign_colour(rel.polarity());
    const auto status = relation_status(g, r);
    const auto id = relation_id(g, r);
    out << "  " << dot(g[rel.source].id.view()) << " -> " << dot(g[rel.target].id.view())
        << " [label=" << dot(to_string(rel.kind)) << ", color=\"" << colour << "\", fontcolor=\""
        << colour << '"';
    if (!rel.directed()) out << ", dir=none";
    if (status != statement_status::fact) out << ", style=dashed";
    if (rel.weight != 1.0F) out << ", penwidth=" << number(0.5F + 1.5F * rel.weight);
    if (!id.empty()) out << ", id=" << dot(id);
    out << ", kind=" << dot(to_string(rel.kind)) << ", sign=" << to_int(rel.polarity())
        << ", when=" << dot(to_string(rel.when)) << ", status=" << dot(to_string(status)) << "];\n";
  }
  out << "}\n";
}

// --- neo4j ---------------------------------------------------------------------------------------

std::string capitalised(std::string_view text) {
  std::string out(text);
  if (!out.empty() && out.front() >= 'a' && out.front() <= 'z')
    out.front() = static_cast<char>(out.front() - 'a' + 'A');
  return out;
}

std::string upper(std::string_view text) {
  std::string out(text);
  for (auto& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// neo4j-admin import reads RFC 4180 with LF line ends.
constexpr csv_layout neo4j_csv{.quoting = csv_quoting::minimal, .line_end = "\n"};

void neo4j_actors(const subgraph& s, std::ostream& out) {
  const auto& g = *s.graph;
  csv_writer w(out, neo4j_csv);
  w.row({"id:ID", "name", "kind", ":LABEL"});
  for (const auto a : s.actors) {
    const auto& who = g[a];
    w.field(who.id.view()).field(who.name).field(to_string(who.kind));
    w.field("Actor;" + capitalised(to_string(who.kind))).end_row();
  }
}

void neo4j_relations(const subgraph& s, std::ostream& out) {
  const auto& g = *s.graph;
  csv_writer w(out, neo4j_csv);
  w.row({":START_ID", ":END_ID", ":TYPE", "sign:int", "start", "end", "weight:float", "id"});
  for (const auto r : s.relations) {
    const auto& rel = g.relation_at(r);
    w.field(g[rel.source].id.view()).field(g[rel.target].id.view());
    w.field(upper(to_string(rel.kind))).number(to_int(rel.polarity()));
    w.field(optional_date(rel.when.start())).field(optional_date(rel.when.end()));
    w.field(number(rel.weight)).field(relation_id(g, r)).end_row();
  }
}

}  // namespace

// --- public --------------------------------------------------------------------------------------

subgraph detail::make_subgraph(const knowledge_graph& g, std::vector<actor_index> actors,
                               std::vector<relation_index> relations, isolated_actors isolated) {
  std::sort(relations.begin(), relations.end());
  if (isolated == isolated_actors::drop) {
    std::vector<bool> touched(g.num_actors(), false);
    for (const auto r : relations) {
      touched[g.relation_at(r).source] = true;
      touched[g.relation_at(r).target] = true;
    }
    std::erase_if(actors, [&](actor_index a) { return a >= touched.size() || !touched[a]; });
  }
  return subgraph{&g, std::move(actors), std::move(relations)};
}

subgraph subgraph_of(const knowledge_graph& g, isolated_actors isolated) {
  std::vector<actor_index> actors(g.num_actors());
  for (std::size_t i = 0; i < actors.size(); ++i)
    actors[i] = static_cast<actor_index>(i);
  std::vector<relation_index> relations(g.num_relations());
  for (std::size_t i = 0; i < relations.size(); ++i)
    relations[i] = static_cast<relation_index>(i);
  return detail::make_subgraph(g, std::move(actors), std::move(relations), isolated);
}

void write_graphml(const subgraph& s, std::ostream& out, const export_options& options) {
  check_subgraph(s);
  check_texts(s, options, "GraphML");
  graphml(s, out, options);
}

void write_gexf(const subgraph& s, std::ostream& out, const export_options& options) {
  check_subgraph(s);
  check_texts(s, options, "GEXF");
  gexf(s, out, options);
}

void write_dot(const subgraph& s, std::ostream& out, const export_options& options) {
  check_subgraph(s);
  check_texts(s, options, "DOT");
  dot_graph(s, out, options);
}

void write_neo4j(const subgraph& s, const std::filesystem::path& folder) {
  check_subgraph(s);
  check_texts(s, {}, "neo4j CSV");
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec) {
    throw data_error(errc::io_error, "cannot create the folder: " + ec.message(),
                     location{folder.string(), 0, 0, {}});
  }
  // Both files complete before either replaces its old version (docs/reliability.md).
  detail::atomic_files files;
  files.write(folder / "actors.csv", [&](std::ostream& out) { neo4j_actors(s, out); });
  files.write(folder / "relations.csv", [&](std::ostream& out) { neo4j_relations(s, out); });
  files.commit();
}

knowledge_graph copy_subgraph(const subgraph& s) {
  check_subgraph(s);
  const auto& g = *s.graph;
  knowledge_graph out(g.options());
  // The sources the kept relations cite, in bibliography order.
  std::vector<bool> cited(g.num_sources(), false);
  for (const auto r : s.relations) {
    for (const auto& c : g.citations_of(r)) {
      if (const auto i = g.find_source(c.source)) cited[i->value()] = true;
    }
  }
  for (std::size_t i = 0; i < cited.size(); ++i) {
    if (cited[i]) out.add_source(g.sources()[i]);
  }
  for (const auto a : s.actors)
    out.add_actor(g[a]);
  for (const auto r : s.relations) {
    const auto& rel = g.relation_at(r);
    const statement_ref ref{r};
    const auto citations = g.citations_of(ref);
    const auto quantities = g.quantities_of(ref);
    // The CSV format attaches citations and quantities to a statement by its id, so a relation
    // that has them but no id (the pair relations derived from real datasets) gets one made from
    // its index in the source graph, unless that id is taken.
    std::string id(g.id_of(ref));
    if (id.empty() && (!citations.empty() || !quantities.empty())) {
      id = "relation-" + to_string(r);
      if (g.find_statement(id)) id.clear();
    }
    out.add_relation({.source = g[rel.source].id,
                      .target = g[rel.target].id,
                      .kind = rel.kind,
                      .when = rel.when,
                      .weight = rel.weight,
                      .subkind = rel.subkind,
                      .info = {.id = std::move(id),
                               .status = g.status_of(ref),
                               .citations = {citations.begin(), citations.end()},
                               .quantities = {quantities.begin(), quantities.end()},
                               .note = std::string(g.note_of(ref))}});
  }
  return out;
}

void write_export(const subgraph& s, export_format format, const std::filesystem::path& path,
                  const export_options& options) {
  switch (format) {
    case export_format::neo4j:
      write_neo4j(s, path);
      return;
    case export_format::csv:
      write_csv(copy_subgraph(s), path);
      return;
    case export_format::json:
      write_json(copy_subgraph(s), path);
      return;
    case export_format::graphml:
    case export_format::gexf:
    case export_format::dot:
      break;
  }
  // Checked before the temporary file is created, so that a bad subgraph leaves nothing behind.
  check_subgraph(s);
  check_texts(s, options,
              format == export_format::graphml ? "GraphML"
              : format == export_format::gexf  ? "GEXF"
                                               : "DOT");
  write_atomically(path, [&](std::ostream& out) { write_export(s, format, out, options); });
}

void write_export(const subgraph& s, export_format format, std::ostream& out,
                  const export_options& options) {
  switch (format) {
    case export_format::graphml:
      write_graphml(s, out, options);
      return;
    case export_format::gexf:
      write_gexf(s, out, options);
      return;
    case export_format::dot:
      write_dot(s, out, options);
      return;
    case export_format::json:
      write_json(copy_subgraph(s), out);
      return;
    case export_format::neo4j:
    case export_format::csv:
      break;
  }
  throw data_error(errc::invalid_value, "cannot write " + std::string(to_string(format)) +
                                            " to a stream: it writes a folder");
}

}  // namespace geokg::io
