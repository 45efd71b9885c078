# SPDX-License-Identifier: MIT
"""Raw event data (GDELT 1.0/2.0 exports, plain, .gz, .zip; ICEWS; POLECAT) aggregated into dyadic windows, on one
machine or across a Dask cluster.

    import geokg.events
    a = geokg.events.aggregate(["data/gdelt/"], {"window": "month", "min_events": 3})
    a.checksum                      # "windows:relations:events:goldstein_sum_x10"
    a.windows(relations_only=True).to_pandas()

    from distributed import Client
    with Client("tcp://scheduler:8786") as client:   # or Client(LocalCluster(n_workers=4))
        same = geokg.events.aggregate(paths, rule, client=client)

The reading and the aggregation are geokg's C++ (``geokg aggregate`` runs the same code), with
the GIL released. With a Dask ``client`` each file is read by a task on some worker, which
returns its partial aggregate as bytes; the partials are merged in a tree of tasks. The merge is
exact (sums of integers, evidence as the smallest event ids), so the result equals the
single-process one, whatever the split, the order or the tasks Dask reran. See docs/events.md.
"""

import os

from . import _geokg
from ._results import Table

__all__ = ["aggregate", "event_files", "rule_text", "Aggregate"]

_ev = _geokg.events

# How many partials one merge task takes: a tree of depth log_8(files).
MERGE_FAN_IN = 8


def rule_text(rule=None):
    """A rule as its text form (``key = value`` lines, docs/events.md), checked: None for the
    defaults (EVENTS.md's operation), a dict of keys (``{"window": "week", "directed": False,
    "quad_classes": [3, 4], "code_prefixes": ["14"], "min_events": 3, "goldstein_threshold":
    1.0, "evidence": 10 or "all"}``), a rule file's path (``os.PathLike``), or the text itself.
    Raises ``geokg.DataError`` for an unknown key or a bad value."""
    if rule is None:
        text = ""
    elif isinstance(rule, dict):
        lines = []
        for key, value in rule.items():
            if isinstance(value, bool):
                value = "true" if value else "false"
            elif isinstance(value, (list, tuple)):
                value = ",".join(str(v) for v in value)
            lines.append(f"{key} = {value}")
        text = "\n".join(lines) + "\n"
    elif isinstance(rule, os.PathLike):
        with open(rule, encoding="utf-8") as f:
            text = f.read()
    elif isinstance(rule, str):
        text = rule
    else:
        raise TypeError(f"rule must be None, a dict, a path or a rule text, not {type(rule).__name__}")
    return _ev.rule_text(text)


def event_files(paths, format="gdelt"):
    """The event files of paths (a path or a list): a file as it is; in a folder, the files of
    ``format`` (GDELT's ``*.export.*``, ICEWS's and POLECAT's release files; docs/events.md), in
    name order."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    files = []
    for p in paths:
        files.extend(_ev.event_files(os.fspath(p), format))
    return files


class Aggregate:
    """The aggregate of some event files under one rule: its windows, the files' row accounts
    (``read = used + skipped + rejected``), and EVENTS.md's checksum. Two aggregates are equal when
    their windows, counts, event-id sets and accounts are."""

    def __init__(self, native):
        self._a = native

    @property
    def checksum(self):
        """``windows:relations:events:goldstein_sum_x10``, as ``geokg aggregate --checksum``."""
        return self._a.checksum

    @property
    def events(self):
        """Events counted in some window."""
        return self._a.events

    @property
    def filtered(self):
        """Used rows the rule's filters left out."""
        return self._a.filtered

    @property
    def duplicates(self):
        """Extra sightings of event ids already seen (0 for disjoint inputs; the same file read
        twice gives its event count)."""
        return self._a.duplicates

    @property
    def rule(self):
        """The rule, as its text form."""
        return self._a.rule_text

    def __len__(self):
        return self._a.window_count

    def windows(self, relations_only=False):
        """The windows as a ``Table`` (rows ordered by start, source, target) with the columns of
        ``geokg aggregate --format csv``; ``relations_only`` keeps the windows that pass the rule's
        thresholds (``--kept``)."""
        return Table(self._a.windows(relations_only), columns=_WINDOW_COLUMNS)

    def accounts(self):
        """One dict per file read: ``path``, ``read``, ``used``, ``skipped`` (by reason),
        ``rejected``, ``bytes``, ``diagnostics`` (the first errors of rejected rows)."""
        return self._a.accounts()

    def to_json(self, relations_only=False):
        """The value of ``geokg aggregate --format json``: rule, checksum, counts, accounts,
        windows."""
        return self._a.to_json(relations_only)

    def to_bytes(self):
        """The compact binary form (``GKEVAGG1``, with a CRC-32), which ``from_bytes`` reads."""
        return self._a.to_bytes()

    @staticmethod
    def from_bytes(data):
        """An aggregate from ``to_bytes``' form; ``geokg.DataError`` if the bytes are not one."""
        return Aggregate(_ev.Aggregate.from_bytes(data))

    def merge(self, other):
        """Merges ``other`` into this aggregate (the aggregate of both inputs); returns self."""
        self._a.merge(other._a)
        return self

    def __eq__(self, other):
        return isinstance(other, Aggregate) and self._a == other._a

    def __reduce__(self):
        # Pickled as its binary form, so that aggregates travel between processes (Dask, multiprocessing).
        return (Aggregate.from_bytes, (self.to_bytes(),))

    def __repr__(self):
        return f"<geokg.events.Aggregate {len(self)} windows, checksum {self.checksum}>"


_WINDOW_COLUMNS = ["source", "target", "start", "end", "events", "q1", "q2", "q3", "q4",
                   "goldstein_sum", "mean_goldstein", "mean_tone", "mentions", "sources",
                   "articles", "kind", "evidence"]


def _aggregate_file(path, fmt, rule, on_error, max_diagnostics):
    # One Dask task: a file read and aggregated on a worker, one thread (the worker's own
    # parallelism is Dask's), returned as bytes.
    return _ev.aggregate_files([path], fmt, rule, 1, on_error, max_diagnostics).to_bytes()


def _merge(*partials):
    # One merge task of the tree: several partials' bytes into one.
    merged = _ev.Aggregate.from_bytes(partials[0])
    for p in partials[1:]:
        merged.merge(_ev.Aggregate.from_bytes(p))
    return merged.to_bytes()


def aggregate(paths, rule=None, *, format="gdelt", client=None, threads=0, on_error="stop",
              max_diagnostics=100):
    """Reads event files and aggregates them into dyadic windows under ``rule`` (see
    ``rule_text``): the same windows, accounts and checksum as ``geokg aggregate``.

    ``paths``: files or folders (see ``event_files``); ``format``: ``"gdelt"``, ``"icews"`` or
    ``"polecat"``. ``on_error="stop"`` raises the first
    malformed row as ``geokg.DataError`` (``file:line:column``); ``"collect"`` counts it as
    rejected and reads on. A file that cannot be read always raises.

    Without ``client`` the files are read here, ``threads`` at a time (0: one per core). With a
    ``distributed.Client``, one task per file runs on the cluster's workers (which must see the
    files at the same paths) and the partials are merged in a tree of tasks; the result is exactly
    the single-process one. A task whose worker dies is rerun by Dask."""
    files = event_files(paths, format)
    text = rule_text(rule)
    if client is None:
        return Aggregate(_ev.aggregate_files(files, format, text, threads, on_error,
                                             max_diagnostics))
    if not files:
        raise ValueError("no event files to aggregate")
    # pure=False: a file's content may change between calls; Dask must not reuse old results.
    parts = client.map(_aggregate_file, files, fmt=format, rule=text, on_error=on_error,
                       max_diagnostics=max_diagnostics, pure=False)
    while len(parts) > 1:
        parts = [client.submit(_merge, *parts[i:i + MERGE_FAN_IN], pure=False)
                 for i in range(0, len(parts), MERGE_FAN_IN)]
    return Aggregate.from_bytes(parts[0].result())
