"""The request journal: what a service sent, readable from Python and over HTTP, and the
assertions that catch a create sent twice."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from kohortpay import KohortPay
from kohortpay.testing import MockServer
from kohortpay.testing.journal import assert_created_once, assert_no_duplicate_creates, created

from .helpers import bearer, http, ok, shopper


def test_every_request_is_journaled(server: MockServer, api: httpx.Client) -> None:
    customer = ok(api.post("/customers", json={"email_address": "ada@example.com"}), 201)
    api.get("/customers", params={"search": "emailAddress:ada@example.com", "take": "5"})
    api.post("/orders", json={"amount": 3000})  # refused: nothing created
    first, listing, refused = server.requests()
    assert (first.method, first.path, first.operation, first.status) == ("POST", "/customers", "createCustomer", 201)
    assert first.body == {"email_address": "ada@example.com"}  # as sent, before the server's camelCase
    assert first.created == (customer["id"],) and first.number == 1
    assert first.key == "sk_test_…" + server.secret_key[-4:]  # masked
    assert listing.query == {"search": ["emailAddress:ada@example.com"], "take": ["5"]} and not listing.created
    assert (refused.status, refused.created) == (400, ())
    assert [e.number for e in server.requests(method="post", path="/orders*")] == [3]
    with http(server.url) as control:
        shown = ok(control.get("/_mock/requests", params={"operation": "createCustomer"}))
    assert [(e["status"], e["created"], e["key"]) for e in shown] == [(201, [customer["id"]], first.key)]
    server.reset()
    assert server.requests() == []


def test_faults_and_dropped_answers_are_journaled(server: MockServer) -> None:
    server.add_fault("POST", "/orders", status=503)
    server.add_fault("POST", "/orders", drop_connection=True)
    with KohortPay(api_key=server.secret_key, base_url=server.url, max_retries=3) as client:
        client.orders.create(
            amount=3000,
            client_reference_id="cart-42",
            customer_email="jane@example.com",
            customer_first_name="Jane",
            customer_last_name="Doe",
        )
    attempts = server.requests(operation="createOrder")
    assert [e.status for e in attempts] == [503, None, 400]  # refused, processed without answer, duplicate
    assert [bool(e.created) for e in attempts] == [False, True, False]
    assert assert_created_once(server, "orders", client_reference_id="cart-42") is attempts[1]
    assert_no_duplicate_creates(server)  # the SDK reconciled the lost answer instead of creating again


def test_a_create_sent_twice_is_caught(server: MockServer, api: httpx.Client) -> None:
    """A retry bug: a shop's job that posts its order again after a timeout, without a reference."""
    order = {"amount": 3000, **shopper("twice@example.com")}
    ok(api.post("/orders", json=order), 201)
    ok(api.post("/orders", json=order), 201)  # the server takes it: two orders, one basket
    assert len(created(server, "orders", customer_email="twice@example.com")) == 2
    with pytest.raises(
        AssertionError, match=r"expected one create of orders with customer_email='twice@example.com', found 2"
    ):
        assert_created_once(server, "orders", customer_email="twice@example.com")
    with pytest.raises(AssertionError, match=r"orders created 2 times with the same body"):
        assert_no_duplicate_creates(server)


def test_duplicates_by_natural_key(server: MockServer, api: httpx.Client) -> None:
    ok(api.post("/checkout-sessions", json={"amountTotal": 3000, "clientReferenceId": "b-1", **shopper()}), 201)
    other = {"amountTotal": 3000, "paymentClientReferenceId": "pay-1", **shopper("other@example.com")}
    ok(api.post("/checkout-sessions", json=other), 201)
    assert_no_duplicate_creates(server)  # different keys, different bodies
    with http(server.url, headers=bearer(server.live_secret_key)) as live:  # the same key, in live mode
        ok(live.post("/checkout-sessions", json={"amountTotal": 3000, "clientReferenceId": "b-1", **shopper()}), 201)
    assert_no_duplicate_creates(server)  # another mode: another object
    test_mode, _, live_mode = (entry.to_dict() for entry in server.requests(path="/checkout-sessions"))
    organization = server.mock.state.default_organization.id
    assert (test_mode["organization_id"], test_mode["livemode"]) == (organization, False)
    assert (live_mode["organization_id"], live_mode["livemode"]) == (organization, True)
    with pytest.raises(ValueError, match="no create operation for 'refunds'"):
        assert_created_once(server, "refunds")


def test_the_kit_clients_retry_on_the_mock_clock(server: MockServer) -> None:
    """A retry waits on the mock's clock: it moves forward by the back-off, the test does not sleep."""

    server.add_fault("POST", "/customers", status=503, headers={"Retry-After": "30"})
    with KohortPay(api_key=server.secret_key, base_url=server.url) as client:
        server.wait_on_clock(client)
        before, started = server.now(), time.monotonic()
        client.customers.create(email_address="retry@example.com")
        assert time.monotonic() - started < 5 and (server.now() - before).total_seconds() >= 30
    assert [e.status for e in server.requests(path="/customers")] == [503, 201]


def test_faults_before_or_after_processing(server: MockServer, api: httpx.Client) -> None:
    """Whether a fault acts before or after the request is processed decides whether a retry could
    act twice: both kinds, and a slow answer."""
    server.add_fault("POST", "/customers", status=502, processed=True)  # stored, then a gateway error
    assert api.post("/customers", json={"emailAddress": "after@example.com"}).status_code == 502
    server.add_fault("POST", "/customers", drop_connection=True, processed=False)  # nothing happened
    with pytest.raises(httpx.RemoteProtocolError):
        api.post("/customers", json={"emailAddress": "before@example.com"})
    emails = [c["email_address"] for c in ok(api.get("/customers"))["data"]]
    assert emails == ["after@example.com"]
    server.add_fault("GET", "/customers", status=None, delay=1.0)  # the real answer, late
    with pytest.raises(httpx.ReadTimeout):
        api.get("/customers", timeout=0.2)
    assert [e.status for e in server.requests()][:2] == [502, None]
    with pytest.raises(ValueError, match="a fault needs a status, drop_connection or a delay"):
        server.add_fault("GET", "/customers", status=None)


def test_a_slow_answer_waits_on_the_mock_clock(server: MockServer, api: httpx.Client) -> None:
    """A delay is counted on the clock the test controls: advancing it releases the answer, and
    `processed` says whether the work was done before the wait or after it."""

    def post_in_background(email: str) -> list[int]:
        statuses: list[int] = []
        thread = threading.Thread(
            target=lambda: statuses.append(api.post("/customers", json={"emailAddress": email}).status_code)
        )
        thread.start()
        time.sleep(0.2)
        threads.append(thread)
        return statuses

    threads: list[threading.Thread] = []
    started = time.monotonic()
    server.add_fault("POST", "/customers", status=None, delay=600, processed=False)
    late = post_in_background("late@example.com")
    assert ok(api.get("/customers"))["data"] == []  # not processed yet
    server.advance_clock(600)
    threads[-1].join(timeout=5)
    assert late == [201]
    server.add_fault("POST", "/customers", status=None, delay=600)  # processed, then a late answer
    early = post_in_background("early@example.com")
    emails = [c["email_address"] for c in ok(api.get("/customers"))["data"]]
    assert emails == ["early@example.com", "late@example.com"]
    assert early == []
    server.advance_clock(600)
    threads[-1].join(timeout=5)
    assert early == [201] and time.monotonic() - started < 5  # twenty minutes of the API's time


def test_refused_webhook_deliveries_fail_the_wait(server: MockServer, api: httpx.Client) -> None:
    """A shop's handler that refuses deliveries (a forgotten secret) fails at `wait_for_webhooks`,
    with the endpoint, the status and the answer, not later on an unrelated assertion."""
    from starlette.applications import Starlette
    from starlette.responses import PlainTextResponse
    from starlette.routing import Route

    from kohortpay.testing.mock import WebhookDeliveryError

    async def refuse(request: object) -> PlainTextResponse:
        return PlainTextResponse("no webhook secret configured", status_code=400)

    app = Starlette(routes=[Route("/hooks", refuse, methods=["POST"])])
    endpoint = server.deliver_webhooks_to(app, "/hooks", events=["order.created"])
    ok(api.post("/orders", json={"amount": 3000, **shopper()}), 201)
    refused = r"order.created .* to .*/hooks \(attempt 1 of 8, next attempt at .*\): 400 'no webhook secret"
    with pytest.raises(WebhookDeliveryError, match=refused):
        server.wait_for_webhooks()
    server.wait_for_webhooks(refused_ok=True)  # a test of the retries themselves
    assert endpoint["url"].endswith("/hooks")
