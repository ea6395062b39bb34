"""How the mock's cost grows with what it holds: each request at 100 and at 50,000 stored objects.

```sh
.venv/bin/python bench/mock_growth.py            # --sizes 100,5000,50000 --rounds 200
```

The mock is filled by copying objects the API made (a customer, an order's group, a checkout
session's payment intent) straight into its store, with fresh ids and unique keys — filling 50,000
through the API would itself take as long as the growth it measures. Then, over HTTP, each request
is timed (median of `--rounds`) at every size, and printed as a ratio to the smallest size: a
request that does not depend on the number of objects stays near 1×.
"""

from __future__ import annotations

import argparse
import copy
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


REQUESTS: dict[str, Request] = {
    "GET /customers/{id}": lambda c, i: c.get(f"/customers/cus_{i:014x}"),
    "GET /customers?take=25": lambda c, i: c.get("/customers", params={"take": 25}),
    "GET /groups?take=25&expand[]=paymentIntents": lambda c, i: c.get(
        "/groups", params={"take": 25, "expand[]": "paymentIntents"}
    ),
    "POST /customers": lambda c, i: c.post("/customers", json={"emailAddress": f"new{i}-{time.time_ns()}@example.com"}),
}


def measure(size: int, rounds: int) -> dict[str, float]:
    with (
        MockServer(quirks=False) as server,
        httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {server.secret_key}"}) as client,
    ):
        fill(server, client, size)
        medians = {}
        for name, request in REQUESTS.items():
            samples = []
            for i in range(rounds):
                start = time.perf_counter()
                response = request(client, i % max(size, 1))
                samples.append(time.perf_counter() - start)
                assert response.status_code < 300, (name, response.status_code, response.text[:200])
            medians[name] = statistics.median(samples) * 1000
        return medians


def walk(size: int) -> float:
    """Seconds to walk every customer with the SDK's auto-pagination (25 per page)."""
    from kohortpay import KohortPay

    with (
        MockServer(quirks=False) as server,
        httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {server.secret_key}"}) as client,
    ):
        fill(server, client, size)
        with KohortPay(server.secret_key, base_url=server.url) as sdk:
            start = time.perf_counter()
            walked = sum(1 for _ in sdk.customers.list())
            elapsed = time.perf_counter() - start
        assert walked == size + 1, walked  # and the checkout session's shopper
        return elapsed


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,50000", help="numbers of stored customers (comma-separated)")
    parser.add_argument("--rounds", type=int, default=100, help="requests timed per kind and size")
    parser.add_argument("--walk", default="1000,10000", help="customers walked by auto-pagination (two sizes)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    results = {size: measure(size, args.rounds) for size in sizes}
    base = results[sizes[0]]
    print(f"| request | {' | '.join(f'{s:,} objects' for s in sizes)} | ratio {sizes[-1]:,}/{sizes[0]:,} |")
    print(f"|---|{'---:|' * len(sizes)}---:|")
    for name in REQUESTS:
        cells = " | ".join(f"{results[s][name]:.2f} ms" for s in sizes)
        print(f"| `{name}` | {cells} | {results[sizes[-1]][name] / base[name]:.2f}× |")
    small, large = (int(s) for s in args.walk.split(","))
    short, long = walk(small), walk(large)
    print(
        f"\nauto-pagination over {small:,} customers: {short:.2f} s; over {large:,}: {long:.2f} s "
        f"({long / short:.1f}× for {large / small:.0f}× the customers; linear is {large / small:.0f}×)"
    )


if __name__ == "__main__":
    main()
