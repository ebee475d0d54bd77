# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/setup, run and test. Sourced, not run.
set -euo pipefail

CONFAB_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# One build folder per system, so that the Debian 12 and Debian 13 builds can share a checkout.
CONFAB_BUILD_DIR=${CONFAB_BUILD_DIR:-$CONFAB_REPO/build/$(. /etc/os-release && echo "${ID:-linux}-${VERSION_ID:-unknown}")}

# Build and test dependencies, per package manager. apt is used; the others are printed.
CONFAB_APT_PACKAGES=(g++ cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-declarative-dev qt6-httpserver-dev qcoro-qt6-dev qtkeychain-qt6-dev
    qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools libqt6sql6-sqlite
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-window qml6-module-qtqml-workerscript qml6-module-qtquick-templates
    qml6-module-qtquick-dialogs qml6-module-qttest qml6-module-qtqml-models
    qml6-module-qt-labs-platform qml6-module-qtcore qml6-module-qt-labs-qmlmodels libpoppler-qt6-dev qt6-svg-dev qt6-image-formats-plugins
    xvfb xauth fonts-dejavu-core fonts-wqy-microhei curl sqlite3
    qt6-translations-l10n appstream desktop-file-utils dpkg-dev rpm file)
CONFAB_DNF_PACKAGES="gcc-c++ cmake ninja-build ccache poppler-qt6-devel qt6-qtbase-devel qt6-qtdeclarative-devel qt6-qthttpserver-devel qcoro-qt6-devel qtkeychain-qt6-devel qt6-qttools-devel qt6-linguist kf6-syntax-highlighting-devel xorg-x11-server-Xvfb xorg-x11-xauth dejavu-sans-fonts wqy-microhei-fonts qt6-qttranslations appstream desktop-file-utils rpm-build curl sqlite"
CONFAB_PACMAN_PACKAGES="base-devel cmake ninja ccache poppler-qt6 qt6-base qt6-declarative qt6-httpserver qcoro qtkeychain-qt6 qt6-tools syntax-highlighting xorg-server-xvfb xorg-xauth ttf-dejavu wqy-microhei qt6-translations appstream desktop-file-utils curl sqlite"
CONFAB_BREW_PACKAGES="cmake ninja ccache qt qcoro qtkeychain"

confab_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

confab_as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

confab_install_deps() {
    if ! command -v apt-get >/dev/null 2>&1; then
        confab_log "No apt here: install these packages with your package manager, then run this again."
        echo "  dnf install $CONFAB_DNF_PACKAGES"
        echo "  pacman -S $CONFAB_PACMAN_PACKAGES"
        echo "  brew install $CONFAB_BREW_PACKAGES"
        command -v cmake >/dev/null 2>&1 || exit 1
        return 0
    fi
    local wanted=("${CONFAB_APT_PACKAGES[@]}")
    # KSyntaxHighlighting for Qt 6 exists from Debian 13 on; where it does not, code stays plain.
    if apt-cache show libkf6syntaxhighlighting-dev >/dev/null 2>&1; then
        wanted+=(libkf6syntaxhighlighting-dev qml6-module-org-kde-syntaxhighlighting)
    fi
    local missing=()
    local pkg
    for pkg in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        confab_log "Installing ${#missing[@]} packages: ${missing[*]}"
        confab_as_root apt-get update -q
        confab_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

confab_build() {
    if [ ! -f "$CONFAB_BUILD_DIR/build.ninja" ]; then
        confab_log "Configuring in $CONFAB_BUILD_DIR"
        cmake -S "$CONFAB_REPO" -B "$CONFAB_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="${CONFAB_BUILD_TYPE:-RelWithDebInfo}" \
            ${CONFAB_CMAKE_ARGS:-}
    fi
    confab_log "Building"
    cmake --build "$CONFAB_BUILD_DIR" --parallel "${CONFAB_JOBS:-$(nproc)}"
}
