#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Reads geokg's GraphML and GEXF exports back with networkx (a CTest test).

Usage: export_networkx.py GEOKG SOURCE_DIR WORK_DIR

Exports data/curated/east_asia at 2023-08-19 (`geokg export --format graphml|gexf --at ...`)
into WORK_DIR and checks that networkx.read_graphml and read_gexf accept the files and see what
`geokg snapshot --at 2023-08-19` lists: 21 actors, 29 relations (parallel edges kept), 11
positive and 2 negative, 18 of directed kinds, typed attributes. Also checks that the --mixed
variants are the mixed graphs networkx documents it refuses. Exits 77 (CTest's skip code) when
networkx is missing.
"""
import os
import subprocess
import sys

try:
    import networkx as nx
except ImportError:
    print("python3-networkx is not installed: skipped")
    sys.exit(77)

failures = 0


def check(what, ok):
    global failures
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures += 1


def export(geokg, source_dir, fmt, path, *extra):
    subprocess.run([geokg, "export", "--format", fmt, "--at", "2023-08-19", "-o", path, "-q",
                    "-i", os.path.join(source_dir, "data/curated/east_asia"), *extra], check=True)


def check_graph(name, g, sign_of, directed_of):
    check(f"{name}: a multigraph, undirected", g.is_multigraph() and not g.is_directed())
    check(f"{name}: 21 actors", g.number_of_nodes() == 21)
    check(f"{name}: 29 relations", g.number_of_edges() == 29)
    signs = [sign_of(d) for _, _, d in g.edges(data=True)]
    check(f"{name}: signs are integers", all(isinstance(s, int) for s in signs))
    check(f"{name}: 11 positive, 2 negative", (signs.count(1), signs.count(-1)) == (11, 2))
    directed = [directed_of(d) for _, _, d in g.edges(data=True)]
    check(f"{name}: directed is a boolean, 18 true", all(isinstance(x, bool) for x in directed)
          and directed.count(True) == 18)
    check(f"{name}: JPN-KOR has 2 relations", g.number_of_edges("JPN", "KOR") == 2)


def knows_gexf_13():
    return "1.3" in getattr(nx.readwrite.gexf.GEXF, "versions", {})


def read_gexf_13(path, work):
    """networkx 3.6 reads GEXF 1.3; Debian 12's 2.8 knows 1.2draft only, whose elements
    are the ones geokg writes (1.3 adds the edge `kind`, which the reader ignores): read the file
    under the 1.2draft namespace there."""
    if knows_gexf_13():
        return nx.read_gexf(path)
    print("note: this networkx reads GEXF up to 1.2draft; reading the 1.3 file as 1.2draft")
    text = open(path, encoding="utf-8").read()
    text = text.replace('xmlns="http://gexf.net/1.3"', 'xmlns="http://www.gexf.net/1.2draft"')
    text = text.replace('version="1.3"', 'version="1.2"')
    as_12 = os.path.join(work, os.path.basename(path) + ".1.2draft")
    with open(as_12, "w", encoding="utf-8") as out:
        out.write(text)
    return nx.read_gexf(as_12, version="1.2draft")


def main(argv):
    geokg, source_dir, work = argv[1], argv[2], argv[3]
    os.makedirs(work, exist_ok=True)
    graphml = os.path.join(work, "snapshot.graphml")
    gexf = os.path.join(work, "snapshot.gexf")
    export(geokg, source_dir, "graphml", graphml)
    export(geokg, source_dir, "gexf", gexf)

    g = nx.read_graphml(graphml)
    check_graph("graphml", g, lambda d: d["sign"], lambda d: d["directed"])
    check("graphml: node attributes", g.nodes["PRK"] == {
        "name": "Democratic People's Republic of Korea", "label": "Democratic People's Republic of Korea",
        "kind": "state", "existence": "1948-09-09/.."})
    alliance = g.edges["USA", "JPN", "usa_jpn_mutual_security_treaty_1960_in_force"]
    check("graphml: edge attributes", alliance == {
        "id": "usa_jpn_mutual_security_treaty_1960_in_force", "kind": "alliance", "sign": 1,
        "start": "1960-06-23", "weight": 1.0, "status": "fact", "directed": False})

    g = read_gexf_13(gexf, work)
    check_graph("gexf", g, lambda d: d["sign"], lambda d: d["directed"])
    biden = [d for _, _, d in g.edges(data=True) if d.get("id") == "biden_presidency"]
    check("gexf: inclusive end and weight", len(biden) == 1 and biden[0]["start"] == "2021-01-20"
          and biden[0]["end"] == "2025-01-19" and biden[0]["weight"] == 1.0
          and biden[0]["when"] == "2021-01-20/2025-01-20")
    check("gexf: node label", g.nodes["KOR"]["label"] == "Republic of Korea")

    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", lambda p: read_gexf_13(p, work))):
        mixed = os.path.join(work, "mixed." + fmt)
        export(geokg, source_dir, fmt, mixed, "--mixed")
        try:
            reader(mixed)
            check(f"{fmt} --mixed: networkx refuses mixed graphs", False)
        except nx.NetworkXError:
            check(f"{fmt} --mixed: networkx refuses mixed graphs", True)

    print(f"{failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
