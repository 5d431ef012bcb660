#!/usr/bin/env python3
"""Canary test: no secret value or raw API key escapes podwarden-sandbox.

Usage: canary_check.py SANDBOX_BINARY

Runs the sandbox with all logging on (QT_LOGGING_RULES="*.debug=true") on a fresh data
directory, plants two unique canary values as a secret's value (create, then replace) and
creates an API key, using its raw key once. Checks that no response ever returns a value or,
after creation, the raw key; that error responses do not echo a planted value; and that the
canary sent as a bearer token is refused. After a clean SIGTERM stop it searches, as bytes,
every file under the data directory (SQLite files, -wal/-shm included) and the captured
stdout/stderr for the canaries, the raw keys (the new key's and the admin key's), and their hex,
base64 and UTF-16 forms; it also searches once while the sandbox still runs, before SQLite
checkpoints its write-ahead log. Then it restarts the sandbox on the same data directory, checks
that the secret and the key persisted, stops it and searches again.

Exits 1 on the first failed check or if any needle is found, 0 otherwise. Standard library only.
"""

import base64
import contextlib
import json
import os
import re
import secrets
import signal
import stat
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

READY_TIMEOUT = 30.0
STOP_TIMEOUT = 15.0
HTTP_TIMEOUT = 15.0

RAW_KEY = re.compile(r"rpa_[A-Za-z0-9]{40}")
SECRET_NAME = "CANARY_SECRET"
KEY_NAME = "canary-key"
READ_POLICY = [{"Version": "2024-09-01", "Statement": [
    {"Effect": "Allow", "Actions": ["api:Read"], "Resources": ["runpod/api/*"]}]}]


class CheckFailed(Exception):
    """A check failed; the message says which and why."""

    log_tail = ""  # the sandbox's last stderr lines, printed after the failure


def ok(message):
    print(f"ok    {message}", flush=True)


def check(condition, message):
    if not condition:
        raise CheckFailed(message)


# --------------------------------------------------------------------------------------------
# Needles: each planted value and the encodings it could leak in


def _aligned_base64(value, shift, encode):
    """The part of encode(<shift bytes> + value) that depends on `value` alone.

    A value embedded in a larger base64-encoded blob starts at one of three byte offsets
    modulo 3; for each, the base64 groups lying wholly inside the value are fixed.
    """
    encoded = encode(b"\0" * shift + value).rstrip(b"=")
    first_group = -(-shift // 3)
    end_group = (shift + len(value)) // 3
    return encoded[4 * first_group:4 * end_group]


def needles_for(label, text):
    """[(description, bytes)] for one planted value: raw, hex, base64 (3 alignments), UTF-16."""
    value = text.encode("utf-8")
    found = [(label, value),
             (f"{label} as hex", value.hex().encode()),
             (f"{label} as HEX", value.hex().upper().encode()),
             (f"{label} as UTF-16LE", text.encode("utf-16-le")),
             (f"{label} as UTF-16BE", text.encode("utf-16-be"))]
    for name, encode in (("base64", base64.b64encode), ("base64url", base64.urlsafe_b64encode)):
        for shift in range(3):
            found.append((f"{label} as {name} (offset {shift})",
                          _aligned_base64(value, shift, encode)))
    unique, seen = [], set()
    for description, needle in found:
        assert len(needle) >= 16, f"needle {description} is too short to be unique"
        if needle not in seen:
            seen.add(needle)
            unique.append((description, needle))
    return unique


def search_files(paths, needles):
    """Searches every regular file under `paths` (files or directories) as bytes.

    Returns (hits, file count, byte count, {path: bytes}) with hits as (path, description).
    """
    files = []
    for root in paths:
        root = Path(root)
        if root.is_file():
            files.append(root)
        elif root.is_dir():
            for directory, _, names in os.walk(root):
                files.extend(Path(directory) / name for name in sorted(names))
    hits, contents, total = [], {}, 0
    for path in files:
        if not stat.S_ISREG(path.lstat().st_mode):
            continue
        data = path.read_bytes()
        contents[path] = data
        total += len(data)
        for description, needle in needles:
            if needle in data:
                hits.append((path, description))
    return hits, len(contents), total, contents


# --------------------------------------------------------------------------------------------
# The sandbox process and HTTP


class Sandbox:
    """One podwarden-sandbox process with all logging on and its output captured to files."""

    def __init__(self, binary, data_dir, key_file, log_dir, run_name):
        self.binary = binary
        self.data_dir = Path(data_dir)
        self.key_file = Path(key_file)
        self.stdout_path = Path(log_dir) / f"{run_name}.stdout"
        self.stderr_path = Path(log_dir) / f"{run_name}.stderr"
        self.process = None
        self.api_base = self.key = None

    def start(self):
        command = [self.binary, "--data", str(self.data_dir), "--port", "0",
                   "--admin-key-file", str(self.key_file)]
        env = dict(os.environ, QT_LOGGING_RULES="*.debug=true")
        with open(self.stdout_path, "wb") as out, open(self.stderr_path, "wb") as err:
            self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL,
                                            stdout=out, stderr=err, env=env)
        ready = self._wait_ready()
        self.api_base = ready.get("apiBase")
        check(isinstance(self.api_base, str) and self.api_base.startswith("http://127.0.0.1:"),
              f"ready line apiBase is not an http://127.0.0.1:PORT URL: {self.api_base!r}")
        check(self.key_file.is_file(), f"no admin key file at {self.key_file} after ready")
        mode = stat.S_IMODE(self.key_file.stat().st_mode)
        check(mode == 0o600, f"the admin key file has mode {mode:o}, expected 600")
        self.key = self.key_file.read_text().strip()
        check(RAW_KEY.fullmatch(self.key),
              "the admin key file does not hold rpa_ followed by 40 alphanumerics")

    def _wait_ready(self):
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
                raise CheckFailed(f"the sandbox exited with code {self.process.returncode} "
                                  "before printing its ready line")
            time.sleep(0.05)
        raise CheckFailed(f"no ready line on stdout within {READY_TIMEOUT:.0f} s")

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

    def stop_cleanly(self):
        code = self.stop()
        check(code == 0, "the sandbox did not exit with 0 on SIGTERM "
                         f"({'killed after hanging' if code is None else f'exit {code}'})")

    def stderr_tail(self, lines=40):
        try:
            return "\n".join(self.stderr_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


class Response:
    def __init__(self, what, status, body):
        self.what, self.status, self.body = what, status, body

    def json(self):
        try:
            return json.loads(self.body)
        except ValueError as error:
            raise CheckFailed(f"{self.what}: body is not JSON ({error}): {self.body[:200]!r}")


_DEFAULT_KEY = object()


class Api:
    def __init__(self, base, key):
        self.base = base
        self.key = key
        # Never route loopback requests through an http_proxy from the environment.
        self.opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def call(self, method, path, body=None, raw=None, key=_DEFAULT_KEY):
        key = self.key if key is _DEFAULT_KEY else key
        data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
        request = urllib.request.Request(self.base + path, data=data, method=method)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        if key is not None:
            request.add_header("Authorization", f"Bearer {key}")
        what = f"{method} {path}"
        try:
            with self.opener.open(request, timeout=HTTP_TIMEOUT) as reply:
                return Response(what, reply.status, reply.read())
        except urllib.error.HTTPError as error:
            return Response(what, error.code, error.read())
        except (urllib.error.URLError, OSError) as error:
            raise CheckFailed(f"{what}: no HTTP response ({error})")

    def expect(self, status, method, path, body=None, raw=None, key=_DEFAULT_KEY):
        response = self.call(method, path, body=body, raw=raw, key=key)
        check(response.status == status, f"{response.what}: expected {status}, got "
                                          f"{response.status}: {response.body[:300]!r}")
        return response


def check_clean(response, needles):
    """The response body holds none of the needles."""
    found = [description for description, needle in needles if needle in response.body]
    check(not found, f"{response.what}: the response body contains {', '.join(found)}")


def check_secret_object(obj, what):
    check(isinstance(obj, dict), f"{what}: a secret is not an object: {obj!r}")
    check("value" not in obj, f"{what}: the secret object has a 'value' field")
    check("name" in obj, f"{what}: a secret without a name")


# --------------------------------------------------------------------------------------------
# The session


def plant_and_probe(api, canary_1, canary_2, needles):
    """Runs the session against a started sandbox. Returns (secret id, key id, raw key)."""
    secret_needles = list(needles)

    response = api.expect(201, "POST", "/v2/account/secrets",
                          {"name": SECRET_NAME, "value": canary_1, "description": "planted"})
    check_clean(response, secret_needles)
    secret = response.json()
    check_secret_object(secret, response.what)
    check(secret.get("name") == SECRET_NAME and secret.get("description") == "planted",
          f"{response.what}: unexpected secret {secret}")
    check(str(secret.get("id", "")).startswith("sec_"), f"{response.what}: id lacks sec_")
    secret_id = secret["id"]
    ok(f"POST /v2/account/secrets: 201, {secret_id}, no value and no canary in the response")

    response = api.expect(200, "PATCH", f"/v2/account/secrets/{secret_id}", {"value": canary_2})
    check_clean(response, secret_needles)
    check_secret_object(response.json(), response.what)
    ok(f"PATCH /v2/account/secrets/{secret_id} with a second canary value: 200, no canary")

    response = api.expect(200, "GET", "/v2/account/secrets")
    check_clean(response, secret_needles)
    listed = response.json().get("secrets")
    check(isinstance(listed, list), f"{response.what}: no 'secrets' list")
    for item in listed:
        check_secret_object(item, response.what)
    check(secret_id in [item.get("id") for item in listed], f"{response.what}: {secret_id} not listed")
    response = api.expect(200, "GET", f"/v2/account/secrets/{secret_id}")
    check_clean(response, secret_needles)
    check_secret_object(response.json(), response.what)
    ok("GET /v2/account/secrets and /v2/account/secrets/{id}: no value, no canary")

    # Error paths must not echo what was sent.
    response = api.expect(422, "POST", "/v2/account/secrets",
                          {"name": "RUNPOD_CANARY", "value": canary_1})
    check_clean(response, secret_needles)
    response = api.expect(400, "POST", "/v2/account/secrets",
                          raw=b'{"name": "BROKEN", "value": "' + canary_1.encode() + b'",')
    check_clean(response, secret_needles)
    response = api.expect(422, "PATCH", f"/v2/account/secrets/{secret_id}",
                          {"value": canary_1, "bogus": canary_2})
    check_clean(response, secret_needles)
    ok("422 (RUNPOD name), 400 (malformed JSON) and 422 (unknown field) do not echo the canary")

    response = api.expect(201, "POST", "/v2/account/api-keys",
                          {"name": KEY_NAME, "policies": READ_POLICY})
    check_clean(response, secret_needles)
    created = response.json()
    raw_key = created.get("rawKey")
    check(isinstance(raw_key, str) and RAW_KEY.fullmatch(raw_key),
          f"{response.what}: rawKey is not rpa_ followed by 40 alphanumerics")
    check(created.get("prefix") == raw_key[:8],
          f"{response.what}: prefix {created.get('prefix')!r} is not the raw key's first 8")
    check(str(created.get("id", "")).startswith("key_"), f"{response.what}: id lacks key_")
    key_id = created["id"]
    ok(f"POST /v2/account/api-keys: 201, {key_id}, rawKey returned once")

    needles.extend(needles_for("raw key", raw_key))
    api.expect(200, "GET", "/v2/templates", key=raw_key)
    ok("GET /v2/templates with the new raw key: 200")

    for path in ("/v2/account/api-keys", f"/v2/account/api-keys/{key_id}"):
        response = api.expect(200, "GET", path)
        check(b'"rawKey"' not in response.body, f"{response.what}: holds a rawKey field")
        check_clean(response, needles)
    ok("GET /v2/account/api-keys and /v2/account/api-keys/{id}: no rawKey, no raw value")

    response = api.expect(200, "GET", "/v2/account/events")
    check_clean(response, needles)
    ok("GET /v2/account/events: no canary, no raw key")

    response = api.expect(401, "GET", "/v2/templates", key=canary_1)
    check_clean(response, needles)
    ok("GET /v2/templates with the canary as bearer token: 401, not echoed")
    return secret_id, key_id, raw_key


def search(data_dir, logs, needles, positive):
    """Searches the data directory and the logs; fails on any hit, or if the search could not
    have found anything."""
    hits, file_count, byte_count, contents = search_files([data_dir] + logs, needles)
    check(file_count > 0, "the search covered zero files")
    print(f"--    searched {file_count} files, {byte_count} bytes, for {len(needles)} needles",
          flush=True)
    for path, description in hits:
        shown = (f"<data>/{path.relative_to(data_dir)}" if data_dir in path.parents
                 else path.name)
        print(f"LEAK  {shown}: {description}", flush=True)
    check(not hits, f"{len(hits)} leak(s) found (listed above)")
    stored = [data for path, data in contents.items() if data_dir in path.parents]
    for label, marker in positive:
        check(any(marker in data for data in stored),
              f"positive control: the {label} {marker!r} is in no file under the data "
              "directory, so the search does not see where the sandbox keeps its data")
    ok(f"no canary, raw key or encoding of them in {file_count} files ({byte_count} bytes); "
       "positive controls found")


def run(binary):
    check(os.path.isfile(binary) and os.access(binary, os.X_OK),
          f"the sandbox binary {binary} does not exist or is not executable")
    canary_1 = "canary-" + secrets.token_hex(16)
    canary_2 = "canary-" + secrets.token_hex(16)
    needles = needles_for("canary 1", canary_1) + needles_for("canary 2", canary_2)
    positive = [("secret name", SECRET_NAME.encode()), ("key name", KEY_NAME.encode())]

    with tempfile.TemporaryDirectory(prefix="podwarden-canary-data-") as data_dir, \
            tempfile.TemporaryDirectory(prefix="podwarden-canary-work-") as work_dir:
        logs = []

        first = Sandbox(binary, data_dir, Path(work_dir) / "admin-1.key", work_dir, "run-1")
        logs += [first.stdout_path, first.stderr_path]
        with running(first):
            api = Api(first.api_base, first.key)
            needles.extend(needles_for("admin key 1", first.key))
            ok(f"sandbox ready at {first.api_base} with debug logging; admin key file 0600")
            secret_id, key_id, raw_key = plant_and_probe(api, canary_1, canary_2, needles)
            print("--    searching while the sandbox runs (SQLite -wal/-shm not yet "
                  "checkpointed)", flush=True)
            search(Path(data_dir), logs, needles, positive)
            first.stop_cleanly()
            ok("sandbox stopped on SIGTERM with exit code 0")

        ready_lines = first.stdout_path.read_bytes().splitlines()
        check(len(ready_lines) == 1, f"stdout holds {len(ready_lines)} lines, expected only "
                                     "the ready line")
        check(first.stderr_path.stat().st_size > 0,
              "stderr is empty with all logging on: the log search would be vacuous")
        print("--    searching after the sandbox stopped", flush=True)
        search(Path(data_dir), logs, needles, positive)

        second = Sandbox(binary, data_dir, Path(work_dir) / "admin-2.key", work_dir, "run-2")
        logs += [second.stdout_path, second.stderr_path]
        with running(second):
            api = Api(second.api_base, second.key)
            needles.extend(needles_for("admin key 2", second.key))
            listed = api.expect(200, "GET", "/v2/account/secrets").json().get("secrets", [])
            match = [s for s in listed if s.get("name") == SECRET_NAME]
            check(match and match[0].get("id") == secret_id
                  and match[0].get("description") == "planted",
                  f"after a restart {SECRET_NAME} ({secret_id}) is not listed: {listed}")
            keys = api.expect(200, "GET", "/v2/account/api-keys").json().get("apiKeys", [])
            check(key_id in [k.get("id") for k in keys], f"after a restart {key_id} is not listed")
            api.expect(200, "GET", "/v2/templates", key=raw_key)
            ok(f"after a restart on the same data: {SECRET_NAME} and {key_id} persisted, "
               "the raw key still works")
            second.stop_cleanly()
            ok("sandbox stopped on SIGTERM with exit code 0")
        print("--    searching after the restarted sandbox stopped", flush=True)
        search(Path(data_dir), logs, needles, positive)


@contextlib.contextmanager
def running(sandbox):
    """Starts a sandbox and always stops it; a failure carries the sandbox's stderr tail."""
    try:
        sandbox.start()
        yield sandbox
    except BaseException as error:
        sandbox.stop()  # first, so that the log is complete
        tail = sandbox.stderr_tail()
        if isinstance(error, CheckFailed):
            error.log_tail = error.log_tail or tail
        elif tail:
            print(f"---- sandbox stderr (last lines) ----\n{tail}", file=sys.stderr)
        raise
    finally:
        sandbox.stop()


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    try:
        run(argv[1])
    except CheckFailed as failure:
        print(f"FAIL  {failure}", flush=True)
        if failure.log_tail:
            print(f"---- sandbox stderr (last lines) ----\n{failure.log_tail}", flush=True)
        return 1
    print("PASS  no canary escaped")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
