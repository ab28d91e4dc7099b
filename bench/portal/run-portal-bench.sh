#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Loading a whole portal near the latency floor: times `assocctl export` against the fake portal
# (--seed large --types 20 --latency-ms 100) at several concurrencies, counts the requests the
# fake actually received, and compares with the official HubSpot Node client
# (@hubspot/api-client) fetching the same pairs' labels, with and without its documented limiter.
#
#   bench/portal/run-portal-bench.sh [--runs 3] [--concurrency "8 32 64 all"]
#                                    [--latency-ms 100] [--types 20] [--skip-node | --skip-app]
#                                    [--out DIR]
#
# "all" = as many in flight as there are label requests (n²), what the unlimited Node client does,
# capped at assocctl's largest --concurrency (256; ASSOCCTL_MAX_CONCURRENCY).
# Environment: BUILD_DIR (default build/dev), FAKE_HUBSPOT, ASSOCCTL (executables).
# Only 127.0.0.1 is contacted, apart from `npm ci` when bench/node/node_modules is missing.
# Prints a table (medians of --runs) and PASS/MISS per target; exits 0 even when a target is
# missed, non-zero only when a run fails.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

RUNS=3
CONCURRENCIES="8 32 64 all"
LATENCY_MS=100
TYPES=20
SKIP_NODE=0
SKIP_APP=0
OUT="$BENCH_ROOT/bench/results/portal"
while (($#)); do
    case $1 in
    --runs) RUNS=$2; shift 2 ;;
    --concurrency) CONCURRENCIES=$2; shift 2 ;;
    --latency-ms) LATENCY_MS=$2; shift 2 ;;
    --types) TYPES=$2; shift 2 ;;
    --skip-node) SKIP_NODE=1; shift ;;
    --skip-app) SKIP_APP=1; shift ;;
    --out) OUT=$2; shift 2 ;;
    -h | --help) sed -n '3,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
    esac
done

need_tools curl python3 awk
if ((SKIP_APP)); then
    [[ -x "$FAKE_HUBSPOT" ]] || need_binaries
else
    need_binaries
    assocctl_supports --concurrency || die "assocctl export has no --concurrency option"
fi
fresh_results 'kind\tname\tlimit\trun\twall\trequests\tdistinct\trepeats\tpeak\trc\tload1\tinner'

log "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
start_fake "$OUT" "$LATENCY_MS" "$TYPES"
N_TYPES=$(fake_type_count)
PAIRS=$((N_TYPES * N_TYPES))
log "$N_TYPES object types -> $PAIRS ordered pairs"

# record KIND NAME LIMIT RUN WALL RC LOAD INNER: adds one row with the fake's view of the run.
record() {
    local kind=$1 name=$2 limit=$3 run=$4 wall=$5 rc=$6 load=$7 inner=$8 logfile stats
    logfile="$OUT/log-$name-r$run.json"
    fake_save_log "$logfile"
    stats=$(python3 "$PORTAL_DIR/log_stats.py" "$logfile" "$LATENCY_MS")
    python3 - "$stats" "$kind" "$name" "$limit" "$run" "$wall" "$rc" "$load" "$inner" >>"$ROWS" <<'EOF'
import json, sys
s = json.loads(sys.argv[1])
kind, name, limit, run, wall, rc, load, inner = sys.argv[2:]
print("\t".join([kind, name, limit, run, wall, str(s["requests"]), str(s["distinct"]),
                 str(s["repeats"]), str(s["peakInFlight"]), rc, load, inner]))
EOF
    log "$(printf '%-16s run %s: %6ss  %s' "$name" "$run" "$wall" "$stats")"
}

run_app() { # run_app CONCURRENCY RUN
    local c=$1 run=$2 name="app-c$1" load t0 t1 rc=0
    fake_clear_log
    load=$(load1)
    t0=$(now)
    "$ASSOCCTL" export --base-url "$FAKE_URL" --token "$FAKE_TOKEN" --concurrency "$c" \
        -o "$OUT/export-$name-r$run.json" >"$OUT/assocctl-$name-r$run.log" 2>&1 || rc=$?
    t1=$(now)
    record app "$name" "$c" "$run" "$(elapsed "$t0" "$t1")" "$rc" "$load" "-"
    ((rc == 0)) || { log "assocctl failed ($rc): $(tail -n 5 "$OUT/assocctl-$name-r$run.log")"; FAILED=1; }
}

run_node() { # run_node MODE RUN
    local mode=$1 run=$2 name="node-${1/:/}" limit load t0 t1 rc=0 inner
    case $mode in
    limited) limit=6 ;;          # DEFAULT_LIMITER_OPTIONS.maxConcurrent
    unlimited) limit=$((PAIRS + 1)) ;; # nothing holds requests back
    capped:*) limit=${mode#capped:} ;;
    esac
    fake_clear_log
    load=$(load1)
    t0=$(now)
    (cd "$BENCH_ROOT/bench/node" && node fetch-labels.mjs --base-url "$FAKE_URL" --token "$FAKE_TOKEN" \
        --mode "$mode") >"$OUT/$name-r$run.json" 2>"$OUT/$name-r$run.log" || rc=$?
    t1=$(now)
    inner=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["wallS"])' "$OUT/$name-r$run.json" 2>/dev/null || echo "-")
    record node "$name" "$limit" "$run" "$(elapsed "$t0" "$t1")" "$rc" "$load" "$inner"
    ((rc == 0)) || { log "node $mode failed ($rc): $(tail -n 5 "$OUT/$name-r$run.log")"; FAILED=1; }
}

FAILED=0
APP_CS=()
for c in $CONCURRENCIES; do
    [[ $c == all ]] && c=$((PAIRS < ${ASSOCCTL_MAX_CONCURRENCY:-256} ? PAIRS : ${ASSOCCTL_MAX_CONCURRENCY:-256}))
    APP_CS+=("$c")
done

# Runs are interleaved (run 1 of every configuration, then run 2, ...) so that the other
# work on a shared machine spreads over all configurations alike.
for ((run = 1; run <= RUNS && !SKIP_APP; ++run)); do
    for c in "${APP_CS[@]}"; do
        run_app "$c" "$run"
    done
done

# Every export of the same portal must be the same document.
same_exports "$OUT"/export-app-*.json
((SKIP_APP)) || log "all app exports identical: $SAME"

if ((!SKIP_NODE)); then
    need_tools node npm
    if [[ ! -d "$BENCH_ROOT/bench/node/node_modules/@hubspot/api-client" ]]; then
        log "installing @hubspot/api-client into bench/node (npm ci)"
        (cd "$BENCH_ROOT/bench/node" && npm ci --no-audit --no-fund >&2)
    fi
    log "@hubspot/api-client $(cd "$BENCH_ROOT/bench/node" && node -p 'require("@hubspot/api-client/package.json").version'), node $(node --version)"
    # capped:N = the Node client allowed exactly as many in flight as the app's largest
    # setting below 100 (apples to apples at the same concurrency).
    CAP=0
    for c in "${APP_CS[@]}"; do ((c < 100 && c > CAP)) && CAP=$c; done
    MODES="unlimited limited"
    ((CAP > 0)) && MODES="unlimited capped:$CAP limited"
    for ((run = 1; run <= RUNS; ++run)); do
        for mode in $MODES; do
            run_node "$mode" "$run"
        done
    done
fi

stop_fake
python3 "$PORTAL_DIR/summarize.py" "$ROWS" --latency-ms "$LATENCY_MS" --pairs "$PAIRS" | tee "$OUT/summary.txt"
log "raw figures: $ROWS"
exit "$FAILED"
