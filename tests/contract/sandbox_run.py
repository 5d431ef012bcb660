"""One podwarden-sandbox process for the contract scripts: started with its output captured to
files, its ready line awaited, stopped with SIGTERM (killed if it hangs), its log read back.

    from sandbox_run import SandboxRun
    run = SandboxRun(work_dir, error=CheckFailed)
    ready = run.start([binary, "--data", ..., "--port", "0"])   # the ready line, as a dict
    ...
    run.stop()
"""

import contextlib
import json
import signal
import subprocess
import time
from pathlib import Path

READY_TIMEOUT = 60.0
STOP_TIMEOUT = 15.0


class SandboxRun:
    def __init__(self, work_dir, error=RuntimeError):
        self.work_dir = Path(work_dir)
        self.stdout_path = self.work_dir / "sandbox.stdout"
        self.stderr_path = self.work_dir / "sandbox.stderr"
        self.error = error  # raised when the sandbox does not come up
        self.process = None

    def start(self, command):
        """Starts `command`; returns its ready line once printed, or raises `error`."""
        self.work_dir.mkdir(parents=True, exist_ok=True)
        with open(self.stdout_path, "wb") as out, open(self.stderr_path, "wb") as err:
            self.process = subprocess.Popen([str(part) for part in command], stdin=subprocess.DEVNULL,
                                            stdout=out, stderr=err)
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            for line in self.stdout_path.read_bytes().splitlines():
                try:
                    event = json.loads(line)
                except ValueError:
                    continue
                if isinstance(event, dict) and event.get("event") == "ready":
                    return event
            if self.process.poll() is not None:
                raise self.error(f"the sandbox exited with code {self.process.returncode} "
                                 f"before printing its ready line: {self.stderr_tail(5)}")
            time.sleep(0.05)
        raise self.error(f"no ready line on stdout within {READY_TIMEOUT:.0f} s")

    def stop(self):
        """SIGTERM, then wait; kill if it hangs. Returns the exit code, or None if killed."""
        if self.process is None or self.process.poll() is not None:
            return None if self.process is None else self.process.returncode
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            return None

    def log_bytes(self):
        data = b""
        for path in (self.stdout_path, self.stderr_path):
            with contextlib.suppress(OSError):
                data += path.read_bytes()
        return data

    def stderr_tail(self, lines=40):
        try:
            text = self.stderr_path.read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])
