# SPDX-License-Identifier: MIT
"""Shared fixtures of the Python tests: the source tree, the curated case, the real-data
excerpts, the C++ answers (the CLI's golden files, and the CLI itself when GEOKG_CLI is set)."""

import json
import os
import pathlib
import subprocess

import pytest

import geokg

SOURCE = pathlib.Path(os.environ.get("GEOKG_SOURCE_DIR",
                                     pathlib.Path(__file__).resolve().parents[2]))
EAST_ASIA = SOURCE / "data" / "curated" / "east_asia"
EXCERPTS = SOURCE / "tests" / "data" / "real"
GOLDEN = SOURCE / "tests" / "golden" / "cli"
SHARED_REAL = (SOURCE / ".." / "shared" / "data" / "real").resolve()
MAPPINGS = SOURCE / "data" / "mappings"


@pytest.fixture(autouse=True)
def _run_from_source(monkeypatch):
    # The C++ golden files were made from the source root (paths in diagnostics are relative).
    monkeypatch.chdir(SOURCE)


@pytest.fixture(scope="session")
def east_asia():
    return geokg.load(EAST_ASIA)


@pytest.fixture(scope="session")
def excerpts():
    """COW states and MIDs from the excerpts in tests/data/real, as the CLI tests load them."""
    return geokg.load([f"cow-states:{EXCERPTS / 'cow_states'}", f"cow-mid:{EXCERPTS / 'cow_mid'}"])


def golden(name, stream="out"):
    """The text the C++ CLI test `cli_<name>` asserts (tests/golden/cli/<name>.out or .err)."""
    return (GOLDEN / f"{name}.{stream}").read_text(encoding="utf-8")


def golden_json(name):
    return json.loads(golden(name))


def cli_json(*args):
    """Runs the C++ CLI (GEOKG_CLI) with --format json from the source root; skips without it."""
    cli = os.environ.get("GEOKG_CLI")
    if not cli or not os.path.exists(cli):
        pytest.skip("GEOKG_CLI is not set to the geokg tool (ctest sets it)")
    out = subprocess.run([cli, *args, "-q", "--format", "json"], cwd=SOURCE, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


def shared_real():
    """The real datasets folder, or a skip with a message when it is absent."""
    if not (SHARED_REAL / "cow_states").is_dir():
        pytest.skip(f"real datasets not found in {SHARED_REAL} (see docs/datasets.md)")
    return SHARED_REAL
