#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Formats every C++ file of the project with the repository's .clang-format.
# `tools/format.sh --check` only reports files that differ.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files -co --exclude-standard -- '*.cpp' '*.h' | grep -v '^build/')
if [ "${1:-}" = "--check" ]; then
    clang-format --dry-run --Werror "${files[@]}"
else
    clang-format -i "${files[@]}"
fi
