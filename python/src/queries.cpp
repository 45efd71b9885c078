// SPDX-License-Identifier: MIT
// geokg::query from Python: timeline, neighbours, paths, explanations, diffs. Each runs on a
// boost::filtered_graph view of the loaded graph (never a copy) and returns plain Python data.
#include <string>
#include <vector>

#include <pybind11/stl.h>

#include <geokg/query.hpp>

#include "bindings.hpp"

namespace py = pybind11;

namespace geokg::python {

namespace {

py::list id_list(const knowledge_graph& g, const std::vector<actor_index>& actors) {
  return list_of(actors, [&](actor_index a) { return g[a].id.str(); });
}

py::list sources_list(const std::vector<query::cited_source>& cited) {
  return list_of(cited, [](const query::cited_source& c) {
    py::dict d;
    d["source"] = c.source_id;
    d["title"] = c.title;
    d["publisher"] = c.publisher;
    d["locator"] = c.locator;
    d["quote"] = c.quote;
    d["confidence"] = c.confidence ? py::object(py::float_(*c.confidence)) : py::object(py::none());
    return d;
  });
}

py::list ref_ids(const std::vector<query::actor_ref>& refs) {
  return list_of(refs, [](const query::actor_ref& r) { return r.id; });
}

py::list summaries(const std::vector<query::statement_summary>& items) {
  return list_of(items, [](const query::statement_summary& s) {
    py::dict d;
    d["id"] = s.id;
    d["kind"] = std::string(to_string(s.ref.kind));
    d["text"] = s.text;
    d["status"] = std::string(to_string(s.status));
    return d;
  });
}

py::list relation_list(const knowledge_graph& g, const std::vector<relation_index>& relations) {
  return list_of(relations, [&](relation_index r) { return relation_dict(g, r); });
}

py::dict explanation_dict(const query::explanation& x) {
  py::dict d;
  d["a"] = x.a.id;
  d["b"] = x.b.id;
  d["at"] = to_string(x.at);
  d["alignment"] = to_int(x.alignment);
  d["relations"] = list_of(x.relations, [](const auto& r) {
    py::dict e;
    e["id"] = r.id;
    e["source"] = r.source.id;
    e["target"] = r.target.id;
    e["kind"] = std::string(to_string(r.kind));
    e["subkind"] = r.subkind;
    e["sign"] = std::string(to_string(r.polarity));
    e["when"] = to_string(r.when);
    e["status"] = std::string(to_string(r.status));
    e["sources"] = sources_list(r.attribution);
    return e;
  });
  d["events"] = list_of(x.events, [](const auto& ev) {
    py::dict e;
    e["id"] = ev.id;
    e["title"] = ev.title;
    e["kind"] = std::string(to_string(ev.kind));
    e["when"] = to_string(ev.when);
    e["participants"] = ref_ids(ev.participants);
    e["status"] = std::string(to_string(ev.status));
    e["sources"] = sources_list(ev.attribution);
    return e;
  });
  d["shared_allies"] = ref_ids(x.shared_allies);
  d["shared_adversaries"] = ref_ids(x.shared_adversaries);
  d["claims"] = list_of(x.claims, [](const auto& c) {
    py::dict e;
    e["id"] = c.id;
    e["kind"] = std::string(to_string(c.kind));
    e["text"] = c.text;
    e["label"] = c.label;
    e["made_on"] = c.made_on ? py::object(py::str(to_string(*c.made_on))) : py::object(py::none());
    e["subjects"] = summaries(c.subjects);
    e["objects"] = summaries(c.objects);
    e["status"] = std::string(to_string(c.status));
    e["sources"] = sources_list(c.attribution);
    return e;
  });
  d["text"] = query::to_string(x);
  return d;
}

py::list paths_list(const knowledge_graph& g, const std::vector<query::path>& paths) {
  return list_of(paths, [&](const query::path& p) {
    py::dict d;
    d["actors"] = id_list(g, p.actors);
    d["relations"] = relation_list(g, p.relations);
    d["hops"] = p.hops();
    d["length"] = p.length;
    return d;
  });
}

}  // namespace

void bind_queries(py::class_<loaded_graph, std::shared_ptr<loaded_graph>>& c) {
  c.def(
      "timeline",
      [](const loaded_graph& s, const std::vector<std::string>& a,
         const std::vector<std::string>& b) {
        const auto& g = s.graph;
        std::vector<actor_index> side_a, side_b;
        for (const auto& id : a)
          side_a.push_back(actor_argument(g, id));
        for (const auto& id : b)
          side_b.push_back(actor_argument(g, id));
        const auto t = query::timeline(g, g.graph(), side_a, side_b);
        py::list out;
        for (const auto& entry : t.entries) {
          py::dict d = entry.kind == statement_kind::relation
                           ? relation_dict(g, entry.as_relation())
                           : event_dict(g, entry.as_event());
          d["type"] = std::string(to_string(entry.kind));
          out.append(d);
        }
        return out;
      },
      py::arg("a"), py::arg("b"));

  c.def(
      "neighbors",
      [](const loaded_graph& s, const std::string& actor, const py::object& kinds,
         const py::object& polarity, const std::string& dir, const py::object& at,
         const std::string& rule) {
        const auto& g = s.graph;
        query::neighbor_options o;
        o.kinds = kinds_argument(kinds);
        if (!polarity.is_none()) {
          const auto text = polarity.cast<std::string>();
          o.polarity = parse_sign(text);
          if (!o.polarity)
            throw_argument_error(errc::invalid_value, "invalid sign '" + text + "' (+, - or 0)");
        }
        if (dir != "out" && dir != "in" && dir != "both")
          throw_argument_error(errc::invalid_value,
                               "direction must be 'out', 'in' or 'both', not '" + dir + "'");
        o.dir = dir == "out"  ? query::direction::out
                : dir == "in" ? query::direction::in
                              : query::direction::both;
        o.at = optional_date(at, "at");
        o.rule = rule_argument(rule);
        const auto n = query::neighbors(g, actor_argument(g, actor), o);
        py::dict d;
        d["actors"] = id_list(g, n.actors);
        d["relations"] = relation_list(g, n.relations);
        return d;
      },
      py::arg("actor"), py::arg("kinds") = py::none(), py::arg("sign") = py::none(),
      py::arg("direction") = "both", py::arg("at") = py::none(), py::arg("rule") = "first_day");

  c.def(
      "paths",
      [](const loaded_graph& s, const std::string& from, const std::string& to, std::size_t k,
         const py::object& at, const py::object& kinds, bool directed, const std::string& rule) {
        const auto& g = s.graph;
        const auto a = actor_argument(g, from);
        const auto b = actor_argument(g, to);
        const has_kind only{kinds_argument(kinds)};
        const auto d = optional_date(at, "at");
        const auto r = rule_argument(rule);
        if (k == 0) throw_argument_error(errc::invalid_value, "k must be at least 1");
        const query::path_options o{.follow = directed ? query::traversal::directed
                                                       : query::traversal::undirected};
        std::vector<query::path> found;
        {
          // Yen's algorithm is O(k V (V + E) log V): release the GIL on large graphs.
          py::gil_scoped_release release;
          found = d ? query::k_shortest_paths(view(g, is_active_at{*d, r} && only), a, b, k, o)
                    : query::k_shortest_paths(view(g, only), a, b, k, o);
        }
        return paths_list(g, found);
      },
      py::arg("a"), py::arg("b"), py::arg("k") = 1, py::arg("at") = py::none(),
      py::arg("kinds") = py::none(), py::arg("directed") = false, py::arg("rule") = "first_day");

  c.def(
      "explain",
      [](const loaded_graph& s, const std::string& a, const std::string& b, const std::string& at,
         const std::string& rule, std::uint32_t window_days) {
        const auto& g = s.graph;
        const auto x =
            query::explain(g, actor_argument(g, a), actor_argument(g, b), date_argument(at, "at"),
                           {.rule = rule_argument(rule), .window_days = window_days});
        return explanation_dict(x);
      },
      py::arg("a"), py::arg("b"), py::arg("at"), py::arg("rule") = "first_day",
      py::arg("window_days") = 365);

  c.def(
      "diff",
      [](const loaded_graph& s, const std::string& from, const std::string& to,
         const py::object& kinds, const std::string& rule) {
        const auto& g = s.graph;
        const auto d =
            query::diff(g, of_kinds(g, kinds_argument(kinds)), date_argument(from, "start"),
                        date_argument(to, "end"), {.rule = rule_argument(rule)});
        py::dict out;
        out["started"] = relation_list(g, d.started);
        out["ended"] = relation_list(g, d.ended);
        out["sign_changes"] = list_of(d.sign_changes, [&](const auto& ch) {
          py::dict row;
          row["a"] = g[ch.a].id.str();
          row["b"] = g[ch.b].id.str();
          row["before"] = std::string(to_string(ch.before));
          row["after"] = std::string(to_string(ch.after));
          return row;
        });
        out["appeared"] = id_list(g, d.appeared);
        out["disappeared"] = id_list(g, d.disappeared);
        return out;
      },
      py::arg("start"), py::arg("end"), py::arg("kinds") = py::none(),
      py::arg("rule") = "first_day");
}

}  // namespace geokg::python
