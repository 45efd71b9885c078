# SPDX-License-Identifier: MIT
"""geokg.events: the event layer from Python, on one machine and on a Dask LocalCluster (the
merge law across processes, a worker killed mid-task)."""

import os
import pickle
import random
import sys

import pytest

import geokg
import geokg.events as ev
from conftest import SOURCE, golden_json

EVENTS = SOURCE / "tests" / "data" / "events"
GDELT2 = EVENTS / "gdelt2"
ALL_FILES = sorted(str(p) for p in GDELT2.glob("*.export.*")) + [
    str(EVENTS / "gdelt1" / "events1.csv"),
    str(EVENTS / "archives" / "20150218230000.export.CSV.zip"),
]


def test_same_answer_as_the_cli():
    # cli_aggregate_rule_json: the same rule file, files and JSON shape (one writer for both).
    a = ev.aggregate([os.path.relpath(GDELT2, SOURCE)],
                     SOURCE / "tests" / "golden" / "cli" / "aggregate_rule.txt")
    assert a.to_json() == golden_json("aggregate_rule_json")
    assert a.checksum == "10:4:20:-1310"
    assert len(a) == 10 and len(a.windows(relations_only=True)) == 4
    w = a.windows()
    assert w.columns[:4] == ["source", "target", "start", "end"]
    assert [r["source"] + r["target"] for r in w][:2] == ["ESTRUS", "RUSUKR"]


def test_icews_and_polecat_as_the_cli():
    # cli_aggregate_icews: the ICEWS excerpt (a repeated key and an unknown name among its rows).
    a = ev.aggregate([os.path.relpath(EVENTS / "icews", SOURCE)], {"window": "day"},
                     format="icews")
    assert a.to_json() == golden_json("aggregate_icews")
    (acc,) = a.accounts()
    assert acc["duplicates"] == 1 and acc["unknown_names"]
    assert acc["read"] == (acc["used"] + sum(acc["skipped"].values()) + acc["rejected"]
                           + acc["duplicates"])
    p = ev.aggregate([str(EVENTS / "polecat" / "polecat.excerpt.tsv")], format="polecat")
    assert p.events > 0 and "plover = " in p.rule
    with pytest.raises(geokg.DataError):
        ev.aggregate(ALL_FILES, format="acled")


def test_rules_as_dicts_and_text():
    text = ev.rule_text({"window": "week", "directed": False, "quad_classes": [3, 4],
                         "evidence": "all"})
    assert "window = week\n" in text and "quad_classes = 3,4\n" in text
    assert ev.rule_text(text) == text
    assert ev.rule_text(None) == ev.rule_text("")
    with pytest.raises(geokg.DataError) as e:
        ev.rule_text({"windows": "month"})
    assert e.value.id == "unknown_field" and e.value.line == 1
    with pytest.raises(geokg.DataError) as e:
        ev.aggregate(ALL_FILES, {"window": "fortnight"})
    assert e.value.id == "invalid_value"


def test_merge_law_over_random_splits():
    one_shot = ev.aggregate(ALL_FILES, {"evidence": 3})
    rng = random.Random(20231218)
    for _ in range(5):
        files = ALL_FILES[:]
        rng.shuffle(files)
        cut = rng.randrange(1, len(files))
        a = ev.aggregate(files[:cut], {"evidence": 3}, threads=1)
        b = ev.aggregate(files[cut:], {"evidence": 3}, threads=2)
        assert a.merge(b) == one_shot
    assert ev.Aggregate.from_bytes(one_shot.to_bytes()) == one_shot
    assert pickle.loads(pickle.dumps(one_shot)) == one_shot
    with pytest.raises(geokg.DataError):
        ev.Aggregate.from_bytes(one_shot.to_bytes()[:-3])


def test_bad_rows_are_located_and_collected():
    bad = str(EVENTS / "hostile" / "bad_rows.export.CSV")
    with pytest.raises(geokg.DataError) as e:
        ev.aggregate([bad])
    assert e.value.path == bad and e.value.line > 0 and e.value.column > 0
    # An error raised in another process arrives whole.
    again = pickle.loads(pickle.dumps(e.value))
    assert (again.id, again.path, again.line, again.column, str(again)) == (
        e.value.id, e.value.path, e.value.line, e.value.column, str(e.value))
    a = ev.aggregate([bad], on_error="collect")
    (acc,) = a.accounts()
    assert acc["rejected"] > 0 and acc["diagnostics"]
    assert acc["read"] == (acc["used"] + sum(acc["skipped"].values()) + acc["rejected"]
                           + acc["duplicates"])
    with pytest.raises(geokg.DataError):
        ev.aggregate([str(EVENTS / "archives" / "truncated.export.CSV.zip")], on_error="collect")


distributed = pytest.importorskip("distributed", reason="Dask (python3-distributed) is absent")


@pytest.fixture(scope="module")
def cluster():
    # Four worker processes on loopback, as docs/events.md's single-machine Dask example.
    with distributed.LocalCluster(n_workers=4, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None) as c:
        with distributed.Client(c) as client:
            yield client


def test_dask_gives_the_single_process_result(cluster):
    files = ALL_FILES * 3  # 18 tasks: three levels of merging; every id seen three times
    one = ev.aggregate(files, {"window": "quarter", "evidence": "all"})
    assert one.duplicates > 0
    on_dask = ev.aggregate(files, {"window": "quarter", "evidence": "all"}, client=cluster)
    assert on_dask == one and on_dask.checksum == one.checksum


def test_dask_raises_the_workers_located_error(cluster):
    bad = str(EVENTS / "hostile" / "bad_rows.export.CSV")
    with pytest.raises(geokg.DataError) as e:
        ev.aggregate(ALL_FILES + [bad], client=cluster)
    assert e.value.path == bad and e.value.line > 0


class KillOnce(distributed.WorkerPlugin):
    """Ends the worker process the first time one of geokg's file tasks starts executing on
    any worker: a machine lost mid-task. The marker file makes it once in all processes."""

    name = "geokg-kill-once"

    def __init__(self, marker):
        self.marker = marker

    def transition(self, key, start, finish, **kwargs):
        if finish != "executing" or "_aggregate_file" not in str(key):
            return
        try:
            fd = os.open(self.marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            return
        os.write(fd, str(key).encode())
        os.close(fd)
        os._exit(1)


def test_dask_survives_a_worker_killed_mid_task(cluster, tmp_path):
    import cloudpickle

    # The plugin travels by value: the workers cannot import this test module.
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    marker = tmp_path / "killed"
    cluster.register_worker_plugin(KillOnce(str(marker)))
    try:
        files = ALL_FILES * 2
        on_dask = ev.aggregate(files, client=cluster)
    finally:
        cluster.unregister_worker_plugin(KillOnce.name)
    assert marker.exists(), "no worker was killed: the test proved nothing"
    assert on_dask == ev.aggregate(files)
