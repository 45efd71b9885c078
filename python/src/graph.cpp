// SPDX-License-Identifier: MIT
// Loading (any input the CLI's -i takes, with the GIL released) and the graph's contents: actors,
// relations, events, the load report.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <pybind11/stl.h>

#include <geokg/io/input_check.hpp>
#include <geokg/io/load.hpp>

#include "bindings.hpp"

namespace py = pybind11;

namespace geokg::python {

namespace {

// One input: "[FORMAT:]PATH" text parsed as the CLI parses -i, or a (format, path, mapping)
// tuple the Python layer built from a path object or a keyword.
io::input input_argument(const py::handle& item) {
  if (py::isinstance<py::str>(item)) {
    // As the CLI's -i: "xml:folder" names no format and no file (data_error `invalid_value`).
    return io::parse_input_checked(item.cast<std::string>());
  }
  const auto t = item.cast<std::tuple<std::string, std::string, std::string>>();
  return io::input{std::get<0>(t), std::get<1>(t), std::get<2>(t)};
}

// The report as `geokg validate --format json` gives it (the library's writer), with what only
// Python shows: the row accounts of real-dataset tables (before the diagnostics), each
// diagnostic's text line, and the summary.
py::dict report_dict(const io::load_report& r) {
  const py::dict shared = written_json([&](io::json_writer& w) { io::write_json(w, r); });
  const auto tables = list_of(r.tables, [](const io::table_counts& t) {
    py::dict row;
    row["path"] = t.path;
    row["read"] = t.rows.read;
    row["loaded"] = t.rows.loaded;
    row["skipped"] = t.skipped;
    row["rejected"] = t.rows.rejected;
    return row;
  });
  const py::list diagnostics = shared["diagnostics"];
  for (std::size_t i = 0; i < r.diagnostics.size(); ++i)
    diagnostics[i]["text"] = to_string(r.diagnostics[i]);
  py::dict d;
  for (const auto& [key, value] : shared) {
    if (key.cast<std::string_view>() == "diagnostics") d["tables"] = tables;
    d[key] = value;
  }
  d["summary"] = r.summary();
  return d;
}

std::shared_ptr<loaded_graph> load(const py::list& items, const std::string& on_error, bool strict,
                                   std::optional<std::uint64_t> max_diagnostics) {
  std::vector<io::input> inputs;
  for (const auto& item : items)
    inputs.push_back(input_argument(item));
  io::load_options options;
  if (on_error != "stop" && on_error != "collect")
    throw_argument_error(errc::invalid_value,
                         "on_error must be 'stop' or 'collect', not '" + on_error + "'");
  options.on_error = on_error == "collect" ? io::error_mode::collect : io::error_mode::stop;
  if (strict) options.graph.existence = existence_policy::reject;
  options.limits.max_diagnostics = max_diagnostics.value_or(io::keep_all_diagnostics);
  io::load_result result;
  {
    // Reading a real dataset takes seconds: let other Python threads run meanwhile.
    py::gil_scoped_release release;
    result = io::load(std::span<const io::input>(inputs), options);
  }
  return std::make_shared<loaded_graph>(
      loaded_graph{std::move(result.graph), std::move(result.report)});
}

}  // namespace

void bind_graph(py::module_& m) {
  py::class_<loaded_graph, std::shared_ptr<loaded_graph>> c(
      m, "Graph", "A loaded knowledge graph (use geokg.load; this is the extension's object)");
  c.def_property_readonly("num_actors", [](const loaded_graph& s) { return s.graph.num_actors(); })
      .def_property_readonly("num_relations",
                             [](const loaded_graph& s) { return s.graph.num_relations(); })
      .def_property_readonly("num_events",
                             [](const loaded_graph& s) { return s.graph.num_events(); })
      .def_property_readonly("num_claims",
                             [](const loaded_graph& s) { return s.graph.num_claims(); })
      .def_property_readonly("num_sources",
                             [](const loaded_graph& s) { return s.graph.num_sources(); })
      .def("report", [](const loaded_graph& s) { return report_dict(s.report); })
      .def("has_actor", [](const loaded_graph& s,
                           const std::string& id) { return s.graph.find_actor(id).has_value(); })
      .def("actor",
           [](const loaded_graph& s, const std::string& id) {
             return actor_dict(s.graph, actor_argument(s.graph, id));
           })
      .def(
          "actors",
          [](const loaded_graph& s, const py::object& kind, const py::object& at) {
            const auto k = actor_kind_argument(kind);
            const auto d = optional_date(at, "at");
            py::list out;
            const auto all = s.graph.actors();
            for (std::size_t i = 0; i < all.size(); ++i) {
              if (k && all[i].kind != *k) continue;
              if (d && !all[i].exists_at(*d)) continue;
              out.append(actor_dict(s.graph, static_cast<actor_index>(i)));
            }
            return out;
          },
          py::arg("kind") = py::none(), py::arg("at") = py::none())
      .def(
          "relations",
          [](const loaded_graph& s, const py::object& at, const std::string& rule,
             const py::object& kinds) {
            const auto d = optional_date(at, "at");
            const auto r = rule_argument(rule);
            const auto k = kinds_argument(kinds);
            py::list out;
            const auto all = s.graph.relations();
            for (std::size_t i = 0; i < all.size(); ++i) {
              if (!k.contains(all[i].kind)) continue;
              if (d && !all[i].when.contains(*d, r)) continue;
              out.append(relation_dict(s.graph, static_cast<relation_index>(i)));
            }
            return out;
          },
          py::arg("at") = py::none(), py::arg("rule") = "first_day", py::arg("kinds") = py::none())
      .def("events",
           [](const loaded_graph& s) {
             py::list out;
             for (std::size_t i = 0; i < s.graph.num_events(); ++i)
               out.append(event_dict(s.graph, static_cast<event_index>(i)));
             return out;
           })
      .def("statement", [](const loaded_graph& s, const std::string& id) -> py::object {
        const auto ref = s.graph.find_statement(id);
        if (!ref) return py::none();
        if (ref->kind == statement_kind::relation)
          return relation_dict(s.graph, ref->as_relation());
        if (ref->kind == statement_kind::event) return event_dict(s.graph, ref->as_event());
        py::dict d;
        const auto& cl = s.graph.claim_at(ref->as_claim());
        d["index"] = ref->index;
        d["id"] = id;
        d["kind"] = std::string(to_string(cl.kind));
        d["text"] = cl.text;
        d["label"] = cl.label;
        d["status"] = std::string(to_string(s.graph.status_of(*ref)));
        return d;
      });
  bind_queries(c);
  bind_analysis(c);

  m.def("load", &load, py::arg("inputs"), py::arg("on_error") = "stop", py::arg("strict") = false,
        py::arg("max_diagnostics") = io::load_limits{}.max_diagnostics,
        "Loads inputs ('[FORMAT:]PATH' text or (format, path, mapping) tuples) into one graph");
  m.def("formats", [] {
    py::list out;
    for (const auto& f : io::input_formats())
      out.append(py::make_tuple(std::string(f.name), std::string(f.path), std::string(f.what)));
    return out;
  });
}

}  // namespace geokg::python
