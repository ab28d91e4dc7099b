#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Configures, builds (warnings are errors) and runs every test suite, headless, with a private
# session bus and an unlocked keychain so that the keychain suites use a real Secret Service.
# ASSOC_PRESET=asan runs them built by clang 14 with ASan + UBSan (every report fails the test).
set -euo pipefail
cd "$(dirname "$0")/.."
PRESET="${ASSOC_PRESET:-ci}"
JOBS="${ASSOC_JOBS:-$(nproc)}"
cmake --preset "$PRESET" >/dev/null
cmake --build --preset "$PRESET" -j "$JOBS"
export QT_QPA_PLATFORM=offscreen
# Sanitizer reports name functions and lines (the asan preset); the options are in its preset.
if command -v llvm-symbolizer-14 >/dev/null; then
    export ASAN_SYMBOLIZER_PATH="$(command -v llvm-symbolizer-14)"
fi
# The keychain is a throw-away keyring in a fresh data directory, unlocked with a password that
# exists only here, and gone when this run ends: a keyring left by an earlier run is never used.
KEYRING_HOME="$(mktemp -d)"
trap 'rm -rf "$KEYRING_HOME"' EXIT
export XDG_DATA_HOME="$KEYRING_HOME"
dbus-run-session -- bash -c '
    printf "ci-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
    ctest --preset "'"$PRESET"'" --output-on-failure -j 2 "$@"
' run-tests "$@"
