#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The whole-portal load under faults: `assocctl export` against the fake portal
# (--seed large --types 20 --latency-ms 100) once clean and once with a share of requests
# failing (random mode of POST /__fake/faults, fixed seed: 5xx, 429, dropped connections,
# stalls), at each concurrency; the two exports must be byte for byte identical.
#
#   bench/portal/run-fault-bench.sh [--runs 3] [--concurrency "8 64"] [--rate 0.05] [--seed 42]
#                                   [--kinds serverError,rateLimited,dropConnection,stall]
#                                   [--timeout-ms 1000] [--latency-ms 100] [--types 20] [--out DIR]
#
# A random stall holds the answer 1500 ms (FaultInjector), so it costs ~1-2 s either way: cut
# at --timeout-ms and retried when assocctl has that option, else answered late.
# Prints IDENTICAL or DIFFERENT per comparison and the time overhead (medians of --runs);
# exits 1 when any faulted export differs from the clean one, 2 on a setup error.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

RUNS=3
CONCURRENCIES="8 64"
RATE=0.05
SEED=42
KINDS="serverError,rateLimited,dropConnection,stall"
TIMEOUT_MS=1000
LATENCY_MS=100
TYPES=20
OUT="$BENCH_ROOT/bench/results/faults"
while (($#)); do
    case $1 in
    --runs) RUNS=$2; shift 2 ;;
    --concurrency) CONCURRENCIES=$2; shift 2 ;;
    --rate) RATE=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --kinds) KINDS=$2; shift 2 ;;
    --timeout-ms) TIMEOUT_MS=$2; shift 2 ;;
    --latency-ms) LATENCY_MS=$2; shift 2 ;;
    --types) TYPES=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    -h | --help) sed -n '3,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
    esac
done

need_tools curl python3 awk cmp
need_binaries
assocctl_supports --concurrency || die "assocctl export has no --concurrency option"
EXTRA=()
if assocctl_supports --timeout-ms; then
    EXTRA+=(--timeout-ms "$TIMEOUT_MS")
else
    log "note: assocctl export has no --timeout-ms; a stall is answered after 1500 ms instead"
fi
fresh_results 'mode\tconcurrency\trun\twall\trequests\trepeats\tfaulted\trc\tload1\tstatuses'

KINDS_JSON=$(python3 -c 'import json,sys; print(json.dumps(sys.argv[1].split(",")))' "$KINDS")
FAULTS_JSON="{\"clear\":true,\"random\":{\"rate\":$RATE,\"seed\":$SEED,\"kinds\":$KINDS_JSON}}"

log "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
start_fake "$OUT" "$LATENCY_MS" "$TYPES"
log "faults: $FAULTS_JSON; assocctl extra options: ${EXTRA[*]:-(none)}"

run_export() { # run_export MODE CONCURRENCY RUN
    local mode=$1 c=$2 run=$3 name="$1-c$2-r$3" load t0 t1 rc=0 stats
    fake_post /__fake/faults '{"clear":true}'
    [[ $mode == faulted ]] && fake_post /__fake/faults "$FAULTS_JSON" # re-seeds: same draws every run
    fake_clear_log
    load=$(load1)
    t0=$(now)
    "$ASSOCCTL" export --base-url "$FAKE_URL" --token "$FAKE_TOKEN" --concurrency "$c" "${EXTRA[@]}" \
        -o "$OUT/export-$name.json" >"$OUT/assocctl-$name.log" 2>&1 || rc=$?
    t1=$(now)
    fake_post /__fake/faults '{"clear":true}'
    fake_save_log "$OUT/log-$name.json"
    stats=$(python3 "$PORTAL_DIR/log_stats.py" "$OUT/log-$name.json" "$LATENCY_MS")
    python3 - "$stats" "$mode" "$c" "$run" "$(elapsed "$t0" "$t1")" "$rc" "$load" >>"$ROWS" <<'EOF'
import json, sys
s = json.loads(sys.argv[1])
mode, c, run, wall, rc, load = sys.argv[2:]
bad = sum(n for code, n in s["statuses"].items() if code == "0" or int(code) >= 429)
print("\t".join([mode, c, run, wall, str(s["requests"]), str(s["repeats"]), str(bad), rc, load,
                 json.dumps(s["statuses"], separators=(",", ":"))]))
EOF
    log "$(printf '%-8s c=%-3s run %s: %6ss rc=%s %s' "$mode" "$c" "$run" "$(elapsed "$t0" "$t1")" "$rc" "$stats")"
    ((rc == 0)) || log "assocctl failed ($rc): $(tail -n 5 "$OUT/assocctl-$name.log")"
}

for ((run = 1; run <= RUNS; ++run)); do
    for c in $CONCURRENCIES; do
        run_export clean "$c" "$run"
        run_export faulted "$c" "$run"
    done
done
stop_fake

# Byte-for-byte: every export against the first clean one (same portal, same document).
RESULT=0
REF=""
for c in $CONCURRENCIES; do
    [[ -n $REF ]] || REF="$OUT/export-clean-c$c-r1.json"
done
echo
echo "Exports compared with $(basename "$REF") (cmp, byte for byte):"
for ((run = 1; run <= RUNS; ++run)); do
    for c in $CONCURRENCIES; do
        for mode in clean faulted; do
            f="$OUT/export-$mode-c$c-r$run.json"
            [[ $f == "$REF" ]] && continue
            if [[ -s $f && -s $REF ]] && cmp -s "$REF" "$f"; then
                verdict=IDENTICAL
            else
                verdict=DIFFERENT
                RESULT=1
                [[ -s $f ]] || verdict="DIFFERENT (no export: assocctl failed)"
            fi
            printf '  %-28s %s\n' "$(basename "$f")" "$verdict"
        done
    done
done

python3 - "$ROWS" "$LATENCY_MS" <<'EOF'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
lat = float(sys.argv[2]) / 1000
med = lambda rs, k: statistics.median(float(r[k]) for r in rs)
print()
print(f"Median of the successful runs per row; 'answers' are the fake's (0 = dropped connection; stalls end in a late 200).")
hdr = f"{'mode':<9}{'conc.':>6}{'requests':>9}{'repeats':>8}{'faulted':>8}{'wall s':>8}{'floor s':>8}{'overhead':>18}{'load':>6}  answers (last run)"
print(hdr)
print("-" * len(hdr))
for c in dict.fromkeys(r["concurrency"] for r in rows):
    clean = [r for r in rows if r["concurrency"] == c and r["mode"] == "clean" and r["rc"] == "0"]
    for mode in ("clean", "faulted"):
        every = [r for r in rows if r["concurrency"] == c and r["mode"] == mode]
        rs = [r for r in every if r["rc"] == "0"] or every  # failed runs are listed below
        wall = med(rs, "wall")
        floor = med(rs, "requests") * lat / min(int(c), med(rs, "requests"))
        over = "" if mode == "clean" else f"{wall - med(clean, 'wall'):+.2f} s ({wall / med(clean, 'wall'):.2f}x)"
        print(f"{mode:<9}{c:>6}{med(rs, 'requests'):>9.0f}{med(rs, 'repeats'):>8.0f}{med(rs, 'faulted'):>8.0f}"
              f"{wall:>8.2f}{floor:>8.2f}{over:>18}{med(rs, 'load1'):>6.2f}  {rs[-1]['statuses']}")
fails = [r for r in rows if r["rc"] != "0"]
if fails:
    print(f"\n{len(fails)} export(s) failed: " + ", ".join(f"{r['mode']} c={r['concurrency']} run {r['run']} rc={r['rc']}" for r in fails))
print("\nAll runs (wall s): " + "; ".join(
    f"{m} c={c} " + " ".join(r["wall"] for r in rows if r["mode"] == m and r["concurrency"] == c)
    for c in dict.fromkeys(r["concurrency"] for r in rows) for m in ("clean", "faulted")))
EOF
echo
if ((RESULT)); then echo "RESULT: DIFFERENT"; else echo "RESULT: IDENTICAL"; fi
exit "$RESULT"
