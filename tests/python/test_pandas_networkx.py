# SPDX-License-Identifier: MIT
"""Results through pandas and networkx, and the graph shared by threads."""

import concurrent.futures
import io

import pandas as pd

import geokg
from conftest import EAST_ASIA, golden


def test_balance_series_round_trips_through_pandas_to_the_cli_csv(east_asia):
    # cli_balance_series_csv: balance --from 1965-01 --to 1966-12 --step month --rule possible
    frame = east_asia.series("balance", "1965-01", "1966-12", step="month",
                             rule="possible").to_pandas()
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, lineterminator="\n")
    text = buffer.getvalue().replace("True", "true").replace("False", "false")
    assert text == golden("balance_series_csv")
    back = pd.read_csv(io.StringIO(buffer.getvalue()), dtype={"at": str})
    assert back.equals(frame)


def test_relations_round_trip_through_pandas(east_asia):
    relations = east_asia.relations()
    frame = relations.to_pandas()
    assert len(frame) == 54
    assert list(frame.columns) == relations.columns
    records = frame.astype(object).where(frame.notna(), None).to_dict("records")
    assert records == list(relations)
    assert frame.groupby("kind").size()["alliance"] == 5


def test_graph_at_a_date_to_networkx(east_asia):
    view = east_asia.at("2023-08-19")
    g = view.to_networkx()
    assert g.number_of_nodes() == east_asia.stats()["actors"]
    assert g.number_of_edges() == len(view.relations())
    assert g.has_edge("USA", "JPN", key="usa_jpn_mutual_security_treaty_1960_in_force")
    assert g.nodes["KOR"]["name"] == "Republic of Korea"


def test_balance_to_networkx_is_the_signed_snapshot(east_asia):
    import networkx as nx

    b = east_asia.balance("2023-08-19", only="state")
    g = b.to_networkx()
    assert g.number_of_nodes() == b["actors"]
    assert sum(1 for *_, s in g.edges(data="sign") if s > 0) == b["positive_edges"]
    assert sum(1 for *_, s in g.edges(data="sign") if s < 0) == b["negative_edges"]
    # Balanced (frustration 0): every positive tie inside a group, every negative one across.
    assert b["frustration"]["value"] == 0
    for u, v, sign in g.edges(data="sign"):
        assert (g.nodes[u]["group"] == g.nodes[v]["group"]) == (sign > 0)
    assert nx.is_connected(g)


def test_threads_share_one_graph():
    g = geokg.load(EAST_ASIA)
    expected = g.series("balance", 1900, 2023, only="state")
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: g.series("balance", 1900, 2023, only="state"),
                                range(8)))
    assert all(r == expected for r in results)
