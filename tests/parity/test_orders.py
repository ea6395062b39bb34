"""Orders (generation B): founding and joining groups, matching customers, the rules."""

from __future__ import annotations

import pytest

from .support import ORGANIZATION, Parity

NAMES = {"customerFirstName": "Ada", "customerLastName": "Lovelace"}


def order(email: str, amount: int = 10000, **fields: object) -> dict[str, object]:
    return {"amount": amount, "customerEmail": email, **NAMES, **fields}


@pytest.mark.diverges("retrieve-expanded.body.organization.*", reason=ORGANIZATION)
def test_founding_and_joining(parity: Parity) -> None:
    fields: dict[str, object] = {"clientReferenceId": "ord-1", "metadata": {"basket": "b1"}, "locale": "en_GB"}
    founder = parity.call("create-founder", "POST", "/orders", {**order("ada@example.com"), **fields})
    parity.settle()
    path = f"/orders/{founder['id']}"
    parity.call("retrieve", "GET", path)
    found = parity.call(
        "retrieve-expanded", "GET", path, query={"expand[]": ["paymentGroup", "customer", "organization"]}
    )
    code = found["payment_group"]["share_id"]
    parity.call("create-joiner", "POST", "/orders", order("bob@example.com", 8000, paymentGroupShareId=code))
    parity.call("founder-joins-own-group", "POST", "/orders", order("ada@example.com", 3000, paymentGroupShareId=code))
    parity.call("by-customer-id", "POST", "/orders", {"amount": 2000, "customerId": founder["customer_id"]})
    parity.call("null-code", "POST", "/orders", order("cleo@example.com", 2000, paymentGroupShareId=None))
    parity.call("empty-code", "POST", "/orders", order("dan@example.com", 2000, paymentGroupShareId=""))
    parity.call(
        "known-shopper-new-phone", "POST", "/orders", order("bob@example.com", 1500, customerPhoneNumber="+33 7 00")
    )
    parity.settle()
    parity.call("list", "GET", "/orders")
    parity.call("customers", "GET", "/customers")
    parity.call("group", "GET", f"/groups/{code}", query={"expand[]": ["orders"]})
    parity.call("participants", "GET", f"/groups/{found['payment_group']['id']}/participants")


def test_refusals(parity: Parity) -> None:
    parity.call("create", "POST", "/orders", order("ada@example.com", clientReferenceId="ord-1"))
    parity.call("duplicate-reference", "POST", "/orders", order("bob@example.com", clientReferenceId="ord-1"))
    parity.call(
        "unknown-group-code", "POST", "/orders", order("bob@example.com", paymentGroupShareId="KHT-test-00000000")
    )
    parity.call("ambassador-code", "POST", "/orders", order("bob@example.com", paymentGroupShareId="KHTAMB-NOPE0000"))
    parity.call("foreign-code", "POST", "/orders", order("bob@example.com", paymentGroupShareId="WELCOME10"))
    parity.call("unknown-customer-id", "POST", "/orders", {"amount": 1000, "customerId": "cus_00000000000000"})
    parity.call("neither-email-nor-id", "POST", "/orders", {"amount": 1000})
    parity.call("invalid-email", "POST", "/orders", order("not an e-mail"))
    parity.call("amount-zero", "POST", "/orders", order("bob@example.com", 0))
    parity.call("public-key", "POST", "/orders", order("bob@example.com"), auth="pk_test")
    parity.call("retrieve-unknown", "GET", "/orders/ord_00000000000000")
    parity.call("list-after", "GET", "/orders")


@pytest.mark.settings(min_purchase_value=3000, max_participants=3)
def test_minimum_full_groups_and_blocked_customers(parity: Parity) -> None:
    parity.call("below-minimum", "POST", "/orders", order("low@example.com", 2999))
    founder = parity.call("founder", "POST", "/orders", order("ada@example.com", 3000))
    parity.settle()
    code = parity.call("group", "GET", f"/groups/{founder['payment_group_id']}")["share_id"]
    parity.call("joiner", "POST", "/orders", order("bob@example.com", 3000, paymentGroupShareId=code))
    parity.call("joiner-into-full-group", "POST", "/orders", order("cleo@example.com", 3000, paymentGroupShareId=code))
    parity.call("validate-full-group", "POST", f"/groups/{code}/validate", {"customerEmail": "dan@example.com"})
    customer = parity.call("blocked", "POST", "/customers", {"emailAddress": "blocked@example.com"})
    parity.call("block", "PATCH", f"/customers/{customer['id']}/block")
    parity.call("blocked-by-email", "POST", "/orders", order("blocked@example.com", 3000))
    parity.call("blocked-by-id", "POST", "/orders", {"amount": 3000, "customerId": customer["id"]})
    parity.settle()
    parity.call("groups", "GET", "/groups", query={"expand[]": ["orders"]})


def test_crash_paths(parity: Parity) -> None:
    parity.call("without-names", "POST", "/orders", {"amount": 1000, "customerEmail": "a@example.com"})
    parity.call(
        "without-last-name",
        "POST",
        "/orders",
        {"amount": 1000, "customerEmail": "a@example.com", "customerFirstName": "A"},
    )
    parity.call("amount-above-int32", "POST", "/orders", order("a@example.com", 2**31))
    parity.call("orders-after-crashes", "GET", "/orders")


def test_fraud_assessment_of_live_orders(parity: Parity) -> None:
    """Just after the answer, a live order is compared with the customers of its group's payment
    intents: the same names make it HIGHEST, the same phone or a nearby e-mail HIGH, the same
    uncommon domain MEDIUM."""
    founder = {"amountTotal": 5000, "customerEmail": "ada+shop@corp.example", **NAMES, "customerPhoneNumber": "0600"}
    session = parity.call("founder", "POST", "/checkout-sessions", founder, auth="sk_live")
    parity.settle()
    expand = {"expand[]": ["paymentIntent.paymentGroup"]}
    found = parity.call("founder-group", "GET", f"/checkout-sessions/{session['id']}", query=expand, auth="sk_live")
    code = found["payment_intent"]["payment_group"]["share_id"]
    joiners = {
        "same-names": order("twin@elsewhere.example", 3000, paymentGroupShareId=code),
        "same-phone": {
            **order("p@elsewhere.example", 3000, paymentGroupShareId=code),
            "customerFirstName": "Bob",
            "customerPhoneNumber": "0600",
        },  # fmt: skip
        "nearby-email": {**order("adb@corp.example", 3000, paymentGroupShareId=code), "customerFirstName": "Cy"},
        "same-domain": {**order("zed@corp.example", 3000, paymentGroupShareId=code), "customerFirstName": "Zed"},
        "common-domain": {**order("zoe@gmail.com", 3000, paymentGroupShareId=code), "customerFirstName": "Zoe"},
    }
    placed = {label: parity.call(label, "POST", "/orders", body, auth="sk_live") for label, body in joiners.items()}
    parity.settle()
    for label, made in placed.items():
        parity.call(f"{label}-assessed", "GET", f"/orders/{made['id']}", auth="sk_live")
