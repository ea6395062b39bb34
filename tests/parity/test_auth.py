"""Authentication: key kinds and modes, Bearer and Basic, and what each wrong header gets."""

from __future__ import annotations

from .support import Parity


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
