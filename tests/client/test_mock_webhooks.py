"""Webhooks signed and delivered by the mock server to a local receiver, verified by the client."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

import kohortpay
from kohortpay import webhooks
from kohortpay.testing import MockServer
from kohortpay_client.models import OrderEvent, PaymentGroupEvent, PaymentGroupSucceededEvent, PaymentIntentEvent

from .support import Api


class Receiver:
    """A local HTTP endpoint that records every webhook delivery (raw body and headers)."""

    def __init__(self) -> None:
        self.deliveries: list[tuple[bytes, dict[str, str]]] = []
        self._cond = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                with receiver._cond:
                    receiver.deliveries.append((body, dict(self.headers.items())))
                    receiver._cond.notify_all()
                self.send_response(204)
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/webhooks"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def wait_for(self, count: int, timeout: float = 10.0) -> list[tuple[bytes, dict[str, str]]]:
        deadline = time.monotonic() + timeout
        with self._cond:
            while len(self.deliveries) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"expected {count} deliveries, got {len(self.deliveries)}")
                self._cond.wait(remaining)
            return list(self.deliveries)

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    endpoint = Receiver()
    yield endpoint
    endpoint.close()


def verified(deliveries: list[tuple[bytes, dict[str, str]]], secret: str) -> list[webhooks.Event]:
    return [webhooks.verify(body, headers, secret) for body, headers in deliveries]


def test_events_are_delivered_signed_and_typed(api: Api, server: MockServer, receiver: Receiver) -> None:
    secret = server.add_webhook_endpoint(receiver.url)["secret"]
    assert secret.startswith("whsec_")
    api(
        lambda c: c.orders.create(
            amount=4000, customer_email="a@example.com", customer_first_name="A", customer_last_name="B"
        )
    )
    api(
        lambda c: c.checkout_sessions.create(
            amount_total=5000, customer_email="b@example.com", customer_first_name="B", customer_last_name="C"
        )
    )
    expected = {e["id"] for e in server.events()}
    events = verified(receiver.wait_for(len(expected)), secret)
    types = {e.type_ for e in events if not isinstance(e, webhooks.UnknownEvent)}
    assert {"order.created", "payment_group.created", "payment_intent.succeeded"} <= types
    for event in events:
        assert isinstance(event, OrderEvent | PaymentGroupEvent | PaymentIntentEvent)
    order_event = next(e for e in events if isinstance(e, OrderEvent))
    assert order_event.data.customer_email == "a@example.com"
    assert {headers["svix-id"] for _, headers in receiver.deliveries} == expected


def test_group_completion_sends_succeeded_and_cashback(api: Api, server: MockServer, receiver: Receiver) -> None:
    secret = server.add_webhook_endpoint(receiver.url, events=["payment_group.succeeded", "order.cashback_available"])[
        "secret"
    ]
    order = api(
        lambda c: c.orders.create(
            amount=3000, customer_email="a@example.com", customer_first_name="A", customer_last_name="B"
        )
    )
    code = api(lambda c: c.orders.wait_for_group(order.id)).share_id
    api(
        lambda c: c.orders.create(
            amount=8000,
            customer_email="f@example.com",
            customer_first_name="F",
            customer_last_name="G",
            payment_group_share_id=code,
        )
    )
    server.advance_clock(24 * 3600)
    events = verified(receiver.wait_for(3), secret)
    succeeded = [e for e in events if isinstance(e, PaymentGroupSucceededEvent)]
    assert len(succeeded) == 1 and succeeded[0].data.share_id == code and succeeded[0].data.status == "COMPLETED"
    cashback = sorted(e.data.amount_cashback for e in events if isinstance(e, OrderEvent))  # type: ignore[type-var]
    assert len(cashback) == 2 and all(isinstance(v, int) and v > 0 for v in cashback)


def test_tampered_or_stale_deliveries_are_rejected(api: Api, server: MockServer, receiver: Receiver) -> None:
    secret = server.add_webhook_endpoint(receiver.url, events=["order.created"])["secret"]
    api(
        lambda c: c.orders.create(
            amount=4000, customer_email="a@example.com", customer_first_name="A", customer_last_name="B"
        )
    )
    [(body, headers)] = receiver.wait_for(1)
    assert isinstance(webhooks.verify(body, headers, secret), OrderEvent)
    with pytest.raises(kohortpay.WebhookVerificationError):
        webhooks.verify(body.replace(b"4000", b"4001"), headers, secret)
    with pytest.raises(kohortpay.WebhookVerificationError):
        webhooks.verify(body, headers, secret, now=int(headers["svix-timestamp"]) + 301)
    other = server.add_webhook_endpoint(receiver.url + "/other")["secret"]
    with pytest.raises(kohortpay.WebhookVerificationError):
        webhooks.verify(body, headers, other)
    # The Standard Webhooks header names the mock also sends verify on their own.
    standard = {k: v for k, v in headers.items() if k.lower().startswith("webhook-")}
    assert len(standard) == 3 and isinstance(webhooks.verify(body, standard, secret), OrderEvent)


def _asgi_shop(received: list[webhooks.Event], secret: dict[str, str]) -> object:
    """A merchant's webhook endpoint, as an ASGI app: verify, record, 204 (400 if it does not verify)."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    async def hook(request: Request) -> Response:
        try:
            received.append(webhooks.verify(await request.body(), request.headers, secret["value"]))
        except kohortpay.WebhookVerificationError:
            return Response(status_code=400)
        return Response(status_code=204)

    return Starlette(routes=[Route("/webhooks/kohortpay", hook, methods=["POST"])])


def test_webhooks_are_delivered_into_your_own_app() -> None:
    received: list[webhooks.Event] = []
    secret: dict[str, str] = {}
    shop = _asgi_shop(received, secret)
    with MockServer() as server, kohortpay.KohortPay(server.secret_key, base_url=server.url) as client:
        endpoint = server.deliver_webhooks_to(shop, events=["order.created", "payment_group.created"])
        secret["value"] = endpoint["secret"]  # what the app reads from its settings
        order = client.orders.create(
            amount=5000, customer_email="shop@example.com", customer_first_name="A", customer_last_name="B"
        )
        server.wait_for_webhooks()
        assert sorted(e.type for e in received) == ["order.created", "payment_group.created"]
        by_type = {e.type: e for e in received}
        assert isinstance(by_type["order.created"], webhooks.OrderEvent)
        assert by_type["order.created"].data.id == order.id and all(e.id and e.id.startswith("msg_") for e in received)
        assert all(d["ok"] for e in server.events() for d in e["deliveries"])
        server.reset()  # the app stops with the state it was registered in
        assert server._apps == []
