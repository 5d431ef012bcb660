#!/usr/bin/env python3
"""Contract test: podwarden-sandbox --provider paperspace against SERVICE.md section 8.

Usage: check_paperspace_contract.py SANDBOX_BINARY

The schemas below are written here from the text of SERVICE.md section 8 (the Paperspace
contract), not from the sandbox's or the app's code, so that the two are checked against the
document rather than against each other. The sandbox is started as
`podwarden-sandbox --provider paperspace --seed demo --port 0 --data DIR --admin-key-file FILE`
(with a rate limit high enough that this script never meets it).

Groups, each run whatever happened in the others:

- self-checks: the schemas accept an example of each shape and refuse a wrong one, and `date-time`
  is really checked;
- errors: without a Bearer key or with a wrong one 401, an unknown deployment (get, history,
  delete) and an unknown secret 404, each `{code, message, details?}` as application/json;
- lists: deployments, project secrets, team secrets and a deployment's history are pages
  `{hasMore, items, nextPage}` whose items match their schemas; each walked with limit=2 (both
  orders where it matters) gives every item exactly once, the same as the unpaged list; limit 0,
  121 or not a number, and a malformed cursor, answer 400; limits 1 and 120 are accepted;
- deployments: upsert bodies and answers `{deploymentId}`, the spec defaults (apiVersion
  "latest", enabled true, replicas 1), the fields sent come back, each accepted upsert adds one
  history entry (a redeploy) under the same deployment, the newest being latestSpec; a spec
  without name or image is 400 `invalid_spec` and adds nothing;
- secrets, in both scopes: POST answers `{name, dtCreated, dtModified}`, GET and PATCH the secret
  without its value, DELETE `{name}`, list items `{name, dtCreated, dtModified,
  hasDeploymentAttached}`; the name rule (1 to 128, `^[a-zA-Z][a-zA-Z0-9_]*$`) and the value
  rule (1 to 8,192) refused past their bounds and accepted at them;
- endpoint security: a public deployment answers without credentials; a protected one 401
  without, with a Bearer key or a wrong Basic, 200 with Basic base64("paperspace:" + value); a
  PATCHed secret changes nothing until the next upsert of the same spec (the old token works,
  the new one gets 401), then the reverse; the project's secret wins over the team's of the
  same name; the demo seed has public and protected deployments;
- at the end: no secret value sent was in any answer, nor (with its Basic token) in the
  sandbox's stdout or stderr; the sandbox stopped cleanly.

Prints one `ok ...` line per passing check and one `FAIL ...` line per failing one, then a last
line `N passed, N failed`. Exits 0 when all pass, 1 when any fails. Needs the standard library
and python3-jsonschema (4.10 or later).
"""

import base64
import contextlib
import json
import re
import secrets as random_tokens
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sandbox_run import SandboxRun  # noqa: E402

HTTP_TIMEOUT = 60.0
PAGE = 2
MAX_LIMIT = 120
# SERVICE.md 8, sandbox realism: "one project (pr_sandbox) and one team". The team's id is not
# in the text; the sandbox's is te_sandbox (checked at the start).
PROJECT = "pr_sandbox"
TEAM_PATH = "/teams/te_sandbox"

# High enough that this script's own requests never meet the sandbox's limiter.
GENEROUS_RATE = ["--rate-limit", "1000000"]


# --------------------------------------------------------------------------------------------
# Results: one line per check, failures counted, never fatal to the other checks


class CheckFailed(Exception):
    """A contract check failed; the message says which and why."""


class NotChecked(CheckFailed):
    """A check could not run because something it needs failed earlier."""


class Results:
    def __init__(self):
        self.passed = 0
        self.failures = []

    def fail(self, name, message):
        self.failures.append((name, message))
        print(f"FAIL  {name}: {message}", flush=True)


RESULTS = Results()


def ok(message):
    RESULTS.passed += 1
    print(f"ok    {message}", flush=True)


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
# Schemas, from the text of SERVICE.md section 8

_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


def _format_checker():
    checker = jsonschema.FormatChecker(formats=())

    @checker.checks("date-time", raises=ValueError)
    def _date_time(value):
        if not isinstance(value, str):
            return True
        if not _RFC3339.match(value):
            return False
        datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
        return True

    return checker


FORMATS = _format_checker()

# "Times are RFC 3339."
TIME = {"type": "string", "format": "date-time"}

# "Errors are {"code": string, "message": string, "details"?: object} (no problem+json)."
ERROR = {
    "type": "object", "required": ["code", "message"], "additionalProperties": False,
    "properties": {"code": {"type": "string", "minLength": 1}, "message": {"type": "string"},
                   "details": {"type": "object"}},
}

# "Spec (apiVersion: "latest"): name, image, enabled (default true), basicAuthKey, command[],
# env: [{name, value}], resources: {machineType, ports: [number], replicas (default 1)},
# optional healthChecks, region." As the service answers it: the defaults filled in.
ENV_VAR = {
    "type": "object", "required": ["name", "value"], "additionalProperties": False,
    "properties": {"name": {"type": "string"}, "value": {"type": "string"}},
}
RESOURCES = {
    "type": "object", "required": ["replicas"], "additionalProperties": False,
    "properties": {"machineType": {"type": "string"},
                   "ports": {"type": "array", "items": {"type": "number"}},
                   "replicas": {"type": "integer", "minimum": 0}},
}
SPEC_PROPERTIES = {
    "apiVersion": {"const": "latest"},
    "name": {"type": "string", "minLength": 1},
    "image": {"type": "string", "minLength": 1},
    "enabled": {"type": "boolean"},
    "basicAuthKey": {"type": "string"},
    "command": {"type": "array", "items": {"type": "string"}},
    "env": {"type": "array", "items": ENV_VAR},
    "resources": RESOURCES,
    "healthChecks": {"type": "object"},
    "region": {"type": "string"},
}
SPEC = {
    "type": "object", "required": ["apiVersion", "name", "image", "enabled", "resources"],
    "additionalProperties": False, "properties": SPEC_PROPERTIES,
}
# What a client sends: name and image are the only fields a spec cannot do without.
SPEC_REQUEST = {
    "type": "object", "required": ["name", "image"], "additionalProperties": False,
    "properties": {**SPEC_PROPERTIES, "resources": {**RESOURCES, "required": []}},
}
# "POST /deployments upserts: body {"config": <spec>, "projectId": "...", "deploymentId"?: "..."},
# answers {"deploymentId": "..."}."
UPSERT_REQUEST = {
    "type": "object", "required": ["config", "projectId"], "additionalProperties": False,
    "properties": {"config": SPEC_REQUEST, "projectId": {"type": "string"},
                   "deploymentId": {"type": "string"}},
}
UPSERT_ANSWER = {
    "type": "object", "required": ["deploymentId"], "additionalProperties": False,
    "properties": {"deploymentId": {"type": "string", "minLength": 1}},
}
# "one entry per spec: {id, dtCreated, data}"
SPEC_ENTRY = {
    "type": "object", "required": ["id", "dtCreated", "data"], "additionalProperties": False,
    "properties": {"id": {"type": "string", "minLength": 1}, "dtCreated": TIME, "data": SPEC},
}
# "items {id, name, projectId, endpoint, dtCreated, basicAuthKey, latestSpec}"
DEPLOYMENT = {
    "type": "object", "additionalProperties": False,
    "required": ["id", "name", "projectId", "endpoint", "dtCreated", "basicAuthKey", "latestSpec"],
    "properties": {"id": {"type": "string", "minLength": 1}, "name": {"type": "string"},
                   "projectId": {"type": "string"}, "endpoint": {"type": "string", "minLength": 1},
                   "dtCreated": TIME, "basicAuthKey": {"type": ["string", "null"]},
                   "latestSpec": SPEC_ENTRY},
}
# Secrets: "list items {name, dtCreated, dtModified, hasDeploymentAttached}; POST {name, value}
# answers {name, dtCreated, dtModified}; GET /{name}; PATCH /{name} {value}; DELETE /{name}
# answers {name}. The value is never returned."
_SECRET_PROPERTIES = {"name": {"type": "string", "minLength": 1}, "dtCreated": TIME,
                      "dtModified": TIME, "hasDeploymentAttached": {"type": "boolean"}}
SECRET_ITEM = {
    "type": "object", "additionalProperties": False, "properties": _SECRET_PROPERTIES,
    "required": ["name", "dtCreated", "dtModified", "hasDeploymentAttached"],
}
SECRET_CREATED = {
    "type": "object", "additionalProperties": False, "required": ["name", "dtCreated", "dtModified"],
    "properties": {k: v for k, v in _SECRET_PROPERTIES.items() if k != "hasDeploymentAttached"},
}
# GET and PATCH: the secret, never its value (hasDeploymentAttached may come along).
SECRET = {"type": "object", "additionalProperties": False, "properties": _SECRET_PROPERTIES,
          "required": ["name", "dtCreated", "dtModified"]}
SECRET_REQUEST = {
    "type": "object", "required": ["name", "value"], "additionalProperties": False,
    "properties": {"name": {"type": "string"}, "value": {"type": "string"}},
}
SECRET_DELETED = {"type": "object", "required": ["name"], "additionalProperties": False,
                  "properties": {"name": {"type": "string"}}}


def page_of(item):
    """"Lists answer {"hasMore": bool, "items": [...], "nextPage": "cursor" | null}"."""
    return {
        "type": "object", "required": ["hasMore", "items", "nextPage"], "additionalProperties": False,
        "properties": {"hasMore": {"type": "boolean"}, "items": {"type": "array", "items": item},
                       "nextPage": {"type": ["string", "null"], "minLength": 1}},
    }


DEPLOYMENT_PAGE = page_of(DEPLOYMENT)
SECRET_PAGE = page_of(SECRET_ITEM)
HISTORY_PAGE = page_of(SPEC_ENTRY)
SECRET_NAME = re.compile(r"^[a-zA-Z][a-zA-Z0-9_]*$")


def schema_errors(schema, instance):
    validator = Draft202012Validator(schema, format_checker=FORMATS)
    return [f"{'/'.join(str(p) for p in e.absolute_path) or '$'}: {e.message}"
            for e in sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))]


def require_valid(schema, instance, what):
    errors = schema_errors(schema, instance)
    check(not errors, f"{what} does not match SERVICE.md 8: {'; '.join(errors[:4])}")


# --------------------------------------------------------------------------------------------
# The sandbox process and HTTP


class Sandbox(SandboxRun):
    """One podwarden-sandbox --provider paperspace process, its output captured to files."""

    def __init__(self, binary, work_dir, seed="demo"):
        super().__init__(work_dir, error=CheckFailed)
        self.binary = binary
        self.data_dir = self.work_dir / "data"
        self.key_file = self.work_dir / "admin.key"
        self.seed = seed
        self.api_base = self.key = None

    def start(self):
        command = [self.binary, "--provider", "paperspace", "--seed", self.seed, "--port", "0",
                   "--data", str(self.data_dir), "--admin-key-file", str(self.key_file)] + GENEROUS_RATE
        ready = super().start(command)
        self.api_base = ready.get("apiBase")
        check(isinstance(self.api_base, str) and self.api_base.startswith("http://127.0.0.1:"),
              f"ready line apiBase is not an http://127.0.0.1:PORT URL: {self.api_base!r}")
        check(not self.api_base.rstrip("/").endswith("/v1"), "apiBase must not end in /v1 in Paperspace mode")
        check(ready.get("provider") == "paperspace", f"ready line provider is {ready.get('provider')!r}")
        check(self.key_file.is_file(), f"no admin key file at {self.key_file} after ready")
        self.key = self.key_file.read_text().strip()
        check(len(self.key) >= 20, "the admin key file holds no key")
        return ready


class Response:
    def __init__(self, method, url, status, headers, body):
        self.method, self.url, self.status, self.headers, self.body = method, url, status, headers, body

    @property
    def what(self):
        return f"{self.method} {urllib.parse.urlsplit(self.url).path}"

    @property
    def media_type(self):
        return (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()

    def json(self):
        try:
            return json.loads(self.body)
        except ValueError as error:
            raise CheckFailed(f"{self.what}: body is not JSON ({error}): {self.body[:200]!r}")


_DEFAULT_KEY = object()


def basic(value):
    """The header a protected endpoint accepts: Basic base64("paperspace:" + value)."""
    return "Basic " + base64.b64encode(b"paperspace:" + value.encode()).decode()


class Api:
    def __init__(self, sandbox):
        self.base = sandbox.api_base.rstrip("/")
        self.key = sandbox.key
        self.values = set()  # every secret value sent, to look for in answers and the log
        self.leaks = []
        self.opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def raw(self, method, url, body=None, authorization=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(url, data=data, method=method)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        if authorization is not None:
            request.add_header("Authorization", authorization)
        try:
            with self.opener.open(request, timeout=HTTP_TIMEOUT) as reply:
                response = Response(method, url, reply.status, reply.headers, reply.read())
        except urllib.error.HTTPError as error:
            response = Response(method, url, error.code, error.headers, error.read())
        except (urllib.error.URLError, OSError) as error:
            raise CheckFailed(f"{method} {url}: no HTTP response ({error})")
        for value in self.values:
            if value.encode() in response.body:
                self.leaks.append(f"{response.what} ({response.status}) returned a secret value")
        return response

    def call(self, method, path, body=None, query=None, key=_DEFAULT_KEY):
        """A /v1 request with the admin key (key=None: no Authorization)."""
        key = self.key if key is _DEFAULT_KEY else key
        url = self.base + "/v1" + path
        if query:
            url += ("&" if "?" in url else "?") + urllib.parse.urlencode(query)
        if isinstance(body, dict) and isinstance(body.get("value"), str) and len(body["value"]) >= 8:
            self.values.add(body["value"])
        return self.raw(method, url, body, None if key is None else f"Bearer {key}")

    def get(self, path, **query):
        return self.call("GET", path, query=query or None)

    def endpoint(self, deployment, authorization=None):
        return self.raw("GET", deployment["endpoint"].rstrip("/") + "/v1/ping?n=1", None, authorization)


def expect(response, status, schema=None, what=None):
    """The status, application/json, and the body against `schema` (ERROR for 4xx and 5xx)."""
    statuses = status if isinstance(status, tuple) else (status,)
    check(response.status in statuses,
          f"{response.what}: expected {' or '.join(map(str, statuses))}, got {response.status}: "
          f"{response.body[:300]!r}")
    check(response.media_type == "application/json",
          f"{response.what} ({response.status}): Content-Type {response.media_type!r}, not application/json")
    body = response.json()
    if schema is None and response.status >= 400:
        schema = ERROR
    if schema is not None:
        require_valid(schema, body, what or f"{response.what} ({response.status})")
    return body


def expect_error(response, status, code=None):
    body = expect(response, status, ERROR)
    if code is not None:
        check(body["code"] == code, f"{response.what}: code {body['code']!r}, expected {code!r}")
    return body


def walk(api, path, schema, limit=PAGE, order=None):
    """Every page of a list; the items in order. Each page checked against `schema`."""
    items, after, pages = [], None, 0
    while True:
        query = {"limit": limit}
        if order:
            query.update(orderBy="dtCreated", order=order)
        if after is not None:
            query["after"] = after
        body = expect(api.call("GET", path, query=query), 200, schema)
        pages += 1
        check(body["hasMore"] == (body["nextPage"] is not None),
              f"GET {path} page {pages}: hasMore {body['hasMore']} with nextPage {body['nextPage']!r}")
        check(len(body["items"]) <= limit, f"GET {path}: {len(body['items'])} items on a page of limit {limit}")
        items += body["items"]
        if not body["hasMore"]:
            return items, pages
        check(body["items"], f"GET {path} page {pages}: hasMore with no items")
        check(pages < 10_000, f"GET {path}: no end after {pages} pages")
        after = body["nextPage"]


def keys_of(items, key):
    return [item[key] for item in items]


def check_walk(api, path, schema, key, order=None, limit=PAGE):
    """A walk with `limit` gives every item exactly once, the same set as the unpaged list."""
    walked, pages = walk(api, path, schema, limit=limit, order=order)
    everything, _ = walk(api, path, schema, limit=MAX_LIMIT, order=order)
    ids = keys_of(walked, key)
    check(len(ids) == len(set(ids)), f"GET {path} limit={limit}: an item came twice: {ids}")
    check(ids == keys_of(everything, key),
          f"GET {path} limit={limit}: the walk differs from the unpaged list: {ids} vs "
          f"{keys_of(everything, key)}")
    if order:
        times = [parse_time(item["dtCreated"]) for item in walked]
        ordered = all(a <= b for a, b in zip(times, times[1:])) if order == "asc" else \
            all(a >= b for a, b in zip(times, times[1:]))
        check(ordered, f"GET {path} order={order}: not in dtCreated order")
    return walked, pages


def parse_time(value):
    return datetime.fromisoformat(value.upper().replace("Z", "+00:00"))


def unique(prefix):
    return f"{prefix}{random_tokens.token_hex(4)}"


def secret_value():
    return "v_" + random_tokens.token_urlsafe(24)


def spec(name, image="paperspace/hello:1.2", **fields):
    s = {"apiVersion": "latest", "name": name, "image": image,
         "resources": {"machineType": "C5", "ports": [8080]}}
    s.update(fields)
    return s


def upsert(api, config, deployment_id=None, valid=True):
    body = {"config": config, "projectId": PROJECT}
    if deployment_id is not None:
        body["deploymentId"] = deployment_id
    if valid:
        errors = schema_errors(UPSERT_REQUEST, body)
        check(not errors, f"test bug: the upsert body we send is not valid: {errors[:3]}")
    return api.call("POST", "/deployments", body)


def deploy(api, config, deployment_id=None):
    body = expect(upsert(api, config, deployment_id), (200, 201), UPSERT_ANSWER)
    if deployment_id is not None:
        check(body["deploymentId"] == deployment_id,
              f"an update of {deployment_id} answered deploymentId {body['deploymentId']}")
    return body["deploymentId"]


def get_deployment(api, deployment_id):
    return expect(api.get(f"/deployments/{deployment_id}"), 200, DEPLOYMENT)


def history(api, deployment_id):
    items, _ = walk(api, f"/deployments/{deployment_id}/history", HISTORY_PAGE, limit=MAX_LIMIT, order="desc")
    return items


def put_secret(api, scope, name, value):
    body = {"name": name, "value": value}
    require_valid(SECRET_REQUEST, body, "the secret body we send")
    return api.call("POST", f"{scope}/secrets", body)


def patch_secret(api, scope, name, value):
    return api.call("PATCH", f"{scope}/secrets/{name}", {"value": value})


# --------------------------------------------------------------------------------------------
# The groups


def self_checks():
    with case("self-check: the schemas"):
        good_spec = {"apiVersion": "latest", "name": "a", "image": "b", "enabled": True,
                     "env": [{"name": "K", "value": "secret:k"}],
                     "resources": {"machineType": "C5", "ports": [80], "replicas": 1}}
        entry = {"id": "s", "dtCreated": "2026-03-13T20:00:00Z", "data": good_spec}
        good = {"id": "d", "name": "a", "projectId": "p", "endpoint": "http://x/", "dtCreated":
                "2026-03-13T20:00:00.123Z", "basicAuthKey": None, "latestSpec": entry}
        check(not schema_errors(DEPLOYMENT_PAGE, {"hasMore": False, "items": [good], "nextPage": None}),
              "a valid deployment page is refused")
        check(schema_errors(DEPLOYMENT, {**good, "dtCreated": "13/03/2026"}), "a non-RFC 3339 time is accepted")
        check(schema_errors(DEPLOYMENT, {**good, "latestSpec": {**entry, "data": {**good_spec,
                                                                                 "apiVersion": "v1"}}}),
              "an apiVersion other than latest is accepted")
        check(schema_errors(SECRET, {"name": "a", "dtCreated": "2026-03-13T20:00:00Z",
                                     "dtModified": "2026-03-13T20:00:00Z", "value": "x"}),
              "a secret carrying its value is accepted")
        check(schema_errors(ERROR, {"title": "x", "status": 400}), "a problem+json body is accepted as an error")
        check(schema_errors(SECRET_PAGE, {"hasMore": True, "items": []}), "a page without nextPage is accepted")
        ok("self-check: the schemas accept SERVICE.md 8's shapes and refuse wrong ones")


def errors_group(api):
    with case("errors: 401 without a Bearer key"):
        expect_error(api.call("GET", "/deployments", key=None), 401)
        expect_error(api.call("GET", f"/projects/{PROJECT}/secrets", key=None), 401)
        expect_error(api.call("POST", "/deployments", {"config": spec("x"), "projectId": PROJECT}, key=None), 401)
        ok("errors: a request without Authorization is 401 {code, message} as application/json")
    with case("errors: 401 with a wrong Bearer key"):
        expect_error(api.call("GET", "/deployments", key="not-a-key-" + random_tokens.token_hex(8)), 401)
        expect_error(api.raw("GET", api.base + "/v1/deployments", authorization=basic("x")), 401)
        ok("errors: a wrong Bearer key, or Basic credentials, on the API is 401 {code, message}")
    with case("errors: 404 for an unknown deployment"):
        expect_error(api.get("/deployments/de_no_such"), 404)
        expect_error(api.get("/deployments/de_no_such/history"), 404)
        expect_error(api.call("DELETE", "/deployments/de_no_such"), 404)
        expect_error(upsert(api, spec(unique("ghost-")), "de_no_such"), 404)
        ok("errors: an unknown deployment (GET, history, DELETE, upsert) is 404 {code, message}")
    with case("errors: 404 for an unknown secret"):
        for scope in (f"/projects/{PROJECT}", TEAM_PATH):
            expect_error(api.get(f"{scope}/secrets/no_such_secret"), 404)
            expect_error(patch_secret(api, scope, "no_such_secret", secret_value()), 404)
            expect_error(api.call("DELETE", f"{scope}/secrets/no_such_secret"), 404)
        ok("errors: an unknown secret (GET, PATCH, DELETE, both scopes) is 404 {code, message}")


def lists_group(api, state):
    with case("lists: deployments"):
        walked, pages = check_walk(api, "/deployments", DEPLOYMENT_PAGE, "id")
        check(len(walked) >= 3 and pages >= 2, f"the demo seed should page at limit={PAGE}: {len(walked)} items")
        check_walk(api, "/deployments", DEPLOYMENT_PAGE, "id", order="asc")
        check_walk(api, "/deployments", DEPLOYMENT_PAGE, "id", order="desc")
        for d in walked:
            check(d["projectId"] == PROJECT, f"deployment {d['id']} has projectId {d['projectId']!r}")
            check(d["basicAuthKey"] == d["latestSpec"]["data"].get("basicAuthKey"),
                  f"deployment {d['id']}: basicAuthKey {d['basicAuthKey']!r} is not its spec's")
            check(d["endpoint"] == f"{api.base}/deployments/{d['id']}/endpoint",
                  f"deployment {d['id']}: endpoint {d['endpoint']!r} is not <base>/deployments/<id>/endpoint")
        state["demo"] = walked
        ok(f"lists: {len(walked)} deployments, {pages} pages at limit={PAGE} in each order, each once, "
           "as the unpaged list; items {id, name, projectId, endpoint, dtCreated, basicAuthKey, latestSpec}")
    for label, scope in (("project", f"/projects/{PROJECT}"), ("team", TEAM_PATH)):
        with case(f"lists: {label} secrets"):
            path = f"{scope}/secrets"
            walked, pages = check_walk(api, path, SECRET_PAGE, "name")
            check_walk(api, path, SECRET_PAGE, "name", order="asc")
            check(len(walked) >= 3 and pages >= 2, f"the demo seed should page at limit={PAGE}")
            ok(f"lists: {len(walked)} {label} secrets, {pages} pages at limit={PAGE}, each once; "
               "items {name, dtCreated, dtModified, hasDeploymentAttached}")
    with case("lists: every demo deployment's history"):
        for d in need(state.get("demo"), "the demo deployments"):
            entries = history(api, d["id"])
            check(entries, f"deployment {d['id']} has no history")
            check(entries[0]["id"] == d["latestSpec"]["id"],
                  f"deployment {d['id']}: the newest history entry is not latestSpec")
            check(entries[0]["data"] == d["latestSpec"]["data"], f"deployment {d['id']}: latestSpec data differs")
        ok("lists: each deployment's history is a page of {id, dtCreated, data: spec}, the newest its latestSpec")
    with case("lists: bad limits and cursors are 400"):
        some = need(state.get("demo"), "the demo deployments")[0]["id"]
        paths = ["/deployments", f"/projects/{PROJECT}/secrets", f"{TEAM_PATH}/secrets",
                 f"/deployments/{some}/history"]
        for path in paths:
            for query in ({"limit": "0"}, {"limit": "121"}, {"limit": "ten"}, {"after": "not-a-cursor"},
                          {"after": base64.urlsafe_b64encode(b'{"x":1}').decode().rstrip("=")}):
                expect_error(api.call("GET", path, query=query), 400)
            for limit in (1, MAX_LIMIT):
                expect(api.call("GET", path, query={"limit": limit}), 200)
        ok("lists: limit 0, 121 or not a number and a malformed cursor are 400 {code, message} on all four "
           "lists; limits 1 and 120 are accepted")


def deployments_group(api, state):
    with case("deployments: an upsert creates, with the spec's defaults"):
        name = unique("contract-")
        config = spec(name, env=[{"name": "LOG_LEVEL", "value": "debug"}], command=["python3", "-m", "app"])
        deployment_id = deploy(api, config)
        d = get_deployment(api, deployment_id)
        data = d["latestSpec"]["data"]
        check(d["name"] == name and d["id"] == deployment_id, "the deployment's id or name differs from the upsert")
        check(data["apiVersion"] == "latest", "apiVersion is not latest")
        check(data["enabled"] is True, f"enabled defaults to {data['enabled']!r}, not true")
        check(data["resources"].get("replicas") == 1, f"replicas defaults to {data['resources'].get('replicas')!r}")
        check(data["resources"].get("machineType") == "C5" and data["resources"].get("ports") == [8080],
              f"resources do not come back as sent: {data['resources']}")
        check(data.get("env") == config["env"], f"env does not come back as sent: {data.get('env')}")
        check(data.get("command") == config["command"], f"command does not come back: {data.get('command')}")
        check(data["image"] == config["image"] and data["name"] == name, "name or image do not come back")
        check(d["basicAuthKey"] is None and data.get("basicAuthKey") is None, "a public deployment shows a basicAuthKey")
        state["created"] = (deployment_id, config, d)
        ok("deployments: POST /deployments {config, projectId} answers {deploymentId}; apiVersion latest, "
           "enabled true and replicas 1 by default; the spec's fields come back")
    with case("deployments: each accepted upsert adds a history entry"):
        deployment_id, config, first = need(state.get("created"), "the created deployment")
        entries = history(api, deployment_id)
        check(len(entries) == 1, f"a new deployment has {len(entries)} history entries")
        deploy(api, config, deployment_id)  # the same spec: still a redeploy
        changed = {**config, "image": "paperspace/hello:1.3", "enabled": False,
                   "resources": {"machineType": "C5", "ports": [8080], "replicas": 2}}
        deploy(api, changed, deployment_id)
        entries = history(api, deployment_id)
        check(len(entries) == 3, f"three accepted upserts left {len(entries)} history entries")
        check(len({e["id"] for e in entries}) == 3, "two history entries share a spec id")
        check(entries[0]["data"]["image"] == "paperspace/hello:1.3" and entries[0]["data"]["enabled"] is False
              and entries[0]["data"]["resources"]["replicas"] == 2, "the newest entry is not the last upsert")
        check(entries[2]["id"] == first["latestSpec"]["id"], "the oldest entry is not the first spec")
        check(entries[1]["data"] == entries[2]["data"], "a redeploy of the same spec changed the spec")
        d = get_deployment(api, deployment_id)
        check(d["latestSpec"]["id"] == entries[0]["id"], "latestSpec is not the newest history entry")
        check(d["dtCreated"] == first["dtCreated"], "an update changed the deployment's dtCreated")
        check(parse_time(d["latestSpec"]["dtCreated"]) >= parse_time(first["latestSpec"]["dtCreated"]),
              "the newest spec is older than the first")
        ok("deployments: every accepted upsert under the same deploymentId is a new spec id in the history "
           "(a redeploy), the same spec included; latestSpec is the newest")
    with case("deployments: history paging"):
        deployment_id, config, _ = need(state.get("created"), "the created deployment")
        for tag in range(4, 8):
            deploy(api, {**config, "image": f"paperspace/hello:1.{tag}"}, deployment_id)
        path = f"/deployments/{deployment_id}/history"
        walked, pages = check_walk(api, path, HISTORY_PAGE, "id", order="desc")
        check(len(walked) == 7 and pages == 4, f"7 specs walked in {pages} pages of {PAGE}: {len(walked)}")
        check(walked[0]["data"]["image"] == "paperspace/hello:1.7", "the walk does not start at the newest spec")
        ascending, _ = check_walk(api, path, HISTORY_PAGE, "id", order="asc")
        check(keys_of(ascending, "id") == list(reversed(keys_of(walked, "id"))), "asc is not the reverse of desc")
        ok(f"deployments: a history of 7 specs walked at limit={PAGE} in both orders, each spec once")
    with case("deployments: a spec without name or image is 400 invalid_spec"):
        deployment_id, config, _ = need(state.get("created"), "the created deployment")
        before = len(history(api, deployment_id))
        for missing in ("name", "image"):
            bad = {k: v for k, v in spec(unique("bad-")).items() if k != missing}
            check(schema_errors(UPSERT_REQUEST, {"config": bad, "projectId": PROJECT}),
                  f"test bug: a spec without {missing} is valid")
            expect_error(upsert(api, bad, valid=False), 400, "invalid_spec")
            expect_error(upsert(api, {k: v for k, v in config.items() if k != missing}, deployment_id, valid=False),
                         400, "invalid_spec")
        check(len(history(api, deployment_id)) == before, "a refused upsert added a history entry")
        ok("deployments: a spec without name or without image is 400 {code: invalid_spec} and adds no history")
    with case("deployments: DELETE"):
        deployment_id = deploy(api, spec(unique("gone-")))
        deleted = api.call("DELETE", f"/deployments/{deployment_id}")
        check(deleted.status in (200, 204), f"DELETE /deployments/{deployment_id} answered {deleted.status}")
        expect_error(api.get(f"/deployments/{deployment_id}"), 404)
        expect_error(api.get(f"/deployments/{deployment_id}/history"), 404)
        ok("deployments: a deleted deployment and its history answer 404")


def secrets_group(api, state):
    for label, scope in (("project", f"/projects/{PROJECT}"), ("team", TEAM_PATH)):
        with case(f"secrets ({label}): create, get, list, patch, delete"):
            name = unique("contract_")
            value = secret_value()
            created = expect(put_secret(api, scope, name, value), (200, 201), SECRET_CREATED)
            check(created["name"] == name, f"POST answered name {created['name']!r}")
            got = expect(api.get(f"{scope}/secrets/{name}"), 200, SECRET)
            check(got["name"] == name and got["dtCreated"] == created["dtCreated"], "GET differs from the POST")
            listed = [s for s in walk(api, f"{scope}/secrets", SECRET_PAGE, limit=MAX_LIMIT)[0] if s["name"] == name]
            check(len(listed) == 1, f"the new secret is listed {len(listed)} times")
            check(listed[0]["hasDeploymentAttached"] is False, "a secret no deployment names is attached")
            patched = expect(patch_secret(api, scope, name, secret_value()), 200, SECRET)
            check(patched["name"] == name, "PATCH answered another name")
            check(parse_time(patched["dtModified"]) >= parse_time(created["dtModified"]), "dtModified went back")
            deleted = expect(api.call("DELETE", f"{scope}/secrets/{name}"), 200, SECRET_DELETED)
            check(deleted == {"name": name}, f"DELETE answered {deleted}")
            expect_error(api.get(f"{scope}/secrets/{name}"), 404)
            ok(f"secrets ({label}): POST answers {{name, dtCreated, dtModified}}, GET and PATCH the secret "
               "without its value, DELETE {name}, then 404")
        with case(f"secrets ({label}): name and value rules"):
            for bad in ("1abc", "a-b", "a b", "_abc", "", "é", "a" * 129):
                check(not SECRET_NAME.match(bad) or len(bad) > 128, f"test bug: {bad!r} is a valid name")
                expect_error(put_secret(api, scope, bad, secret_value()), 400)
            for good in ("a", "A" + "_" * 3 + "9", unique("x") + "y" * (128 - 9)):
                check(SECRET_NAME.match(good) and len(good) <= 128, f"test bug: {good!r} is not a valid name")
                expect(put_secret(api, scope, good, secret_value()), (200, 201), SECRET_CREATED)
                expect(api.call("DELETE", f"{scope}/secrets/{good}"), 200, SECRET_DELETED)
            name = unique("limits_")
            expect_error(put_secret(api, scope, name, ""), 400)
            expect_error(put_secret(api, scope, name, random_tokens.token_hex(4097)[:8193]), 400)
            expect_error(api.get(f"{scope}/secrets/{name}"), 404)
            expect(put_secret(api, scope, name, random_tokens.token_hex(4096)), (200, 201), SECRET_CREATED)
            expect_error(patch_secret(api, scope, name, random_tokens.token_hex(4097)[:8193]), 400)
            expect_error(patch_secret(api, scope, name, ""), 400)
            expect(api.call("DELETE", f"{scope}/secrets/{name}"), 200, SECRET_DELETED)
            ok(f"secrets ({label}): names outside ^[a-zA-Z][a-zA-Z0-9_]*$ or over 128 characters and values "
               "empty or over 8,192 characters are 400; 1 and 128 characters, and 8,192, are accepted")
    with case("secrets: hasDeploymentAttached follows the specs' references"):
        name = unique("attached_")
        expect(put_secret(api, f"/projects/{PROJECT}", name, secret_value()), (200, 201), SECRET_CREATED)
        deployment_id = deploy(api, spec(unique("uses-"), env=[{"name": "TOKEN", "value": f"secret:{name}"}]))
        got = expect(api.get(f"/projects/{PROJECT}/secrets/{name}"), 200, SECRET)
        listed = [s for s in walk(api, f"/projects/{PROJECT}/secrets", SECRET_PAGE, limit=MAX_LIMIT)[0]
                  if s["name"] == name]
        check(listed and listed[0]["hasDeploymentAttached"] is True, "a secret a spec names is not attached")
        check(got.get("hasDeploymentAttached", True) is True, "GET says a referenced secret is not attached")
        check(api.call("DELETE", f"/deployments/{deployment_id}").status in (200, 204), "DELETE failed")
        ok("secrets: a secret named by a deployment's env as secret:<name> is hasDeploymentAttached")


def endpoint_group(api, state):
    with case("endpoint security: a public deployment"):
        d = get_deployment(api, deploy(api, spec(unique("public-"))))
        check(d["basicAuthKey"] is None, "a spec without basicAuthKey shows one")
        response = api.endpoint(d)
        check(response.status == 200, f"a public endpoint without credentials answered {response.status}")
        check(api.endpoint(d, basic("anything")).status == 200, "a public endpoint refused a Basic header")
        ok("endpoint security: a public deployment's endpoint answers 200 without credentials")
    with case("endpoint security: a protected deployment follows its last upsert"):
        scope = f"/projects/{PROJECT}"
        name = unique("gate_")
        old, new = secret_value(), secret_value()
        expect(put_secret(api, scope, name, old), (200, 201), SECRET_CREATED)
        config = spec(unique("guarded-"), basicAuthKey=f"secret:{name}")
        deployment_id = deploy(api, config)
        d = get_deployment(api, deployment_id)
        check(d["basicAuthKey"] == f"secret:{name}", f"basicAuthKey shows {d['basicAuthKey']!r}, not the reference")
        for authorization, what in ((None, "no header"), (f"Bearer {api.key}", "the API key"),
                                    (basic("wrong"), "a wrong value"),
                                    ("Basic " + base64.b64encode(b"user:" + old.encode()).decode(),
                                     "another user name")):
            got = api.endpoint(d, authorization).status
            check(got == 401, f"a protected endpoint with {what} answered {got}, not 401")
        check(api.endpoint(d, basic(old)).status == 200, "the right Basic header is refused")
        expect(patch_secret(api, scope, name, new), 200, SECRET)
        check(api.endpoint(d, basic(old)).status == 200, "after the PATCH the old value no longer works")
        check(api.endpoint(d, basic(new)).status == 401, "after the PATCH the new value works before a redeploy")
        deploy(api, config, deployment_id)
        check(api.endpoint(d, basic(new)).status == 200, "after the redeploy the new value is refused")
        check(api.endpoint(d, basic(old)).status == 401, "after the redeploy the old value still works")
        ok("endpoint security: 401 without the header, with a Bearer key or a wrong Basic; 200 with "
           "Basic base64(\"paperspace:\"+value); after a PATCH the old token works and the new gets 401 "
           "until an upsert of the same spec, then the reverse")
    with case("endpoint security: the project's secret wins over the team's"):
        name = unique("shared_")
        project_value, team_value = secret_value(), secret_value()
        expect(put_secret(api, TEAM_PATH, name, team_value), (200, 201), SECRET_CREATED)
        expect(put_secret(api, f"/projects/{PROJECT}", name, project_value), (200, 201), SECRET_CREATED)
        d = get_deployment(api, deploy(api, spec(unique("both-"), basicAuthKey=f"secret:{name}")))
        check(api.endpoint(d, basic(project_value)).status == 200, "the project's value is refused")
        check(api.endpoint(d, basic(team_value)).status == 401, "the team's value is accepted")
        ok("endpoint security: when a name exists in both scopes, the project's secret is the one deployed")
    with case("endpoint security: the demo seed"):
        demo = need(state.get("demo"), "the demo deployments")
        protected = [d for d in demo if d["basicAuthKey"] is not None]
        public = [d for d in demo if d["basicAuthKey"] is None]
        check(protected and public, f"the demo seed has {len(public)} public and {len(protected)} protected")
        for d in protected:
            check(d["basicAuthKey"].startswith("secret:"), f"{d['name']}: basicAuthKey is not a reference")
            check(api.endpoint(d).status == 401, f"{d['name']}: protected, yet answers without credentials")
        for d in public:
            if d["latestSpec"]["data"]["enabled"]:
                check(api.endpoint(d).status == 200, f"{d['name']}: public, yet refuses a call")
        ok(f"endpoint security: the demo seed's {len(public)} public deployments answer, its "
           f"{len(protected)} protected ones are 401 without credentials")


def run(binary):
    with tempfile.TemporaryDirectory(prefix="paperspace-contract-") as work:
        sandbox = Sandbox(binary, work)
        api = None
        with case("start: podwarden-sandbox --provider paperspace --seed demo"):
            sandbox.start()
            api = Api(sandbox)
            expect(api.get(f"{TEAM_PATH}/secrets"), 200, SECRET_PAGE)
            ok(f"start: the sandbox is ready at {sandbox.api_base} with provider paperspace")
        try:
            self_checks()
            if api is not None:
                state = {}
                errors_group(api)
                lists_group(api, state)
                deployments_group(api, state)
                secrets_group(api, state)
                endpoint_group(api, state)
        finally:
            code = sandbox.stop()
        with case("stop: the sandbox stops cleanly"):
            check(code == 0, f"exit code {code}: {sandbox.stderr_tail(10)}")
            ok("stop: SIGTERM, exit code 0")
        if api is not None:
            with case("never: a secret value in an answer or in the log"):
                check(len(api.values) >= 10, f"only {len(api.values)} secret values were sent")
                check(not api.leaks, "; ".join(sorted(set(api.leaks))[:5]))
                log = sandbox.log_bytes()
                check(log, "the sandbox wrote nothing to stdout or stderr")
                for value in api.values:
                    check(value.encode() not in log, "a secret value is in the sandbox's output")
                    check(basic(value)[6:].encode() not in log, "a Basic token is in the sandbox's output")
                check(sandbox.key.encode() not in log, "the admin key is in the sandbox's output")
                ok(f"never: none of the {len(api.values)} secret values sent came back in an answer, nor it or "
                   "its Basic token in the sandbox's stdout or stderr")


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    run(argv[1])
    print(f"{RESULTS.passed} passed, {len(RESULTS.failures)} failed", flush=True)
    return 1 if RESULTS.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
