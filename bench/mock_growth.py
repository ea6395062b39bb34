"""How the mock's cost grows with what it holds: each request at 100 and at 50,000 stored objects.

```sh
.venv/bin/python bench/mock_growth.py            # --sizes 100,50000 --rounds 100
```

The mock is filled by copying objects the API made (a customer, an order's group, a checkout
session's payment intent) straight into its store, with fresh ids and unique keys — filling 50,000
through the API would itself take as long as the growth it measures. One mock per size runs at the
same time, and over HTTP the two are asked in alternation, request by request (so that a drift in
the machine's load hits both sizes alike); each request's median is printed, and the ratio of the
largest size to the smallest: a request that does not depend on the number of objects stays near 1×.
Then the SDK's auto-pagination walks 1,000 and 10,000 customers (alternating, both with `order_by`).
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import datetime as dt
import statistics
import time
from collections.abc import Callable

import httpx

from kohortpay.testing import MockServer
from kohortpay_client import facts

Request = Callable[[httpx.Client, int], httpx.Response]


def fill(server: MockServer, client: httpx.Client, size: int) -> None:
    """`size` customers, `size // 5` groups each with one payment intent, in the default organization."""
    purchase = {
        "amountTotal": 5000,
        "customerEmail": "seed@example.com",
        "customerFirstName": "A",
        "customerLastName": "B",
    }
    client.post("/checkout-sessions", json=purchase).raise_for_status()
    server.settle()
    store = server.mock.state.store
    scope = (server.mock.state.default_organization.id, False)
    with server.mock.state.lock:
        customer = next(store.all(facts.CUSTOMER, scope))
        group = next(store.all(facts.PAYMENT_GROUP, scope))
        intent = next(store.all(facts.PAYMENT_INTENT, scope))
        for i in range(size):
            new_customer = copy.deepcopy(customer)
            new_customer.update({"id": f"cus_{i:014x}", "emailAddress": f"c{i}@example.com"})
            store.add(facts.CUSTOMER, new_customer)
        for i in range(size // 5):
            new_group = copy.deepcopy(group)
            new_group.update({"id": f"pg_{i:014x}", "shareId": f"KHT-test-{i:08X}"})
            store.add(facts.PAYMENT_GROUP, new_group)
            new_intent = copy.deepcopy(intent)
            new_intent.update(
                {"id": f"pi_{i:014x}", "paymentGroupId": new_group["id"], "checkoutSessionId": f"cs_{i:014x}"}
            )
            store.add(facts.PAYMENT_INTENT, new_intent)


def out_of_order(server: MockServer, client: httpx.Client) -> None:
    """Customers made after the clock was set back: creation order is no longer `createdAt` order."""
    now = server.now()
    server.set_clock(now - dt.timedelta(days=1))
    for i in range(3):
        client.post("/customers", json={"emailAddress": f"earlier{i}@example.com"}).raise_for_status()
    server.set_clock(now)


REQUESTS: dict[str, Request] = {
    "GET /customers/{id}": lambda c, i: c.get(f"/customers/cus_{i:014x}"),
    "GET /customers?take=25": lambda c, i: c.get("/customers", params={"take": 25}),
    "GET /customers?skip=deep": lambda c, i: c.get("/customers", params={"take": 25, "skip": 75}),
    "GET /customers?search=emailAddress:…": lambda c, i: c.get(
        "/customers", params={"search": f"emailAddress:c{i}@example.com"}
    ),
    "GET /customers?orderBy=emailAddress:asc": lambda c, i: c.get(
        "/customers", params={"orderBy": "emailAddress:asc", "take": 25}
    ),
    "GET /customers?orderBy=…&skip=deep": lambda c, i: c.get(
        "/customers", params={"orderBy": "emailAddress:asc", "take": 25, "skip": 75}
    ),
    "GET /groups?search=status:OPEN": lambda c, i: c.get("/groups", params={"search": "status:OPEN", "take": 25}),
    "GET /groups?take=25&expand[]=paymentIntents": lambda c, i: c.get(
        "/groups", params={"take": 25, "expand[]": "paymentIntents"}
    ),
    "POST /customers": lambda c, i: c.post("/customers", json={"emailAddress": f"new{i}-{time.time_ns()}@example.com"}),
}


def measure(sizes: list[int], rounds: int) -> dict[int, dict[str, float]]:
    """Every request's median time (ms) at each size, the sizes asked in alternation."""
    with contextlib.ExitStack() as stack:
        clients = {}
        for size in sizes:
            server = stack.enter_context(MockServer(quirks=False))
            headers = {"Authorization": f"Bearer {server.secret_key}"}
            client = stack.enter_context(httpx.Client(base_url=server.url, headers=headers))
            fill(server, client, size)
            out_of_order(server, client)
            clients[size] = client
        samples: dict[int, dict[str, list[float]]] = {size: {name: [] for name in REQUESTS} for size in sizes}
        for name, request in REQUESTS.items():
            for i in range(rounds):
                for size in sizes if i % 2 == 0 else sizes[::-1]:
                    start = time.perf_counter()
                    response = request(clients[size], i % size)
                    samples[size][name].append(time.perf_counter() - start)
                    assert response.status_code < 300, (name, response.status_code, response.text[:200])
        return {size: {name: statistics.median(s) * 1000 for name, s in by.items()} for size, by in samples.items()}


def walks(sizes: tuple[int, int], rounds: int) -> dict[int, float]:
    """Seconds to walk every customer with the SDK's auto-pagination (25 per page, `order_by`),
    each size walked `rounds` times in alternation; the medians."""
    from kohortpay import KohortPay

    with contextlib.ExitStack() as stack:
        sdks = {}
        for size in sizes:
            server = stack.enter_context(MockServer(quirks=False))
            headers = {"Authorization": f"Bearer {server.secret_key}"}
            fill(server, stack.enter_context(httpx.Client(base_url=server.url, headers=headers)), size)
            sdks[size] = stack.enter_context(KohortPay(server.secret_key, base_url=server.url))
        times: dict[int, list[float]] = {size: [] for size in sizes}
        for i in range(rounds):
            for size in sizes if i % 2 == 0 else sizes[::-1]:
                start = time.perf_counter()
                walked = sum(1 for _ in sdks[size].customers.list(order_by="emailAddress:asc"))
                times[size].append(time.perf_counter() - start)
                assert walked == size + 1, walked  # and the checkout session's shopper
        return {size: statistics.median(t) for size, t in times.items()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,50000", help="numbers of stored customers (comma-separated)")
    parser.add_argument("--rounds", type=int, default=100, help="requests timed per kind and size")
    parser.add_argument("--walk", default="1000,10000", help="customers walked by auto-pagination (two sizes)")
    parser.add_argument("--walk-rounds", type=int, default=3, help="walks per size")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    results = measure(sizes, args.rounds)
    base = results[sizes[0]]
    print(f"| request | {' | '.join(f'{s:,} objects' for s in sizes)} | ratio {sizes[-1]:,}/{sizes[0]:,} |")
    print(f"|---|{'---:|' * len(sizes)}---:|")
    for name in REQUESTS:
        cells = " | ".join(f"{results[s][name]:.2f} ms" for s in sizes)
        print(f"| `{name}` | {cells} | {results[sizes[-1]][name] / base[name]:.2f}× |")
    small, large = (int(s) for s in args.walk.split(","))
    walked = walks((small, large), args.walk_rounds)
    print(
        f"\nauto-pagination with order_by over {small:,} customers: {walked[small]:.2f} s; over {large:,}: "
        f"{walked[large]:.2f} s ({walked[large] / walked[small]:.1f}× for {large / small:.0f}× the customers; "
        f"linear is {large / small:.0f}×)"
    )


if __name__ == "__main__":
    main()
