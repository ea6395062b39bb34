"""Events and their delivery to registered endpoints as Svix-signed requests (reference §9).

Delivery runs on a background thread so that API calls never wait for a receiver. A non-2xx
answer or a connection error is retried on a short schedule (Svix waits minutes; tests cannot).
"""

from __future__ import annotations

import base64
import json
import secrets
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from kohortpay._redaction import redact
from kohortpay.webhooks import sign
from kohortpay_client.records import EventType

from .state import new_id, utcnow
from .wire import format_datetime, to_wire

RETRY_DELAYS = (0.2, 0.5, 1.0, 2.0, 4.0)  # seconds before attempts 2…6
ANSWER_CHARS = 500  # of an endpoint's answer, kept with each delivery attempt
DELIVERY_TIMEOUT = 5.0


@dataclass
class Endpoint:
    id: str
    url: str
    secret: str = field(repr=False)
    events: list[str] | None  # None: every event
    organization_id: str | None  # None: every organization
    livemode: bool | None  # None: both modes

    def wants(self, event: Event) -> bool:
        return (
            (self.events is None or event.type in self.events)
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
        }


@dataclass
class Event:
    id: str
    type: str
    organization_id: str
    livemode: bool
    body: bytes
    created_at: str
    deliveries: list[dict[str, Any]] = field(default_factory=list)

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


class Webhooks:
    """The event log, the endpoints, and the delivery thread."""

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._queue: list[tuple[float, Event, Endpoint, int]] = []  # (due, event, endpoint, attempt)
        self._thread: threading.Thread | None = None
        self._closed = False
        self._in_flight = 0
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self.endpoints: dict[str, Endpoint] = {}
            self.log: list[Event] = []
            self._queue.clear()

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
        body = json.dumps({"type": event_type, "data": to_wire(data, snake_case=False)}, separators=(",", ":"))
        event = Event(new_id("msg"), event_type, organization_id, livemode, body.encode(), format_datetime(utcnow()))
        with self._lock:
            self.log.append(event)
            for endpoint in self.endpoints.values():
                if endpoint.wants(event):
                    self._queue.append((time.monotonic(), event, endpoint, 1))
                    self._start()
            self._lock.notify_all()
        return event

    def events(self, event_type: str | None = None) -> list[dict[str, Any]]:
        with self._lock:
            return [e.describe() for e in self.log if event_type in (None, e.type)]

    def pending(self) -> int:
        with self._lock:
            return len(self._queue)

    def wait_idle(self, timeout: float) -> bool:
        """Wait until every delivery due now has been attempted (retries scheduled later are not
        waited for); False if that took longer than `timeout` seconds."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while self._in_flight or any(due <= time.monotonic() for due, *_ in self._queue):
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._lock.wait(timeout=min(left, 0.05))
            return True

    def refused(self) -> list[str]:
        """The deliveries whose latest attempt an endpoint refused (or never answered), described."""
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
                        found.append(f"{event.type} {event.id} to {where} (attempt {delivery['attempt']}): {outcome}")
        return found

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._lock.notify_all()
        if self._thread is not None:
            self._thread.join(timeout=DELIVERY_TIMEOUT + 1)

    # ----------------------------------------------------------------- delivery
    def _start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._deliver_forever, name="kohortpay-mock-webhooks", daemon=True)
            self._thread.start()

    def _next(self) -> tuple[Event, Endpoint, int] | None:
        with self._lock:
            while not self._closed:
                if self._queue:
                    self._queue.sort(key=lambda item: item[0])
                    due = self._queue[0][0] - time.monotonic()
                    if due <= 0:
                        _, event, endpoint, attempt = self._queue.pop(0)
                        self._in_flight += 1
                        return event, endpoint, attempt
                    self._lock.wait(timeout=due)
                else:
                    self._lock.wait()
            return None

    def _deliver_forever(self) -> None:
        with httpx.Client(timeout=DELIVERY_TIMEOUT) as client:
            while (job := self._next()) is not None:
                self._deliver(client, *job)

    def _deliver(self, client: httpx.Client, event: Event, endpoint: Endpoint, attempt: int) -> None:
        timestamp = int(time.time())
        signature = sign(event.body, endpoint.secret, msg_id=event.id, timestamp=timestamp)  # the SDK's own
        headers = {"Content-Type": "application/json"}
        for prefix in ("svix", "webhook"):  # Svix names, and the Standard Webhooks ones
            headers |= {
                f"{prefix}-id": event.id,
                f"{prefix}-timestamp": str(timestamp),
                f"{prefix}-signature": signature,
            }
        answer = ""
        try:
            response = client.post(endpoint.url, content=event.body, headers=headers)
            status: int | None = response.status_code
            error = None
            answer = redact(response.text[:ANSWER_CHARS])  # an endpoint could echo its secret
        except Exception as exc:  # any endpoint's failure is that delivery's, never the delivery thread's
            status, error = None, type(exc).__name__
        delivered = status is not None and 200 <= status < 300
        with self._lock:
            event.deliveries.append(
                {
                    "endpoint_id": endpoint.id,
                    "attempt": attempt,
                    "status": status,
                    "error": error,
                    "ok": delivered,
                    "answer": answer,
                }
            )
            if not delivered and attempt <= len(RETRY_DELAYS) and endpoint.id in self.endpoints:
                self._queue.append((time.monotonic() + RETRY_DELAYS[attempt - 1], event, endpoint, attempt + 1))
            self._in_flight -= 1
            self._lock.notify_all()
