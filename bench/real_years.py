#!/usr/bin/env python3
"""Structural balance of the interstate system for every year 1816-2014, geokg against networkx
and igraph in one run, on the real record (issue #7).

geokg: `geokg balance --from 1816 --to 2014 --step year` (states; alliances from COW and ATOP,
militarized disputes from MID 5.0; time rule `possible`; triad census and the exact frustration
index per year), timed as a whole, loading included.
networkx / igraph: the same 199 signed graphs, built here from the relations geokg exports once
(`geokg export --format csv`), collapsed by the sum of signs, and their triad census counted per
year; timed without the export. Every year's census must agree with geokg's (the checksum).
networkx and igraph have no frustration index, so their figures count triads only.

Usage: bench/real_years.py [GEOKG] [REAL_DATA_DIR]   (defaults: build-bench/geokg or build/geokg,
../shared/data/real). Prints one table and exits 1 if a census differs.
"""
import csv
import datetime
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
try:
    import igraph as ig
    import networkx as nx
except ImportError:
    if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != "/usr/bin/python3":
        os.execv("/usr/bin/python3", ["/usr/bin/python3", *sys.argv])
    print("real_years: networkx and igraph are needed (Debian: python3-networkx python3-igraph)")
    sys.exit(0)


def first_last(text):
    """First and last day of a date of geokg's CSV (YYYY, YYYY-MM or YYYY-MM-DD)."""
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return datetime.date(parts[0], 1, 1), datetime.date(parts[0], 12, 31)
    if len(parts) == 2:
        start = datetime.date(parts[0], parts[1], 1)
        nxt = datetime.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return start, nxt - datetime.timedelta(days=1)
    day = datetime.date(*parts)
    return day, day


def year_range(start, end, first, last):
    """The years Y in [first, last] at which a relation is active under geokg's time_rule::possible
    for the year date Y: start.first_day <= Y-12-31 and Y-01-01 < end.last_day."""
    lo = first_last(start)[0].year if start else first
    hi = last
    if end:
        end_last = first_last(end)[1]
        hi = min(hi, end_last.year - (1 if (end_last.month, end_last.day) == (1, 1) else 0))
    return range(max(lo, first), hi + 1)


def census_nx(edges):
    g = nx.Graph()
    for (a, b), s in edges.items():
        g.add_edge(a, b, sign=s)
    counts = [0, 0, 0, 0]  # +++ ++- +-- ---
    order = {n: i for i, n in enumerate(g.nodes)}
    for u, v in g.edges:
        if order[u] > order[v]:
            u, v = v, u
        for w in nx.common_neighbors(g, u, v):
            if order[w] > order[v]:  # each triangle once, from its two lowest vertices
                negatives = (g[u][v]["sign"] < 0) + (g[u][w]["sign"] < 0) + (g[v][w]["sign"] < 0)
                counts[negatives] += 1
    return counts


def census_ig(edges):
    names = sorted({a for pair in edges for a in pair})
    index = {n: i for i, n in enumerate(names)}
    g = ig.Graph(n=len(names), edges=[(index[a], index[b]) for a, b in edges])
    g.es["sign"] = list(edges.values())
    counts = [0, 0, 0, 0]
    for tri in g.cliques(min=3, max=3):
        negatives = sum(1 for u, v in itertools.combinations(tri, 2) if g.es[g.get_eid(u, v)]["sign"] < 0)
        counts[negatives] += 1
    return counts


def main():
    geokg = sys.argv[1] if len(sys.argv) > 1 else next(
        (p for p in (os.path.join(ROOT, "build-bench", "geokg"), os.path.join(ROOT, "build", "geokg")) if os.path.exists(p)), None)
    real = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "..", "shared", "data", "real")
    if not geokg or not os.path.isdir(os.path.join(real, "cow_mid")):
        print("real_years: need a geokg binary and ../shared/data/real")
        return 2
    maps = os.path.join(ROOT, "data", "mappings")
    inputs = ["-i", "cow-states:" + os.path.join(real, "cow_states"), "-i", "cow-mid:" + os.path.join(real, "cow_mid"),
              "-i", "mapped:%s:%s" % (os.path.join(maps, "cow_alliance_dyadyear.map"),
                                      os.path.join(real, "cow_alliance", "peacesciencer_cow_alliance_dyadyear.csv.gz")),
              "-i", "mapped:%s:%s" % (os.path.join(maps, "atop_dyadyear.map"),
                                      os.path.join(real, "atop", "peacesciencer_atop_alliance_dyadyear.csv.gz"))]
    years = range(1816, 2015)

    t0 = time.perf_counter()
    out = subprocess.run([geokg, "balance", "--from", "1816", "--to", "2014", "--step", "year", "--only", "state",
                          "--rule", "possible", *inputs, "-q", "--format", "json"],
                         capture_output=True, text=True, check=False)
    geokg_seconds = time.perf_counter() - t0
    if out.returncode not in (0, 1):
        print(out.stderr)
        return 2
    geokg_census = {int(r["at"][:4]): [r["triads"][k] for k in ("+++", "++-", "+--", "---")] for r in json.loads(out.stdout)}

    with tempfile.TemporaryDirectory(prefix="geokg-real-years-") as tmp:
        subprocess.run([geokg, "export", "--format", "csv", "--only", "state", *inputs, "-q", "-o", tmp], check=True)
        with open(os.path.join(tmp, "relations.csv"), newline="", encoding="utf-8") as f:
            relations = [r for r in csv.DictReader(f) if r["kind"] in ("alliance", "dispute")]

    def snapshots():
        # Each relation is added to the years it touches: O(relation-years), not O(years x relations).
        totals = {year: {} for year in years}
        for r in relations:
            if r["source"] == r["target"]:
                continue
            pair = tuple(sorted((r["source"], r["target"])))
            step = 1 if r["kind"] == "alliance" else -1
            for year in year_range(r["start"], r["end"], years.start, years.stop - 1):
                totals[year][pair] = totals[year].get(pair, 0) + step
        for year in years:
            yield year, {p: (1 if v > 0 else -1) for p, v in totals[year].items() if v != 0}

    graphs = list(snapshots())
    results = {}
    for name, census in (("networkx", census_nx), ("igraph", census_ig)):
        t0 = time.perf_counter()
        results[name] = ({year: census(edges) for year, edges in graphs}, time.perf_counter() - t0)

    bad = [y for y in years if not (geokg_census.get(y) == results["networkx"][0][y] == results["igraph"][0][y])]
    print("op=balance_per_year years=199 (1816-2014) states, alliances (COW+ATOP) and MIDs")
    print(f"{'tool':<10} {'seconds':>8}  what")
    print(f"{'geokg':<10} {geokg_seconds:>8.2f}  load + 199 snapshots + triad census + exact frustration index")
    for name in ("networkx", "igraph"):
        print(f"{name:<10} {results[name][1]:>8.2f}  199 triad censuses on prebuilt graphs (no load, no frustration)")
    total = [sum(c[i] for c in geokg_census.values()) for i in range(4)]
    print(f"checksum (sum of +++,++-,+--,--- over the years): {':'.join(map(str, total))}; "
          f"{'all 199 years agree' if not bad else 'DIFFERENT in ' + str(bad[:10])}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
