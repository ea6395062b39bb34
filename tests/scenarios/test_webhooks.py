"""Svix-signed webhooks delivered to a local receiver, verified by hand (reference §9)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from kohortpay.testing import MockServer

from .helpers import PAST_COMPLETION, Json, checkout, group_of_session, ok, order, wait_until


@dataclass
class Delivery:
    headers: dict[str, str]
    body: bytes

    @property
    def payload(self) -> Json:
        loaded: Json = json.loads(self.body)
        return loaded

    @property
    def type(self) -> str:
        return str(self.payload["type"])


@dataclass
class Receiver:
    """A tiny HTTP endpoint on 127.0.0.1 that records what it receives."""

    url: str = ""
    deliveries: list[Delivery] = field(default_factory=list)
    failures_left: int = 0  # answer 500 to this many requests first
    lock: threading.Lock = field(default_factory=threading.Lock)

    def types(self) -> list[str]:
        with self.lock:
            return [d.type for d in self.deliveries]


def handler_for(receiver: Receiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            with receiver.lock:
                receiver.deliveries.append(Delivery({k.lower(): v for k, v in self.headers.items()}, body))
                fail = receiver.failures_left > 0
                receiver.failures_left -= 1 if fail else 0
            self.send_response(500 if fail else 204)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - signature of the base class
            return None

    return Handler


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    found = Receiver()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(found))
    found.url = f"http://127.0.0.1:{httpd.server_address[1]}/hooks"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield found
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


def verify(secret: str, delivery: Delivery, tolerance: int = 300) -> bool:
    """Svix verification, written from the reference rather than taken from the mock."""
    message_id = delivery.headers["svix-id"]
    timestamp = delivery.headers["svix-timestamp"]
    if abs(time.time() - int(timestamp)) > tolerance:
        return False
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = f"{message_id}.{timestamp}.".encode() + delivery.body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    offered = [entry.partition(",") for entry in delivery.headers["svix-signature"].split(" ")]
    return any(version == "v1" and hmac.compare_digest(sig, expected) for version, _, sig in offered)


def test_signed_deliveries_of_the_referral_flow(
    server: MockServer, api: httpx.Client, control: httpx.Client, receiver: Receiver
) -> None:
    endpoint = ok(control.post("/webhook-endpoints", json={"url": receiver.url}))
    assert endpoint["id"].startswith("wh_") and endpoint["secret"].startswith("whsec_")
    assert endpoint["url"] == receiver.url and endpoint["events"] is None
    assert len(base64.b64decode(endpoint["secret"].removeprefix("whsec_"))) >= 24

    first = checkout(api, "hook-a@example.com", 3000, metadata={"cart_id": "c-1"})
    group = group_of_session(api, first["id"])
    checkout(api, "hook-b@example.com", 5000, code=group["share_id"])
    server.advance_clock(PAST_COMPLETION)
    expected = [  # a payment intent succeeds, then the server's listener founds or joins its group
        "payment_intent.succeeded",
        "payment_group.created",
        "payment_intent.succeeded",
        "payment_group.joined",
        "payment_group.succeeded",
        "payment_intent.cashback_available",
        "payment_intent.cashback_available",
    ]
    wait_until(lambda: len(receiver.deliveries) >= len(expected))
    assert sorted(receiver.types()) == sorted(expected)  # delivery is asynchronous; the log is ordered
    assert [e["type"] for e in ok(control.get("/events"))] == expected

    for delivery in receiver.deliveries:
        assert delivery.headers["content-type"] == "application/json"
        assert delivery.headers["svix-id"].startswith("msg_")
        assert verify(endpoint["secret"], delivery), delivery.headers
        # The Standard Webhooks names carry the same values.
        assert delivery.headers["webhook-signature"] == delivery.headers["svix-signature"]
        assert set(delivery.payload) == {"type", "data"}
    # A tampered body or another secret does not verify.
    sample = receiver.deliveries[0]
    assert not verify(endpoint["secret"], Delivery(sample.headers, sample.body + b" "))
    assert not verify("whsec_" + base64.b64encode(b"x" * 24).decode(), sample)
    assert len({d.headers["svix-id"] for d in receiver.deliveries}) == len(expected)

    # Payloads are camelCase (metadata verbatim) and hold the cashback figures.
    by_type: dict[str, list[Json]] = {}
    for delivery in receiver.deliveries:
        by_type.setdefault(delivery.type, []).append(delivery.payload["data"])
    succeeded = by_type["payment_intent.succeeded"]
    creator = next(d for d in succeeded if d["customerEmail"] == "hook-a@example.com")
    assert {"amountCaptured", "amountCashback", "checkoutSessionId", "paymentGroupId", "createdAt"} <= set(creator)
    assert "amount_captured" not in creator
    assert creator["metadata"] is None and creator["checkoutSessionId"] == first["id"]
    cashback = {d["customerEmail"]: d for d in by_type["payment_intent.cashback_available"]}
    assert cashback["hook-a@example.com"]["amountCashback"] == 150
    assert cashback["hook-b@example.com"]["amountCaptured"] == 4750
    assert cashback["hook-b@example.com"]["status"] == "CASHBACK_AVAILABLE"
    done = by_type["payment_group.succeeded"][0]
    assert done["id"] == group["id"] and done["shareId"] == group["share_id"] and done["status"] == "COMPLETED"
    assert (done["level"], done["value"], done["participantsToUnlock"]) == (1, 5, 2)
    assert done["paymentGroupSettings"]["discountType"] == "PERCENTAGE"
    assert len(done["paymentGroupSettings"]["discountLevels"]) == 3
    assert {p["amount"] for p in done["paymentIntents"]} == {3000, 5000}


def test_a_failing_receiver_is_retried(server: MockServer, api: httpx.Client, receiver: Receiver) -> None:
    receiver.failures_left = 1
    endpoint = server.add_webhook_endpoint(receiver.url, events=["order.created"])
    placed = order(api, "retry@example.com")
    server.wait_for_webhooks(refused_ok=True)
    assert len(receiver.deliveries) == 1
    server.advance_clock(5)  # Svix's first retry, on the mock's clock
    wait_until(lambda: len(receiver.deliveries) >= 2)
    first, second = receiver.deliveries[:2]
    # The retry is the same message, with the same id and body, signed again.
    assert first.headers["svix-id"] == second.headers["svix-id"]
    assert first.body == second.body
    assert verify(endpoint["secret"], second)
    assert second.payload["data"]["id"] == placed["id"]
    wait_until(lambda: len(server.events("order.created")[0]["deliveries"]) >= 2)
    server.advance_clock(24 * 3600)
    server.wait_for_webhooks()  # no third attempt once it succeeded
    assert receiver.types() == ["order.created", "order.created"]
    logged = server.events("order.created")[0]
    assert [(d["attempt"], d["status"], d["ok"]) for d in logged["deliveries"]] == [(1, 500, False), (2, 204, True)]


def test_endpoints_receive_only_their_events(
    server: MockServer, api: httpx.Client, control: httpx.Client, receiver: Receiver
) -> None:
    ok(control.post("/webhook-endpoints", json={"url": receiver.url, "events": ["payment_group.created"]}))
    order(api, "only@example.com")
    checkout(api, "only2@example.com")
    wait_until(lambda: len(receiver.deliveries) >= 2)
    time.sleep(0.2)
    assert receiver.types() == ["payment_group.created", "payment_group.created"]
    # The event log holds every event, filterable by type.
    assert [e["type"] for e in ok(control.get("/events", params={"type": "order.created"}))] == ["order.created"]
    events = ok(control.get("/events"))
    assert {e["type"] for e in events} == {"order.created", "payment_group.created", "payment_intent.succeeded"}
    for event in events:
        assert event["id"].startswith("msg_")
        assert event["livemode"] is False
        assert event["organization_id"] == server.mock.state.default_organization.id
        assert set(event["payload"]) == {"type", "data"}
    assert ok(control.get("/webhook-endpoints"))[0]["events"] == ["payment_group.created"]
    error = control.post("/webhook-endpoints", json={"events": "all"})
    assert error.status_code == 400 and error.headers["content-type"] == "application/json"
    assert control.post("/webhook-endpoints", json={"url": receiver.url, "events": "all"}).status_code == 400


def test_reset_clears_endpoints_and_events(
    server: MockServer, api: httpx.Client, control: httpx.Client, receiver: Receiver
) -> None:
    server.add_webhook_endpoint(receiver.url)
    order(api, "before@example.com")
    wait_until(lambda: len(receiver.deliveries) >= 2)
    ok(control.post("/reset"))
    assert ok(control.get("/events")) == []
    assert ok(control.get("/webhook-endpoints")) == []
    delivered = len(receiver.deliveries)
    order(api, "after@example.com")
    time.sleep(0.2)
    assert len(receiver.deliveries) == delivered
