// SPDX-License-Identifier: MIT
// geokg::analysis from Python: structural balance at a date and over a run of dates, the series
// of the CLI's `series` measures (analysis/dated_series.hpp), blocs and centrality. The work runs
// with the GIL released; the results become Python objects afterwards.
#include <string>
#include <utility>
#include <vector>

#include <pybind11/stl.h>

#include <geokg/analysis.hpp>
#include <geokg/output/balance.hpp>
#include <geokg/query/series.hpp>

#include "bindings.hpp"

namespace py = pybind11;

namespace geokg::python {

namespace {

// The options of the CLI's analysis commands, parsed by the same library function
// (`analysis::parse_snapshot_options`); None for `only` or `kinds` is every kind.
analysis::snapshot_options snapshot_options_of(const py::object& only, const std::string& rule,
                                               const py::object& kinds) {
  const auto only_text = only.is_none() ? std::nullopt : std::optional(only.cast<std::string>());
  const auto kind_names =
      kinds.is_none() ? std::vector<std::string>{} : kinds.cast<std::vector<std::string>>();
  return analysis::parse_snapshot_options(
      {.only = only_text ? std::optional<std::string_view>(*only_text) : std::nullopt,
       .rule = rule,
       .kinds = kind_names});
}

// The shape of `geokg balance --format json` (the library's writer, geokg/output/balance.hpp),
// plus, given the signed graph `sg` the point was measured on, its signed edges and the two
// groups of the frustration index.
py::dict balance_dict(const knowledge_graph& g, const analysis::balance_point& p,
                      const analysis::signed_graph* sg = nullptr) {
  py::dict d = written_json([&](io::json_writer& w) { output::write_json(w, p); });
  if (sg == nullptr) return d;
  const auto& f = p.frustration;
  const auto id = [&](analysis::signed_vertex v) { return g[sg->actors[v]].id.str(); };
  py::list edges;
  for (const auto& e : sg->edges)
    edges.append(py::make_tuple(id(e.u), id(e.v), std::string(to_string(e.polarity)), e.weight));
  d["edges"] = edges;
  py::list groups;
  groups.append(py::list());
  groups.append(py::list());
  for (std::size_t v = 0; v < f.group.size(); ++v)
    groups[static_cast<std::size_t>(f.group[v] == 0 ? 0 : 1)].cast<py::list>().append(
        id(static_cast<analysis::signed_vertex>(v)));
  d["groups"] = groups;
  py::list frustrated;
  for (const auto i : f.violating_edges) {
    const auto& e = sg->edges[i];
    frustrated.append(py::make_tuple(id(e.u), id(e.v), std::string(to_string(e.polarity))));
  }
  d["frustrated_edges"] = frustrated;
  return d;
}

// A measure of the signed snapshot at a date, with the snapshot it was taken on.
template <class Result>
struct snapshot_measure {
  date at;
  analysis::signed_graph sg;
  Result result;
};

// Takes the signed snapshot at `at` with the options of the analysis commands and applies
// `measure(sg, at)` to it, with the GIL released: the loaded graph is read-only.
template <class Measure>
auto measure_snapshot(const loaded_graph& s, const std::string& at, const py::object& only,
                      const std::string& rule, const py::object& kinds, Measure measure) {
  const auto d = date_argument(at, "at");
  const auto snap = snapshot_options_of(only, rule, kinds);
  py::gil_scoped_release release;
  auto sg = analysis::signed_snapshot(s.graph, d, snap);
  auto result = measure(std::as_const(sg), d);
  return snapshot_measure<decltype(result)>{d, std::move(sg), std::move(result)};
}

std::vector<date> step_dates_argument(const std::string& start, const std::string& end,
                                      const std::string& step, unsigned every) {
  const auto first = date_argument(start, "start");
  const auto last = date_argument(end, "end");
  if (step != "year" && step != "month")
    throw_argument_error(errc::invalid_value, "unknown step '" + step + "' (known: year, month)");
  if (every == 0) throw_argument_error(errc::invalid_value, "every must be at least 1");
  // data_error `end_before_start` ("end 1950 is before start 2023") if the range is reversed.
  return analysis::series_dates(
      first, last, {step == "year" ? query::step_unit::year : query::step_unit::month, every});
}

}  // namespace

void bind_analysis(py::class_<loaded_graph, std::shared_ptr<loaded_graph>>& c) {
  c.def(
      "balance",
      [](const loaded_graph& s, const std::string& at, const py::object& only,
         const std::string& rule, const py::object& kinds, double time_limit) {
        const auto m = measure_snapshot(s, at, only, rule, kinds, [&](const auto& sg, date d) {
          return analysis::measure_balance(sg, d, {.time_limit_seconds = time_limit});
        });
        return balance_dict(s.graph, m.result, &m.sg);
      },
      py::arg("at"), py::arg("only") = py::none(), py::arg("rule") = "first_day",
      py::arg("kinds") = py::none(), py::arg("time_limit") = 60.0);

  c.def(
      "balance_series",
      [](const loaded_graph& s, const std::string& start, const std::string& end,
         const std::string& step, unsigned every, const py::object& only, const std::string& rule,
         const py::object& kinds, double time_limit) {
        const auto dates = step_dates_argument(start, end, step, every);
        const auto snap = snapshot_options_of(only, rule, kinds);
        std::vector<analysis::balance_point> points;
        {
          py::gil_scoped_release release;
          points = analysis::balance_series(s.graph, dates, snap,
                                            {.frustration = {.time_limit_seconds = time_limit}});
        }
        return written_json([&](io::json_writer& w) { output::write_json(w, points); });
      },
      py::arg("start"), py::arg("end"), py::arg("step") = "year", py::arg("every") = 1,
      py::arg("only") = py::none(), py::arg("rule") = "first_day", py::arg("kinds") = py::none(),
      py::arg("time_limit") = 60.0);

  c.def(
      "series",
      [](const loaded_graph& s, const std::string& measure, const std::string& start,
         const std::string& end, const std::string& step, unsigned every, const py::object& only,
         const std::string& rule, const py::object& kinds, double time_limit) {
        const auto m = analysis::parse_series_measure(measure);
        if (!m) {
          std::string known;
          for (const auto x : analysis::series_measures())
            known += (known.empty() ? "" : ", ") + std::string(analysis::to_string(x));
          throw_argument_error(errc::invalid_value,
                               "unknown measure '" + measure + "' (known: balance, " + known + ")");
        }
        const auto dates = step_dates_argument(start, end, step, every);
        const auto snap = snapshot_options_of(only, rule, kinds);
        std::vector<analysis::series_value> points;
        {
          py::gil_scoped_release release;
          points = analysis::measure_series(s.graph, *m, dates, snap,
                                            {.frustration = {.time_limit_seconds = time_limit}});
        }
        py::list out;
        for (const auto& p : points) {
          py::dict row;
          row["at"] = to_string(p.at);
          row["value"] = p.value;
          if (*m == analysis::series_measure::frustration) {
            row["lower"] = p.lower;
            row["upper"] = p.upper;
            row["optimal"] = p.optimal;
          }
          out.append(row);
        }
        return out;
      },
      py::arg("measure"), py::arg("start"), py::arg("end"), py::arg("step") = "year",
      py::arg("every") = 1, py::arg("only") = py::none(), py::arg("rule") = "first_day",
      py::arg("kinds") = py::none(), py::arg("time_limit") = 60.0);

  c.def(
      "centrality",
      [](const loaded_graph& s, const std::string& at, const py::object& only,
         const std::string& rule, const py::object& kinds) {
        const auto m = measure_snapshot(s, at, only, rule, kinds, [](const auto& sg, date) {
          return analysis::centrality(sg);
        });
        const auto& sg = m.sg;
        const auto& r = m.result;
        py::list out;
        for (std::size_t v = 0; v < r.vertices.size(); ++v) {
          const auto& x = r.vertices[v];
          py::dict row;
          row["actor"] = s.graph[sg.actors[v]].id.str();
          row["positive_degree"] = x.positive_degree;
          row["negative_degree"] = x.negative_degree;
          row["betweenness"] = x.betweenness;
          row["positive_betweenness"] = x.positive_betweenness;
          row["eigenvector"] = x.eigenvector;
          row["pagerank"] = x.pagerank;
          out.append(row);
        }
        return out;
      },
      py::arg("at"), py::arg("only") = py::none(), py::arg("rule") = "first_day",
      py::arg("kinds") = py::none());

  c.def(
      "blocs",
      [](const loaded_graph& s, const std::string& at, int k, const py::object& only,
         const std::string& rule, const py::object& kinds, double time_limit) {
        const auto m = measure_snapshot(s, at, only, rule, kinds, [&](const auto& sg, date) {
          return analysis::signed_blocs(sg, k, {.time_limit_seconds = time_limit});
        });
        const auto& sg = m.sg;
        const auto& p = m.result;
        py::dict out;
        out["at"] = to_string(m.at);
        out["value"] = p.value;
        out["lower"] = p.lower;
        out["upper"] = p.upper;
        out["optimal"] = p.optimal;
        py::list blocs;
        for (int b = 0; b < p.groups_used; ++b)
          blocs.append(py::list());
        for (std::size_t v = 0; v < p.group.size(); ++v)
          blocs[static_cast<std::size_t>(p.group[v])].cast<py::list>().append(
              s.graph[sg.actors[v]].id.str());
        out["blocs"] = blocs;
        return out;
      },
      py::arg("at"), py::arg("k") = 2, py::arg("only") = py::none(), py::arg("rule") = "first_day",
      py::arg("kinds") = py::none(), py::arg("time_limit") = 60.0);
}

}  // namespace geokg::python
