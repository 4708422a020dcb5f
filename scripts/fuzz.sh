#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, Debian's clang) in build/fuzz and runs each for the given
# number of seconds, starting from the committed seeds in tests/fuzz/corpus/<target>. Stops with an
# error at the first finding (crash, sanitizer report, leak, broken invariant, timeout); the input
# is kept as build/fuzz/artifacts/<target>-crash-…, to be added to the seeds once fixed.
# Usage: scripts/fuzz.sh [seconds per target] [target…]   (CI: 10; a longer run: 300)
# FUZZ_KEEP_GOING=1 runs the remaining targets after a finding (and still fails at the end).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
shift || true
build=build/fuzz

start=$(date +%s)
if [[ ! -f $build/build.ninja ]]; then
    CXX=${FUZZ_CXX:-clang++} cmake -S tests/fuzz -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build"
echo "fuzz build: $(($(date +%s) - start)) s"

targets=("$@")
if ((${#targets[@]} == 0)); then
    mapfile -t targets < <(cd tests/fuzz/corpus && ls)
fi

# UBSan findings are fatal (-fno-sanitize-recover); leaks are findings too.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
mkdir -p "$build/artifacts"
printf '%-20s %12s %8s %s\n' target executions corpus result
findings=0
for target in "${targets[@]}"; do
    # New inputs go to a scratch corpus in the build tree; the committed seeds stay as they are.
    work="$build/corpus/$target"
    mkdir -p "$work"
    log="$build/$target.log"
    status=0
    "$build/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$build/artifacts/$target-" \
        "$work" "tests/fuzz/corpus/$target" >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    units=$(find "$work" -type f | wc -l)
    if ((status != 0)); then
        printf '%-20s %12s %8s %s\n' "$target" "${runs:-?}" "$units" "FINDING (exit $status)"
        grep -E 'ERROR|runtime error|invariant broken|Test unit written' "$log" | head -20 >&2
        echo "full log: $log" >&2
        findings=$((findings + 1))
        [[ ${FUZZ_KEEP_GOING:-0} == 1 ]] || exit 1
        continue
    fi
    printf '%-20s %12s %8s %s\n' "$target" "$runs" "$units" ok
done
echo "fuzz: $(($(date +%s) - start)) s"
((findings == 0))
