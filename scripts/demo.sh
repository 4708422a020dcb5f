#!/usr/bin/env bash
# Installs dependencies, builds, and opens cec-chat in demo mode: the chat window connected to
# cec-sim (a local stand-in for the CEC cloud, started and stopped by the app) with a bot that
# answers and a human agent behind "Talk to a person".
#
#   scripts/demo.sh                  the chat window (needs a desktop session)
#   scripts/demo.sh --headless       the same under Xvfb for 20 s, for machines without a display
#   scripts/demo.sh --cli [--interactive]   (--interactive alone implies --cli)
#                                    the terminal sequence with cecctl: credentials check, a chat
#                                    with the bot and an agent, click-to-call signalling; with
#                                    --interactive you then chat yourself
set -euo pipefail
cd "$(dirname "$0")/.."
mode=window interactive=0
for arg in "$@"; do
    case "$arg" in
    --cli) mode=cli ;;
    --headless) mode=headless ;;
    --interactive) interactive=1 mode=cli ;; # implies --cli, as before
    -h | --help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $arg (try --help)" >&2; exit 2 ;;
    esac
done

scripts/setup.sh
scripts/build.sh dev
bin=build/dev/src

if [[ "$mode" == window ]]; then
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        echo "No display: \$DISPLAY and \$WAYLAND_DISPLAY are empty, so no window can open here." >&2
        echo "Run this on a desktop session, or use --headless (Xvfb) or --cli (terminal demo)." >&2
        exit 2
    fi
    echo "== cec-chat --demo: chat with the simulated bot; 'Talk to a person' reaches the agent."
    echo "   Close the window to finish (the simulator stops with it)."
    exec "$bin/app/cec-chat" --demo
fi

if [[ "$mode" == headless ]]; then
    command -v xvfb-run >/dev/null || { echo "xvfb-run is not installed" >&2; exit 2; }
    echo "== cec-chat --demo under Xvfb for 20 s (no window to see; use a desktop for that)"
    status=0
    timeout --signal=TERM 20 xvfb-run -a "$bin/app/cec-chat" --demo || status=$?
    # 124: stopped by the timeout, i.e. it was still running fine.
    [[ $status -eq 0 || $status -eq 124 ]] && { echo "== demo finished"; exit 0; }
    echo "cec-chat exited with status $status" >&2
    exit "$status"
fi

# --cli: the terminal sequence against a simulator started here.
log=$(mktemp -t cec-sim.XXXXXX.log)
"$bin/simulator/cec-sim" --port 0 --scenario src/simulator/scenarios/demo.json >"$log" 2>&1 &
sim=$!
trap 'kill "$sim" 2>/dev/null || true; wait "$sim" 2>/dev/null || true' EXIT
for _ in $(seq 100); do
    url=$(grep -oE 'http://127\.0\.0\.1:[0-9]+' "$log" | head -n1 || true)
    [[ -n "$url" ]] && break
    sleep 0.1
done
[[ -n "${url:-}" ]] || { echo "cec-sim did not start:"; cat "$log"; exit 1; }
echo "== cec-sim is serving the CEC API at $url (log: $log)"

export CEC_URL="$url" CEC_APP_KEY=cec-demo-app CEC_APP_SECRET=cec-demo-secret
export CEC_CHANNEL_ID=1011577355744904195 CEC_USER_NAME="Demo Customer"
export CEC_USER_ID="demo-$$"

echo; echo "== cecctl check"
"$bin/cli/cecctl" check

echo; echo "== cecctl chat (scripted: ask the bot, then talk to a person)"
printf '%s\n' "Hello" "What are your opening hours?" "/agent" "My order has not arrived." |
    "$bin/cli/cecctl" chat --linger 6

echo; echo "== cecctl call --media voice (signalling only; media arrives with the call page)"
"$bin/cli/cecctl" call --media voice --hold 3

if ((interactive)); then
    echo; echo "== your turn: type messages, /agent for a person, /quit to end"
    CEC_USER_ID="demo-$$-you" "$bin/cli/cecctl" chat
fi
echo; echo "== demo finished"
