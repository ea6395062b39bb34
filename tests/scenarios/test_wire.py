"""Wire conventions: input casing, unknown fields, `Number()` coercion, verbatim metadata,
snake_case responses and timestamps (reference §3)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

from kohortpay.testing import MockServer

from .helpers import (
    DATETIME,
    Json,
    checkout,
    client,
    error,
    group_of_session,
    non_snake_keys,
    ok,
    order,
    quirks,
    shopper,
)

METADATA: Json = {
    "camelKey": 1,
    "snake_key": None,
    "Mixed_Case-key": "ünïcødé ✓",
    "nested": {"innerKey": [1, 2.5, {"deep_key": True, "deepKey": "v"}], "empty": {}},
}


def test_snake_case_request_bodies(api: httpx.Client) -> None:
    body = {
        "amount_total": 3000,
        "customer_email": "snake@example.com",
        "customer_first_name": "Sn",
        "customer_last_name": "Ake",
        "customer_phone_number": "",
        "client_reference_id": "snake-1",
        "payment_client_reference_id": "snake-pay-1",
        "success_url": "https://shop.example.com/ok",
        "line_items": [
            {"name": "Mug", "price": 1500, "quantity": 2, "image_url": "https://img.example.com/m.png"},
            {"name": "", "price": "0", "quantity": "1", "type": "SHIPPING", "description": ""},
        ],
    }
    session = ok(api.post("/checkout-sessions", json=body), 201)
    assert session["amount_total"] == 3000
    assert session["customer_email"] == "snake@example.com"
    assert session["customer_first_name"] == "Sn"
    assert session["customer_phone_number"] == ""
    assert session["client_reference_id"] == "snake-1"
    assert session["payment_client_reference_id"] == "snake-pay-1"
    assert session["success_url"] == "https://shop.example.com/ok"
    items = ok(api.get(f"/checkout-sessions/{session['id']}", params={"expand[]": "lineItems"}))["line_items"]
    assert [(i["name"], i["price"], i["quantity"], i["type"], i["amount_total"]) for i in items] == [
        ("Mug", 1500, 2, "PRODUCT", 3000),
        ("", 0, 1, "SHIPPING", 0),
    ]
    assert items[0]["image_url"] == "https://img.example.com/m.png"
    assert items[1]["description"] == ""


def test_mixed_casing_in_one_body(api: httpx.Client) -> None:
    placed = ok(
        api.post(
            "/orders",
            json={
                "amount": 4000,
                "customer_email": "mixed@example.com",
                "customerFirstName": "Mi",
                "customer_last_name": "X",
                "clientReferenceId": "m-1",
            },
        ),
        201,
    )
    assert (placed["customer_email"], placed["customer_first_name"], placed["customer_last_name"]) == (
        "mixed@example.com",
        "Mi",
        "X",
    )
    assert placed["client_reference_id"] == "m-1"
    customer = ok(api.get(f"/customers/{placed['customer_id']}"))
    assert (customer["first_name"], customer["last_name"]) == ("Mi", "X")


@pytest.mark.parametrize(
    "key", ["email__address", "_email_address", "email-address", "email address", "EmailAddress", "email_Address"]
)
def test_keys_are_camelised_like_the_server_does(api: httpx.Client, key: str) -> None:
    # Each of these creates the customer on the reference server (humps' camelize).
    created = ok(api.post("/customers", json={key: "spelt@example.com"}), 201)
    assert created["email_address"] == "spelt@example.com"


def test_unknown_fields_are_dropped(api: httpx.Client) -> None:
    body = {
        **shopper("unknown@example.com"),
        "amountTotal": 3000,
        "customerPhone": "+33 6 00 00 00 00",  # sent by a plugin, not a field
        "currency": "USD",  # not accepted on input: always EUR
        "shopSecret": {"nested": ["x"]},
        "lineItems": [{"name": "A", "price": 100, "quantity": 1}],
    }
    session = ok(api.post("/checkout-sessions", json=body), 201)
    assert "customer_phone" not in session and "shop_secret" not in session and "shopSecret" not in session
    assert session["currency"] == "EUR"
    # Line items are the exception: the server validates nothing in them and fails on an unknown key.
    body["lineItems"] = [{"name": "A", "price": 100, "quantity": 1, "sku": "A-1"}]
    crashed = api.post("/checkout-sessions", json=body)
    assert error(crashed, 500) and quirks(crashed) == {"crash-on-unvalidated-line-items"}
    customer = ok(api.post("/customers", json={"emailAddress": "u2@example.com", "favouriteColour": "teal"}), 201)
    assert "favourite_colour" not in customer and "favouriteColour" not in customer
    # Unknown query parameters are ignored too.
    assert ok(api.get("/customers", params={"limit": "1000", "page": "x"}))["count"] == 2


@pytest.mark.parametrize(
    ("sent", "stored"),
    [
        ("35000", 35000),
        (35000.0, 35000),
        ("2.0000", 2),
        (1998.9999999999998, 1998),  # the database drops the fraction
        (56.99999999999999, 56),
        ("42.5", 42),
        (" 42 ", 42),
        (True, 1),
    ],
)
def test_numbers_go_through_number(api: httpx.Client, sent: Any, stored: int) -> None:
    session = ok(api.post("/checkout-sessions", json={**shopper(), "amountTotal": sent}), 201)
    assert session["amount_total"] == stored
    placed = order(api, f"n{stored}@example.com", amount=sent)
    assert placed["amount"] == stored


def test_quantities_and_prices_are_coerced(api: httpx.Client) -> None:
    body = {
        **shopper(),
        "amountTotal": "3000.5",
        "lineItems": [
            {"name": "A", "price": "1000", "quantity": "2.0000"},
            {"name": "Promo", "price": -500.4, "quantity": 1.0, "type": "DISCOUNT"},
        ],
    }
    session = ok(api.post("/checkout-sessions", json=body), 201)
    assert session["amount_total"] == 3000
    items = ok(api.get(f"/checkout-sessions/{session['id']}", params={"expand[]": "lineItems"}))["line_items"]
    assert [(i["price"], i["quantity"], i["amount_total"]) for i in items] == [(1000, 2, 2000), (-500, 1, -500)]


@pytest.mark.parametrize("bad", ["abc", "", "1,5", [], {}, False, None, "Infinity", "1e400"])
def test_non_numbers_are_refused(api: httpx.Client, bad: Any) -> None:
    detail = error(api.post("/checkout-sessions", json={**shopper(), "amountTotal": bad}), 400)
    assert isinstance(detail["message"], list)
    assert any(m.startswith("amountTotal") for m in detail["message"]), detail


def test_line_item_rules(api: httpx.Client) -> None:
    cases: list[Json] = [
        {"name": "Promo", "price": 500, "quantity": 1, "type": "DISCOUNT"},  # discounts are negative
        {"name": "Gift", "price": -100, "quantity": 2, "type": "GIFT_CARD"},  # quantity must be 1
        {"name": "Ship", "price": 500, "quantity": 2, "type": "SHIPPING"},
        {"name": "Neg", "price": -1, "quantity": 1},  # a product costs ≥ 0
    ]
    messages = [
        "The price of a discount cannot be positive.",
        "The quantity of GIFT_CARD must be 1. Please add a new lineItem if you need more than one.",
        "The quantity of SHIPPING must be 1. Please add a new lineItem if you need more than one.",
        "The price of a product cannot be negative.",
    ]
    for item, message in zip(cases, messages, strict=True):
        body = {**shopper(), "amountTotal": 3000, "lineItems": [item]}
        assert error(api.post("/checkout-sessions", json=body), 400)["message"] == message
    # The sum of the lines is never compared with amountTotal.
    ok(
        api.post(
            "/checkout-sessions",
            json={**shopper(), "amountTotal": 1, "lineItems": [{"name": "A", "price": 9999, "quantity": 3}]},
        ),
        201,
    )


def test_metadata_is_verbatim_everywhere(server: MockServer, api: httpx.Client) -> None:
    customer = ok(api.post("/customers", json={"email_address": "meta@example.com", "metadata": METADATA}), 201)
    assert customer["metadata"] == METADATA
    assert ok(api.get(f"/customers/{customer['id']}"))["metadata"] == METADATA
    session = checkout(api, "meta2@example.com", metadata=METADATA)
    assert session["metadata"] == METADATA
    placed = order(api, "meta3@example.com", metadata=METADATA)
    assert ok(api.get(f"/orders/{placed['id']}"))["metadata"] == METADATA
    group = group_of_session(api, session["id"])
    assert ok(api.patch(f"/groups/{group['id']}", json={"metadata": METADATA}))["metadata"] == METADATA
    listed = ok(api.get("/customers", params={"search": "emailAddress:meta@example.com"}))["data"]
    assert listed[0]["metadata"] == METADATA
    # Webhook payloads are camelCase, but metadata is still untouched.
    created = [e for e in server.events("order.created") if e["payload"]["data"]["id"] == placed["id"]]
    assert created[0]["payload"]["data"]["metadata"] == METADATA


def test_every_response_is_snake_case(server: MockServer, api: httpx.Client) -> None:
    session = checkout(api, "snake1@example.com", metadata=METADATA)
    group = group_of_session(api, session["id"])
    checkout(api, "snake2@example.com", code=group["share_id"])
    placed = order(api, "snake3@example.com", metadata=METADATA)
    customer = ok(api.post("/customers", json={"emailAddress": "snake4@example.com", "metadata": METADATA}), 201)
    server.advance_clock(5 * 60)
    group_expand = [
        "orders",
        "paymentIntents",
        "customer",
        "organization.brandSettings",
        "paymentGroupSettings.discountLevels",
    ]
    session_expand = ["lineItems", "paymentIntent.paymentGroup", "paymentGroup", "customer", "organization"]
    bodies = [
        session,
        placed,
        customer,
        ok(api.get(f"/groups/{group['id']}", params={"expand[]": group_expand})),
        ok(api.get("/payment-groups", params={"expand[]": group_expand})),
        ok(api.get(f"/checkout-sessions/{session['id']}", params={"expand[]": session_expand})),
        ok(api.get("/checkout-sessions", params={"expand[]": session_expand})),
        ok(api.get("/orders", params={"expand[]": ["paymentGroup", "customer", "organization"]})),
        ok(api.get("/payment-intents", params={"expand[]": ["paymentGroup", "customer"]})),
        ok(api.get("/customers")),
        ok(api.post(f"/groups/{group['share_id']}/validate", json={"customerEmail": "new@example.com"}), 201),
        ok(api.get(f"/groups/{group['id']}/participants")),
    ]
    for body in bodies:
        assert non_snake_keys(body) == []
    expanded = bodies[3]
    assert {"orders", "payment_intents", "customer", "organization", "payment_group_settings"} <= set(expanded)
    assert "discount_levels" in expanded["payment_group_settings"]
    assert "brand_settings" in expanded["organization"]
    # Timestamps: ISO-8601 UTC with milliseconds and Z.
    for name in ("created_at", "updated_at", "expires_at", "mid_expire_at"):
        assert DATETIME.fullmatch(expanded[name]), (name, expanded[name])


def test_dates_accept_six_fractional_digits_and_offsets(server: MockServer, api: httpx.Client) -> None:
    when = server.now() + dt.timedelta(hours=2)
    six = when.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    session = ok(api.post("/checkout-sessions", json={**shopper(), "amountTotal": 3000, "expiresAt": six}), 201)
    assert session["expires_at"] == when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"
    paris = when.astimezone(dt.timezone(dt.timedelta(hours=2))).isoformat()
    assert (
        ok(api.post("/checkout-sessions", json={**shopper(), "amountTotal": 3000, "expiresAt": paris}), 201)[
            "expires_at"
        ]
        == session["expires_at"]
    )
    for bad in ("tomorrow", "2030-01-01", (server.now() + dt.timedelta(minutes=5)).isoformat()):
        error(api.post("/checkout-sessions", json={**shopper(), "amountTotal": 3000, "expiresAt": bad}), 400)


def test_locales(api: httpx.Client) -> None:
    assert checkout(api, "l1@example.com")["locale"] == "fr_FR"  # default
    assert checkout(api, "l2@example.com", locale="en_GB")["locale"] == "en_GB"  # only orders store en_US
    assert checkout(api, "l3@example.com", locale="en_US")["locale"] == "en_US"
    for bad in ("de_DE", "en_EN", "en-US"):
        detail = error(api.post("/checkout-sessions", json={**shopper(), "amountTotal": 3000, "locale": bad}), 400)
        assert detail["message"] == ["locale must be one of the following values: en_US, en_GB, fr_FR"]


def test_disposable_email_domains_are_refused(api: httpx.Client) -> None:
    detail = error(api.post("/customers", json={"emailAddress": "temp@mailinator.com"}), 400)
    assert detail["message"] == ["Disposable emails are not allowed."]  # production's answer
    error(api.post("/customers", json={"emailAddress": "not an email"}), 400)


def test_form_encoded_bodies(api: httpx.Client) -> None:
    """The server also parses forms: flat fields, as strings, numbers through `Number()`."""
    placed = api.post(
        "/orders",
        data={"amount": "3000", "customerEmail": "form@example.com", "customerFirstName": "F", "customerLastName": "L"},
    )
    assert placed.request.headers["content-type"] == "application/x-www-form-urlencoded"
    created = ok(placed, 201)
    assert created["amount"] == 3000 and created["customer_email"] == "form@example.com"


def test_optional_fields_take_null(api: httpx.Client) -> None:
    """class-validator's `@IsOptional()` skips a null: stored where the column holds one (a shop plugin
    sends `customerPhoneNumber: null` for an address without a phone), a 500 where it cannot."""
    nulls = {"customerPhoneNumber": None, "metadata": None, "clientReferenceId": None, "successUrl": None}
    session = ok(api.post("/checkout-sessions", json={"amountTotal": 3000, **shopper(), **nulls}), 201)
    assert session["customer_phone_number"] is None and session["metadata"] is None
    crashed = api.post("/customers", json={"emailAddress": "null@example.com", "locale": None})
    assert crashed.status_code == 500 and quirks(crashed) == {"optional-nulls"}
    with MockServer(quirks={"optional-nulls": False}) as strict, client(strict, strict.secret_key) as other:
        refused = error(other.post("/customers", json={"emailAddress": "null@example.com", "locale": None}), 400)
        assert refused["message"] == [
            "locale must be a string",
            "locale must be one of the following values: en_US, en_GB, fr_FR",
        ]


@pytest.mark.parametrize(
    ("email", "messages"),
    [  # validator.js's isEmail, as the server's @IsEmail() applies it
        ("a@b.c", ["emailAddress must be an email"]),
        ("us..er@example.com", ["emailAddress must be an email"]),
        ("a,b@example.com", ["emailAddress must be an email"]),
        ("x" * 65 + "@example.com", ["emailAddress must be an email"]),
        ("", ["emailAddress must be an email", "emailAddress should not be empty"]),
        (42, ["emailAddress must be an email", "emailAddress must be a string"]),
    ],
)
def test_email_addresses_the_server_refuses(api: httpx.Client, email: Any, messages: list[str]) -> None:
    assert error(api.post("/customers", json={"emailAddress": email}), 400)["message"] == messages
    ok(api.post("/customers", json={"emailAddress": "x" * 64 + "@example.com"}), 201)


def test_messages_follow_the_servers_field_order(api: httpx.Client) -> None:
    body = {"amountTotal": 0, "customerEmail": "a@example.com", "customerFirstName": "A", "customerLastName": 7}
    assert error(api.post("/checkout-sessions", json=body), 400)["message"] == [
        "customerLastName must be a string",
        "amountTotal must be a positive number",
    ]
