// SPDX-License-Identifier: MIT
// export, render: the graph or its snapshot at a date for other tools (geokg/io/export.hpp), and
// drawn as a picture with Graphviz's library.

#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>

#include <geokg/analysis.hpp>
#include <geokg/io/export.hpp>

#ifdef GEOKG_HAVE_GRAPHVIZ
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#endif

#include "commands.hpp"
#include "session.hpp"

namespace geokg::cli {

namespace {

namespace fs = std::filesystem;

/// Keeps the actors of one kind (all when `kind` is empty): the vertex filter of `--only`.
struct actor_kind_filter {
  const knowledge_graph* graph = nullptr;
  std::optional<actor_kind> kind;
  bool operator()(knowledge_graph::vertex v) const {
    return !kind || (*graph)[static_cast<actor_index>(v)].kind == *kind;
  }
};

/// What export and render select: every relation, or those active at a date; actors of one kind.
struct selection_args {
  std::string at;
  std::string only;
};

/// The parsed selection, checked before any data is read.
struct selection {
  std::optional<date> at;
  std::optional<actor_kind> only;
};

selection parse_selection(const selection_args& args) {
  selection out;
  if (!args.at.empty()) out.at = parse_date_argument(args.at, "--at");
  if (!args.only.empty()) {
    out.only = parse_actor_kind(args.only);
    if (!out.only) throw usage_error("unknown actor kind '" + args.only + "' for --only");
  }
  return out;
}

// The whole graph (actors of the kind), or at a date the relations active then and the actors
// they touch: the snapshot's picture, without the actors that had no tie that day.
io::subgraph select_subgraph(const knowledge_graph& g, const selection& sel) {
  const actor_kind_filter filter{&g, sel.only};
  if (sel.at) {
    const relation_view<is_active_at, actor_kind_filter> view(
        g.graph(), edge_filter<is_active_at>{&g, is_active_at{*sel.at}}, filter);
    return io::subgraph_of(view, io::isolated_actors::drop);
  }
  const relation_view<any_relation, actor_kind_filter> view(
      g.graph(), edge_filter<any_relation>{&g, any_relation{}}, filter);
  return io::subgraph_of(view, io::isolated_actors::keep);
}

std::string title_of(const selection& sel) {
  if (!sel.at) return {};
  std::string title = "relations active at " + to_string(*sel.at);
  if (sel.only) title += " among " + std::string(to_string(*sel.only)) + " actors";
  return title;
}

// The signed 2-bloc partition of the snapshot (analysis::signed_blocs), as DOT cluster labels.
std::map<actor_index, std::string> signed_bloc_labels(const knowledge_graph& g, date at,
                                                      std::optional<actor_kind> only) {
  analysis::snapshot_options snap;
  snap.only = only;
  snap.drop_isolated = true;
  const auto sg = analysis::signed_snapshot(g, at, snap);
  std::map<actor_index, std::string> labels;
  if (sg.num_vertices() == 0) return labels;
  const auto blocs = analysis::signed_blocs(sg, 2);
  for (std::size_t v = 0; v < sg.num_vertices(); ++v)
    labels.emplace(sg.actors[v], "bloc " + std::to_string(blocs.group[v]));
  return labels;
}

std::string counts_text(const io::subgraph& s) {
  return std::to_string(s.actors.size()) + " actors and " + std::to_string(s.relations.size()) +
         " relations";
}

struct export_args {
  selection_args select;
  std::string format;
  std::string output;
  bool blocs = false;
  bool mixed = false;
};

int run_export(const input_options& options, const export_args& args) {
  const auto format = io::parse_export_format(args.format);
  if (!format) throw usage_error("unknown export format '" + args.format + "'");
  const auto sel = parse_selection(args.select);
  const bool to_stdout = args.output == "-";
  if (to_stdout && io::writes_folder(*format)) {
    throw usage_error("--format " + args.format +
                      " writes a folder: give one with -o, not - (standard output)");
  }
  if (args.blocs && (*format != io::export_format::dot || !sel.at))
    throw usage_error("--blocs needs --format dot and --at");
  if (args.mixed && *format != io::export_format::graphml && *format != io::export_format::gexf)
    throw usage_error("--mixed applies to --format graphml and gexf only");
  auto s = open_session(options, std::cerr);
  if (!s) return exit_data_error;
  const auto sub = select_subgraph(s->graph, sel);
  io::export_options eo{
      .title = title_of(sel),
      .direction = args.mixed ? io::edge_direction::mixed : io::edge_direction::attribute};
  if (args.blocs) eo.blocs = signed_bloc_labels(s->graph, *sel.at, sel.only);
  if (to_stdout) {
    io::write_export(sub, *format, std::cout, eo);
    std::cout.flush();
  } else {
    io::write_export(sub, *format, fs::path(args.output), eo);
    if (!s->quiet) {
      std::cout << "wrote " << counts_text(sub) << " to " << args.output << " ("
                << io::to_string(*format) << ")\n";
    }
  }
  return s->finish(exit_ok);
}

struct render_args {
  selection_args select;
  std::string output;
  std::string layout = "fdp";
  bool blocs = false;
};

#ifdef GEOKG_HAVE_GRAPHVIZ

// Lays out and renders DOT text with Graphviz's library; returns the image's bytes.
std::string render_dot(const std::string& dot, const std::string& layout,
                       const std::string& image_format) {
  agseterr(AGERR);  // Graphviz's warnings (fonts, overlaps) are not the user's problem
  const std::unique_ptr<GVC_t, int (*)(GVC_t*)> gvc(gvContext(), &gvFreeContext);
  if (!gvc) throw error("Graphviz: cannot create a context");
  const std::unique_ptr<Agraph_t, int (*)(Agraph_t*)> graph(agmemread(dot.c_str()), &agclose);
  if (!graph) throw error("Graphviz cannot read the DOT text (a geokg bug)");
  if (gvLayout(gvc.get(), graph.get(), layout.c_str()) != 0)
    throw error("Graphviz: layout '" + layout + "' failed");
  char* data = nullptr;
  unsigned int length = 0;
  const int rendered = gvRenderData(gvc.get(), graph.get(), image_format.c_str(), &data, &length);
  std::string image = rendered == 0 && data != nullptr ? std::string(data, length) : std::string{};
  if (data != nullptr) gvFreeRenderData(data);
  gvFreeLayout(gvc.get(), graph.get());
  if (rendered != 0) throw error("Graphviz: cannot render " + image_format);
  return image;
}

#endif

int run_render(const input_options& options, const render_args& args) {
  const auto sel = parse_selection(args.select);
  const auto extension = fs::path(args.output).extension().string();
  const std::string image_format = extension == ".svg"   ? "svg"
                                   : extension == ".png" ? "png"
                                   : extension == ".pdf" ? "pdf"
                                                         : "";
  if (image_format.empty()) {
    throw usage_error("cannot tell the image format of '" + args.output +
                      "': name the file .svg, .png or .pdf");
  }
#ifdef GEOKG_HAVE_GRAPHVIZ
  auto s = open_session(options, std::cerr);
  if (!s) return exit_data_error;
  const auto sub = select_subgraph(s->graph, sel);
  io::export_options eo{.title = title_of(sel)};
  if (args.blocs) eo.blocs = signed_bloc_labels(s->graph, *sel.at, sel.only);
  std::ostringstream dot;
  io::write_dot(sub, dot, eo);
  const auto image = render_dot(dot.str(), args.layout, image_format);
  io::write_atomically(args.output, [&](std::ostream& out) {
    out.write(image.data(), static_cast<std::streamsize>(image.size()));
  });
  if (!s->quiet) std::cout << "drew " << counts_text(sub) << " to " << args.output << '\n';
  return s->finish(exit_ok);
#else
  (void)options;  // the arguments are still checked, so that usage errors come first
  (void)sel;
  std::cerr << "geokg: error: this geokg was built without Graphviz (libgraphviz-dev), so it "
               "cannot render; use  geokg export --format dot -o graph.dot ...  then  dot -T"
            << image_format << " graph.dot -o " << args.output << '\n';
  return exit_data_error;
#endif
}

void add_selection_options(CLI::App& cmd, selection_args& args, bool at_required) {
  auto* at = cmd.add_option("--at", args.at,
                            "Only the relations active at this date, and the actors they touch");
  if (at_required) at->required();
  cmd.add_option("--only", args.only,
                 "Only actors of this kind (state, organisation, group, person, other) and the "
                 "relations among them");
}

}  // namespace

void add_export_commands(CLI::App& app, command_result& result) {
  {
    auto options = std::make_shared<input_options>();
    auto args = std::make_shared<export_args>();
    auto* cmd = app.add_subcommand(
        "export",
        "Write the graph, or its snapshot at a date, as GraphML, GEXF, DOT, neo4j "
        "CSVs, or geokg JSON/CSV");
    // `export` writes a dataset, not a report, so the common text|json|csv --format is left out
    // and --format names the file format instead.
    cmd->add_option("--format", args->format,
                    "File format: graphml, gexf, dot, json, csv (a folder) or neo4j (a folder)")
        ->required()
        ->check(CLI::IsMember({"graphml", "gexf", "dot", "json", "csv", "neo4j"}));
    cmd->add_option("-o,--output", args->output,
                    "The file (or folder, for csv and neo4j) to write; - for standard output")
        ->required();
    add_selection_options(*cmd, args->select, false);
    cmd->add_flag("--blocs", args->blocs,
                  "dot: group the actors into the signed 2-bloc partition at --at");
    cmd->add_flag("--mixed", args->mixed,
                  "graphml, gexf: directed kinds as directed edges (Gephi, yEd; networkx "
                  "refuses such mixed graphs)");
    add_input_options(*cmd, *options, false);
    cmd->callback([&result, options, args] { result.code = run_export(*options, *args); });
  }
  {
    auto options = std::make_shared<input_options>();
    auto args = std::make_shared<render_args>();
    auto* cmd = app.add_subcommand(
        "render", "Draw the relations active at a date (SVG, PNG or PDF, with Graphviz)");
    add_selection_options(*cmd, args->select, true);
    cmd->add_option("-o,--output", args->output, "The image: FILE.svg, FILE.png or FILE.pdf")
        ->required();
    cmd->add_flag("--blocs", args->blocs,
                  "Group the actors into the signed 2-bloc partition (analysis::signed_blocs)");
    cmd->add_option("--layout", args->layout, "Graphviz layout engine")
        ->check(CLI::IsMember({"fdp", "dot", "neato", "sfdp", "circo", "twopi"}))
        ->capture_default_str();
    add_input_options(*cmd, *options, false);
    cmd->callback([&result, options, args] { result.code = run_render(*options, *args); });
  }
}

}  // namespace geokg::cli
