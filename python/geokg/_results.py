# SPDX-License-Identifier: MIT
"""Results as plain Python objects: lists of dicts and dicts, with ``to_pandas()`` where a
table fits and ``to_networkx()`` where a graph does. pandas and networkx are imported only when
asked for."""


class Table(list):
    """A list of rows (dicts with the same keys); ``columns`` gives their order."""

    def __init__(self, rows=(), columns=None):
        super().__init__(rows)
        self.columns = list(columns) if columns is not None else (
            list(self[0].keys()) if self else [])

    def to_pandas(self):
        """A ``pandas.DataFrame`` with one row per item and the columns in order. Dates stay
        geokg text (``"1965"``, ``"2023-08-19"``): a date has a precision that
        ``datetime64`` would lose."""
        import pandas as pd

        return pd.DataFrame.from_records(list(self), columns=self.columns)


# The columns of `geokg balance --format csv` (docs/cli.md), in its order.
BALANCE_COLUMNS = ["at", "actors", "positive_edges", "negative_edges", "+++", "++-", "+--", "---",
                   "balanced", "unbalanced", "frustration", "frustration_lower",
                   "frustration_upper", "optimal"]


def flat_balance(b):
    """One balance result (the shape of ``geokg balance --format json``) as one CSV-like row."""
    row = {k: b[k] for k in ("at", "actors", "positive_edges", "negative_edges")}
    row.update(b["triads"])
    row["balanced"] = b["balanced"]
    row["unbalanced"] = b["unbalanced"]
    f = b["frustration"]
    row.update(frustration=f["value"], frustration_lower=f["lower"],
               frustration_upper=f["upper"], optimal=f["optimal"])
    return row


class Balance(dict):
    """Structural balance at a date: the keys of ``geokg balance --format json`` (``at``,
    ``actors``, ``positive_edges``, ``negative_edges``, ``triads``, ``balanced``,
    ``unbalanced``, ``frustration``), plus ``edges`` (the signed snapshot: ``(a, b, sign,
    weight)``), ``groups`` (the two groups of the frustration index) and
    ``frustrated_edges``."""

    def to_networkx(self):
        """The signed snapshot as an ``networkx.Graph`` with edge attributes ``sign`` (+1/-1)
        and ``weight``, and node attribute ``group`` (0 or 1)."""
        import networkx as nx

        g = nx.Graph()
        for i, group in enumerate(self.get("groups", [[], []])):
            for actor in group:
                g.add_node(actor, group=i)
        for a, b, sign, weight in self.get("edges", []):
            g.add_edge(a, b, sign=1 if sign == "+" else -1, weight=weight)
        return g

    def to_pandas(self):
        """One row with the columns of ``geokg balance --format csv``."""
        return Table([flat_balance(self)], BALANCE_COLUMNS).to_pandas()


class BalanceSeries(Table):
    """Balance at every date of a run: a list of the dicts ``geokg balance --from --to
    --format json`` prints; ``to_pandas()`` has the columns of its CSV."""

    def to_pandas(self):
        return Table([flat_balance(b) for b in self], BALANCE_COLUMNS).to_pandas()


class Explanation(dict):
    """Why two actors were aligned or opposed at a date (the keys of ``geokg explain --format
    json`` with every item spelled out: ``relations``, ``events``, ``claims`` are lists of
    dicts with their sources). ``str()`` is the CLI's text."""

    def __str__(self):
        return self["text"]


def relations_to_networkx(relations, actors):
    """A ``networkx.MultiDiGraph``: one node per actor (attributes of ``actors``), one edge per
    relation from its source to its target, keyed by relation id (or index)."""
    import networkx as nx

    g = nx.MultiDiGraph()
    for a in actors:
        g.add_node(a["id"], **{k: v for k, v in a.items() if k != "id"})
    for r in relations:
        attrs = {k: v for k, v in r.items() if k not in ("source", "target")}
        g.add_edge(r["source"], r["target"], key=r["id"] or r["index"], **attrs)
    return g
