#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what building, testing and running Association Studio needs on Debian 12 / Ubuntu 24.04:
# GCC and clang 14 (with libFuzzer and the sanitizer runtimes, for the asan preset and fuzz/).
set -euo pipefail
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
    build-essential cmake ninja-build pkg-config \
    clang-14 clang-format llvm-14 libfuzzer-14-dev libclang-rt-14-dev python3 \
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
    qt6-httpserver-dev qt6-websockets-dev qt6-networkauth-dev qt6-svg-dev \
    qtkeychain-qt6-dev libqt6sql6-sqlite libgl-dev libxkbcommon-dev qt6-qpa-plugins \
    dbus dbus-x11 gnome-keyring libsecret-tools openssl nghttp2-proxy \
    desktop-file-utils appstream dpkg-dev file \
    help2man lintian man-db zsh fish >/dev/null
