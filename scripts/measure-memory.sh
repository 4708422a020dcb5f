#!/usr/bin/env bash
# Memory of cec-chat in a chat-only session, as PSS summed over its process tree (cec-chat and
# its children; the demo's cec-sim is a child), read from /proc/<pid>/smaps_rollup.
# Starts `cec-chat --demo` (under Xvfb when available, else offscreen), lets the simulated
# agent/bot send a few messages through the simulator's control API, waits for things to settle,
# prints the numbers. Asserts nothing. Target: <= 60 MB without the simulator; no WebEngine.
# With FLOOD=N the agent then sends N more messages, FLOOD_INTERVAL_MS (default 2) apart, and the
# PSS is sampled every second meanwhile: the peak shows whether memory stays flat under a flood.
# FLOOD_TEXT_CHARS (default 60) sets their length (the documented downlink limit is 500).
# With CALLS=1 the tenant offers click-to-call (the demo's scenario, without --no-calls): the
# customer idles in the chat with the Voice/Video buttons shown. With CALL=voice (or video) the app
# also places that call (--call), on Chromium's fake capture devices; the PSS is printed in the
# call, then the agent releases it (the demo's agent does after 8 s anyway) and the PSS is printed
# again GRACE_SECONDS (default 40: the call page's 30 s grace period, then settling) later.
#
#   scripts/measure-memory.sh [BUILD_DIR]     (default build/dev; builds cec-chat there)
#   FLOOD=20000 scripts/measure-memory.sh build/ci
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
settle_seconds=${SETTLE_SECONDS:-10}
[[ -f "$build/build.ninja" ]] || cmake --preset dev >/dev/null
if ! cmake --build "$build" --target cec-chat cec-sim >/dev/null; then
    [[ -x "$build/src/app/cec-chat" ]] || { echo "build failed" >&2; exit 1; }
    echo "warning: the build failed; measuring the cec-chat already built in $build" >&2
fi

work=$(mktemp -d -t cec-memory.XXXXXX)
out="$work/cec-chat.out"
launcher=()
if command -v xvfb-run >/dev/null; then
    launcher=(xvfb-run -a -s "-screen 0 1280x900x24")
    platform="xcb (Xvfb)"
else
    export QT_QPA_PLATFORM=offscreen
    platform="offscreen"
fi
# Keep notifications/sounds at their defaults; only the settings folder is private.
# A chat-only tenant (click-to-call not offered), so the call page must not be loaded at all;
# with CALLS/CALL the demo's own tenant, which offers calls.
call=${CALL:-}
calls=${CALLS:-}
[[ -n "$call" ]] && calls=1
app_args=(--demo --settings-dir "$work/settings" --lang en)
if [[ -n "$calls" ]]; then
    cp src/simulator/scenarios/demo.json "$work/scenario.json"
    [[ -n "$call" ]] && app_args+=(--call "$call")
    # The demo's agent answers with media: the customer needs (fake) capture devices.
    export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---use-fake-device-for-media-stream}"
else
    app_args+=(--no-calls)
    python3 - "$work/scenario.json" <<'PY'
import json, sys
scenario = json.load(open("src/simulator/scenarios/demo.json"))
scenario.setdefault("clickToCall", {})["clickToCallSupported"] = False
json.dump(scenario, open(sys.argv[1], "w"))
PY
fi
CEC_SIM_SCENARIO="$work/scenario.json" \
"${launcher[@]}" "$PWD/$build/src/app/cec-chat" "${app_args[@]}" \
    >"$out" 2>"$work/cec-chat.err" &
launched=$!
cleanup() {
    # cec-chat first: xvfb-run then ends on its own and takes its Xvfb down with it.
    if [[ -n "${app:-}" ]]; then
        kill "$app" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$launched" 2>/dev/null || break; sleep 0.1; done
    fi
    kill "$launched" 2>/dev/null || true
    wait "$launched" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

line=""
for _ in $(seq 200); do
    line=$(grep -m1 '^cec-chat demo: simulator' "$out" || true)
    [[ -n "$line" ]] && break
    sleep 0.1
done
[[ -n "$line" ]] || { echo "cec-chat did not start the demo:"; cat "$work/cec-chat.err"; exit 1; }
url=$(awk '{print $4}' <<<"$line")
customer=$(awk '{print $6}' <<<"$line")
app=$(pgrep -n -f "$build/src/app/cec-chat --demo --settings-dir $work/settings" || true)
[[ -n "$app" ]] || { echo "cec-chat process not found"; exit 1; }

control() { curl -fsS -X POST -H 'Content-Type: application/json' -d "$2" "$url$1" >/dev/null; }
sleep 2 # the greeting arrives with the first polls
for text in "Hello, how can I help?" "Our opening hours are 08:00-20:00." \
    "Here is a link: https://example.com/help" "Anything else I can do for you?" \
    "Thanks for waiting."; do
    control /sim/agent/say "{\"userId\":\"$customer\",\"text\":\"$text\"}"
    control /sim/agent/typing "{\"userId\":\"$customer\"}"
    sleep 0.5
done
sleep "$settle_seconds"

# The process tree below cec-chat (its children and theirs).
tree() {
    local pid=$1
    echo "$pid"
    for child in $(pgrep -P "$pid" || true); do tree "$child"; done
}
# The same without the simulator's subtree (cec-sim and its agent media peer with its Chromium).
client_tree() {
    local pid=$1
    [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == cec-sim ]] && return
    echo "$pid"
    for child in $(pgrep -P "$pid" || true); do client_tree "$child"; done
}
pss_kb() { awk '/^Pss:/ {print $2}' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0; }
mb() { awk -v kb="$1" 'BEGIN {printf "%.1f", kb / 1024}'; }
# cec-chat's tree without the simulator.
client_kb() {
    local sum=0
    for pid in $(client_tree "$app"); do sum=$((sum + $(pss_kb "$pid"))); done
    echo "$sum"
}
webengine_processes() {
    local n=0
    for pid in $(client_tree "$app"); do
        [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == QtWebEngineProc ]] && n=$((n + 1))
    done
    echo "$n"
}
get() { curl -fsS "$url$1"; }
# CPU time (utime + stime, clock ticks) of cec-chat's tree without the simulator.
cpu_ticks() {
    local sum=0
    for pid in $(client_tree "$app"); do
        sum=$((sum + $(awk '{sub(/.*\) /, ""); print $12 + $13}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
    done
    echo "$sum"
}
# Percent of one core used by cec-chat's tree over the next 10 s.
idle_cpu() {
    local before after
    before=$(cpu_ticks)
    sleep 10
    after=$(cpu_ticks)
    awk -v d=$((after - before)) -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.2f", 100 * d / hz / 10}'
}

if [[ -n "$call" ]]; then
    # In the call: the customer acknowledged the agent's 200 OK.
    answered=""
    for _ in $(seq 600); do
        answered=$(get "/sim/sip?userId=$customer" | python3 -c '
import json, sys
print(any(m.get("from") == "customer" and m.get("method") == "ACK"
          for m in json.load(sys.stdin).get("messages", [])))' || true)
        [[ "$answered" == True ]] && break
        sleep 0.1
    done
    [[ "$answered" == True ]] || { echo "the $call call was not answered"; tail -20 "$work/cec-chat.err"; exit 1; }
    sleep 3 # the demo's agent releases the call by itself after 8 s (autoReleaseMs)
    echo "in a $call call:              $(mb "$(client_kb)") MB, $(webengine_processes) WebEngine processes"
    control /sim/call/release "{\"userId\":\"$customer\",\"causeDesc\":\"measured\"}" 2>/dev/null ||
        true # already released by the demo's agent
    sleep "${GRACE_SECONDS:-40}"
    echo "${GRACE_SECONDS:-40} s after the hang-up:      $(mb "$(client_kb)") MB, $(webengine_processes) WebEngine processes, $(idle_cpu) % CPU over 10 s"
fi

if [[ -n "${FLOOD:-}" ]]; then
    interval=${FLOOD_INTERVAL_MS:-2}
    before=$(client_kb)
    control /sim/agent/say \
        "{\"userId\":\"$customer\",\"text\":\"flood message {n}: $(printf 'x%.0s' $(seq "${FLOOD_TEXT_CHARS:-60}"))\",\"repeat\":$FLOOD,\"intervalMs\":$interval}"
    peak=$before
    seconds=$(((FLOOD * interval) / 1000 + settle_seconds))
    for ((s = 1; s <= seconds; s++)); do
        sleep 1
        now=$(client_kb)
        ((now > peak)) && peak=$now
        ((s % 5 == 0)) && echo "  after ${s} s: $(mb "$now") MB"
    done
    echo "flood of $FLOOD messages, ${interval} ms apart:"
    echo "  before $(mb "$before") MB, peak $(mb "$peak") MB, after $(mb "$(client_kb)") MB (cec-chat without cec-sim)"
    echo
fi

total=0 without_sim=0
printf '%-8s %-16s %10s\n' PID PROCESS "PSS (KB)"
client_pids=" $(client_tree "$app" | tr '\n' ' ') "
for pid in $(tree "$app"); do
    name=$(cat "/proc/$pid/comm" 2>/dev/null || echo "?")
    kb=$(pss_kb "$pid")
    printf '%-8s %-16s %10s\n' "$pid" "$name" "$kb"
    total=$((total + kb))
    [[ "$client_pids" == *" $pid "* ]] && without_sim=$((without_sim + kb))
done
echo
echo "platform:                       $platform"
offered=no
[[ -n "$calls" ]] && offered=yes
echo "calls offered:                  $offered${call:+ (after a $call call)}"
echo "WebEngine processes:            $(webengine_processes)"
echo "cec-chat PSS without cec-sim:   $(mb "$without_sim") MB  (target <= 60 MB)"
echo "cec-chat idle CPU (10 s):       $(idle_cpu) % of a core"
echo "cec-chat PSS with cec-sim:      $(mb "$total") MB"
if grep -qi 'QtWebEngine\|libQt6WebEngine' "/proc/$app/maps"; then
    echo "WebEngine loaded: yes"
else
    echo "WebEngine loaded: no"
fi
