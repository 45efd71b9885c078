#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Cross-checks `geokg aggregate` against an independent pandas computation of EVENTS.md's
operation (monthly directed dyads of states), window by window, on the four real GDELT 2.0 exports.

Usage: crosscheck_pandas.py GEOKG GDELT_RAW_DIR STATES_CSV STATE_CODES_TXT
Prints "skipped: ..." and exits 0 when the data or pandas are absent (CTest marks it skipped).
"""
import csv
import io
import os
import subprocess
import sys

geokg, raw, states_csv, codes_txt = sys.argv[1:5]
files = sorted(os.path.join(raw, f) for f in os.listdir(raw) if f.endswith(".export.CSV")) if os.path.isdir(raw) else []
if len(files) != 4:
    print(f"skipped: the four GDELT exports are not in {raw}")
    sys.exit(0)
try:
    import pandas as pd
except ImportError:
    print("skipped: pandas cannot be imported")
    sys.exit(0)

codes = {l.strip() for l in open(codes_txt) if l.strip() and not l.startswith("#")}
cameo_to_id = {}
for row in csv.DictReader(open(states_csv)):
    for c in row["cameo"].split(";"):
        if c:
            cameo_to_id.setdefault(c, set()).add(row["id"])
cameo_to_id = {c: next(iter(v)) for c, v in cameo_to_id.items() if len(v) == 1}

frames = [pd.read_csv(f, sep="\t", header=None, dtype=str, quoting=3, keep_default_na=False,
                      usecols=[0, 1, 7, 17, 29, 30]) for f in files]
df = pd.concat(frames)
df.columns = ["id", "day", "a1", "a2", "quad", "gold"]
df = df[df.a1.isin(codes) & df.a2.isin(codes) & (df.a1 != df.a2) & df.quad.isin(["1", "2", "3", "4"])]
df = df[pd.to_numeric(df.gold, errors="coerce").notna()].copy()
df["g10"] = (pd.to_numeric(df.gold) * 10).round().astype("int64")
df["source"] = df.a1.map(cameo_to_id)
df["target"] = df.a2.map(cameo_to_id)
df["start"] = df.day.str[0:4] + "-" + df.day.str[4:6] + "-01"
for q in "1234":
    df["q" + q] = (df.quad == q).astype("int64")
w = df.groupby(["source", "target", "start"]).agg(
    events=("g10", "size"), q1=("q1", "sum"), q2=("q2", "sum"), q3=("q3", "sum"), q4=("q4", "sum"),
    g10=("g10", "sum")).reset_index()
mean = w.g10 / 10 / w.events
w["kind"] = ""
w.loc[(w.events >= 3) & (mean >= 1.0), "kind"] = "cooperation"
w.loc[(w.events >= 3) & (mean <= -1.0), "kind"] = "conflict"
expected = {(r.source, r.target, r.start): (int(r.events), int(r.q1), int(r.q2), int(r.q3), int(r.q4), int(r.g10), r.kind)
            for r in w.itertuples()}
checksum = f"{len(w)}:{(w.kind != '').sum()}:{w.events.sum()}:{w.g10.sum()}"

out = subprocess.run([geokg, "aggregate", "-i", "gdelt:" + raw, "--window", "month", "--evidence", "0", "-q"],
                     check=True, capture_output=True, text=True).stdout
got = {}
for r in csv.DictReader(io.StringIO(out)):
    got[(r["source"], r["target"], r["start"])] = (
        int(r["events"]), int(r["q1"]), int(r["q2"]), int(r["q3"]), int(r["q4"]),
        round(float(r["goldstein_sum"]) * 10), r["kind"])

bad = 0
for k in sorted(set(expected) | set(got)):
    if expected.get(k) != got.get(k):
        bad += 1
        if bad <= 10:
            print(f"window {k}: pandas {expected.get(k)} geokg {got.get(k)}")
print(f"pandas checksum {checksum}; {len(expected)} windows, {bad} differ")
if checksum != "421:149:1412:13213":
    print("the pandas checksum is not EVENTS.md's 421:149:1412:13213")
    sys.exit(1)
sys.exit(1 if bad else 0)
