#pragma once
// SPDX-License-Identifier: MIT
// Exporting a knowledge graph, or a view of it, to other tools: GraphML (yEd, Gephi, networkx),
// GEXF 1.3 (Gephi), Graphviz DOT, neo4j bulk-import CSVs, and geokg's own JSON and CSV.

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/graph/graph_traits.hpp>

#include "geokg/core/detail/enum_names.hpp"
#include "geokg/core/knowledge_graph.hpp"
#include "geokg/core/predicates.hpp"
#include "geokg/core/views.hpp"

namespace geokg::io {

/// The formats `write_export` writes.
enum class export_format : std::uint8_t {
  graphml,  ///< GraphML: one file (yEd, Gephi, networkx, igraph, Cytoscape).
  gexf,     ///< GEXF 1.3 with relations' and actors' time spans: one file (Gephi's timeline).
  dot,      ///< Graphviz DOT, edges coloured by sign: one file.
  neo4j,    ///< neo4j-admin bulk import: a folder with `actors.csv` and `relations.csv`.
  json,     ///< geokg JSON of the subgraph (docs/format.md): one file.
  csv,      ///< geokg CSV dataset of the subgraph (docs/format.md): a folder.
};

namespace detail {
/// The canonical names of the `export_format` values, in declaration order.
inline constexpr auto export_format_names =
    geokg::detail::enum_names<export_format, export_format::csv>("graphml", "gexf", "dot", "neo4j",
                                                                 "json", "csv");
}  // namespace detail

/// "graphml", "gexf", "dot", "neo4j", "json" or "csv".
constexpr std::string_view to_string(export_format f) noexcept {
  return geokg::detail::enum_name(detail::export_format_names, f);
}

/// Parses a format from its name (as `to_string` writes it); nullopt otherwise.
constexpr std::optional<export_format> parse_export_format(std::string_view text) noexcept {
  return geokg::detail::parse_enum_name<export_format>(detail::export_format_names, text);
}

/// Whether a format writes a folder of files (neo4j, csv) rather than one file.
constexpr bool writes_folder(export_format f) noexcept {
  return f == export_format::neo4j || f == export_format::csv;
}

/// Whether `subgraph_of` keeps the actors that no selected relation touches.
enum class isolated_actors : std::uint8_t {
  keep,  ///< Every actor of the graph or view (the default).
  drop,  ///< Only actors with at least one selected relation: a snapshot's picture.
};

/// What an export writes: some actors and relations of one knowledge graph, by index.
///
/// Build it with `subgraph_of` from a graph or any `relation_view`, or fill it by hand. It refers
/// to the graph and must not outlive it. Every relation's two actors must be among `actors`.
struct subgraph {
  const knowledge_graph* graph = nullptr;   ///< The graph the indices refer to.
  std::vector<actor_index> actors{};        ///< The actors, written in this order.
  std::vector<relation_index> relations{};  ///< The relations, written in this order.
};

namespace detail {
/// The step shared by both `subgraph_of` overloads: sorts the relations by index and, under
/// `isolated_actors::drop`, leaves out the actors they do not touch.
subgraph make_subgraph(const knowledge_graph& g, std::vector<actor_index> actors,
                       std::vector<relation_index> relations, isolated_actors isolated);
}  // namespace detail

/// The whole graph: every actor and every relation, in index order.
subgraph subgraph_of(const knowledge_graph& g, isolated_actors isolated = isolated_actors::keep);

/// The actors and relations of a view (any `relation_view`: `active_at(g, d)`, `of_kinds(g, k)`,
/// a view with a vertex filter, a user predicate), in index order. O(V + E log E) of the view;
/// the graph is read, never copied.
///
/// **Example**
/// ```
/// auto s = geokg::io::subgraph_of(geokg::active_at(g, *geokg::parse_date("2023-08-19")),
///                                 geokg::io::isolated_actors::drop);
/// geokg::io::write_export(s, geokg::io::export_format::graphml, "east_asia_2023.graphml");
/// ```
template <relation_predicate P, class VertexFilter>
subgraph subgraph_of(const relation_view<P, VertexFilter>& view,
                     isolated_actors isolated = isolated_actors::keep) {
  return detail::make_subgraph(graph_of(view), actor_indices_of(view), relation_indices_of(view),
                               isolated);
}

/// How GraphML and GEXF files say which relations are directed.
enum class edge_direction : std::uint8_t {
  /// Every edge is undirected in the file (`edgedefault="undirected"`), and a boolean `directed`
  /// attribute says whether its kind is directed (source acts on target). networkx, igraph and
  /// Gephi read it; the default, since networkx refuses graphs that mix the two.
  attribute,
  /// As `attribute`, and directed kinds are also directed edges of the file (GraphML
  /// `directed="true"`, GEXF `type="directed"`): Gephi and yEd draw their arrows, but
  /// `networkx.read_graphml` and `read_gexf` reject such mixed graphs.
  mixed,
};

/// Options of the GraphML, GEXF and DOT writers.
struct export_options {
  /// A title: GraphML graph attribute `title`, GEXF `<description>`, DOT graph label.
  std::string title{};
  edge_direction direction = edge_direction::attribute;
  /// DOT only: a bloc label per actor. Actors with a label are drawn in one cluster per label,
  /// clusters in order of first appearance among the subgraph's actors; the others outside.
  std::map<actor_index, std::string> blocs{};
};

/// Writes GraphML: a node per actor (id = actor id; data `name`, `label` (= name, shown by Gephi),
/// `kind`, `existence`), an edge per relation, source to target (id = relation id when it has one;
/// data `id`, `kind`, `sign` (int -1, 0, 1), `start`, `end` (geokg dates, left out when open),
/// `weight` (double), `status`, `directed` (boolean)).
/// @throws data_error `invalid_value` if `s` is malformed (an index out of range, a relation whose
/// actor is not in `s.actors`); `invalid_encoding` if a name or the title is not valid UTF-8 or
/// holds a control character that XML cannot carry. Nothing is written then.
void write_graphml(const subgraph& s, std::ostream& out, const export_options& options = {});

/// Writes GEXF 1.3 with time: a dynamic graph (`timeformat="date"`) in which each relation has
/// its span as `start`/`end` and each actor its existence (`start`/`end`, or `<spells>` for
/// several spells). GEXF spans are inclusive, so a geokg end (exclusive) becomes the day before;
/// dates of year or month precision stand for their first day. Node id = actor id, label = name,
/// attributes `kind`, `existence`; edge id = relation id (when it has one), label and GEXF `kind`
/// (which tells parallel edges apart) = the relation kind, `weight`, attributes `sign`, `when` (the
/// geokg interval, precision kept), `status`, `directed`.
/// @throws data_error as `write_graphml`.
void write_gexf(const subgraph& s, std::ostream& out, const export_options& options = {});

/// Writes Graphviz DOT: a `digraph` in which undirected kinds have `dir=none`; positive relations
/// green, negative red, neutral grey; relations not established as fact dashed; edge label = kind;
/// `options.blocs` as clusters. Extra attributes (`kind`, `sign`, `start`, `end`, `status`) are
/// kept for tools that read DOT (pydot, networkx); Graphviz ignores them.
/// @throws data_error as `write_graphml`.
void write_dot(const subgraph& s, std::ostream& out, const export_options& options = {});

/// Writes the two files of `neo4j-admin database import` into `folder` (created if needed), each
/// atomically: `actors.csv` (`id:ID,name,kind,:LABEL`, labels `Actor` and the kind, e.g.
/// `Actor;State`) and `relations.csv`
/// (`:START_ID,:END_ID,:TYPE,sign:int,start,end,weight:float,id`, type = the kind in capitals, e.g.
/// `ALLIANCE`; open ends empty, so the property is absent).
/// @throws data_error as `write_graphml`; `io_error` if a file cannot be written.
void write_neo4j(const subgraph& s, const std::filesystem::path& folder);

/// A new knowledge graph holding the subgraph: its actors, its relations (with ids, status,
/// citations, quantities and notes) and the sources they cite. This is the one export that copies:
/// geokg's JSON and CSV writers take a whole `knowledge_graph`, and the subgraph is a new dataset.
/// Events, claims and relations' links to events are left out, since they may involve actors or
/// statements outside the subgraph; write the whole graph with `write_json` to keep them. A
/// relation without an id that has citations or quantities (the pair relations derived from real
/// datasets) gets the id `relation-<its index in the source graph>`, so that geokg's CSV tables can
/// attach them to it.
/// @throws data_error `invalid_value` if `s` is malformed.
knowledge_graph copy_subgraph(const subgraph& s);

/// Writes `s` in `format` to `path`: a file, or a folder for `writes_folder(format)`. Files are
/// written atomically (to a temporary file beside them, then renamed), so a failed export leaves
/// no half-written file. json and csv go through `copy_subgraph` and `write_json`/`write_csv`.
/// @throws data_error as the writer of the format; `io_error` if the path cannot be written.
void write_export(const subgraph& s, export_format format, const std::filesystem::path& path,
                  const export_options& options = {});

/// Writes `s` in a one-file format to a stream.
/// @throws data_error `invalid_value` for a folder format (neo4j, csv); else as the format's
/// writer.
void write_export(const subgraph& s, export_format format, std::ostream& out,
                  const export_options& options = {});

}  // namespace geokg::io
