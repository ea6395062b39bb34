"""Authentication: key kinds and modes, Bearer and Basic, and what each wrong header gets."""

from __future__ import annotations

from .support import Parity

NAMES = {"customerFirstName": "Ada", "customerLastName": "Lovelace"}


def test_keys_kinds_and_modes(parity: Parity) -> None:
    test_customer = parity.call("create-test", "POST", "/customers", {"emailAddress": "t@example.com"})
    parity.call("create-live", "POST", "/customers", {"emailAddress": "t@example.com"}, auth="sk_live")
    parity.call("list-live", "GET", "/customers", auth="sk_live")
    parity.call("test-object-with-live-key", "GET", f"/customers/{test_customer['id']}", auth="sk_live")
    parity.call("list-public-key", "GET", "/customers", auth="pk_test")
    parity.call("orders-public-key", "GET", "/orders", auth="pk_test")
    parity.call("orders-live-public-key", "GET", "/orders", auth="pk_live")
    parity.call("groups-public-key", "GET", "/groups", auth="pk_test")


def test_wrong_credentials(parity: Parity) -> None:
    parity.call("no-header", "GET", "/customers", auth="none")
    parity.call("empty-bearer", "GET", "/customers", auth="raw:Bearer")
    parity.call("not-a-key", "GET", "/customers", auth="bearer:nonsense")
    parity.call("unknown-key", "GET", "/customers", auth="bearer:sk_test_00000000000000000000000000")
    parity.call("other-scheme", "GET", "/customers", auth="raw:Token abc")
    parity.call("lowercase-bearer", "GET", "/customers", auth="raw:bearer abc")


def test_basic_auth(parity: Parity) -> None:
    parity.call("basic-foo", "GET", "/customers", auth="basic:sk_test:foo")
    parity.call("basic-empty-password", "GET", "/customers", auth="basic:sk_test:")
    parity.call("basic-other-password", "GET", "/customers", auth="basic:sk_test:secret")
    parity.call("basic-no-colon", "GET", "/customers", auth="basic:sk_test:-")
    parity.call("basic-public-key", "GET", "/customers", auth="basic:pk_test:foo")


def test_what_any_key_may_do(parity: Parity) -> None:
    """What the API lets through that a shop should know (README): another organization's secret key
    reads a group's participants and validates its code; a public key writes customers and groups."""
    placed = parity.call(
        "order", "POST", "/orders", {"amount": 5000, "customerEmail": "ada@example.com", **NAMES, "metadata": {"k": 1}}
    )
    parity.settle()
    group = parity.call("group", "GET", f"/groups/{placed['payment_group_id']}")
    stranger = "bearer:" + parity.other_organization().keys["sk_test"]
    parity.call("stranger-participants", "GET", f"/groups/{group['id']}/participants", auth=stranger)
    parity.call("stranger-validates", "POST", f"/groups/{group['share_id']}/validate", {}, auth=stranger)
    parity.call("stranger-reads-group", "GET", f"/groups/{group['id']}", auth=stranger)
    parity.call("stranger-reads-order", "GET", f"/orders/{placed['id']}", auth=stranger)
    customer = placed["customer_id"]
    parity.call("public-updates-customer", "PATCH", f"/customers/{customer}", {"firstName": "Eve"}, auth="pk_test")
    parity.call("public-blocks-customer", "PATCH", f"/customers/{customer}/block", auth="pk_test")
    parity.call("public-updates-group", "PATCH", f"/groups/{group['id']}", {"metadata": {"x": "y"}}, auth="pk_test")
    parity.call("public-creates-customer", "POST", "/customers", {"emailAddress": "pk@example.com"}, auth="pk_test")
    parity.call("public-creates-order", "POST", "/orders", {"amount": 5000, "customerId": customer}, auth="pk_test")
