#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# CI smoke test of the Debian package: builds the .deb with CPack from a configured build
# directory, checks it with lintian (any error or warning fails), installs it with apt (which
# pulls its dependencies), runs the installed programs, renders their manual pages, loads the
# shell completion and validates the installed desktop data. Exits non-zero on the first
# failure.
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

# As Debian users run it, with each tag explained; overrides need a reason in
# packaging/debian/lintian-overrides.
step "lintian $(lintian --version | sed 's/^Lintian v//')"
lintian_started=$(date +%s)
lintian_status=0
lintian --info --fail-on error,warning "$DEB" || lintian_status=$?
echo "lintian took $(($(date +%s) - lintian_started)) s"
[ "$lintian_status" -eq 0 ] || fail "lintian reports errors or warnings (exit $lintian_status)"
echo "ok  lintian: no errors, no warnings"

step "Installing $(basename "$DEB")"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y --no-install-recommends "$DEB"

step "Checking the installed files"
for path in /usr/bin/association-studio /usr/bin/assocctl /usr/bin/fake-hubspot \
    "/usr/share/applications/$APP_ID.desktop" \
    "/usr/share/metainfo/$APP_ID.metainfo.xml" \
    "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" \
    "/usr/share/icons/hicolor/16x16/apps/$APP_ID.png" \
    "/usr/share/icons/hicolor/512x512/apps/$APP_ID.png" \
    /usr/share/doc/association-studio/copyright \
    /usr/share/doc/association-studio/changelog.Debian.gz \
    /usr/share/man/man1/association-studio.1.gz /usr/share/man/man1/assocctl.1.gz \
    /usr/share/man/man1/fake-hubspot.1.gz \
    /usr/share/bash-completion/completions/assocctl \
    /usr/share/zsh/vendor-completions/_assocctl \
    /usr/share/fish/vendor_completions.d/assocctl.fish; do
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

step "Manual pages"
for program in association-studio assocctl fake-hubspot; do
    page="/usr/share/man/man1/$program.1.gz"
    # man -l renders the installed page; --warnings makes groff report what it cannot set.
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >"$WORK/$program.txt") \
        || fail "man -l $page"
    [ -z "$warnings" ] || fail "groff warns about $page: $warnings"
    grep -q "^NAME" "$WORK/$program.txt" || fail "$page has no NAME section"
    grep -Eq "^ +$program +- " "$WORK/$program.txt" || fail "$page does not name $program"
    grep -q "^SYNOPSIS" "$WORK/$program.txt" || fail "$page has no SYNOPSIS section"
    echo "ok  man $program ($(wc -l <"$WORK/$program.txt") lines)"
done
for heading in "   Commands:" "EXIT STATUS" ENVIRONMENT; do
    grep -q "^$heading\$" "$WORK/assocctl.txt" || fail "man assocctl has no \"$heading\" section"
done
grep -q "HUBSPOT_ACCESS_TOKEN" "$WORK/assocctl.txt" || fail "man assocctl omits HUBSPOT_ACCESS_TOKEN"

step "Shell completion"
# bash: what bash-completion loads on demand for assocctl, asked to complete "assocctl cre".
bash -c 'source /usr/share/bash-completion/completions/assocctl
    COMP_WORDS=(assocctl cre); COMP_CWORD=1
    $(complete -p assocctl | sed "s/.*-F \([^ ]*\) .*/\1/") assocctl cre assocctl
    [ "${COMPREPLY[*]}" = create-label ]' || fail "bash does not complete \"assocctl cre\""
echo "ok  bash completes assocctl cre to create-label"
if command -v zsh >/dev/null; then
    zsh -n /usr/share/zsh/vendor-completions/_assocctl || fail "zsh cannot parse _assocctl"
    echo "ok  zsh parses _assocctl"
fi
if command -v fish >/dev/null; then
    fish --no-execute /usr/share/fish/vendor_completions.d/assocctl.fish \
        || fail "fish cannot parse assocctl.fish"
    echo "ok  fish parses assocctl.fish"
fi

step "desktop-file-validate"
desktop-file-validate "/usr/share/applications/$APP_ID.desktop" || fail "desktop-file-validate"
step "appstreamcli validate --no-net"
appstreamcli validate --no-net "/usr/share/metainfo/$APP_ID.metainfo.xml" \
    || fail "appstreamcli validate"

printf '\ncheck-deb: all checks passed\n'
