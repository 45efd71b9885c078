// SPDX-License-Identifier: MIT
// `_geokg.events`: the event layer (geokg/events) for geokg.events: files read and aggregated in
// C++ with the GIL released, partial aggregates as bytes so that Dask can move and merge them.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <pybind11/stl.h>

#include <geokg/events.hpp>
#include <geokg/io/json_writer.hpp>
#include <geokg/output/aggregate.hpp>

#include "bindings.hpp"

namespace py = pybind11;

namespace geokg::python {

namespace {

using events::partial_aggregate;

events::event_format format_argument(const std::string& name) {
  if (const auto f = events::parse_event_format(name)) return *f;
  throw_argument_error(errc::invalid_value,
                       "format must be 'gdelt', 'icews' or 'polecat', not '" + name + "'");
}

io::error_mode error_mode_argument(const std::string& on_error) {
  if (on_error != "stop" && on_error != "collect")
    throw_argument_error(errc::invalid_value,
                         "on_error must be 'stop' or 'collect', not '" + on_error + "'");
  return on_error == "collect" ? io::error_mode::collect : io::error_mode::stop;
}

// The rule of a rule text (`parse_rule`'s form); errors name the text "rule".
events::aggregation_rule rule_argument(const std::string& text) {
  return events::parse_rule(text, "rule");
}

std::shared_ptr<partial_aggregate> aggregate_files(const std::vector<std::string>& paths,
                                                   const std::string& format,
                                                   const std::string& rule_text, unsigned threads,
                                                   const std::string& on_error,
                                                   std::size_t max_diagnostics) {
  const auto fmt = format_argument(format);
  const auto rule = rule_argument(rule_text);
  events::aggregate_options options;
  options.threads = threads;
  options.read.on_error = error_mode_argument(on_error);
  options.read.max_diagnostics = max_diagnostics;
  const std::vector<std::filesystem::path> files(paths.begin(), paths.end());
  py::gil_scoped_release release;
  return std::make_shared<partial_aggregate>(events::aggregate_files(files, fmt, rule, options));
}

py::dict account_dict(const events::row_account& a) {
  auto d = written_json([&](io::json_writer& w) { output::write_json(w, a); }).cast<py::dict>();
  d["diagnostics"] = list_of(a.diagnostics, [](const diagnostic& x) { return to_string(x); });
  return d;
}

}  // namespace

void bind_events(py::module_& m) {
  auto ev = m.def_submodule("events", "geokg's event layer; use geokg.events, not this module");

  py::class_<partial_aggregate, std::shared_ptr<partial_aggregate>>(ev, "Aggregate")
      .def_static(
          "from_bytes",
          [](const py::bytes& data) {
            const auto text = static_cast<std::string>(data);
            py::gil_scoped_release release;
            return std::make_shared<partial_aggregate>(partial_aggregate::deserialise(text));
          },
          py::arg("data"))
      .def("to_bytes",
           [](const partial_aggregate& a) {
             std::string bytes;
             {
               py::gil_scoped_release release;
               bytes = a.serialise();
             }
             return py::bytes(bytes);
           })
      .def(
          "merge",
          [](partial_aggregate& a, const partial_aggregate& b) {
            py::gil_scoped_release release;
            a.merge(b);
          },
          py::arg("other"))
      .def_property_readonly("rule_text",
                             [](const partial_aggregate& a) { return events::to_text(a.rule()); })
      .def_property_readonly("checksum", &partial_aggregate::checksum)
      .def_property_readonly("events", &partial_aggregate::events)
      .def_property_readonly("filtered", &partial_aggregate::filtered)
      .def_property_readonly("duplicates", &partial_aggregate::duplicates)
      .def_property_readonly("window_count", &partial_aggregate::window_count)
      .def("accounts",
           [](const partial_aggregate& a) { return list_of(a.accounts(), account_dict); })
      .def(
          "windows",
          [](const partial_aggregate& a, bool relations_only) {
            const auto which =
                relations_only ? output::windows_written::relations : output::windows_written::all;
            return written_json([&](io::json_writer& w) {
              w.begin_array();
              for (const auto& x : a.windows())
                if (which == output::windows_written::all || x.kind) output::write_json(w, x);
              w.end_array();
            });
          },
          py::arg("relations_only") = false)
      .def(
          "to_json",
          [](const partial_aggregate& a, bool relations_only) {
            return written_json([&](io::json_writer& w) {
              output::write_json(w, a,
                                 relations_only ? output::windows_written::relations
                                                : output::windows_written::all);
            });
          },
          py::arg("relations_only") = false)
      .def("__eq__", [](const partial_aggregate& a, const partial_aggregate& b) { return a == b; });

  ev.def("aggregate_files", &aggregate_files, py::arg("paths"), py::arg("format") = "gdelt",
         py::arg("rule") = "", py::arg("threads") = 0U, py::arg("on_error") = "stop",
         py::arg("max_diagnostics") = 100);
  ev.def(
      "event_files",
      [](const std::string& path, const std::string& format) {
        return list_of(events::event_files(path, format_argument(format)),
                       [](const auto& p) { return p.string(); });
      },
      py::arg("path"), py::arg("format") = "gdelt");
  ev.def(
      "rule_text", [](const std::string& text) { return events::to_text(rule_argument(text)); },
      py::arg("text"));
}

}  // namespace geokg::python
