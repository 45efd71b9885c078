# SPDX-License-Identifier: MIT
"""The Pythonic face of a loaded graph: ``geokg.load``, ``Graph`` and its dated ``View``."""

import os

from . import _geokg
from ._dates import date_text
from ._results import Balance, BalanceSeries, Explanation, Table, relations_to_networkx

_ACTOR_COLUMNS = ["id", "kind", "name", "aliases", "existence", "codes", "note", "index"]
_RELATION_COLUMNS = ["id", "source", "kind", "target", "sign", "directed", "when", "start", "end",
                     "weight", "subkind", "status", "event", "index"]


def _kinds(kinds):
    if kinds is None or isinstance(kinds, str):
        return None if kinds is None else [kinds]
    return list(kinds)


def _input(item):
    """One input for the extension: "[FORMAT:]PATH" text as the CLI's -i, a path object (never
    split at a colon), or a (format, path[, mapping]) tuple."""
    if isinstance(item, str):
        return item
    if isinstance(item, os.PathLike):
        return ("", os.fspath(item), "")
    if isinstance(item, tuple) and len(item) in (2, 3):
        fmt, path = item[0], os.fspath(item[1])
        mapping = os.fspath(item[2]) if len(item) == 3 else ""
        return (fmt, path, mapping)
    raise TypeError("an input is '[FORMAT:]PATH' text, a path, or a (format, path[, mapping]) "
                    "tuple, not %r" % (item,))


def load(inputs=None, *, on_error="stop", strict=False, max_diagnostics=100_000, **datasets):
    """Loads one or more inputs into one graph, as the CLI's ``-i`` does.

    ``inputs`` is a path, ``"FORMAT:PATH"`` text (``"cow-mid:../shared/data/real/cow_mid"``,
    ``"mapped:MAP:TABLE"``), a ``(format, path[, mapping])`` tuple, or a list of these. Real
    datasets may also be given by keyword, the format's name with ``_`` for ``-``:
    ``load("data/curated/east_asia", cow_states=R / "cow_states", cow_mid=R / "cow_mid")``;
    ``mapped=(mapping, table)`` (or a list of such pairs) reads a table through a mapping file.

    ``on_error="stop"`` raises the first ``DataError``; ``"collect"`` rejects bad records, keeps
    going and reports every diagnostic in ``graph.report``, up to ``max_diagnostics`` (``None``:
    all); the rest are counted in ``report["diagnostics_not_kept"]`` and in ``"errors"`` and
    ``"warnings"``. ``strict=True`` makes relations outside an actor's existence errors. The GIL
    is released while reading.
    """
    items = []
    if inputs is not None:
        if isinstance(inputs, (str, os.PathLike, tuple)):
            inputs = [inputs]
        items.extend(_input(i) for i in inputs)
    for name, value in datasets.items():
        fmt = name.replace("_", "-")
        if fmt == "mapped":
            pairs = value if isinstance(value, list) else [value]
            items.extend(("mapped", os.fspath(table), os.fspath(mapping))
                         for mapping, table in pairs)
        else:
            values = value if isinstance(value, list) else [value]
            items.extend((fmt, os.fspath(v), "") for v in values)
    if not items:
        raise TypeError("geokg.load needs at least one input")
    return Graph(_geokg.load(items, on_error=on_error, strict=strict,
                             max_diagnostics=max_diagnostics))


def formats():
    """The input formats: a Table of ``name``, ``path`` (what the path names) and ``what``."""
    return Table([dict(zip(("name", "path", "what"), f)) for f in _geokg.formats()],
                 ["name", "path", "what"])


class Graph:
    """A loaded knowledge graph. It is read-only: queries and analyses read it in place, and
    ``at(date)`` gives a view of it, never a copy."""

    def __init__(self, native):
        self._g = native
        self.report = native.report()
        self.report["diagnostics"] = Table(self.report["diagnostics"],
                                           ["severity", "id", "path", "line", "column", "field",
                                            "message", "text"])
        self.report["tables"] = Table(self.report["tables"],
                                      ["path", "read", "loaded", "skipped", "rejected"])

    def __repr__(self):
        g = self._g
        return "<geokg.Graph: %d actors, %d relations, %d events, %d claims, %d sources>" % (
            g.num_actors, g.num_relations, g.num_events, g.num_claims, g.num_sources)

    def __contains__(self, actor_id):
        return self._g.has_actor(actor_id)

    def stats(self):
        """Counts of actors, relations, events, claims and sources."""
        g = self._g
        return {"actors": g.num_actors, "relations": g.num_relations, "events": g.num_events,
                "claims": g.num_claims, "sources": g.num_sources}

    # --- contents --------------------------------------------------------------------------

    def actors(self, kind=None, at=None):
        """The actors (optionally of one kind, existing at a date), in index order."""
        return Table(self._g.actors(kind=kind, at=date_text(at, "at")), _ACTOR_COLUMNS)

    def actor(self, actor_id):
        """One actor as a dict; ``geokg.LookupError`` (with suggestions) if unknown."""
        return self._g.actor(actor_id)

    def relations(self, at=None, kinds=None, rule="first_day"):
        """The relations (optionally active at a date, of some kinds), in index order."""
        return Table(self._g.relations(at=date_text(at, "at"), rule=rule, kinds=_kinds(kinds)),
                     _RELATION_COLUMNS)

    def events(self):
        """The events, in index order."""
        return Table(self._g.events(),
                     ["id", "kind", "title", "when", "start", "end", "status", "participants",
                      "index"])

    def statement(self, statement_id):
        """A relation, event or claim by its id (a dict), or ``None``."""
        return self._g.statement(statement_id)

    def at(self, date, rule="first_day"):
        """The graph as it stood at a date: a ``View`` (the relations active then under
        ``rule``: ``first_day``, ``certain`` or ``possible``). No copy is made."""
        return View(self, date_text(date, "at"), rule)

    # --- queries ---------------------------------------------------------------------------

    def timeline(self, a, b):
        """A dyad's history: the relations between ``a`` and ``b`` and the events both take part
        in, in time order. ``a`` and ``b`` are ids, or lists of ids for a party that was several
        actors over time. Each row has ``type`` (``relation`` or ``event``)."""
        side_a = [a] if isinstance(a, str) else list(a)
        side_b = [b] if isinstance(b, str) else list(b)
        return Table(self._g.timeline(side_a, side_b),
                     ["type", "when", "id", "kind", "source", "target", "title", "status",
                      "start", "end"])

    def neighbors(self, actor, kinds=None, sign=None, direction="both", at=None,
                  rule="first_day"):
        """An actor's neighbours and relations, by kind, sign (``+``, ``-``, ``0``), direction
        (``out``, ``in``, ``both``) and date: ``{"actors": [...], "relations": Table}``."""
        n = self._g.neighbors(actor, kinds=_kinds(kinds), sign=sign, direction=direction,
                              at=date_text(at, "at"), rule=rule)
        n["relations"] = Table(n["relations"], _RELATION_COLUMNS)
        return n

    def paths(self, a, b, k=1, at=None, kinds=None, directed=False, rule="first_day"):
        """The ``k`` shortest paths by hops (Yen's algorithm), relations undirected unless
        ``directed``: a list of ``{"actors", "relations", "hops", "length"}``."""
        return self._g.paths(a, b, k=k, at=date_text(at, "at"), kinds=_kinds(kinds),
                             directed=directed, rule=rule)

    def path(self, a, b, at=None, kinds=None, directed=False, rule="first_day"):
        """The shortest path (see ``paths``), or ``None`` if there is none."""
        found = self.paths(a, b, k=1, at=at, kinds=kinds, directed=directed, rule=rule)
        return found[0] if found else None

    def explain(self, a, b, at, rule="first_day", window_days=365):
        """Why ``a`` and ``b`` were aligned or opposed at a date: the direct relations active
        then with their sources, the shared events around then, shared allies and adversaries,
        and the claims about these, facts and claims apart (an ``Explanation``)."""
        return Explanation(self._g.explain(a, b, date_text(at, "at"), rule=rule,
                                           window_days=window_days))

    def diff(self, start, end, kinds=None, rule="first_day"):
        """What changed between two dates: ``started`` and ``ended`` relations (Tables),
        ``sign_changes``, ``appeared`` and ``disappeared`` actors."""
        d = self._g.diff(date_text(start, "start"), date_text(end, "end"),
                         kinds=_kinds(kinds), rule=rule)
        d["started"] = Table(d["started"], _RELATION_COLUMNS)
        d["ended"] = Table(d["ended"], _RELATION_COLUMNS)
        d["sign_changes"] = Table(d["sign_changes"], ["a", "b", "before", "after"])
        return d

    # --- analyses --------------------------------------------------------------------------

    def balance(self, at, only=None, rule="first_day", kinds=None, time_limit=60.0):
        """Structural balance of the signed snapshot at a date (``geokg balance --at``): the
        triad census and the exact frustration index (CBC, within ``time_limit`` seconds), for
        actors of kind ``only`` (e.g. ``"state"``) and relations of ``kinds``. The GIL is
        released while it computes."""
        return Balance(self._g.balance(date_text(at, "at"), only=only, rule=rule,
                                       kinds=_kinds(kinds), time_limit=time_limit))

    def series(self, measure, start, end, step="year", every=1, only=None, rule="first_day",
               kinds=None, time_limit=60.0):
        """A measure at every date from ``start`` to ``end`` (included), ``every`` ``step``
        (``"year"`` or ``"month"``) apart; the dates keep ``start``'s precision.

        ``measure="balance"`` gives what ``geokg balance --from --to --step`` gives (a
        ``BalanceSeries``); the other measures are those of ``geokg series`` (``relations``,
        ``actors``, ``signed_actors``, ``positive``, ``negative``, ``density``, ``triangles``,
        ``balanced_share``, ``frustration``, ``components``, ``communities``, ``modularity``):
        a Table of ``at`` and ``value`` (NaN where undefined). One time index serves every
        date; the GIL is released while it computes."""
        start, end = date_text(start, "start"), date_text(end, "end")
        if measure == "balance":
            return BalanceSeries(self._g.balance_series(
                start, end, step=step, every=every, only=only, rule=rule, kinds=_kinds(kinds),
                time_limit=time_limit))
        return Table(self._g.series(measure, start, end, step=step, every=every, only=only,
                                    rule=rule, kinds=_kinds(kinds), time_limit=time_limit))

    def centrality(self, at, only=None, rule="first_day", kinds=None):
        """Degrees, betweenness, eigenvector centrality and PageRank of the signed snapshot at
        a date (``geokg centrality``), one row per actor with a signed tie."""
        return Table(self._g.centrality(date_text(at, "at"), only=only, rule=rule,
                                        kinds=_kinds(kinds)))

    def blocs(self, at, k=2, only=None, rule="first_day", kinds=None, time_limit=60.0):
        """The signed partition into at most ``k`` blocs at a date (generalised balance):
        ``blocs`` (lists of ids), ``value`` (violating edges), ``lower``, ``upper``,
        ``optimal``."""
        return self._g.blocs(date_text(at, "at"), k=k, only=only, rule=rule,
                             kinds=_kinds(kinds), time_limit=time_limit)

    def to_networkx(self, at=None, kinds=None, rule="first_day"):
        """A ``networkx.MultiDiGraph`` of the actors and relations (those active at ``at`` if
        given), edges from source to target keyed by relation id."""
        return relations_to_networkx(self.relations(at=at, kinds=kinds, rule=rule),
                                     self.actors())


class View:
    """The graph at a date: what ``Graph.at`` returns. It holds the graph and the date, and
    every question asked of it runs on a filtered view of the graph in C++ (no copy)."""

    def __init__(self, graph, at, rule):
        self.graph = graph
        self.date = at
        self.rule = rule

    def __repr__(self):
        return "<geokg.View of %r at %s (%s)>" % (self.graph, self.date, self.rule)

    def relations(self, kinds=None):
        """The relations active at the date."""
        return self.graph.relations(at=self.date, kinds=kinds, rule=self.rule)

    def actors(self, kind=None):
        """The actors existing at the date."""
        return self.graph.actors(kind=kind, at=self.date)

    def neighbors(self, actor, kinds=None, sign=None, direction="both"):
        return self.graph.neighbors(actor, kinds=kinds, sign=sign, direction=direction,
                                    at=self.date, rule=self.rule)

    def paths(self, a, b, k=1, kinds=None, directed=False):
        return self.graph.paths(a, b, k=k, at=self.date, kinds=kinds, directed=directed,
                                rule=self.rule)

    def path(self, a, b, kinds=None, directed=False):
        return self.graph.path(a, b, at=self.date, kinds=kinds, directed=directed,
                               rule=self.rule)

    def explain(self, a, b, window_days=365):
        return self.graph.explain(a, b, self.date, rule=self.rule, window_days=window_days)

    def balance(self, only=None, kinds=None, time_limit=60.0):
        return self.graph.balance(self.date, only=only, rule=self.rule, kinds=kinds,
                                  time_limit=time_limit)

    def centrality(self, only=None, kinds=None):
        return self.graph.centrality(self.date, only=only, rule=self.rule, kinds=kinds)

    def blocs(self, k=2, only=None, kinds=None, time_limit=60.0):
        return self.graph.blocs(self.date, k=k, only=only, rule=self.rule, kinds=kinds,
                                time_limit=time_limit)

    def to_networkx(self, kinds=None):
        return self.graph.to_networkx(at=self.date, kinds=kinds, rule=self.rule)
