#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# For the Windows and macOS installers: builds QCoro and QtKeychain as static libraries against
# the Qt in $QT_ROOT_DIR (set by install-qt-action) and installs them into <prefix>. Static, so
# that the installers need no third-party DLLs or dylibs beside Qt's.
#   packaging/ci/build-dependencies.sh <prefix> [extra cmake arguments...]
# Versions: $QCORO_VERSION and $QTKEYCHAIN_VERSION (tags of the upstream repositories).
set -euo pipefail
prefix=$1
shift
native() { if command -v cygpath >/dev/null 2>&1; then cygpath -m "$1"; else echo "$1"; fi; }
prefix=$(native "$prefix")
qt=$(native "${QT_ROOT_DIR:?QT_ROOT_DIR is not set: install Qt first}")
work=$(native "${RUNNER_TEMP:-/tmp}")/confab-deps-src
rm -rf "$work"
mkdir -p "$work" "$prefix"

build() { # <name> <repository> <tag> <cmake arguments...>
    local name=$1 url=$2 tag=$3
    shift 3
    git clone --quiet --depth 1 --branch "$tag" "$url" "$work/$name"
    cmake -S "$work/$name" -B "$work/$name-build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_PREFIX_PATH="$qt" -DCMAKE_INSTALL_PREFIX="$prefix" -DBUILD_SHARED_LIBS=OFF \
        -DBUILD_TESTING=OFF "$@"
    cmake --build "$work/$name-build" --parallel
    cmake --install "$work/$name-build"
}

build qcoro https://github.com/qcoro/qcoro.git "v${QCORO_VERSION:?}" \
    -DUSE_QT_VERSION=6 -DQCORO_BUILD_EXAMPLES=OFF -DQCORO_WITH_QTDBUS=OFF -DQCORO_WITH_QTWEBSOCKETS=OFF \
    -DQCORO_WITH_QTQUICK=OFF -DQCORO_WITH_QTTEST=OFF -DQCORO_WITH_QML=ON -DQCORO_WITH_QTNETWORK=ON "$@"
build qtkeychain https://github.com/frankosterfeld/qtkeychain.git "${QTKEYCHAIN_VERSION:?}" \
    -DBUILD_WITH_QT6=ON -DQTKEYCHAIN_STATIC=ON -DBUILD_TRANSLATIONS=OFF -DBUILD_TEST_APPLICATION=OFF "$@"
