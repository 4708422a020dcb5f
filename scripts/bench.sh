#!/usr/bin/env bash
# Builds the release-like preset and prints the benchmarks' numbers.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh ci
build/ci/tests/bench/bench_protocol --benchmark_min_time=0.2 "$@"
