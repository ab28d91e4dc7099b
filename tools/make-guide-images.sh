#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Makes every picture of docs/user-guide.md with the app itself (association-studio --demo
# --screenshot … --screenshot-dialog SCENE): offscreen, in English, at the window's fixed picture
# size, with a throw-away HOME and XDG folders so that no setting of the user's changes them.
# Builds the app first (preset ASSOC_PRESET, default ci); ASSOC_APP names another binary instead.
set -euo pipefail
cd "$(dirname "$0")/.."
PRESET="${ASSOC_PRESET:-ci}"
OUT=docs/images/guide
if [[ -z "${ASSOC_APP:-}" ]]; then
    cmake --preset "$PRESET" >/dev/null
    cmake --build --preset "$PRESET" --target association-studio >/dev/null
    ASSOC_APP="$PWD/build/$PRESET/bin/association-studio"
fi
SCENES=(main welcome create-label set-limit remove-limit bulk-delete copy-menu compare apply
        history connect connection-settings schema-map)

SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
export HOME="$SCRATCH/home" XDG_CONFIG_HOME="$SCRATCH/config" XDG_DATA_HOME="$SCRATCH/data"
export XDG_CACHE_HOME="$SCRATCH/cache" XDG_RUNTIME_DIR="$SCRATCH/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$OUT"
chmod 700 "$XDG_RUNTIME_DIR"
# A screen as large as a desktop's: dialogs size themselves within it (the offscreen default is
# 800x600, which would cut the taller ones short).
echo '{"screens": [{"name": "guide", "x": 0, "y": 0, "width": 1920, "height": 1200}]}' \
    >"$SCRATCH/screen.json"
export QT_QPA_PLATFORM="offscreen:configfile=$SCRATCH/screen.json" LANG=C.UTF-8 LC_ALL=C.UTF-8
unset LANGUAGE QT_SCALE_FACTOR QT_FONT_DPI

for scene in "${SCENES[@]}"; do
    "$ASSOC_APP" --demo --language en --select contacts:companies \
        --screenshot "$SCRATCH/$scene.png" --screenshot-dialog "$scene" >/dev/null \
        2> >(grep -v 'This plugin does not support' >&2)
    # The app writes owner-only files; pictures in the repository are ordinary files.
    install -m 644 "$SCRATCH/$scene.png" "$OUT/$scene.png"
    echo "$OUT/$scene.png"
done

# The main window on the palettes a dark or high-contrast desktop gives (Fusion, as the app
# uses with --palette).
for palette in dark high-contrast; do
    "$ASSOC_APP" --demo --language en --select contacts:companies --palette "$palette" \
        --screenshot "$SCRATCH/main-$palette.png" --screenshot-dialog main >/dev/null \
        2> >(grep -v 'This plugin does not support' >&2)
    install -m 644 "$SCRATCH/main-$palette.png" "$OUT/main-$palette.png"
    echo "$OUT/main-$palette.png"
done
