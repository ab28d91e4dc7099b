#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# A full load over TLS as HubSpot serves it: nghttpx (Debian's nghttp2-proxy) in front of
# fake-hubspot, offering HTTP/2 and HTTP/1.1 with a throw-away certificate this script makes,
# times `assocctl export` at several settings over HTTP/2 and over HTTP/1.1 (--no-http2), and
# the official Node client (@hubspot/api-client, its plain default) through the same front.
#
#   bench/portal/run-tls-bench.sh [--runs 3] [--latency-ms 100] [--types 38]
#                                 [--settings "default 8 64 256"] [--skip-node] [--out DIR]
#
# --types N: fake-hubspot --seed large --types N (the core four and N-4 custom objects, all of
# which assocctl reads: N² ordered pairs). Every setting runs once with HTTP/2 and once with
# --no-http2; "default" passes no --concurrency (adaptive, up to 64: what a person gets). Environment: BUILD_DIR (default
# build/dev), FAKE_HUBSPOT, ASSOCCTL. Only 127.0.0.1 is contacted (and npm's registry when
# bench/node/node_modules is missing). Everything started is stopped on exit.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

RUNS=3
LATENCY_MS=100
TYPES=38
SETTINGS="default 8 64 256"
SKIP_NODE=0
OUT="$BENCH_ROOT/bench/results/tls"
while (($#)); do
    case $1 in
    --runs) RUNS=$2; shift 2 ;;
    --latency-ms) LATENCY_MS=$2; shift 2 ;;
    --types) TYPES=$2; shift 2 ;;
    --settings) SETTINGS=$2; shift 2 ;;
    --skip-node) SKIP_NODE=1; shift ;;
    --out) OUT=$2; shift 2 ;;
    -h | --help) sed -n '3,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
    esac
done

need_tools curl python3 awk openssl nghttpx
need_binaries
fresh_results 'client\tprotocol\tsetting\trun\twall\trequests\trc\tload1'

# The throw-away certificate: for 127.0.0.1, one day, its own CA (passed with --ca-file).
TLS_DIR=$(mktemp -d)
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 \
    -addext subjectAltName=IP:127.0.0.1 -keyout "$TLS_DIR/key.pem" -out "$TLS_DIR/cert.pem" \
    2>"$OUT/openssl.log" || die "openssl: $(cat "$OUT/openssl.log")"

FRONT_PID=""
FRONT_URL=""
stop_front() {
    if [[ -n "$FRONT_PID" ]] && kill -0 "$FRONT_PID" 2>/dev/null; then
        kill "$FRONT_PID" 2>/dev/null || true
        wait "$FRONT_PID" 2>/dev/null || true
    fi
    FRONT_PID=""
}
cleanup() {
    stop_front
    stop_fake
    rm -rf "$TLS_DIR"
}

log "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(nghttpx --version | head -n 1)"
start_fake "$OUT" "$LATENCY_MS" "$TYPES"
trap cleanup EXIT
N_TYPES=$(fake_type_count)
PAIRS=$((N_TYPES * N_TYPES))

# nghttpx on a free loopback port: TLS with ALPN h2 and http/1.1 in front, HTTP/1.1 to the fake.
FAKE_PORT=${FAKE_URL##*:}
FRONT_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
nghttpx --conf=/dev/null --frontend="127.0.0.1,$FRONT_PORT" --backend="127.0.0.1,$FAKE_PORT" --workers=1 \
    --no-ocsp --accesslog-file=/dev/null --errorlog-file="$OUT/nghttpx.log" \
    "$TLS_DIR/key.pem" "$TLS_DIR/cert.pem" &
FRONT_PID=$!
FRONT_URL="https://127.0.0.1:$FRONT_PORT"
for ((i = 0; i < 100; ++i)); do
    curl -sS --fail --cacert "$TLS_DIR/cert.pem" -o /dev/null "$FRONT_URL/__fake/config" 2>/dev/null && break
    kill -0 "$FRONT_PID" 2>/dev/null || die "nghttpx exited: $(tail -n 5 "$OUT/nghttpx.log")"
    sleep 0.1
done
log "fake-hubspot $FAKE_URL ($N_TYPES types, $PAIRS pairs, $LATENCY_MS ms) behind nghttpx (pid $FRONT_PID) on $FRONT_URL"

fake_requests() {
    fake_save_log "$1"
    python3 -c 'import json,sys; print(len([e for e in json.load(open(sys.argv[1]))["entries"] if not e["path"].startswith("/__fake")]))' "$1"
}

FAILED=0
run_app() { # run_app PROTOCOL CONCURRENCY RUN
    local protocol=$1 c=$2 run=$3 name="app-$1-c$2" load t0 t1 rc=0 extra=()
    [[ $protocol == h1 ]] && extra=(--no-http2)
    [[ $c == default ]] || extra+=(--concurrency "$c")
    # No answer cache: this bench measures transport (the fake sends no validators anyway).
    assocctl_supports --no-cache && extra+=(--no-cache)
    fake_clear_log
    load=$(load1)
    t0=$(now)
    HUBSPOT_ACCESS_TOKEN="$FAKE_TOKEN" "$ASSOCCTL" export --base-url "$FRONT_URL" \
        --ca-file "$TLS_DIR/cert.pem" "${extra[@]}" \
        -o "$OUT/export-$name-r$run.json" >"$OUT/assocctl-$name-r$run.log" 2>&1 || rc=$?
    t1=$(now)
    printf 'assocctl\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$protocol" "$c" "$run" "$(elapsed "$t0" "$t1")" \
        "$(fake_requests "$OUT/log-$name-r$run.json")" "$rc" "$load" >>"$ROWS"
    log "$(tail -n 1 "$ROWS")"
    ((rc == 0)) || { log "assocctl failed ($rc): $(tail -n 5 "$OUT/assocctl-$name-r$run.log")"; FAILED=1; }
}

run_node() { # run_node RUN: the plain default (no limiter), HTTP/1.1 over TLS (node-fetch)
    local run=$1 name="node-unlimited" load t0 t1 rc=0
    fake_clear_log
    load=$(load1)
    t0=$(now)
    (cd "$BENCH_ROOT/bench/node" && NODE_EXTRA_CA_CERTS="$TLS_DIR/cert.pem" node fetch-labels.mjs \
        --base-url "$FRONT_URL" --token "$FAKE_TOKEN" --mode unlimited) \
        >"$OUT/$name-r$run.json" 2>"$OUT/$name-r$run.log" || rc=$?
    t1=$(now)
    printf 'node\th1\tdefault\t%s\t%s\t%s\t%s\t%s\n' "$run" "$(elapsed "$t0" "$t1")" \
        "$(fake_requests "$OUT/log-$name-r$run.json")" "$rc" "$load" >>"$ROWS"
    log "$(tail -n 1 "$ROWS")"
    ((rc == 0)) || { log "node failed ($rc): $(tail -n 5 "$OUT/$name-r$run.log")"; FAILED=1; }
}

if ((!SKIP_NODE)); then
    need_tools node npm
    if [[ ! -d "$BENCH_ROOT/bench/node/node_modules/@hubspot/api-client" ]]; then
        log "installing @hubspot/api-client into bench/node (npm ci)"
        (cd "$BENCH_ROOT/bench/node" && npm ci --no-audit --no-fund >&2)
    fi
fi

# Interleaved: run 1 of every configuration, then run 2, ...
for ((run = 1; run <= RUNS; ++run)); do
    for c in $SETTINGS; do
        run_app h2 "$c" "$run"
        run_app h1 "$c" "$run"
    done
    ((SKIP_NODE)) || run_node "$run"
done

same_exports "$OUT"/export-app-*.json
log "all assocctl exports identical: $SAME"
[[ $SAME == yes ]] || FAILED=1

python3 - "$ROWS" <<'PY' | tee "$OUT/summary.txt"
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
groups = {}
for r in rows:
    groups.setdefault((r["client"], r["setting"]), {}).setdefault(r["protocol"], []).append(r)
print("| client | in flight | HTTP/2 over TLS, s | HTTP/1.1 over TLS, s | requests | runs (h2 / h1) |")
print("|---|---:|---:|---:|---:|---|")
for (client, setting), by in groups.items():
    def med(p):
        rs = by.get(p, [])
        return f"{statistics.median(float(r['wall']) for r in rs):.2f}" if rs else "—"
    def runs(p):
        return " ".join(r["wall"] for r in by.get(p, [])) or "—"
    reqs = sorted({r["requests"] for rs in by.values() for r in rs})
    print(f"| {client} | {setting} | {med('h2')} | {med('h1')} | {'/'.join(reqs)} | {runs('h2')} / {runs('h1')} |")
PY
log "raw figures: $ROWS"
exit "$FAILED"
