"""Lists: take, skip, orderBy, search, expand[] — and the inputs the reference server crashes on."""

from __future__ import annotations

from .support import Parity

SHOPPER = {"customerFirstName": "Ada", "customerLastName": "Lovelace"}


def test_paging_ordering_and_search(parity: Parity) -> None:
    for index, amount in enumerate((1000, 2500, 4000)):
        parity.call(
            f"order-{index}", "POST", "/orders", {"amount": amount, "customerEmail": f"o{index}@example.com", **SHOPPER}
        )
    parity.settle()
    parity.call("page", "GET", "/orders", query={"take": 2})
    parity.call("next-page", "GET", "/orders", query={"take": 2, "skip": 2})
    parity.call("beyond", "GET", "/orders", query={"skip": 10})
    parity.call("order-by-amount", "GET", "/orders", query={"orderBy": "amount:asc"})
    parity.call("order-by-snake-case", "GET", "/orders", query={"orderBy": "customer_email:desc"})
    parity.call("order-by-unknown", "GET", "/orders", query={"orderBy": "nope:asc"})
    parity.call("search-amount", "GET", "/orders", query={"search": "amount>=2500"})
    parity.call("search-two", "GET", "/orders", query={"search": "amount>1000,amount<4000"})
    parity.call("search-or", "GET", "/orders", query={"search": "amount:1000 OR amount:4000"})
    parity.call("search-contains", "GET", "/orders", query={"search": "customerEmail~o1"})
    parity.call("search-case", "GET", "/orders", query={"search": "customerEmail~O1"})
    parity.call("search-status", "GET", "/orders", query={"search": "status:CREATED"})
    parity.call("search-not", "GET", "/orders", query={"search": "amount!1000"})
    parity.call("search-unknown-field", "GET", "/orders", query={"search": "colour:red"})
    parity.call("customers-by-email", "GET", "/customers", query={"search": "emailAddress:o2@example.com"})
    parity.call("groups-open", "GET", "/groups", query={"search": "status:OPEN", "take": 1})
    parity.call(
        "groups-expanded",
        "GET",
        "/groups",
        query={"take": 1, "expand[]": ["orders", "paymentGroupSettings.discountLevels"]},
    )
    parity.call("orders-expand-snake-case", "GET", "/orders", query={"take": 1, "expand[]": ["payment_group"]})
    parity.call("orders-expand-unknown", "GET", "/orders", query={"take": 1, "expand[]": ["colour"]})


def test_refused_and_crashing_list_queries(parity: Parity) -> None:
    parity.call("take-too-many", "GET", "/customers", query={"take": 26})
    parity.call("take-zero", "GET", "/customers", query={"take": 0})
    parity.call("take-not-a-number", "GET", "/customers", query={"take": "x"})
    parity.call("expand-not-an-array", "GET", "/customers", content=None, query={"expand": "organization"})
    parity.call("skip-negative", "GET", "/customers", query={"skip": -1})
    parity.call("skip-above-2^53", "GET", "/customers", query={"skip": 2**53 + 1})
    parity.call("skip-largest", "GET", "/customers", query={"skip": 9223372036854775295})
    parity.call("skip-rounded-to-2^63", "GET", "/customers", query={"skip": 9223372036854775296})
    parity.call("search-enum-mismatch", "GET", "/orders", query={"search": "status:OPEN"})
    parity.call("search-equals", "GET", "/orders", query={"search": "amount=1000"})
    parity.call("search-contains-on-a-number", "GET", "/orders", query={"search": "amount~10"})
    parity.call("expand-unknown-child", "GET", "/customers", query={"expand[]": ["organization.colour"]})
