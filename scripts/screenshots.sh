#!/usr/bin/env bash
# Writes PNGs of cec-chat's main states to docs/screenshots/ (for the README), under Xvfb:
# the real app in demo mode against the real cec-sim, driven by tests/app/screenshots.cpp.
#
#   scripts/screenshots.sh [BUILD_DIR]     (default build/dev; builds what it needs there)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
out=docs/screenshots
command -v xvfb-run >/dev/null || { echo "xvfb-run is not installed (apt-get install xvfb)" >&2; exit 2; }
# The Chinese picture needs a CJK font (a desktop has one; a bare server or container may not).
if [[ -z "$(fc-list :lang=zh 2>/dev/null)" ]]; then
    if ((EUID == 0)); then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fonts-wqy-microhei
    else
        echo "warning: no Chinese font (apt-get install fonts-wqy-microhei): chat-chinese.png shows boxes" >&2
    fi
fi
[[ -f "$build/build.ninja" ]] || cmake --preset dev >/dev/null
cmake --build "$build" --target cec-chat-screenshots cec-sim >/dev/null
shooter="$PWD/$build/tests/app/cec-chat-screenshots"
mkdir -p "$out"

shoot() { xvfb-run -a -s "-screen 0 1280x900x24" "$shooter" --out "$out" "$@"; }
# A sound server is not needed: without one Qt Multimedia plays nothing, silently.
shoot --lang en                                  # chat-bot, chat-queued, chat-agent, chat-failed, settings, first-run
shoot --lang zh_CN --only chat-chinese.png
shoot --lang ar --only chat-arabic.png           # right-to-left
shoot --lang en --dark --only chat-dark.png      # a dark system palette
ls -l "$out"/*.png
