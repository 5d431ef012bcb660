#!/usr/bin/env python3
"""Contract test: podwarden-sandbox against the cloud's REST v2 OpenAPI document.

Usage: check_contract.py SANDBOX_BINARY OPENAPI_JSON

Starts the sandbox on a fresh data directory with the demo seed and checks, with the
OpenAPI document as the reference (JSON Schema 2020-12, `$ref`s resolved against the whole
document):

- the template and serverless-endpoint lists, create (with the document's own request
  examples), get, patch (env replaced whole), delete (204, empty) and get-after-delete (404);
- that every request body sent is itself valid against the request schema;
- problem+json error bodies for 400, 401 (missing and unknown key), 404 and 422;
- RateLimit and RateLimit-Policy headers on every authenticated response.

Prints one line per check and exits 1 at the first failure, 0 when all pass, and 77 (CTest's
SKIP_RETURN_CODE) when the OpenAPI document is absent. Needs only the standard library and
python3-jsonschema (4.10 or later).
"""

import importlib.metadata
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import datetime
from pathlib import Path

import jsonschema
from jsonschema import Draft202012Validator

SKIP_RETURN_CODE = 77
READY_TIMEOUT = 30.0
STOP_TIMEOUT = 15.0
HTTP_TIMEOUT = 15.0

DEMO_TEMPLATES = 6
DEMO_ENDPOINTS = 10

WINDOW_SECONDS = {"minute": 60, "hour": 3600, "day": 86400}


class CheckFailed(Exception):
    """A contract check failed; the message says which and why."""

    log_tail = ""  # the sandbox's last stderr lines, printed after the failure


def ok(message):
    print(f"ok    {message}", flush=True)


def check(condition, message):
    if not condition:
        raise CheckFailed(message)


# --------------------------------------------------------------------------------------------
# Schemas


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


class Schemas:
    """Validators for `#/components/schemas/<Name>` of one OpenAPI document."""

    def __init__(self, document, document_path):
        self.document = document
        self.uri = Path(document_path).resolve().as_uri()
        self.format_checker = _make_format_checker()
        self._cache = {}
        self.resolution = None
        self.validator("ErrorResponse")  # decides self.resolution

    def validator(self, name):
        check(name in self.document.get("components", {}).get("schemas", {}),
              f"the OpenAPI document has no components.schemas.{name}")
        if name not in self._cache:
            self._cache[name] = self._build({"$ref": f"{self.uri}#/components/schemas/{name}"})
        return self._cache[name]

    def _build(self, schema):
        try:  # jsonschema >= 4.18 resolves through the `referencing` library
            from referencing import Registry, Resource
            from referencing.jsonschema import DRAFT202012
            resource = Resource.from_contents(self.document, default_specification=DRAFT202012)
            registry = Registry().with_resource(self.uri, resource)
            validator = Draft202012Validator(schema, registry=registry,
                                             format_checker=self.format_checker)
            self.resolution = "referencing.Registry"
            return validator
        except (ImportError, TypeError):  # Debian 12's jsonschema 4.10
            resolver = jsonschema.RefResolver(base_uri=self.uri, referrer=self.document)
            self.resolution = "RefResolver"
            return Draft202012Validator(schema, resolver=resolver,
                                        format_checker=self.format_checker)

    def errors(self, name, instance):
        found = sorted(self.validator(name).iter_errors(instance), key=lambda e: e.json_path)
        return [f"{e.json_path}: {e.message}" for e in found]

    def require_valid(self, name, instance, what):
        errors = self.errors(name, instance)
        if errors:
            shown = "\n    ".join(errors[:8])
            more = f"\n    (and {len(errors) - 8} more)" if len(errors) > 8 else ""
            raise CheckFailed(f"{what} is not a valid {name}:\n    {shown}{more}")


def request_examples(document, path, method):
    """The document's own request-body examples for one operation, as {name: value}."""
    content = (document["paths"].get(path, {}).get(method, {})
               .get("requestBody", {}).get("content", {}).get("application/json", {}))
    examples = {name: ex["value"] for name, ex in content.get("examples", {}).items()
                if "value" in ex}
    if not examples and "example" in content:
        examples = {"example": content["example"]}
    check(examples, f"the OpenAPI document has no request example for {method.upper()} {path}")
    return examples


def response_example(document, path, method, status):
    content = (document["paths"][path][method]["responses"][status]
               ["content"]["application/json"])
    return next(iter(content["examples"].values()))["value"]


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


def check_rate_limit_pair(rate_limit, policy):
    """Checks one RateLimit / RateLimit-Policy pair; raises ValueError with a reason."""
    state = parse_rate_limit(rate_limit, ("r", "t"))
    quota = parse_rate_limit(policy, ("q", "w"))
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


# --------------------------------------------------------------------------------------------
# The sandbox process and HTTP


class Sandbox:
    """One podwarden-sandbox process with its output captured to files."""

    def __init__(self, binary, work_dir, seed=None):
        self.binary = binary
        self.work_dir = Path(work_dir)
        self.data_dir = self.work_dir / "data"
        self.key_file = self.work_dir / "admin.key"
        self.stdout_path = self.work_dir / "sandbox.stdout"
        self.stderr_path = self.work_dir / "sandbox.stderr"
        self.seed = seed
        self.process = None
        self.api_base = self.invoke_base = self.key = None

    def start(self):
        self.data_dir.mkdir()
        command = [self.binary, "--data", str(self.data_dir), "--port", "0",
                   "--invoke-port", "0", "--admin-key-file", str(self.key_file)]
        if self.seed:
            command += ["--seed", self.seed]
        with open(self.stdout_path, "wb") as out, open(self.stderr_path, "wb") as err:
            self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL,
                                            stdout=out, stderr=err)
        ready = self._wait_ready()
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

    def stderr_tail(self, lines=40):
        try:
            text = self.stderr_path.read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])


class Response:
    def __init__(self, method, path, status, headers, body):
        self.method, self.path, self.status, self.headers, self.body = (
            method, path, status, headers, body)

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


_DEFAULT_KEY = object()


class Api:
    def __init__(self, base, key):
        self.base = base
        self.key = key
        # Never route loopback requests through an http_proxy from the environment.
        self.opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def call(self, method, path, body=None, raw=None, key=_DEFAULT_KEY):
        """One request; `body` is sent as JSON, `raw` as bytes; key=None sends no Authorization."""
        key = self.key if key is _DEFAULT_KEY else key
        data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
        request = urllib.request.Request(self.base + path, data=data, method=method)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        request.add_header("Accept", "application/json")
        if key is not None:
            request.add_header("Authorization", f"Bearer {key}")
        try:
            with self.opener.open(request, timeout=HTTP_TIMEOUT) as reply:
                return Response(method, path, reply.status, reply.headers, reply.read())
        except urllib.error.HTTPError as error:
            return Response(method, path, error.code, error.headers, error.read())
        except (urllib.error.URLError, OSError) as error:
            raise CheckFailed(f"{method} {path}: no HTTP response ({error})")


# --------------------------------------------------------------------------------------------
# Response expectations


class Checker:
    def __init__(self, api, schemas):
        self.api = api
        self.schemas = schemas

    def expect(self, response, status, schema=None, authenticated=True):
        """Status, media type, body schema and (authenticated) RateLimit headers."""
        what = response.what
        if response.status != status:
            raise CheckFailed(f"{what}: expected {status}, got {response.status}: "
                              f"{response.body[:300]!r}")
        if authenticated:
            self.expect_rate_limit_headers(response)
        if status == 204:
            check(response.body == b"", f"{what}: 204 with a non-empty body {response.body[:100]!r}")
            return None
        if status >= 400:
            return self.expect_problem(response)
        check(response.media_type == "application/json",
              f"{what}: Content-Type is {response.headers.get('Content-Type')!r}, "
              "expected application/json")
        body = response.json()
        if schema:
            self.schemas.require_valid(schema, body, f"{what} response body")
        return body

    def expect_problem(self, response):
        what = response.what
        check(response.media_type == "application/problem+json",
              f"{what}: {response.status} with Content-Type "
              f"{response.headers.get('Content-Type')!r}, expected application/problem+json")
        body = response.json()
        self.schemas.require_valid("ErrorResponse", body, f"{what} {response.status} body")
        check(body["status"] == response.status,
              f"{what}: problem status {body['status']} differs from HTTP {response.status}")
        return body

    def expect_rate_limit_headers(self, response):
        what = f"{response.what} ({response.status})"
        rate_limit = response.headers.get_all("RateLimit") or []
        policy = response.headers.get_all("RateLimit-Policy") or []
        check(len(rate_limit) == 1, f"{what}: expected one RateLimit header, got {rate_limit}")
        check(len(policy) == 1, f"{what}: expected one RateLimit-Policy header, got {policy}")
        try:
            check_rate_limit_pair(rate_limit[0], policy[0])
        except ValueError as error:
            raise CheckFailed(f"{what}: RateLimit {rate_limit[0]!r} / RateLimit-Policy "
                              f"{policy[0]!r}: {error}")


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


# --------------------------------------------------------------------------------------------
# The checks


def self_check(schemas, document):
    """The validator must accept the document's own example and reject a broken one."""
    template = response_example(document, "/v2/templates", "post", "201")
    schemas.require_valid("Template", template, "the document's own Template example")
    broken = {k: v for k, v in template.items() if k != "id"}
    check(schemas.errors("Template", broken),
          "the validator accepted a Template without `id`: $refs are not being resolved")
    check(schemas.errors("CreateTemplateRequest", {"name": "x", "image": "y", "bogus": 1}),
          "the validator accepted an unknown field in CreateTemplateRequest "
          "(unevaluatedProperties not enforced)")
    check(schemas.errors("Endpoint", {"id": "ep_x"}),
          "the validator accepted an Endpoint without its required fields")
    ok(f"validator resolves $refs against the whole document ({schemas.resolution}, "
       f"jsonschema {_jsonschema_version()}): accepts the Template example, rejects one "
       "without id and an unknown request field")

    samples = []
    for name in ("RateLimitHeader", "RateLimitPolicyHeader"):
        samples += document["components"]["schemas"][name].get("examples", [])
    check(len(samples) == 2, "the document lacks the RateLimit header examples")
    check_rate_limit_pair(samples[0], samples[1])
    check_rate_limit_pair('"minute";r=57;t=12', '"minute";q=60;w=60')
    for bad in ('minute;r=57;t=12', '"minute";r=57', '"minute";q=60;w=60', '"week";r=1;t=1'):
        try:
            check_rate_limit_pair(bad, '"minute";q=60;w=60')
        except ValueError:
            continue
        raise CheckFailed(f"the RateLimit parser accepted {bad!r}")
    ok("RateLimit parser accepts the document's header examples and SERVICE.md's, "
       "rejects malformed ones")


def _jsonschema_version():
    try:
        return importlib.metadata.version("jsonschema")
    except importlib.metadata.PackageNotFoundError:
        return "?"


def check_lists(checker):
    body = checker.expect(checker.api.call("GET", "/v2/templates"), 200, "ListTemplatesResponse")
    check_ids(body["templates"], "tpl_", "GET /v2/templates")
    check(len(body["templates"]) == DEMO_TEMPLATES,
          f"GET /v2/templates: demo seed has {DEMO_TEMPLATES} templates, "
          f"got {len(body['templates'])}")
    ok(f"GET /v2/templates: 200, ListTemplatesResponse, {DEMO_TEMPLATES} templates, "
       "RateLimit headers")

    body = checker.expect(checker.api.call("GET", "/v2/serverless"), 200, "ListEndpointsResponse")
    check_ids(body["endpoints"], "ep_", "GET /v2/serverless")
    check(len(body["endpoints"]) == DEMO_ENDPOINTS,
          f"GET /v2/serverless: demo seed has {DEMO_ENDPOINTS} endpoints, "
          f"got {len(body['endpoints'])}")
    ok(f"GET /v2/serverless: 200, ListEndpointsResponse, {DEMO_ENDPOINTS} endpoints, "
       "RateLimit headers")


def check_ids(items, prefix, what):
    ids = [item["id"] for item in items]
    check(all(i.startswith(prefix) and len(i) > len(prefix) for i in ids),
          f"{what}: ids without the {prefix} prefix: {[i for i in ids if not i.startswith(prefix)]}")
    check(len(set(ids)) == len(ids), f"{what}: duplicate ids")


def check_utc_timestamp(value, what):
    check(isinstance(value, str) and _RFC3339.match(value) and value.endswith("Z"),
          f"{what}: {value!r} is not an RFC 3339 UTC timestamp ending in Z")


def check_crud(checker, collection, prefix, kind, create_body, patch_body, after_create=None):
    """POST, GET, PATCH, GET, DELETE, GET(404) on one resource collection."""
    api, schemas = checker.api, checker.schemas
    create_schema, update_schema = f"Create{kind}Request", f"Update{kind}Request"
    schemas.require_valid(create_schema, create_body, f"the POST {collection} body we send")
    schemas.require_valid(update_schema, patch_body, f"the PATCH {collection}/{{id}} body we send")

    created = checker.expect(api.call("POST", collection, create_body), 201, kind)
    item_id = created["id"]
    check(item_id.startswith(prefix), f"POST {collection}: id {item_id!r} lacks the {prefix} prefix")
    assert_echoes(create_body, created)
    if after_create:
        after_create(created)
    ok(f"POST {collection} ({create_body.get('name')}): 201, {kind}, id {item_id}, "
       "request fields echoed")

    path = f"{collection}/{item_id}"
    fetched = checker.expect(api.call("GET", path), 200, kind)
    check(fetched == created, f"GET {path} differs from the POST response:\n"
                              f"    POST: {created}\n    GET:  {fetched}")
    listed = checker.expect(api.call("GET", collection), 200, f"List{kind}sResponse")
    check(item_id in [item["id"] for item in listed[f"{kind.lower()}s"]],
          f"GET {collection}: the new {item_id} is not listed")
    ok(f"GET {path}: 200, {kind}, same as created; listed in GET {collection}")

    patched = checker.expect(api.call("PATCH", path, patch_body), 200, kind)
    check(patched["id"] == item_id, f"PATCH {path}: id changed to {patched['id']!r}")
    assert_echoes(patch_body, patched)
    if "env" in patch_body:
        check(patched["env"] == patch_body["env"],
              f"PATCH {path}: env was not replaced whole: sent {patch_body['env']}, "
              f"got {patched['env']}")
    for key, value in create_body.items():
        if key not in patch_body:
            assert_echoes(value, patched.get(key), f"$.{key} (not in the PATCH)")
    if "createdAt" in created:
        check(patched.get("createdAt") == created["createdAt"], f"PATCH {path}: createdAt changed")
    fetched = checker.expect(api.call("GET", path), 200, kind)
    check(fetched == patched, f"GET {path} after PATCH differs from the PATCH response:\n"
                              f"    PATCH: {patched}\n    GET:   {fetched}")
    ok(f"PATCH {path} {sorted(patch_body)}: 200, {kind}, fields changed"
       f"{', env replaced whole' if 'env' in patch_body else ''}, others kept; GET agrees")

    checker.expect(api.call("DELETE", path), 204)
    ok(f"DELETE {path}: 204, empty body")
    problem = checker.expect(api.call("GET", path), 404)
    ok(f"GET {path} after DELETE: 404 problem+json ({problem['detail']!r})")


def check_templates(checker, document):
    examples = request_examples(document, "/v2/templates", "post")
    patch_examples = request_examples(document, "/v2/templates/{id}", "patch")
    for name, example in examples.items():
        patch = {}
        for value in patch_examples.values():
            patch.update(value)
        patch["name"] = f"{example.get('name', 'template')} (contract patched)"
        patch["env"] = {"PODWARDEN_CONTRACT": "patched"}
        check(patch["env"] != example.get("env"), "the PATCH env must differ from the example's")
        print(f"--    template example {name!r}", flush=True)
        check_crud(checker, "/v2/templates", "tpl_", "Template", example, patch)


def check_endpoints(checker, document, invoke_base):
    examples = request_examples(document, "/v2/serverless", "post")
    patch_examples = request_examples(document, "/v2/serverless/{id}", "patch")

    def request_urls_point_at_invoke_base(endpoint):
        urls = endpoint.get("requestUrls")
        if endpoint.get("type", "QUEUE") == "QUEUE" and isinstance(urls, dict):
            expected = f"{invoke_base}/v2/{endpoint['id']}/run"
            check(urls.get("run") == expected,
                  f"POST /v2/serverless: requestUrls.run is {urls.get('run')!r}, "
                  f"expected {expected!r}")
        check_utc_timestamp(endpoint["createdAt"], "POST /v2/serverless: createdAt")

    for name, example in examples.items():
        patch = {}
        for value in patch_examples.values():
            patch.update(value)
        patch["name"] = f"{example['name']}-contract-patched"
        patch.setdefault("workers", {"min": 1, "max": 7, "idleTimeout": 9})
        check(patch["workers"] != example.get("workers"),
              "the PATCH workers must differ from the example's")
        print(f"--    endpoint example {name!r}", flush=True)
        check_crud(checker, "/v2/serverless", "ep_", "Endpoint", example, patch,
                   after_create=request_urls_point_at_invoke_base)


def check_errors(checker):
    api, schemas = checker.api, checker.schemas

    problem = checker.expect(api.call("GET", "/v2/templates", key=None), 401, authenticated=False)
    check(problem["detail"] == "missing bearer token",
          f"401 without Authorization: detail {problem['detail']!r}, "
          "SERVICE.md says 'missing bearer token'")
    ok("GET /v2/templates without Authorization: 401 problem+json, 'missing bearer token'")

    unknown = "rpa_" + "0" * 40
    problem = checker.expect(api.call("GET", "/v2/templates", key=unknown), 401, authenticated=False)
    check(problem["detail"] == "invalid api key",
          f"401 with an unknown key: detail {problem['detail']!r}, SERVICE.md says 'invalid api key'")
    ok("GET /v2/templates with an unknown key: 401 problem+json, 'invalid api key'")

    checker.expect(api.call("GET", "/v2/templates/tpl_doesnotexist0"), 404)
    ok("GET /v2/templates/tpl_doesnotexist0: 404 problem+json, RateLimit headers")

    checker.expect(api.call("POST", "/v2/templates", raw=b'{"name": "x", "image": '), 400)
    ok("POST /v2/templates with malformed JSON: 400 problem+json, RateLimit headers")

    body = {"name": "x", "image": "y", "bogus": 1}
    check(schemas.errors("CreateTemplateRequest", body),
          "test bug: the 'bogus' body is valid against CreateTemplateRequest")
    problem = checker.expect(api.call("POST", "/v2/templates", body), 422)
    errors = problem.get("errors")
    check(isinstance(errors, list) and len(errors) == 1 and "bogus" in errors[0],
          f"422 for an unknown field: expected errors to be one entry naming 'bogus', got {errors!r}")
    ok(f"POST /v2/templates with an unknown field: 422 problem+json, errors {errors}")

    body = {"name": "x", "image": "y", "disk": 0, "bogus": 1}
    check(len(schemas.errors("CreateTemplateRequest", body)) >= 2,
          "test bug: the two-failure body does not fail twice against CreateTemplateRequest")
    problem = checker.expect(api.call("POST", "/v2/templates", body), 422)
    errors = problem.get("errors")
    check(isinstance(errors, list) and len(errors) >= 2,
          f"422 with two failures: expected at least 2 entries in errors, got {errors!r}")
    check(any("bogus" in e for e in errors) and any("disk" in e for e in errors),
          f"422 with two failures: expected entries naming 'disk' and 'bogus', got {errors!r}")
    ok(f"POST /v2/templates with disk:0 and an unknown field: 422 problem+json, errors {errors}")


def run(sandbox_binary, document_path):
    document = json.loads(Path(document_path).read_text(encoding="utf-8"))
    schemas = Schemas(document, document_path)
    self_check(schemas, document)

    check(os.path.isfile(sandbox_binary) and os.access(sandbox_binary, os.X_OK),
          f"the sandbox binary {sandbox_binary} does not exist or is not executable")
    with tempfile.TemporaryDirectory(prefix="podwarden-contract-") as work_dir:
        sandbox = Sandbox(sandbox_binary, work_dir, seed="demo")
        passed = False
        try:
            sandbox.start()
            ok(f"sandbox ready: api {sandbox.api_base}, invoke {sandbox.invoke_base}")
            checker = Checker(Api(sandbox.api_base, sandbox.key), schemas)
            check_lists(checker)
            check_templates(checker, document)
            check_endpoints(checker, document, sandbox.invoke_base)
            check_errors(checker)
            passed = True
        except CheckFailed as failure:
            failure.log_tail = sandbox.stderr_tail()
            raise
        finally:
            code = sandbox.stop()
        if passed:
            check(code == 0, f"the sandbox did not exit with 0 on SIGTERM "
                             f"({'killed after hanging' if code is None else f'exit {code}'})")
            ok("sandbox stopped on SIGTERM with exit code 0")


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    sandbox_binary, document_path = argv[1], argv[2]
    if not os.path.exists(document_path):
        print(f"SKIP: the OpenAPI document {document_path} is absent; "
              "the contract test is skipped")
        return SKIP_RETURN_CODE
    try:
        run(sandbox_binary, document_path)
    except CheckFailed as failure:
        print(f"FAIL  {failure}", flush=True)
        if failure.log_tail:
            print(f"---- sandbox stderr (last lines) ----\n{failure.log_tail}", flush=True)
        return 1
    print("PASS  all contract checks")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
