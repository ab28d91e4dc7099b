#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# What the answer cache saves on a refresh of an unchanged portal: fake-hubspot with its ETag
# switch (--etag: an ETag on every GET answer, 304 to a matching If-None-Match; HubSpot's own
# behaviour is not documented) and `assocctl export` three ways per run, each in a fresh cache
# folder (XDG_CACHE_HOME): --no-cache; with the cache, first load (cold, fills it); with the
# cache again (warm: every answer revalidated). Counts the requests the fake received, their
# statuses and the body bytes it sent, and checks that every export is the same document.
#
#   bench/portal/run-cache-bench.sh [--runs 3] [--latency-ms 100] [--types 38]
#                                   [--concurrency 8] [--out DIR]
#
# Environment: BUILD_DIR (default build/dev), FAKE_HUBSPOT, ASSOCCTL. Only 127.0.0.1 is contacted.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

RUNS=3
LATENCY_MS=100
TYPES=38
CONCURRENCY=8
OUT="$BENCH_ROOT/bench/results/cache"
while (($#)); do
    case $1 in
    --runs) RUNS=$2; shift 2 ;;
    --latency-ms) LATENCY_MS=$2; shift 2 ;;
    --types) TYPES=$2; shift 2 ;;
    --concurrency) CONCURRENCY=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    -h | --help) sed -n '3,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
    esac
done

need_tools curl python3 awk
need_binaries
assocctl_supports --no-cache || die "assocctl has no --no-cache option"
fresh_results 'mode\trun\twall\trequests\tok200\tnotModified\tbodyBytes\trc\tload1'
CACHE_ROOT=$(mktemp -d)
cleanup() {
    stop_fake
    rm -rf "$CACHE_ROOT"
}

log "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
start_fake "$OUT" "$LATENCY_MS" "$TYPES" --etag
trap cleanup EXIT
N_TYPES=$(fake_type_count)
log "fake-hubspot --etag on $FAKE_URL: $N_TYPES types, $((N_TYPES * N_TYPES)) pairs, $LATENCY_MS ms"

FAILED=0
run_export() { # run_export MODE RUN CACHE_HOME [ASSOCCTL OPTION...]
    local mode=$1 run=$2 home=$3 name="$1-r$2" load t0 t1 rc=0
    shift 3
    fake_clear_log
    load=$(load1)
    t0=$(now)
    XDG_CACHE_HOME="$home" HUBSPOT_ACCESS_TOKEN="$FAKE_TOKEN" "$ASSOCCTL" export \
        --base-url "$FAKE_URL" --concurrency "$CONCURRENCY" "$@" -o "$OUT/export-$name.json" \
        >"$OUT/assocctl-$name.log" 2>&1 || rc=$?
    t1=$(now)
    fake_save_log "$OUT/log-$name.json"
    python3 - "$OUT/log-$name.json" "$mode" "$run" "$(elapsed "$t0" "$t1")" "$rc" "$load" >>"$ROWS" <<'PY'
import json, sys
entries = [e for e in json.load(open(sys.argv[1]))["entries"] if not e["path"].startswith("/__fake")]
mode, run, wall, rc, load = sys.argv[2:]
print("\t".join([mode, run, wall, str(len(entries)),
                 str(sum(e["status"] == 200 for e in entries)),
                 str(sum(e["status"] == 304 for e in entries)),
                 str(sum(e.get("responseBodyBytes", 0) for e in entries)), rc, load]))
PY
    log "$(tail -n 1 "$ROWS")"
    ((rc == 0)) || { log "assocctl failed ($rc): $(tail -n 5 "$OUT/assocctl-$name.log")"; FAILED=1; }
}

for ((run = 1; run <= RUNS; ++run)); do
    home="$CACHE_ROOT/run-$run"
    mkdir -p "$home"
    run_export no-cache "$run" "$home" --no-cache
    run_export cache-cold "$run" "$home"
    run_export cache-warm "$run" "$home"
done

same_exports "$OUT"/export-*.json
log "all exports identical: $SAME"
[[ $SAME == yes ]] || FAILED=1

python3 - "$ROWS" <<'PY' | tee "$OUT/summary.txt"
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
print("| run | requests | 200 | 304 | body bytes sent | wall s (median) | all runs s |")
print("|---|---:|---:|---:|---:|---:|---|")
for mode in ("no-cache", "cache-cold", "cache-warm"):
    rs = [r for r in rows if r["mode"] == mode]
    if not rs:
        continue
    med = lambda k: statistics.median(float(r[k]) for r in rs)
    print(f"| {mode} | {med('requests'):.0f} | {med('ok200'):.0f} | {med('notModified'):.0f} | "
          f"{med('bodyBytes'):,.0f} | {med('wall'):.2f} | {' '.join(r['wall'] for r in rs)} |")
PY
log "raw figures: $ROWS"
exit "$FAILED"
