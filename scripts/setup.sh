#!/usr/bin/env bash
# Installs what cec-widget needs to build, run and test on Debian 12 (bookworm).
# Idempotent: packages already present are skipped, and apt is not touched when nothing is missing.
set -euo pipefail

packages=(
    g++ cmake ninja-build pkg-config git ca-certificates openssl iproute2 procps curl
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-multimedia-dev qt6-svg-dev
    qtkeychain-qt6-dev qt6-qpa-plugins
    qt6-webengine-dev qt6-webchannel-dev libqt6webenginecore6-bin
    libgtest-dev libgmock-dev libbenchmark-dev
    clang-format xvfb xauth x11-utils openbox dbus dbus-x11 gnome-keyring pulseaudio
    clang libclang-rt-14-dev
)
# Node.js and npm build the call page (JsSIP bundle); keep an existing Node installation.
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done

# The call pages' JavaScript (JsSIP, esbuild) exactly as pinned by resources/web/package-lock.json, into
# resources/web/node_modules (git-ignored), so that later builds work offline.
install_web_packages() {
    local web_dir
    web_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/resources/web"
    echo "setup: npm ci in resources/web"
    npm ci --prefix "$web_dir" --no-audit --no-fund
}

if ((${#missing[@]} == 0)); then
    echo "setup: all ${#packages[@]} packages present"
    install_web_packages
    exit 0
fi

sudo=()
if ((EUID != 0)); then
    command -v sudo >/dev/null 2>&1 || { echo "setup: run as root or install sudo" >&2; exit 1; }
    sudo=(sudo)
fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
install_web_packages
