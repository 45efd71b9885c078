// SPDX-License-Identifier: MIT
// Structural balance of the interstate system, 1816-2014: for every year, the signed network of
// states (alliances positive; militarized disputes negative), its triad census and its frustration
// index, from the Correlates of War data (state system, MID 5.0, alliances v4.1) and ATOP 5.1.
// Writes a CSV table and an SVG line chart. A pair's sign in a year is the sign of the sum of the
// signs of its relations active at some day of that year (an alliance under both COW and ATOP
// counts twice), as in geokg's default snapshot rule.
//
// Usage: interstate_balance [REAL_DATA_DIR [OUTPUT_PREFIX [SECONDS_PER_YEAR]]]
//   REAL_DATA_DIR   folder holding cow_states/, cow_mid/, cow_alliance/ and atop/
//                   (default: ../shared/data/real beside the repository)
//   OUTPUT_PREFIX   writes OUTPUT_PREFIX.csv and OUTPUT_PREFIX.svg (default interstate_balance)
//   SECONDS_PER_YEAR  time budget of the exact frustration index per year (default 2); when it
//                   runs out the year gets proven lower and upper bounds instead of the value
//
// The COW alliance data are read through geokg's generic mapped-table loader with the mapping in
// data/mappings/, as their maintainer asks users to process them themselves.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <geokg/geokg.hpp>

namespace {

namespace fs = std::filesystem;
namespace analysis = geokg::analysis;

struct year_row {
  int year = 0;
  std::size_t states = 0;
  analysis::triad_census triads{};
  std::size_t positive = 0;
  std::size_t negative = 0;
  analysis::signed_partition frustration{};
};

// The two measures in [0, 1] against the years, drawn by geokg's SVG line-chart writer.
void write_chart(const fs::path& file, const std::vector<year_row>& rows) {
  geokg::io::line_chart chart{
      .title = fmt::format("Structural balance of the interstate system, {}-{}", rows.front().year,
                           rows.back().year),
      .x_label = "year (COW states; alliances +, militarized disputes -)",
      .y_label = "share",
      .scale = geokg::io::x_scale::number};
  geokg::io::chart_series balanced{.name = "balanced triangles / all triangles"};
  geokg::io::chart_series frustration{.name = "1 - frustration index / (edges / 2)"};
  for (const auto& r : rows) {
    const auto year = static_cast<double>(r.year);
    const auto edges = static_cast<double>(r.positive + r.negative);
    balanced.x.push_back(year);
    balanced.y.push_back(r.triads.total() == 0 ? std::nan("") : r.triads.degree_of_balance());
    frustration.x.push_back(year);
    frustration.y.push_back(
        edges == 0 ? std::nan("") : 1.0 - static_cast<double>(r.frustration.value) / (edges / 2.0));
  }
  chart.series = {std::move(balanced), std::move(frustration)};
  chart.y_from_zero = true;
  geokg::io::write_svg(chart, file);
}

}  // namespace

int main(int argc, char** argv) {
  const fs::path real = argc > 1 ? fs::path(argv[1]) : fs::path(GEOKG_REAL_DATA_DIR);
  const std::string prefix = argc > 2 ? argv[2] : "interstate_balance";
  const double budget = argc > 3 ? std::stod(argv[3]) : 2.0;
  if (!fs::exists(real / "cow_states")) {
    std::cerr << "interstate_balance: no COW data in " << real
              << " (give the folder as the first argument)\n";
    return 2;
  }
  const std::vector<geokg::io::input> inputs = {
      {"cow-states", real / "cow_states", {}},
      {"cow-mid", real / "cow_mid", {}},
      {"mapped", real / "cow_alliance" / "peacesciencer_cow_alliance_dyadyear.csv.gz",
       fs::path(GEOKG_MAPPINGS_DIR) / "cow_alliance_dyadyear.map"},
      // ATOP runs to 2018, COW's alliances to 2012: together they cover every year of the MIDs.
      {"mapped", real / "atop" / "peacesciencer_atop_alliance_dyadyear.csv.gz",
       fs::path(GEOKG_MAPPINGS_DIR) / "atop_dyadyear.map"},
  };
  geokg::io::load_options load_options;
  load_options.on_error = geokg::io::error_mode::collect;
  const auto loaded = geokg::io::load(inputs, load_options);
  std::cerr << loaded.report.summary();  // row accounts; rejected rows are counted, the rest used
  const auto& g = loaded.graph;

  analysis::snapshot_options snap;
  snap.kinds = geokg::kind_set{geokg::relation_kind::alliance, geokg::relation_kind::dispute,
                               geokg::relation_kind::war};
  snap.time = geokg::time_rule::possible;  // a relation counts for every year it touches
  snap.only = geokg::actor_kind::state;
  snap.drop_isolated = true;
  analysis::partition_options exact;
  exact.time_limit_seconds = budget;

  std::vector<year_row> rows;
  for (int year = 1816; year <= 2014; ++year) {
    const auto at = *geokg::date::from_year(year);
    const auto sg = analysis::signed_snapshot(g, at, snap);
    year_row row{
        year, sg.num_vertices(), analysis::count_triads(sg), sg.num_positive(), sg.num_negative(),
        {}};
    row.frustration = analysis::frustration_index(sg, exact);
    rows.push_back(std::move(row));
  }

  std::ofstream csv(prefix + ".csv");
  csv << "year,states,positive,negative,ppp,ppn,pnn,nnn,balanced_share,frustration,lower,upper,"
         "optimal\n";
  std::size_t proven = 0;
  for (const auto& r : rows) {
    csv << fmt::format("{},{},{},{},{},{},{},{},{:.4f},{},{},{},{}\n", r.year, r.states, r.positive,
                       r.negative, r.triads.ppp, r.triads.ppn, r.triads.pnn, r.triads.nnn,
                       r.triads.degree_of_balance(), r.frustration.value, r.frustration.lower,
                       r.frustration.upper, r.frustration.optimal);
    proven += r.frustration.optimal ? 1U : 0U;
  }
  write_chart(prefix + ".svg", rows);

  fmt::print("{:>4}  {:>6}  {:>5}  {:>5}  {:>8}  {:>11}\n", "year", "states", "+", "-", "balanced",
             "frustration");
  for (const auto& r : rows) {
    if (r.year % 25 != 0 && r.year != 2014) continue;
    fmt::print("{:>4}  {:>6}  {:>5}  {:>5}  {:>8.3f}  {:>11}\n", r.year, r.states, r.positive,
               r.negative, r.triads.degree_of_balance(),
               r.frustration.optimal
                   ? std::to_string(r.frustration.value)
                   : fmt::format("{}..{}", r.frustration.lower, r.frustration.upper));
  }
  fmt::print("\n{} years, frustration proven optimal in {}; wrote {}.csv and {}.svg\n", rows.size(),
             proven, prefix, prefix);
  return 0;
}
