#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Overview first (issue 13 item 3): starts `fake-hubspot --seed large --latency-ms 150` (38 object
# types, 1,444 ordered pairs), runs bench_overview RUNS times against it (default settings, the
# Auto object-type choice) and prints overview and complete-load times with the target
# (overview within 4 × latency + 100 ms).
#   bench/overview/run-overview.sh [RUNS]     BUILD_DIR=… or FAKE_HUBSPOT=…, BENCH_OVERVIEW=…
set -euo pipefail
source "$(dirname "$0")/../portal/common.sh"
BENCH_OVERVIEW=${BENCH_OVERVIEW:-$BUILD_DIR/bin/bench_overview}
runs=${1:-3}
latency=150
[[ -x "$FAKE_HUBSPOT" && -x "$BENCH_OVERVIEW" ]] ||
    die "build fake-hubspot and bench_overview first (BUILD_DIR=$BUILD_DIR)"
out="$BENCH_ROOT/bench/results/overview-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
"$FAKE_HUBSPOT" --port 0 --seed large --latency-ms "$latency" >"$out/fake.out" 2>"$out/fake.err" &
FAKE_PID=$!
trap stop_fake EXIT
for ((i = 0; i < 100; ++i)); do
    line=$(head -n 1 "$out/fake.out" 2>/dev/null || true)
    [[ -n "$line" ]] && break
    sleep 0.1
done
FAKE_URL=$(sed -n 's/^fake-hubspot listening on \([^ ]*\) .*$/\1/p' <<<"$line")
FAKE_TOKEN=$(sed -n 's/^.*token: \([^ ]*\)$/\1/p' <<<"$line")
target=$((4 * latency + 100))
printf 'run\toverview_ms\tcomplete_ms\ttypes\tpairs\ttarget\n'
for ((r = 1; r <= runs; ++r)); do
    read -r overview complete types pairs < <("$BENCH_OVERVIEW" "$FAKE_URL" "$FAKE_TOKEN")
    verdict=MISS
    ((overview >= 0 && overview <= target)) && verdict=PASS
    printf '%d\t%s\t%s\t%s\t%s\t%s (≤ %d ms)\n' "$r" "$overview" "$complete" "$types" "$pairs" \
        "$verdict" "$target"
done | tee "$out/runs.tsv"
