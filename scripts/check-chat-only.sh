#!/usr/bin/env bash
# Builds the chat-only product (preset chat-only: CEC_WITH_CALLS=OFF, no tests or benchmarks) and
# checks that it has nothing of calls: Qt WebEngine and WebChannel were not looked for, no media
# library, call UI plugin or agent peer was built, nothing built loads Qt WebEngine or WebChannel
# (ldd: direct and indirect dependencies), and cec-chat refuses --call. CI runs it once (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/chat-only
start=$(date +%s)
scripts/build.sh chat-only
echo "chat-only build: $(($(date +%s) - start)) s"

fail() { echo "chat-only: $*" >&2; exit 1; }
# Not even looked for (cec-chat links no WebEngine in a calls build either: the call UI is a plugin).
if grep -E '^Qt6(WebEngine|WebChannel)[A-Za-z]*_DIR' "$build/CMakeCache.txt"; then
    fail "configuring looked for Qt WebEngine or WebChannel"
fi
for name in 'libcec_media.so*' 'libcec_callui.so' 'cec-call-host' 'cec-sim-agent'; do
    found=$(find "$build" -name "$name" \( -type f -o -type l \))
    [[ -z "$found" ]] || fail "built although calls are off: $found"
done
binaries=("$build/src/app/cec-chat" "$build/src/cli/cecctl" "$build/src/simulator/cec-sim"
    "$build"/src/widgets/libcec_widgets.so "$build"/src/core/libcec_*.so)
for binary in "${binaries[@]}"; do
    [[ -f "$binary" ]] || fail "missing: $binary"
    if ldd "$binary" | grep -E 'WebEngine|WebChannel'; then
        fail "$binary loads Qt WebEngine or WebChannel"
    fi
done
status=0
out=$(QT_QPA_PLATFORM=offscreen "$build/src/app/cec-chat" --call voice 2>&1) || status=$?
[[ $status -eq 2 && "$out" == *"no calls"* ]] || fail "cec-chat --call: status $status: $out"
echo "chat-only: ${#binaries[@]} binaries, none loads Qt WebEngine or WebChannel"
