#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Japan, Korea and the United States, told with geokg from Python (a notebook as a script).

Run from the repository root after building the module (docs/python.md):

    PYTHONPATH=build/python python3 examples/python/japan_korea_us.py [REAL_DATA_DIR] [OUT.png]

It tells the founding case (data/curated/east_asia), then draws the structural balance of the
interstate system for every year 1816-2014 from the Correlates of War record, with the inputs
and options of examples/interstate_balance.cpp, into a PNG (matplotlib). Without the real data
(../shared/data/real by default) it says so and skips that part.
"""

import pathlib
import sys
import time

import geokg

ROOT = pathlib.Path(__file__).resolve().parents[2]


def section(title):
    print("\n" + title)


# %% 1. The case: what the curated data holds
g = geokg.load(ROOT / "data" / "curated" / "east_asia", on_error="collect")
print(g)
print(g.report["summary"].strip() or "loaded without errors")

# %% 2. Japan and Korea over thirteen centuries
section("1. Japan and Korea, from the 7th century to 2023 (relations of the dyad)")
korea = ["KOREA_EMPIRE", "KOREA_COLONIAL", "KOR"]
korea = [k for k in korea if k in g]
for row in g.timeline("JPN", korea):
    if row["type"] == "relation":
        print(f"  {row['when']:<24}{row['source']} {row['kind']} {row['target']}")

# %% 3. What changed between 2012 and Camp David
section("2. What changed between 2012-01-01 and 2023-08-19")
d = g.diff("2012-01-01", "2023-08-19")
for r in d["started"]:
    print(f"  started: {r['source']} {r['kind']} {r['target']} ({r['when']})")
for c in d["sign_changes"]:
    print(f"  sign:    {c['a']}-{c['b']} {c['before']} -> {c['after']}")

# %% 4. Why aligned in 2023? Facts and the article's claims kept apart
section("3. Why were Japan and Korea aligned on 2023-08-19?")
x = g.explain("JPN", "KOR", at="2023-08-19")
print(f"  alignment {x['alignment']:+d}; shared allies {', '.join(x['shared_allies'])}")
for r in x["relations"]:
    print(f"  fact     {r['kind']} {r['source']}-{r['target']} {r['when']} "
          f"({len(r['sources'])} source(s))")
for c in x["claims"][:3]:
    print(f"  {c['status']:<8} [{c['kind']}] {c['text'][:60]}...")

# %% 5. Blocs and balance on the day after Camp David
section("4. Blocs and the balance of triads among states on 2023-08-19")
now = g.at("2023-08-19")
b = now.balance(only="state")
for group in b["groups"]:
    print("  bloc:", " ".join(group))
print(f"  triads {b['triads']}, frustration index {b['frustration']['value']}")
print("  shortest route USA to PRK:", " - ".join(now.path("USA", "PRK")["actors"]))

# %% 6. The interstate system, 1816-2014, from the Correlates of War
section("5. Structural balance of the interstate system, 1816-2014 (COW, ATOP)")
real = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / ".." / "shared" / "data" / "real"
png = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else pathlib.Path("japan_korea_us_balance.png")
if not (real / "cow_states").is_dir():
    print(f"  no real data in {real.resolve()}: this part is skipped "
          "(give the folder as the first argument; docs/datasets.md)")
    sys.exit(0)

mappings = ROOT / "data" / "mappings"
started = time.monotonic()
record = geokg.load([
    ("cow-states", real / "cow_states"),
    ("cow-mid", real / "cow_mid"),
    ("mapped", real / "cow_alliance" / "peacesciencer_cow_alliance_dyadyear.csv.gz",
     mappings / "cow_alliance_dyadyear.map"),
    # ATOP runs to 2018, COW's alliances to 2012: together they cover every year of the MIDs.
    ("mapped", real / "atop" / "peacesciencer_atop_alliance_dyadyear.csv.gz",
     mappings / "atop_dyadyear.map"),
], on_error="collect")
print(f"  {record} (loaded in {time.monotonic() - started:.1f} s)")

# examples/interstate_balance.cpp: alliances, disputes and wars among states, a relation counting
# in every year it touches, a 2-second budget per year for the exact frustration index.
started = time.monotonic()
series = record.series("balance", start=1816, end=2014, step="year", only="state",
                       rule="possible", kinds=["alliance", "dispute", "war"], time_limit=2.0)
frame = series.to_pandas()
print(f"  {len(frame)} years in {time.monotonic() - started:.1f} s; "
      f"frustration proven optimal in {int(frame['optimal'].sum())}")
frame["year"] = frame["at"].astype(int)
frame["share"] = frame["balanced"] / (frame["balanced"] + frame["unbalanced"])
edges = frame["positive_edges"] + frame["negative_edges"]
# 1 - frustration / (edges / 2): 1 when balanced, about 0 for a random signing.
frame["normalised"] = 1 - frame["frustration"] / (edges / 2)
print(frame.loc[frame["year"].isin([1825, 1850, 1875, 1900, 1925, 1950, 1975, 2000, 2014]),
                ["year", "actors", "positive_edges", "negative_edges", "share", "frustration"]]
      .to_string(index=False, float_format="%.3f"))

import matplotlib  # noqa: E402 - only needed for this part

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

fig, ax = plt.subplots(figsize=(9, 4.5))
ax.plot(frame["year"], frame["share"], label="balanced share of triangles")
ax.plot(frame["year"], frame["normalised"], label="1 - frustration / (edges / 2)")
ax.set_ylim(0, 1.05)
ax.set_xlabel("year")
ax.set_title("Structural balance of the interstate system, 1816-2014 (COW states, MIDs, "
             "alliances)", fontsize=10)
ax.legend(loc="lower left")
fig.tight_layout()
fig.savefig(png, dpi=120)
print(f"  wrote {png}")
