"""Concurrent requests: joins never exceed `maxParticipants`, parallel updates are never lost."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

import httpx
import pytest

from kohortpay.testing import MockServer
from kohortpay.testing.mock.core.quirks import QUIRK_HEADER

from .helpers import bearer, checkout, client, count, group_of_session, http, ok, organization, shopper

T = TypeVar("T")


def pooled(server: MockServer, key: str) -> httpx.Client:
    """One thread-safe client with a connection per worker, like separate shop workers."""
    limits = httpx.Limits(max_connections=32, max_keepalive_connections=32)
    return http(server.url, headers=bearer(key), limits=limits)


def race(workers: int, job: Callable[[int], T]) -> list[T]:
    """Run `job(0..workers-1)` on as many threads, released together."""
    barrier = threading.Barrier(workers)

    def run(index: int) -> T:
        barrier.wait(timeout=10)
        return job(index)

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(run, range(workers)))


@pytest.fixture(scope="module")
def clean() -> Iterator[MockServer]:
    """The cleaned-up contract: groups linked before answering, every participant counted."""
    with MockServer(quirks=False) as running:
        yield running


def test_concurrent_joins_overfill_a_group_like_the_server(server: MockServer) -> None:
    """The server checks the group's size before its listener links the new payment intent: the
    joins racing within that moment all pass."""
    shop = organization(server, max_participants=3)
    key = shop["keys"]["sk_test"]
    with client(server, key) as api:
        code = group_of_session(api, checkout(api, "creator@example.com")["id"])["share_id"]

    def join(index: int) -> tuple[int, bool]:
        body = {"amountTotal": 3000, **shopper(f"joiner{index}@example.com"), "paymentGroupShareId": code}
        response = shared.post("/checkout-sessions", json=body)
        return response.status_code, "async-side-effects" in response.headers[QUIRK_HEADER]

    with pooled(server, key) as shared:
        assert Counter(race(6, join)) == Counter({(201, True): 6})
    server.settle()
    with client(server, key) as api:
        assert ok(api.get(f"/groups/{code}/participants"))["count"] == 7


def test_concurrent_joins_never_exceed_max_participants(clean: MockServer) -> None:
    server = clean
    shop = organization(server, max_participants=5)
    key = shop["keys"]["sk_test"]
    with client(server, key) as api:
        group = group_of_session(api, checkout(api, "creator@example.com")["id"])
    code = group["share_id"]

    def join(index: int) -> tuple[int, str | None]:
        response = shared.post(
            "/checkout-sessions",
            json={"amountTotal": 3000, **shopper(f"joiner{index}@example.com"), "paymentGroupShareId": code},
        )
        body = response.json()
        return response.status_code, body["error"]["code"] if response.status_code >= 400 else None

    with pooled(server, key) as shared:
        outcomes = Counter(race(20, join))
    assert outcomes == Counter({(201, None): 4, (400, "MAX_PARTICIPANTS_REACHED"): 16})
    with client(server, key) as api:
        assert ok(api.get(f"/groups/{code}/participants"))["count"] == 5
        # Refused joins left nothing behind: 1 + 4 sessions, intents and customers.
        assert count(api, "/checkout-sessions") == 5
        assert count(api, "/payment-intents") == 5
        assert count(api, "/customers") == 5
    joined = [e for e in server.events("payment_group.joined") if e["organization_id"] == shop["id"]]
    assert len(joined) == 4  # the module's other tests share this mock


def test_concurrent_order_joins(clean: MockServer) -> None:
    server = clean
    shop = organization(server, max_participants=3)
    key = shop["keys"]["sk_test"]
    with client(server, key) as api:
        first = ok(api.post("/orders", json={"amount": 3000, **shopper("o@example.com")}), 201)
        code = ok(api.get(f"/orders/{first['id']}", params={"expand[]": "paymentGroup"}))["payment_group"]["share_id"]

    def join(index: int) -> int:
        body = {"amount": 3000, **shopper(f"o{index}@example.com"), "paymentGroupShareId": code}
        return shared.post("/orders", json=body).status_code

    with pooled(server, key) as shared:
        assert Counter(race(10, join)) == Counter({201: 2, 400: 8})
    with client(server, key) as api:
        assert ok(api.get(f"/groups/{code}/participants"))["count"] == 3


def test_parallel_customer_updates_are_not_lost(server: MockServer, api: httpx.Client) -> None:
    customers = [ok(api.post("/customers", json={"emailAddress": f"c{i}@example.com"}), 201) for i in range(4)]

    def update(index: int) -> int:
        customer = customers[index % len(customers)]
        statuses = []
        for round_ in range(5):
            body = {"metadata": {"writer": index, "round": round_}, "firstName": f"w{index}-{round_}"}
            statuses.append(shared.patch(f"/customers/{customer['id']}", json=body).status_code)
        block = "block" if index % 2 else "unblock"
        statuses.append(shared.patch(f"/customers/{customer['id']}/{block}").status_code)
        assert statuses == [200] * 6
        return index

    with pooled(server, server.secret_key) as shared:
        assert sorted(race(16, update)) == list(range(16))
    for customer in customers:
        final = ok(api.get(f"/customers/{customer['id']}"))
        # Whole writes: the name and metadata come from the same writer's same round.
        writer, round_ = final["metadata"]["writer"], final["metadata"]["round"]
        assert final["first_name"] == f"w{writer}-{round_}"
        assert writer % len(customers) == customers.index(customer)
        assert final["email_address"] == customer["email_address"]


def test_parallel_creates_are_all_kept(server: MockServer, api: httpx.Client) -> None:
    def create(index: int) -> str:
        ids = []
        for n in range(5):
            body = {"emailAddress": f"p{index}-{n}@example.com", "clientReferenceId": f"ref-{index}-{n}"}
            ids.append(ok(shared.post("/customers", json=body), 201)["id"])
        return ",".join(ids)

    with pooled(server, server.secret_key) as shared:
        created = ",".join(race(10, create)).split(",")
    assert len(set(created)) == 50
    assert count(api, "/customers") == 50


def test_the_same_email_created_in_parallel_exists_once(server: MockServer, api: httpx.Client) -> None:
    def create(index: int) -> int:
        return shared.post("/customers", json={"emailAddress": "race@example.com"}).status_code

    with pooled(server, server.secret_key) as shared:
        assert Counter(race(12, create)) == Counter({201: 1, 409: 11})
    assert count(api, "/customers") == 1
