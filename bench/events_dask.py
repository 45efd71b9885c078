#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The Dask overhead of geokg.events.aggregate: the same files aggregated in one process (C++
threads) and on a LocalCluster of W worker processes, in one run, with the checksums (which must
be equal) and the median of R runs each.

usage: PYTHONPATH=build/python python3 bench/events_dask.py DIR [--workers 4] [--runs 3]
       (DIR: GDELT export files, e.g. from ../shared/bench/events/gdelt_scale.py 1000000 DIR)
"""

import argparse
import statistics
import time

import geokg.events as ev


def timed(runs, f):
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = f()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    import distributed

    files = ev.event_files(a.dir)
    one_s, one = timed(a.runs, lambda: ev.aggregate(files))
    t = time.perf_counter()
    with distributed.LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        start_s = time.perf_counter() - t
        dask_s, on_dask = timed(a.runs, lambda: ev.aggregate(files, client=client))
    rows = sum(acc["read"] for acc in one.accounts())
    print(f"files={len(files)} rows={rows} workers={a.workers} runs={a.runs}")
    print(f"one process : median {one_s:.3f} s  checksum {one.checksum}")
    print(f"dask        : median {dask_s:.3f} s  checksum {on_dask.checksum}"
          f"  (cluster start {start_s:.1f} s, not counted)")
    print(f"overhead    : {dask_s - one_s:+.3f} s ({dask_s / one_s:.2f}x)  equal={on_dask == one}")
    if on_dask != one:
        raise SystemExit("the Dask result differs from the single-process one")


if __name__ == "__main__":
    main()
