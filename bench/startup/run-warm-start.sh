#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Warm start from the snapshot cache to the first painted window, 7 fresh processes per
# snapshot, for a 20-type portal (400 pairs) and the model benchmark's 25,000-label portal.
#   bench/startup/run-warm-start.sh            (BUILD_DIR defaults to build/ci)
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD_DIR=${BUILD_DIR:-build/ci}
RUNS=${RUNS:-7}
cmake --build "$BUILD_DIR" --target bench_warm_start bench_models -j2 >/dev/null
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
BIN=$(find "$BUILD_DIR" -name bench_warm_start -type f -perm -u+x | head -1)
MODELS=$(find "$BUILD_DIR" -name bench_models -type f -perm -u+x | head -1)
"$BIN" --prepare "$WORK/portal20.json" 20
BENCH_SNAPSHOT_OUT="$WORK/labels25k.json" "$MODELS" snapshotLoad >/dev/null
for snap in portal20 labels25k; do
    echo "== $snap ($(stat -c %s "$WORK/$snap.json") bytes)"
    for _ in $(seq "$RUNS"); do "$BIN" "$WORK/$snap.json" 2>/dev/null; done | tee "$WORK/$snap.txt"
    awk -F'first paint ' '{ sub(/ ms/, "", $2); print $2 }' "$WORK/$snap.txt" | sort -n |
        awk '{ a[NR] = $1 } END { printf "median first paint: %.1f ms (target < 400 ms)\n", a[int((NR + 1) / 2)] }'
done
