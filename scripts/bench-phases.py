#!/usr/bin/env python3
"""Memory and CPU of cec-chat in every phase of a session, and its start-up and call set-up times.

Prints one table (issue 10's phases and budgets); asserts nothing. PSS is summed over cec-chat's
process tree (its QtWebEngineProcess children included) without the demo's cec-sim and its agent
peer; idle CPU is the tree's user+system time over a quiet interval, in percent of one core.
Runs `cec-chat --demo` under its own Xvfb (the window is really mapped and painted) with a window
manager (openbox), which gives the new window the input focus as on a desktop; one chat-only run has
no window manager, so the window stays in the background, once per
scenario, with the demo simulator's click-to-call timings made long enough to measure each phase.
The call set-up overhead (cold = the first call of a process, warm = a later one) comes from
tests/bench/bench_call (scripts/bench-call.sh), which needs a private network namespace (root).

    scripts/bench-phases.py [BUILD_DIR]          (default build/ci; needs Xvfb, x11-utils, openbox)
"""
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "ci"))
CHAT = os.path.join(BUILD, "src", "app", "cec-chat")
TICKS = os.sysconf("SC_CLK_TCK")
SIMULATOR_PROCESSES = {"cec-sim", "cec-sim-agent"}


def children(pid):
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(p) for p in f.read().split()]
    except OSError:
        return []


def comm(pid):
    try:
        with open(f"/proc/{pid}/comm") as f:
            return f.read().strip()
    except OSError:
        return ""


def client_tree(pid):
    """cec-chat and its descendants, without the simulator's subtree."""
    if comm(pid) in SIMULATOR_PROCESSES:
        return []
    result = [pid]
    for child in children(pid):
        result += client_tree(child)
    return result


def pss_kib(pids):
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                total += sum(int(line.split()[1]) for line in f if line.startswith("Pss:"))
        except OSError:
            pass
    return total


def cpu_ticks(pids):
    ticks = {}
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            ticks[pid] = int(fields[11]) + int(fields[12])  # utime + stime
        except OSError:
            pass
    return ticks


def measure(app, seconds):
    """(PSS MiB, CPU % of one core) of the client tree over `seconds` of wall time."""
    before = cpu_ticks(client_tree(app))
    start = time.monotonic()
    time.sleep(seconds)
    after = cpu_ticks(client_tree(app))
    elapsed = time.monotonic() - start
    used = sum(after[p] - before[p] for p in after if p in before)
    used += sum(after[p] for p in after if p not in before)  # started meanwhile
    return pss_kib(client_tree(app)) / 1024.0, 100.0 * used / TICKS / elapsed


def wait_for(predicate, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise RuntimeError(f"timed out waiting for {what}")


class Session:
    """One cec-chat --demo run on its own Xvfb display."""

    def __init__(self, display, work, arguments, click_to_call, window_manager=True):
        scenario = json.load(open(os.path.join(ROOT, "src", "simulator", "scenarios", "demo.json")))
        scenario.setdefault("clickToCall", {}).update(click_to_call)
        scenario_file = os.path.join(work, f"scenario-{display}.json")
        json.dump(scenario, open(scenario_file, "w"))
        env = dict(os.environ, DISPLAY=f":{display}", QT_QPA_PLATFORM="xcb",
                   CEC_SIM_SCENARIO=scenario_file, DBUS_SESSION_BUS_ADDRESS="disabled:")
        env.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
        env.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--use-fake-device-for-media-stream "
                       "--allow-loopback-in-peer-connection "
                       "--disable-features=WebRtcHideLocalIpsWithMdns --disable-gpu")
        self.display = display
        self.xvfb = subprocess.Popen(["Xvfb", f":{display}", "-screen", "0", "1280x900x24",
                                      "-nolisten", "tcp"], stderr=subprocess.DEVNULL)
        wait_for(lambda: os.path.exists(f"/tmp/.X11-unix/X{display}"), 20, "Xvfb")
        # A desktop's window manager gives a new window the input focus, and the customer chats
        # in the active window, where no new-message sound plays.
        self.wm = None
        if window_manager:
            self.wm = subprocess.Popen(["openbox", "--sm-disable"], env=dict(env, HOME=work),
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            wait_for(lambda: self._wm_named(display), 20, "openbox")
        self.out = open(os.path.join(work, f"out-{display}.txt"), "w+")
        self.launched = time.monotonic()
        self.process = subprocess.Popen(
            [CHAT, "--demo", "--settings-dir", os.path.join(work, f"settings-{display}"),
             "--lang", "en"] + arguments, stdout=self.out, stderr=subprocess.STDOUT, env=env)
        self.pid = self.process.pid
        line = wait_for(self._demo_line, 60, "the demo simulator")
        self.url, self.customer = line.group(1), line.group(2)

    @staticmethod
    def _wm_named(display):
        out = subprocess.run(["xprop", "-display", f":{display}", "-root",
                              "_NET_SUPPORTING_WM_CHECK"], capture_output=True, text=True).stdout
        return "window id" in out

    def _demo_line(self):
        self.out.seek(0)
        return re.search(r"cec-chat demo: simulator (\S+) customer (\S+)", self.out.read())

    def first_window_ms(self):
        """Launch to the first viewable top-level window of a useful size (xwininfo)."""
        def mapped():
            tree = subprocess.run(["xwininfo", "-display", f":{self.display}", "-root", "-children"],
                                  capture_output=True, text=True).stdout
            return any(int(w) >= 200 and int(h) >= 200
                       for w, h in re.findall(r"\s(\d+)x(\d+)\+", tree))
        wait_for(mapped, 60, "the first window")
        return (time.monotonic() - self.launched) * 1000

    def get(self, path):
        with urllib.request.urlopen(f"{self.url}{path}?userId={self.customer}", timeout=10) as r:
            return json.load(r)

    def post(self, path, body):
        request = urllib.request.Request(f"{self.url}{path}", json.dumps(body).encode(),
                                         {"Content-Type": "application/json"})
        urllib.request.urlopen(request, timeout=10).read()

    def connected_ms(self):
        """Launch to the chat connected (CONNECT taken by the service): the composer is usable."""
        wait_for(lambda: self.get("/sim/state").get("connected"), 60, "the chat to connect")
        return (time.monotonic() - self.launched) * 1000

    def media_flowing(self):
        call = self.get("/sim/media").get("call")
        return bool(call) and not call.get("ended") and call.get("statsReports", 0) >= 2

    def close(self):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.process.kill()
        if self.wm:
            self.wm.terminate()
            self.wm.wait()
        self.xvfb.terminate()
        self.xvfb.wait()


def main():
    # Calls are real WebRTC sessions: like every such test, only inside a private network
    # namespace whose one interface is loopback (tests/support/in-private-netns.sh, needs root).
    if os.environ.get("CEC_BENCH_IN_NETNS") != "1":
        os.environ["CEC_BENCH_IN_NETNS"] = "1"
        runner = os.path.join(ROOT, "tests", "support", "in-private-netns.sh")
        os.execv(runner, [runner, sys.executable] + sys.argv)
    for tool in ("Xvfb", "xwininfo", "xprop", "openbox"):
        if not shutil.which(tool):
            sys.exit(f"bench-phases: {tool} is needed (scripts/setup.sh installs it)")
    if not os.access(CHAT, os.X_OK):
        sys.exit(f"bench-phases: build cec-chat first ({CHAT} missing)")
    rows = []
    quiet = 10  # seconds of idle measured per phase

    def row(phase, value, budget):
        rows.append((phase, value, budget))
        print(f"  {phase}: {value}", flush=True)

    work = tempfile.mkdtemp(prefix="cec-phases.")
    long_queue = {"queueEvents": 8, "queueStepMs": 2500, "autoReleaseMs": 0, "answerDelayMs": 0}
    try:
        print("chat only (--no-calls)", flush=True)
        s = Session(91, work, ["--no-calls"], {})
        row("launch to first window", f"{s.first_window_ms():.0f} ms", "≤ 300 ms warm")
        row("launch to chat connected (composer usable)", f"{s.connected_ms():.0f} ms", "")
        time.sleep(5)
        pss, cpu = measure(s.pid, quiet)
        row("chat only, idle", f"{pss:.1f} MiB, {cpu:.2f} % CPU", "≤ 30 MiB")
        s.close()

        print("chat only, the window in the background", flush=True)
        s = Session(95, work, ["--no-calls"], {}, window_manager=False)
        s.connected_ms()  # never focused: the bot's greeting plays the new-message sound
        time.sleep(5)
        pss, cpu = measure(s.pid, quiet)
        row("chat only, idle, window in the background (a message sound played)",
            f"{pss:.1f} MiB, {cpu:.2f} % CPU", "")
        s.close()

        print("calls offered, never used", flush=True)
        s = Session(92, work, [], {})
        s.first_window_ms()
        s.connected_ms()
        time.sleep(5)
        pss, cpu = measure(s.pid, quiet)
        row("calls offered, idle", f"{pss:.1f} MiB, {cpu:.2f} % CPU", "≤ 60 MiB")
        s.close()

        print("voice call (--call voice), then hang-up", flush=True)
        s = Session(93, work, ["--call", "voice"], long_queue)
        s.first_window_ms()
        wait_for(lambda: s.get("/sim/state").get("call") == "queuing", 90, "the call to queue")
        time.sleep(3)
        pss, cpu = measure(s.pid, 5)
        row("in the queue", f"{pss:.1f} MiB, {cpu:.2f} % CPU", "")
        wait_for(s.media_flowing, 120, "voice media")
        time.sleep(2)
        pss, cpu = measure(s.pid, quiet)
        row("in a voice call", f"{pss:.1f} MiB, {cpu:.2f} % CPU", "")
        s.post("/sim/call/release", {"userId": s.customer})
        wait_for(lambda: s.get("/sim/state").get("call") != "setup", 30, "the release")
        time.sleep(60)
        pss, cpu = measure(s.pid, quiet)
        row("60 s after hang-up", f"{pss:.1f} MiB, {cpu:.2f} % CPU", "≤ 70 MiB, ≤ 0.3 % CPU")
        s.close()

        print("video call (--call video)", flush=True)
        s = Session(94, work, ["--call", "video"], dict(long_queue, queueEvents=1))
        s.first_window_ms()
        wait_for(s.media_flowing, 120, "video media")
        time.sleep(2)
        pss, cpu = measure(s.pid, quiet)
        row("in a video call", f"{pss:.1f} MiB, {cpu:.2f} % CPU", "≤ 200 MiB")
        s.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print("call set-up overhead (bench_call, 3 calls)", flush=True)
    bench = subprocess.run([os.path.join(ROOT, "scripts", "bench-call.sh"), BUILD, "3"],
                           capture_output=True, text=True)
    match = re.search(r"cold=(\d+) warm_median=(\d+)", bench.stdout)
    if match:
        row("call set-up overhead, cold (first call)", f"{match.group(1)} ms", "≤ 1,000 ms")
        row("call set-up overhead, warm", f"{match.group(2)} ms", "≤ 150 ms")
    else:
        row("call set-up overhead", "bench_call failed: " + bench.stderr.strip()[-200:], "")

    print()
    print(f"| phase | measured ({BUILD}) | budget (issue 10) |")
    print("|---|---|---|")
    for phase, value, budget in rows:
        print(f"| {phase} | {value} | {budget} |")


if __name__ == "__main__":
    main()
