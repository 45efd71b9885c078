// SPDX-License-Identifier: MIT
// balance, blocs, centrality: analyses of the signed snapshot at a date (geokg::analysis).

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <geokg/analysis.hpp>

#include "commands.hpp"
#include "session.hpp"

namespace geokg::cli {

namespace {

struct balance_args {
  std::string at;
  std::string only;
  double time_limit = 60.0;
};

int run_balance(const input_options& options, const balance_args& args) {
  auto s = open_session(options, std::cerr);
  if (!s) return exit_data_error;
  analysis::snapshot_options snap;
  if (!args.only.empty()) {
    snap.only = parse_actor_kind(args.only);
    if (!snap.only) throw usage_error("unknown actor kind '" + args.only + "' for --only");
  }
  snap.drop_isolated = true;
  const auto at = parse_date_argument(args.at, "--at");
  const auto sg = analysis::signed_snapshot(s->graph, at, snap);
  const auto triads = analysis::count_triads(sg);
  const auto f = analysis::frustration_index(sg, {.time_limit_seconds = args.time_limit});
  if (s->format == output_format::text) {
    std::cout << "signed network at " << to_string(at) << ": " << sg.num_vertices() << " actors, "
              << sg.num_positive() << " positive and " << sg.num_edges() - sg.num_positive()
              << " negative ties\n\n";
    std::cout << analysis::to_string(triads) << '\n' << analysis::to_string(f, sg, s->graph);
    return s->finish(exit_ok);
  }
  table t({"at", "actors", "positive_edges", "negative_edges", "+++", "++-", "+--", "---",
           "balanced", "unbalanced", "frustration", "frustration_lower", "frustration_upper",
           "optimal"});
  for (const char* c :
       {"actors", "positive_edges", "negative_edges", "+++", "++-", "+--", "---", "balanced",
        "unbalanced", "frustration", "frustration_lower", "frustration_upper"}) {
    t.numeric(c);
  }
  if (s->format == output_format::csv) {
    t.add({to_string(at), std::to_string(sg.num_vertices()), std::to_string(sg.num_positive()),
           std::to_string(sg.num_edges() - sg.num_positive()), std::to_string(triads.ppp),
           std::to_string(triads.ppn), std::to_string(triads.pnn), std::to_string(triads.nnn),
           std::to_string(triads.balanced()), std::to_string(triads.unbalanced()),
           std::to_string(f.value), std::to_string(f.lower), std::to_string(f.upper),
           f.optimal ? "true" : "false"});
    t.print(std::cout, s->format);
    return s->finish(exit_ok);
  }
  json_writer w(std::cout);
  w.begin_object();
  w.key("at").value(to_string(at));
  w.key("actors").value(static_cast<std::uint64_t>(sg.num_vertices()));
  w.key("positive_edges").value(static_cast<std::uint64_t>(sg.num_positive()));
  w.key("negative_edges").value(static_cast<std::uint64_t>(sg.num_edges() - sg.num_positive()));
  w.key("triads").begin_object();
  w.key("+++")
      .value(triads.ppp)
      .key("++-")
      .value(triads.ppn)
      .key("+--")
      .value(triads.pnn)
      .key("---")
      .value(triads.nnn);
  w.end_object();
  w.key("balanced").value(triads.balanced()).key("unbalanced").value(triads.unbalanced());
  w.key("frustration").begin_object();
  w.key("value")
      .value(f.value)
      .key("lower")
      .value(f.lower)
      .key("upper")
      .value(f.upper)
      .key("optimal")
      .value(f.optimal);
  w.end_object();
  w.end_object();
  std::cout << '\n';
  return s->finish(exit_ok);
}

// --- shared by blocs and centrality --------------------------------------------------------------

// The signed snapshot every analysis command works on: the default collapse rule, actors without
// a signed tie left out (as `balance`), optionally one actor kind.
analysis::signed_graph analysis_snapshot(const session& s, date at, const std::string& only) {
  analysis::snapshot_options snap;
  if (!only.empty()) {
    snap.only = parse_actor_kind(only);
    if (!snap.only) throw usage_error("unknown actor kind '" + only + "' for --only");
  }
  snap.drop_isolated = true;
  return analysis::signed_snapshot(s.graph, at, snap);
}

void network_summary(std::ostream& out, date at, const analysis::signed_graph& sg) {
  out << "signed network at " << to_string(at) << ": " << sg.num_vertices() << " actors, "
      << sg.num_positive() << " positive and " << sg.num_negative() << " negative ties\n";
}

void network_fields(json_writer& w, date at, const analysis::signed_graph& sg) {
  w.key("at").value(to_string(at));
  w.key("actors").value(static_cast<std::uint64_t>(sg.num_vertices()));
  w.key("positive_edges").value(static_cast<std::uint64_t>(sg.num_positive()));
  w.key("negative_edges").value(static_cast<std::uint64_t>(sg.num_negative()));
}

// Shortest round-trip text of a double, for CSV (the JSON writer does the same).
std::string exact(double x) {
  char buffer[64];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, x);
  return ec == std::errc() ? std::string(buffer, end) : std::string();
}

std::string fixed6(double x) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.6f", x);
  return buffer;
}

// --- blocs ---------------------------------------------------------------------------------------

struct blocs_args {
  std::string at;
  std::string since;
  std::string only;
  int k = 2;
  std::uint64_t seed = 1;
  double resolution = 1.0;
  double time_limit = 60.0;
};

// The three partitions of one snapshot.
struct bloc_set {
  analysis::signed_graph sg;
  analysis::component_partition components;
  analysis::community_partition communities;
  analysis::bloc_partition signed_blocs;
};

bloc_set compute_blocs(const session& s, date at, const blocs_args& args) {
  bloc_set b;
  b.sg = analysis_snapshot(s, at, args.only);
  b.components = analysis::positive_components(b.sg);
  b.communities =
      analysis::louvain_communities(b.sg, {.resolution = args.resolution, .seed = args.seed});
  b.signed_blocs = analysis::signed_blocs(b.sg, args.k, {.time_limit_seconds = args.time_limit});
  return b;
}

// The actor ids of each label, label by label (members in vertex order).
std::vector<std::vector<std::string>> members_by_label(const std::vector<int>& label, int count,
                                                       const analysis::signed_graph& sg,
                                                       const knowledge_graph& g) {
  std::vector<std::vector<std::string>> out(static_cast<std::size_t>(std::max(count, 0)));
  for (std::size_t v = 0; v < label.size(); ++v)
    out[static_cast<std::size_t>(label[v])].push_back(g[sg.actors[v]].id.str());
  return out;
}

void write_id_list(json_writer& w, const std::vector<std::string>& ids) {
  w.begin_array();
  for (const auto& id : ids)
    w.value(id);
  w.end_array();
}

void write_blocs(json_writer& w, const std::vector<int>& label, int count,
                 const analysis::signed_graph& sg, const knowledge_graph& g) {
  w.key("blocs").begin_array();
  for (const auto& ids : members_by_label(label, count, sg, g))
    write_id_list(w, ids);
  w.end_array();
}

// A bloc of a membership as its actor ids.
std::vector<std::string> bloc_ids(const analysis::bloc_membership& m, int bloc,
                                  const knowledge_graph& g) {
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < m.actors.size(); ++i) {
    if (m.bloc[i] == bloc) ids.push_back(g[m.actors[i]].id.str());
  }
  return ids;
}

void write_changes(json_writer& w, const analysis::bloc_change_report& r,
                   const analysis::bloc_membership& before, const analysis::bloc_membership& after,
                   const knowledge_graph& g) {
  w.begin_object();
  w.key("unchanged").value(r.unchanged());
  w.key("merged").begin_array();
  for (const auto& m : r.merged) {
    w.begin_object().key("from").begin_array();
    for (const int b : m.before)
      write_id_list(w, bloc_ids(before, b, g));
    w.end_array().key("into");
    write_id_list(w, bloc_ids(after, m.after, g));
    w.end_object();
  }
  w.end_array();
  w.key("split").begin_array();
  for (const auto& sp : r.split) {
    w.begin_object().key("from");
    write_id_list(w, bloc_ids(before, sp.before, g));
    w.key("into").begin_array();
    for (const int a : sp.after)
      write_id_list(w, bloc_ids(after, a, g));
    w.end_array().end_object();
  }
  w.end_array();
  w.key("moved").begin_array();
  for (const auto& m : r.moved) {
    w.begin_object().key("actor").value(g[m.actor].id.str()).key("from");
    write_id_list(w, bloc_ids(before, m.before, g));
    w.key("to");
    write_id_list(w, bloc_ids(after, m.after, g));
    w.end_object();
  }
  w.end_array();
  const auto ids = [&](const std::vector<actor_index>& actors) {
    std::vector<std::string> out;
    for (const actor_index a : actors)
      out.push_back(g[a].id.str());
    return out;
  };
  w.key("joined");
  write_id_list(w, ids(r.joined));
  w.key("left");
  write_id_list(w, ids(r.left));
  w.key("appeared").begin_array();
  for (const int a : r.appeared)
    write_id_list(w, bloc_ids(after, a, g));
  w.end_array();
  w.key("vanished").begin_array();
  for (const int b : r.vanished)
    write_id_list(w, bloc_ids(before, b, g));
  w.end_array();
  w.end_object();
}

int run_blocs(const input_options& options, const blocs_args& args) {
  auto s = open_session(options, std::cerr);
  if (!s) return exit_data_error;
  const auto& g = s->graph;
  const auto at = parse_date_argument(args.at, "--at");
  const auto now = compute_blocs(*s, at, args);
  // With --since, the components and communities of the earlier date, compared actor by actor.
  std::optional<date> since;
  std::optional<bloc_set> then;
  if (!args.since.empty()) {
    since = parse_date_argument(args.since, "--since");
    then = compute_blocs(*s, *since, args);
  }
  const auto changes = [&](auto partition_of) {
    const auto before = analysis::membership(then->sg, partition_of(*then));
    const auto after = analysis::membership(now.sg, partition_of(now));
    return std::tuple{analysis::bloc_changes(before, after), before, after};
  };
  const auto components_of = [](const bloc_set& b) { return b.components.component; };
  const auto communities_of = [](const bloc_set& b) { return b.communities.community; };

  if (s->format == output_format::text) {
    network_summary(std::cout, at, now.sg);
    std::cout << '\n'
              << analysis::to_string(now.components, now.sg, g) << '\n'
              << analysis::to_string(now.communities, now.sg, g) << '\n'
              << analysis::to_string(now.signed_blocs, now.sg, g);
    if (then) {
      for (const auto& [what, partition_of] : {std::pair{"positive components", +components_of},
                                               std::pair{"louvain communities", +communities_of}}) {
        const auto [r, before, after] = changes(partition_of);
        std::cout << '\n'
                  << what << " since " << to_string(*since) << ":\n"
                  << analysis::to_string(r, before, after, g);
      }
    }
    return s->finish(exit_ok);
  }
  if (s->format == output_format::csv) {
    table t({"id", "name", "component", "community", "signed_bloc"});
    for (std::size_t v = 0; v < now.sg.num_vertices(); ++v) {
      const auto& a = g[now.sg.actors[v]];
      t.add({a.id.str(), a.name, std::to_string(now.components.component[v]),
             std::to_string(now.communities.community[v]),
             std::to_string(now.signed_blocs.bloc[v])});
    }
    t.print(std::cout, s->format);
    return s->finish(exit_ok);
  }
  json_writer w(std::cout);
  w.begin_object();
  network_fields(w, at, now.sg);
  w.key("components").begin_object();
  w.key("count").value(now.components.count);
  write_blocs(w, now.components.component, now.components.count, now.sg, g);
  w.end_object();
  const auto& c = now.communities;
  w.key("communities").begin_object();
  w.key("count").value(c.count).key("modularity").value(c.modularity);
  w.key("levels").value(static_cast<std::uint64_t>(c.level_modularity.size()));
  w.key("resolution").value(c.options.resolution).key("seed").value(c.options.seed);
  write_blocs(w, c.community, c.count, now.sg, g);
  w.end_object();
  const auto& p = now.signed_blocs;
  w.key("signed_blocs").begin_object();
  w.key("k").value(p.k).key("value").value(p.value).key("lower").value(p.lower);
  w.key("upper").value(p.upper).key("optimal").value(p.optimal);
  w.key("blocs_used").value(p.blocs_used);
  write_blocs(w, p.bloc, p.blocs_used, now.sg, g);
  w.end_object();
  w.key("members").begin_array();
  for (std::size_t v = 0; v < now.sg.num_vertices(); ++v) {
    const auto& a = g[now.sg.actors[v]];
    w.begin_object().key("id").value(a.id.str()).key("name").value(a.name);
    w.key("component").value(now.components.component[v]);
    w.key("community").value(c.community[v]).key("signed_bloc").value(p.bloc[v]);
    w.end_object();
  }
  w.end_array();
  if (then) {
    w.key("changes").begin_object().key("since").value(to_string(*since));
    {
      const auto [r, before, after] = changes(components_of);
      w.key("components");
      write_changes(w, r, before, after, g);
    }
    {
      const auto [r, before, after] = changes(communities_of);
      w.key("communities");
      write_changes(w, r, before, after, g);
    }
    w.end_object();
  }
  w.end_object();
  std::cout << '\n';
  return s->finish(exit_ok);
}

// --- centrality ----------------------------------------------------------------------------------

struct centrality_args {
  std::string at;
  std::string only;
  std::string by = "pagerank";
  std::size_t top = 0;
  double damping = 0.85;
};

int run_centrality(const input_options& options, const centrality_args& args) {
  const auto by = analysis::parse_centrality_measure(args.by);
  if (!by) throw usage_error("unknown measure '" + args.by + "' for --by");
  auto s = open_session(options, std::cerr);
  if (!s) return exit_data_error;
  const auto& g = s->graph;
  const auto at = parse_date_argument(args.at, "--at");
  const auto sg = analysis_snapshot(*s, at, args.only);
  const auto r = analysis::centrality(sg, {.damping = args.damping});
  auto order = analysis::ranking(r, *by);
  if (args.top != 0 && order.size() > args.top) order.resize(args.top);

  if (s->format == output_format::json) {
    json_writer w(std::cout);
    w.begin_object();
    network_fields(w, at, sg);
    w.key("by").value(analysis::to_string(*by));
    w.key("pagerank").begin_object();
    w.key("damping")
        .value(r.options.damping)
        .key("iterations")
        .value(std::uint64_t{r.pagerank.iterations});
    w.key("converged").value(r.pagerank.converged).end_object();
    w.key("eigenvector").begin_object();
    w.key("iterations").value(std::uint64_t{r.eigenvector.iterations});
    w.key("converged").value(r.eigenvector.converged).end_object();
    w.key("ranking").begin_array();
    for (std::size_t i = 0; i < order.size(); ++i) {
      const auto& c = r.vertices[order[i]];
      const auto& a = g[sg.actors[order[i]]];
      w.begin_object();
      w.key("rank").value(static_cast<std::uint64_t>(i + 1));
      w.key("id").value(a.id.str()).key("name").value(a.name);
      w.key("positive_degree").value(std::uint64_t{c.positive_degree});
      w.key("negative_degree").value(std::uint64_t{c.negative_degree});
      w.key("degree").value(std::uint64_t{c.degree()}).key("net_degree").value(c.net_degree());
      w.key("betweenness").value(c.betweenness);
      w.key("positive_betweenness").value(c.positive_betweenness);
      w.key("eigenvector").value(c.eigenvector).key("pagerank").value(c.pagerank);
      w.end_object();
    }
    w.end_array();
    w.end_object();
    std::cout << '\n';
    return s->finish(exit_ok);
  }
  const bool text = s->format == output_format::text;
  const auto number = [&](double x) { return text ? fixed6(x) : exact(x); };
  // Text fits an 80-column terminal: short headers and no name column (CSV and JSON have both).
  table t(text ? std::vector<std::string>{"rank", "actor", "deg+", "deg-", "deg", "net", "between",
                                          "between+", "eigen+", "pagerank+"}
               : std::vector<std::string>{"rank", "id", "name", "positive_degree",
                                          "negative_degree", "degree", "net_degree", "betweenness",
                                          "positive_betweenness", "eigenvector", "pagerank"});
  for (std::size_t i = 0; i < order.size(); ++i) {
    const auto& c = r.vertices[order[i]];
    const auto& a = g[sg.actors[order[i]]];
    std::vector<std::string> row{std::to_string(i + 1),
                                 a.id.str(),
                                 a.name,
                                 std::to_string(c.positive_degree),
                                 std::to_string(c.negative_degree),
                                 std::to_string(c.degree()),
                                 std::to_string(c.net_degree()),
                                 number(c.betweenness),
                                 number(c.positive_betweenness),
                                 number(c.eigenvector),
                                 number(c.pagerank)};
    if (text) row.erase(row.begin() + 2);
    t.add(std::move(row));
  }
  if (text) {
    network_summary(std::cout, at, sg);
    std::cout
        << "ranked by " << analysis::to_string(*by)
        << "\nbetween = betweenness, eigen = eigenvector centrality, + = positive ties only\n\n";
    t.print_text(std::cout);
    const auto line = [](std::string_view what, const analysis::iteration_report& it) {
      std::cout << what << ": " << it.iterations << " iterations, "
                << (it.converged ? "converged" : "NOT converged") << '\n';
    };
    std::cout << '\n';
    line("pagerank+ (damping " + exact(r.options.damping) + ")", r.pagerank);
    line("eigen+", r.eigenvector);
  } else {
    t.print_csv(std::cout);
  }
  return s->finish(exit_ok);
}

}  // namespace

void add_analysis_commands(CLI::App& app, command_result& result) {
  auto options = std::make_shared<input_options>();
  auto args = std::make_shared<balance_args>();
  auto* cmd = app.add_subcommand(
      "balance", "Structural balance at a date: signed triads and the frustration index");
  cmd->add_option("--at", args->at, "The date")->required();
  cmd->add_option("--only", args->only, "Only actors of this kind (e.g. state)");
  cmd->add_option("--time-limit", args->time_limit,
                  "Seconds for the exact frustration index before bounds are returned")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 86400.0));
  add_input_options(*cmd, *options);
  cmd->callback([&result, options, args] { result.code = run_balance(*options, *args); });

  auto blocs_options = std::make_shared<input_options>();
  auto bargs = std::make_shared<blocs_args>();
  auto* blocs = app.add_subcommand(
      "blocs", "Blocs at a date: positive components, Louvain communities and signed k-blocs");
  blocs->add_option("--at", bargs->at, "The date")->required();
  blocs->add_option("--k", bargs->k, "Most signed blocs (generalised balance)")
      ->capture_default_str()
      ->check(CLI::Range(1, 64));
  blocs->add_option("--since", bargs->since,
                    "An earlier date: also report how components and communities changed");
  blocs->add_option("--only", bargs->only, "Only actors of this kind (e.g. state)");
  blocs->add_option("--seed", bargs->seed, "Seed of the Louvain method")->capture_default_str();
  blocs
      ->add_option("--resolution", bargs->resolution, "Modularity resolution of the Louvain method")
      ->capture_default_str()
      ->check(CLI::Range(1e-6, 1e6));
  blocs
      ->add_option("--time-limit", bargs->time_limit,
                   "Seconds for the exact signed blocs before bounds are returned")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 86400.0));
  add_input_options(*blocs, *blocs_options);
  blocs->callback(
      [&result, blocs_options, bargs] { result.code = run_blocs(*blocs_options, *bargs); });

  auto centrality_options = std::make_shared<input_options>();
  auto cargs = std::make_shared<centrality_args>();
  auto* centrality = app.add_subcommand(
      "centrality", "Centrality at a date: signed degrees, betweenness, eigenvector, PageRank");
  centrality->add_option("--at", cargs->at, "The date")->required();
  centrality->add_option("--top", cargs->top, "Only the first N actors (0: all)")
      ->capture_default_str();
  centrality
      ->add_option("--by", cargs->by,
                   "Rank by: pagerank, eigenvector, betweenness, positive_betweenness, degree, "
                   "positive_degree, negative_degree or net_degree")
      ->capture_default_str();
  centrality->add_option("--only", cargs->only, "Only actors of this kind (e.g. state)");
  centrality->add_option("--damping", cargs->damping, "PageRank damping factor")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 0.999999));
  add_input_options(*centrality, *centrality_options);
  centrality->callback([&result, centrality_options, cargs] {
    result.code = run_centrality(*centrality_options, *cargs);
  });
}

}  // namespace geokg::cli
