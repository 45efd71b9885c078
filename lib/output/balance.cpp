// SPDX-License-Identifier: MIT
#include "geokg/output/balance.hpp"

#include <array>
#include <string>

#include "geokg/analysis/dated_series.hpp"
#include "geokg/io/csv_writer.hpp"
#include "geokg/io/json_writer.hpp"

namespace geokg::output {

namespace {

// clang-format off
constexpr std::array<std::string_view, 14> balance_columns = {
    "at", "actors", "positive_edges", "negative_edges", "+++", "++-", "+--", "---", "balanced",
    "unbalanced", "frustration", "frustration_lower", "frustration_upper", "optimal"};
// clang-format on

}  // namespace

void write_json(io::json_writer& w, const analysis::balance_point& point) {
  const auto& t = point.triads;
  const auto& f = point.frustration;
  w.begin_object();
  w.key("at").value(to_string(point.at));
  w.key("actors").value(point.actors);
  w.key("positive_edges").value(point.positive);
  w.key("negative_edges").value(point.negative);
  w.key("triads").begin_object();
  w.key("+++").value(t.ppp).key("++-").value(t.ppn).key("+--").value(t.pnn).key("---").value(t.nnn);
  w.end_object();
  w.key("balanced").value(t.balanced()).key("unbalanced").value(t.unbalanced());
  w.key("frustration").begin_object();
  w.key("value").value(f.value).key("lower").value(f.lower);
  w.key("upper").value(f.upper).key("optimal").value(f.optimal);
  w.end_object();
  w.end_object();
}

void write_json(io::json_writer& w, std::span<const analysis::balance_point> points) {
  w.begin_array();
  for (const auto& p : points)
    write_json(w, p);
  w.end_array();
}

std::span<const std::string_view> balance_csv_columns() noexcept {
  return balance_columns;
}

void write_csv(io::csv_writer& w, std::span<const analysis::balance_point> points) {
  w.row(balance_columns);
  for (const auto& p : points) {
    const auto& t = p.triads;
    const auto& f = p.frustration;
    w.field(to_string(p.at)).number(p.actors).number(p.positive).number(p.negative);
    w.number(t.ppp).number(t.ppn).number(t.pnn).number(t.nnn);
    w.number(t.balanced()).number(t.unbalanced());
    w.number(f.value).number(f.lower).number(f.upper).field(f.optimal ? "true" : "false");
    w.end_row();
  }
}

}  // namespace geokg::output
