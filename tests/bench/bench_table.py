#!/usr/bin/env python3
"""Issue 16's table: each row measured in this run, beside its yardstick measured in the same run
on the same machine, at 1,000, 10,000 and 100,000 keys (podwarden-sandbox --seed large:N).

  row                 measured                                   anchor (yardstick)
  peak memory         VmHWM of `podwarden --sandbox` once the    VmHWM of bare_window (QMainWindow +
                      first connect has settled                  QTableView, shown); goal <= 150 MB
  cold start          `podwarden --offline` with a saved copy,   bare_window's first frame, both timed
                      to its first frame (rows follow: logged)   from the start of main()
  refresh             F5 to the account back on screen (the      fetch_lists: the four lists fetched
                      whole app, bench_refresh)                  in parallel following nextCursor
  refresh stall       longest event-loop stall in that refresh   50 ms
  decode              the client's decode of the real key pages  simdjson parse + copy into structs
  keystroke           one keystroke of the key search over the   16 ms (a frame at 60 Hz)
                      real payload, sorted by last used
  small refresh       a small GET on a reused connection         the same GET on a new connection

Nothing here asserts a time: it prints. Exit status 0 unless a probe failed to run.
Usage: bench_table.py --bin DIR (podwarden, podwarden-sandbox) --tools DIR (bench executables)
       [--sizes 1000,10000,100000] [--repeat N] [--work DIR]   (BENCH_SIZES, BENCH_REPEAT too)
"""

import argparse
import os
import platform
import re
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

MB = 1024 * 1024


class ProbeError(Exception):
    pass


def log(message):
    print(f"-- {message}", file=sys.stderr, flush=True)


# ---- processes


def start(args, env, log_path):
    logf = open(log_path, "ab")
    logf.write(("\n$ " + " ".join(args) + "\n").encode())
    logf.flush()
    return subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=logf, stdin=subprocess.DEVNULL)


def wait_for_line(proc, pattern, timeout):
    """Reads proc's stdout until a line matches `pattern`; returns the match."""
    deadline = time.monotonic() + timeout
    buffer = b""
    regex = re.compile(pattern)
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], 0.2)
        if ready:
            chunk = os.read(proc.stdout.fileno(), 65536)
            if not chunk:
                break
            buffer += chunk
            for line in buffer.decode(errors="replace").splitlines():
                found = regex.search(line)
                if found:
                    return found
        elif proc.poll() is not None:
            break
    raise ProbeError(f"{proc.args[0]}: no line matching {pattern!r} (exit {proc.poll()}); output: {buffer[-400:]!r}")


def stop(proc, timeout=60):
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    if proc.stdout:
        proc.stdout.close()


def status_kb(pid, field):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise ProbeError(f"no {field} for {pid}")


def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def settle(pid, quiet_ticks=3, timeout=180):
    """Waits until the process has used less than quiet_ticks of CPU over a second."""
    deadline = time.monotonic() + timeout
    before = cpu_ticks(pid)
    while time.monotonic() < deadline:
        time.sleep(1.0)
        now = cpu_ticks(pid)
        if now - before < quiet_ticks:
            return
        before = now


def run(args, env, log_path, timeout):
    with open(log_path, "ab") as logf:
        logf.write(("\n$ " + " ".join(args) + "\n").encode())
        logf.flush()
        done = subprocess.run(args, env=env, stdout=subprocess.PIPE, stderr=logf, timeout=timeout)
    if done.returncode != 0:
        raise ProbeError(f"{os.path.basename(args[0])} exited {done.returncode}; see {log_path}")
    return done.stdout.decode(errors="replace")


def qtest_results(xml_text):
    """QtTest -o -,xml: {(function, tag): milliseconds}."""
    out = {}
    root = ET.fromstring(xml_text)
    for function in root.iter("TestFunction"):
        for result in function.iter("BenchmarkResult"):
            if result.get("metric") == "WalltimeMilliseconds":  # per iteration already
                out[(function.get("name"), result.get("tag") or "")] = float(result.get("value"))
    return out


# ---- the probes


class Bench:
    def __init__(self, args):
        self.bin = os.path.abspath(args.bin)
        self.tools = os.path.abspath(args.tools)
        self.repeat = args.repeat
        self.work = args.work
        self.log = os.path.join(self.work, "bench.log")
        self.env = dict(os.environ)
        self.env.pop("QT_QPA_PLATFORM", None)  # a real X server (Xvfb), as ./dev run uses
        self.env["QT_LOGGING_RULES"] = "qt.qpa.*=false"
        self.env["XDG_RUNTIME_DIR"] = self.runtime_dir(self.work)
        # The app's sandbox without its request quota, which a benchmark's repeated loads would meet.
        self.wrapper = os.path.join(self.work, "podwarden-sandbox")
        with open(self.wrapper, "w") as f:
            f.write("#!/bin/sh\nexec '%s' --rate-limit 1000000 --rate-limit-hour 1000000000 "
                    "--rate-limit-day 1000000000 \"$@\"\n" % os.path.join(self.bin, "podwarden-sandbox"))
        os.chmod(self.wrapper, 0o755)

    @staticmethod
    def runtime_dir(parent):
        path = os.path.join(parent, "run")
        os.makedirs(path, mode=0o700, exist_ok=True)
        return path

    def tool(self, name):
        return os.path.join(self.tools, name)

    def home_env(self, home):
        env = dict(self.env)
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            path = os.path.join(home, name.lower())
            os.makedirs(path, exist_ok=True)
            env[name] = path
        env["HOME"] = home
        env["XDG_RUNTIME_DIR"] = self.runtime_dir(home)
        env["PODWARDEN_SANDBOX"] = self.wrapper
        return env

    def seed(self, size):
        data = os.path.join(self.work, f"seed-{size}")
        if os.path.exists(os.path.join(data, "admin-key")):
            return data
        shutil.rmtree(data, ignore_errors=True)
        began = time.monotonic()
        proc = start([os.path.join(self.bin, "podwarden-sandbox"), "--data", data, "--port", "0", "--seed",
                      f"large:{size}"], self.env, self.log)
        wait_for_line(proc, r'"event":"ready"', 3600)
        stop(proc)
        log(f"seeded large:{size} in {time.monotonic() - began:.1f} s")
        return data

    def sandbox(self, data):
        proc = start([self.wrapper, "--data", data, "--port", "0"], self.env, self.log)
        base = wait_for_line(proc, r'"apiBase":"([^"]+)"', 600).group(1)
        return proc, base

    def round_trips_and_payload(self, data, payload):
        proc, base = self.sandbox(data)
        try:
            key = os.path.join(data, "admin-key")
            out = run([self.tool("fetch_lists"), "--base", base, "--key-file", key, "--round-trips", "50"], self.env,
                      self.log, 600)
            trips = dict(re.findall(r"(\w+)=([0-9.]+)", out))
            run([self.tool("fetch_lists"), "--base", base, "--key-file", key, "--save-keys", payload], self.env,
                self.log, 1800)
        finally:
            stop(proc)
        return float(trips["reused_ms"]), float(trips["fresh_ms"])

    def first_connect(self, home, env):
        """podwarden --sandbox with no saved copy: its peak memory once the account is shown and it is idle."""
        shot = os.path.join(home, "first-connect.png")
        proc = start([os.path.join(self.bin, "podwarden"), "--sandbox", "--screenshot", shot], env, self.log)
        try:
            shown = wait_for_line(proc, r"on screen: .* (\d+) ms after start", 1800)
            settle(proc.pid)
            peak = status_kb(proc.pid, "VmHWM") * 1024
        finally:
            stop(proc)
        if proc.returncode not in (0, None):
            log(f"podwarden exited {proc.returncode} after SIGTERM")
        return peak, float(shown.group(1))

    def bare_memory(self):
        proc = start([self.tool("bare_window")], self.env, self.log)
        try:
            wait_for_line(proc, r"on screen: .* (\d+) ms after start", 120)
            settle(proc.pid)
            return status_kb(proc.pid, "VmHWM") * 1024
        finally:
            stop(proc)

    def cold_start(self, home, env):
        shot = os.path.join(home, "cold-start.png")
        out = run([os.path.join(self.bin, "podwarden"), "--offline", "--screenshot", shot, "--quit-after-screenshot"],
                  env, self.log, 600)
        found = re.search(r"on screen: .* (\d+) ms after start", out)
        if not found:
            raise ProbeError("podwarden --offline printed no start time: " + out[-300:])
        rows = re.search(r"the saved copy's rows on screen: (\d+) ms after start", out)
        if rows:
            log(f"first frame after {found.group(1)} ms, the saved copy's rows after {rows.group(1)} ms")
        return float(found.group(1))

    def bare_start(self):
        out = run([self.tool("bare_window"), "--quit"], self.env, self.log, 120)
        return float(re.search(r"on screen: .* (\d+) ms after start", out).group(1))

    def refresh(self, home, env, repeat):
        out = run([self.tool("bench_refresh"), "--repeat", str(repeat), "--fetcher", self.tool("fetch_lists")], env,
                  self.log, 3600)
        runs = [dict((k, float(v)) for k, v in re.findall(r"(\w+)=([0-9.]+)", line))
                for line in out.splitlines() if line.startswith("refresh ")]
        if not runs:
            raise ProbeError("bench_refresh printed nothing")
        return runs

    def qtest(self, exe, functions, payload, extra=()):
        env = dict(self.env, QT_QPA_PLATFORM="offscreen", PODWARDEN_BENCH_PAYLOAD=payload)
        out = run([self.tool(exe), *functions, *extra, "-o", "-,xml"], env, self.log, 3600)
        return qtest_results(out)


# ---- the table


def fmt_ms(v):
    return f"{v:,.0f} ms" if v >= 100 else f"{v:.1f} ms" if v >= 1 else f"{v:.2f} ms"


def fmt_mb(v):
    return f"{v / MB:,.0f} MB"


class Table:
    def __init__(self):
        self.rows = []

    def add(self, row, size, measured, anchor, ratio, goal, met):
        self.rows.append((row, f"{size:,}", measured, anchor, f"{ratio:.2f}x" if ratio is not None else "-", goal,
                          "yes" if met else "NO"))

    def print(self):
        header = ("row", "keys", "measured", "anchor", "ratio", "goal", "met?")
        widths = [max(len(str(r[i])) for r in self.rows + [header]) for i in range(len(header))]
        line = "  ".join("{:<%d}" % w for w in widths)
        print(line.format(*header))
        print(line.format(*("-" * w for w in widths)))
        for r in self.rows:
            print(line.format(*r))


def median_ratio(pairs):
    return statistics.median(a / b for a, b in pairs if b > 0)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", required=True)
    parser.add_argument("--tools", required=True)
    parser.add_argument("--sizes", default=os.environ.get("BENCH_SIZES", "1000,10000,100000"))
    parser.add_argument("--repeat", type=int, default=int(os.environ.get("BENCH_REPEAT", "5")))
    parser.add_argument("--work", default=None, help="kept, with bench.log (default: a temporary folder, removed)")
    args = parser.parse_args()
    keep = args.work is not None
    args.work = os.path.abspath(args.work or tempfile.mkdtemp(prefix="podwarden-bench-"))
    os.makedirs(args.work, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",") if s]

    xvfb = None
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        read_fd, write_fd = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten",
                                 "tcp"], pass_fds=(write_fd,), stderr=subprocess.DEVNULL)
        os.close(write_fd)
        with os.fdopen(read_fd) as f:
            os.environ["DISPLAY"] = ":" + f.readline().strip()
        log(f"Xvfb on {os.environ['DISPLAY']}")

    bench = Bench(args)
    table = Table()
    failed = False
    try:
        for size in sizes:
            repeat = args.repeat if size < 100000 else max(3, args.repeat - 2)
            log(f"{size:,} keys")
            try:
                data = bench.seed(size)
                payload = os.path.join(args.work, f"keys-{size}.jsonl")
                reused, fresh = bench.round_trips_and_payload(data, payload)

                home = os.path.join(args.work, f"home-{size}")
                shutil.rmtree(home, ignore_errors=True)
                env = bench.home_env(home)
                shutil.copytree(data, os.path.join(env["XDG_DATA_HOME"], "Podwarden", "podwarden", "sandbox"))
                peak, connect_ms = bench.first_connect(home, env)
                bare_peak = statistics.median(bench.bare_memory() for _ in range(3))
                table.add("peak memory, first connect", size, fmt_mb(peak), fmt_mb(bare_peak) + " bare window",
                          peak / bare_peak, "<= 150 MB", peak <= 150 * MB)
                log(f"first connect shown after {connect_ms:.0f} ms; peak {peak / MB:.0f} MB")

                starts = [(bench.cold_start(home, env), bench.bare_start()) for _ in range(repeat)]
                app_ms = statistics.median(a for a, _ in starts)
                bare_ms = statistics.median(b for _, b in starts)
                ratio = median_ratio(starts)
                table.add("cold start to first paint", size, fmt_ms(app_ms), fmt_ms(bare_ms) + " bare window", ratio,
                          "<= 1.5x", ratio <= 1.5)

                runs = bench.refresh(home, env, repeat)
                ratio = median_ratio([(r["ms"], r["fetch_ms"]) for r in runs])
                table.add("refresh", size, fmt_ms(statistics.median(r["ms"] for r in runs)),
                          fmt_ms(statistics.median(r["fetch_ms"] for r in runs)) + " 4 lists fetched", ratio,
                          "<= 1.5x", ratio <= 1.5)
                stall = max(r["stall_ms"] for r in runs)
                table.add("refresh: longest event-loop stall", size, fmt_ms(stall), "50 ms", stall / 50, "<= 1x",
                          stall <= 50)

                # The client decodes the key pages from their bytes when built with simdjson
                # (decodeFromBytes100kKeys), through QJsonDocument otherwise (decode100kKeys).
                offered = run([bench.tool("bench_codecs"), "-functions"], bench.env, bench.log, 60)
                functions = ["decode100kKeys"]
                if "decodeFromBytes100kKeys" in offered:
                    functions = ["decodeFromBytes100kKeys"]
                if "simdjsonParseAndCopy100kKeys" in offered:
                    functions.append("simdjsonParseAndCopy100kKeys")
                codecs = bench.qtest("bench_codecs", functions, payload, ["-median", "3"])
                decode = codecs.get((functions[0], ""))
                simd = codecs.get(("simdjsonParseAndCopy100kKeys", ""))
                if decode is None:
                    raise ProbeError("bench_codecs gave no decode figure")
                table.add(f"decode of the key list ({os.path.getsize(payload) / 1e6:.1f} MB)", size, fmt_ms(decode),
                          fmt_ms(simd) + " simdjson + copy" if simd else "(simdjson not built)",
                          decode / simd if simd else None, "<= 1.5x", bool(simd) and decode / simd <= 1.5)

                keys = bench.qtest("bench_apikeys", ["filterPerKeystroke100k"], payload)
                worst_tag, worst = max(keys.items(), key=lambda kv: kv[1])
                table.add(f"keystroke in the key search (sorted; slowest: \"{worst_tag[1]}\")", size, fmt_ms(worst),
                          "16 ms frame", worst / 16, "<= 1x", worst <= 16)

                table.add("small refresh: GET on a reused connection", size, fmt_ms(reused),
                          fmt_ms(fresh) + " new connection", reused / fresh, "<= 1.5x", reused / fresh <= 1.5)
            except (ProbeError, subprocess.TimeoutExpired, OSError, KeyError, ValueError) as e:
                failed = True
                log(f"{size:,} keys: {e}")
    finally:
        if xvfb:
            xvfb.terminate()
            xvfb.wait()

    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    print()
    print(f"Issue 16 benchmark: {os.cpu_count()} cores ({cpu}), {platform.system()} {platform.release()}")
    print(f"Timed rows: the median of {args.repeat} runs (3 at 100,000 keys) of each side, taken in turns; their "
          "ratio is the median of the runs' own ratios, pair by pair.")
    print()
    table.print()
    if keep:
        print(f"\n(work folder kept: {args.work}; log: {bench.log})")
    else:
        shutil.rmtree(args.work, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
