"""The kit's other pieces, as a shop would use them: clock, webhooks, async client, models."""

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given

import kohortpay
from kohortpay import AsyncKohortPay, KohortPay
from kohortpay.testing import MockServer
from kohortpay.testing import strategies as kst
from kohortpay_client.models import CreateOrderParams, PaymentGroup


def test_a_group_completes_when_the_clock_passes_its_expiry(
    kohortpay_mock: MockServer, kohortpay_client: KohortPay
) -> None:
    inbox = kohortpay_mock.webhook_inbox(events=["payment_group.succeeded"])
    first = kohortpay_client.orders.create(
        amount=3000, customer_email="jane@example.com", customer_first_name="Jane", customer_last_name="Doe"
    )
    assert first.payment_group_id is not None  # every order belongs to a group
    group = kohortpay_client.orders.wait_for_group(first.id)  # shareable once the server copied its settings
    kohortpay_client.orders.create(
        amount=8000,
        customer_email="john@example.com",
        customer_first_name="John",
        customer_last_name="Smith",
        payment_group_share_id=group.share_id,
    )

    kohortpay_mock.advance_clock(11 * 60)  # test groups last 10 minutes; the job runs a minute later

    assert kohortpay_client.groups.retrieve(group.id).status == "COMPLETED"
    assert sorted(o.amount_cashback or 0 for o in kohortpay_client.orders.list().data) == [150, 400]  # 5 %
    [event] = inbox.wait(event_type="payment_group.succeeded")
    assert event.data.id == group.id


@pytest.mark.anyio
async def test_the_async_client_is_bound_to_the_mock(kohortpay_async_client: AsyncKohortPay) -> None:
    customer = await kohortpay_async_client.customers.create(email_address="async@example.com")
    assert (await kohortpay_async_client.customers.retrieve(customer.id)).email_address == "async@example.com"


@pytest.mark.asyncio
async def test_the_async_client_under_pytest_asyncio(kohortpay_async_client: AsyncKohortPay) -> None:
    """The other async plugin: a loop of its own per test; the client's connection closes with it
    (warnings are errors here: an unclosed one would fail the test)."""
    customer = await kohortpay_async_client.customers.create(email_address="asyncio@example.com")
    assert (await kohortpay_async_client.customers.retrieve(customer.id)).id == customer.id


@given(order=kst.model(CreateOrderParams), group=kst.model(PaymentGroup))
def test_strategies_can_yield_the_generated_models(order: CreateOrderParams, group: PaymentGroup) -> None:
    assert isinstance(order, CreateOrderParams) and order.amount >= 1
    assert isinstance(group, PaymentGroup) and group.id.startswith("pg_")


def test_the_journal_catches_an_order_sent_twice(kohortpay_mock: MockServer) -> None:
    """A planted retry bug: the shop posts its order again after losing the answer, with a client
    that does not reconcile (no retries, no reference), and registers the basket twice."""
    from kohortpay.testing.journal import assert_created_once, assert_no_duplicate_creates

    kohortpay_mock.reset()
    kohortpay_mock.add_fault("POST", "/orders", drop_connection=True)
    basket: dict[str, Any] = {"amount": 3000, "customer_email": "jane@example.com", "customer_first_name": "Jane",
              "customer_last_name": "Doe"}  # fmt: skip
    with KohortPay(api_key=kohortpay_mock.secret_key, base_url=kohortpay_mock.url, max_retries=0) as naive:
        with pytest.raises(kohortpay.APIOutcomeUnknownError):  # the lost answer
            naive.orders.create(**basket)
        naive.orders.create(**basket)  # the shop's own "retry"
    with pytest.raises(AssertionError, match="found 2"):
        assert_created_once(kohortpay_mock, "orders", customer_email="jane@example.com")
    with pytest.raises(AssertionError, match="orders created 2 times"):
        assert_no_duplicate_creates(kohortpay_mock)
    assert [entry.status for entry in kohortpay_mock.requests("POST", "/orders")] == [None, 201]


def test_a_failing_property_prints_its_values(tmp_path: Path) -> None:
    """schemathesis silences hypothesis's printer process-wide; the plugin puts it back for the
    shop's own property tests, so a failure shows the values that caused it."""
    import subprocess
    import sys

    test = tmp_path / "test_property.py"
    test.write_text(
        "from hypothesis import given, settings, strategies as st\n"
        "from kohortpay.testing import strategies as kst\n"
        "@settings(max_examples=3, database=None)\n"
        "@given(n=st.integers(), kwargs=kst.create_customer(as_kwargs=True))\n"
        "def test_fails(n, kwargs):\n"
        "    assert False\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(test)],
        capture_output=True, text=True, cwd=tmp_path, check=False,
    )  # fmt: skip
    assert done.returncode == 1
    assert "n=0," in done.stdout and "'email_address': " in done.stdout, done.stdout[-2000:]


def test_a_handler_that_refuses_deliveries_fails_the_wait(
    kohortpay_mock: MockServer, kohortpay_client: KohortPay
) -> None:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import PlainTextResponse
    from starlette.routing import Route

    from kohortpay.testing.mock import WebhookDeliveryError

    async def handler(request: Request) -> PlainTextResponse:  # the shop forgot to configure its secret
        return PlainTextResponse("missing KOHORTPAY_WEBHOOK_SECRET", status_code=400)

    app = Starlette(routes=[Route("/webhooks/kohortpay", handler, methods=["POST"])])
    kohortpay_mock.deliver_webhooks_to(app, events=["order.created"])
    kohortpay_client.orders.create(
        amount=3000, customer_email="jane@example.com", customer_first_name="Jane", customer_last_name="Doe"
    )
    with pytest.raises(WebhookDeliveryError, match="400 'missing KOHORTPAY_WEBHOOK_SECRET'"):
        kohortpay_mock.wait_for_webhooks()


def test_duplicate_deliveries_catch_a_handler_that_is_not_idempotent(
    kohortpay_mock: MockServer, kohortpay_client: KohortPay
) -> None:
    """Svix may deliver a message twice: a handler that credits loyalty points per delivery, not per
    message, credits twice; one that remembers the `webhook-id` does not. Retries come on the mock's
    clock: the shop's endpoint, down at first, gets the message when the clock passes Svix's retry."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    points: dict[str, int] = {"naive": 0, "idempotent": 0}
    seen: set[str] = set()  # the messages the idempotent handler processed
    up = {"naive": True, "idempotent": False}

    def endpoint(name: str) -> Route:
        async def credit(request: Request) -> Response:
            if not up[name]:
                return Response(status_code=503)
            message = request.headers["webhook-id"]
            if name == "naive" or message not in seen:
                points[name] += 10
            if name == "idempotent":
                seen.add(message)
            return Response(status_code=204)

        return Route(f"/{name}", credit, methods=["POST"])

    app = Starlette(routes=[endpoint("naive"), endpoint("idempotent")])
    for name in points:
        kohortpay_mock.deliver_webhooks_to(app, f"/{name}", events=["order.created"])
    kohortpay_mock.duplicate_webhooks("order.created")
    kohortpay_client.orders.create(
        amount=3000, customer_email="jane@example.com", customer_first_name="Jane", customer_last_name="Doe"
    )
    kohortpay_mock.wait_for_webhooks(refused_ok=True)
    assert points == {"naive": 20, "idempotent": 0}  # the bug, caught; the other endpoint is down
    up["idempotent"] = True
    kohortpay_mock.advance_clock(5)  # Svix's first retry
    kohortpay_mock.wait_for_webhooks()
    assert points == {"naive": 20, "idempotent": 10}
