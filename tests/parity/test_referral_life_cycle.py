"""The referral life cycle: found → validate → join → expiry → cashback, with both discount types,
and the webhooks the server sends on the way."""

from __future__ import annotations

import pytest

from .support import Parity

NAMES = {"customerFirstName": "Ada", "customerLastName": "Lovelace"}
AMOUNT_LEVELS = [
    {"level": 1, "participants_to_unlock": 2, "value": 20},
    {"level": 2, "participants_to_unlock": 3, "value": 30},
]


def test_orders_with_percentage_cashback(parity: Parity) -> None:
    founder = parity.call(
        "founder",
        "POST",
        "/orders",
        {"amount": 10000, "customerEmail": "ada@example.com", **NAMES, "clientReferenceId": "a-1"},
    )
    parity.settle()
    code = parity.call("group", "GET", f"/groups/{founder['payment_group_id']}")["share_id"]
    parity.call("validate", "POST", f"/groups/{code}/validate", {"customerEmail": "bob@example.com", "amount": 8000})
    for index, (email, amount) in enumerate((("bob@example.com", 8000), ("cleo@example.com", 2999))):
        parity.call(
            f"joiner-{index}",
            "POST",
            "/orders",
            {"amount": amount, "customerEmail": email, **NAMES, "paymentGroupShareId": code},
        )
    parity.call("lone-order", "POST", "/orders", {"amount": 4000, "customerEmail": "dan@example.com", **NAMES})
    parity.settle()
    parity.call("orders-before", "GET", "/orders")
    parity.expire_groups()
    parity.call("orders-after", "GET", "/orders", query={"orderBy": "amount:desc"})
    parity.call(
        "groups-after", "GET", "/groups", query={"orderBy": "createdAt:asc", "expand[]": ["paymentGroupSettings"]}
    )
    parity.call("validate-completed", "POST", f"/groups/{code}/validate")
    parity.call(
        "join-completed",
        "POST",
        "/orders",
        {"amount": 5000, "customerEmail": "eve@example.com", **NAMES, "paymentGroupShareId": code},
    )


@pytest.mark.settings(discount_type="AMOUNT", discount_levels=AMOUNT_LEVELS, max_participants=10)
def test_checkout_sessions_with_amount_cashback(parity: Parity) -> None:
    founder = parity.call(
        "founder", "POST", "/checkout-sessions", {"amountTotal": 1000, "customerEmail": "ada@example.com", **NAMES}
    )
    parity.settle()
    session = parity.call(
        "founder-session",
        "GET",
        f"/checkout-sessions/{founder['id']}",
        query={"expand[]": ["paymentIntent.paymentGroup"]},
    )
    code = session["payment_intent"]["payment_group"]["share_id"]
    parity.call("validate", "POST", f"/groups/{code}/validate", {"customerEmail": "bob@example.com"})
    parity.call(
        "joiner",
        "POST",
        "/checkout-sessions",
        {"amountTotal": 6000, "customerEmail": "bob@example.com", **NAMES, "paymentGroupShareId": code},
    )
    parity.settle()
    parity.call("validate-third", "POST", f"/groups/{code}/validate", {"customerEmail": "cleo@example.com"})
    parity.call(
        "joiner-2",
        "POST",
        "/checkout-sessions",
        {"amountTotal": 2500, "customerEmail": "cleo@example.com", **NAMES, "paymentGroupShareId": code},
    )
    parity.call(
        "lone-session", "POST", "/checkout-sessions", {"amountTotal": 4000, "customerEmail": "dan@example.com", **NAMES}
    )
    parity.settle()
    parity.call("intents-before", "GET", "/payment-intents")
    parity.call("cancel-with-participants", "POST", f"/groups/{code}/cancel")
    parity.expire_groups()
    parity.call("intents-after", "GET", "/payment-intents", query={"orderBy": "amount:desc"})
    parity.call("group-after", "GET", f"/groups/{code}", query={"expand[]": ["paymentIntents"]})
    parity.call("groups-after", "GET", "/groups", query={"orderBy": "createdAt:asc"})


@pytest.mark.settings(discount_levels=[{"level": 1, "participants_to_unlock": 3, "value": 10}])
def test_a_group_that_reaches_no_level(parity: Parity) -> None:
    founder = parity.call("founder", "POST", "/orders", {"amount": 5000, "customerEmail": "ada@example.com", **NAMES})
    parity.settle()
    code = parity.call("group", "GET", f"/groups/{founder['payment_group_id']}")["share_id"]
    parity.call("validate", "POST", f"/groups/{code}/validate", {"customerEmail": "bob@example.com"})
    parity.call(
        "joiner",
        "POST",
        "/orders",
        {"amount": 3000, "customerEmail": "bob@example.com", **NAMES, "paymentGroupShareId": code},
    )
    parity.settle()
    parity.expire_groups()
    parity.call("orders-after", "GET", "/orders", query={"orderBy": "amount:desc"})
    parity.call("group-after", "GET", f"/groups/{code}")
