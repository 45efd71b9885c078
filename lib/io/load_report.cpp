// SPDX-License-Identifier: MIT
// The JSON of a load report, shared by `geokg validate` and the Python module.

#include "geokg/io/load_report.hpp"

#include "geokg/io/json_writer.hpp"

namespace geokg::io {

namespace {

void write_counts(json_writer& w, std::string_view name, const record_counts& c) {
  w.key(name).begin_object();
  w.key("read").value(c.read).key("loaded").value(c.loaded).key("rejected").value(c.rejected);
  w.end_object();
}

}  // namespace

void write_json(json_writer& w, const load_report& report) {
  w.begin_object();
  w.key("ok").value(report.ok());
  w.key("errors").value(report.count(severity::error));
  w.key("warnings").value(report.count(severity::warning));
  w.key("diagnostics_not_kept").value(report.errors_not_kept + report.warnings_not_kept);
  write_counts(w, "sources", report.sources);
  write_counts(w, "actors", report.actors);
  write_counts(w, "events", report.events);
  write_counts(w, "relations", report.relations);
  write_counts(w, "claims", report.claims);
  w.key("diagnostics").begin_array();
  for (const auto& d : report.diagnostics) {
    w.begin_object();
    w.key("severity").value(to_string(d.level)).key("id").value(to_string(d.code));
    w.key("path").value(d.where.path).key("line").value(d.where.line);
    w.key("column").value(d.where.column).key("field").value(d.where.field);
    w.key("message").value(d.message);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

}  // namespace geokg::io
