#!/usr/bin/env python3
"""Requests per minute that `cecctl chat` makes against a hostile cec-sim, and how long it takes
to give up (issue 8). Two cases:
  rotate  every poll answer rotates the ccmessaging-token to garbage (fault rule "headers")
  dying   every AccessToken dies 1 s after issue while tokenByAkSk states "Expires":"0"
  dead    tokenByAkSk answers a token the gateway never accepts, with "Expires":"0"
For each: counts every API request in the simulator's /sim/requests log over a measured span that
starts when the fault is armed, then waits (bounded) for cecctl to end. Asserts nothing.

  scripts/measure-backoff.py [--cecctl PATH] [--sim PATH] [--span S] [--wait S] [CASE...]
"""
import argparse, json, os, subprocess, sys, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOKEN = "/apigovernance/api/oauth/tokenByAkSk"
POLL = "/apiaccess/ccmessaging/poll"


def control(base, method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as reply:
        return json.loads(reply.read() or b"{}")


def arm(base, case):
    if case == "dying":
        control(base, "POST", "/sim/config", {"accessTokenDiesAfterMs": 1000,
                                               "accessTokenStatedExpires": "0"})
        control(base, "POST", "/sim/tokens/expire", {"which": "access"})
    elif case == "rotate":
        control(base, "POST", "/sim/faults", {"path": POLL, "times": -1,
                                               "headers": {"ccmessaging-token": "garbage-token"}})
    else:
        control(base, "POST", "/sim/faults", {"path": TOKEN, "times": -1, "status": 200,
                                               "body": {"AccessToken": "dead-on-arrival",
                                                        "ApplyType": "Bearer", "Expires": "0"}})
        control(base, "POST", "/sim/tokens/expire", {"which": "both"})


def measure(args, case):
    sim = subprocess.Popen([args.sim, "--port", "0", "--quiet"], stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL, text=True)
    try:
        line = sim.stdout.readline()
        base = line.split()[-1]
        env = {k: v for k, v in os.environ.items() if not k.startswith("CEC_")}
        env.update(CEC_URL=base, CEC_APP_KEY="cec-demo-app", CEC_APP_SECRET="cec-demo-secret",
                   CEC_CHANNEL_ID="1011577355744904195", CEC_USER_ID="measure-user",
                   XDG_CONFIG_HOME="/nonexistent")
        # stdin stays open, so cecctl only ends when it gives up (or is stopped here).
        cecctl = subprocess.Popen([args.cecctl, "chat"], env=env, stdin=subprocess.PIPE,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if any(r["path"] == POLL for r in control(base, "GET", "/sim/requests")["requests"]):
                break
            time.sleep(0.2)
        control(base, "DELETE", "/sim/requests")
        armed = time.monotonic()
        arm(base, case)
        ended = None
        while time.monotonic() - armed < args.span:
            if cecctl.poll() is not None and ended is None:
                ended = time.monotonic() - armed
            time.sleep(0.2)
        log = control(base, "GET", "/sim/requests")["requests"]
        total = len(log)
        tokens = sum(1 for r in log if r["path"] == TOKEN)
        while ended is None and time.monotonic() - armed < args.wait:
            if cecctl.poll() is not None:
                ended = time.monotonic() - armed
            time.sleep(0.2)
        if ended is None:
            cecctl.kill()
        cecctl.wait()
        err = cecctl.stderr.read().strip().splitlines()
        print(f"{case}: {total} requests ({tokens} tokenByAkSk) in the first {args.span:.0f} s "
              f"after the fault = {total * 60 / args.span:.0f}/min ({tokens * 60 / args.span:.0f} "
              f"tokenByAkSk/min over {args.span:.0f} s); "
              + (f"gave up after {ended:.0f} s, exit {cecctl.returncode}" if ended is not None
                 else f"still running after {args.wait:.0f} s (killed)"))
        for text in err[-2:]:
            print("   stderr:", text)
    finally:
        sim.terminate()
        sim.wait()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cecctl", default=os.path.join(ROOT, "build/ci/src/cli/cecctl"))
    parser.add_argument("--sim", default=os.path.join(ROOT, "build/ci/src/simulator/cec-sim"))
    parser.add_argument("--span", type=float, default=60, help="measured seconds")
    parser.add_argument("--wait", type=float, default=240, help="most seconds to await give-up")
    parser.add_argument("cases", nargs="*", default=["rotate", "dying", "dead"])
    args = parser.parse_args()
    for case in args.cases:
        measure(args, case)


if __name__ == "__main__":
    sys.exit(main())
