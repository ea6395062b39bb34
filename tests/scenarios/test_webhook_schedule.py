"""Webhook deliveries as Svix makes them: its retry schedule on the mock's clock, failed messages,
disabled endpoints, `abort-message`, and the duplicates and reordering tests inject."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from kohortpay._datetime import parse_datetime
from kohortpay.testing import MockServer
from kohortpay.testing.mock import WebhookDeliveryError
from kohortpay.testing.mock.core.webhooks import RETRY_SCHEDULE

from .helpers import http, ok, order

DAY = 24 * 3600


@dataclass
class Handler:
    """A shop's webhook handler that answers `status` (and `headers`) and records what it got."""

    status: int = 204
    headers: dict[str, str] = field(default_factory=dict)
    received: list[tuple[str, str]] = field(default_factory=list)  # (svix-id, order id)

    async def answer(self, request: Request) -> Response:
        payload = await request.json()
        self.received.append((request.headers["svix-id"], payload["data"]["id"]))
        return Response(status_code=self.status, headers=self.headers)


@pytest.fixture
def handler() -> Handler:
    return Handler()


def serve(server: MockServer, handler: Handler) -> str:
    app = Starlette(routes=[Route("/hooks", handler.answer, methods=["POST"])])
    return str(server.deliver_webhooks_to(app, "/hooks", events=["order.created"])["id"])


def at(value: str) -> dt.datetime:
    return parse_datetime(value)


def test_a_refused_message_is_retried_on_svix_schedule_as_the_clock_moves(
    server: MockServer, api: httpx.Client, handler: Handler
) -> None:
    handler.status = 503
    endpoint = serve(server, handler)
    order(api, "down@example.com")
    server.wait_for_webhooks(refused_ok=True)
    assert len(handler.received) == 1  # the next attempt is 5 s away on the mock's clock
    server.advance_clock(4)
    server.wait_for_webhooks(refused_ok=True)
    assert len(handler.received) == 1
    server.advance_clock(2 * DAY)  # every attempt of the schedule falls due, in order
    server.wait_for_webhooks(refused_ok=True)
    log = server.webhook_deliveries(endpoint)
    assert [a["attempt"] for a in log] == [1, 2, 3, 4, 5, 6, 7, 8]
    gaps = [(at(b["scheduled_at"]) - at(a["scheduled_at"])).total_seconds() for a, b in zip(log, log[1:], strict=False)]
    assert gaps == pytest.approx(RETRY_SCHEDULE, abs=0.01)
    assert [a["next_attempt_at"] for a in log[:-1]] == [a["scheduled_at"] for a in log[1:]]
    assert log[-1]["next_attempt_at"] is None  # exhausted: the message failed
    assert {(a["status"], a["ok"]) for a in log} == {(503, False)}
    assert len({svix_id for svix_id, _ in handler.received}) == 1  # one message, eight attempts
    with pytest.raises(WebhookDeliveryError, match=r"attempt 8 of 8, failed\): 503"):
        server.wait_for_webhooks()


def test_a_retry_that_succeeds_ends_the_schedule(server: MockServer, api: httpx.Client, handler: Handler) -> None:
    handler.status = 500
    endpoint = serve(server, handler)
    order(api, "flaky@example.com")
    server.wait_for_webhooks(refused_ok=True)
    handler.status = 200  # the shop's deploy finished
    server.advance_clock(5 * 60 + 5)  # attempts 2 and 3 are due; 2 succeeds
    server.wait_for_webhooks()
    server.advance_clock(2 * DAY)
    server.wait_for_webhooks()
    assert [(a["attempt"], a["status"]) for a in server.webhook_deliveries(endpoint)] == [(1, 500), (2, 200)]


def test_an_endpoint_failing_for_five_days_is_disabled(server: MockServer, api: httpx.Client, handler: Handler) -> None:
    handler.status = 502
    endpoint = serve(server, handler)
    for day in range(6):
        order(api, f"day{day}@example.com")
        server.advance_clock(DAY)
        server.wait_for_webhooks(refused_ok=True)
    with http(server.url) as control:
        (described,) = ok(control.get("/_mock/webhook-endpoints"))
        assert described["disabled"] is True
        attempts = len(ok(control.get(f"/_mock/webhook-endpoints/{endpoint}/deliveries")))
    handler.status = 204
    order(api, "after@example.com")  # no longer attempted, nor the retries still pending
    server.advance_clock(2 * DAY)
    server.wait_for_webhooks(refused_ok=True)
    assert len(server.webhook_deliveries(endpoint)) == attempts
    first = at(server.webhook_deliveries(endpoint)[0]["scheduled_at"])
    last = at(server.webhook_deliveries(endpoint)[-1]["scheduled_at"])
    assert dt.timedelta(days=5) <= last - first < dt.timedelta(days=6)


def test_abort_message_stops_the_retries(server: MockServer, api: httpx.Client, handler: Handler) -> None:
    handler.status, handler.headers = 410, {"webhook-delivery": "abort-message"}
    endpoint = serve(server, handler)
    order(api, "gone@example.com")
    server.advance_clock(2 * DAY)
    server.wait_for_webhooks(refused_ok=True)
    assert [(a["attempt"], a["status"], a["next_attempt_at"]) for a in server.webhook_deliveries(endpoint)] == [
        (1, 410, None)
    ]


def test_a_message_delivered_twice_carries_the_same_id(server: MockServer, api: httpx.Client, handler: Handler) -> None:
    endpoint = serve(server, handler)
    server.duplicate_webhooks("order.created")
    placed = order(api, "twice@example.com")
    order(api, "once@example.com")
    server.wait_for_webhooks()
    first, copy, other = handler.received
    assert first == copy and first[1] == placed["id"] and other != first
    assert [a["duplicate"] for a in server.webhook_deliveries(endpoint)] == [False, True, False]


def test_held_messages_are_released_out_of_order(server: MockServer, api: httpx.Client, handler: Handler) -> None:
    serve(server, handler)
    server.hold_webhooks()
    placed = [order(api, f"held{n}@example.com")["id"] for n in range(3)]
    server.wait_for_webhooks()
    assert handler.received == []
    assert server.release_webhooks() == 3
    server.wait_for_webhooks()
    assert [order_id for _, order_id in handler.received] == placed[::-1]
    order(api, "later@example.com")  # no longer held
    server.wait_for_webhooks()
    assert len(handler.received) == 4


def test_the_control_api_injects_and_shows_deliveries(server: MockServer, api: httpx.Client, handler: Handler) -> None:
    endpoint = serve(server, handler)
    with http(server.url) as control:
        ok(control.post("/_mock/webhooks/hold"))
        ok(control.post("/_mock/webhooks/duplicate", json={"messages": 1}))
        placed = [order(api, f"http{n}@example.com")["id"] for n in range(2)]
        assert ok(control.post("/_mock/webhooks/release", json={"order": "original"})) == {"released": 3}
        server.wait_for_webhooks()
        log = ok(control.get(f"/_mock/webhook-endpoints/{endpoint}/deliveries"))
        assert [order_id for _, order_id in handler.received] == [placed[0], placed[0], placed[1]]
        assert [(a["event_type"], a["attempt"], a["status"], a["ok"]) for a in log] == [
            ("order.created", 1, 204, True)
        ] * 3
        for body, message in [
            ({"order": "sideways"}, "order must be one of original, reversed, shuffled"),
            ({"seed": "x"}, "seed must be an integer"),
        ]:
            refused = control.post("/_mock/webhooks/release", json=body)
            assert (refused.status_code, refused.json()["error"]["message"]) == (400, message)
        refused = control.post("/_mock/webhooks/duplicate", json={"messages": 0})
        assert refused.status_code == 400
        assert refused.json()["error"]["message"] == "messages must be an integer, at least 1"
        missing = control.get("/_mock/webhook-endpoints/wh_nope/deliveries")
        assert missing.status_code == 404
        assert missing.json()["error"]["message"] == "no webhook endpoint wh_nope"
