# SPDX-License-Identifier: MIT
"""The curated founding case (data/curated/east_asia) from Python: the same questions as the
C++ CLI tests, with the answers they assert (tests/golden/cli)."""

import datetime

from conftest import golden, golden_json


def test_counts_equal_the_cli_stats(east_asia):
    stats = golden_json("stats_json")
    assert east_asia.stats() == {k: stats[k] for k in
                                 ("actors", "relations", "events", "claims", "sources")}
    by_kind = {}
    for a in east_asia.actors():
        by_kind[a["kind"]] = by_kind.get(a["kind"], 0) + 1
    assert by_kind == stats["actors_by_kind"]
    kinds = {}
    for r in east_asia.relations():
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    assert kinds == stats["relations_by_kind"]


def test_organisations_are_the_cli_ones(east_asia):
    expected = golden_json("actors_json")
    got = east_asia.actors(kind="organisation")
    assert [(a["id"], a["name"]) for a in got] == [(a["id"], a["name"]) for a in expected]
    assert [",".join(a["existence"]) for a in got] == [a["existence"] for a in expected]


def test_kor_actor_has_its_codes(east_asia):
    kor = east_asia.actor("KOR")
    assert kor["name"] == "Republic of Korea"
    assert [(s, v) for s, v, _ in kor["codes"]] == [
        ("iso_alpha3", "KOR"), ("cow", "732"), ("cow_abbrev", "ROK")]
    assert kor["existence"] == ["1948-08-15/.."]


def test_timeline_jpn_kor_equals_the_cli(east_asia):
    expected = golden_json("timeline_jpn_kor_json")
    got = east_asia.timeline("JPN", "KOR")
    assert len(got) == len(expected)
    for row, exp in zip(got, expected):
        assert row["when"] == exp["when"]
        assert row["kind"] == exp["kind"]
        assert row["status"] == exp["status"]
        assert row["id"] == exp["id"]
        what = ("event: " + row["title"] if row["type"] == "event"
                else f"{row['source']} -> {row['target']}")
        assert what == exp["what"]


def test_snapshot_at_camp_david_equals_the_cli(east_asia):
    expected = golden_json("snapshot_2023_json")
    view = east_asia.at(datetime.date(2023, 8, 19))
    got = view.relations()
    assert sorted(r["id"] for r in got) == sorted(r["id"] for r in expected)
    by_id = {r["id"]: r for r in got}
    for exp in expected:
        r = by_id[exp["id"]]
        assert (r["source"], r["kind"], r["sign"], r["target"], r["when"], r["status"]) == (
            exp["source"], exp["kind"], exp["sign"], exp["target"], exp["when"], exp["status"])


def test_date_forms_agree(east_asia):
    as_text = east_asia.at("2023-08-19").relations()
    as_date = east_asia.at(datetime.date(2023, 8, 19)).relations()
    as_datetime = east_asia.at(datetime.datetime(2023, 8, 19, 12, 0)).relations()
    assert as_text == as_date == as_datetime
    assert east_asia.at(1965).relations() == east_asia.at("1965").relations()
    assert east_asia.at(1965).relations() != east_asia.at(1966).relations()


def test_neighbors_of_usa_alliances_equal_the_cli(east_asia):
    expected = golden_json("neighbors_usa_alliances_json")
    n = east_asia.neighbors("USA", kinds="alliance", sign="+")
    assert [r["id"] for r in n["relations"]] == [r["id"] for r in expected]


def test_neighbors_of_china_in_2023(east_asia):
    # cli_neighbors_chn_2023: "4 neighbours: PRK RUS PHL xi_jinping"
    first = golden("neighbors_chn_2023").splitlines()[0]
    n = east_asia.at("2023-08-19").neighbors("CHN")
    assert first == f"{len(n['actors'])} neighbours: " + " ".join(n["actors"])


def test_two_shortest_paths_jpn_prk_equal_the_cli(east_asia):
    expected = golden_json("path_jpn_prk_json")
    p = east_asia.path("JPN", "PRK", at="2023-08-19")
    steps = [f"{a} -> {b}" for a, b in zip(p["actors"], p["actors"][1:])]
    assert steps == [row["step"] for row in expected]
    assert [f"{r['kind']} {r['when']} {r['id']}" for r in p["relations"]] == [
        row["relation"] for row in expected]
    assert p["hops"] == expected[0]["hops"]
    two = east_asia.paths("JPN", "PRK", k=2, at="2023-08-19")
    assert len(two) == 2 and two[0] == p and two[1]["hops"] >= p["hops"]


def test_no_path_is_none(east_asia):
    # cli_path_none: no path from JPN to UKR in 1950.
    assert east_asia.path("JPN", "UKR", at=1950) is None


def test_explain_jpn_kor_equals_the_cli(east_asia):
    expected = golden_json("explain_jpn_kor_2023_json")
    x = east_asia.explain("JPN", "KOR", at="2023-08-19")
    assert (x["a"], x["b"], x["at"], x["alignment"]) == (
        expected["a"], expected["b"], expected["at"], expected["alignment"])
    for key in ("relations", "events", "claims"):
        assert [item["id"] for item in x[key]] == expected[key]
    assert x["shared_allies"] == expected["shared_allies"]
    assert x["shared_adversaries"] == expected["shared_adversaries"]
    # Facts and claims stay apart, and every direct relation carries its sources.
    assert all(c["status"] != "fact" for c in x["claims"])
    assert all(r["sources"] for r in x["relations"])
    # The text is the CLI's text output.
    assert str(x) == golden("explain_jpn_kor_2023")


def test_diff_equals_the_cli(east_asia):
    expected = golden_json("diff_json")
    d = east_asia.diff(1960, 1966, kinds=["alliance", "normalisation"])
    rows = ([("started", r["id"]) for r in d["started"]] + [("ended", r["id"]) for r in d["ended"]]
            + [("sign", c["a"], c["b"], f"{c['before']} -> {c['after']}")
               for c in d["sign_changes"]])
    exp = []
    for e in expected:
        if e["change"] in ("started", "ended"):
            exp.append((e["change"], e["id"]))
        elif e["change"] == "sign":
            exp.append(("sign", e["source"], e["target"], e["when"]))
    assert rows == exp


def test_balance_at_camp_david_equals_the_cli(east_asia):
    expected = golden_json("balance_2023_json")
    b = east_asia.balance(at="2023-08-19", only="state")
    assert {k: b[k] for k in expected} == expected
    # The two groups of the frustration index are the blocs of the case.
    assert sorted(map(sorted, b["groups"])) == [["CHN", "PRK", "RUS"],
                                                ["JPN", "KOR", "PHL", "UKR", "USA"]]


def test_balance_series_equals_the_cli(east_asia):
    expected = [line.strip().rstrip(",") for line in golden("balance_series_json").splitlines()
                if line.strip().startswith("{")]
    got = east_asia.series("balance", start="1950", end="2023", step="year", only="state")
    import json
    assert [json.loads(e) for e in expected] == [dict(p) for p in got]


def test_series_measures_equal_the_cli(east_asia):
    import csv
    import io
    import math

    rows = list(csv.DictReader(io.StringIO(golden("series_balanced_share_csv"))))
    got = east_asia.series("balanced_share", 1950, 2023)
    assert [r["at"] for r in got] == [r["date"] for r in rows]
    for r, exp in zip(got, rows):
        if exp["value"] == "":
            assert math.isnan(r["value"])
        else:
            assert abs(r["value"] - float(exp["value"])) < 1e-6
    frustration = golden_json("series_frustration_json")
    got = east_asia.series("frustration", datetime.date(2020, 1, 1), 2023)
    assert [r["at"][:4] for r in got] == [r["date"] for r in frustration]
    assert [(r["value"], r["lower"], r["upper"]) for r in got] == [
        (r["value"], r["lower"], r["upper"]) for r in frustration]


def test_blocs_and_centrality_equal_the_cli(east_asia):
    expected = golden_json("blocs_2023_json")["signed_blocs"]
    b = east_asia.at("2023-08-19").blocs(k=2)
    assert (b["value"], b["optimal"], b["blocs"]) == (
        expected["value"], expected["optimal"], expected["blocs"])
    ranking = golden_json("centrality_2023_json")["ranking"]
    rows = {r["actor"]: r for r in east_asia.centrality("2023-08-19")}
    for exp in ranking:
        got = rows[exp["id"]]
        for key in ("positive_degree", "negative_degree", "betweenness", "pagerank"):
            assert abs(got[key] - exp[key]) < 1e-12, (exp["id"], key)


def test_view_is_the_graph_at_a_date(east_asia):
    view = east_asia.at("1965-06-22")
    assert view.graph is east_asia
    assert view.balance() == east_asia.balance("1965-06-22")
    assert view.explain("JPN", "KOR") == east_asia.explain("JPN", "KOR", "1965-06-22")
