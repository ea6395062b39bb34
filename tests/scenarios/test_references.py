"""Duplicate merchant references (400) and duplicate customer e-mails (409), per organization and
mode (reference §8.1, §8.9–§8.11)."""

from __future__ import annotations

import httpx

from kohortpay.testing import MockServer

from .helpers import checkout, client, count, error, ok, order, quirks, shopper


def test_duplicate_checkout_session_reference(server: MockServer, api: httpx.Client) -> None:
    checkout(api, "a@example.com", clientReferenceId="cart-42")
    before = (count(api, "/checkout-sessions"), count(api, "/payment-intents"), count(api, "/groups"))
    response = api.post(
        "/checkout-sessions",
        json={"amountTotal": 3000, **shopper("b@example.com"), "clientReferenceId": "cart-42"},
    )
    assert error(response, 400) == {
        "type": "invalid_request_error",
        "message": "Checkout session with client reference id cart-42 already exists.",
        "code": "Bad Request",
    }
    # Refused before anything was written: no session, intent, group or customer.
    assert (count(api, "/checkout-sessions"), count(api, "/payment-intents"), count(api, "/groups")) == before
    assert count(api, "/customers", search="emailAddress:b@example.com") == 0
    # Unique per organization and mode: the live key may reuse it.
    with client(server, server.live_secret_key) as live:
        assert checkout(live, "a@example.com", clientReferenceId="cart-42")["livemode"] is True


def test_duplicate_payment_reference_against_payment_intents(api: httpx.Client) -> None:
    checkout(api, "a@example.com", clientReferenceId="cart-1", paymentClientReferenceId="pay-1")
    intent = ok(api.get("/payment-intents", params={"search": "clientReferenceId:pay-1"}))
    assert intent["count"] == 1 and intent["data"][0]["client_reference_id"] == "pay-1"
    response = api.post(
        "/checkout-sessions",
        json={"amountTotal": 3000, **shopper(), "clientReferenceId": "cart-2", "paymentClientReferenceId": "pay-1"},
    )
    # The server reuses the session's message for the payment reference.
    assert error(response, 400)["message"] == "Checkout session with client reference id pay-1 already exists."
    assert count(api, "/checkout-sessions") == 1
    # A session reference equal to an intent's reference is no clash (different tables).
    checkout(api, "c@example.com", clientReferenceId="pay-1")


def test_duplicate_order_reference(server: MockServer, api: httpx.Client) -> None:
    order(api, "a@example.com", clientReferenceId="ord-7")
    response = api.post("/orders", json={"amount": 3000, **shopper("b@example.com"), "clientReferenceId": "ord-7"})
    assert error(response, 400)["message"] == "Order with client reference id ord-7 already exists."
    assert count(api, "/orders") == 1
    with client(server, server.create_organization(name="other")["keys"]["sk_test"]) as other:
        assert order(other, "a@example.com", clientReferenceId="ord-7")["client_reference_id"] == "ord-7"


def test_duplicate_customer_reference_and_email(server: MockServer, api: httpx.Client) -> None:
    first = ok(api.post("/customers", json={"emailAddress": "dup@example.com", "clientReferenceId": "crm-1"}), 201)
    response = api.post("/customers", json={"emailAddress": "other@example.com", "clientReferenceId": "crm-1"})
    assert error(response, 400)["message"] == "Customer with client reference id crm-1 already exists."

    clash = error(api.post("/customers", json={"emailAddress": "dup@example.com"}), 409)
    assert clash["message"].startswith("Unique constraint failed")
    assert '"email_address"' in clash["message"]  # the storage layer's column
    assert count(api, "/customers") == 1

    # An update onto another customer's address clashes the same way; references are only checked
    # on create (they have no unique constraint).
    second = ok(api.post("/customers", json={"emailAddress": "second@example.com"}), 201)
    error(api.patch(f"/customers/{second['id']}", json={"emailAddress": "dup@example.com"}), 409)
    assert (
        ok(api.patch(f"/customers/{second['id']}", json={"clientReferenceId": "crm-1"}))["client_reference_id"]
        == "crm-1"
    )
    # …but re-sending a customer's own values is no clash.
    same = ok(
        api.patch(f"/customers/{first['id']}", json={"emailAddress": "dup@example.com", "clientReferenceId": "crm-1"})
    )
    assert same["email_address"] == "dup@example.com"

    # Another organization, or the live mode, has its own namespace.
    for key in (server.live_secret_key, server.create_organization(name="b")["keys"]["sk_test"]):
        with client(server, key) as other:
            ok(other.post("/customers", json={"emailAddress": "dup@example.com", "clientReferenceId": "crm-1"}), 201)


def test_purchases_reuse_the_customer_with_the_same_email(api: httpx.Client) -> None:
    customer = ok(api.post("/customers", json={"emailAddress": "known@example.com", "firstName": "Known"}), 201)
    placed = order(api, "known@example.com")
    assert placed["customer_id"] == customer["id"]
    session = checkout(api, "known@example.com")
    found = ok(api.get(f"/checkout-sessions/{session['share_id']}"))  # by share_id, too
    assert found["id"] == session["id"] and found["customer_id"] == customer["id"]
    assert count(api, "/customers") == 1


def test_blocked_customers_cannot_purchase(api: httpx.Client) -> None:
    customer = ok(api.post("/customers", json={"emailAddress": "blocked@example.com"}), 201)
    blocked = ok(api.patch(f"/customers/{customer['id']}/block"))
    assert blocked["is_blocked"] is True and blocked["blocked_at"] is not None and blocked["blocked_by"] == "system"
    response = api.post("/checkout-sessions", json={"amountTotal": 3000, **shopper("blocked@example.com")})
    assert error(response, 400)["code"] == "CUSTOMER_BLOCKED"
    refused = api.post("/orders", json={"amount": 3000, **shopper("blocked@example.com")})
    assert error(refused, 400)["code"] == "CUSTOMER_BLOCKED"
    # The server stores the session and its payment intent before it checks the shopper; an order, not.
    assert count(api, "/checkout-sessions") == 1 and count(api, "/orders") == 0
    # The server checks an order's customer only when it is named by e-mail.
    by_id = api.post("/orders", json={"amount": 3000, "customerId": customer["id"]})
    assert ok(by_id, 201)["customer_id"] == customer["id"]
    assert "blocked-customer-by-id-passes" in quirks(by_id)
    unblocked = ok(api.patch(f"/customers/{customer['id']}/unblock"))
    assert unblocked["is_blocked"] is False and unblocked["blocked_at"] is None
    assert order(api, "blocked@example.com")["customer_id"] == customer["id"]


def test_blocked_customers_by_id_without_the_quirk() -> None:
    with (
        MockServer(quirks={"blocked-customer-by-id-passes": False}) as server,
        client(server, server.secret_key) as api,
    ):
        customer = ok(api.post("/customers", json={"emailAddress": "blocked@example.com"}), 201)
        ok(api.patch(f"/customers/{customer['id']}/block"))
        refused = api.post("/orders", json={"amount": 3000, "customerId": customer["id"]})
        assert error(refused, 400)["code"] == "CUSTOMER_BLOCKED"


def test_the_server_refuses_to_delete_customers(api: httpx.Client) -> None:
    customer = ok(api.post("/customers", json={"emailAddress": "kept@example.com"}), 201)
    refused = api.delete(f"/customers/{customer['id']}")
    assert error(refused, 400)["message"] == f"Customer with id {customer['id']} is already deleted."
    assert quirks(refused) == {"customer-delete-refused"}
    assert ok(api.get(f"/customers/{customer['id']}"))["deleted_at"] is None
    assert count(api, "/customers") == 1


def test_soft_delete() -> None:
    with MockServer(quirks={"customer-delete-refused": False}) as server, client(server, server.secret_key) as api:
        customer = ok(api.post("/customers", json={"emailAddress": "gone@example.com"}), 201)
        deleted = ok(api.delete(f"/customers/{customer['id']}"))
        assert deleted["deleted_at"] is not None and deleted["id"] == customer["id"]
        assert "already deleted" in error(api.delete(f"/customers/{customer['id']}"), 400)["message"]
        assert count(api, "/customers") == 0  # gone from the list, and by id
        assert (
            error(api.get(f"/customers/{customer['id']}"), 404)["message"]
            == f"Customer with id {customer['id']} not found"
        )
        assert (
            error(api.get("/customers/cus_00000000000000"), 404)["message"]
            == "Customer with id cus_00000000000000 not found"
        )
        assert error(api.patch("/customers/cus_00000000000000", json={}), 404)["message"] == "Object not found"
