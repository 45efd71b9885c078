# SPDX-License-Identifier: MIT
"""Real datasets from Python, loaded as the CLI's -i FORMAT:PATH loads them: the excerpts in
tests/data/real (always present), and the full data in ../shared/data/real (skipped when
absent). Answers are those of the C++ CLI."""

import csv
import io

import pytest

import geokg
from conftest import EAST_ASIA, EXCERPTS, MAPPINGS, cli_json, golden, golden_json, shared_real


def test_keyword_and_prefixed_inputs_give_the_same_graph(excerpts):
    by_keyword = geokg.load(cow_states=EXCERPTS / "cow_states", cow_mid=EXCERPTS / "cow_mid")
    by_tuple = geokg.load([("cow-states", EXCERPTS / "cow_states"),
                           ("cow-mid", EXCERPTS / "cow_mid")])
    for g in (by_keyword, by_tuple):
        assert g.stats() == excerpts.stats()
        assert g.relations() == excerpts.relations()


def test_excerpt_row_accounts_are_reported(excerpts):
    tables = excerpts.report["tables"]
    assert tables, "real datasets report their tables"
    for t in tables:
        assert t["read"] == t["loaded"] + t["skipped"] + t["rejected"]


def test_balance_1942_equals_the_cli(excerpts):
    expected = golden_json("real_balance_1942")
    b = excerpts.balance(at="1942-06-01", only="state")
    assert {k: b[k] for k in expected} == expected


def test_balance_series_with_the_possible_rule_equals_the_cli(excerpts):
    expected = list(csv.DictReader(io.StringIO(golden("real_balance_series_csv"))))
    got = excerpts.series("balance", 1935, 1950, step="year", only="state", rule="possible")
    frame = got.to_pandas()
    assert list(frame.columns) == list(expected[0].keys())
    as_text = frame.astype(str).replace({"True": "true", "False": "false"})
    assert as_text.to_dict("records") == expected
    # The Second World War: all-negative triangles and a non-zero frustration index.
    year_1943 = got[1943 - 1935]
    assert year_1943["triads"]["---"] == 56 and year_1943["frustration"]["value"] == 7


def test_neighbors_of_prk_equal_the_cli(excerpts):
    expected = golden_json("real_neighbors_prk_json")
    n = excerpts.neighbors("PRK", kinds="dispute")
    assert [(r["when"], r["source"], r["target"]) for r in n["relations"]] == [
        (e["when"], e["source"], e["target"]) for e in expected]


def test_curated_and_real_share_one_korea():
    joined = geokg.load([EAST_ASIA, f"cow-states:{EXCERPTS / 'cow_states'}",
                         f"cow-mid:{EXCERPTS / 'cow_mid'}"])
    assert joined.actor("KOR")["name"] == "Republic of Korea"
    assert not any(a["id"] != "KOR" and ("cow", "732") in [(s, v) for s, v, _ in a["codes"]]
                   for a in joined.actors())


def _full_record(real):
    # The inputs of examples/interstate_balance.cpp.
    return [("cow-states", real / "cow_states"), ("cow-mid", real / "cow_mid"),
            ("mapped", real / "cow_alliance" / "peacesciencer_cow_alliance_dyadyear.csv.gz",
             MAPPINGS / "cow_alliance_dyadyear.map"),
            ("mapped", real / "atop" / "peacesciencer_atop_alliance_dyadyear.csv.gz",
             MAPPINGS / "atop_dyadyear.map")]


@pytest.fixture(scope="module")
def full_record():
    return geokg.load(_full_record(shared_real()), on_error="collect")


def test_full_record_balance_series_equals_the_cli(full_record):
    real = shared_real()
    args = ["balance", "--from", "1900", "--to", "1960", "--step", "year", "--only", "state",
            "--rule", "possible", "--time-limit", "5"]
    for fmt, path, *mapping in _full_record(real):
        args += ["-i", f"{fmt}:{mapping[0]}:{path}" if mapping else f"{fmt}:{path}"]
    expected = cli_json(*args)
    got = full_record.series("balance", 1900, 1960, only="state", rule="possible", time_limit=5)
    # Frustration bounds may differ only where the time limit ran out; counts never.
    for p, e in zip(got, expected, strict=True):
        assert {k: p[k] for k in ("at", "actors", "positive_edges", "negative_edges", "triads")} \
            == {k: e[k] for k in ("at", "actors", "positive_edges", "negative_edges", "triads")}
        if p["frustration"]["optimal"] and e["frustration"]["optimal"]:
            assert p["frustration"]["value"] == e["frustration"]["value"]


def test_full_record_dyad_jpn_kor_has_the_liancourt_disputes():
    real = shared_real()
    g = geokg.load(cow_states=real / "cow_states", cow_mid=real / "cow_mid")
    disputes = [r for r in g.timeline("JPN", "KOR")
                if r["type"] == "relation" and r["kind"] == "dispute"]
    # docs/queries.md §19: twelve militarized disputes between 1953 and 2012.
    assert len(disputes) == 12
    assert disputes[0]["when"] == "1953-02-03/1954-02-28"
