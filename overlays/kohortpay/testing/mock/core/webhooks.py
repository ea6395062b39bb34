"""Events and their delivery to registered endpoints as Svix delivers them (reference §9).

Each message is attempted at once, then retried on Svix's schedule, counted on the mock's clock: a
test that advances the clock gets the attempts that fell due, in order, without waiting. Like Svix, a
2xx answer within 15 s is a success and anything else a failure (3xx included); an answer with
`webhook-delivery: abort-message` stops the retries; a message whose attempts are exhausted is
failed; an endpoint whose every attempt failed for 5 days is disabled. Tests can also hold messages
and release them out of order, or have some delivered twice — both happen with Svix in production.

Delivery runs on a background thread so that API calls never wait for a receiver.
"""

from __future__ import annotations

import base64
import datetime as dt
import heapq
import itertools
import json
import random
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx

from kohortpay._redaction import redact
from kohortpay.webhooks import sign
from kohortpay_client.records import EventType

from .state import new_id
from .wire import format_datetime, to_wire

# Seconds after a failed attempt before the next one: Svix's schedule (8 attempts over ~27.5 hours).
RETRY_SCHEDULE = (5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 10 * 3600)
ATTEMPTS = len(RETRY_SCHEDULE) + 1
DISABLE_AFTER = dt.timedelta(days=5)  # of failures only, for an endpoint
ANSWER_CHARS = 500  # of an endpoint's answer, kept with each delivery attempt
DELIVERY_TIMEOUT = 15.0
Order = Literal["original", "reversed", "shuffled"]


@dataclass
class Endpoint:
    id: str
    url: str
    secret: str = field(repr=False)
    events: list[str] | None  # None: every event
    organization_id: str | None  # None: every organization
    livemode: bool | None  # None: both modes
    disabled: bool = False
    failing_since: dt.datetime | None = None  # scheduled time of the first failure since a success
    attempts: list[dict[str, Any]] = field(default_factory=list, repr=False)

    def wants(self, event: Event) -> bool:
        return (
            not self.disabled
            and (self.events is None or event.type in self.events)
            and self.organization_id in (None, event.organization_id)
            and self.livemode in (None, event.livemode)
        )

    def describe(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "secret": self.secret,
            "events": self.events,
            "organization_id": self.organization_id,
            "livemode": self.livemode,
            "disabled": self.disabled,
        }


@dataclass
class Event:
    id: str
    type: str
    organization_id: str
    livemode: bool
    data: Mapping[str, Any]  # a copy of the object as it was when the event happened
    created_at: str
    deliveries: list[dict[str, Any]] = field(default_factory=list)
    _body: bytes | None = field(default=None, repr=False)

    @property
    def body(self) -> bytes:
        """The payload as sent (camelCase `data`, like the server's webhooks), made when first needed:
        most events of a test are never delivered nor read."""
        if self._body is None:
            payload = {"type": self.type, "data": to_wire(self.data, snake_case=False)}
            self._body = json.dumps(payload, separators=(",", ":")).encode()
        return self._body

    def describe(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "organization_id": self.organization_id,
            "livemode": self.livemode,
            "created_at": self.created_at,
            "payload": json.loads(self.body),
            "deliveries": [dict(d) for d in self.deliveries],
        }


_SCALARS = frozenset((str, int, float, bool, type(None), dt.datetime))


def _snapshot(value: Any) -> Any:
    """`value` as it is now: its dicts and lists copied (the records they hold change later)."""
    if isinstance(value, dict):
        return {key: item if type(item) in _SCALARS else _snapshot(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_snapshot(item) for item in value]
    return value


@dataclass(order=True)
class Attempt:
    """One delivery of `event` to `endpoint`, due at `due` on the mock's clock."""

    due: dt.datetime
    sequence: int
    event: Event = field(compare=False)
    endpoint: Endpoint = field(compare=False)
    number: int = field(compare=False, default=1)
    duplicate: bool = field(compare=False, default=False)  # an extra copy: never retried


class Webhooks:
    """The event log, the endpoints, and the delivery thread."""

    def __init__(self, now: Callable[[], dt.datetime]) -> None:
        self._now = now
        self._lock = threading.Condition()
        self._sequence = itertools.count()
        self._thread: threading.Thread | None = None
        self._closed = False
        self._in_flight = 0
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self.endpoints: dict[str, Endpoint] = {}
            self.log: list[Event] = []
            self._queue: list[Attempt] = []  # a heap
            self._held: list[Attempt] | None = None  # first attempts kept back by `hold`
            self._duplicates: list[list[Any]] = []  # [event type or None, messages left]

    def add_endpoint(
        self,
        url: str,
        events: list[str] | None = None,
        organization_id: str | None = None,
        livemode: bool | None = None,
    ) -> Endpoint:
        secret = "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()
        endpoint = Endpoint(new_id("wh"), url, secret, events, organization_id, livemode)
        with self._lock:
            self.endpoints[endpoint.id] = endpoint
        return endpoint

    def emit(self, event_type: EventType, data: Mapping[str, Any], organization_id: str, livemode: bool) -> Event:
        """Record an event (camelCase `data`, like the server's webhooks) and queue its deliveries."""
        now = self._now()
        event = Event(new_id("msg"), event_type, organization_id, livemode, _snapshot(data), format_datetime(now))
        with self._lock:
            self.log.append(event)
            receivers = [endpoint for endpoint in self.endpoints.values() if endpoint.wants(event)]
            twice = bool(receivers) and self._take_duplicate(event_type)
            for endpoint in receivers:
                first = [Attempt(now, next(self._sequence), event, endpoint)]
                if twice:
                    first.append(Attempt(now, next(self._sequence), event, endpoint, duplicate=True))
                if self._held is not None:
                    self._held.extend(first)
                else:
                    self._push(*first)
        return event

    # ----------------------------------------------------------- what tests inject
    def duplicate(self, event_type: str | None, messages: int) -> None:
        """Deliver the next `messages` messages (of `event_type`) that go to an endpoint twice, as
        Svix may."""
        with self._lock:
            self._duplicates.append([event_type, messages])

    def hold(self) -> None:
        """Keep new messages back until `release`."""
        with self._lock:
            if self._held is None:
                self._held = []

    def release(self, order: Order = "reversed", seed: int | None = None) -> int:
        """Deliver the held messages in `order`; returns how many deliveries were released."""
        with self._lock:
            held, self._held = self._held or [], None
            if order == "reversed":
                held.reverse()
            elif order == "shuffled":
                random.Random(seed).shuffle(held)
            now = self._now()
            for attempt in held:
                attempt.due, attempt.sequence = now, next(self._sequence)
            self._push(*held)
            return len(held)

    def _take_duplicate(self, event_type: str) -> bool:
        for rule in self._duplicates:
            if rule[0] in (None, event_type):
                rule[1] -= 1
                if rule[1] == 0:
                    self._duplicates.remove(rule)
                return True
        return False

    # ----------------------------------------------------------------- reading
    def events(self, event_type: str | None = None) -> list[dict[str, Any]]:
        with self._lock:
            return [e.describe() for e in self.log if event_type in (None, e.type)]

    def attempts(self, endpoint_id: str | None = None) -> list[dict[str, Any]]:
        """Every delivery attempt (to `endpoint_id`, if given), in the order they were made."""
        with self._lock:
            endpoints = self.endpoints.values() if endpoint_id is None else [self.endpoints[endpoint_id]]
            found = [dict(a) for e in endpoints for a in e.attempts]
        return sorted(found, key=lambda a: a["sequence"])

    def pending(self) -> int:
        with self._lock:
            return len(self._queue)

    def wake(self) -> None:
        """The clock moved: attempts may have fallen due."""
        with self._lock:
            self._lock.notify_all()

    def wait_idle(self, timeout: float) -> bool:
        """Wait until every attempt due now (on the mock's clock) has been made; retries due later
        are not waited for. False if that took longer than `timeout` seconds."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while self._in_flight or (self._queue and self._queue[0].due <= self._now()):
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._lock.wait(timeout=min(left, 0.05))
            return True

    def refused(self) -> list[str]:
        """The messages whose latest attempt to an endpoint was refused (or never answered), described."""
        found = []
        with self._lock:
            for event in self.log:
                latest: dict[str, dict[str, Any]] = {}
                for delivery in event.deliveries:
                    latest[delivery["endpoint_id"]] = delivery
                for endpoint_id, delivery in latest.items():
                    if not delivery["ok"]:
                        endpoint = self.endpoints.get(endpoint_id)
                        where = endpoint.url if endpoint is not None else endpoint_id
                        outcome = delivery["error"] or f"{delivery['status']} {delivery['answer']!r}"
                        following = delivery["next_attempt_at"]
                        then = f"next attempt at {following}" if following else "failed"
                        found.append(
                            f"{event.type} {event.id} to {where} (attempt {delivery['attempt']} of {ATTEMPTS}, "
                            f"{then}): {outcome}"
                        )
        return found

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._lock.notify_all()
        if self._thread is not None:
            self._thread.join(timeout=DELIVERY_TIMEOUT + 1)

    # ----------------------------------------------------------------- delivery
    def _push(self, *attempts: Attempt) -> None:
        for attempt in attempts:
            heapq.heappush(self._queue, attempt)
        if self._thread is None:
            self._thread = threading.Thread(target=self._deliver_forever, name="kohortpay-mock-webhooks", daemon=True)
            self._thread.start()
        self._lock.notify_all()

    def _next(self) -> Attempt | None:
        with self._lock:
            while not self._closed:
                if self._queue:
                    wait = (self._queue[0].due - self._now()).total_seconds()
                    if wait <= 0:
                        self._in_flight += 1
                        return heapq.heappop(self._queue)
                    self._lock.wait(timeout=wait)  # or until the clock moves (`wake`)
                else:
                    self._lock.wait()
            return None

    def _deliver_forever(self) -> None:
        with httpx.Client(timeout=DELIVERY_TIMEOUT) as client:
            while (attempt := self._next()) is not None:
                self._deliver(client, attempt)

    def _deliver(self, client: httpx.Client, attempt: Attempt) -> None:
        event, endpoint = attempt.event, attempt.endpoint
        timestamp = int(time.time())  # the receiver checks it against its own clock, not the mock's
        signature = sign(event.body, endpoint.secret, msg_id=event.id, timestamp=timestamp)  # the SDK's own
        headers = {"Content-Type": "application/json"}
        for prefix in ("svix", "webhook"):  # Svix names, and the Standard Webhooks ones
            headers |= {
                f"{prefix}-id": event.id,
                f"{prefix}-timestamp": str(timestamp),
                f"{prefix}-signature": signature,
            }
        answer, abort = "", False
        try:
            response = client.post(endpoint.url, content=event.body, headers=headers)
            status: int | None = response.status_code
            error = None
            answer = redact(response.text[:ANSWER_CHARS])  # an endpoint could echo its secret
            abort = response.headers.get("webhook-delivery") == "abort-message"
        except Exception as exc:  # any endpoint's failure is that delivery's, never the delivery thread's
            status, error = None, type(exc).__name__
        delivered = status is not None and 200 <= status < 300
        with self._lock:
            if delivered:
                endpoint.failing_since = None
            elif endpoint.failing_since is None:
                endpoint.failing_since = attempt.due
            elif attempt.due - endpoint.failing_since >= DISABLE_AFTER:
                self._disable(endpoint)
            retry = not (delivered or abort or attempt.duplicate or attempt.number == ATTEMPTS)
            retry = retry and self.endpoints.get(endpoint.id) is endpoint and not endpoint.disabled
            following = attempt.due + dt.timedelta(seconds=RETRY_SCHEDULE[attempt.number - 1]) if retry else None
            record = {
                "sequence": next(self._sequence),
                "event_id": event.id,
                "event_type": event.type,
                "endpoint_id": endpoint.id,
                "attempt": attempt.number,
                "duplicate": attempt.duplicate,
                "scheduled_at": format_datetime(attempt.due),
                "status": status,
                "error": error,
                "ok": delivered,
                "answer": answer,
                "next_attempt_at": format_datetime(following) if following else None,
            }
            event.deliveries.append(record)
            endpoint.attempts.append(record)
            if following is not None:
                retried = Attempt(following, next(self._sequence), event, endpoint, attempt.number + 1)
                heapq.heappush(self._queue, retried)
            self._in_flight -= 1
            self._lock.notify_all()

    def _disable(self, endpoint: Endpoint) -> None:
        endpoint.disabled = True
        self._queue = [a for a in self._queue if a.endpoint is not endpoint]
        heapq.heapify(self._queue)
