// SPDX-License-Identifier: MIT
// Arguments from Python (ids, dates, kinds, rules) and results to Python (relations, events,
// actors as dicts): the conversions every binding area shares.
#include <string>

#include <pybind11/stl.h>

#include <geokg/query/suggest.hpp>

#include "bindings.hpp"

namespace py = pybind11;

namespace geokg::python {

actor_index actor_argument(const knowledge_graph& g, std::string_view id) {
  if (const auto a = g.find_actor(id)) return *a;
  // The CLI's suggestions and message: only ids that are plausibly typos.
  const auto close = query::closest_actor_ids(g, id);
  const auto message = query::unknown_actor_message(id, close);
  const auto errors = py::module_::import("geokg.errors");
  PyErr_SetObject(errors.attr("LookupError").ptr(),
                  errors
                      .attr("LookupError")(message, py::arg("id") = "unknown_actor",
                                           py::arg("actor") = std::string(id),
                                           py::arg("suggestions") = py::cast(close))
                      .ptr());
  throw py::error_already_set();
}

void throw_argument_error(errc code, const std::string& message) {
  throw data_error(code, message);
}

date date_argument(std::string_view text, std::string_view what) {
  if (const auto d = parse_date(text)) return *d;
  throw_argument_error(errc::invalid_date,
                       "invalid date '" + std::string(text) + "' for " + std::string(what) +
                           " (expected YYYY-MM-DD, YYYY-MM, YYYY, 1930s, 7th century...)");
}

std::optional<date> optional_date(const py::object& text, std::string_view what) {
  if (text.is_none()) return std::nullopt;
  return date_argument(text.cast<std::string>(), what);
}

py::object from_json(const std::string& text) {
  return py::module_::import("json").attr("loads")(text);
}

time_rule rule_argument(std::string_view text) {
  if (const auto r = parse_time_rule(text)) return *r;
  throw_argument_error(errc::invalid_value, "unknown time rule '" + std::string(text) +
                                                "' (known: first_day, certain, possible)");
}

kind_set kinds_argument(const py::object& names) {
  if (names.is_none()) return kind_set::all();
  const auto list = names.cast<std::vector<std::string>>();
  if (list.empty()) return kind_set::all();
  kind_set out;
  for (const auto& n : list) {
    const auto k = parse_relation_kind(n);
    if (!k) throw_argument_error(errc::unknown_relation_kind, "unknown relation kind '" + n + "'");
    out.insert(*k);
  }
  return out;
}

std::optional<actor_kind> actor_kind_argument(const py::object& name) {
  if (name.is_none()) return std::nullopt;
  const auto text = name.cast<std::string>();
  if (const auto k = parse_actor_kind(text)) return k;
  throw_argument_error(errc::invalid_value, "unknown actor kind '" + text + "'");
}

py::object interval_start(const interval& i) {
  if (const auto s = i.start()) return py::str(to_string(*s));
  return py::none();
}

py::object interval_end(const interval& i) {
  if (const auto e = i.end()) return py::str(to_string(*e));
  return py::none();
}

py::dict relation_dict(const knowledge_graph& g, relation_index r) {
  const auto& rel = g.relation_at(r);
  const statement_ref ref{r};
  py::dict d;
  d["index"] = r;
  d["id"] = std::string(g.id_of(ref));
  d["source"] = g[rel.source].id.str();
  d["target"] = g[rel.target].id.str();
  d["kind"] = std::string(to_string(rel.kind));
  d["sign"] = std::string(to_string(rel.polarity()));
  d["directed"] = rel.directed();
  d["when"] = to_string(rel.when);
  d["start"] = interval_start(rel.when);
  d["end"] = interval_end(rel.when);
  d["weight"] = static_cast<double>(rel.weight);
  d["subkind"] = rel.subkind;
  d["status"] = std::string(to_string(g.status_of(ref)));
  d["event"] = rel.event == no_index ? py::object(py::none())
                                     : py::object(py::str(std::string(g.id_of(rel.event))));
  return d;
}

py::dict event_dict(const knowledge_graph& g, event_index e) {
  const auto& ev = g.event_at(e);
  const statement_ref ref{e};
  py::dict d;
  d["index"] = e;
  d["id"] = std::string(g.id_of(ref));
  d["kind"] = std::string(to_string(ev.kind));
  d["title"] = ev.title;
  d["when"] = to_string(ev.when);
  d["start"] = interval_start(ev.when);
  d["end"] = interval_end(ev.when);
  d["status"] = std::string(to_string(g.status_of(ref)));
  py::list participants;
  for (const auto& p : ev.participants)
    participants.append(py::make_tuple(g[p.actor].id.str(), std::string(to_string(p.role))));
  d["participants"] = participants;
  return d;
}

py::dict actor_dict(const knowledge_graph& g, actor_index a) {
  const auto& act = g[a];
  py::dict d;
  d["index"] = a;
  d["id"] = act.id.str();
  d["kind"] = std::string(to_string(act.kind));
  d["name"] = act.name;
  d["aliases"] = act.aliases;
  py::list existence;
  for (const auto& spell : act.existence)
    existence.append(to_string(spell));
  d["existence"] = existence;
  py::list codes;
  for (const auto& c : act.codes)
    codes.append(py::make_tuple(std::string(to_string(c.system)), c.value, to_string(c.valid)));
  d["codes"] = codes;
  d["note"] = act.note;
  return d;
}

}  // namespace geokg::python
