#!/bin/bash
# The SDK test: install the build into a scratch prefix, build tests/sdk (a host application) against
# the installed package only, start the installed cec-sim and let the host follow a voice call by
# the widget's signals. Runs inside a loopback-only network namespace (CTest wraps it in
# tests/support/in-private-netns.sh).
#
#     run-sdk-test.sh <build dir> <scratch dir>
set -euo pipefail
build_dir=$1
scratch=$2
here=$(cd "$(dirname "$0")" && pwd)

rm -rf "$scratch"
mkdir -p "$scratch"
prefix=$scratch/prefix
echo "== installing $build_dir into $prefix"
cmake --install "$build_dir" --prefix "$prefix" > "$scratch/install.log"

echo "== building the host against the installed package"
# Only the prefix: no include path or library of the build tree may leak into the host's build.
cmake -S "$here" -B "$scratch/host" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_PREFIX_PATH="$prefix" > "$scratch/configure.log" ||
    { cat "$scratch/configure.log"; exit 1; }
cmake --build "$scratch/host" > "$scratch/build.log" || { cat "$scratch/build.log"; exit 1; }
if grep -q -- "$(cd "$build_dir" && pwd)/src\|$(cd "$here/../.." && pwd)/src" \
        "$scratch/host/build.ninja"; then
    echo "the host's build refers to the project's build or source tree" >&2
    exit 1
fi

echo "== starting the installed cec-sim"
sim_log=$scratch/sim.log
"$prefix/bin/cec-sim" --port 0 --media-agent eager > "$sim_log" 2>&1 &
sim_pid=$!
trap 'kill $sim_pid 2>/dev/null || true; wait $sim_pid 2>/dev/null || true' EXIT
url=
for _ in $(seq 300); do # up to 30 s for the simulator (and its agent peer) to listen
    url=$(sed -n 's/.*cec-sim listening on \(http:[^ ]*\).*/\1/p' "$sim_log" | head -n 1)
    [ -n "$url" ] && break
    kill -0 $sim_pid 2>/dev/null || { cat "$sim_log"; exit 1; }
    sleep 0.1
done
[ -n "$url" ] || { echo "cec-sim did not start" >&2; cat "$sim_log"; exit 1; }

echo "== the host follows a call against $url"
"$scratch/host/sdk-host" "$url" "$scratch/storage"
