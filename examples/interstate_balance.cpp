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
  analysis::frustration_result frustration{};
};

// A line chart of two series in [0, 1] against the years, as a standalone SVG.
void write_chart(const fs::path& file, const std::vector<year_row>& rows) {
  constexpr double width = 900, height = 420, left = 60, right = 20, top = 40, bottom = 50;
  const int first = rows.front().year, last = rows.back().year;
  const auto x = [&](int year) {
    return left + (width - left - right) * (year - first) / std::max(1, last - first);
  };
  const auto y = [&](double v) { return top + (height - top - bottom) * (1.0 - v); };
  std::ofstream out(file);
  out << fmt::format(
             R"(<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" font-family="sans-serif" font-size="12">)",
             width, height)
      << '\n';
  out << fmt::format(
             R"(<text x="{}" y="22" font-size="15">Structural balance of the interstate system, {}-{} (COW alliances, MIDs)</text>)",
             left, first, last)
      << '\n';
  for (int tick = 0; tick <= 4; ++tick) {
    const double v = tick / 4.0;
    out << fmt::format(
               R"(<line x1="{}" x2="{}" y1="{:.1f}" y2="{:.1f}" stroke="#ddd"/><text x="{}" y="{:.1f}" text-anchor="end">{:.2f}</text>)",
               left, width - right, y(v), y(v), left - 6, y(v) + 4, v)
        << '\n';
  }
  for (int year = (first / 25 + 1) * 25; year <= last; year += 25)
    out << fmt::format(R"(<text x="{:.1f}" y="{}" text-anchor="middle">{}</text>)", x(year),
                       height - bottom + 18, year)
        << '\n';
  const auto series = [&](const char* colour, auto value) {
    std::string points;
    for (const auto& r : rows) {
      if (auto v = value(r)) points += fmt::format("{:.1f},{:.1f} ", x(r.year), y(*v));
    }
    out << fmt::format(R"(<polyline fill="none" stroke="{}" stroke-width="1.5" points="{}"/>)",
                       colour, points)
        << '\n';
  };
  series("#1f77b4", [](const year_row& r) -> std::optional<double> {
    return r.triads.total() == 0 ? std::nullopt
                                 : std::optional<double>(r.triads.degree_of_balance());
  });
  series("#d62728", [](const year_row& r) -> std::optional<double> {
    const auto edges = r.positive + r.negative;
    return edges == 0 ? std::nullopt
                      : std::optional<double>(1.0 - static_cast<double>(r.frustration.value) /
                                                        (static_cast<double>(edges) / 2.0));
  });
  out << fmt::format(R"(<text x="{}" y="{}" fill="#1f77b4">share of balanced triangles</text>)",
                     left + 10, height - 12)
      << fmt::format(R"(<text x="{}" y="{}" fill="#d62728">1 - frustration / (edges / 2)</text>)",
                     left + 260, height - 12)
      << "\n</svg>\n";
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
  analysis::frustration_options exact;
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
