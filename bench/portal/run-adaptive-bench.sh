#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Adaptive concurrency (issue 13 item 4): times `assocctl export` of a 38-type portal
# (--seed large --types 38: 1,444 ordered pairs) at 100 ms latency, at default settings (no
# --concurrency: adaptive, up to 64) and with --concurrency 8 and 64, in two phases:
#   burst  — the fake enforces no rate limit: target within 1.3× of the path floor
#            latency × (1 + ⌈pairs ÷ cap⌉) at the default cap (64);
#   rate   — the fake enforces 190 requests per 10 s on every route (burstLimitEverywhere):
#            target ≤ 1 % of requests answered 429 and within 1.15× of requests ÷ 19 per second.
# Every export must be byte-identical (cmp), across settings and phases.
#
#   bench/portal/run-adaptive-bench.sh [--runs 3] [--settings "default 8 64"]
#                                      [--phases "burst rate"] [--types 38] [--out DIR]
#
# Environment: BUILD_DIR (default build/dev), FAKE_HUBSPOT, ASSOCCTL. Only 127.0.0.1 is contacted.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

RUNS=3
SETTINGS="default 8 64"
PHASES="burst rate"
TYPES=38
LATENCY_MS=100
OUT="$BENCH_ROOT/bench/results/adaptive"
while (($#)); do
    case $1 in
    --runs) RUNS=$2; shift 2 ;;
    --settings) SETTINGS=$2; shift 2 ;;
    --phases) PHASES=$2; shift 2 ;;
    --types) TYPES=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    -h | --help) sed -n '3,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
    esac
done

need_tools curl python3 awk
need_binaries
fresh_results 'phase\tsetting\trun\twall\trequests\tr429\tpeak\trc\tload1'

log "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
start_fake "$OUT" "$LATENCY_MS" "$TYPES"
N_TYPES=$(fake_type_count)
PAIRS=$((N_TYPES * N_TYPES))
log "$N_TYPES object types -> $PAIRS ordered pairs"

configure_phase() { # configure_phase burst|rate
    case $1 in
    burst) fake_post /__fake/config '{"rateLimitEnabled": false}' ;;
    rate) fake_post /__fake/config '{"rateLimitEnabled": true, "burstLimitEverywhere": true, "burstMax": 190, "burstWindowMs": 10000, "sendRetryAfter": true}' ;;
    esac
}

run_one() { # run_one PHASE SETTING RUN
    local phase=$1 setting=$2 run=$3 name="$1-$2" load t0 t1 rc=0 args=() logfile stats
    [[ $setting == default ]] || args=(--concurrency "$setting")
    # A fresh window (and the same seed) for every run.
    fake_post /__fake/reset '{}'
    configure_phase "$phase"
    load=$(load1)
    t0=$(now)
    "$ASSOCCTL" export --base-url "$FAKE_URL" --token "$FAKE_TOKEN" "${args[@]}" \
        -o "$OUT/export-$name-r$run.json" >"$OUT/assocctl-$name-r$run.log" 2>&1 || rc=$?
    t1=$(now)
    logfile="$OUT/log-$name-r$run.json"
    fake_save_log "$logfile"
    stats=$(python3 "$PORTAL_DIR/log_stats.py" "$logfile" "$LATENCY_MS")
    python3 - "$stats" "$phase" "$setting" "$run" "$(elapsed "$t0" "$t1")" "$rc" "$load" >>"$ROWS" <<'PY'
import json, sys
s = json.loads(sys.argv[1])
phase, setting, run, wall, rc, load = sys.argv[2:]
print("\t".join([phase, setting, run, wall, str(s["requests"]), str(s["statuses"].get("429", 0)),
                 str(s["peakInFlight"]), rc, load]))
PY
    log "$(printf '%-12s run %s: %7ss  %s' "$name" "$run" "$(elapsed "$t0" "$t1")" "$stats")"
    ((rc == 0)) || { log "assocctl failed ($rc): $(tail -n 5 "$OUT/assocctl-$name-r$run.log")"; FAILED=1; }
}

FAILED=0
for phase in $PHASES; do
    for ((run = 1; run <= RUNS; ++run)); do
        for s in $SETTINGS; do
            run_one "$phase" "$s" "$run"
        done
    done
done
stop_fake

same_exports "$OUT"/export-*.json
log "all exports identical: $SAME"

python3 - "$ROWS" "$PAIRS" "$LATENCY_MS" "$SAME" <<'PY'
import csv, math, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
pairs, latency, same = int(sys.argv[2]), float(sys.argv[3]) / 1000, sys.argv[4]
def cap(setting):
    return 64 if setting == "default" else int(setting)
print("| phase | setting | requests | 429s | peak in flight | wall s (median) | all runs | floor s | wall/floor | target |")
print("|---|---|---:|---:|---:|---:|---|---:|---:|---|")
for phase in dict.fromkeys(r["phase"] for r in rows):
    for setting in dict.fromkeys(r["setting"] for r in rows if r["phase"] == phase):
        rs = [r for r in rows if r["phase"] == phase and r["setting"] == setting]
        walls = [float(r["wall"]) for r in rs]
        wall = statistics.median(walls)
        req = statistics.median(int(r["requests"]) for r in rs)
        r429 = max(int(r["r429"]) for r in rs)
        peak = max(int(r["peak"]) for r in rs)
        if phase == "burst":
            floor = latency * (1 + math.ceil(pairs / cap(setting)))
            ok = wall <= 1.3 * floor
            target = ("PASS" if ok else "MISS") + " (≤ 1.3× path floor)"
        else:
            floor = req / 19.0
            share = r429 / req
            ok = wall <= 1.15 * floor and share <= 0.01
            target = ("PASS" if ok else "MISS") + f" (≤ 1.15× rate floor, 429s {share:.2%} ≤ 1 %)"
        if setting != "default":
            target += " — for comparison"
        print(f"| {phase} | {setting} | {req:.0f} | {r429} | {peak} | {wall:.2f} | "
              f"{' '.join(f'{w:.2f}' for w in walls)} | {floor:.2f} | {wall / floor:.2f}× | {target} |")
print(f"\nexports identical (cmp): {same}")
PY
exit $FAILED
