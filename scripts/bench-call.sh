#!/usr/bin/env bash
# Click-to-call numbers for the README: call set-up overhead (Voice click -> first remote audio
# packet, minus the simulator's configured delays) and PSS of the process tree in a call.
# Runs bench_call in a private loopback-only network namespace (needs root, as the media tests).
# Usage: scripts/bench-call.sh [build-dir] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/ci}
runs=${2:-7}
if [[ ! -x "$build/tests/bench/bench_call" ]]; then
    cmake --build "$build" --target bench_call cec-sim cec-sim-agent -j2
fi
exec tests/support/in-private-netns.sh "$build/tests/bench/bench_call" "$runs"
