#!/usr/bin/env python3
"""Contract test: podwarden-sandbox against the cloud's REST v2 OpenAPI document.

Usage: check_contract.py SANDBOX_BINARY OPENAPI_JSON [AUGUST_OPENAPI_JSON]

OPENAPI_JSON is the contract of record, the September 2026 document
(runpod-rest-v2-2026-09.openapi.json). AUGUST_OPENAPI_JSON (default: runpod-rest-v2.openapi.json
beside it) is read only by a self-check that shows where the two documents differ.

The routes checked are derived from the document: every path and method the document describes
that the sandbox also serves (templates, serverless endpoints with their builds, workers and
releases, the pods subset, account secrets).
Each request body sent is first validated against the operation's request schema (and each
deliberately invalid one is shown invalid); each response is validated against the schema and
media type the document gives for that operation and status (JSON Schema 2020-12, `$ref`s
resolved against the whole document). The sandbox's [ext] routes, which the document does not
describe (/v2/account/api-keys, /v2/account/events), are checked against small schemas written
here from SERVICE.md 5.2 and 5.3.

Groups, each run whatever happened in the others:

- self-checks: the validator, the RateLimit parser, which routes are covered, and that a list
  body without `pagination` (the August shape) is valid against the August document and invalid
  against the September one;
- lists and paging: every list against its List*Response; each paged list walked with limit=2
  (demo seed) and limit=7 (a second sandbox seeded `large:200`): every item exactly once, the
  union equal to the unpaged list; limit below 1, above the maximum or not a number, a malformed
  cursor and a cursor of another list answer 422 problem+json;
- secrets: create, get, list, `?name=` (case-insensitive), PATCH value / description / both,
  "" clears the description, the size and name rules, 409 with the document's text, 422, 404,
  DELETE; a value is never returned in any body nor written to the sandbox's log;
- templates and endpoints: CRUD with the document's own request examples, `cmd`/`entrypoint`/
  `args` round trips, DELETE of a template an endpoint uses (400), the `gpu.pools`/
  `excludedTypes` PATCH rules, the gpu-or-cpu rules (400); builds (list and one, 404s);
- workers and releases: each endpoint's workers (summary a roll-up of them, isStale against
  endpointVersion) and releases (newest first, the rollout agreeing with the workers); a PATCH
  raises endpointVersion and makes a release whose diff names what changed;
- pods: list, get, and the start/stop/restart/terminate transitions with their 409s;
- errors: for every covered operation, each status the document lists (400, 401 missing and
  unknown key, 403, 404, 409, 422 with `errors`, 429 with Retry-After) is provoked and its body
  checked as application/problem+json ErrorResponse; an over-limit body answers 413;
- [ext]: API keys (rawKey once, disable and revoke answer 401) and audit events (their filters),
  both with `pagination`;
- --official-only: the [ext] routes answer 404 problem+json while the official ones work;
- at the end: every covered operation answered every status its document entry lists; every
  authenticated response carried RateLimit and RateLimit-Policy with minute, hour and day
  windows; every Template and Endpoint body carried consistent `args`, `cmd` and `entrypoint`.

Prints one `ok ...` line per passing check and one `FAIL ...` line per failing one, then a last
line `N passed, N failed`. Exits 0 when all pass, 1 when any fails, and 77 (CTest's
SKIP_RETURN_CODE) when the OpenAPI document is absent. Needs only the standard library and
python3-jsonschema (4.10 or later).
"""

import contextlib
import http.client
import importlib.metadata
import json
import os
import re
import secrets as random_tokens
import shlex
import sys
import tempfile
import time
import traceback
import urllib.error
import urllib.parse
import urllib.request
from datetime import datetime
from pathlib import Path

import jsonschema
from jsonschema import Draft202012Validator

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sandbox_run import SandboxRun  # noqa: E402

SKIP_RETURN_CODE = 77
HTTP_TIMEOUT = 60.0

DEMO_TEMPLATES = 6
DEMO_ENDPOINTS = 10
LARGE_SEED = 200
DEMO_PAGE = 2
LARGE_PAGE = 7

# High enough that the test's own requests never meet the sandbox's limiter (the 429 group
# starts its own sandbox with a tiny quota).
GENEROUS_RATE = ["--rate-limit", "1000000"]

WINDOW_SECONDS = {"minute": 60, "hour": 3600, "day": 86400}
REQUIRED_WINDOWS = ("minute", "hour", "day")

MIB16 = 16 * 1024 * 1024
# The sandbox reads bodies up to 100 MiB (a secret value under 16 MiB may grow six-fold when
# JSON-escaped); the document lists 413 on none of the routes the sandbox serves.
SANDBOX_BODY_LIMIT = 100 * 1024 * 1024

# The sandbox's management routes (SERVICE.md 4, 5 and 7), with the document's parameter names.
SANDBOX_ROUTES = {
    ("/v2/templates", "get"), ("/v2/templates", "post"),
    ("/v2/templates/{id}", "get"), ("/v2/templates/{id}", "patch"), ("/v2/templates/{id}", "delete"),
    ("/v2/serverless", "get"), ("/v2/serverless", "post"),
    ("/v2/serverless/{id}", "get"), ("/v2/serverless/{id}", "patch"), ("/v2/serverless/{id}", "delete"),
    ("/v2/serverless/{id}/builds", "get"), ("/v2/serverless/{id}/builds/{buildId}", "get"),
    ("/v2/serverless/{id}/workers", "get"), ("/v2/serverless/{id}/releases", "get"),
    ("/v2/pods", "get"), ("/v2/pods/{id}", "get"), ("/v2/pods/{id}/action", "post"),
    ("/v2/account/secrets", "get"), ("/v2/account/secrets", "post"),
    ("/v2/account/secrets/{id}", "get"), ("/v2/account/secrets/{id}", "patch"),
    ("/v2/account/secrets/{id}", "delete"),
    # [ext] (SERVICE.md 5.2, 5.3) and [sandbox-only] (7): not in the document.
    ("/v2/account/api-keys", "get"), ("/v2/account/api-keys", "post"),
    ("/v2/account/api-keys/{id}", "get"), ("/v2/account/api-keys/{id}", "patch"),
    ("/v2/account/api-keys/{id}", "delete"),
    ("/v2/account/events", "get"),
    ("/v2/sandbox/boot", "post"),
}
EXT_PATHS = {"/v2/account/api-keys", "/v2/account/api-keys/{id}", "/v2/account/events"}
SANDBOX_ONLY_PATHS = {"/v2/sandbox/boot"}
HTTP_METHODS = ("get", "put", "post", "patch", "delete")


# --------------------------------------------------------------------------------------------
# Results: one line per check, failures counted, never fatal to the other checks


class CheckFailed(Exception):
    """A contract check failed; the message says which and why."""


class NotChecked(CheckFailed):
    """A check could not run because something it needs failed earlier."""


class Results:
    def __init__(self):
        self.passed = 0
        self.failures = []  # (name, message)

    def fail(self, name, message):
        self.failures.append((name, message))
        print(f"FAIL  {name}: {message}", flush=True)


RESULTS = Results()


def ok(message):
    RESULTS.passed += 1
    print(f"ok    {message}", flush=True)


def note(message):
    print(f"--    {message}", flush=True)


def check(condition, message):
    if not condition:
        raise CheckFailed(message)


def need(value, what):
    if value is None:
        raise NotChecked(f"not checked: {what} is missing because an earlier check failed")
    return value


@contextlib.contextmanager
def case(name):
    """One check (or a few that stand or fall together); a failure is counted and reported."""
    try:
        yield
    except CheckFailed as failure:
        RESULTS.fail(name, str(failure))
    except Exception as error:  # a crash in one check must not hide the others
        tb = traceback.format_exc(limit=-2).strip().splitlines()
        RESULTS.fail(name, f"unexpected {type(error).__name__}: {error} ({' | '.join(tb[-3:])})")


# --------------------------------------------------------------------------------------------
# The OpenAPI document


_RFC3339 = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


def _make_format_checker():
    """Asserts `date-time` (RFC 3339) and, leniently, `uri` (absolute, with a host).

    Built here because jsonschema's own checkers for these formats need optional packages.
    `uri` stays lenient because the document's own examples put `{job_id}` in URLs.
    """
    checker = jsonschema.FormatChecker(formats=())

    @checker.checks("date-time", raises=ValueError)
    def _date_time(value):
        if not isinstance(value, str):
            return True
        if not _RFC3339.match(value):
            return False
        datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
        return True

    @checker.checks("uri")
    def _uri(value):
        if not isinstance(value, str):
            return True
        parts = urllib.parse.urlsplit(value)
        return bool(parts.scheme) and bool(parts.netloc)

    return checker


def _escape(part):
    return str(part).replace("~", "~0").replace("/", "~1")


def pointer(*parts):
    """A JSON pointer into the document, e.g. pointer("components", "schemas", "Secret")."""
    return "".join("/" + _escape(p) for p in parts)


def _template_key(template):
    return re.sub(r"\{[^}]+\}", "{}", template)


class ResponseSpec:
    def __init__(self, key, media_type, schema_pointer, headers):
        self.key = key                  # "200", "404" or "default"
        self.media_type = media_type    # None: no body
        self.schema_pointer = schema_pointer
        self.headers = headers


class Document:
    """One OpenAPI document: validators for any schema in it, and its operations."""

    def __init__(self, path):
        self.path = Path(path)
        self.data = json.loads(self.path.read_text(encoding="utf-8"))
        self.uri = self.path.resolve().as_uri()
        self.format_checker = _make_format_checker()
        self.resolution = None
        self._validators = {}
        self._templates = []
        for template in self.data.get("paths", {}):
            literal = re.escape(template)
            regex = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", literal) + "$"
            self._templates.append((template.count("{"), template, re.compile(regex)))
        self._templates.sort()
        self.validator("ErrorResponse")  # decides self.resolution

    # -- schemas

    def node(self, ptr):
        value = self.data
        for part in ptr.split("/")[1:]:
            part = part.replace("~1", "/").replace("~0", "~")
            value = value[int(part)] if isinstance(value, list) else value[part]
        return value

    def has_schema(self, name):
        return name in self.data.get("components", {}).get("schemas", {})

    def validator(self, target):
        """A validator for a component name, a JSON pointer into the document, or a schema dict."""
        if isinstance(target, str) and not target.startswith("/"):
            check(self.has_schema(target), f"the OpenAPI document has no components.schemas.{target}")
            target = pointer("components", "schemas", target)
        key = target if isinstance(target, str) else json.dumps(target, sort_keys=True)
        if key not in self._validators:
            if isinstance(target, str):
                schema = {"$ref": f"{self.uri}#{urllib.parse.quote(target, safe='/~')}"}
            else:
                schema = target
            self._validators[key] = self._build(schema)
        return self._validators[key]

    def ref(self, name):
        """An absolute $ref to one of the document's component schemas, for hand-written schemas."""
        return {"$ref": f"{self.uri}#{pointer('components', 'schemas', name)}"}

    def _build(self, schema):
        try:  # jsonschema >= 4.18 resolves through the `referencing` library
            from referencing import Registry, Resource
            from referencing.jsonschema import DRAFT202012
            resource = Resource.from_contents(self.data, default_specification=DRAFT202012)
            registry = Registry().with_resource(self.uri, resource)
            validator = Draft202012Validator(schema, registry=registry,
                                             format_checker=self.format_checker)
            self.resolution = "referencing.Registry"
            return validator
        except (ImportError, TypeError):  # Debian 12's jsonschema 4.10
            resolver = jsonschema.RefResolver(base_uri=self.uri, referrer=self.data)
            self.resolution = "RefResolver"
            return Draft202012Validator(schema, resolver=resolver,
                                        format_checker=self.format_checker)

    def errors(self, target, instance):
        found = sorted(self.validator(target).iter_errors(instance), key=lambda e: e.json_path)
        return [f"{e.json_path}: {e.message}" for e in found]

    def require_valid(self, target, instance, what):
        errors = self.errors(target, instance)
        if errors:
            shown = "\n    ".join(e[:300] for e in errors[:8])
            more = f"\n    (and {len(errors) - 8} more)" if len(errors) > 8 else ""
            label = target if isinstance(target, str) else "its schema"
            raise CheckFailed(f"{what} is not valid against {label}:\n    {shown}{more}")

    # -- operations

    def match(self, path):
        """The document's path template for a concrete path (query ignored), or None."""
        bare = urllib.parse.urlsplit(path).path
        for _, template, regex in self._templates:
            if regex.match(bare):
                return template
        return None

    def operation(self, template, method):
        if template is None:
            return None
        return self.data["paths"].get(template, {}).get(method.lower())

    def operations(self):
        for template, item in self.data.get("paths", {}).items():
            for method in HTTP_METHODS:
                if method in item:
                    yield template, method

    def deref(self, node):
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            check(ref.startswith("#/"), f"unexpected external $ref {ref}")
            node = self.node(ref[1:])
        return node

    def response_spec(self, template, method, status):
        """What the document says a response with `status` looks like (falls back to default)."""
        method = method.lower()
        responses = self.operation(template, method)["responses"]
        key = str(status) if str(status) in responses else ("default" if "default" in responses else None)
        if key is None:
            return None
        ref = responses[key]
        base = pointer("paths", template, method, "responses", key)
        if "$ref" in ref:
            base = ref["$ref"][1:]
        spec = self.deref(ref)
        content = spec.get("content") or {}
        if not content:
            return ResponseSpec(key, None, None, spec.get("headers", {}))
        media_type = next(iter(content))
        schema_ptr = base + pointer("content", media_type, "schema") if "schema" in content[media_type] else None
        return ResponseSpec(key, media_type, schema_ptr, spec.get("headers", {}))

    def documented_statuses(self, template, method):
        return sorted(k for k in self.operation(template, method)["responses"] if k != "default")

    def request_pointer(self, template, method):
        method = method.lower()
        op = self.operation(template, method)
        if not op or "requestBody" not in op:
            return None
        content = self.deref(op["requestBody"]).get("content", {})
        if "application/json" not in content:
            return None
        return pointer("paths", template, method, "requestBody", "content", "application/json", "schema")

    def request_examples(self, template, method):
        op = self.operation(template, method)
        content = self.deref(op.get("requestBody", {})).get("content", {}).get("application/json", {})
        examples = {name: ex["value"] for name, ex in content.get("examples", {}).items() if "value" in ex}
        if not examples and "example" in content:
            examples = {"example": content["example"]}
        check(examples, f"the OpenAPI document has no request example for {method.upper()} {template}")
        return examples

    def parameter(self, template, method, name):
        op = self.operation(template, method)
        params = list(op.get("parameters", [])) + list(self.data["paths"][template].get("parameters", []))
        for param in params:
            param = self.deref(param)
            if param.get("name") == name:
                return param
        return None


def paging_limits(doc, template):
    """(minimum, maximum, default) of a paged list's `limit`, from the document."""
    param = need(doc.parameter(template, "get", "limit"), f"the limit parameter of GET {template}")
    schema = param["schema"]
    match = re.search(r"[Dd]efaults to (\d+)", param.get("description", ""))
    default = int(match[1]) if match else schema.get("maximum")
    return schema.get("minimum", 1), schema["maximum"], default


# --------------------------------------------------------------------------------------------
# RateLimit headers


_SF_MEMBER = re.compile(r'^"(?P<window>[a-z][a-z0-9_.*-]*)"(?P<params>(?:;[a-z][a-z0-9_.*-]*=\d+)+)$')


def parse_rate_limit(value, keys):
    """Parses a structured-field list like `"minute";r=57;t=12, "hour";r=2800;t=1812`.

    `keys` are the two parameter names each member must carry (r,t or q,w). Returns
    {window: {key: int}}; raises ValueError with a reason.
    """
    windows = {}
    for member in value.split(","):
        member = member.strip(" \t")
        match = _SF_MEMBER.match(member)
        if not match:
            raise ValueError(f'member {member!r} is not "window";{keys[0]}=N;{keys[1]}=N')
        window = match["window"]
        if window not in WINDOW_SECONDS:
            raise ValueError(f"unknown window {window!r}")
        if window in windows:
            raise ValueError(f"window {window!r} appears twice")
        pairs = [p.split("=", 1) for p in match["params"][1:].split(";")]
        names = [name for name, _ in pairs]
        if sorted(names) != sorted(keys):
            raise ValueError(f"window {window!r} has parameters {names}, expected {list(keys)}")
        windows[window] = {name: int(number) for name, number in pairs}
    return windows


def check_rate_limit_pair(rate_limit, policy, required=REQUIRED_WINDOWS):
    """Checks one RateLimit / RateLimit-Policy pair; returns (state, quota); raises ValueError."""
    state = parse_rate_limit(rate_limit, ("r", "t"))
    quota = parse_rate_limit(policy, ("q", "w"))
    for window in required:
        if window not in quota:
            raise ValueError(f'RateLimit-Policy lacks the "{window}" window')
        if window not in state:
            raise ValueError(f'RateLimit lacks the "{window}" window')
    for window, params in quota.items():
        if params["w"] != WINDOW_SECONDS[window]:
            raise ValueError(f'policy window "{window}" has w={params["w"]}')
    for window, params in state.items():
        if window not in quota:
            raise ValueError(f'RateLimit names window "{window}" that RateLimit-Policy lacks')
        if params["r"] > quota[window]["q"]:
            raise ValueError(f'"{window}": remaining r={params["r"]} exceeds quota q={quota[window]["q"]}')
        if params["t"] > quota[window]["w"]:
            raise ValueError(f'"{window}": reset t={params["t"]} exceeds window w={quota[window]["w"]}')
    return state, quota


# --------------------------------------------------------------------------------------------
# cmd / entrypoint / args (BaseContainerConfig)


def decode_args(args):
    """(entrypoint, cmd) that `args` encodes: a JSON object {"entrypoint","cmd"} or a shell string."""
    text = args.strip()
    if text.startswith("{"):
        try:
            value = json.loads(text)
        except ValueError:
            value = None
        if isinstance(value, dict) and set(value) <= {"entrypoint", "cmd"}:
            return list(value.get("entrypoint") or []), list(value.get("cmd") or [])
    return [], shlex.split(args)


def container_command_problem(body):
    """Why a Template or Endpoint body's args/cmd/entrypoint are not the document's, or None."""
    missing = [k for k in ("args", "cmd", "entrypoint") if k not in body]
    if missing:
        return f"lacks {missing} (responses always return args, entrypoint and cmd)"
    if not isinstance(body["args"], str):
        return f"args is {body['args']!r}, not a string"
    for key in ("cmd", "entrypoint"):
        if not (isinstance(body[key], list) and all(isinstance(x, str) for x in body[key])):
            return f"{key} is {body[key]!r}, not a list of strings"
    try:
        decoded = decode_args(body["args"])
    except ValueError as error:
        return f"args {body['args']!r} cannot be split: {error}"
    if decoded != (body["entrypoint"], body["cmd"]):
        return (f"args {body['args']!r} encodes entrypoint {decoded[0]} and cmd {decoded[1]}, but the "
                f"body says entrypoint {body['entrypoint']} and cmd {body['cmd']}")
    return None


# --------------------------------------------------------------------------------------------
# The sandbox process and HTTP


class Sandbox(SandboxRun):
    """One podwarden-sandbox process with its output captured to files."""

    def __init__(self, binary, work_dir, name, seed=None, extra=()):
        super().__init__(Path(work_dir) / name, error=CheckFailed)
        self.binary = binary
        self.name = name
        self.data_dir = self.work_dir / "data"
        self.key_file = self.work_dir / "admin.key"
        self.seed = seed
        self.extra = list(extra)
        self.api_base = self.invoke_base = self.key = None

    def start(self):
        command = [self.binary, "--data", str(self.data_dir), "--port", "0",
                   "--invoke-port", "0", "--admin-key-file", str(self.key_file)] + self.extra
        if self.seed:
            command += ["--seed", self.seed]
        ready = super().start(command)
        self.api_base = ready.get("apiBase")
        self.invoke_base = ready.get("invokeBase")
        for name, base in (("apiBase", self.api_base), ("invokeBase", self.invoke_base)):
            check(isinstance(base, str) and base.startswith("http://127.0.0.1:"),
                  f"ready line {name} is not an http://127.0.0.1:PORT URL: {base!r}")
        check(self.key_file.is_file(), f"no admin key file at {self.key_file} after ready")
        self.key = self.key_file.read_text().strip()
        check(re.fullmatch(r"rpa_[A-Za-z0-9]{40}", self.key),
              "the admin key file does not hold rpa_ followed by 40 alphanumerics")
        return ready


class Response:
    def __init__(self, method, path, status, headers, body, key_sent):
        self.method, self.path, self.status, self.headers, self.body = (
            method, path, status, headers, body)
        self.key_sent = key_sent

    @property
    def what(self):
        return f"{self.method} {self.path}"

    @property
    def media_type(self):
        return (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()

    def json(self):
        try:
            return json.loads(self.body)
        except ValueError as error:
            raise CheckFailed(f"{self.what}: body is not JSON ({error}): {self.body[:200]!r}")


class Observations:
    """What the whole run saw, for the checks at the end."""

    def __init__(self):
        self.coverage = {}            # (template, method) -> {status}
        self.rate_limited = 0         # authenticated responses whose headers were checked
        self.rate_problems = []       # "what: why"
        self.container_bodies = 0
        self.container_problems = []
        self.secret_values = set()    # every secret value and raw key sent or received
        self.leaks = []


_DEFAULT_KEY = object()


class Api:
    """Requests against one sandbox; request bodies are checked against the document first."""

    def __init__(self, base, key, doc, observations):
        self.base = base
        self.key = key
        self.doc = doc
        self.seen = observations
        # Never route loopback requests through an http_proxy from the environment.
        self.opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def call(self, method, path, body=None, raw=None, key=_DEFAULT_KEY, valid=True, query=None):
        """One request. `body` is sent as JSON, `raw` as bytes; key=None sends no Authorization.

        For an operation the document describes, `body` is first validated against its request
        schema: valid=True requires it valid, valid=False requires it invalid (a deliberately
        bad body), valid=None checks nothing (valid by the schema, refused by a documented rule).
        """
        key = self.key if key is _DEFAULT_KEY else key
        if query:
            path = path + ("&" if "?" in path else "?") + urllib.parse.urlencode(query)
        if body is not None and valid is not None:
            template = self.doc.match(path)
            request_ptr = self.doc.request_pointer(template, method) if template else None
            if request_ptr:
                errors = self.doc.errors(request_ptr, body)
                if valid and errors:
                    raise CheckFailed(f"test bug: the {method} {template} body we send is not valid "
                                      f"against the document: {errors[:3]}")
                if not valid and not errors:
                    raise CheckFailed(f"test bug: the deliberately invalid {method} {template} body "
                                      f"is valid against the document: {str(body)[:200]}")
        if isinstance(body, dict) and isinstance(body.get("value"), str) and 8 <= len(body["value"]) <= 4096 \
                and urllib.parse.urlsplit(path).path.startswith("/v2/account/secrets"):
            self.seen.secret_values.add(body["value"])
        data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
        request = urllib.request.Request(self.base + path, data=data, method=method)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        request.add_header("Accept", "application/json")
        if key is not None:
            request.add_header("Authorization", f"Bearer {key}")
        try:
            with self.opener.open(request, timeout=HTTP_TIMEOUT) as reply:
                response = Response(method, path, reply.status, reply.headers, reply.read(),
                                    key is not None)
        except urllib.error.HTTPError as error:
            response = Response(method, path, error.code, error.headers, error.read(), key is not None)
        except (urllib.error.URLError, OSError) as error:
            raise CheckFailed(f"{method} {path}: no HTTP response ({error})")
        self._scan(response)
        return response

    def _scan(self, response):
        if len(response.body) < 1_000_000:
            for value in self.seen.secret_values:
                if value.encode() in response.body:
                    self.seen.leaks.append(f"{response.what} ({response.status}) returned a secret "
                                           f"value or raw key")

    def post_oversized(self, path, head, fill_size, tail):
        """POSTs head + fill_size bytes of "a" + tail, streamed; the server may answer early."""
        parts = urllib.parse.urlsplit(self.base)
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=HTTP_TIMEOUT)
        try:
            connection.putrequest("POST", path)
            connection.putheader("Content-Type", "application/json")
            connection.putheader("Accept", "application/json")
            connection.putheader("Authorization", f"Bearer {self.key}")
            connection.putheader("Content-Length", str(len(head) + fill_size + len(tail)))
            connection.endheaders()
            chunk = b"a" * (1 << 20)
            try:
                connection.send(head)
                sent = 0
                while sent < fill_size:
                    n = min(len(chunk), fill_size - sent)
                    connection.send(chunk[:n])
                    sent += n
                connection.send(tail)
            except (BrokenPipeError, ConnectionResetError):
                pass  # it answered before reading the whole body: the answer is still there
            reply = connection.getresponse()
            response = Response("POST", path, reply.status, reply.headers, reply.read(), True)
        except (OSError, http.client.HTTPException) as error:
            raise CheckFailed(f"POST {path} with {fill_size} bytes: no HTTP response ({error})")
        finally:
            connection.close()
        self._scan(response)
        return response


# --------------------------------------------------------------------------------------------
# Response expectations


class Checker:
    def __init__(self, api):
        self.api = api
        self.doc = api.doc
        self.seen = api.seen

    def expect(self, response, status, schema=None, rate_headers=True):
        """Status; media type and body schema from the document (or `schema`); RateLimit headers.

        Error bodies are always application/problem+json ErrorResponse with a matching status.
        """
        what = response.what
        if response.status != status:
            raise CheckFailed(f"{what}: expected {status}, got {response.status}: "
                              f"{response.body[:300]!r}")
        template = self.doc.match(response.path)
        op = self.doc.operation(template, response.method)
        spec = self.doc.response_spec(template, response.method, status) if op else None
        if op:
            check(spec is not None, f"{what}: {status} is not among the documented responses "
                                    f"{self.doc.documented_statuses(template, response.method)}")
        if response.key_sent and status != 401 and rate_headers:
            self._note_rate_limit_headers(response)

        if status == 204 or (spec is not None and spec.media_type is None and status < 400):
            check(response.body == b"", f"{what}: {status} with a non-empty body {response.body[:100]!r}")
            self._cover(template, response.method, op, status)
            return None
        expected_media = (spec.media_type if spec is not None and spec.media_type
                          else "application/problem+json" if status >= 400 else "application/json")
        check(response.media_type == expected_media,
              f"{what}: {status} with Content-Type {response.headers.get('Content-Type')!r}, "
              f"expected {expected_media}")
        body = response.json()
        if status >= 400:
            self.doc.require_valid("ErrorResponse", body, f"{what} {status} body")
            check(body["status"] == status,
                  f"{what}: problem status {body['status']} differs from HTTP {status}")
        if spec is not None and spec.schema_pointer:
            self.doc.require_valid(spec.schema_pointer, body,
                                   f"{what} {status} body (the document's {spec.key} response)")
        if schema is not None:
            self.doc.require_valid(schema, body, f"{what} {status} body")
        if 200 <= status < 300 and template and _template_key(template) in (
                "/v2/templates", "/v2/templates/{}", "/v2/serverless", "/v2/serverless/{}"):
            items = body.get("templates", body.get("endpoints")) if isinstance(body, dict) else None
            for item in (items if isinstance(items, list) else [body]):
                self.seen.container_bodies += 1
                problem = container_command_problem(item)
                if problem:
                    self.seen.container_problems.append(f"{what} ({item.get('id')}): {problem}")
        self._cover(template, response.method, op, status)
        return body

    def _cover(self, template, method, op, status):
        if op:
            self.seen.coverage.setdefault((template, method.lower()), set()).add(str(status))

    def _note_rate_limit_headers(self, response):
        what = f"{response.what} ({response.status})"
        self.seen.rate_limited += 1
        rate_limit = response.headers.get_all("RateLimit") or []
        policy = response.headers.get_all("RateLimit-Policy") or []
        if len(rate_limit) != 1 or len(policy) != 1:
            self.seen.rate_problems.append(f"{what}: RateLimit {rate_limit}, RateLimit-Policy {policy}")
            return
        try:
            check_rate_limit_pair(rate_limit[0], policy[0])
        except ValueError as error:
            self.seen.rate_problems.append(f"{what}: {rate_limit[0]!r} / {policy[0]!r}: {error}")

    def expect_422(self, response, naming=None):
        problem = self.expect(response, 422)
        errors = problem.get("errors")
        check(isinstance(errors, list) and errors,
              f"{response.what}: 422 without an `errors` list (one string per failure): {problem}")
        if naming:
            check(any(naming in e for e in errors),
                  f"{response.what}: 422 errors {errors} do not name {naming!r}")
        return problem


def assert_echoes(sent, got, where="$"):
    """Every field of the request body comes back with the same value.

    Objects in the response may carry more keys (e.g. cpu[].memory); lists must match
    element by element.
    """
    if isinstance(sent, dict):
        check(isinstance(got, dict), f"{where}: sent an object, got {got!r}")
        for key, value in sent.items():
            check(key in got, f"{where}.{key}: sent but missing from the response")
            assert_echoes(value, got[key], f"{where}.{key}")
    elif isinstance(sent, list):
        check(isinstance(got, list) and len(got) == len(sent),
              f"{where}: sent {sent!r}, got {got!r}")
        for index, (a, b) in enumerate(zip(sent, got)):
            assert_echoes(a, b, f"{where}[{index}]")
    else:
        check(_same_scalar(sent, got), f"{where}: sent {sent!r}, got {got!r}")


def _same_scalar(a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b  # 4 and 4.0 are the same JSON number
    return type(a) is type(b) and a == b


def check_utc_timestamp(value, what):
    check(isinstance(value, str) and _RFC3339.match(value) and value.endswith("Z"),
          f"{what}: {value!r} is not an RFC 3339 UTC timestamp ending in Z")


def parse_time(value):
    return datetime.fromisoformat(value.upper().replace("Z", "+00:00"))


def unique_name(prefix):
    return f"{prefix}{random_tokens.token_hex(4)}"


# --------------------------------------------------------------------------------------------
# Hand-written schemas for the [ext] routes (SERVICE.md 5.2 and 5.3), which the document lacks


def ext_schemas(doc):
    time_or_null = {"type": ["string", "null"], "format": "date-time"}
    statement = {
        "type": "object", "required": ["Effect", "Actions", "Resources"],
        "properties": {"Effect": {"const": "Allow"},
                       "Actions": {"type": "array", "minItems": 1, "items": {"type": "string"}},
                       "Resources": {"type": "array", "minItems": 1, "items": {"type": "string"}}}}
    policy = {"type": "object", "required": ["Version", "Statement"],
              "properties": {"Version": {"type": "string", "minLength": 1},
                             "Statement": {"type": "array", "items": statement}}}
    key_base = {
        "type": "object",
        "required": ["id", "name", "prefix", "legacy", "enabled", "createdAt", "lastUsedAt",
                     "createdBy", "policies"],
        "properties": {
            "id": {"type": "string", "minLength": 1},
            "name": {"type": "string"},
            "prefix": {"type": "string"},
            "legacy": {"type": "boolean"},
            "enabled": {"type": "boolean"},
            "createdAt": {"type": "string", "format": "date-time"},
            "lastUsedAt": time_or_null,
            "createdBy": {"type": "string"},
            "policies": {"type": "array", "items": policy},
            "expiresAt": time_or_null,
            "rolledFrom": {"type": "string"},
        }}
    key = {"allOf": [key_base, {"not": {"required": ["rawKey"]}}]}
    created_key = {"allOf": [key_base, {
        "required": ["rawKey"],
        "properties": {"rawKey": {"type": "string", "pattern": "^rpa_[A-Za-z0-9]{40}$"}}}]}
    event = {
        "type": "object",
        "required": ["id", "at", "actor", "action", "resourceType", "resourceId", "resourceName"],
        "properties": {
            "id": {"type": "string", "minLength": 1},
            "at": {"type": "string", "format": "date-time"},
            "actor": {"type": "object", "required": ["keyId", "keyName", "user"],
                      "properties": {"keyId": {"type": "string"}, "keyName": {"type": "string"},
                                     "user": {"type": "string"}}},
            "action": {"enum": ["created", "renamed", "enabled", "disabled", "policiesChanged",
                                "revoked", "rolled", "expiryChanged", "valueUpdated",
                                "descriptionUpdated", "deleted", "updated"]},
            "resourceType": {"enum": ["apiKey", "secret", "template", "endpoint", "pod"]},
            "resourceId": {"type": "string"},
            "resourceName": {"type": "string"},
            "changes": {"type": "object"},
        }}
    pagination = doc.ref("Pagination")
    return {
        "ApiKey": key,
        "CreatedApiKey": created_key,
        "ListApiKeysResponse": {"type": "object", "required": ["apiKeys", "pagination"],
                                "properties": {"apiKeys": {"type": "array", "items": key},
                                               "pagination": pagination}},
        "ListEventsResponse": {"type": "object", "required": ["events", "pagination"],
                               "properties": {"events": {"type": "array", "items": event},
                                              "pagination": pagination}},
    }


POLICY_VERSION = "2024-09-01"


def policy_documents(api=None, serverless=None):
    statements = []
    if api:
        statements.append({"Effect": "Allow", "Actions": [f"api:{a}" for a in api],
                           "Resources": ["runpod/api/*"]})
    if serverless:
        statements.append({"Effect": "Allow", "Actions": [f"serverless:{a}" for a in serverless],
                           "Resources": ["runpod/serverless/*/*/*"]})
    return [{"Version": POLICY_VERSION, "Statement": statements}]


# --------------------------------------------------------------------------------------------
# Self-checks


def covered_operations(doc):
    """(template, method) the document describes and the sandbox serves."""
    served = {(_template_key(t), m) for t, m in SANDBOX_ROUTES}
    return sorted((t, m) for t, m in doc.operations() if (_template_key(t), m) in served)


def _jsonschema_version():
    try:
        return importlib.metadata.version("jsonschema")
    except importlib.metadata.PackageNotFoundError:
        return "?"


def self_checks(doc, august_path):
    with case("self-check: the document"):
        check(doc.has_schema("Pagination") and "/v2/account/secrets" in doc.data["paths"],
              f"{doc.path.name} lacks Pagination or /v2/account/secrets: it is not the September "
              "2026 document (runpod-rest-v2-2026-09.openapi.json)")
        ok(f"{doc.path.name} is the September 2026 document (OpenAPI {doc.data.get('openapi')}, "
           f"API {doc.data['info'].get('version')}): it has secrets routes and Pagination")

    with case("self-check: validator"):
        template = next(iter(doc.deref(doc.operation("/v2/templates", "post")["responses"]["201"])
                             ["content"]["application/json"]["examples"].values()))["value"]
        doc.require_valid("Template", template, "the document's own Template example")
        broken = {k: v for k, v in template.items() if k != "id"}
        check(doc.errors("Template", broken),
              "the validator accepted a Template without `id`: $refs are not being resolved")
        check(doc.errors("CreateTemplateRequest", {"name": "x", "image": "y", "bogus": 1}),
              "the validator accepted an unknown field in CreateTemplateRequest "
              "(unevaluatedProperties not enforced)")
        check(doc.errors("UpdateEndpointGpuConfig", {"excludedTypes": ["NVIDIA L40"]}),
              "the validator accepted excludedTypes without pools (dependentRequired not enforced)")
        check(doc.errors("UpdateSecretRequest", {}), "the validator accepted an empty UpdateSecretRequest")
        request_ptr = doc.request_pointer("/v2/account/secrets", "post")
        check(not doc.errors(request_ptr, {"name": "a", "value": "b"}) and
              doc.errors(request_ptr, {"name": "a"}),
              "a request schema addressed by JSON pointer into paths is not resolved")
        ok(f"validator resolves $refs against the whole document ({doc.resolution}, jsonschema "
           f"{_jsonschema_version()}): the Template example passes; no id, an unknown field, "
           "excludedTypes without pools and an empty secret update fail")

    with case("self-check: RateLimit parser"):
        samples = [doc.data["components"]["schemas"][name].get("examples", [None])[0]
                   for name in ("RateLimitHeader", "RateLimitPolicyHeader")]
        check(all(samples), "the document lacks the RateLimit header examples")
        state, quota = check_rate_limit_pair(samples[0], samples[1])
        check(sorted(state) == sorted(REQUIRED_WINDOWS),
              f"the document's RateLimit example has windows {sorted(state)}")
        for bad in ('"minute";r=57;t=12', 'minute;r=57;t=12, "hour";r=1;t=1, "day";r=1;t=1',
                    '"minute";r=57, "hour";r=1;t=1, "day";r=1;t=1',
                    '"week";r=1;t=1, "minute";r=1;t=1, "hour";r=1;t=1, "day";r=1;t=1'):
            try:
                check_rate_limit_pair(bad, samples[1])
            except ValueError:
                continue
            raise CheckFailed(f"the RateLimit parser accepted {bad!r}")
        ok("RateLimit parser accepts the document's examples (minute, hour and day windows) and "
           "rejects a single window, an unquoted name, a missing parameter and an unknown window")

    with case("self-check: covered routes"):
        covered = covered_operations(doc)
        paths = sorted({t for t, _ in covered})
        expected = ["/v2/account/secrets", "/v2/account/secrets/{id}", "/v2/pods", "/v2/pods/{id}",
                    "/v2/pods/{id}/action", "/v2/serverless", "/v2/serverless/{id}",
                    "/v2/serverless/{id}/builds", "/v2/serverless/{id}/builds/{buildId}",
                    "/v2/serverless/{id}/releases", "/v2/serverless/{id}/workers", "/v2/templates",
                    "/v2/templates/{id}"]
        check(paths == expected, f"document paths served by the sandbox are {paths}, expected {expected}")
        uncovered = sorted({t for t, m in SANDBOX_ROUTES
                            if _template_key(t) not in {_template_key(p) for p in paths}})
        check(set(uncovered) == EXT_PATHS | SANDBOX_ONLY_PATHS,
              f"sandbox routes outside the document: {uncovered}")
        ok(f"the document covers {len(covered)} of the sandbox's operations on {len(paths)} paths; "
           f"outside it: {', '.join(uncovered)} ([ext] and sandbox-only)")

    if not august_path or not Path(august_path).is_file():
        print(f"skip  self-check: August and September list shapes differ: the August document "
              f"{august_path} is absent", flush=True)
        return
    with case("self-check: August and September list shapes differ"):
        august = Document(august_path)
        bare = {"templates": [], "endpoints": []}
        for name in ("ListTemplatesResponse", "ListEndpointsResponse"):
            key = "templates" if "Template" in name else "endpoints"
            body = {key: bare[key]}
            check(not august.errors(name, body),
                  f"a {name} without pagination is invalid against the August document: "
                  f"{august.errors(name, body)}")
            check(doc.errors(name, body),
                  f"a {name} without pagination is valid against the September document")
            paged = dict(body, pagination={"nextCursor": None, "hasNextPage": False})
            check(not doc.errors(name, paged), f"a paged {name} is invalid: {doc.errors(name, paged)}")
        check(not august.has_schema("Pagination") and "/v2/account/secrets" not in august.data["paths"],
              "the August document already has Pagination or the secrets routes")
        ok("a list body without `pagination` (the August shape) is valid against the August "
           "ListTemplatesResponse and ListEndpointsResponse and invalid against September's; "
           "with `pagination` it is valid against September's")


# --------------------------------------------------------------------------------------------
# Lists and paging


def walk(checker, path, schema, items_key, limit=None, query=None, max_pages=5000):
    """Follows nextCursor to the end. Returns (items, pages)."""
    items, pages, seen_cursors = [], 0, set()
    cursor = None
    while True:
        params = dict(query or {})
        if limit is not None:
            params["limit"] = limit
        if cursor is not None:
            params["cursor"] = cursor
        response = checker.api.call("GET", path, query=params or None)
        body = checker.expect(response, 200, schema)
        page = body.get(items_key)
        pagination = body.get("pagination")
        check(isinstance(page, list) and isinstance(pagination, dict),
              f"{response.what}: no `{items_key}` list or no `pagination` object")
        has_next, next_cursor = pagination.get("hasNextPage"), pagination.get("nextCursor")
        check((next_cursor is None) == (has_next is False),
              f"{response.what}: hasNextPage {has_next} with nextCursor {next_cursor!r}")
        if limit is not None:
            check(len(page) <= limit, f"{response.what}: {len(page)} items on a page of limit {limit}")
        items += page
        pages += 1
        if not has_next:
            return items, pages
        check(next_cursor not in seen_cursors, f"{response.what}: nextCursor {next_cursor!r} repeats")
        check(pages < max_pages, f"GET {path}: more than {max_pages} pages")
        seen_cursors.add(next_cursor)
        cursor = next_cursor


class PagedList:
    def __init__(self, name, path, items_key, schema=None, limits=(1, 1000, 1000), order=None,
                 query=None, compare_whole=True):
        self.name, self.path, self.items_key, self.schema = name, path, items_key, schema
        self.limits = limits
        self.order = order          # a timestamp field the list is sorted on, newest first
        self.query = query
        self.compare_whole = compare_whole  # False when items change on every request (lastUsedAt)


def check_paging(checker, paged, page_size, min_pages=2):
    """Walks one list unpaged and with `page_size`; every item once, the same set."""
    with case(f"paging {paged.name} (limit={page_size})"):
        everything, first_pages = walk(checker, paged.path, paged.schema, paged.items_key, query=paged.query)
        _, maximum, default = paged.limits
        check(first_pages == 1 or len(everything) > default,
              f"GET {paged.path}: {len(everything)} items took {first_pages} pages at the default "
              f"limit of {default}")
        items, pages = walk(checker, paged.path, paged.schema, paged.items_key, limit=page_size,
                            query=paged.query)
        ids = [item["id"] for item in items]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        check(not duplicates, f"GET {paged.path} limit={page_size}: items seen twice: {duplicates[:5]}")
        all_ids = [item["id"] for item in everything]
        check(set(ids) == set(all_ids),
              f"GET {paged.path} limit={page_size}: the pages hold {len(ids)} items, the unpaged list "
              f"{len(all_ids)}; missing {sorted(set(all_ids) - set(ids))[:5]}, extra "
              f"{sorted(set(ids) - set(all_ids))[:5]}")
        check(ids == all_ids, f"GET {paged.path}: the pages list the items in another order than the "
                              "unpaged list")
        if paged.compare_whole:
            check(items == everything, f"GET {paged.path}: an item differs between the paged and the "
                                       "unpaged list")
        check(pages >= min_pages, f"GET {paged.path}: {len(items)} items fit on {pages} page(s) of "
                                  f"{page_size}: the walk proves nothing (the seed is too small)")
        if paged.order:
            times = [parse_time(item[paged.order]) for item in items if item.get(paged.order)]
            check(all(a >= b for a, b in zip(times, times[1:])),
                  f"GET {paged.path}: not newest first by {paged.order}")
        ok(f"GET {paged.path}{'?' + urllib.parse.urlencode(paged.query) if paged.query else ''}: "
           f"{len(items)} items on {pages} pages of {page_size}, each once, the same as the unpaged "
           f"list{', newest first' if paged.order else ''}")
        return items


def check_paging_refusals(checker, paged, foreign_cursor=None, foreign_what=None):
    """limit out of range or not a number, a malformed or foreign cursor: 422 problem+json."""
    minimum, maximum, _ = paged.limits
    with case(f"paging {paged.name}: bad limit"):
        for limit in (minimum - 1, maximum + 1, "x"):
            checker.expect_422(checker.api.call("GET", paged.path,
                                                query=dict(paged.query or {}, limit=limit)))
        ok(f"GET {paged.path} with limit {minimum - 1}, {maximum + 1} and \"x\": 422 problem+json "
           "with errors")
    with case(f"paging {paged.name}: bad cursor"):
        for cursor in ("not a cursor!", "eyJub3QiOiJhIGN1cnNvciJ9", "Y3JlYXRlZEF0PTE3NDg3ODA0MDA"):
            checker.expect(checker.api.call("GET", paged.path,
                                            query=dict(paged.query or {}, cursor=cursor)), 422)
        ok(f"GET {paged.path} with a malformed cursor (and the document's example cursor): "
           "422 problem+json")
    if foreign_cursor is not None:
        with case(f"paging {paged.name}: foreign cursor"):
            checker.expect(checker.api.call("GET", paged.path,
                                            query=dict(paged.query or {}, cursor=foreign_cursor)), 422)
            ok(f"GET {paged.path} with a cursor of {foreign_what}: 422 problem+json")


def first_cursor(checker, path, items_key, schema=None, query=None):
    body = checker.expect(checker.api.call("GET", path, query=dict(query or {}, limit=1)), 200, schema)
    cursor = body["pagination"]["nextCursor"]
    check(cursor, f"GET {path}?limit=1: no nextCursor (the list needs at least two items)")
    return cursor


# Each paged list's items key, the timestamp it is ordered on (newest first) if any, and which
# fixture names the endpoint a per-endpoint list is read for.
PAGED_LIST_KEYS = {
    "/v2/templates": ("templates", None, None),
    "/v2/serverless": ("endpoints", "createdAt", None),
    "/v2/serverless/{id}/builds": ("builds", None, "build_endpoint"),
    "/v2/serverless/{id}/releases": ("releases", None, "release_endpoint"),
    "/v2/pods": ("pods", "createdAt", None),
}


def official_paged_lists(doc, fixtures):
    """The document's paged lists among the covered operations, with their limits."""
    lists = []
    for template, method in covered_operations(doc):
        if method != "get" or not doc.parameter(template, method, "cursor"):
            continue
        key, order, endpoint_fixture = PAGED_LIST_KEYS[template]
        path = template
        if endpoint_fixture:
            endpoint_id = fixtures.get(endpoint_fixture) or fixtures.get("endpoint")
            path = template.replace("{id}", need(endpoint_id, "an endpoint id"))
        # A pod's runtime.uptime moves between two reads of the same pod.
        lists.append(PagedList(template, path, key, limits=paging_limits(doc, template), order=order,
                               compare_whole=template != "/v2/pods"))
    return lists


def ext_paged_lists(ext, query=None):
    return [
        PagedList("[ext] api-keys", "/v2/account/api-keys", "apiKeys", ext["ListApiKeysResponse"],
                  compare_whole=False),
        PagedList("[ext] events", "/v2/account/events", "events", ext["ListEventsResponse"],
                  order="at", query=query),
    ]


def gather_fixtures(api):
    """Ids the later checks work on, read without judging the bodies (other checks do that)."""
    fixtures = {}

    def items(path, key):
        response = api.call("GET", path)
        with contextlib.suppress(CheckFailed, AttributeError, TypeError):
            if response.status == 200:
                found = response.json().get(key)
                return found if isinstance(found, list) else []
        return []

    with case("ids of the seeded account"):
        templates = items("/v2/templates", "templates")
        endpoints = items("/v2/serverless", "endpoints")
        secrets_list = items("/v2/account/secrets", "secrets")
        check(templates and endpoints and secrets_list,
              "GET /v2/templates, /v2/serverless or /v2/account/secrets gave no items to work on")
        fixtures["template"] = templates[0]["id"]
        fixtures["endpoints"] = [e["id"] for e in endpoints]
        fixtures["endpoint"] = endpoints[0]["id"]
        fixtures["secret"] = secrets_list[0]["id"]
        counts = {e: len(items(f"/v2/serverless/{e}/builds", "builds")) for e in fixtures["endpoints"]}
        fixtures["build_counts"] = counts
        best = max(counts, key=counts.get)
        if counts[best]:
            fixtures["build_endpoint"] = best
            fixtures["build"] = items(f"/v2/serverless/{best}/builds", "builds")[0]["id"]
        releases = {e: len(items(f"/v2/serverless/{e}/releases", "releases")) for e in fixtures["endpoints"]}
        fixtures["release_endpoint"] = max(releases, key=releases.get)
        pods = items("/v2/pods", "pods")
        if pods:
            fixtures["pod"] = pods[0]["id"]
            fixtures["pods"] = [p["id"] for p in pods]
        ok(f"the seeded account: {len(templates)} templates, {len(endpoints)} endpoints, "
           f"{len(secrets_list)} secrets, {sum(counts.values())} builds ({counts[best]} on {best}), "
           f"{sum(releases.values())} releases, {len(pods)} pods")
    return fixtures


def check_lists(checker, ext, fixtures):
    api = checker.api
    with case("GET /v2/templates"):
        body = checker.expect(api.call("GET", "/v2/templates"), 200)
        check(len(body["templates"]) == DEMO_TEMPLATES,
              f"demo seed has {DEMO_TEMPLATES} templates, got {len(body['templates'])}")
        check(body["pagination"] == {"nextCursor": None, "hasNextPage": False},
              f"an unpaged list of {DEMO_TEMPLATES} has pagination {body['pagination']}")
        ok(f"GET /v2/templates: 200, ListTemplatesResponse with pagination, {DEMO_TEMPLATES} templates")
    with case("GET /v2/serverless"):
        body = checker.expect(api.call("GET", "/v2/serverless"), 200)
        check(len(body["endpoints"]) == DEMO_ENDPOINTS,
              f"demo seed has {DEMO_ENDPOINTS} endpoints, got {len(body['endpoints'])}")
        check(body["pagination"] == {"nextCursor": None, "hasNextPage": False},
              f"an unpaged list of {DEMO_ENDPOINTS} has pagination {body['pagination']}")
        ok(f"GET /v2/serverless: 200, ListEndpointsResponse with pagination, {DEMO_ENDPOINTS} endpoints")
    with case("GET /v2/account/secrets"):
        body = checker.expect(api.call("GET", "/v2/account/secrets"), 200)
        check(body["secrets"], "the demo seed has no secrets")
        ok(f"GET /v2/account/secrets: 200, ListSecretsResponse (not paged), "
           f"{len(body['secrets'])} secrets, no value in any")
    with case("GET /v2/serverless/{id}/builds"):
        counts = {}
        for endpoint_id in need(fixtures.get("endpoints"), "the endpoint list"):
            body = checker.expect(api.call("GET", f"/v2/serverless/{endpoint_id}/builds"), 200)
            counts[endpoint_id] = len(body["builds"])
        best = max(counts, key=counts.get)
        check(counts[best] > DEMO_PAGE, f"no demo endpoint has more than {DEMO_PAGE} builds to page "
                                        f"through: {counts}")
        ok(f"GET /v2/serverless/{{id}}/builds for all {len(counts)} demo endpoints: 200, "
           f"ListEndpointBuildsResponse; {sum(counts.values())} builds, {counts[best]} on {best}")
    with case("[ext] GET /v2/account/api-keys and /v2/account/events"):
        body = checker.expect(api.call("GET", "/v2/account/api-keys"), 200, ext["ListApiKeysResponse"])
        events = checker.expect(api.call("GET", "/v2/account/events"), 200, ext["ListEventsResponse"])
        ok(f"[ext] GET /v2/account/api-keys ({len(body['apiKeys'])} keys) and /v2/account/events "
           f"({len(events['events'])} events): 200, SERVICE.md's shapes with `pagination`")


def check_all_paging(checker, doc, ext, fixtures, page_size):
    endpoint_id = fixtures.get("build_endpoint") or fixtures.get("endpoint")
    lists = []
    with case("paged lists"):
        lists += official_paged_lists(doc, fixtures) + ext_paged_lists(ext)
        ok(f"paged lists: {', '.join(p.name for p in lists)} (the document's cursor-paginated "
           "GETs among the covered routes, and SERVICE.md's [ext] lists)")
    for paged in lists:
        check_paging(checker, paged, page_size)
    cursors = {}
    for paged in lists:
        with case(f"paging {paged.name}: a first cursor"):
            cursors[paged.name] = first_cursor(checker, paged.path, paged.items_key, paged.schema)
    names = [p.name for p in lists]
    for index, paged in enumerate(lists):
        other = names[(index + 1) % len(names)]
        check_paging_refusals(checker, paged, cursors.get(other), f"GET {other}")
    with case("paging builds: another endpoint's cursor"):
        endpoints = need(fixtures.get("endpoints"), "the endpoint list")
        path = f"/v2/serverless/{need(endpoint_id, 'an endpoint with builds')}/builds"
        cursor = first_cursor(checker, path, "builds")
        other = next(e for e in endpoints if e != endpoint_id)
        checker.expect(checker.api.call("GET", f"/v2/serverless/{other}/builds", query={"cursor": cursor}), 422)
        ok("GET /v2/serverless/{id}/builds with a cursor issued for another endpoint's builds: 422 "
           "problem+json (a cursor is valid only for the parameters that issued it)")
    with case("paging releases: another endpoint's cursor"):
        endpoints = need(fixtures.get("endpoints"), "the endpoint list")
        releasing = need(fixtures.get("release_endpoint"), "an endpoint with releases")
        cursor = first_cursor(checker, f"/v2/serverless/{releasing}/releases", "releases")
        other = next(e for e in endpoints if e != releasing)
        checker.expect(checker.api.call("GET", f"/v2/serverless/{other}/releases", query={"cursor": cursor}), 422)
        ok("GET /v2/serverless/{id}/releases with a cursor issued for another endpoint's releases: 422 "
           "problem+json")
    with case("paging [ext] events: another filter's cursor"):
        cursor = first_cursor(checker, "/v2/account/events", "events", ext["ListEventsResponse"],
                              query={"resourceType": "apiKey"})
        checker.expect(checker.api.call("GET", "/v2/account/events",
                                        query={"resourceType": "secret", "cursor": cursor}), 422)
        ok("[ext] GET /v2/account/events?resourceType=secret with a cursor of resourceType=apiKey: "
           "422 problem+json")


def check_large_paging(binary, work_dir, doc, ext, seen):
    sandbox = Sandbox(binary, work_dir, "large", seed=f"large:{LARGE_SEED}", extra=GENEROUS_RATE)
    with sandbox_running(sandbox, f"--seed large:{LARGE_SEED}") as started:
        if not started:
            return
        checker = Checker(Api(sandbox.api_base, sandbox.key, doc, seen))
        fixtures = gather_fixtures(checker.api)
        with case("large: lists"):
            body = checker.expect(checker.api.call("GET", "/v2/serverless"), 200)
            counts = need(fixtures.get("build_counts"), "the build counts")
            secrets_body = checker.expect(checker.api.call("GET", "/v2/account/secrets"), 200)
            templates = checker.expect(checker.api.call("GET", "/v2/templates"), 200)
            check(len(body["endpoints"]) == LARGE_SEED // 10 and len(templates["templates"]) == LARGE_SEED // 20
                  and len(secrets_body["secrets"]) == LARGE_SEED // 10,
                  f"large:{LARGE_SEED} holds {len(body['endpoints'])} endpoints, "
                  f"{len(templates['templates'])} templates, {len(secrets_body['secrets'])} secrets; "
                  f"SERVICE.md says N/10, N/20, N/10")
            ok(f"large:{LARGE_SEED}: {len(body['endpoints'])} endpoints, {len(templates['templates'])} "
               f"templates, {len(secrets_body['secrets'])} secrets (not paged, all in one body), "
               f"{max(counts.values())} builds on the busiest endpoint")
        lists = []
        with case("large: paged lists"):
            lists += official_paged_lists(doc, fixtures) + ext_paged_lists(ext)
            ok(f"large: paged lists {', '.join(p.name for p in lists)}")
        with case("large: workers and pods"):
            endpoint_ids = need(fixtures.get("endpoints"), "the endpoint list")
            counts = [len(checker.expect(checker.api.call("GET", f"/v2/serverless/{e}/workers"), 200)["workers"])
                      for e in endpoint_ids[:20]]
            check(all(c in (1, 2) for c in counts), f"large: worker counts {counts}, expected 1 or 2 each")
            pods = len(need(fixtures.get("pods"), "the pod list"))
            check(pods == LARGE_SEED // 100, f"large:{LARGE_SEED} holds {pods} pods; expected N/100")
            ok(f"large:{LARGE_SEED}: 1 or 2 workers on each of the first {len(counts)} endpoints, {pods} pods")
        for paged in lists:
            # One release an endpoint, few builds and N/100 pods: too few to need a second page.
            short = paged.items_key in ("builds", "releases", "pods")
            check_paging(checker, paged, LARGE_PAGE, min_pages=1 if short else 2)


# --------------------------------------------------------------------------------------------
# Secrets


def check_secrets(checker, doc, ext):
    api, seen = checker.api, checker.seen
    collection = "/v2/account/secrets"
    name = unique_name("contract/hf-token.")
    value = "pw-contract-" + random_tokens.token_hex(16)
    seen.secret_values.add(value)
    state = {}

    with case("secrets: create"):
        body = {"name": name, "value": value, "description": "first description"}
        created = checker.expect(api.call("POST", collection, body), 201)
        check("value" not in created, f"POST {collection}: the response carries `value`")
        check(created["name"] == name and created.get("description") == "first description",
              f"POST {collection}: name/description not as sent: {created}")
        check_utc_timestamp(created["createdAt"], "createdAt")
        check(created.get("valueLastUpdatedAt") == created["createdAt"],
              f"valueLastUpdatedAt {created.get('valueLastUpdatedAt')!r} differs from createdAt at creation")
        state["secret"] = created
        ok(f"POST {collection} ({name}): 201, Secret, no value in the body, valueLastUpdatedAt = createdAt")

    with case("secrets: get and list"):
        created = need(state.get("secret"), "the created secret")
        path = f"{collection}/{created['id']}"
        fetched = checker.expect(api.call("GET", path), 200)
        check(fetched == created, f"GET {path} differs from the POST response: {fetched} vs {created}")
        listed = checker.expect(api.call("GET", collection), 200)
        check([s for s in listed["secrets"] if s["id"] == created["id"]] == [created],
              f"GET {collection}: the new secret is not listed as created")
        ok(f"GET {path}: 200, Secret, same as created; listed in GET {collection}")

    with case("secrets: ?name= is case-insensitive"):
        created = need(state.get("secret"), "the created secret")
        for variant in (name.upper(), name, name.title()):
            found = checker.expect(api.call("GET", collection, query={"name": variant}), 200)
            check([s["id"] for s in found["secrets"]] == [created["id"]],
                  f"GET {collection}?name={variant}: expected only {created['id']}, got "
                  f"{[s['id'] for s in found['secrets']]}")
        none = checker.expect(api.call("GET", collection, query={"name": name + "-absent"}), 200)
        check(none["secrets"] == [], f"GET {collection}?name=<absent>: {none['secrets']}")
        ok(f"GET {collection}?name= with the name upper-cased, as is and title-cased: only that "
           "secret; an absent name: an empty list")

    with case("secrets: PATCH value"):
        created = need(state.get("secret"), "the created secret")
        path = f"{collection}/{created['id']}"
        time.sleep(1.1)  # timestamps may have one-second resolution
        new_value = "pw-contract-rotated-" + random_tokens.token_hex(16)
        seen.secret_values.add(new_value)
        patched = checker.expect(api.call("PATCH", path, {"value": new_value}), 200)
        check("value" not in patched, f"PATCH {path}: the response carries `value`")
        check(parse_time(patched["valueLastUpdatedAt"]) > parse_time(created["valueLastUpdatedAt"]),
              f"PATCH {path} value: valueLastUpdatedAt did not advance ({patched['valueLastUpdatedAt']})")
        check({k: patched.get(k) for k in ("name", "description", "createdAt")} ==
              {k: created.get(k) for k in ("name", "description", "createdAt")},
              f"PATCH {path} value changed other fields: {patched}")
        check(checker.expect(api.call("GET", path), 200) == patched, f"GET {path} after PATCH differs")
        state["secret"] = patched
        ok(f"PATCH {path} {{value}}: 200, Secret, valueLastUpdatedAt advanced, name, description and "
           "createdAt kept, no value in the body; GET agrees")

    with case("secrets: PATCH description"):
        current = need(state.get("secret"), "the secret")
        path = f"{collection}/{current['id']}"
        patched = checker.expect(api.call("PATCH", path, {"description": "second description"}), 200)
        check(patched.get("description") == "second description", f"description is {patched.get('description')!r}")
        check(patched["valueLastUpdatedAt"] == current["valueLastUpdatedAt"],
              "PATCH description moved valueLastUpdatedAt")
        state["secret"] = patched
        ok(f"PATCH {path} {{description}}: 200, description changed, valueLastUpdatedAt kept")

    with case("secrets: PATCH value and description"):
        current = need(state.get("secret"), "the secret")
        path = f"{collection}/{current['id']}"
        time.sleep(1.1)
        third = "pw-contract-third-" + random_tokens.token_hex(16)
        seen.secret_values.add(third)
        patched = checker.expect(api.call("PATCH", path, {"value": third, "description": "third"}), 200)
        check(patched.get("description") == "third" and
              parse_time(patched["valueLastUpdatedAt"]) > parse_time(current["valueLastUpdatedAt"]),
              f"PATCH both: {patched}")
        state["secret"] = patched
        ok(f"PATCH {path} {{value, description}}: 200, both changed")

    with case("secrets: \"\" clears the description"):
        current = need(state.get("secret"), "the secret")
        path = f"{collection}/{current['id']}"
        patched = checker.expect(api.call("PATCH", path, {"description": ""}), 200)
        check(patched.get("description") in (None, ""),
              f"PATCH {{description: \"\"}}: description is {patched.get('description')!r}")
        state["secret"] = patched
        ok(f"PATCH {path} {{description: \"\"}}: 200, description cleared "
           f"({json.dumps(patched.get('description'))})")

    with case("secrets: 409 for a taken name"):
        need(state.get("secret"), "the secret")
        text = doc.operation(collection, "post")["responses"]["409"]["description"]
        problem = checker.expect(api.call("POST", collection, {"name": name, "value": "other-value"}), 409)
        check(problem["detail"] == text, f"409 detail {problem['detail']!r}, the document says {text!r}")
        ok(f"POST {collection} with a taken name: 409 problem+json, detail {text!r}")

    with case("secrets: invalid bodies (422)"):
        invalid_creates = [
            ({"name": unique_name("c_"), "value": "v", "bogus": 1}, "bogus"),
            ({"name": unique_name("c_")}, "value"),
            ({"name": unique_name("c_"), "value": ""}, "value"),
            ({"name": "9lives", "value": "v"}, "name"),
            ({"name": "has space", "value": "v"}, "name"),
            ({"name": "a" * 192, "value": "v"}, "name"),
            ({"name": unique_name("c_"), "value": "v", "description": 7}, "description"),
        ]
        for body, field in invalid_creates:
            checker.expect_422(api.call("POST", collection, body, valid=False), naming=field)
        current = need(state.get("secret"), "the secret")
        path = f"{collection}/{current['id']}"
        for body, field in (({}, None), ({"name": "renamed"}, "name"), ({"value": ""}, "value"),
                            ({"description": "x", "bogus": 1}, "bogus")):
            checker.expect_422(api.call("PATCH", path, body, valid=False), naming=field)
        ok(f"{len(invalid_creates)} CreateSecretRequest and 4 UpdateSecretRequest bodies the "
           "document's schemas reject (unknown field, missing or empty value, bad names, 192 "
           "characters, renaming, empty update): 422 problem+json naming the field")

    with case("secrets: rules beyond the schema (422)"):
        for bad in ("RUNPOD_TOKEN", "runpodKey", "Runpod.x"):
            checker.expect_422(api.call("POST", collection, {"name": bad, "value": "v"}, valid=None),
                               naming="name")
        # 65,535 bytes at most: 32,768 two-byte characters pass the schema's maxLength.
        checker.expect_422(api.call("POST", collection, {"name": unique_name("c_"), "value": "v",
                                                         "description": "é" * 32768}, valid=None),
                           naming="description")
        ok(f"POST {collection} with names beginning RUNPOD in any case, and a 65,536-byte "
           "description of 32,768 characters: 422 problem+json")

    with case("secrets: value size (16 MiB)"):
        big_name = unique_name("contract_big_")
        almost = checker.expect(api.call("POST", collection,
                                         {"name": big_name, "value": "a" * (MIB16 - 1)}), 201)
        checker.expect_422(api.call("POST", collection,
                                    {"name": unique_name("c_"), "value": "a" * MIB16}, valid=None),
                           naming="value")
        checker.expect_422(api.call("POST", collection,
                                    {"name": unique_name("c_"), "value": "é" * (MIB16 // 2)},
                                    valid=None), naming="value")
        checker.expect(api.call("DELETE", f"{collection}/{almost['id']}"), 204)
        ok(f"POST {collection}: a value of 16 MiB - 1 bytes 201; 16 MiB of ASCII and 8 Mi "
           "two-byte characters (16 MiB, under the schema's character limit) 422")

    with case("secrets: 404"):
        for method, body in (("GET", None), ("PATCH", {"description": "x"}), ("DELETE", None)):
            checker.expect(api.call(method, f"{collection}/sec_doesnotexist0", body), 404)
        ok(f"GET, PATCH and DELETE {collection}/sec_doesnotexist0: 404 problem+json")

    with case("secrets: DELETE"):
        current = need(state.get("secret"), "the secret")
        path = f"{collection}/{current['id']}"
        checker.expect(api.call("DELETE", path), 204)
        checker.expect(api.call("GET", path), 404)
        checker.expect(api.call("DELETE", path), 404)
        listed = checker.expect(api.call("GET", collection), 200)
        check(current["id"] not in [s["id"] for s in listed["secrets"]], "the deleted secret is still listed")
        ok(f"DELETE {path}: 204, empty; then GET and DELETE 404, and it is no longer listed")

    with case("[ext] secrets: audit events"):
        current = need(state.get("secret"), "the secret")
        body = checker.expect(api.call("GET", "/v2/account/events",
                                       query={"resourceType": "secret", "resourceId": current["id"]}),
                              200, ext["ListEventsResponse"])
        actions = [e["action"] for e in body["events"]]
        check(all(e["resourceType"] == "secret" and e["resourceId"] == current["id"]
                  for e in body["events"]), "the filter let other resources through")
        for action in ("created", "valueUpdated", "descriptionUpdated", "deleted"):
            check(action in actions, f"no {action!r} event for the secret: {actions}")
        ok(f"[ext] GET /v2/account/events?resourceType=secret&resourceId=...: {actions} (newest "
           "first), no value in any")


# --------------------------------------------------------------------------------------------
# Templates and endpoints


def check_crud(checker, collection, kind, create_body, patches, prefix=None, after_create=None):
    """POST, GET, each PATCH (then GET), DELETE, GET(404) on one resource collection."""
    api = checker.api
    state = {}
    label = create_body.get("name")
    with case(f"{kind} CRUD ({label}): create"):
        created = checker.expect(api.call("POST", collection, create_body), 201)
        if prefix:
            check(created["id"].startswith(prefix), f"POST {collection}: id {created['id']!r} lacks {prefix}")
        assert_echoes(create_body, created)
        if after_create:
            after_create(created)
        state["item"] = created
        ok(f"POST {collection} ({label}): 201, {kind}, id {created['id']}, request fields echoed")
    with case(f"{kind} CRUD ({label}): get"):
        created = need(state.get("item"), f"the created {kind}")
        path = f"{collection}/{created['id']}"
        fetched = checker.expect(api.call("GET", path), 200)
        check(fetched == created, f"GET {path} differs from the POST response:\n    POST: {created}\n"
                                  f"    GET:  {fetched}")
        ok(f"GET {path}: 200, {kind}, same as created")
    for patch_name, patch in patches:
        with case(f"{kind} CRUD ({label}): PATCH {patch_name}"):
            current = need(state.get("item"), f"the created {kind}")
            path = f"{collection}/{current['id']}"
            patched = checker.expect(api.call("PATCH", path, patch), 200)
            check(patched["id"] == current["id"], f"PATCH {path}: id changed to {patched['id']!r}")
            assert_echoes(patch, patched)
            if "env" in patch:
                check(patched["env"] == patch["env"], f"PATCH {path}: env was not replaced whole: sent "
                                                      f"{patch['env']}, got {patched['env']}")
            for key, value in current.items():
                if key not in patch and key not in ("requestUrls",):
                    assert_echoes(value, patched.get(key), f"$.{key} (not in the PATCH)")
            fetched = checker.expect(api.call("GET", path), 200)
            check(fetched == patched, f"GET {path} after PATCH differs from the PATCH response")
            state["item"] = patched
            ok(f"PATCH {path} {patch_name} {sorted(patch)}: 200, {kind}, sent fields changed"
               f"{', env replaced whole' if 'env' in patch else ''}, others kept; GET agrees")
    with case(f"{kind} CRUD ({label}): delete"):
        current = need(state.get("item"), f"the created {kind}")
        path = f"{collection}/{current['id']}"
        checker.expect(api.call("DELETE", path), 204)
        checker.expect(api.call("GET", path), 404)
        ok(f"DELETE {path}: 204, empty body; GET after it: 404 problem+json")


def check_templates(checker, doc):
    examples = doc.request_examples("/v2/templates", "post")
    patch_examples = doc.request_examples("/v2/templates/{id}", "patch")
    for name, example in examples.items():
        body = dict(example, name=unique_name(f"{example['name']} "))
        patches = [(f"example {n!r}", dict(v, name=unique_name(f"{v.get('name', 'renamed')} ")) if "name" in v
                    else v) for n, v in patch_examples.items()]
        patches.append(("env", {"env": {"PODWARDEN_CONTRACT": "patched"}}))
        note(f"template example {name!r}")
        check_crud(checker, "/v2/templates", "Template", body, patches, prefix="tpl_")


def check_endpoints(checker, doc, invoke_base):
    examples = doc.request_examples("/v2/serverless", "post")
    patch_examples = doc.request_examples("/v2/serverless/{id}", "patch")

    def request_urls_point_at_invoke_base(endpoint):
        urls = endpoint.get("requestUrls")
        if endpoint.get("type", "QUEUE") == "QUEUE" and isinstance(urls, dict):
            expected = f"{invoke_base}/v2/{endpoint['id']}/run"
            check(urls.get("run") == expected,
                  f"POST /v2/serverless: requestUrls.run is {urls.get('run')!r}, expected {expected!r}")
        check_utc_timestamp(endpoint["createdAt"], "POST /v2/serverless: createdAt")

    for name, example in examples.items():
        body = dict(example, name=unique_name(f"{example['name']}-"))
        patches = [(f"example {n!r}", v) for n, v in patch_examples.items()
                   if "gpu" not in v or "gpu" in example]
        patches.append(("name", {"name": body["name"] + "-patched"}))
        note(f"endpoint example {name!r}")
        check_crud(checker, "/v2/serverless", "Endpoint", body, patches, prefix="ep_",
                   after_create=request_urls_point_at_invoke_base)


def _doc_container_examples(doc):
    props = doc.data["components"]["schemas"]["BaseContainerConfig"]["properties"]
    return props["args"]["examples"], props["cmd"]["examples"][0], props["entrypoint"]["examples"][0]


def check_container_command(checker, doc):
    """cmd / entrypoint / args round trips on templates and endpoints (BaseContainerConfig)."""
    api = checker.api
    args_examples, cmd_example, entrypoint_example = _doc_container_examples(doc)
    shell_args = next(a for a in args_examples if a and not a.startswith("{"))
    object_args = next(a for a in args_examples if a.startswith("{"))
    state = {}

    with case("cmd/entrypoint: a shell string in args"):
        body = {"name": unique_name("contract args "), "image": "python:3.11-slim", "args": shell_args}
        created = checker.expect(api.call("POST", "/v2/templates", body), 201)
        state["shell"] = created
        check(created.get("args") == shell_args, f"args came back as {created.get('args')!r}")
        check(created.get("cmd") == cmd_example and created.get("entrypoint") == [],
              f"args {shell_args!r}: cmd {created.get('cmd')!r}, entrypoint {created.get('entrypoint')!r}; "
              f"expected cmd {cmd_example} (the document's example) and entrypoint []")
        ok(f"POST /v2/templates with args {shell_args!r}: args kept, cmd {cmd_example}, entrypoint []")

    with case("cmd/entrypoint: entrypoint and cmd"):
        cmd = ["python -u main.py"]
        body = {"name": unique_name("contract cmd "), "image": "python:3.11-slim",
                "entrypoint": entrypoint_example, "cmd": cmd}
        created = checker.expect(api.call("POST", "/v2/templates", body), 201)
        state["template"] = created
        check(created.get("entrypoint") == entrypoint_example and created.get("cmd") == cmd,
              f"entrypoint {created.get('entrypoint')!r}, cmd {created.get('cmd')!r}")
        check(isinstance(created.get("args"), str) and decode_args(created["args"]) == (entrypoint_example, cmd),
              f"args {created.get('args')!r} does not encode the entrypoint and cmd sent")
        ok(f"POST /v2/templates with entrypoint {entrypoint_example} and cmd {cmd}: both echoed, args "
           f"{created['args']!r} encodes them")

    with case("cmd/entrypoint: the JSON-object form of args"):
        body = {"name": unique_name("contract obj "), "image": "python:3.11-slim", "args": object_args}
        created = checker.expect(api.call("POST", "/v2/templates", body), 201)
        state["object"] = created
        expected = decode_args(object_args)
        check((created.get("entrypoint"), created.get("cmd")) == expected,
              f"args {object_args!r}: entrypoint {created.get('entrypoint')!r}, cmd {created.get('cmd')!r}")
        ok(f"POST /v2/templates with args {object_args!r} (the document's example): entrypoint "
           f"{expected[0]}, cmd {expected[1]}")

    with case("cmd/entrypoint: read-modify-write"):
        current = need(state.get("template"), "the template with entrypoint and cmd")
        path = f"/v2/templates/{current['id']}"
        body = {k: current[k] for k in ("args", "cmd", "entrypoint")}
        patched = checker.expect(api.call("PATCH", path, body), 200)
        check(patched == current, f"PATCH {path} with its own args, cmd and entrypoint changed it: {patched}")
        ok(f"PATCH {path} sending back args, cmd and entrypoint as received: 200, nothing changed")

    with case("cmd/entrypoint: args and cmd that disagree"):
        current = need(state.get("template"), "the template with entrypoint and cmd")
        path = f"/v2/templates/{current['id']}"
        body = {"args": current["args"], "cmd": ["something", "else"]}
        response = api.call("PATCH", path, body)
        check(response.status in (400, 422), f"PATCH {path} with args and a different cmd: "
                                             f"{response.status}, expected 400 or 422")
        checker.expect(response, response.status)
        check(checker.expect(api.call("GET", path), 200) == current, f"the refused PATCH changed {path}")
        ok(f"PATCH {path} with args and a cmd describing another command: {response.status} "
           "problem+json, nothing changed")

    with case("cmd/entrypoint: [] clears one, the other kept"):
        current = need(state.get("template"), "the template with entrypoint and cmd")
        path = f"/v2/templates/{current['id']}"
        patched = checker.expect(api.call("PATCH", path, {"cmd": []}), 200)
        check(patched.get("cmd") == [] and patched.get("entrypoint") == current["entrypoint"],
              f"PATCH {{cmd: []}}: cmd {patched.get('cmd')!r}, entrypoint {patched.get('entrypoint')!r}")
        patched = checker.expect(api.call("PATCH", path, {"cmd": ["serve", "--port", "80"]}), 200)
        check(patched.get("cmd") == ["serve", "--port", "80"] and
              patched.get("entrypoint") == current["entrypoint"],
              f"PATCH {{cmd}}: cmd {patched.get('cmd')!r}, entrypoint {patched.get('entrypoint')!r}")
        patched = checker.expect(api.call("PATCH", path, {"entrypoint": []}), 200)
        check(patched.get("entrypoint") == [] and patched.get("cmd") == ["serve", "--port", "80"],
              f"PATCH {{entrypoint: []}}: {patched.get('entrypoint')!r}, cmd {patched.get('cmd')!r}")
        ok(f"PATCH {path}: cmd [] clears cmd and keeps entrypoint; a new cmd keeps entrypoint; "
           "entrypoint [] clears it and keeps cmd")

    with case("cmd/entrypoint: args \"\" clears both"):
        current = need(state.get("object"), "the template made from the args object")
        path = f"/v2/templates/{current['id']}"
        patched = checker.expect(api.call("PATCH", path, {"args": ""}), 200)
        check((patched.get("args"), patched.get("cmd"), patched.get("entrypoint")) == ("", [], []),
              f"PATCH {{args: \"\"}}: args {patched.get('args')!r}, cmd {patched.get('cmd')!r}, "
              f"entrypoint {patched.get('entrypoint')!r}")
        ok(f"PATCH {path} {{args: \"\"}}: args \"\", cmd [], entrypoint []")

    with case("cmd/entrypoint: endpoints"):
        body = {"name": unique_name("contract-cmd-"), "image": "python:3.11-slim", "type": "QUEUE",
                "gpu": {"pools": ["ADA_24"]}, "scaling": {"type": "QUEUE_DELAY", "queueDelay": 4},
                "entrypoint": entrypoint_example, "cmd": ["python -u handler.py"]}
        created = checker.expect(api.call("POST", "/v2/serverless", body), 201)
        state["endpoint"] = created
        check(created.get("entrypoint") == entrypoint_example and created.get("cmd") == body["cmd"],
              f"POST /v2/serverless: entrypoint {created.get('entrypoint')!r}, cmd {created.get('cmd')!r}")
        path = f"/v2/serverless/{created['id']}"
        patched = checker.expect(api.call("PATCH", path, {"cmd": ["python", "other.py"]}), 200)
        check(patched.get("cmd") == ["python", "other.py"] and patched.get("entrypoint") == entrypoint_example,
              f"PATCH {path} cmd: cmd {patched.get('cmd')!r}, entrypoint {patched.get('entrypoint')!r}")
        ok(f"POST /v2/serverless with entrypoint and cmd: echoed; PATCH {path} {{cmd}}: cmd changed, "
           "entrypoint kept")

    for key in ("shell", "template", "object"):
        if state.get(key):
            with contextlib.suppress(CheckFailed):
                api.call("DELETE", f"/v2/templates/{state[key]['id']}")
    if state.get("endpoint"):
        with contextlib.suppress(CheckFailed):
            api.call("DELETE", f"/v2/serverless/{state['endpoint']['id']}")


def _gpu_endpoint_body(pools=("ADA_24",), **gpu):
    return {"name": unique_name("contract-gpu-"), "image": "python:3.11-slim", "type": "QUEUE",
            "gpu": dict(gpu, pools=list(pools)), "scaling": {"type": "QUEUE_DELAY", "queueDelay": 4}}


def _catalog_gpu_in_pool(doc):
    """A GPU type and its pool from the document's own catalog example."""
    op = doc.operation("/v2/catalog/gpus", "get")
    example = next(iter(op["responses"]["200"]["content"]["application/json"]["examples"].values()))
    gpu = next(g for g in example["value"]["gpus"] if g.get("pool"))
    return gpu["id"], gpu["pool"]


def check_gpu_selection(checker, doc):
    """gpu.pools and gpu.excludedTypes on PATCH, as BaseEndpointGpuConfig describes them."""
    api = checker.api
    patch_examples = doc.request_examples("/v2/serverless/{id}", "patch")
    keep = patch_examples["changeGpuPoolsKeepingExclusions"]
    cuda_only = patch_examples["changeCudaOnly"]
    gpu_type, its_pool = _catalog_gpu_in_pool(doc)
    other_pool = next(p for p in keep["gpu"]["pools"] if p != its_pool)
    state = {}

    def gpu_of(path):
        return checker.expect(api.call("GET", path), 200)["gpu"]

    with case("gpu: pools and exclusions replaced together"):
        created = checker.expect(api.call("POST", "/v2/serverless", _gpu_endpoint_body()), 201)
        state["path"] = path = f"/v2/serverless/{created['id']}"
        patched = checker.expect(api.call("PATCH", path, keep), 200)
        check(patched["gpu"]["pools"] == keep["gpu"]["pools"] and
              patched["gpu"].get("excludedTypes") == keep["gpu"]["excludedTypes"],
              f"PATCH {keep}: gpu is {patched['gpu']}")
        ok(f"PATCH {path} with the document's example changeGpuPoolsKeepingExclusions: 200, pools "
           f"{keep['gpu']['pools']} and excludedTypes {keep['gpu']['excludedTypes']}")

    with case("gpu: a PATCH without pools keeps both"):
        path = need(state.get("path"), "the GPU endpoint")
        before = gpu_of(path)
        patched = checker.expect(api.call("PATCH", path, cuda_only), 200)
        check(patched["gpu"]["minCudaVersion"] == cuda_only["gpu"]["minCudaVersion"],
              f"minCudaVersion is {patched['gpu'].get('minCudaVersion')!r}")
        patched = checker.expect(api.call("PATCH", path, {"gpu": {"count": 2}}), 200)
        check(patched["gpu"]["count"] == 2, f"count is {patched['gpu'].get('count')!r}")
        check(patched["gpu"]["pools"] == before["pools"] and
              patched["gpu"].get("excludedTypes") == before.get("excludedTypes"),
              f"a PATCH without pools changed the selection: {before} -> {patched['gpu']}")
        ok(f"PATCH {path} with changeCudaOnly, then {{gpu: {{count: 2}}}}: applied; pools and "
           "excludedTypes left exactly as they were")

    with case("gpu: an exclusion outside the pools is 400"):
        path = need(state.get("path"), "the GPU endpoint")
        before = gpu_of(path)
        body = {"gpu": {"pools": [other_pool], "excludedTypes": [gpu_type]}}
        checker.expect(api.call("PATCH", path, body), 400)
        checker.expect(api.call("PATCH", path, {"gpu": {"pools": [its_pool],
                                                        "excludedTypes": ["NVIDIA Not A Card"]}}), 400)
        check(gpu_of(path) == before, "a refused PATCH changed the GPU selection")
        refused = api.call("POST", "/v2/serverless",
                           _gpu_endpoint_body(pools=(other_pool,), excludedTypes=[gpu_type]))
        checker.expect(refused, 400)
        ok(f"PATCH {path} excluding {gpu_type!r} (pool {its_pool} in the document's catalog "
           f"example) from pools [{other_pool}], or an unknown type: 400 problem+json, nothing "
           "changed; POST likewise 400")

    with case("gpu: surrounding whitespace is trimmed"):
        path = need(state.get("path"), "the GPU endpoint")
        body = {"gpu": {"pools": [its_pool, other_pool], "excludedTypes": [f" {gpu_type} "]}}
        patched = checker.expect(api.call("PATCH", path, body), 200)
        check(patched["gpu"].get("excludedTypes") == [gpu_type],
              f"excludedTypes came back as {patched['gpu'].get('excludedTypes')!r}")
        ok(f"PATCH {path} excluding ' {gpu_type} ': 200, the same card ({gpu_type!r})")

    with case("gpu: pools alone clear the exclusions"):
        path = need(state.get("path"), "the GPU endpoint")
        patched = checker.expect(api.call("PATCH", path, {"gpu": {"pools": [its_pool]}}), 200)
        check(patched["gpu"]["pools"] == [its_pool] and not patched["gpu"].get("excludedTypes"),
              f"PATCH {{gpu: {{pools}}}}: gpu is {patched['gpu']}")
        ok(f"PATCH {path} {{gpu: {{pools: [{its_pool}]}}}}: 200, excludedTypes cleared")

    with case("gpu: excludedTypes without pools is 422"):
        path = need(state.get("path"), "the GPU endpoint")
        checker.expect_422(api.call("PATCH", path, {"gpu": {"excludedTypes": [gpu_type]}}, valid=False),
                           naming="pools")
        ok(f"PATCH {path} {{gpu: {{excludedTypes}}}} without pools (dependentRequired): 422 problem+json")

    cpu = next(iter(v for v in doc.request_examples("/v2/serverless", "post").values() if "cpu" in v))
    with case("compute: the family cannot change (400)"):
        path = need(state.get("path"), "the GPU endpoint")
        created = checker.expect(api.call("POST", "/v2/serverless", dict(cpu, name=unique_name("contract-cpu-"))), 201)
        cpu_path = f"/v2/serverless/{created['id']}"
        checker.expect(api.call("PATCH", cpu_path, {"gpu": {"count": 1}}), 400)
        checker.expect(api.call("PATCH", path, {"cpu": cpu["cpu"]}), 400)
        checker.expect(api.call("DELETE", cpu_path), 204)
        ok("PATCH gpu on a CPU endpoint and cpu on a GPU endpoint: 400 problem+json")
    with case("compute: POST with both gpu and cpu is 400"):
        checker.expect(api.call("POST", "/v2/serverless", dict(_gpu_endpoint_body(), cpu=cpu["cpu"])), 400)
        ok("POST /v2/serverless with both gpu and cpu: 400 problem+json")
    with case("compute: POST with neither gpu nor cpu is 400"):
        neither = {k: v for k, v in _gpu_endpoint_body().items() if k != "gpu"}
        checker.expect(api.call("POST", "/v2/serverless", neither), 400)
        ok("POST /v2/serverless with neither gpu nor cpu: 400 problem+json")

    with case("compute: allowedCudaVersions with minCudaVersion is 400"):
        body = _gpu_endpoint_body(allowedCudaVersions=["12.4"], minCudaVersion="12.1")
        checker.expect(api.call("POST", "/v2/serverless", body), 400)
        ok("POST /v2/serverless with a non-empty allowedCudaVersions and a minCudaVersion: 400")

    if state.get("path"):
        with contextlib.suppress(CheckFailed):
            api.call("DELETE", state["path"])


def check_template_in_use(checker):
    api = checker.api
    with case("template in use: DELETE is 400"):
        template = checker.expect(api.call("POST", "/v2/templates", {
            "name": unique_name("contract bound "), "image": "python:3.11-slim", "serverless": True}), 201)
        path = f"/v2/templates/{template['id']}"
        endpoint = checker.expect(api.call("POST", "/v2/serverless", {
            "name": unique_name("contract-bound-"), "templateId": template["id"], "type": "QUEUE",
            "gpu": {"pools": ["ADA_24"]}, "scaling": {"type": "QUEUE_DELAY", "queueDelay": 4}}), 201)
        check(endpoint.get("image") == "python:3.11-slim", f"the endpoint did not take the template's image: "
                                                            f"{endpoint.get('image')!r}")
        checker.expect(api.call("DELETE", path), 400)
        checker.expect(api.call("GET", path), 200)
        checker.expect(api.call("DELETE", f"/v2/serverless/{endpoint['id']}"), 204)
        after = api.call("DELETE", path)
        check(after.status in (204, 404), f"DELETE {path} after its endpoint was deleted: {after.status}")
        checker.expect(after, after.status)
        ok(f"DELETE {path} while an endpoint was created from it: 400 problem+json, the template "
           f"kept; after the endpoint is deleted: {after.status}")
    with case("POST /v2/serverless with an unknown templateId is 404"):
        checker.expect(api.call("POST", "/v2/serverless", {
            "name": unique_name("contract-x-"), "templateId": "tpl_doesnotexist0", "type": "QUEUE",
            "gpu": {"pools": ["ADA_24"]}, "scaling": {"type": "QUEUE_DELAY", "queueDelay": 4}}), 404)
        ok("POST /v2/serverless with an unknown templateId: 404 problem+json")


def check_builds(checker, fixtures):
    api = checker.api
    with case("builds: one build"):
        endpoint_id = need(fixtures.get("build_endpoint"), "an endpoint with builds")
        listed = checker.expect(api.call("GET", f"/v2/serverless/{endpoint_id}/builds"), 200)
        for build in listed["builds"]:
            path = f"/v2/serverless/{endpoint_id}/builds/{build['id']}"
            check(checker.expect(api.call("GET", path), 200) == build, f"GET {path} differs from the list")
        fixtures["build"] = listed["builds"][0]["id"]
        ok(f"GET /v2/serverless/{endpoint_id}/builds/{{buildId}} for each of its {len(listed['builds'])} "
           "builds: 200, Build, the same as listed")
    with case("builds: 404"):
        endpoint_id = need(fixtures.get("build_endpoint"), "an endpoint with builds")
        build_id = need(fixtures.get("build"), "a build id")
        other = next(e for e in fixtures["endpoints"] if e != endpoint_id)
        checker.expect(api.call("GET", f"/v2/serverless/{endpoint_id}/builds/build_doesnotexist"), 404)
        checker.expect(api.call("GET", f"/v2/serverless/{other}/builds/{build_id}"), 404)
        checker.expect(api.call("GET", "/v2/serverless/ep_doesnotexist/builds"), 404)
        ok("an unknown build, another endpoint's build, and the builds of an unknown endpoint: 404")


# --------------------------------------------------------------------------------------------
# Workers, releases and pods (issue 17)


WORKER_STATUSES = ("running", "idle", "initializing", "throttled", "unhealthy")


def check_worker_list(body, what):
    """The summary is a roll-up of the workers; a worker is stale exactly when behind the version."""
    workers, summary, version = body["workers"], body["summary"], body.get("endpointVersion")
    counts = {s: sum(1 for w in workers if w["status"].lower() == s) for s in WORKER_STATUSES}
    check(all(summary[s] == counts[s] for s in WORKER_STATUSES) and summary["total"] == len(workers),
          f"{what}: summary {summary} is not the roll-up {counts} of {len(workers)} workers")
    check(isinstance(version, int), f"{what}: endpointVersion {version!r}")
    for worker in workers:
        check(worker["isStale"] == (worker["version"] < version),
              f"{what}: worker {worker['id']} on version {worker['version']} of {version} has isStale "
              f"{worker['isStale']}")
    return workers, version


def check_workers_and_releases(checker, fixtures):
    api = checker.api
    with case("workers: every endpoint"):
        total = stale = 0
        for endpoint_id in need(fixtures.get("endpoints"), "the endpoint list"):
            path = f"/v2/serverless/{endpoint_id}/workers"
            workers, _ = check_worker_list(checker.expect(api.call("GET", path), 200), f"GET {path}")
            total += len(workers)
            stale += sum(1 for w in workers if w["isStale"])
        check(stale > 0, "the demo seed shows no stale worker")
        ok(f"GET /v2/serverless/{{id}}/workers for every demo endpoint: 200, ListEndpointWorkersResponse; "
           f"the summary a roll-up of the workers, isStale exactly when behind endpointVersion ({total} "
           f"workers, {stale} stale)")
    with case("releases: every endpoint"):
        for endpoint_id in fixtures["endpoints"]:
            path = f"/v2/serverless/{endpoint_id}/releases"
            body = checker.expect(api.call("GET", path), 200)
            workers, version = check_worker_list(
                checker.expect(api.call("GET", f"/v2/serverless/{endpoint_id}/workers"), 200), path)
            versions = [r["version"] for r in body["releases"]]
            check(versions == sorted(versions, reverse=True) and versions and versions[0] == version,
                  f"GET {path}: versions {versions}, endpointVersion {version}: not newest first from it")
            check(all(r["source"] == "MANUAL" and r["buildId"] is None for r in body["releases"]),
                  f"GET {path}: a release that is not MANUAL")
            on_latest = sum(1 for w in workers if w["version"] == version)
            rollout = body["rollout"]
            check(rollout["workersTotal"] == len(workers) and rollout["workersOnLatest"] == on_latest
                  and rollout["inProgress"] == (on_latest < len(workers)),
                  f"GET {path}: rollout {rollout} disagrees with the workers ({on_latest} of {len(workers)} "
                  f"on {version})")
            for release in body["releases"]:
                running = sum(1 for w in workers if w["version"] == release["version"])
                check(release["workerCount"] == running,
                      f"GET {path}: version {release['version']} has workerCount {release['workerCount']}, "
                      f"{running} workers run it")
        ok("GET /v2/serverless/{id}/releases for every demo endpoint: 200, ListEndpointReleasesResponse, "
           "newest first from endpointVersion, the rollout and each workerCount agreeing with the workers")
    with case("releases: a PATCH raises endpointVersion and records the change"):
        endpoint_id = need(fixtures.get("release_endpoint"), "an endpoint with releases")
        path = f"/v2/serverless/{endpoint_id}"
        before = checker.expect(api.call("GET", f"{path}/releases"), 200)
        endpoint = checker.expect(api.call("GET", path), 200)
        name = endpoint["name"] + "-v"
        checker.expect(api.call("PATCH", path, {"name": name, "timeout": endpoint["timeout"] + 1000}), 200)
        after = checker.expect(api.call("GET", f"{path}/releases"), 200)
        latest = after["releases"][0]
        check(after["endpointVersion"] == before["endpointVersion"] + 1 == latest["version"],
              f"endpointVersion {before['endpointVersion']} -> {after['endpointVersion']}, newest release "
              f"{latest['version']}")
        diff = {d["field"]: (d["old"], d["new"]) for d in latest["diff"]}
        check(diff == {"name": (endpoint["name"], name), "timeout": (endpoint["timeout"], endpoint["timeout"] + 1000)},
              f"the release's diff {latest['diff']}")
        check_utc_timestamp(latest["createdAt"], "the release's createdAt")
        # Sending the env back changes nothing, yet rolls the workers: a release with an empty diff.
        checker.expect(api.call("PATCH", path, {"env": endpoint["env"]}), 200)
        rolled = checker.expect(api.call("GET", f"{path}/releases"), 200)
        check(rolled["endpointVersion"] == after["endpointVersion"] + 1 and rolled["releases"][0]["diff"] == [],
              f"a PATCH that changed nothing: endpointVersion {rolled['endpointVersion']}, diff "
              f"{rolled['releases'][0]['diff']}")
        workers, _ = check_worker_list(checker.expect(api.call("GET", f"{path}/workers"), 200), path)
        check(workers and all(w["isStale"] for w in workers) or rolled["rollout"]["workersOnLatest"] > 0,
              "after the roll no worker is stale and none is on the new version")
        ok(f"PATCH {path} (name, timeout): endpointVersion +1, a release whose diff holds exactly those "
           "fields with old and new; sending env back: another release with an empty diff")


POD_ACTIONS = {"RUNNING": ["stop", "restart", "terminate"], "EXITED": ["start", "terminate"],
               "ERROR": ["start", "terminate"], "PROVISIONING": ["stop", "terminate"],
               "STARTING": ["stop", "terminate"]}


def check_pods(checker, fixtures):
    api = checker.api
    with case("pods: list and get"):
        body = checker.expect(api.call("GET", "/v2/pods"), 200)
        pods = body["pods"]
        check(len(pods) >= 3, f"the demo seed has {len(pods)} pods")
        for pod in pods:
            checker.expect(api.call("GET", f"/v2/pods/{pod['id']}"), 200)
            check(pod["actions"] == POD_ACTIONS[pod["status"]],
                  f"pod {pod['id']} in {pod['status']} offers {pod['actions']}")
            check((pod["runtime"] is None) == (pod["status"] != "RUNNING"),
                  f"pod {pod['id']} in {pod['status']} has runtime {pod['runtime']}")
            check(pod["status"] != "EXITED" or pod["cost"] == 0, f"pod {pod['id']} EXITED costs {pod['cost']}")
        checker.expect(api.call("GET", "/v2/pods", query={"includeClusterPods": "true"}), 200)
        ok(f"GET /v2/pods ({len(pods)} pods) and GET /v2/pods/{{id}} for each: 200, Pod (every required "
           "field), actions as PodAction says for the status, runtime only while RUNNING, no cost when EXITED")
    with case("pods: transitions"):
        spare = [p for p in pods if p["status"] == "RUNNING" and p["id"] != fixtures.get("pod")]
        pod_id = need(spare[0]["id"] if spare else None, "a running pod besides the fixture")
        path = f"/v2/pods/{pod_id}/action"
        checker.expect(api.call("POST", path, {"action": "start"}), 409)
        restarted = checker.expect(api.call("POST", path, {"action": "restart"}), 200)
        check(restarted["status"] == "RUNNING" and parse_time(restarted["startedAt"]) > parse_time(spare[0]["startedAt"]),
              f"restart: status {restarted['status']}, startedAt {spare[0]['startedAt']} -> {restarted['startedAt']}")
        stopped = checker.expect(api.call("POST", path, {"action": "stop"}), 200)
        check(stopped["status"] == "EXITED" and stopped["startedAt"] == restarted["startedAt"]
              and stopped["runtime"] is None and stopped["cost"] == 0,
              f"stop: {stopped['status']}, startedAt {stopped['startedAt']}, runtime {stopped['runtime']}")
        checker.expect(api.call("POST", path, {"action": "restart"}), 409)
        started = checker.expect(api.call("POST", path, {"action": "start"}), 200)
        check(started["status"] == "RUNNING", f"start: {started['status']}")
        checker.expect_422(api.call("POST", path, {"action": "reboot"}, valid=False), naming="action")
        checker.expect(api.call("POST", path, {"action": "terminate"}), 204)
        checker.expect(api.call("GET", f"/v2/pods/{pod_id}"), 404)
        checker.expect(api.call("POST", path, {"action": "start"}), 404)
        ok(f"POST {path}: start on RUNNING 409; restart 200 (startedAt moved); stop 200 (EXITED, no "
           "runtime, no cost); restart on EXITED 409; start 200; an unknown action 422; terminate 204, then "
           "GET and actions 404")


# --------------------------------------------------------------------------------------------
# Errors, swept over every covered operation


def concrete_path(template, fixtures):
    ids = {"/v2/templates/{id}": "template", "/v2/serverless/{id}": "endpoint",
           "/v2/serverless/{id}/builds": "build_endpoint",
           "/v2/serverless/{id}/builds/{buildId}": "build_endpoint",
           "/v2/serverless/{id}/workers": "endpoint", "/v2/serverless/{id}/releases": "release_endpoint",
           "/v2/pods/{id}": "pod", "/v2/pods/{id}/action": "pod",
           "/v2/account/secrets/{id}": "secret"}
    path = template
    if "{id}" in template:
        path = path.replace("{id}", need(fixtures.get(ids[template]), f"an id for {template}"))
    if "{buildId}" in template:
        path = path.replace("{buildId}", need(fixtures.get("build"), "a build id"))
    return path


def unknown_path(template):
    return (template.replace("{id}", {"/v2/templates/{id}": "tpl_doesnotexist0",
                                      "/v2/pods/{id}": "pod_doesnotexist0",
                                      "/v2/pods/{id}/action": "pod_doesnotexist0",
                                      "/v2/account/secrets/{id}": "sec_doesnotexist0"}.get(template, "ep_doesnotexist"))
            .replace("{buildId}", "build_doesnotexist"))


def valid_body(doc, template, method):
    if not doc.request_pointer(template, method):
        return None
    body = dict(next(iter(doc.request_examples(template, method).values())))
    if "name" in body and method == "post":
        body["name"] = unique_name(f"{body['name']}-")
    return body


def sweep(name, operations, one):
    """Runs `one(template, method)` for each operation; one failing never stops the others.

    `one` returns False for an operation it does not apply to. Returns the number it ran for.
    """
    problems, count = [], 0
    for template, method in operations:
        try:
            if one(template, method) is not False:
                count += 1
        except CheckFailed as failure:
            problems.append(f"{method.upper()} {template}: {failure}")
        except Exception as error:  # keep sweeping
            problems.append(f"{method.upper()} {template}: unexpected {type(error).__name__}: {error}")
    if problems:
        raise CheckFailed(f"{name}: {len(problems)} operation(s) failed:\n    " + "\n    ".join(
            p[:400] for p in problems))
    return count


def check_error_sweep(checker, doc, fixtures, keys):
    api = checker.api
    covered = covered_operations(doc)
    with case("errors: 401 without a key, with an unknown key"):
        unknown = "rpa_" + "0" * 40

        def unauthenticated(template, method):
            path, body = unknown_path(template), valid_body(doc, template, method)
            problem = checker.expect(api.call(method.upper(), path, body, key=None), 401)
            check(problem["detail"] == "missing bearer token",
                  f"without a key: detail {problem['detail']!r}")
            problem = checker.expect(api.call(method.upper(), path, body, key=unknown), 401)
            check(problem["detail"] == "invalid api key", f"with an unknown key: detail {problem['detail']!r}")

        count = sweep("401", covered, unauthenticated)
        ok(f"all {count} covered operations: 401 problem+json without Authorization ('missing "
           "bearer token') and with an unknown key ('invalid api key')")

    with case("errors: 403 for a key without the permission"):
        read_only = need(keys.get("read_only"), "a read-only key")
        no_api = need(keys.get("no_api"), "a key without API access")

        def forbidden(template, method):
            path = concrete_path(template, fixtures)
            if method == "get":
                allowed = api.call("GET", path, key=read_only)
                check(allowed.status == 200, f"with a read-only key: {allowed.status}")
                problem = checker.expect(api.call("GET", path, key=no_api), 403)
            else:
                body = valid_body(doc, template, method)
                problem = checker.expect(api.call(method.upper(), path, body, key=read_only), 403)
            check(problem["detail"] == "access denied", f"403 detail {problem['detail']!r}")

        count = sweep("403", covered, forbidden)
        ok(f"all {count} covered operations: reads 200 with a read-only key and 403 'access denied' "
           "with a key without API access; writes 403 with the read-only key")

    with case("errors: 404 for an unknown id"):
        def not_found(template, method):
            if "{" not in template:
                return False
            checker.expect(api.call(method.upper(), unknown_path(template), valid_body(doc, template, method)), 404)

        count = sweep("404", covered, not_found)
        ok(f"all {count} covered operations on an id: 404 problem+json for an unknown one")

    with case("errors: 400 for malformed JSON"):
        def malformed(template, method):
            if not doc.request_pointer(template, method):
                return False
            path = concrete_path(template, fixtures)
            checker.expect(api.call(method.upper(), path, raw=b'{"name": "x", "image": '), 400)
            checker.expect(api.call(method.upper(), path, raw=b'["not", "an", "object"]'), 400)

        count = sweep("400", covered, malformed)
        ok(f"all {count} covered operations with a body: 400 problem+json for malformed JSON and "
           "for a JSON array")

    with case("errors: 422 for an unknown field"):
        def unknown_field(template, method):
            body = valid_body(doc, template, method)
            if body is None:
                return False
            path = concrete_path(template, fixtures)
            checker.expect_422(api.call(method.upper(), path, dict(body, bogus=1), valid=False), naming="bogus")

        count = sweep("422", covered, unknown_field)
        ok(f"all {count} covered operations with a body: 422 problem+json whose errors name an "
           "unknown field")

    with case("errors: 422 with one entry per failure"):
        body = {"name": "x", "image": "y", "disk": 0, "bogus": 1}
        check(len(doc.errors("CreateTemplateRequest", body)) >= 2, "test bug: fewer than two failures")
        problem = checker.expect_422(api.call("POST", "/v2/templates", body, valid=False))
        errors = problem["errors"]
        check(any("bogus" in e for e in errors) and any("disk" in e for e in errors),
              f"expected entries naming 'disk' and 'bogus', got {errors!r}")
        ok(f"POST /v2/templates with disk 0 and an unknown field: 422, errors {errors}")

    with case("errors: 413 for an over-limit body"):
        documented = [(t, m) for t, m in doc.operations()
                      if "413" in doc.operation(t, m)["responses"]]
        covered_413 = [(t, m) for t, m in documented if (t, m) in covered]
        for template, method in covered_413:  # none in the September document
            description = doc.deref(doc.operation(template, method)["responses"]["413"])["description"]
            limit = int(re.search(r"(\d+) byte", description)[1])
            checker.expect(api.call(method.upper(), concrete_path(template, fixtures),
                                    raw=b'{"x":"' + b"a" * limit + b'"}'), 413, rate_headers=False)
        head, tail = b'{"name":"contract_too_big","value":"', b'"}'
        size = len(head) + SANDBOX_BODY_LIMIT + len(tail)
        problem = checker.expect(api.post_oversized("/v2/account/secrets", head, SANDBOX_BODY_LIMIT, tail),
                                 413, rate_headers=False)
        ok(f"the document lists 413 on {', '.join(f'{m.upper()} {t}' for t, m in documented) or 'no route'}"
           f" ({len(covered_413)} served by the sandbox); POST /v2/account/secrets with a "
           f"{size} byte body (over the sandbox's 100 MiB): 413 problem+json "
           f"({problem['detail']!r})")


def make_keys(checker, ext):
    """A read-only key and a key without API access, through the [ext] keys route."""
    keys = {}
    with case("[ext] keys for the 403 checks"):
        for label, policies in (("read_only", policy_documents(api=["Read"], serverless=["Read"])),
                                ("no_api", policy_documents(serverless=["Read"]))):
            created = checker.expect(checker.api.call("POST", "/v2/account/api-keys",
                                                      {"name": f"contract {label}", "policies": policies}),
                                     201, ext["CreatedApiKey"])
            keys[label] = created["rawKey"]
            checker.seen.secret_values.add(created["rawKey"])
        ok("[ext] POST /v2/account/api-keys: a read-only key and one without API access (201, "
           "rawKey rpa_ + 40)")
    return keys


def check_ext_keys(checker, ext):
    api = checker.api
    state = {}
    with case("[ext] api-keys: create, get, list"):
        body = {"name": unique_name("contract key "), "policies": policy_documents(api=["Read"])}
        created = checker.expect(api.call("POST", "/v2/account/api-keys", body), 201, ext["CreatedApiKey"])
        raw = created["rawKey"]
        checker.seen.secret_values.add(raw)
        check(created["prefix"] == raw[:8], f"prefix {created['prefix']!r} is not the raw key's first 8")
        check(created["name"] == body["name"] and created["enabled"] and not created["legacy"],
              f"created key: {created}")
        path = f"/v2/account/api-keys/{created['id']}"
        fetched = checker.expect(api.call("GET", path), 200, ext["ApiKey"])
        check(fetched["id"] == created["id"], "GET returned another key")
        listed = checker.expect(api.call("GET", "/v2/account/api-keys"), 200, ext["ListApiKeysResponse"])
        check(created["id"] in [k["id"] for k in listed["apiKeys"]], "the new key is not listed")
        state.update(path=path, raw=raw)
        ok(f"[ext] POST /v2/account/api-keys: 201 with rawKey (rpa_ + 40, prefix its first 8); GET "
           f"{path} and the list: no rawKey")
    with case("[ext] api-keys: the new key works, disabled and revoked it answers 401"):
        path, raw = need(state.get("path"), "the new key"), state["raw"]
        checker.expect(api.call("GET", "/v2/templates", key=raw), 200)
        checker.expect(api.call("POST", "/v2/templates", {"name": "x", "image": "y"}, key=raw), 403)
        disabled = checker.expect(api.call("PATCH", path, {"enabled": False}), 200, ext["ApiKey"])
        check(disabled["enabled"] is False, "PATCH enabled false did not disable the key")
        problem = checker.expect(api.call("GET", "/v2/templates", key=raw), 401)
        check(problem["detail"] == "invalid api key", f"disabled key: detail {problem['detail']!r}")
        checker.expect(api.call("PATCH", path, {"enabled": True}), 200, ext["ApiKey"])
        checker.expect(api.call("GET", "/v2/templates", key=raw), 200)
        checker.expect(api.call("DELETE", path), 204)
        checker.expect(api.call("GET", "/v2/templates", key=raw), 401)
        ok("[ext] the new key reads (200) but cannot write (403); disabled it answers 401 'invalid "
           "api key', enabled again 200; DELETE 204 and then 401")
    with case("[ext] api-keys: 404 and 422"):
        checker.expect(api.call("GET", "/v2/account/api-keys/key_doesnotexist"), 404)
        checker.expect_422(api.call("POST", "/v2/account/api-keys", {"name": "x", "policies": [], "bogus": 1}),
                           naming="bogus")
        checker.expect_422(api.call("GET", "/v2/account/events", query={"resourceType": "planet"}))
        ok("[ext] GET an unknown key: 404; POST with an unknown field and GET events with an unknown "
           "resourceType: 422 problem+json with errors")


def check_ext_events(checker, ext):
    """The filters SERVICE.md 5.3 names for GET /v2/account/events."""
    api, schema = checker.api, ext["ListEventsResponse"]

    def events(**query):
        items, _ = walk(checker, "/v2/account/events", schema, "events", query=query)
        return items

    with case("[ext] events: actions, startTime and endTime"):
        everything = events()
        check(everything, "the account has no events")
        picked = events(actions="created,deleted")
        check(picked and all(e["action"] in ("created", "deleted") for e in picked),
              f"actions=created,deleted let through {sorted({e['action'] for e in picked})}")
        check(len(picked) == sum(e["action"] in ("created", "deleted") for e in everything),
              "actions=created,deleted missed some of them")
        times = sorted(parse_time(e["at"]) for e in everything)
        middle = times[len(times) // 2].strftime("%Y-%m-%dT%H:%M:%SZ")
        later = events(startTime=middle)
        earlier = events(endTime=middle)
        check(later and all(parse_time(e["at"]) >= parse_time(middle) for e in later),
              f"startTime={middle} let through an earlier event")
        check(earlier and all(parse_time(e["at"]) <= parse_time(middle) for e in earlier),
              f"endTime={middle} let through a later event")
        checker.expect_422(api.call("GET", "/v2/account/events",
                                    query={"startTime": middle, "endTime": "2000-01-01T00:00:00Z"}))
        checker.expect_422(api.call("GET", "/v2/account/events", query={"actions": "exploded"}))
        ok(f"[ext] GET /v2/account/events: actions=created,deleted ({len(picked)} of {len(everything)}), "
           f"startTime and endTime {middle} bound the times; endTime before startTime and an unknown "
           "action: 422")

    with case("[ext] events: search is case-insensitive"):
        name = unique_name("contract_search_")
        created = checker.expect(api.call("POST", "/v2/account/secrets",
                                          {"name": name, "value": "pw-search-" + random_tokens.token_hex(8)}), 201)
        found = events(search=name.upper())
        check(any(e["resourceId"] == created["id"] for e in found),
              f"search={name.upper()} did not find the events of {name}")
        check(all(name.lower() in json.dumps(e).lower() for e in found),
              "search let through events that do not mention the term")
        checker.expect(api.call("DELETE", f"/v2/account/secrets/{created['id']}"), 204)
        ok("[ext] GET /v2/account/events?search=<name upper-cased>: the secret's events, and only "
           "events that mention it")


def check_rate_limited(binary, work_dir, doc, seen):
    """A sandbox with a quota of one request a minute: every covered operation answers 429."""
    sandbox = Sandbox(binary, work_dir, "limited", seed="demo", extra=["--rate-limit", "1"])
    with sandbox_running(sandbox, "--rate-limit 1") as started:
        if not started:
            return
        checker = Checker(Api(sandbox.api_base, sandbox.key, doc, seen))
        with case("errors: 429 with Retry-After"):
            first = checker.api.call("GET", "/v2/templates")
            check(first.status == 200, f"the first request: {first.status}")
            def limited(template, method):
                response = checker.api.call(method.upper(), unknown_path(template),
                                            valid_body(doc, template, method))
                checker.expect(response, 429)
                retry = response.headers.get("Retry-After")
                check(retry is not None and retry.isdigit() and int(retry) >= 1,
                      f"429 with Retry-After {retry!r}")
                try:
                    state, _ = check_rate_limit_pair(response.headers.get("RateLimit", ""),
                                                     response.headers.get("RateLimit-Policy", ""),
                                                     required=("minute",))
                except ValueError as error:
                    raise CheckFailed(f"RateLimit headers: {error}")
                check(state["minute"]["r"] == 0 and int(retry) <= state["minute"]["t"],
                      f"RateLimit {response.headers['RateLimit']!r} with Retry-After {retry}")

            count = sweep("429", covered_operations(doc), limited)
            ok(f"with a quota of 1 a minute, all {count} covered operations: 429 problem+json, "
               "Retry-After within the minute window's reset, RateLimit minute r=0")


# --------------------------------------------------------------------------------------------
# --official-only


def check_official_only(binary, work_dir, doc, seen):
    sandbox = Sandbox(binary, work_dir, "official", seed="demo", extra=["--official-only"] + GENEROUS_RATE)
    with sandbox_running(sandbox, "--official-only") as started:
        if not started:
            return
        checker = Checker(Api(sandbox.api_base, sandbox.key, doc, seen))
        api = checker.api
        with case("--official-only: [ext] routes answer 404"):
            for method, path, body in (
                    ("GET", "/v2/account/api-keys", None),
                    ("POST", "/v2/account/api-keys", {"name": "x", "policies": policy_documents(api=["Read"])}),
                    ("GET", "/v2/account/api-keys/key_x", None),
                    ("PATCH", "/v2/account/api-keys/key_x", {"enabled": False}),
                    ("DELETE", "/v2/account/api-keys/key_x", None),
                    ("GET", "/v2/account/events", None),
                    ("GET", "/v2/account/events?resourceType=secret", None)):
                checker.expect(api.call(method, path, body), 404)
            ok("--official-only: GET, POST /v2/account/api-keys, GET, PATCH, DELETE "
               "/v2/account/api-keys/{id}, GET /v2/account/events: 404 problem+json with RateLimit")
        with case("--official-only: official routes work"):
            templates = checker.expect(api.call("GET", "/v2/templates"), 200)
            endpoints = checker.expect(api.call("GET", "/v2/serverless"), 200)
            checker.expect(api.call("GET", "/v2/account/secrets"), 200)
            endpoint_id = endpoints["endpoints"][0]["id"]
            checker.expect(api.call("GET", f"/v2/serverless/{endpoint_id}/builds"), 200)
            checker.expect(api.call("GET", f"/v2/templates/{templates['templates'][0]['id']}"), 200)
            value = "pw-official-" + random_tokens.token_hex(12)
            seen.secret_values.add(value)
            created = checker.expect(api.call("POST", "/v2/account/secrets",
                                              {"name": unique_name("official_"), "value": value}), 201)
            checker.expect(api.call("DELETE", f"/v2/account/secrets/{created['id']}"), 204)
            ok("--official-only: templates, endpoints, builds and secrets lists, a template, a secret "
               "created and deleted: the document's answers")
        with case("--official-only: no templateId, and the issue 17 routes"):
            endpoints = checker.expect(api.call("GET", "/v2/serverless"), 200)["endpoints"]
            linked = [e["id"] for e in endpoints if "templateId" in e]
            check(not linked, f"endpoints {linked} carry templateId, which the cloud does not keep")
            endpoint_id = endpoints[0]["id"]
            check("templateId" not in checker.expect(api.call("GET", f"/v2/serverless/{endpoint_id}"), 200),
                  "GET /v2/serverless/{id} carries templateId")
            checker.expect(api.call("GET", f"/v2/serverless/{endpoint_id}/workers"), 200)
            checker.expect(api.call("GET", f"/v2/serverless/{endpoint_id}/releases"), 200)
            pods = checker.expect(api.call("GET", "/v2/pods"), 200)["pods"]
            checker.expect(api.call("GET", f"/v2/pods/{pods[0]['id']}"), 200)
            ok("--official-only: no endpoint carries templateId; workers, releases and pods answer as the "
               "document says")


# --------------------------------------------------------------------------------------------
# Checks over the whole run


def final_checks(doc, seen):
    with case("coverage: every documented status of every covered operation"):
        missing = []
        for template, method in covered_operations(doc):
            got = seen.coverage.get((template, method), set())
            for status in doc.documented_statuses(template, method):
                if status not in got:
                    missing.append(f"{method.upper()} {template} {status}")
            if not any(s.startswith("2") for s in got):
                missing.append(f"{method.upper()} {template} (no success)")
        check(not missing, f"{len(missing)} documented answers never seen and checked: {missing}")
        total = sum(len(doc.documented_statuses(t, m)) for t, m in covered_operations(doc))
        ok(f"coverage: all {total} documented statuses of the {len(covered_operations(doc))} covered "
           "operations were provoked and their bodies checked")
    with case("RateLimit headers on every authenticated response"):
        check(seen.rate_limited > 0, "no authenticated response was checked")
        check(not seen.rate_problems, f"{len(seen.rate_problems)} of {seen.rate_limited} authenticated "
                                      f"responses: {seen.rate_problems[:4]}")
        ok(f"RateLimit and RateLimit-Policy on all {seen.rate_limited} authenticated responses: one "
           "each, minute, hour and day windows, r <= q, t <= w")
    with case("args, cmd and entrypoint in every Template and Endpoint"):
        check(seen.container_bodies > 0, "no Template or Endpoint body was checked")
        check(not seen.container_problems,
              f"{len(seen.container_problems)} of {seen.container_bodies} bodies: {seen.container_problems[:4]}")
        ok(f"all {seen.container_bodies} Template and Endpoint bodies carried args, cmd and "
           "entrypoint, args encoding the other two")
    with case("no secret value or raw key in any response"):
        check(not seen.leaks, f"{seen.leaks[:4]}")
        ok(f"none of the {len(seen.secret_values)} secret values and raw keys sent came back in a body")


# --------------------------------------------------------------------------------------------
# Running


@contextlib.contextmanager
def sandbox_running(sandbox, label):
    """Starts a sandbox (a failed start is one failed check), yields whether it started, stops it."""
    failures_before = len(RESULTS.failures)
    started = False
    with case(f"sandbox {label}: start"):
        sandbox.start()
        started = True
        ok(f"sandbox {label} ready: api {sandbox.api_base}, invoke {sandbox.invoke_base}")
    try:
        yield started
    finally:
        code = sandbox.stop()
        if started:
            with case(f"sandbox {label}: stop"):
                check(code == 0, f"the sandbox did not exit with 0 on SIGTERM "
                                 f"({'killed after hanging' if code is None else f'exit {code}'})")
                ok(f"sandbox {label} stopped on SIGTERM with exit code 0")
        if len(RESULTS.failures) > failures_before:
            tail = sandbox.stderr_tail()
            if tail:
                print(f"---- sandbox {label}: stderr (last lines) ----\n{tail}\n----", flush=True)


def check_logs(sandbox, seen, label):
    with case(f"sandbox {label}: no secret value or raw key in its log"):
        log = sandbox.log_bytes()
        leaked = [v[:12] + "..." for v in seen.secret_values if v.encode() in log]
        check(not leaked, f"its stdout/stderr hold {len(leaked)}: {leaked[:3]}")
        ok(f"sandbox {label}: its log holds none of the secret values and raw keys sent or received")


def run(sandbox_binary, doc, august_path):
    self_checks(doc, august_path)
    seen = Observations()
    ext = ext_schemas(doc)
    with case("the sandbox binary"):
        check(os.path.isfile(sandbox_binary) and os.access(sandbox_binary, os.X_OK),
              f"{sandbox_binary} does not exist or is not executable")
        ok(f"sandbox binary {sandbox_binary}")
    with tempfile.TemporaryDirectory(prefix="podwarden-contract-") as work_dir:
        sandbox = Sandbox(sandbox_binary, work_dir, "demo", seed="demo", extra=GENEROUS_RATE)
        with sandbox_running(sandbox, "--seed demo") as started:
            if started:
                checker = Checker(Api(sandbox.api_base, sandbox.key, doc, seen))
                fixtures = gather_fixtures(checker.api)
                note("lists")
                check_lists(checker, ext, fixtures)
                note(f"paging (limit={DEMO_PAGE})")
                check_all_paging(checker, doc, ext, fixtures, DEMO_PAGE)
                note("secrets")
                check_secrets(checker, doc, ext)
                note("templates")
                check_templates(checker, doc)
                note("serverless endpoints")
                check_endpoints(checker, doc, sandbox.invoke_base)
                note("cmd / entrypoint / args")
                check_container_command(checker, doc)
                note("gpu selection and compute rules")
                check_gpu_selection(checker, doc)
                note("templates in use")
                check_template_in_use(checker)
                note("builds")
                check_builds(checker, fixtures)
                note("workers and releases")
                check_workers_and_releases(checker, fixtures)
                note("pods")
                check_pods(checker, fixtures)
                note("[ext] api keys and events")
                check_ext_keys(checker, ext)
                check_ext_events(checker, ext)
                note("errors on every covered operation")
                keys = make_keys(checker, ext)
                check_error_sweep(checker, doc, fixtures, keys)
        if started:
            check_logs(sandbox, seen, "--seed demo")
        note(f"paging a large account (limit={LARGE_PAGE})")
        check_large_paging(sandbox_binary, work_dir, doc, ext, seen)
        note("429")
        check_rate_limited(sandbox_binary, work_dir, doc, seen)
        note("--official-only")
        check_official_only(sandbox_binary, work_dir, doc, seen)
    note("over the whole run")
    final_checks(doc, seen)


def main(argv):
    if len(argv) not in (3, 4):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    sandbox_binary, document_path = argv[1], argv[2]
    august_path = argv[3] if len(argv) == 4 else str(Path(document_path).with_name("runpod-rest-v2.openapi.json"))
    if not os.path.exists(document_path):
        print(f"SKIP: the OpenAPI document {document_path} is absent; "
              "the contract test is skipped")
        return SKIP_RETURN_CODE
    try:
        doc = Document(document_path)
    except (OSError, ValueError, CheckFailed) as error:
        RESULTS.fail("the OpenAPI document", f"cannot read {document_path}: {error}")
    else:
        run(sandbox_binary, doc, august_path)
    print(f"{RESULTS.passed} passed, {len(RESULTS.failures)} failed", flush=True)
    return 1 if RESULTS.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
