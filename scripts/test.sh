#!/usr/bin/env bash
# Installs dependencies, builds with warnings as errors, and runs every test headless.
# Usage: scripts/test.sh [preset]   (ci by default; asan for the sanitizer build)
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-ci}
start=$(date +%s)
scripts/setup.sh
scripts/build.sh "$preset"
built=$(date +%s)
echo "build: $((built - start)) s"
export QT_QPA_PLATFORM=offscreen
ctest --preset "$preset" -j "$(nproc)"
echo "tests: $(($(date +%s) - built)) s"
