#!/usr/bin/env bash
# Builds the release-like preset and prints the benchmarks' numbers (never asserted):
# reply parsing, and the conversation view at 50,000 messages (append time, memory, paint, and
# the first paint of a stored conversation opened the way the widget restores it).
# The call benchmark needs a private network namespace: scripts/bench-call.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh ci
build/ci/tests/bench/bench_protocol --benchmark_min_time=0.2 "$@"
QT_QPA_PLATFORM=offscreen build/ci/tests/bench/bench_conversationmodel "$@"
