#!/usr/bin/env bash
# Runs the whole suite on ONE core with two tests at a time, three times in a row: a test that
# needs a fast machine fails here. Prints the time of each round; exits non-zero on any failure.
# Usage: scripts/stress-test.sh [preset] [rounds]   (ci and 3 by default; builds first)
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-ci}
rounds=${2:-3}
scripts/setup.sh
scripts/build.sh "$preset"
export QT_QPA_PLATFORM=offscreen
failed=0
for round in $(seq 1 "$rounds"); do
    start=$(date +%s)
    if taskset -c 0 ctest --preset "$preset" -j2 --output-on-failure > "build/$preset/stress-$round.log" 2>&1; then
        verdict=green
    else
        verdict=RED
        failed=1
    fi
    summary=$(grep -E 'tests passed|tests failed' "build/$preset/stress-$round.log" | tail -n 1)
    echo "stress round $round/$rounds: $verdict in $(($(date +%s) - start)) s ($summary)"
    [[ $verdict == green ]] || grep -E '^\s+[0-9]+ - ' "build/$preset/stress-$round.log" || true
done
exit "$failed"
