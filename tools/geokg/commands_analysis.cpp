// SPDX-License-Identifier: MIT
// balance, blocs, centrality, series: analyses of the signed snapshot at a date, and measures
// at every step between two dates (geokg::analysis, analysis/dated_series.hpp).

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include <geokg/analysis.hpp>
#include <geokg/io/csv_writer.hpp>
#include <geokg/io/svg_chart.hpp>
#include <geokg/output/balance.hpp>

#include "commands.hpp"
#include "session.hpp"

namespace geokg::cli {

namespace {

// --- shared -------------------------------------------------------------------------------------

// The snapshot options of every analysis command (`analysis::parse_snapshot_options`, which
// the Python module uses too), with the library's complaint about a value turned into a usage
// error naming the option.
analysis::snapshot_options snapshot_options_of(const std::string& only,
                                               const std::string& rule = "first_day") {
  try {
    return analysis::parse_snapshot_options(
        {.only = only.empty() ? std::nullopt : std::optional<std::string_view>(only),
         .rule = rule});
  } catch (const data_error& e) {
    throw usage_error(e.message() + " for --" + std::string(e.field()));
  }
}

// The dates of `--from`, `--to` and `--step year|month` (`analysis::series_dates`; the dates keep
// the precision of `--from` when the step allows it).
std::vector<date> step_dates_argument(const std::string& from, const std::string& to,
                                      const std::string& step) {
  const date first = parse_date_argument(from, "--from");
  const date last = parse_date_argument(to, "--to");
  if (step != "year" && step != "month")
    throw usage_error("unknown step '" + step + "' for --step (known: year, month)");
  try {
    return analysis::series_dates(first, last, step == "year" ? query::yearly : query::monthly);
  } catch (const data_error& e) {
    if (e.code() != errc::end_before_start) throw;
    throw usage_error("--to " + to + " is before --from " + from);
  }
}

// A one-line progress indicator on stderr for a command stepping through dates ("balance 1962
// 147/199"), drawn like the load progress of `open_session`: only when enabled (stderr is a
// terminal and not `--quiet`; see `wanted`), redrawn in place, erased when the object goes away,
// also on an exception.
class step_progress {
 public:
  step_progress(std::ostream& err, bool enabled, std::string what, std::size_t total)
      : err_(err), enabled_(enabled), what_(std::move(what)), total_(total) {}
  step_progress(const step_progress&) = delete;
  step_progress& operator=(const step_progress&) = delete;
  step_progress(step_progress&&) = delete;
  step_progress& operator=(step_progress&&) = delete;
  ~step_progress() {
    if (drawn_) err_ << "\r\033[K" << std::flush;
  }

  // Whether to draw: not `--quiet`, and stderr is a terminal.
  static bool wanted(bool quiet) noexcept { return !quiet && ::isatty(STDERR_FILENO) != 0; }

  // Shows that the work on date `at`, the `done + 1`-th of `total`, is starting.
  void show(std::size_t done, date at) {
    if (!enabled_) return;
    err_ << "\r\033[K" << what_ << ' ' << to_string(at) << "  " << done + 1 << '/' << total_
         << std::flush;
    drawn_ = true;
  }

 private:
  std::ostream& err_;
  bool enabled_;
  std::string what_;
  std::size_t total_;
  bool drawn_ = false;
};

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

std::string fixed3(double x) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.3f", x);
  return buffer;
}

// "7", or "5..9" when the time limit ran out before the bounds met.
std::string frustration_text(const analysis::signed_partition& f) {
  return f.optimal ? std::to_string(f.value)
                   : std::to_string(f.lower) + ".." + std::to_string(f.upper);
}

// "Structural balance (state actors), 1950 to 2023, every year": the heading of a run of dates.
std::string range_title(std::string what, const std::string& only, const std::string& from,
                        const std::string& to, const std::string& step) {
  if (!what.empty()) what[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(what[0])));
  if (!only.empty()) what += " (" + only + " actors)";
  return what + ", " + from + " to " + to + ", every " + step;
}

// --- balance -------------------------------------------------------------------------------------

struct balance_args {
  std::string at;
  std::string from;
  std::string to;
  std::string step;
  std::string only;
  std::string rule = "first_day";
  double time_limit = 60.0;
};

using analysis::balance_point;

// `balance --at DATE`: the census and the frustration index with its two groups.
int run_balance_at(session& s, date at, const analysis::snapshot_options& snap, double time_limit) {
  const auto sg = analysis::signed_snapshot(s.graph, at, snap);
  const auto p = analysis::measure_balance(sg, at, {.time_limit_seconds = time_limit});
  if (s.format == output_format::text) {
    std::cout << "signed network at " << to_string(at) << ": " << p.actors << " actors, "
              << p.positive << " positive and " << p.negative << " negative ties\n\n";
    std::cout << analysis::to_string(p.triads) << '\n'
              << analysis::to_string(p.frustration, sg, s.graph);
  } else if (s.format == output_format::csv) {
    io::csv_writer w(std::cout);
    output::write_csv(w, std::span(&p, 1));
  } else {
    io::json_writer w(std::cout);
    output::write_json(w, p);
    std::cout << '\n';
  }
  return s.finish(exit_ok);
}

// `balance --from --to --step`: the same measures at every date, one row (or object) per date.
int run_balance_series(session& s, const std::vector<date>& dates,
                       const analysis::snapshot_options& snap, const balance_args& args) {
  std::vector<balance_point> points;
  {
    step_progress progress(std::cerr, step_progress::wanted(s.quiet), "balance", dates.size());
    points = analysis::balance_series(
        s.graph, dates, snap,
        {.frustration = {.time_limit_seconds = args.time_limit},
         .on_step = [&progress](std::size_t i, date d) { progress.show(i, d); }});
  }
  if (s.format == output_format::json) {
    // An array of the objects `balance --at` prints, one per line.
    io::json_writer w(std::cout, {.outer_array_lines = true});
    output::write_json(w, points);
    std::cout << '\n';
    return s.finish(exit_ok);
  }
  if (s.format == output_format::csv) {
    io::csv_writer w(std::cout);
    output::write_csv(w, points);
    return s.finish(exit_ok);
  }
  // Text: one row per date within 80 columns; the pattern counts as in the census.
  table t({"at", "actors", "+edges", "-edges", "+++", "++-", "+--", "---", "share", "frustration"});
  std::size_t bounded = 0;
  for (const auto& p : points) {
    t.add({to_string(p.at), std::to_string(p.actors), std::to_string(p.positive),
           std::to_string(p.negative), std::to_string(p.triads.ppp), std::to_string(p.triads.ppn),
           std::to_string(p.triads.pnn), std::to_string(p.triads.nnn),
           p.triads.total() == 0 ? "-" : fixed3(p.triads.degree_of_balance()),
           frustration_text(p.frustration)});
    bounded += p.frustration.optimal ? 0U : 1U;
  }
  std::cout << range_title("Structural balance", args.only, args.from, args.to, args.step) << ": "
            << points.size() << " dates (time rule " << args.rule << ")\n"
            << "share = balanced / all triangles ('-': no triangle)\n\n";
  t.print_text(std::cout);
  if (bounded != 0) {
    std::cout << '\n'
              << bounded << " of " << points.size()
              << " frustration indices not proven within --time-limit; L..U are their bounds\n";
  }
  return s.finish(exit_ok);
}

int run_balance(const input_options& options, const balance_args& args) {
  // Exactly one of the two forms; usage errors before any data is read.
  const bool point = !args.at.empty();
  const bool range = !args.from.empty() || !args.to.empty() || !args.step.empty();
  if (point && range)
    throw usage_error(
        "balance takes either --at DATE or --from DATE --to DATE --step year|month, not both");
  if (!point && !range)
    throw usage_error("balance needs --at DATE, or --from DATE --to DATE --step year|month");
  for (const auto& [value, name] :
       {std::pair{&args.from, "--from DATE"}, std::pair{&args.to, "--to DATE"},
        std::pair{&args.step, "--step year|month"}}) {
    if (range && value->empty())
      throw usage_error("balance --from/--to also needs " + std::string(name));
  }
  const auto snap = snapshot_options_of(args.only, args.rule);
  std::optional<date> at;
  std::vector<date> dates;
  if (point)
    at = parse_date_argument(args.at, "--at");
  else
    dates = step_dates_argument(args.from, args.to, args.step);
  auto s = open_session(options, std::cerr);
  if (!s) return exit_data_error;
  return at ? run_balance_at(*s, *at, snap, args.time_limit)
            : run_balance_series(*s, dates, snap, args);
}

// --- shared by blocs and centrality --------------------------------------------------------------

// The signed snapshot at a date (the snapshot of `balance`).
analysis::signed_graph analysis_snapshot(const session& s, date at, const std::string& only) {
  return analysis::signed_snapshot(s.graph, at, snapshot_options_of(only));
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
  analysis::signed_partition signed_blocs;
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
    out.reserve(actors.size());
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
             std::to_string(now.signed_blocs.group[v])});
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
  w.key("blocs_used").value(p.groups_used);
  write_blocs(w, p.group, p.groups_used, now.sg, g);
  w.end_object();
  w.key("members").begin_array();
  for (std::size_t v = 0; v < now.sg.num_vertices(); ++v) {
    const auto& a = g[now.sg.actors[v]];
    w.begin_object().key("id").value(a.id.str()).key("name").value(a.name);
    w.key("component").value(now.components.component[v]);
    w.key("community").value(c.community[v]).key("signed_bloc").value(p.group[v]);
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

// --- series --------------------------------------------------------------------------------------

// The measures of `series` (docs/cli.md): analysis::series_measure, computed by
// analysis::measure_series; here only their titles.
using analysis::series_measure;
using analysis::series_value;

struct measure_info {
  series_measure measure;
  std::string_view name;
  std::string_view title;  // for the text output and the chart
  bool integral;           // a count (printed without decimals)
};

std::string_view measure_title(series_measure m) {
  switch (m) {
    case series_measure::relations:
      return "active relations";
    case series_measure::actors:
      return "actors in existence";
    case series_measure::signed_actors:
      return "actors with a signed tie";
    case series_measure::positive:
      return "positive ties";
    case series_measure::negative:
      return "negative ties";
    case series_measure::density:
      return "density of the signed network";
    case series_measure::triangles:
      return "signed triangles";
    case series_measure::balanced_share:
      return "share of balanced triangles";
    case series_measure::frustration:
      return "frustration index";
    case series_measure::components:
      return "positive components";
    case series_measure::communities:
      return "Louvain communities";
    case series_measure::modularity:
      return "modularity of the Louvain communities";
  }
  return "?";
}

std::string measure_names() {
  std::string out;
  for (const auto m : analysis::series_measures())
    out += (out.empty() ? "" : ", ") + std::string(analysis::to_string(m));
  return out;
}

measure_info measure_argument(const std::string& name) {
  if (const auto m = analysis::parse_series_measure(name))
    return {*m, analysis::to_string(*m), measure_title(*m), analysis::is_count(*m)};
  throw usage_error("unknown measure '" + name + "' (known: " + measure_names() + ")");
}

struct series_args {
  std::string measure;
  std::string from;
  std::string to;
  std::string step;
  std::string only;
  std::string rule = "first_day";
  std::string plot;
  double time_limit = 60.0;
};

// "Active relations (state actors), 1945 to 2023, every year".
std::string series_title(const measure_info& m, const series_args& args) {
  return range_title(std::string(m.title), args.only, args.from, args.to, args.step);
}

// The chart of a series: the values, and for a frustration index not proven everywhere its
// lower bounds as a dashed second line.
io::line_chart series_chart(const measure_info& m, const std::vector<series_value>& points,
                            const series_args& args) {
  const std::string title = series_title(m, args);
  io::line_chart c{.title = title,
                   .x_label = args.step,
                   .y_label = std::string(m.title),
                   .scale = io::x_scale::days};
  io::chart_series values{.name = std::string(m.name)};
  io::chart_series lower{.name = "lower bound", .dashed = true};
  bool bounded = false;
  for (const auto& p : points) {
    values.x.push_back(p.at.first_day());
    values.y.push_back(p.value);
    lower.x.push_back(p.at.first_day());
    lower.y.push_back(static_cast<double>(p.lower));
    bounded = bounded || !p.optimal;
  }
  if (bounded) values.name = "frustration (best found)";
  c.series.push_back(std::move(values));
  if (bounded) c.series.push_back(std::move(lower));
  return c;
}

int run_series(const input_options& options, const series_args& args) {
  const auto m = measure_argument(args.measure);
  const auto dates = step_dates_argument(args.from, args.to, args.step);
  const auto snap = snapshot_options_of(args.only, args.rule);
  if (!args.plot.empty()) {
    const auto folder = std::filesystem::path(args.plot).parent_path();
    if (!folder.empty() && !std::filesystem::is_directory(folder))
      throw usage_error("no folder '" + folder.string() + "' for --plot " + args.plot);
  }
  auto s = open_session(options, std::cerr);
  if (!s) return exit_data_error;
  const auto& g = s->graph;

  std::vector<series_value> points;
  {
    step_progress progress(std::cerr, step_progress::wanted(s->quiet),
                           "series " + std::string(m.name), dates.size());
    points = analysis::measure_series(
        g, m.measure, dates, snap,
        {.frustration = {.time_limit_seconds = args.time_limit},
         .on_step = [&progress](std::size_t i, date d) { progress.show(i, d); }});
  }

  const bool text = s->format == output_format::text;
  const bool bounds = m.measure == series_measure::frustration && !text;
  const auto number = [&](double x) -> std::string {
    if (!std::isfinite(x)) return text ? "-" : "";
    if (m.integral) return std::to_string(static_cast<std::uint64_t>(x));
    return text ? fixed6(x) : exact(x);
  };
  table t(bounds ? std::vector<std::string>{"date", "value", "lower", "upper"}
                 : std::vector<std::string>{"date", "value"});
  for (const char* c : {"value", "lower", "upper"})
    t.numeric(c);
  std::size_t bounded = 0;
  for (const auto& p : points) {
    std::vector<std::string> row{to_string(p.at), number(p.value)};
    if (m.measure == series_measure::frustration && text && !p.optimal)
      row[1] = std::to_string(p.lower) + ".." + std::to_string(p.upper);
    if (bounds) {
      row.push_back(std::to_string(p.lower));
      row.push_back(std::to_string(p.upper));
    }
    bounded += p.optimal ? 0U : 1U;
    t.add(std::move(row));
  }
  if (text) {
    std::cout << series_title(m, args) << ": " << points.size() << " dates (time rule " << args.rule
              << ")\n\n";
  }
  t.print(std::cout, s->format);
  if (text && bounded != 0) {
    std::cout << '\n'
              << bounded << " of " << points.size()
              << " values not proven within --time-limit; L..U are their bounds\n";
  }
  if (!args.plot.empty()) {
    try {
      io::write_svg(series_chart(m, points, args), args.plot);
    } catch (const data_error& e) {
      std::cerr << e.what() << '\n';
      return exit_data_error;
    }
  }
  return s->finish(exit_ok);
}

}  // namespace

void add_analysis_commands(CLI::App& app, command_result& result) {
  auto options = std::make_shared<input_options>();
  auto args = std::make_shared<balance_args>();
  auto* cmd = app.add_subcommand(
      "balance",
      "Structural balance at a date, or at every step between two: signed triads and the "
      "frustration index");
  cmd->add_option("--at", args->at, "The date (or use --from, --to and --step)")->type_name("DATE");
  cmd->add_option("--from", args->from, "First date of a series: one result per step")
      ->type_name("DATE");
  cmd->add_option("--to", args->to, "Last date of the series (inclusive)")->type_name("DATE");
  cmd->add_option("--step", args->step, "Step of the series: year or month")
      ->check(CLI::IsMember({"year", "month"}));
  cmd->add_option("--only", args->only, "Only actors of this kind (e.g. state)");
  cmd->add_option("--rule", args->rule,
                  "Time rule: which relations are active at a date (see docs/model.md)")
      ->check(CLI::IsMember({"first_day", "certain", "possible"}))
      ->capture_default_str();
  cmd->add_option("--time-limit", args->time_limit,
                  "Seconds for the exact frustration index (per date) before bounds are returned")
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

  auto series_options = std::make_shared<input_options>();
  auto sargs = std::make_shared<series_args>();
  auto* series = app.add_subcommand(
      "series", "A measure at every step between two dates, as a table and optionally a chart");
  series->add_option("MEASURE", sargs->measure, "One of: " + measure_names() + " (docs/cli.md)")
      ->required();
  series->add_option("--from", sargs->from, "First date")->required()->type_name("DATE");
  series->add_option("--to", sargs->to, "Last date (inclusive)")->required()->type_name("DATE");
  series->add_option("--step", sargs->step, "year or month")
      ->required()
      ->check(CLI::IsMember({"year", "month"}));
  series->add_option("--plot", sargs->plot, "Also draw the series as a line chart (SVG file)")
      ->type_name("FILE.svg");
  series->add_option("--only", sargs->only, "Only actors of this kind (e.g. state)");
  series
      ->add_option("--rule", sargs->rule,
                   "Time rule: which relations are active at a date (see docs/model.md)")
      ->check(CLI::IsMember({"first_day", "certain", "possible"}))
      ->capture_default_str();
  series
      ->add_option("--time-limit", sargs->time_limit,
                   "Seconds for the exact frustration index (per date) before bounds are returned")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 86400.0));
  add_input_options(*series, *series_options);
  series->callback(
      [&result, series_options, sargs] { result.code = run_series(*series_options, *sargs); });
}

}  // namespace geokg::cli
