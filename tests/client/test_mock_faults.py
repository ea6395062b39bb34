"""Retries, idempotency and pagination over HTTP, with the mock server's fault injection.

These tests use the mock's Stripe-style replay of a repeated `Idempotency-Key` (which the reference
server ignores), turned on explicitly; the `api` client is told so (`server_idempotency`), so it
retries every POST. Without replay, see tests/client/test_exactly_once.py and
tests/live/test_lossy_network.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import kohortpay
from kohortpay.testing import MockServer

from .support import Api


@pytest.fixture(scope="module")
def mock_server() -> Iterator[MockServer]:
    with MockServer(idempotency=True) as server:
        yield server


def test_503_twice_then_success(api: Api, server: MockServer) -> None:
    server.add_fault(method="POST", path="/customers", status=503, times=2)
    customer = api(lambda c: c.customers.create(email_address="jane@example.com"))
    assert customer.email_address == "jane@example.com"
    assert len(api.sleeps) == 2
    assert api(lambda c: c.customers.list()).count == 1


def test_503_until_retries_run_out(api: Api, server: MockServer) -> None:
    server.add_fault(method="GET", path="/customers", status=503, times=3)
    with pytest.raises(kohortpay.InternalServerError):
        api(lambda c: c.customers.list())
    assert len(api.sleeps) == 2
    assert api(lambda c: c.customers.list()).count == 0  # the fault is used up


def test_429_with_retry_after(api: Api, server: MockServer) -> None:
    server.add_fault(method="GET", path="/groups", status=429, headers={"Retry-After": "2"}, times=1)
    raw = api(lambda c: c.with_raw_response.groups.list())
    assert raw.status_code == 200 and raw.retries_taken == 1
    assert api.sleeps == [2.0]


def test_dropped_connection_after_a_processed_post(api: Api, server: MockServer) -> None:
    """The server creates the customer, then the connection drops: the retry carries the same
    Idempotency-Key, the mock replays the first answer, and no duplicate exists."""
    server.add_fault(method="POST", path="/customers", drop_connection=True, times=1)
    customer = api(lambda c: c.customers.create(email_address="jane@example.com", first_name="Jane"))
    assert len(api.sleeps) == 1
    customers = api.collect(lambda c: c.customers.list())
    assert [c.id for c in customers] == [customer.id]


def test_dropped_connection_on_checkout_session(api: Api, server: MockServer) -> None:
    server.add_fault(method="POST", path="/checkout-sessions", drop_connection=True, times=2)
    session = api(
        lambda c: c.checkout_sessions.create(
            amount_total=5000, customer_email="jane@example.com", customer_first_name="J", customer_last_name="D"
        )
    )
    assert [s.id for s in api.collect(lambda c: c.checkout_sessions.list())] == [session.id]
    assert len(api.collect(lambda c: c.payment_intents.list())) == 1
    api(lambda c: c.checkout_sessions.wait_for_group(session.id))  # founded just after the answer
    assert len(api.collect(lambda c: c.groups.list())) == 1


def test_without_retries_the_dropped_post_raises_but_ran(api: Api, server: MockServer) -> None:
    server.add_fault(method="POST", path="/customers", drop_connection=True, times=1)
    with pytest.raises(kohortpay.APIConnectionError):
        api(lambda c: c.customers.create(email_address="jane@example.com", max_retries=0, idempotency_key="k-1"))
    assert api(lambda c: c.customers.list()).count == 1
    # Retrying by hand with the same key returns the customer created the first time.
    again = api(lambda c: c.customers.create(email_address="jane@example.com", idempotency_key="k-1"))
    assert [c.id for c in api.collect(lambda c: c.customers.list())] == [again.id]


def test_same_key_other_body_is_an_idempotency_conflict(api: Api) -> None:
    api(lambda c: c.customers.create(email_address="a@example.com", idempotency_key="same"))
    with pytest.raises(kohortpay.IdempotencyKeyReusedError) as info:
        api(lambda c: c.customers.create(email_address="b@example.com", idempotency_key="same"))
    assert info.value.status_code == 400 and info.value.code == "IDEMPOTENCY_KEY_REUSED"


def test_patch_is_not_retried_after_a_server_error(api: Api, server: MockServer) -> None:
    customer = api(lambda c: c.customers.create(email_address="jane@example.com"))
    server.add_fault(method="PATCH", path=f"/customers/{customer.id}/block", status=503, times=1)
    with pytest.raises(kohortpay.InternalServerError):
        api(lambda c: c.customers.block(customer.id))
    assert api.sleeps == []


def test_connection_refused(api: Api, mode: str) -> None:
    client_cls = kohortpay.AsyncKohortPay if api.is_async else kohortpay.KohortPay
    down = Api(client_cls(api.client._api_key, base_url="http://127.0.0.1:9", max_retries=0), api.loop)
    try:
        with pytest.raises(kohortpay.APIConnectionError):
            down(lambda c: c.customers.list())
    finally:
        down.close()


@pytest.mark.parametrize("total", [26, 60])
def test_pagination_over_more_than_25_items(api: Api, total: int) -> None:
    for i in range(total):
        api(lambda c, i=i: c.customers.create(email_address=f"user{i}@example.com"))  # type: ignore[misc]
    page = api(lambda c: c.customers.list())
    assert len(page.data) == 25 and page.count == total and page.has_next_page()
    emails = [c.email_address for c in api.collect(lambda c: c.customers.list(order_by="createdAt:asc"))]
    assert emails == [f"user{i}@example.com" for i in range(total)]
    small = api.collect(lambda c: c.customers.list(take=7, search="emailAddress~user1"))
    assert {c.email_address for c in small} == {f"user{i}@example.com" for i in range(total) if str(i).startswith("1")}
