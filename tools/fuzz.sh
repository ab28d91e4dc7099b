#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# tools/fuzz.sh [SECONDS] [TARGET...]: builds the libFuzzer targets (the asan preset: clang 14,
# ASan + UBSan) and runs each target (all by default) for SECONDS (default 30) on its corpus
# with its dictionary. Fails on any crash, leak, UB report, broken invariant or hang; prints
# executions, exec/s and coverage per target. ASSOC_FUZZ_RUNS=N also ends a target after N
# executions (the long runs: 10 million or an hour); ASSOC_FUZZ_TIMEOUT (default 10 s) is how
# long one input may take before it counts as a hang. docs/fuzzing.md explains it.
set -euo pipefail
cd "$(dirname "$0")/.."
SECS="${1:-30}"
shift || true
PRESET="${ASSOC_FUZZ_PRESET:-asan}"
BUILD="build/$PRESET"
WORK="$BUILD/fuzz"
cmake --preset "$PRESET" >/dev/null
cmake --build --preset "$PRESET" -j "${ASSOC_JOBS:-$(nproc)}" --target fuzz_targets

if [ "$#" -gt 0 ]; then
    TARGETS=("$@")
else
    mapfile -t TARGETS < <(cd fuzz/corpus && ls -d -- */ | tr -d /)
fi

# The spec's examples join the checked-in seeds, built into the build folder at each run: the
# OpenAPI files are read where they are and never copied into the repository.
SPEC_DIR="${ASSOC_SPEC_DIR:-}"
for candidate in ../shared/spec ../../shared/spec; do
    if [ -z "$SPEC_DIR" ] && [ -d "$candidate" ]; then SPEC_DIR="$candidate"; fi
done
rm -rf "$WORK/spec"
if [ -n "$SPEC_DIR" ] && [ -d "$SPEC_DIR" ] && command -v python3 >/dev/null; then
    python3 fuzz/spec_examples.py "$SPEC_DIR" "$WORK/spec"
else
    echo "no spec folder (set ASSOC_SPEC_DIR): fuzzing from the checked-in seeds only"
fi

export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$PWD/tools/lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen
if command -v llvm-symbolizer-14 >/dev/null; then
    export ASAN_SYMBOLIZER_PATH="$(command -v llvm-symbolizer-14)"
fi
mkdir -p "$WORK/logs"
RUNS=()
if [ -n "${ASSOC_FUZZ_RUNS:-}" ]; then RUNS=("-runs=$ASSOC_FUZZ_RUNS"); fi
failed=()
printf '%-22s %12s %8s %7s %7s  %s\n' target executions exec/s cov ft result
for target in "${TARGETS[@]}"; do
    binary="$BUILD/bin/fuzz_$target"
    corpus=("$WORK/corpus/$target" "fuzz/corpus/$target")
    if [ -d "$WORK/spec/$target" ]; then corpus+=("$WORK/spec/$target"); fi
    mkdir -p "$WORK/corpus/$target" "$WORK/artifacts/$target"
    log="$WORK/logs/$target.log"
    result=ok
    # New inputs go to the build folder's corpus (first folder); crashes to artifacts/<target>/.
    if ! "$binary" -max_total_time="$SECS" -timeout="${ASSOC_FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 -print_final_stats=1 \
        "${RUNS[@]}" -dict="fuzz/dict/$target.dict" -artifact_prefix="$WORK/artifacts/$target/" \
        "${corpus[@]}" >"$log" 2>&1; then
        result="FAILED (log: $log)"
        failed+=("$target")
    fi
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    printf '%-22s %12s %8s %7s %7s  %s\n' "$target" "${execs:--}" "${rate:--}" "${cov:--}" \
        "${ft:--}" "$result"
done
for target in "${failed[@]}"; do
    echo "==== $target ===="
    grep -v '^#[0-9]' "$WORK/logs/$target.log" | tail -60
done
if [ "${#failed[@]}" -gt 0 ]; then
    echo "fuzzing failed: ${failed[*]}; reproduce with $BUILD/bin/fuzz_<target> <artifact>"
    exit 1
fi
echo "fuzzing passed: ${#TARGETS[@]} targets, ${SECS}s each, no crash, leak or UB report"
