#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# CI smoke test of the Debian package: builds the .deb with CPack from a configured build
# directory, installs it with apt (which pulls its dependencies), runs the installed programs
# and validates the installed desktop data. Exits non-zero on the first failure.
#
#   packaging/check-deb.sh build/release
#
# Runs as root or with sudo; it installs the package on this machine.
set -euo pipefail

if [ $# -ne 1 ] || [ ! -f "$1/CMakeCache.txt" ]; then
    echo "usage: $0 <configured build directory, e.g. build/release>" >&2
    exit 2
fi
BUILD_DIR="$(cd "$1" && pwd)"
APP_ID="dev.associationstudio.AssociationStudio"
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'check-deb: FAILED: %s\n' "$*" >&2; exit 1; }

step "Building and packaging ($BUILD_DIR)"
cmake --build "$BUILD_DIR"
rm -f "$BUILD_DIR"/association-studio_*.deb
(cd "$BUILD_DIR" && cpack -G DEB)
shopt -s nullglob
debs=("$BUILD_DIR"/association-studio_*.deb)
shopt -u nullglob
[ ${#debs[@]} -eq 1 ] || fail "expected one association-studio_*.deb in $BUILD_DIR, found ${#debs[@]}"
DEB="${debs[0]}"
dpkg-deb --info "$DEB"
dpkg-deb --contents "$DEB"

step "Installing $(basename "$DEB")"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y --no-install-recommends "$DEB"

step "Checking the installed files"
for path in /usr/bin/association-studio /usr/bin/assocctl /usr/bin/fake-hubspot \
    "/usr/share/applications/$APP_ID.desktop" \
    "/usr/share/metainfo/$APP_ID.metainfo.xml" \
    "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" \
    "/usr/share/icons/hicolor/16x16/apps/$APP_ID.png" \
    "/usr/share/icons/hicolor/512x512/apps/$APP_ID.png"; do
    [ -e "$path" ] || fail "$path is not installed"
    echo "ok  $path"
done

# The installed binaries must not depend on the build tree.
cd "$WORK"
export QT_QPA_PLATFORM=offscreen

step "association-studio --version"
association-studio --version || fail "association-studio --version"
step "assocctl --version"
assocctl --version || fail "assocctl --version"

step "Offscreen launch with the demo portal"
if association-studio --help 2>&1 | grep -q -- '--screenshot'; then
    timeout 120 association-studio --demo --screenshot "$WORK/screenshot.png" \
        || fail "association-studio --demo --screenshot"
    [ -s "$WORK/screenshot.png" ] || fail "no screenshot was written"
    file "$WORK/screenshot.png" | grep -q 'PNG image data' || fail "the screenshot is not a PNG"
    echo "ok  screenshot written ($(stat -c %s "$WORK/screenshot.png") bytes)"
else
    echo "SKIPPED: this association-studio has no --screenshot option yet (see --help)"
fi

step "desktop-file-validate"
desktop-file-validate "/usr/share/applications/$APP_ID.desktop" || fail "desktop-file-validate"
step "appstreamcli validate --no-net"
appstreamcli validate --no-net "/usr/share/metainfo/$APP_ID.metainfo.xml" \
    || fail "appstreamcli validate"

printf '\ncheck-deb: all checks passed\n'
