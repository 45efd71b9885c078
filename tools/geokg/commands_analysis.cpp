// SPDX-License-Identifier: MIT
// balance: structural balance of the signed snapshot at a date (geokg::analysis).

#include <iostream>
#include <memory>
#include <optional>
#include <string>

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
}

}  // namespace geokg::cli
