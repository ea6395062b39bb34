"""Parity tests, in the style of LocalStack's snapshot tests: one scenario, two servers.

A scenario sends raw requests through ``Parity.call`` and ends by collecting the webhooks of its
organization. With ``KOHORTPAY_PARITY_RECORD=1`` it runs against KohortPay's reference server
(``../shared/refserver/``) and the normalized exchanges become the module's snapshot file in
``snapshots/``; otherwise it runs against the mock and every exchange must match the recording.
The transformers replace what legitimately differs between two runs — ids, share codes, tokens,
timestamps, keys, hosted URLs, the storage layer's constraint messages — and nothing else. A
difference the mock keeps on purpose is declared at its test with ``@diverges(path, reason=…)``;
a declaration that no longer matches any difference fails the test.
"""

from __future__ import annotations

import base64
import datetime as dt
import fnmatch
import itertools
import json
import os
import re
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import httpx
import pytest

from kohortpay._casing import snake_key
from kohortpay.testing import MockServer
from kohortpay_client import facts

Json = Any
RECORDING = os.environ.get("KOHORTPAY_PARITY_RECORD") == "1"
SNAPSHOTS = Path(__file__).with_name("snapshots")
ROOT = Path(__file__).resolve().parents[2]
#: The reason of a divergence several scenarios share.
ORGANIZATION = (
    "the mock inlines an organization's id and name, not the server's internal record "
    "(its Clerk, Svix, Stripe, billing and brand fields)"
)


# ----------------------------------------------------------------------------------- targets
@dataclass
class Organization:
    id: str
    keys: dict[str, str] = field(repr=False)  # sk_test, pk_test, sk_live, pk_live
    minutes: int  # the test-mode group duration


class Target(Protocol):
    name: str
    url: str

    def now(self) -> dt.datetime:
        """The server's clock."""

    def organization(self, settings: Json | None) -> Organization: ...

    def other_organization(self) -> Organization:
        """One more organization, beside the scenario's (which stays as it is)."""

    def settle(self, organization: Organization, quick: bool = False) -> None:
        """Wait until the server has finished what it does after answering (groups, webhooks);
        `quick` waits for its database writes only, not for every webhook."""

    def expire_groups(self, organization: Organization) -> None:
        """Make every open group due, and wait for the server's job to complete or expire them."""

    def webhooks(self, organization: Organization) -> list[Json]:
        """The organization's webhooks so far: ``{"eventType", "payload"}``, in the order sent."""


class MockTarget:
    name = "mock"

    def __init__(self, server: MockServer) -> None:
        self.server = server
        self.url = server.url

    def now(self) -> dt.datetime:
        return self.server.now()

    def organization(self, settings: Json | None) -> Organization:
        self.server.reset()  # a scenario starts from an empty mock, at the real time
        return self.other_organization(settings)

    def other_organization(self, settings: Json | None = None) -> Organization:
        created = self.server.create_organization(name="parity", test_settings=settings)
        minutes = created["settings"]["test"]["minutes_duration"]
        return Organization(created["id"], created["keys"], minutes)

    def settle(self, organization: Organization, quick: bool = False) -> None:
        self.server.settle()

    def expire_groups(self, organization: Organization) -> None:
        self.server.advance_clock(organization.minutes * 60 + 61)
        self.server.settle()

    def webhooks(self, organization: Organization) -> list[Json]:
        return [
            {"eventType": event["type"], "payload": event["payload"]}
            for event in self.server.events()
            if event["organization_id"] == organization.id
        ]


class ReferenceTarget:
    """KohortPay's own server, set up by ``../shared/refserver/setup.sh`` in ``KOHORTPAY_REFSERVER``."""

    name = "reference"

    def __init__(self, work: Path, scripts: Path) -> None:
        self.work, self.scripts = work, scripts
        env = dict(
            line.split("=", 1) for line in (work / "run" / "refserver.env").read_text().splitlines() if "=" in line
        )
        self.url = env["API_BASE_URL"]
        self.database = env["DATABASE_URL"]
        self.log = work / "run" / "webhooks.jsonl"

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    def _sql(self, statement: str) -> str:
        done = subprocess.run(
            ["psql", "-qtA", self.database, "-c", statement], capture_output=True, text=True, check=True
        )
        return done.stdout.strip()

    def organization(self, settings: Json | None) -> Organization:
        organization = self.other_organization()
        if settings:
            organization.minutes = self._configure(organization.id, settings)
        return organization

    def other_organization(self) -> Organization:
        done = subprocess.run(
            ["bash", str(self.scripts / "new-org.sh"), str(self.work), "parity"],
            capture_output=True,
            text=True,
            check=True,
        )
        keys = json.loads(done.stdout.split("REFSERVER_KEYS ", 1)[1])
        return Organization(keys.pop("organization_id"), keys, 10)

    def _configure(self, organization_id: str, settings: Json) -> int:
        """Apply control-API style settings (snake_case) to the organization's test-mode settings row."""
        where = f"organization_id = '{organization_id}' and livemode = false"
        columns = ("discount_type", "max_participants", "minutes_duration", "min_purchase_value")
        assignments = ", ".join(f"{c} = '{settings[c]}'" for c in columns if c in settings)
        if assignments:
            self._sql(f"update payment_group_settings set {assignments} where {where}")
        if "discount_levels" in settings:
            settings_id = self._sql(f"select id from payment_group_settings where {where}")
            self._sql(f"delete from discount_levels where payment_group_settings_id = '{settings_id}'")
            for level in settings["discount_levels"]:
                level_id = "dlev_" + os.urandom(7).hex()
                self._sql(
                    "insert into discount_levels (id, payment_group_settings_id, level, value, participants_to_unlock)"
                    f" values ('{level_id}', '{settings_id}', {level['level']}, {level['value']},"
                    f" {level['participants_to_unlock']})"
                )
        return int(self._sql(f"select minutes_duration from payment_group_settings where {where}"))

    def _messages(self, organization: Organization) -> list[Json]:
        if not self.log.exists():
            return []
        lines = (json.loads(line) for line in self.log.read_text(encoding="utf-8").split("\n") if line)
        app = f"/app/app_refserver_{organization.id}/msg"
        return [line["body"] for line in lines if line["path"].endswith(app)]

    def settle(self, organization: Organization, quick: bool = False) -> None:
        quiet = 0.8 if quick else 2.0  # a group is written ~0.3 s after the answer, webhooks up to 1.5 s
        count, since = -1, time.monotonic()
        while time.monotonic() - since < quiet:
            now = len(self._messages(organization))
            if now != count:
                count, since = now, time.monotonic()
            time.sleep(0.2)

    def expire_groups(self, organization: Organization) -> None:
        self._sql(
            "update payment_groups set expires_at = now() - interval '1 minute'"
            f" where organization_id = '{organization.id}' and status = 'OPEN' and livemode = false"
        )
        headers = {"Authorization": f"Bearer {organization.keys['sk_test']}"}
        deadline = time.monotonic() + 90  # the job runs every minute
        with httpx.Client(base_url=self.url, headers=headers) as client:
            while client.get("/groups", params={"search": "status:OPEN"}).json()["count"]:
                if time.monotonic() > deadline:
                    raise TimeoutError("the reference server's job did not process the groups within 90 s")
                time.sleep(1)
        self.settle(organization)

    def webhooks(self, organization: Organization) -> list[Json]:
        return [{"eventType": m["eventType"], "payload": m["payload"]} for m in self._messages(organization)]


# ------------------------------------------------------------------------------ transformers
_PATTERNS = [  # (pattern, kind): each distinct value becomes `<kind:n>`, by order of appearance
    (re.compile(r"\b(?:cus|pg|pi|cs|ord|li|pgset|dlev|org|amb|bset)_[0-9a-f]{14}\b"), None),
    (re.compile(r"\borg_clerk_\d+\b"), "clerk"),  # the organization's ids at Clerk and Svix
    (re.compile(r"\bapp_refserver_org_[0-9a-f]+\b"), "svix-app"),
    (re.compile(r"\bcs_(?:test|live)_[0-9a-f]{58}\b"), "cs-share"),
    (re.compile(r"\bKHT-(?:test-)?[0-9A-F]{8}\b"), "code"),
    (re.compile(r"\b(?:sk|pk)_(?:test|live)_[0-9a-f]{20,}\b"), "key"),
]
_FIXED = [  # what legitimately differs, replaced by a constant
    (re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$"), "<datetime>"),
    (re.compile(r"\w{3} \w{3} \d{2} \d{4} \d{2}:\d{2}:\d{2} GMT[+-]\d{4} \([^)]*\)"), "<js-date>"),
    (re.compile(r"^[0-9a-f]{64}$"), "<token>"),
    (re.compile(r"^https?://[^/]+/c/"), "<checkout>/c/"),
    (re.compile(r"^Unique constraint failed:.*$", re.S), "Unique constraint failed:<storage details>"),
]


class Normalizer:
    """Replaces the values that differ between runs, consistently across one test."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}
        self.counts: dict[str, int] = {}

    def _name(self, value: str, kind: str) -> str:
        if value not in self.names:
            self.counts[kind] = self.counts.get(kind, 0) + 1
            self.names[value] = f"<{kind}:{self.counts[kind]}>"
        return self.names[value]

    def claim(self, label: str, body: Json) -> None:
        """Name the ids a step's answer shows first after the step (`<s012.id>`), not by order of
        appearance: a random walk's later names then do not shift when one answer differs."""
        if not isinstance(body, dict):
            return
        for key, value in body.items():
            if (key == "id" or key.endswith("_id")) and isinstance(value, str) and value not in self.names:
                if any(pattern.fullmatch(value) for pattern, _ in _PATTERNS):
                    self.names[value] = f"<{label}.{key}>"

    def text(self, value: str) -> str:
        for pattern, constant in _FIXED:
            value = pattern.sub(constant, value)
        for pattern, kind in _PATTERNS:
            value = pattern.sub(lambda m: self._name(m[0], kind or m[0].split("_", 1)[0]), value)  # noqa: B023
        return value

    def __call__(self, value: Json, answer: bool = True) -> Json:
        """`value` normalized; within answers (not under an exchange's `request`, which is as it
        was sent), to-many relations in a stable order."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self(item, answer) for item in value]
        if isinstance(value, dict):  # keys in sorted order: numbering must not depend on key order
            return {
                key: self(_ordered(key, value[key]) if answer else value[key], answer and key != "request")
                for key in sorted(value)
            }
        return value


# Inlined to-many relations (the spec's `relation`s with `many`): the server reads them without
# ORDER BY, so their order is the database's (a group's discount levels came back 2, 3, 1 in one
# recording); they compare in a stable order of their own.
_MANY = {relation.name for schema in facts.SCHEMAS.values() for relation in schema.relations.values() if relation.many}
UNORDERED = frozenset(_MANY | {snake_key(name) for name in _MANY})


def _ordered(key: str, value: Json) -> Json:
    if key not in UNORDERED or not isinstance(value, list):
        return value
    return sorted(value, key=lambda item: json.dumps(_blank(item), sort_keys=True))


def _blank(value: Json) -> Json:
    """The value without what differs between runs (for sorting only)."""
    if isinstance(value, str):
        for pattern, constant in _FIXED:
            value = pattern.sub(constant, value)
        for pattern, kind in _PATTERNS:
            value = pattern.sub(f"<{kind or 'id'}>", value)
        return value
    if isinstance(value, list):
        return [_blank(item) for item in value]
    if isinstance(value, dict):
        return {key: _blank(item) for key, item in value.items()}
    return value


# ----------------------------------------------------------------------------------- parity
def _auth(organization: Organization, auth: str) -> dict[str, str]:
    """`sk_test` (a key name), `none`, `bearer:<token>`, `raw:<header>`, or `basic:<key name>:<password>`."""
    if auth == "none":
        return {}
    kind, _, rest = auth.partition(":")
    if kind == "raw":
        return {"Authorization": rest}
    if kind == "bearer":
        return {"Authorization": f"Bearer {rest}"}
    if kind == "basic":
        name, _, password = rest.partition(":")
        user = organization.keys[name] + (f":{password}" if password != "-" else "")
        return {"Authorization": "Basic " + base64.b64encode(user.encode()).decode()}
    return {"Authorization": f"Bearer {organization.keys[auth]}"}


class Parity:
    """One scenario's exchanges with its target, normalized, and the check against the snapshot."""

    def __init__(self, target: Target, test_id: str, organization: Organization, recorded: Json = None) -> None:
        self.target = target
        self.test_id = test_id
        self.organization = organization
        self._recorded = {e["label"]: e for e in recorded["exchanges"]} if recorded else None
        self.normalize = Normalizer()
        self.exchanges: list[Json] = []
        self._http = httpx.Client(base_url=target.url, timeout=30)

    def call(
        self,
        label: str,
        method: str,
        path: str,
        body: Json = None,
        *,
        query: Json = None,
        auth: str = "sk_test",
        content: bytes | None = None,
        headers: dict[str, str] | None = None,
        names: bool = False,
    ) -> Json:
        """Send a request, record it and its answer, and return the decoded body (None if empty).
        `content` (raw bytes, with their `headers`) replaces the JSON `body`; `names` names the ids
        of a success after its label (see `Normalizer.claim`)."""
        assert label not in {e["label"] for e in self.exchanges}, f"duplicate label {label!r}"
        response = self._http.request(
            method,
            path,
            json=body,
            params=query,
            content=content,
            headers={**(headers or {}), **_auth(self.organization, auth)},
        )
        decoded = response.json() if response.content else None
        if names and response.is_success:
            self.normalize.claim(label, decoded)
        request = {"method": method, "path": path, "query": query, "body": body, "auth": auth}
        if content is not None:
            request |= {"content": content.decode(), "headers": headers or {}}
        self.exchanges.append(
            self.normalize({"label": label, "request": request, "status": response.status_code, "body": decoded})
        )
        return decoded

    def reference(self, label: str) -> Json:
        """The reference server's answer to a sent request (normalized): recorded, or, when recording,
        the one just received. A random walk decides from it, so both runs decide alike."""
        if self._recorded is not None:
            return self._recorded.get(label)
        return next((e for e in reversed(self.exchanges) if e["label"] == label), None)

    def settle(self, quick: bool = False) -> None:
        self.target.settle(self.organization, quick)

    def other_organization(self) -> Organization:
        return self.target.other_organization()

    def now(self) -> dt.datetime:
        return self.target.now()

    def expire_groups(self) -> None:
        self.target.expire_groups(self.organization)

    def webhooks(self) -> list[Json]:
        """The organization's webhooks, normalized, in a stable order (the server's varies)."""
        messages = self.target.webhooks(self.organization)
        known = self.normalize.names
        messages.sort(key=lambda m: (m["eventType"], known.get(m["payload"]["data"]["id"], "~")))
        return [self.normalize(message) for message in messages]

    def record(self) -> Json:
        self.settle()
        return {"exchanges": self.exchanges, "webhooks": self.webhooks()}

    def close(self) -> None:
        self._http.close()


def differences(expected: Json, actual: Json, path: str = "") -> Iterator[tuple[str, Json, Json]]:
    """`(path, expected, actual)` for every leaf that differs; paths like `create.body.data[0].id`."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in sorted(set(expected) | set(actual)):
            yield from differences(expected.get(key, "<absent>"), actual.get(key, "<absent>"), f"{path}.{key}")
    elif isinstance(expected, list) and isinstance(actual, list) and len(expected) == len(actual):
        for index, (left, right) in enumerate(zip(expected, actual, strict=True)):
            yield from differences(left, right, f"{path}[{index}]")
    elif expected != actual:
        yield path, expected, actual


def _ties_in_any_order(exchange: Json, body: Json) -> Json:
    """A page sorted by `orderBy`, its ties in a canonical order: the server leaves ties in the order
    its table holds rows, which an update changes (PostgreSQL writes a new row version)."""
    order_by = (exchange["request"].get("query") or {}).get("orderBy", "")
    field = snake_key(order_by.partition(":")[0])
    if (
        not isinstance(body, dict)
        or not isinstance(body.get("data"), list)
        or field in ("", "created_at", "updated_at")
    ):
        return body
    items = body["data"]
    if not all(isinstance(item, dict) and field in item for item in items):
        return body
    runs = [list(run) for _, run in itertools.groupby(items, key=lambda item: json.dumps(item[field]))]
    return {
        **body,
        "data": [i for run in runs for i in sorted(run, key=lambda i: json.dumps(_blank(i), sort_keys=True))],
    }


def compare(recorded: Json, run: Json, *, walk: bool = False) -> list[tuple[str, Json, Json]]:
    """What differs between the recording and this run, exchange by exchange (by label), then webhooks.
    In a random `walk` a request may differ (an id the other side did not create): it is a difference."""
    found = []
    recorded_exchanges = {e["label"]: e for e in recorded["exchanges"]}
    run_exchanges = {e["label"]: e for e in run["exchanges"]}
    assert list(recorded_exchanges) == list(run_exchanges), "the scenario changed: re-record it"
    for label, exchange in recorded_exchanges.items():
        other = run_exchanges[label]
        if walk and exchange["request"] != other["request"]:
            found += [(f"{label}.request{p}", e, a) for p, e, a in differences(exchange["request"], other["request"])]
        assert walk or exchange["request"] == other["request"], f"{label}: the request changed: re-record"
        if exchange["status"] != other["status"]:  # another answer altogether: show it whole
            found += [(f"{label}.status", exchange["status"], other["status"])]
            found += [(f"{label}.body", exchange["body"], other["body"])]
        else:
            ordered = [_ties_in_any_order(exchange, side["body"]) for side in (exchange, other)]
            found += [(f"{label}.body{p}", e, a) for p, e, a in differences(*ordered)]
    sent, delivered = ([m["eventType"] for m in w] for w in (recorded["webhooks"], run["webhooks"]))
    if sent != delivered:  # other events altogether: name them, not their contents
        return [*found, ("webhooks.events", sent, delivered)]
    found += [(f"webhooks{p}", e, a) for p, e, a in differences(recorded["webhooks"], run["webhooks"])]
    return found


def declared(node: pytest.Item) -> list[tuple[str, str]]:
    """The divergences declared at a test: `(path pattern, reason)`."""
    return [(pattern, mark.kwargs["reason"]) for mark in node.iter_markers("diverges") for pattern in mark.args]


def check(node: pytest.Item, recorded: Json, run: Json, *, walk: bool = False) -> None:
    allowed = declared(node)
    found = compare(recorded, run, walk=walk)
    unexplained = [d for d in found if not any(fnmatch.fnmatchcase(d[0], p) for p, _ in allowed)]
    stale = [p for p, _ in allowed if not any(fnmatch.fnmatchcase(d[0], p) for d in found)]
    lines = [f"  {path}: reference {expected!r}, mock {actual!r}" for path, expected, actual in unexplained]
    lines += [f"  declared divergence {pattern!r} no longer occurs: remove it" for pattern in stale]
    if lines:
        pytest.fail("the mock does not answer like the reference server:\n" + "\n".join(lines), pytrace=False)


def iso(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def agreement(node: pytest.Item, recorded: Json, run: Json) -> tuple[int, int, int, int, int]:
    """How the mock's run agrees with the recording: (exchanges, exchanges answered exactly alike,
    exchanges whose differences are all declared, webhooks, webhooks exactly alike)."""
    labels = [exchange["label"] for exchange in recorded["exchanges"]]
    allowed = [pattern for pattern, _ in declared(node)]
    found = compare(recorded, run, walk=True)
    differing = {path.split(".", 1)[0] for path, _, _ in found} & set(labels)
    unexplained = {
        path.split(".", 1)[0] for path, _, _ in found if not any(fnmatch.fnmatchcase(path, p) for p in allowed)
    } & set(labels)
    hooks = [path for path, _, _ in found if path.startswith("webhooks")]
    sent = len(recorded["webhooks"])
    same_hooks = 0 if "webhooks.events" in hooks else sent - len({path.split(".", 1)[0] for path in hooks})
    return len(labels), len(labels) - len(differing), len(differing - unexplained), sent, same_hooks
