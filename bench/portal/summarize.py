#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Table and targets for run-portal-bench.sh.

    summarize.py RUNS.tsv --latency-ms 100 --pairs 400

Per configuration, the median of its runs:
  requests     API requests the fake received (GET /__fake/log)
  in flight    the configured limit (assocctl --concurrency; Node: limiter maxConcurrent,
               unlimited = every request at once)
  peak         most requests the fake received within one latency window (what it saw)
  floor s      requests x latency / in flight   (the issue's definition)
  path floor   latency x (1 + ceil(pairs / in flight)): the object types must be known before
               any pair is read, then the pairs go in waves; the limited Node client is further
               held to one start per minTime (1000/9 ms), i.e. requests / 9 s
"""
import argparse
import csv
import math
import statistics
import sys

T1_MAX_RATIO = 1.3  # app within 1.3x of the floor
T2_MIN_SPEEDUP = 5.0  # app >= 5x faster than the limited Node client


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("rows")
    ap.add_argument("--latency-ms", type=float, required=True)
    ap.add_argument("--pairs", type=int, required=True)
    args = ap.parse_args()
    lat = args.latency_ms / 1000.0

    groups = {}
    order = []
    with open(args.rows, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["name"] not in groups:
                groups[row["name"]] = []
                order.append(row["name"])
            groups[row["name"]].append(row)

    results = {}
    for name in order:
        rows = groups[name]
        ok = [r for r in rows if r["rc"] == "0"]
        med = lambda key, rs=ok: statistics.median(float(r[key]) for r in rs) if rs else float("nan")
        limit = int(rows[0]["limit"])
        requests = med("requests")
        in_flight = min(limit, requests) if ok else limit
        floor = requests * lat / in_flight if ok else float("nan")
        path_floor = lat * (1 + math.ceil(args.pairs / min(limit, args.pairs)))
        if name == "node-limited":
            path_floor = max(path_floor, requests / 9.0)
        wall = med("wall")
        results[name] = dict(
            kind=rows[0]["kind"], limit=limit, runs=len(rows), failed=len(rows) - len(ok),
            requests=requests, peak=med("peak"), wall=wall, walls=[float(r["wall"]) for r in ok],
            floor=floor, path_floor=path_floor, ratio=wall / floor if ok else float("nan"),
            load=statistics.median(float(r["load1"]) for r in rows), repeats=med("repeats"),
        )

    limited = results.get("node-limited", {}).get("wall")
    unlimited = results.get("node-unlimited", {}).get("wall")

    def x(v):
        return "-" if v is None or v != v else f"{v:.2f}x"

    hdr = f"{'run':<18}{'requests':>9}{'in flight':>10}{'peak':>6}{'wall s':>8}{'floor s':>9}{'wall/floor':>11}{'path floor':>11}{'vs limited':>11}{'vs unlim.':>10}{'load':>6}"
    print()
    print(f"Median of {max(r['runs'] for r in results.values())} runs; latency {args.latency_ms:g} ms; {args.pairs} pairs."
          " 'vs' columns: Node wall / app wall (> 1 = app faster).")
    print(hdr)
    print("-" * len(hdr))
    for name in order:
        r = results[name]
        vs_l = limited / r["wall"] if r["kind"] == "app" and limited else None
        vs_u = unlimited / r["wall"] if r["kind"] == "app" and unlimited else None
        limit = "all" if r["kind"] == "node" and r["limit"] > args.pairs else str(r["limit"])
        print(f"{name:<18}{r['requests']:>9.0f}{limit:>10}{r['peak']:>6.0f}{r['wall']:>8.2f}{r['floor']:>9.2f}"
              f"{x(r['ratio']):>11}{r['path_floor']:>11.2f}{x(vs_l):>11}{x(vs_u):>10}{r['load']:>6.2f}")
        if r["failed"]:
            print(f"  ({r['failed']} of {r['runs']} runs failed and are left out)")
    print()
    print("All runs (wall s): " + "; ".join(f"{n} " + " ".join(f"{w:.2f}" for w in results[n]["walls"]) for n in order))

    def verdict(ok):
        return "PASS" if ok else "MISS"

    apps = [n for n in order if results[n]["kind"] == "app"]
    print()
    print("Targets")
    print(f"  T1 app within {T1_MAX_RATIO}x of the floor (requests x latency / in flight):")
    for n in apps:
        r = results[n]
        print(f"     {n:<12} {r['wall']:.2f} s / {r['floor']:.2f} s = {r['ratio']:.2f}x  {verdict(r['ratio'] <= T1_MAX_RATIO)}")
    if limited:
        print(f"  T2 app >= {T2_MIN_SPEEDUP:g}x faster than the limited Node client ({limited:.2f} s):")
        for n in apps:
            s = limited / results[n]["wall"]
            print(f"     {n:<12} {s:.2f}x  {verdict(s >= T2_MIN_SPEEDUP)}")
    if unlimited:
        top = max(apps, key=lambda n: results[n]["limit"]) if apps else None
        if top:
            r = results[top]
            s = unlimited / r["wall"]
            print(f"  T3 app no slower than the unlimited Node client ({unlimited:.2f} s, "
                  f"{results['node-unlimited']['peak']:.0f} in flight seen) when allowed as many in flight:")
            print(f"     {top:<12} {r['wall']:.2f} s -> {s:.2f}x  {verdict(r['wall'] <= unlimited)}")
        for n in order:
            if n.startswith("node-capped"):
                cap = results[n]["limit"]
                same = f"app-c{cap}"
                if same in results:
                    s = results[n]["wall"] / results[same]["wall"]
                    print(f"     same cap: {same} {results[same]['wall']:.2f} s vs {n} {results[n]['wall']:.2f} s -> {s:.2f}x"
                          f"  {verdict(results[same]['wall'] <= results[n]['wall'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
