"""Exactly-once creates through a network that loses 30% of ``POST`` answers after the server has
processed them (tests/lossy_proxy.py), against a server that ignores ``Idempotency-Key``: the mock
in its default mode, and the real server when KOHORTPAY_LIVE_URL/KOHORTPAY_LIVE_API_KEY are set.

Every keyed create returns and is stored once; a create without a key is never stored twice and,
when its answer is lost, raises the typed "outcome unknown" error.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from lossy_proxy import LossyProxy

import kohortpay

from .support import Target

CALLS = 60


@pytest.fixture
def lossy(target: Target) -> Iterator[tuple[kohortpay.KohortPay, kohortpay.KohortPay]]:
    """A client through the lossy proxy (retries not slept), and one straight to the server."""
    assert target.mock is None or not target.mock.idempotency  # the server ignores idempotency keys
    with LossyProxy(target.url) as proxy:
        through = kohortpay.KohortPay(target.secret_key, base_url=proxy.url, max_retries=4)
        through._sleep = lambda seconds: None  # type: ignore[method-assign]
        direct = kohortpay.KohortPay(target.secret_key, base_url=target.url)
        with through, direct:
            yield through, direct
        assert proxy.dropped >= CALLS * 3 // 10


def run(calls: int, create: Callable[[int], Any]) -> tuple[list[Any], list[kohortpay.APIError]]:
    returned: list[Any] = []
    failed: list[kohortpay.APIError] = []
    for i in range(calls):
        try:
            returned.append(create(i))
        except kohortpay.APIError as exc:
            failed.append(exc)
    return returned, failed


def stored(client: kohortpay.KohortPay, resource: str, search: str) -> list[Any]:
    return list(getattr(client, resource).list(search=search))


SHOPPER: dict[str, Any] = {
    "customer_email": "eo@example.com",
    "customer_first_name": "Jane",
    "customer_last_name": "Doe",
}
# Values the server stores otherwise than sent, which reconciliation must still recognise: an
# order's `en_GB` locale (stored as `en_US`), integers beyond 2^53 (rounded to a double).
STORED_OTHERWISE: dict[str, Any] = {"locale": "en_GB", "metadata": {"basket": 2**53 + 1, "ratio": 0.1}}
# A keyed create: (resource, how call i creates with run id r, the search that lists the run's objects).
KEYED = {
    "customers": (
        "customers",
        lambda c, r, i: c.customers.create(
            email_address=f"eo{r}-{i}@example.com", first_name=f"N{i}", **STORED_OTHERWISE
        ),
        "emailAddress~eo{}-",
    ),
    "orders with a reference": (
        "orders",
        lambda c, r, i: c.orders.create(
            amount=5000 + i, client_reference_id=f"eo{r}-{i}", **SHOPPER, **STORED_OTHERWISE
        ),
        "clientReferenceId~eo{}-",
    ),
    "checkout sessions with a reference": (
        "checkout_sessions",
        lambda c, r, i: c.checkout_sessions.create(
            amount_total=7000 + i, client_reference_id=f"eo{r}-{i}", **SHOPPER, **STORED_OTHERWISE
        ),
        "clientReferenceId~eo{}-",
    ),
}


@pytest.mark.parametrize("keyed", KEYED.values(), ids=KEYED.keys())
def test_keyed_creates_return_and_are_stored_exactly_once(
    lossy: tuple[kohortpay.KohortPay, kohortpay.KohortPay], keyed: tuple[str, Callable[..., Any], str]
) -> None:
    through, direct = lossy
    resource, create, search = keyed
    run_id = uuid.uuid4().hex[:10]
    returned, failed = run(CALLS, lambda i: create(through, run_id, i))
    assert failed == [] and len(returned) == CALLS
    assert sorted(o.id for o in stored(direct, resource, search.format(run_id))) == sorted(o.id for o in returned)


def test_orders_without_a_reference_are_never_stored_twice(
    lossy: tuple[kohortpay.KohortPay, kohortpay.KohortPay],
) -> None:
    through, direct = lossy
    run_id = uuid.uuid4().hex[:10]
    returned, failed = run(
        CALLS,
        lambda i: through.orders.create(amount=5000, **{**SHOPPER, "customer_email": f"eo{run_id}-{i}@example.com"}),
    )
    assert failed and all(type(exc) is kohortpay.APIOutcomeUnknownError for exc in failed)
    assert len(returned) + len(failed) == CALLS
    per_call = Counter(o.customer_email for o in stored(direct, "orders", f"customerEmail~eo{run_id}-"))
    assert max(per_call.values()) == 1
    assert {o.customer_email for o in returned} <= set(per_call)
    # Each lost answer was processed: the object exists, as the error said it might.
    assert len(per_call) == CALLS
