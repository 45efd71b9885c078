// SPDX-License-Identifier: MIT
// validate, stats, actors, show: what is in the data, and is it sound.

#include <algorithm>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <geokg/format.hpp>
#include <geokg/io/input.hpp>

#include "commands.hpp"
#include "session.hpp"

namespace geokg::cli {

namespace {

std::string spells_text(const actor& a) {
  std::string out;
  for (const auto& s : a.existence)
    out += (out.empty() ? "" : "; ") + to_string(s);
  return out;
}

std::string codes_text(const actor& a) {
  std::string out;
  for (const auto& c : a.codes)
    out += (out.empty() ? "" : "; ") + std::string(to_string(c.system)) + ":" + c.value;
  return out;
}

int run_validate(const input_options& options) {
  input_options collect = options;
  collect.on_error = "collect";  // validate reports everything
  auto s = open_session(collect, std::cerr);
  if (!s) return exit_data_error;
  const auto& r = s->report;
  if (s->format == output_format::json) {
    json_writer w(std::cout);
    io::write_json(w, r);
    std::cout << '\n';
  } else {
    std::cout << r.summary();
    std::cout << (r.ok() ? "valid\n"
                         : fmt::format("invalid: {} errors\n", r.count(severity::error)));
  }
  return r.ok() ? exit_ok : exit_data_error;
}

int run_stats(const input_options& options) {
  auto s = open_session(options, std::cerr);
  if (!s) return exit_data_error;
  const auto& g = s->graph;
  std::map<std::string, std::size_t> by_actor_kind, by_relation_kind;
  for (const auto& a : g.actors())
    ++by_actor_kind[std::string(to_string(a.kind))];
  std::optional<date> earliest, latest;
  std::size_t conflicts = 0;
  for (const auto& r : g.relations()) {
    ++by_relation_kind[std::string(to_string(r.kind))];
    if (auto st = r.when.start(); st && (!earliest || *st < *earliest)) earliest = st;
    if (auto en = r.when.end(); en && (!latest || *en > *latest)) latest = en;
    if (g.existence_conflict(r)) ++conflicts;
  }
  // Text indents the kinds under their totals; CSV gives them a column of their own.
  const bool text = s->format == output_format::text;
  table t(text ? std::vector<std::string>{"what", "count"}
               : std::vector<std::string>{"what", "kind", "count"});
  t.numeric("count");
  const auto row = [&](const std::string& what, const std::string& kind, std::size_t n) {
    if (text) {
      t.add({kind.empty() ? what : "  " + kind, std::to_string(n)});
    } else {
      t.add({what, kind, std::to_string(n)});
    }
  };
  row("actors", "", g.num_actors());
  for (const auto& [k, n] : by_actor_kind)
    row("actors", k, n);
  row("relations", "", g.num_relations());
  for (const auto& [k, n] : by_relation_kind)
    row("relations", k, n);
  row("events", "", g.num_events());
  row("claims", "", g.num_claims());
  row("sources", "", g.num_sources());
  row("relations outside an actor's existence", "", conflicts);
  if (s->format == output_format::json) {
    json_writer w(std::cout);
    w.begin_object();
    w.key("actors").value(static_cast<std::uint64_t>(g.num_actors()));
    w.key("actors_by_kind").begin_object();
    for (const auto& [k, n] : by_actor_kind)
      w.key(k).value(static_cast<std::uint64_t>(n));
    w.end_object();
    w.key("relations").value(static_cast<std::uint64_t>(g.num_relations()));
    w.key("relations_by_kind").begin_object();
    for (const auto& [k, n] : by_relation_kind)
      w.key(k).value(static_cast<std::uint64_t>(n));
    w.end_object();
    w.key("events").value(static_cast<std::uint64_t>(g.num_events()));
    w.key("claims").value(static_cast<std::uint64_t>(g.num_claims()));
    w.key("sources").value(static_cast<std::uint64_t>(g.num_sources()));
    w.key("outside_existence").value(static_cast<std::uint64_t>(conflicts));
    w.key("earliest_start")
        .value(earliest ? std::optional<std::string>(to_string(*earliest)) : std::nullopt);
    w.key("latest_end")
        .value(latest ? std::optional<std::string>(to_string(*latest)) : std::nullopt);
    w.key("tables").begin_array();
    for (const auto& tc : s->report.tables) {
      w.begin_object();
      w.key("path").value(tc.path);
      w.key("rows").value(tc.rows.read);
      w.key("used").value(tc.rows.loaded);
      w.key("skipped").value(tc.skipped);
      w.key("rejected").value(tc.rows.rejected);
      w.end_object();
    }
    w.end_array();
    w.end_object();
    std::cout << '\n';
  } else {
    t.print(std::cout, s->format);
    if (s->format == output_format::text && earliest) {
      std::cout << "\nrelations span " << to_string(*earliest) << " to "
                << (latest ? to_string(*latest) : "now") << '\n';
    }
    if (s->format == output_format::text && !s->report.tables.empty()) {
      // The row account of each real dataset's table: rows = used + skipped + rejected.
      table rows({"table", "rows", "used", "skipped", "rejected"});
      for (const auto& tc : s->report.tables)
        rows.add({tc.path, std::to_string(tc.rows.read), std::to_string(tc.rows.loaded),
                  std::to_string(tc.skipped), std::to_string(tc.rows.rejected)});
      std::cout << '\n';
      rows.print(std::cout, s->format);
    }
  }
  return s->finish(exit_ok);
}

struct actors_options {
  std::string kind;
  std::string at;
};

int run_actors(const input_options& options, const actors_options& filter) {
  auto s = open_session(options, std::cerr);
  if (!s) return exit_data_error;
  std::optional<actor_kind> kind;
  if (!filter.kind.empty()) {
    kind = parse_actor_kind(filter.kind);
    if (!kind) throw usage_error("unknown actor kind '" + filter.kind + "' for --kind");
  }
  std::optional<date> at;
  if (!filter.at.empty()) at = parse_date_argument(filter.at, "--at");
  table t({"id", "kind", "name", "existence", "codes"});
  for (const auto& a : s->graph.actors()) {
    if (kind && a.kind != *kind) continue;
    if (at && !a.exists_at(*at)) continue;
    t.add({a.id.str(), std::string(to_string(a.kind)), a.name, spells_text(a), codes_text(a)});
  }
  t.print(std::cout, s->format);
  return s->finish(exit_ok);
}

int run_show(const input_options& options, const std::string& id) {
  auto s = open_session(options, std::cerr);
  if (!s) return exit_data_error;
  const auto& g = s->graph;
  const auto a = s->actor(id);
  const auto& who = g[a];
  std::vector<relation_index> rels;
  for (const relation_index r : g.relation_indices()) {
    const auto& rel = g.relation_at(r);
    if (rel.source == a || rel.target == a) rels.push_back(r);
  }
  std::stable_sort(rels.begin(), rels.end(), [&](auto x, auto y) {
    return g.relation_at(x).when.start() < g.relation_at(y).when.start();
  });
  if (s->format == output_format::json) {
    json_writer w(std::cout);
    w.begin_object();
    w.key("id")
        .value(who.id.view())
        .key("kind")
        .value(to_string(who.kind))
        .key("name")
        .value(who.name);
    w.key("aliases").begin_array();
    for (const auto& x : who.aliases)
      w.value(x);
    w.end_array();
    w.key("existence").begin_array();
    for (const auto& x : who.existence)
      w.value(to_string(x));
    w.end_array();
    w.key("codes").begin_array();
    for (const auto& c : who.codes) {
      w.begin_object().key("system").value(to_string(c.system)).key("value").value(c.value);
      w.key("valid").value(to_string(c.valid)).end_object();
    }
    w.end_array();
    w.key("relations").begin_array();
    for (const auto r : rels) {
      const auto& rel = g.relation_at(r);
      const statement_ref ref{r};
      w.begin_object();
      w.key("id")
          .value(g.id_of(ref))
          .key("kind")
          .value(to_string(rel.kind))
          .key("sign")
          .value(to_int(rel.polarity()));
      w.key("source").value(g[rel.source].id.view()).key("target").value(g[rel.target].id.view());
      w.key("when").value(to_string(rel.when)).key("status").value(to_string(g.status_of(ref)));
      w.end_object();
    }
    w.end_array();
    w.end_object();
    std::cout << '\n';
    return s->finish(exit_ok);
  }
  if (s->format == output_format::text) {
    std::cout << fmt::format("{} ({}): {}\n", who.id, who.kind, who.name);
    if (!who.aliases.empty())
      std::cout << fmt::format("  also: {}\n", fmt::join(who.aliases, ", "));
    if (!who.existence.empty()) std::cout << "  existence: " << spells_text(who) << '\n';
    if (!who.codes.empty()) std::cout << "  codes: " << codes_text(who) << '\n';
    if (!who.note.empty()) std::cout << "  note: " << who.note << '\n';
    std::cout << fmt::format("  {} relations\n\n", rels.size());
  }
  table t({"when", "sign", "kind", "source", "target", "status", "id"});
  for (const auto r : rels) {
    const auto& rel = g.relation_at(r);
    const statement_ref ref{r};
    t.add({to_string(rel.when), std::string(to_string(rel.polarity())),
           std::string(to_string(rel.kind)), g[rel.source].id.str(), g[rel.target].id.str(),
           std::string(to_string(g.status_of(ref))), std::string(g.id_of(ref))});
  }
  t.print(std::cout, s->format);
  return s->finish(exit_ok);
}

struct snapshot_options {
  std::string at;
  std::string rule = "first_day";
};

// The graph as it stood at a date: every relation active then (geokg::active_at).
int run_snapshot(const input_options& options, const snapshot_options& snap) {
  auto s = open_session(options, std::cerr);
  if (!s) return exit_data_error;
  const auto& g = s->graph;
  const auto at = parse_date_argument(snap.at, "--at");
  // --rule is checked against the rule names by CLI11.
  const auto rule = parse_time_rule(snap.rule).value_or(time_rule::first_day);
  std::vector<relation_index> active;
  // The view must outlive the loop: edge iterators point into it (a temporary would die first).
  const auto view = active_at(g, at, rule);
  for (const auto& e : boost::make_iterator_range(boost::edges(view)))
    active.push_back(g.relation_of(e));
  std::sort(active.begin(), active.end());
  table t({"source", "kind", "sign", "target", "when", "status", "id"});
  for (const auto r : active) {
    const auto& rel = g.relation_at(r);
    const statement_ref ref{r};
    t.add({g[rel.source].id.str(), std::string(to_string(rel.kind)),
           std::string(to_string(rel.polarity())), g[rel.target].id.str(), to_string(rel.when),
           std::string(to_string(g.status_of(ref))), std::string(g.id_of(ref))});
  }
  if (s->format == output_format::text)
    std::cout << active.size() << " relations active at " << to_string(at) << "\n\n";
  t.print(std::cout, s->format);
  return s->finish(exit_ok);
}

}  // namespace

int run_formats() {
  table t({"format", "path", "what"});
  for (const auto& f : io::input_formats())
    t.add({std::string(f.name), std::string(f.path), std::string(f.what)});
  t.print(std::cout, output_format::text);
  std::cout << "\nUse -i FORMAT:PATH; the format is guessed from the path when left out.\n";
  return exit_ok;
}

void add_basic_commands(CLI::App& app, command_result& result) {
  {
    auto* cmd = app.add_subcommand("formats", "List the input formats (-i FORMAT:PATH)");
    cmd->callback([&result] { result.code = run_formats(); });
  }
  {
    auto options = std::make_shared<input_options>();
    auto* cmd = app.add_subcommand(
        "validate", "Check inputs: every error and warning, located; exit 1 if any error");
    add_input_options(*cmd, *options, true);
    cmd->callback([&result, options] { result.code = run_validate(*options); });
  }
  {
    auto options = std::make_shared<input_options>();
    auto* cmd = app.add_subcommand(
        "stats", "Counts of actors, relations, events, claims and sources, by kind");
    add_input_options(*cmd, *options);
    cmd->callback([&result, options] { result.code = run_stats(*options); });
  }
  {
    auto options = std::make_shared<input_options>();
    auto filter = std::make_shared<actors_options>();
    auto* cmd =
        app.add_subcommand("actors", "List actors, optionally of one kind or existing at a date");
    add_input_options(*cmd, *options);
    cmd->add_option("--kind", filter->kind,
                    "Only actors of this kind (state, organisation, group, person, other)");
    cmd->add_option("--at", filter->at, "Only actors that existed at this date");
    cmd->callback([&result, options, filter] { result.code = run_actors(*options, *filter); });
  }
  {
    auto options = std::make_shared<input_options>();
    auto snap = std::make_shared<snapshot_options>();
    auto* cmd = app.add_subcommand("snapshot",
                                   "The graph as it stood at a date: every relation active then");
    cmd->add_option("--at", snap->at, "The date (YYYY-MM-DD, YYYY-MM, YYYY, ...)")->required();
    cmd->add_option("--rule", snap->rule,
                    "How dates with precision are compared (see docs/model.md)")
        ->check(CLI::IsMember({"first_day", "certain", "possible"}))
        ->capture_default_str();
    add_input_options(*cmd, *options);
    cmd->callback([&result, options, snap] { result.code = run_snapshot(*options, *snap); });
  }
  {
    auto options = std::make_shared<input_options>();
    auto id = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand(
        "show", "One actor: names, codes, existence and all its relations in time order");
    cmd->add_option("ACTOR", *id, "Actor id, e.g. KOR")->required();
    add_input_options(*cmd, *options);
    cmd->callback([&result, options, id] { result.code = run_show(*options, *id); });
  }
}

}  // namespace geokg::cli
