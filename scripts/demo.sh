#!/usr/bin/env bash
# Installs dependencies, builds, starts cec-sim (the local CEC stand-in) and runs the whole
# sequence against it with cecctl: credentials check, a chat with the bot and a human agent,
# and the signalling of a voice call. With --interactive, you then chat yourself.
set -euo pipefail
cd "$(dirname "$0")/.."
interactive=0
[[ "${1:-}" == "--interactive" ]] && interactive=1

scripts/setup.sh
scripts/build.sh dev
bin=build/dev/src

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
