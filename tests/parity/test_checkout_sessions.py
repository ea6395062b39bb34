"""Checkout sessions (generation A): registering a basket, founding and joining groups, the rules."""

from __future__ import annotations

import pytest

from .support import ORGANIZATION, Parity

NAMES = {"customerFirstName": "Ada", "customerLastName": "Lovelace"}
LINES = [
    {"name": "Linen shirt", "price": 5500, "quantity": 2, "imageUrl": "https://shop.example.com/s.jpg"},
    {"name": "Shipping", "price": 500, "quantity": 1, "type": "SHIPPING"},
    {"name": "Welcome", "price": -1000, "quantity": 1, "type": "DISCOUNT", "description": "first order"},
]


def basket(email: str, amount: int = 11000, **fields: object) -> dict[str, object]:
    return {"amountTotal": amount, "customerEmail": email, **NAMES, **fields}


@pytest.mark.diverges("retrieve-expanded.body.organization.*", reason=ORGANIZATION)
def test_founding_and_joining(parity: Parity) -> None:
    body = basket("ada@example.com", lineItems=LINES, clientReferenceId="cart-1", paymentClientReferenceId="pay-1",
                  metadata={"cart": 9001}, locale="en_GB", successUrl="https://shop.example.com/ok")  # fmt: skip
    founder = parity.call("create-founder", "POST", "/checkout-sessions", body)
    parity.settle()
    path = f"/checkout-sessions/{founder['id']}"
    parity.call("retrieve", "GET", path)
    expand = ["lineItems", "paymentIntent.paymentGroup", "paymentGroup", "customer", "organization"]
    found = parity.call("retrieve-expanded", "GET", path, query={"expand[]": expand})
    parity.call("retrieve-by-share-id", "GET", f"/checkout-sessions/{founder['share_id']}")
    code = found["payment_intent"]["payment_group"]["share_id"]
    joiner = parity.call(
        "create-joiner", "POST", "/checkout-sessions", basket("bob@example.com", 6000, paymentGroupShareId=code)
    )
    parity.settle()
    parity.call(
        "joiner-expanded",
        "GET",
        f"/checkout-sessions/{joiner['id']}",
        query={"expand[]": ["paymentGroup", "paymentIntent"]},
    )
    parity.call("group-participants", "GET", f"/groups/{code}/participants")
    parity.call(
        "founder-joins-own-group", "POST", "/checkout-sessions", basket("ada@example.com", paymentGroupShareId=code)
    )
    parity.call("list", "GET", "/checkout-sessions", query={"take": 5})
    parity.call("search-reference", "GET", "/checkout-sessions", query={"search": "clientReferenceId:cart-1"})
    parity.call("expire-completed", "PATCH", f"{path}/expire")
    parity.call(
        "duplicate-reference", "POST", "/checkout-sessions", basket("c@example.com", clientReferenceId="cart-1")
    )
    parity.call(
        "duplicate-payment-reference",
        "POST",
        "/checkout-sessions",
        basket("c@example.com", paymentClientReferenceId="pay-1"),
    )
    parity.call(
        "by-customer-id", "POST", "/checkout-sessions", {"amountTotal": 3000, "customerId": found["customer"]["id"]}
    )


def test_codes_and_rules(parity: Parity) -> None:
    parity.call(
        "unknown-group-code",
        "POST",
        "/checkout-sessions",
        basket("a@example.com", paymentGroupShareId="KHT-test-00000000"),
    )
    parity.call(
        "unknown-ambassador-code",
        "POST",
        "/checkout-sessions",
        basket("a@example.com", paymentGroupShareId="KHTAMB-NOPE0000"),
    )
    parity.call("foreign-code", "POST", "/checkout-sessions", basket("a@example.com", paymentGroupShareId="WELCOME10"))
    parity.call(
        "discount-positive",
        "POST",
        "/checkout-sessions",
        basket("a@example.com", lineItems=[{"name": "D", "price": 500, "quantity": 1, "type": "DISCOUNT"}]),
    )
    parity.call(
        "gift-card-twice",
        "POST",
        "/checkout-sessions",
        basket("a@example.com", lineItems=[{"name": "G", "price": -100, "quantity": 2, "type": "GIFT_CARD"}]),
    )
    parity.call(
        "product-negative",
        "POST",
        "/checkout-sessions",
        basket("a@example.com", lineItems=[{"name": "P", "price": -1, "quantity": 1}]),
    )
    parity.call("bad-locale", "POST", "/checkout-sessions", basket("a@example.com", locale="en-US"))
    parity.call("amount-missing", "POST", "/checkout-sessions", {"customerEmail": "a@example.com", **NAMES})
    parity.call(
        "expires-in-the-past",
        "POST",
        "/checkout-sessions",
        basket("a@example.com", expiresAt="2000-01-01T00:00:00.000Z"),
    )
    parity.call("retrieve-unknown", "GET", "/checkout-sessions/cs_00000000000000")
    parity.call("expire-unknown", "PATCH", "/checkout-sessions/cs_00000000000000/expire")
    parity.call("lists-nothing", "GET", "/checkout-sessions")


@pytest.mark.settings(min_purchase_value=3000)
def test_minimum_purchase_and_blocked_shopper(parity: Parity) -> None:
    parity.call("below-minimum", "POST", "/checkout-sessions", basket("a@example.com", 2999))
    customer = parity.call("customer", "POST", "/customers", {"emailAddress": "blocked@example.com"})
    parity.call("block", "PATCH", f"/customers/{customer['id']}/block")
    parity.call("blocked-shopper", "POST", "/checkout-sessions", basket("blocked@example.com", 3000))
    parity.settle()
    parity.call("sessions-after-refusal", "GET", "/checkout-sessions")


def test_crash_paths(parity: Parity) -> None:
    parity.call("without-names", "POST", "/checkout-sessions", {"amountTotal": 3000, "customerEmail": "a@example.com"})
    parity.call("without-customer", "POST", "/checkout-sessions", {"amountTotal": 3000})
    parity.call("amount-above-int32", "POST", "/checkout-sessions", basket("a@example.com", 2**31))
    parity.call(
        "line-without-name",
        "POST",
        "/checkout-sessions",
        basket("a@example.com", lineItems=[{"price": 100, "quantity": 1}]),
    )
    parity.call(
        "line-unknown-key",
        "POST",
        "/checkout-sessions",
        basket("a@example.com", lineItems=[{"name": "A", "price": 1, "quantity": 1, "sku": "x"}]),
    )
    parity.call("empty-code", "POST", "/checkout-sessions", basket("a@example.com", paymentGroupShareId=""))
    parity.call(
        "unknown-customer-id", "POST", "/checkout-sessions", {"amountTotal": 3000, "customerId": "cus_00000000000000"}
    )
    parity.settle()
    parity.call("sessions-after-crashes", "GET", "/checkout-sessions")
