#!/usr/bin/env python3
"""One table over the results-<scale>.txt files that ../shared/bench/run_all.sh wrote: per op and
scale the checksum, the median seconds of geokg and of each baseline, and geokg's ratio to each
(below 1: geokg is faster). Then the issue #10 targets (faster than igraph, within 1.5x of raw
Boost, load >= 50% of the raw parser's throughput) and a checksum check: every tool and run must
agree per op and scale, and agree with the reference table of WORKLOAD.md §5 when it lists the
scale. Exit status 1 when a checksum disagrees or a run failed.

Usage: workload_table.py [--workload WORKLOAD.md] [--data DATA_DIR] results-S.txt [results-M.txt ...]
  DATA_DIR holds <scale>/actors.csv, relations.csv and graph.json (for load throughput)."""
import argparse
import os
import re
import statistics
import sys

OPS = ["load_csv", "load_json", "snapshot", "neighbours", "shortest_path", "components", "balance", "dyad_timeline"]
TOOLS = ["geokg", "boost", "igraph", "networkx"]
# geokg's load stands on these raw parsers (run_all.sh's `limits`): its own RFC 4180 scan for
# CSV, RapidJSON's SAX reader for JSON.
RAW_PARSER = {"load_csv": "csv_tokenize", "load_json": "json_sax"}
LOAD_FILES = {"load_csv": ["actors.csv", "relations.csv"], "load_json": ["graph.json"]}


def fmt(s):
    if s is None:
        return "—"
    if s < 1e-3:
        return f"{s * 1e6:.1f} µs"
    if s < 1:
        return f"{s * 1e3:.1f} ms"
    return f"{s:.2f} s"


def read_results(path):
    """(scale, seconds[(tool, op)] -> list, checksums[op] -> {checksum: {tool#run}}, rss, limits, failed)."""
    secs, chks, rss, limits, failed = {}, {}, {}, {}, []
    scale = None
    for line in open(path, encoding="utf-8"):
        if line.startswith("#"):
            m = re.search(r"scale=(\S+)", line)
            scale = m.group(1) if m else scale
            continue
        x = dict(t.split("=", 1) for t in line.split() if "=" in t)
        tool = x.get("tool")
        if "limit" in x:
            limits[x["limit"]] = float(x["mb_per_s"])
        elif "op" in x:
            scale = x.get("scale", scale)
            secs.setdefault((tool, x["op"]), []).append(float(x["seconds"]))
            chks.setdefault(x["op"], {}).setdefault(x["checksum"], set()).add(f"{tool}#{x['run']}")
        elif "maxrss_kb" in x:
            rss.setdefault(tool, []).append(int(x["maxrss_kb"]))
        elif "failed" in x:
            failed.append(f"{tool}#{x['run']}")
    return scale, secs, chks, rss, limits, failed


def reference_checksums(workload_md):
    """{(op, scale): checksum} from the table under '## 5. Reference checksums', or {}."""
    ref = {}
    try:
        text = open(workload_md, encoding="utf-8").read()
    except OSError:
        return ref
    section = text.split("## 5.", 1)
    if len(section) < 2:
        return ref
    scales = []
    for line in section[1].splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 2 or not line.strip().startswith("|"):
            continue
        if cells[0] == "op":
            scales = cells[1:]
        elif scales and not set(cells[0]) <= set("-: "):
            for op in (o.strip() for o in cells[0].split("/")):
                for s, v in zip(scales, cells[1:]):
                    ref[(op, s)] = v
    return ref


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workload", help="WORKLOAD.md, for the reference checksums")
    ap.add_argument("--data", help="folder with one data folder per scale (load throughput)")
    ap.add_argument("results", nargs="+")
    args = ap.parse_args()

    runs = [read_results(p) for p in args.results]
    present = [t for t in TOOLS if any(t == k[0] for r in runs for k in r[1])]
    baselines = [t for t in present if t != "geokg"]
    ref = reference_checksums(args.workload) if args.workload else {}
    ok = True
    problems = []

    head = ["op", "scale", "checksum"] + present + [f"geokg / {b}" for b in baselines if "geokg" in present]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    medians = {}
    for scale, secs, chks, rss, limits, failed in runs:
        for op in OPS + sorted({k[1] for k in secs} - set(OPS)):
            c = chks.get(op, {})
            if len(c) == 1:
                chk = next(iter(c))
            else:
                ok = False
                chk = "**MISMATCH** " + "; ".join(f"{k} ({','.join(sorted(v))})" for k, v in c.items())
                problems.append(f"{op} at {scale}: tools disagree: {chk}")
            if len(c) == 1 and (op, scale) in ref and ref[(op, scale)] != chk:
                ok = False
                problems.append(f"{op} at {scale}: {chk} differs from WORKLOAD.md §5 ({ref[(op, scale)]})")
                chk += f" (**reference {ref[(op, scale)]}**)"
            med = {t: statistics.median(secs[(t, op)]) if (t, op) in secs else None for t in present}
            medians[(scale, op)] = med
            row = [op, scale, chk] + [fmt(med[t]) for t in present]
            if "geokg" in present:
                for b in baselines:
                    row.append(f"{med['geokg'] / med[b]:.2f}" if med["geokg"] and med[b] else "—")
            print("| " + " | ".join(row) + " |")
        row = ["peak RSS", scale, ""] + [f"{max(rss[t]) / 1024:.0f} MiB" if t in rss else "—" for t in present]
        if "geokg" in present:
            for b in baselines:
                row.append(f"{max(rss['geokg']) / max(rss[b]):.2f}" if "geokg" in rss and b in rss else "—")
        print("| " + " | ".join(row) + " |")
        if failed:
            ok = False
            problems.append(f"failed runs at {scale}: {', '.join(failed)}")

    if "geokg" in present:
        print("\nIssue #10 targets (✓ met, ✗ missed):\n")
        for scale, secs, chks, rss, limits, failed in runs:
            slow_igraph = [op for op in OPS if (medians[(scale, op)].get("igraph") or 0) and
                           medians[(scale, op)]["geokg"] and medians[(scale, op)]["geokg"] >= medians[(scale, op)]["igraph"]]
            over_boost = [f"{op} {medians[(scale, op)]['geokg'] / medians[(scale, op)]['boost']:.1f}x" for op in OPS
                          if medians[(scale, op)].get("boost") and medians[(scale, op)]["geokg"]
                          and medians[(scale, op)]["geokg"] > 1.5 * medians[(scale, op)]["boost"]]
            if "igraph" in present:
                print(f"- {scale}: faster than igraph on every op: " +
                      ("✓" if not slow_igraph else "✗ not on " + ", ".join(slow_igraph)))
            if "boost" in present:
                print(f"- {scale}: within 1.5x of raw Boost on every op: " +
                      ("✓" if not over_boost else "✗ " + ", ".join(over_boost)))
            for op, raw in RAW_PARSER.items():
                t = medians[(scale, op)]["geokg"]
                if not t or raw not in limits or not args.data:
                    continue
                paths = [os.path.join(args.data, scale, f) for f in LOAD_FILES[op]]
                if not all(os.path.exists(p) for p in paths):
                    continue
                mb_s = sum(os.path.getsize(p) for p in paths) / t / 1e6
                share = mb_s / limits[raw]
                print(f"- {scale}: {op} at {mb_s:.0f} MB/s = {share:.0%} of {raw} ({limits[raw]:.0f} MB/s), "
                      f"target ≥ 50%: " + ("✓" if share >= 0.5 else "✗"))

    print()
    if ok:
        print("Checksums agree across all implementations and runs" +
              (" and with WORKLOAD.md §5." if ref else "."))
    else:
        print("CHECK FAILED:\n" + "\n".join(f"- {p}" for p in problems))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
