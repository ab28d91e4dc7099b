#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Summarise the fake portal's request log (GET /__fake/log) for the portal benchmarks.

    log_stats.py LOG.json LATENCY_MS  ->  one JSON line on stdout

requests     API requests the fake received (control requests are not logged)
distinct     distinct (method, path, query): requests the client needed
repeats      requests - distinct: retries after faults
labels       GET .../labels requests
statuses     {status: count}; 0 = no answer was sent (dropped connection)
peakInFlight most requests received within one latency window: with a fixed latency every
             request is open at the fake for at least that long, so this is a lower bound of
             the client's concurrency as the fake saw it
spanS        first request received .. last request received + latency
"""
import json
import sys
from collections import Counter
from datetime import datetime


def parse_time(text):
    # "2026-11-29T03:15:15.200Z"
    return datetime.strptime(text.replace("Z", "+0000"), "%Y-%m-%dT%H:%M:%S.%f%z").timestamp()


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        entries = json.load(f)["entries"]
    latency = float(sys.argv[2]) / 1000.0
    entries = [e for e in entries if not e["path"].startswith("/__fake/")]
    times = sorted(parse_time(e["time"]) for e in entries)
    peak = 0
    lo = 0
    for hi, t in enumerate(times):
        # requests received in (t - latency, t]: all still open when request hi arrives
        while times[lo] <= t - latency:
            lo += 1
        peak = max(peak, hi - lo + 1)
    distinct = {(e["method"], e["path"], e["query"]) for e in entries}
    out = {
        "requests": len(entries),
        "distinct": len(distinct),
        "repeats": len(entries) - len(distinct),
        "labels": sum(1 for e in entries if e["method"] == "GET" and e["path"].endswith("/labels")),
        "statuses": dict(sorted(Counter(str(e["status"]) for e in entries).items())),
        "peakInFlight": peak,
        "spanS": round(times[-1] - times[0] + latency, 3) if times else 0.0,
    }
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
