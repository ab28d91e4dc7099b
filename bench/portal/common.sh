# SPDX-License-Identifier: MIT
# Shared by the run-*-bench.sh scripts (sourced, not run).
# Starts the fake portal on 127.0.0.1, times `assocctl export`, reads the fake's request log.

BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD_DIR=${BUILD_DIR:-$BENCH_ROOT/build/dev}
FAKE_HUBSPOT=${FAKE_HUBSPOT:-$BUILD_DIR/bin/fake-hubspot}
ASSOCCTL=${ASSOCCTL:-$BUILD_DIR/bin/assocctl}
PORTAL_DIR="$BENCH_ROOT/bench/portal"

FAKE_PID=""
FAKE_URL=""
FAKE_TOKEN=""

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 2; }

need_tools() {
    local t
    for t in "$@"; do
        command -v "$t" >/dev/null 2>&1 || die "'$t' is required but not installed"
    done
}

need_binaries() {
    local b missing=0
    for b in "$FAKE_HUBSPOT" "$ASSOCCTL"; do
        if [[ ! -x "$b" ]]; then
            log "missing executable: $b"
            missing=1
        fi
    done
    if ((missing)); then
        log "build them first: cd $BENCH_ROOT && cmake --preset dev && cmake --build --preset dev --target fake-hubspot assocctl"
        log "(or point FAKE_HUBSPOT / ASSOCCTL / BUILD_DIR at other builds)"
        exit 2
    fi
}

# start_fake OUTDIR LATENCY_MS TYPES [FAKE OPTION...]: runs fake-hubspot --seed large on a free
# port, with any further options given (e.g. --etag).
start_fake() {
    local out=$1 latency=$2 types=$3 i line
    "$FAKE_HUBSPOT" --port 0 --seed large --types "$types" --latency-ms "$latency" "${@:4}" \
        >"$out/fake.out" 2>"$out/fake.err" &
    FAKE_PID=$!
    trap stop_fake EXIT
    trap 'exit 130' INT TERM
    for ((i = 0; i < 100; ++i)); do
        line=$(head -n 1 "$out/fake.out" 2>/dev/null || true)
        [[ -n "$line" ]] && break
        kill -0 "$FAKE_PID" 2>/dev/null || die "fake-hubspot exited: $(cat "$out/fake.err")"
        sleep 0.1
    done
    # "fake-hubspot listening on http://127.0.0.1:PORT — token: TOKEN"
    FAKE_URL=$(sed -n 's/^fake-hubspot listening on \([^ ]*\) .*$/\1/p' <<<"$line")
    FAKE_TOKEN=$(sed -n 's/^.*token: \([^ ]*\)$/\1/p' <<<"$line")
    [[ "$FAKE_URL" == http://127.0.0.1:* && -n "$FAKE_TOKEN" ]] || die "cannot parse fake-hubspot's first line: '$line'"
    log "fake-hubspot (pid $FAKE_PID) on $FAKE_URL, latency $latency ms, $types object types"
}

stop_fake() {
    if [[ -n "$FAKE_PID" ]] && kill -0 "$FAKE_PID" 2>/dev/null; then
        kill "$FAKE_PID" 2>/dev/null || true
        wait "$FAKE_PID" 2>/dev/null || true
    fi
    FAKE_PID=""
}

fake_post() { # fake_post PATH JSON
    curl -sS --fail -X POST -H 'Content-Type: application/json' --data "$2" "$FAKE_URL$1" >/dev/null
}
fake_clear_log() { curl -sS --fail -X POST "$FAKE_URL/__fake/log/clear" >/dev/null; }
fake_save_log() { curl -sS --fail "$FAKE_URL/__fake/log" >"$1"; }

# Object types as assocctl sees them: 4 standard + the custom schemas.
fake_type_count() {
    local custom
    custom=$(curl -sS --fail -H "Authorization: Bearer $FAKE_TOKEN" "$FAKE_URL/crm-object-schemas/v3/schemas" |
        python3 -c 'import json,sys; print(len(json.load(sys.stdin)["results"]))')
    echo $((4 + custom))
}

load1() { cut -d' ' -f1 /proc/loadavg; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }

# assocctl_supports OPTION: whether `assocctl export --help` lists it.
assocctl_supports() {
    "$ASSOCCTL" export --help 2>&1 | grep -q -- "$1"
}

# Median of the arguments (numbers).
median() {
    printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# fresh_results HEADER: makes $OUT, removes the previous run's exports, logs and rows, and starts
# ROWS ($OUT/runs.tsv) with HEADER (its \t escapes expanded).
fresh_results() {
    mkdir -p "$OUT"
    rm -f "$OUT"/export-*.json "$OUT"/log-*.json "$OUT"/runs.tsv
    ROWS="$OUT/runs.tsv"
    printf '%b\n' "$1" >"$ROWS"
}

# same_exports FILE...: SAME=yes when every FILE there is is byte for byte the first one, else
# SAME=no, with a log line for each that differs.
same_exports() {
    local f first=""
    SAME=yes
    for f in "$@"; do
        [[ -e $f ]] || continue
        if [[ -z $first ]]; then first=$f; elif ! cmp -s "$first" "$f"; then SAME=no; log "export differs: $f vs $first"; fi
    done
}
