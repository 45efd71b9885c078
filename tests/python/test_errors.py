# SPDX-License-Identifier: MIT
"""geokg's errors as Python exceptions: the error id and file:line:column are kept."""

import pytest

import geokg
from conftest import EAST_ASIA, golden, golden_json


def test_stop_mode_raises_the_first_data_error_with_its_place():
    with pytest.raises(geokg.DataError) as info:
        geokg.load("tests/golden/json/unknown_actor.json")
    e = info.value
    assert (e.id, e.path, e.line, e.column, e.field) == (
        "unknown_actor", "tests/golden/json/unknown_actor.json", 7, 43, "/relations/0/target")
    assert e.message == "unknown actor 'KOR1'"
    assert e.location == "tests/golden/json/unknown_actor.json:7:43"
    assert str(e) == ("tests/golden/json/unknown_actor.json:7:43: error: unknown actor 'KOR1' "
                      "(at /relations/0/target) [geokg.unknown_actor]")
    assert isinstance(e, ValueError) and isinstance(e, geokg.Error)


def test_collect_mode_reports_what_the_cli_validate_reports():
    expected = golden_json("validate_malformed_json")
    g = geokg.load("json:tests/golden/json/unknown_actor.json", on_error="collect")
    report = g.report
    assert report["ok"] is expected["ok"]
    for key in ("errors", "warnings", "diagnostics_not_kept", "sources", "actors", "events",
                "relations", "claims"):
        assert report[key] == expected[key], key
    got = [{k: d[k] for k in ("severity", "id", "path", "line", "column", "field", "message")}
           for d in report["diagnostics"]]
    assert got == expected["diagnostics"]


def test_collect_mode_diagnostics_are_the_cli_lines():
    g = geokg.load("tests/golden/json/wrong_type.json", on_error="collect")
    # The CLI prints diagnostics on stderr (tests/golden/cli/validate_malformed.err).
    lines = [line for line in golden("validate_malformed", "err").splitlines()
             if ": error: " in line]
    assert [d["text"] for d in g.report["diagnostics"]] == lines
    assert g.report["diagnostics"].to_pandas()["line"].tolist() == [
        d["line"] for d in g.report["diagnostics"]]


def test_collect_mode_keeps_max_diagnostics_and_counts_the_rest():
    # As `geokg validate --max-diagnostics 2` (tests/golden/cli/validate_max_diagnostics.err).
    g = geokg.load("tests/golden/json/wrong_type.json", on_error="collect", max_diagnostics=2)
    lines = [line for line in golden("validate_max_diagnostics", "err").splitlines()
             if ": error: " in line]
    assert [d["text"] for d in g.report["diagnostics"]] == lines
    assert (g.report["errors"], g.report["diagnostics_not_kept"]) == (4, 2)
    every = geokg.load("tests/golden/json/wrong_type.json", on_error="collect",
                       max_diagnostics=None)
    assert len(every.report["diagnostics"]) == 4
    assert every.report["diagnostics_not_kept"] == 0


def test_unknown_actor_suggests_the_closest_ids():
    g = geokg.load(EAST_ASIA)
    with pytest.raises(geokg.LookupError) as info:
        g.explain("JPN", "KORR", at="2023-08-19")
    assert str(info.value) == "unknown actor 'KORR' (did you mean KOR?)"
    assert info.value.id == "unknown_actor"
    assert info.value.suggestions == ["KOR"]
    assert isinstance(info.value, LookupError)


@pytest.mark.parametrize("call, error_id", [
    (lambda g: g.at("2023-02-30").relations(), "invalid_date"),
    (lambda g: g.balance(at="someday"), "invalid_date"),
    (lambda g: g.neighbors("JPN", kinds="friendship"), "unknown_relation_kind"),
    (lambda g: g.balance(at=2023, only="planet"), "invalid_value"),
    (lambda g: g.relations(at=2023, rule="maybe"), "invalid_value"),
    (lambda g: g.series("happiness", 1950, 1960), "invalid_value"),
    (lambda g: g.series("balance", 2023, 1950), "end_before_start"),
])
def test_bad_arguments_are_data_errors_with_an_id(call, error_id):
    g = geokg.load(EAST_ASIA)
    with pytest.raises(geokg.DataError) as info:
        call(g)
    assert info.value.id == error_id
    assert info.value.line == 0 and info.value.path == ""


def test_unknown_input_format_is_named():
    with pytest.raises(geokg.DataError, match="unknown input format 'xml'"):
        geokg.load("xml:data/curated/east_asia")


def test_missing_input_is_an_error():
    with pytest.raises(geokg.Error):
        geokg.load("no/such/folder")


def test_dates_of_other_types_are_type_errors():
    g = geokg.load(EAST_ASIA)
    with pytest.raises(TypeError):
        g.at(3.5)
