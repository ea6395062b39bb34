"""Customers: create, read, list, update, block, unblock, delete, and their errors."""

from __future__ import annotations

import pytest

from .support import ORGANIZATION, Parity

DISPOSABLE = (
    "the server refuses disposable domains only when NODE_ENV is production; the reference server runs "
    "outside it, the mock answers as production does"
)
JANE = {"emailAddress": "jane@example.com", "firstName": "Jane", "lastName": "Doe", "phoneNumber": "+33 6 12 34 56 78"}


@pytest.mark.diverges("retrieve-expanded.body.organization.*", reason=ORGANIZATION)
def test_customer_life_cycle(parity: Parity) -> None:
    jane = parity.call(
        "create",
        "POST",
        "/customers",
        {**JANE, "locale": "en_GB", "clientReferenceId": "crm-1", "metadata": {"tier": 1}},
    )
    parity.call("create-minimal", "POST", "/customers", {"emailAddress": "min@example.com"})
    parity.call("create-with-public-key", "POST", "/customers", {"emailAddress": "pk@example.com"}, auth="pk_test")
    path = f"/customers/{jane['id']}"
    parity.call("retrieve", "GET", path)
    parity.call("retrieve-expanded", "GET", path, query={"expand[]": ["checkoutSessions", "organization"]})
    parity.call("list", "GET", "/customers")
    parity.call("list-search", "GET", "/customers", query={"search": "emailAddress~jane"})
    parity.call("update", "PATCH", path, {"firstName": "Janet", "phoneNumber": None, "metadata": {"tier": 2}})
    parity.call("update-locale", "PATCH", path, {"locale": "fr_FR"})
    parity.call("update-reference-cleared", "PATCH", path, {"clientReferenceId": None})
    parity.call("update-restore", "PATCH", path, {"deletedAt": None})
    parity.call("update-without-body", "PATCH", path)
    parity.call("block", "PATCH", f"{path}/block")
    parity.call("block-again", "PATCH", f"{path}/block")
    parity.call("unblock", "PATCH", f"{path}/unblock")
    parity.call("delete", "DELETE", path)  # the reference server refuses every existing customer
    parity.call("retrieve-after-delete", "GET", path)


@pytest.mark.diverges("disposable-email.*", reason=DISPOSABLE)
def test_customer_errors(parity: Parity) -> None:
    parity.call("create", "POST", "/customers", {**JANE, "clientReferenceId": "crm-1"})
    parity.call("duplicate-email", "POST", "/customers", {"emailAddress": JANE["emailAddress"]})
    parity.call(
        "duplicate-reference", "POST", "/customers", {"emailAddress": "b@example.com", "clientReferenceId": "crm-1"}
    )
    parity.call("invalid-email", "POST", "/customers", {"emailAddress": "not an e-mail"})
    parity.call("missing-email", "POST", "/customers", {"firstName": "X"})
    parity.call("bad-locale", "POST", "/customers", {"emailAddress": "c@example.com", "locale": "de_DE"})
    parity.call("metadata-not-an-object", "POST", "/customers", {"emailAddress": "d@example.com", "metadata": "x"})
    parity.call(
        "update-deleted-at-date", "PATCH", "/customers/cus_00000000000000", {"deletedAt": "2025-01-01T00:00:00Z"}
    )
    unknown = "/customers/cus_00000000000000"
    parity.call("retrieve-unknown", "GET", unknown)
    parity.call("update-unknown", "PATCH", unknown, {"firstName": "X"})
    parity.call("block-unknown", "PATCH", f"{unknown}/block")
    parity.call("unblock-unknown", "PATCH", f"{unknown}/unblock")
    parity.call("delete-unknown", "DELETE", unknown)
    # Last: the mock refuses it, the reference server numbers one more customer id.
    parity.call("disposable-email", "POST", "/customers", {"emailAddress": "x@mailinator.com"})


def test_request_bodies(parity: Parity) -> None:
    customer = parity.call("create", "POST", "/customers", {"emailAddress": "body@example.com"})
    path = f"/customers/{customer['id']}"
    json = {"Content-Type": "application/json"}
    for label, raw in (("null", b"null"), ("number", b"42"), ("string", b'"text"'), ("blank", b" \t\n")):
        parity.call(f"post-{label}", "POST", "/customers", content=raw, headers=json)
        parity.call(f"patch-{label}", "PATCH", path, content=raw, headers=json)
    parity.call("post-empty", "POST", "/customers", content=b"", headers=json)
    for label, headers in (("no-content-type", {}), ("text-plain", {"Content-Type": "text/plain"})):
        parity.call(
            f"post-{label}", "POST", "/customers", content=b'{"emailAddress": "x@example.com"}', headers=headers
        )
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    parity.call("post-form", "POST", "/customers", content=b"emailAddress=form%40example.com&firstName=F", headers=form)
    parity.call("post-malformed", "POST", "/customers", content=b'{"emailAddress": ', headers=json)
    parity.call("post-array", "POST", "/customers", content=b'[{"emailAddress": "y@example.com"}]', headers=json)
    parity.call("patch-array", "PATCH", path, content=b"[]", headers=json)
    parity.call("unchanged", "GET", path)
