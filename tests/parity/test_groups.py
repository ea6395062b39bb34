"""Groups under both prefixes: read, list, update, participants, validate, cancel, expire, create."""

from __future__ import annotations

import datetime as dt

import pytest

from .support import ORGANIZATION, Parity, iso

NAMES = {"customerFirstName": "Ada", "customerLastName": "Lovelace"}


def found(parity: Parity, label: str, email: str) -> tuple[dict[str, object], dict[str, object]]:
    """An order and the group it founds."""
    placed = parity.call(label, "POST", "/orders", {"amount": 5000, "customerEmail": email, **NAMES})
    parity.settle()
    return placed, parity.call(f"{label}-group", "GET", f"/groups/{placed['payment_group_id']}")


@pytest.mark.diverges("retrieve-expanded.body.organization.*", reason=ORGANIZATION)
@pytest.mark.parametrize("prefix", ["/groups", "/payment-groups"])
def test_a_group_of_orders(parity: Parity, prefix: str) -> None:
    founder, group = found(parity, "founder", "ada@example.com")
    path, code = f"{prefix}/{group['id']}", group["share_id"]
    expand = ["paymentGroupSettings.discountLevels", "customer", "orders", "organization.brandSettings"]
    parity.call("retrieve-expanded", "GET", path, query={"expand[]": expand})
    parity.call("retrieve-by-code", "GET", f"{prefix}/{code}", query={"expand[]": ["paymentGroupSettings"]})
    parity.call("list", "GET", prefix, query={"search": f"shareId:{code}"})
    parity.call("update", "PATCH", path, {"metadata": {"campaign": "spring"}, "creatorEmail": "ada+new@example.com"})
    parity.call("update-by-code", "PATCH", f"{prefix}/{code}", {"metadata": {"x": 1}})
    parity.call("update-without-body", "PATCH", path)
    parity.call(
        "validate-friend", "POST", f"{prefix}/{code}/validate", {"customerEmail": "bob@example.com", "amount": 4000}
    )
    parity.call("validate-founder-email", "POST", f"{prefix}/{code}/validate", {"customerEmail": "ada@example.com"})
    parity.call("validate-without-body", "POST", f"{prefix}/{code}/validate")
    parity.call(
        "join",
        "POST",
        "/orders",
        {"amount": 4000, "customerEmail": "bob@example.com", **NAMES, "paymentGroupShareId": code},
    )
    parity.settle()
    parity.call("participants", "GET", f"{path}/participants")
    parity.call("participants-by-code", "GET", f"{prefix}/{code}/participants")
    parity.call("validate-after-join", "POST", f"{prefix}/{code}/validate", {"customerEmail": "cleo@example.com"})
    parity.call("expire-in-progress", "POST", f"{path}/expire")
    parity.call("cancel-with-two-orders", "POST", f"{path}/cancel")
    parity.call("cancel-again", "POST", f"{path}/cancel")
    parity.call("validate-canceled", "POST", f"{prefix}/{code}/validate")
    parity.call(
        "join-canceled",
        "POST",
        "/orders",
        {"amount": 4000, "customerEmail": "dan@example.com", **NAMES, "paymentGroupShareId": code},
    )


@pytest.mark.parametrize("prefix", ["/groups", "/payment-groups"])
def test_unknown_groups_and_codes(parity: Parity, prefix: str) -> None:
    parity.call("retrieve-unknown", "GET", f"{prefix}/pg_00000000000000")
    parity.call("update-unknown", "PATCH", f"{prefix}/pg_00000000000000", {"metadata": {}})
    parity.call("participants-unknown", "GET", f"{prefix}/pg_00000000000000/participants")
    parity.call("cancel-unknown", "POST", f"{prefix}/pg_00000000000000/cancel")
    parity.call("expire-unknown", "POST", f"{prefix}/pg_00000000000000/expire")
    parity.call("validate-unknown", "POST", f"{prefix}/KHT-test-00000000/validate")
    parity.call("validate-foreign", "POST", f"{prefix}/WELCOME10/validate")
    parity.call("validate-ambassador", "POST", f"{prefix}/KHTAMB-NOPE0000/validate")
    parity.call("validate-invalid-email", "POST", f"{prefix}/KHT-test-00000000/validate", {"customerEmail": "x"})


def test_a_group_created_through_the_api(parity: Parity) -> None:
    founder, group = found(parity, "order", "ada@example.com")
    expires = iso(parity.now() + dt.timedelta(minutes=2))
    body = {
        "customerId": founder["customer_id"],
        "orderId": founder["id"],
        "expiresAt": expires,
        "metadata": {"via": "api"},
    }
    made = parity.call("create", "POST", "/groups", body)
    parity.settle()
    parity.call("order-moved", "GET", f"/orders/{founder['id']}")
    parity.call("old-group-participants", "GET", f"/groups/{group['id']}/participants")
    parity.call("new-group", "GET", f"/groups/{made['id']}", query={"expand[]": ["orders", "paymentGroupSettings"]})
    parity.call("expire-before-due", "POST", f"/groups/{made['id']}/expire")
    parity.call("cancel-lone-group", "POST", f"/groups/{group['id']}/cancel")
    parity.call("without-founder", "POST", "/groups", {"customerId": founder["customer_id"]})
    parity.call(
        "unknown-customer", "POST", "/payment-groups", {"customerId": "cus_00000000000000", "orderId": founder["id"]}
    )
    parity.call(
        "unknown-founder", "POST", "/groups", {"customerId": founder["customer_id"], "orderId": "ord_00000000000000"}
    )
    parity.call("expires-in-the-past", "POST", "/groups", {**body, "expiresAt": "2000-01-01T00:00:00.000Z"})
