// SPDX-License-Identifier: MIT
// What the binding files of the `_geokg` extension share: the graph object Python holds, the
// conversions of arguments (ids, dates, kinds) and of results (relations, actors) to plain
// Python objects. Private to python/src; nothing here is installed.
#pragma once

#include <cstdint>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

#include <pybind11/pybind11.h>

#include <geokg/core.hpp>
#include <geokg/io/json_writer.hpp>
#include <geokg/io/load_report.hpp>

// geokg's index types (actor_index, relation_index, ...) are Python ints, as the plain integers
// they replaced were: without this caster pybind11 would treat them as unregistered classes and
// fail at run time.
template <class Tag>
struct pybind11::detail::type_caster<geokg::strong_index<Tag>> {
  PYBIND11_TYPE_CASTER(geokg::strong_index<Tag>, const_name("int"));
  bool load(handle src, bool convert) {
    type_caster<std::uint32_t> raw;
    if (!raw.load(src, convert)) return false;
    value = geokg::strong_index<Tag>{static_cast<std::uint32_t>(raw)};
    return true;
  }
  static handle cast(geokg::strong_index<Tag> i, return_value_policy, handle) {
    return PyLong_FromUnsignedLong(i.value());
  }
};

namespace geokg::python {

/// A loaded graph and the account of its load, owned by Python through a shared pointer so that
/// views and results made from it keep it alive. Nothing mutates it after loading, which is what
/// makes releasing the GIL around queries and analyses safe (the graph is read-only shared data).
struct loaded_graph {
  knowledge_graph graph;
  io::load_report report;
};

/// The actor with id `id`, or geokg.LookupError with the closest ids ("did you mean KOR?"), as the
/// CLI does.
actor_index actor_argument(const knowledge_graph& g, std::string_view id);

/// A date argument as text (the Python layer turns `datetime.date` into ISO text), or
/// geokg.DataError `invalid_date`.
date date_argument(std::string_view text, std::string_view what);

/// An optional date argument: None, or as `date_argument`.
std::optional<date> optional_date(const pybind11::object& text, std::string_view what);

/// "first_day", "certain" or "possible", else geokg.DataError `invalid_value`.
time_rule rule_argument(std::string_view text);

/// A list of relation kind names (None or empty: every kind), else geokg.DataError.
kind_set kinds_argument(const pybind11::object& names);

/// An actor kind name ("state"), None for any, else geokg.DataError.
std::optional<actor_kind> actor_kind_argument(const pybind11::object& name);

/// The Python value of a JSON text (`json.loads`): how a result reaches Python in the shape the
/// library's JSON writer gives it, the same as the CLI's `--format json`.
pybind11::object from_json(const std::string& text);

/// The Python value of what `write` writes with a JSON writer (see `from_json`).
template <class Write>
pybind11::object written_json(Write write) {
  std::ostringstream out;
  io::json_writer w(out);
  write(w);
  return from_json(out.str());
}

/// A Python list of `item(x)` for every `x` of `items`, in order.
template <class Range, class Item>
pybind11::list list_of(const Range& items, Item item) {
  pybind11::list out;
  for (const auto& x : items)
    out.append(item(x));
  return out;
}

/// Throws geokg.DataError with an error id and no location (a bad argument).
[[noreturn]] void throw_argument_error(errc code, const std::string& message);

/// A relation as a dict: index, id, source, target, kind, sign, directed, when, start, end,
/// weight, subkind, status, event.
pybind11::dict relation_dict(const knowledge_graph& g, relation_index r);

/// An event as a dict: index, id, kind, title, when, start, end, status, participants.
pybind11::dict event_dict(const knowledge_graph& g, event_index e);

/// An actor as a dict: index, id, kind, name, aliases, existence, codes, note.
pybind11::dict actor_dict(const knowledge_graph& g, actor_index a);

/// The first day of an interval's start and the (exclusive) start of its end, as text; None for
/// an open end.
pybind11::object interval_start(const interval& i);
pybind11::object interval_end(const interval& i);

// The binding areas, one file each.
void bind_errors(pybind11::module_& m);
void bind_graph(pybind11::module_& m);
void bind_events(pybind11::module_& m);
void bind_queries(pybind11::class_<loaded_graph, std::shared_ptr<loaded_graph>>& c);
void bind_analysis(pybind11::class_<loaded_graph, std::shared_ptr<loaded_graph>>& c);

}  // namespace geokg::python
