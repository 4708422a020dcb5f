#!/usr/bin/env bash
# Installs dependencies, builds with warnings as errors, and runs every test headless.
# Usage: scripts/test.sh [preset…]   (ci by default; asan for the sanitizer build; several in a row)
set -euo pipefail
cd "$(dirname "$0")/.."
presets=("$@")
((${#presets[@]} > 0)) || presets=(ci)
scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
for preset in "${presets[@]}"; do
    start=$(date +%s)
    scripts/build.sh "$preset"
    built=$(date +%s)
    echo "$preset build: $((built - start)) s"
    ctest --preset "$preset" -j "$(nproc)"
    echo "$preset tests: $(($(date +%s) - built)) s"
done
