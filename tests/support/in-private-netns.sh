#!/bin/sh
# Runs a command inside a private network namespace that has only a loopback interface, so nothing a
# WebRTC test does (ICE, mDNS, STUN) can leave the machine. Used as the CROSSCOMPILING_EMULATOR of
# the WebRTC test executables (gtest discovery and every test run go through it). Needs root (CI is).
if ! unshare -n true 2>/dev/null; then
    echo "in-private-netns.sh: cannot create a network namespace (unshare -n needs root or" \
         "CAP_SYS_ADMIN); WebRTC tests refuse to run on the host network" >&2
    exit 77
fi
exec unshare -n sh -c 'ip link set lo up && exec "$@"' sh "$@"
