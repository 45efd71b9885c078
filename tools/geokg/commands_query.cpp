// SPDX-License-Identifier: MIT
// timeline, neighbors, path, explain: thin layers over geokg::query.

#include <array>
#include <iostream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <geokg/query.hpp>

#include "commands.hpp"
#include "session.hpp"

namespace geokg::cli {

namespace {

kind_set parse_kinds(const std::vector<std::string>& names) {
  if (names.empty()) return kind_set::all();
  kind_set out;
  for (const auto& n : names) {
    const auto k = parse_relation_kind(n);
    if (!k) throw usage_error("unknown relation kind '" + n + "' for --kind");
    out.insert(*k);
  }
  return out;
}

std::vector<std::string> relation_row(const knowledge_graph& g, relation_index r) {
  const auto& rel = g.relation_at(r);
  const statement_ref ref{r};
  return {to_string(rel.when),
          std::string(to_string(rel.polarity())),
          std::string(to_string(rel.kind)),
          g[rel.source].id.str(),
          g[rel.target].id.str(),
          std::string(to_string(g.status_of(ref))),
          std::string(g.id_of(ref))};
}

const std::vector<std::string> relation_columns{"when",   "sign",   "kind", "source",
                                                "target", "status", "id"};

int run_timeline(const input_options& options, const std::string& a, const std::string& b) {
  auto s = open_session(options, std::cerr);
  if (!s) return exit_data_error;
  const auto& g = s->graph;
  const std::vector<actor_index> side_a{s->actor(a)}, side_b{s->actor(b)};
  const auto t = query::timeline(g, g.graph(), side_a, side_b);
  table out({"when", "what", "kind", "status", "id"});
  for (const auto& entry : t.entries) {
    if (entry.kind == statement_kind::relation) {
      const auto& rel = g.relation_at(entry.as_relation());
      out.add({to_string(rel.when), g[rel.source].id.str() + " -> " + g[rel.target].id.str(),
               std::string(to_string(rel.kind)), std::string(to_string(g.status_of(entry))),
               std::string(g.id_of(entry))});
    } else {
      const auto& ev = g.event_at(entry.as_event());
      out.add({to_string(ev.when), "event: " + ev.title, std::string(to_string(ev.kind)),
               std::string(to_string(g.status_of(entry))), std::string(g.id_of(entry))});
    }
  }
  out.print(std::cout, s->format);
  return s->finish(exit_ok);
}

struct neighbors_args {
  std::string actor;
  std::vector<std::string> kinds;
  std::string sign;
  std::string direction = "both";
  std::string at;
};

int run_neighbors(const input_options& options, const neighbors_args& args) {
  auto s = open_session(options, std::cerr);
  if (!s) return exit_data_error;
  const auto& g = s->graph;
  query::neighbor_options o;
  o.kinds = parse_kinds(args.kinds);
  if (!args.sign.empty()) {
    o.polarity = parse_sign(args.sign);
    if (!o.polarity) throw usage_error("invalid sign '" + args.sign + "' for --sign (+, - or 0)");
  }
  o.dir = args.direction == "out"  ? query::direction::out
          : args.direction == "in" ? query::direction::in
                                   : query::direction::both;
  if (!args.at.empty()) o.at = parse_date_argument(args.at, "--at");
  const auto n = query::neighbors(g, s->actor(args.actor), o);
  table out(relation_columns);
  for (const auto r : n.relations)
    out.add(relation_row(g, r));
  if (s->format == output_format::text) {
    std::string names;
    for (const auto a : n.actors)
      names += (names.empty() ? "" : " ") + g[a].id.str();
    std::cout << n.actors.size() << " neighbours: " << names << "\n\n";
  }
  out.print(std::cout, s->format);
  return s->finish(exit_ok);
}

struct path_args {
  std::string from, to, at;
  std::vector<std::string> kinds;
  std::size_t k = 1;
};

int run_path(const input_options& options, const path_args& args) {
  auto s = open_session(options, std::cerr);
  if (!s) return exit_data_error;
  const auto& g = s->graph;
  const auto from = s->actor(args.from);
  const auto to = s->actor(args.to);
  const has_kind kinds{parse_kinds(args.kinds)};
  std::vector<query::path> paths;
  if (args.at.empty()) {
    paths = query::k_shortest_paths(view(g, kinds), from, to, args.k);
  } else {
    paths = query::k_shortest_paths(
        view(g, is_active_at{parse_date_argument(args.at, "--at")} && kinds), from, to, args.k);
  }
  table out({"path", "hops", "step", "relation"});
  out.numeric("hops");
  for (std::size_t p = 0; p < paths.size(); ++p) {
    for (std::size_t i = 0; i < paths[p].relations.size(); ++i) {
      const auto r = paths[p].relations[i];
      const auto& rel = g.relation_at(r);
      out.add({std::to_string(p + 1), std::to_string(paths[p].hops()),
               g[paths[p].actors[i]].id.str() + " -> " + g[paths[p].actors[i + 1]].id.str(),
               std::string(to_string(rel.kind)) + " " + to_string(rel.when) + " " +
                   std::string(g.id_of(r))});
    }
  }
  if (paths.empty()) {
    std::cerr << "no path from " << args.from << " to " << args.to << '\n';
    return s->finish(exit_data_error);
  }
  out.print(std::cout, s->format);
  return s->finish(exit_ok);
}

int run_explain(const input_options& options, const std::string& a, const std::string& b,
                const std::string& at) {
  auto s = open_session(options, std::cerr);
  if (!s) return exit_data_error;
  const auto x =
      query::explain(s->graph, s->actor(a), s->actor(b), parse_date_argument(at, "--at"));
  if (s->format != output_format::text) {
    json_writer w(std::cout);
    w.begin_object();
    w.key("a").value(x.a.id).key("b").value(x.b.id).key("at").value(to_string(x.at));
    w.key("alignment").value(to_int(x.alignment));
    const auto ids = [&w](std::string_view name, const auto& items) {
      w.key(name).begin_array();
      for (const auto& item : items)
        w.value(item.id);
      w.end_array();
    };
    ids("relations", x.relations);
    ids("events", x.events);
    ids("shared_allies", x.shared_allies);
    ids("shared_adversaries", x.shared_adversaries);
    ids("claims", x.claims);
    w.end_object();
    std::cout << '\n';
  } else {
    std::cout << query::to_string(x);
  }
  return s->finish(exit_ok);
}

struct diff_args {
  std::string from;
  std::string to;
  std::vector<std::string> kinds;
};

// One table for all changes, so that text, CSV and JSON share a shape: change, when, sign, kind,
// source, target, detail.
int run_diff(const input_options& options, const diff_args& args) {
  auto s = open_session(options, std::cerr);
  if (!s) return exit_data_error;
  const auto& g = s->graph;
  const auto from = parse_date_argument(args.from, "--from");
  const auto to = parse_date_argument(args.to, "--to");
  const auto d = query::diff(g, of_kinds(g, parse_kinds(args.kinds)), from, to);
  table out({"change", "when", "sign", "kind", "source", "target", "id"});
  const auto relation_change = [&](const char* what, relation_index r) {
    auto row = relation_row(g, r);  // when, sign, kind, source, target, status, id
    out.add({what, row[0], row[1], row[2], row[3], row[4], row[6]});
  };
  for (const auto r : d.started)
    relation_change("started", r);
  for (const auto r : d.ended)
    relation_change("ended", r);
  for (const auto& c : d.sign_changes)
    out.add({"sign", std::string(to_string(c.before)) + " -> " + std::string(to_string(c.after)),
             std::string(to_string(c.after)), "", g[c.a].id.str(), g[c.b].id.str(), ""});
  for (const auto a : d.appeared)
    out.add({"appeared", "", "", "", g[a].id.str(), "", ""});
  for (const auto a : d.disappeared)
    out.add({"disappeared", "", "", "", g[a].id.str(), "", ""});
  out.print(std::cout, s->format);
  if (s->format == output_format::text)
    std::cout << "\n"
              << d.started.size() << " started, " << d.ended.size() << " ended, "
              << d.sign_changes.size() << " pairs changed sign, " << d.appeared.size()
              << " actors appeared, " << d.disappeared.size() << " disappeared between "
              << to_string(from) << " and " << to_string(to) << "\n";
  return s->finish(exit_ok);
}

}  // namespace

void add_query_commands(CLI::App& app, command_result& result) {
  {
    auto options = std::make_shared<input_options>();
    auto args = std::make_shared<diff_args>();
    auto* cmd = app.add_subcommand(
        "diff", "What changed between two dates: relations started and ended, signs, actors");
    cmd->add_option("--from", args->from, "The earlier date")->required();
    cmd->add_option("--to", args->to, "The later date")->required();
    cmd->add_option("--kind", args->kinds, "Only these relation kinds (repeatable)");
    add_input_options(*cmd, *options);
    cmd->callback([&result, options, args] { result.code = run_diff(*options, *args); });
  }
  {
    auto options = std::make_shared<input_options>();
    auto ab = std::make_shared<std::pair<std::string, std::string>>();
    auto* cmd = app.add_subcommand("timeline",
                                   "A dyad's history: relations and shared events in time order");
    cmd->add_option("A", ab->first, "First actor id")->required();
    cmd->add_option("B", ab->second, "Second actor id")->required();
    add_input_options(*cmd, *options);
    cmd->callback(
        [&result, options, ab] { result.code = run_timeline(*options, ab->first, ab->second); });
  }
  {
    auto options = std::make_shared<input_options>();
    auto args = std::make_shared<neighbors_args>();
    auto* cmd = app.add_subcommand(
        "neighbors", "An actor's relations and neighbours, by kind, sign, direction and date");
    cmd->add_option("ACTOR", args->actor, "Actor id")->required();
    cmd->add_option("--kind", args->kinds, "Only these relation kinds (repeatable)");
    cmd->add_option("--sign", args->sign, "Only this sign: +, - or 0");
    cmd->add_option("--direction", args->direction, "Relation direction relative to ACTOR")
        ->check(CLI::IsMember({"out", "in", "both"}))
        ->capture_default_str();
    cmd->add_option("--at", args->at, "Only relations active at this date");
    add_input_options(*cmd, *options);
    cmd->callback([&result, options, args] { result.code = run_neighbors(*options, *args); });
  }
  {
    auto options = std::make_shared<input_options>();
    auto args = std::make_shared<path_args>();
    auto* cmd = app.add_subcommand(
        "path", "Shortest paths between two actors (by hops, relations undirected)");
    cmd->add_option("A", args->from, "From actor id")->required();
    cmd->add_option("B", args->to, "To actor id")->required();
    cmd->add_option("--kind", args->kinds, "Only through these relation kinds (repeatable)");
    cmd->add_option("--at", args->at, "Only relations active at this date");
    cmd->add_option("-k", args->k, "How many shortest paths (Yen's algorithm)")
        ->capture_default_str()
        ->check(CLI::Range(1, 100));
    add_input_options(*cmd, *options);
    cmd->callback([&result, options, args] { result.code = run_path(*options, *args); });
  }
  {
    auto options = std::make_shared<input_options>();
    auto args = std::make_shared<std::array<std::string, 3>>();
    auto* cmd = app.add_subcommand(
        "explain",
        "Why two actors were aligned or opposed at a date: the evidence, facts and claims apart");
    cmd->add_option("A", (*args)[0], "First actor id")->required();
    cmd->add_option("B", (*args)[1], "Second actor id")->required();
    cmd->add_option("--at", (*args)[2], "The date")->required();
    add_input_options(*cmd, *options);
    cmd->callback([&result, options, args] {
      result.code = run_explain(*options, (*args)[0], (*args)[1], (*args)[2]);
    });
  }
}

}  // namespace geokg::cli
