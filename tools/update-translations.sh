#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Refreshes the translation sources (resources/translations/*.ts) from the code and the Designer
# files, then reports how many strings still need a translator.
#
#   tools/update-translations.sh           update the .ts files
#   tools/update-translations.sh --check   also fail if a string is unfinished (for CI)
#
# Scans the same files as the update_translations CMake target (packaging/CMakeLists.txt): the
# app's layers and ui/. src/fakehubspot is left out on purpose: it imitates HubSpot's English
# API responses and is never shown translated.
#
# association-studio_en.ts holds English plural forms only (lupdate -pluralonly): the sources say
# "%n label(s)", and that file turns it into "1 label" / "2 labels". Its new entries are filled
# in by the rule "(s)" → "" / "s"; check any that need more (verbs, "is"/"are") by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

CHECK=0
case "${1:-}" in
    --check) CHECK=1 ;;
    "") ;;
    *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

find_tool() {
    local name="$1" candidate
    for candidate in "${name}6" "$name" "/usr/lib/qt6/bin/$name" "/usr/lib/qt6/libexec/$name"; do
        if command -v "$candidate" >/dev/null 2>&1; then
            command -v "$candidate"
            return 0
        fi
    done
    echo "error: $name (Qt 6 Linguist tools) not found; install qt6-l10n-tools" >&2
    return 1
}
LUPDATE="$(find_tool lupdate)"

SOURCES=()
for layer in core api auth history models app cli; do
    if [ -d "src/$layer" ]; then SOURCES+=("src/$layer"); fi
done
SOURCES+=(ui)

status=0
for ts in resources/translations/association-studio_*.ts; do
    only=()
    if [ "$(basename "$ts")" = association-studio_en.ts ]; then only=(-pluralonly); fi
    "$LUPDATE" -no-obsolete -locations relative -extensions cpp,h,ui -I src "${only[@]}" \
        "${SOURCES[@]}" -ts "$ts"
    if [ "${#only[@]}" != 0 ]; then python3 tools/fill-english-plurals.py "$ts"; fi
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    echo "$ts: $unfinished unfinished string(s)"
    if [ "$CHECK" = 1 ] && [ "$unfinished" != 0 ]; then status=1; fi
done
exit "$status"
