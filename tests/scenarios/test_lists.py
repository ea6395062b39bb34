"""List endpoints: take/skip/count, orderBy, search and expand[] (reference §5)."""

from __future__ import annotations

import httpx
import pytest

from kohortpay.testing import MockServer
from kohortpay.testing.mock.core.quirks import QUIRK_HEADER

from .helpers import Json, checkout, error, group_of_session, ok, order


def emails(page: Json) -> list[str]:
    return [c["email_address"] for c in page["data"]]


@pytest.fixture
def thirty(server: MockServer, api: httpx.Client) -> list[Json]:
    """30 customers created one second apart (c00 oldest … c29 newest)."""
    created = []
    for index in range(30):
        body = {
            "emailAddress": f"c{index:02d}@example.com",
            "firstName": f"N{29 - index:02d}",
            "metadata": {"i": index},
        }
        created.append(ok(api.post("/customers", json=body), 201))
        server.advance_clock(1)
    return created


def test_take_skip_and_count(api: httpx.Client, thirty: list[Json]) -> None:
    default = ok(api.get("/customers"))
    assert default["count"] == 30 and len(default["data"]) == 25
    # Default order: createdAt desc.
    assert emails(default)[:2] == ["c29@example.com", "c28@example.com"]
    rest = ok(api.get("/customers", params={"skip": 25}))
    assert rest["count"] == 30 and emails(rest) == [f"c{i:02d}@example.com" for i in range(4, -1, -1)]
    page = ok(api.get("/customers", params={"take": 10, "skip": 10}))
    assert page["count"] == 30 and emails(page) == [f"c{i:02d}@example.com" for i in range(19, 9, -1)]
    assert ok(api.get("/customers", params={"take": 25, "skip": 30})) == {"data": [], "count": 30}
    # Walking pages yields every customer once.
    seen: list[str] = []
    for skip in range(0, 30, 7):
        seen += emails(ok(api.get("/customers", params={"take": 7, "skip": skip})))
    assert sorted(seen) == sorted(c["email_address"] for c in thirty)


def test_order_by(api: httpx.Client, thirty: list[Json]) -> None:
    ascending = ok(api.get("/customers", params={"orderBy": "createdAt:asc", "take": 3}))
    assert emails(ascending) == ["c00@example.com", "c01@example.com", "c02@example.com"]
    by_name = ok(api.get("/customers", params={"orderBy": "first_name:asc", "take": 2}))  # snake_case works too
    assert [c["first_name"] for c in by_name["data"]] == ["N00", "N01"]
    by_email = ok(api.get("/customers", params={"orderBy": "emailAddress:desc", "take": 1}))
    assert emails(by_email) == ["c29@example.com"]
    # An unknown field, a relation, a bad direction or a malformed value falls back to createdAt:desc.
    for fallback in ("nope:asc", "metadata:asc", "createdAt:sideways", "createdAt", "a:b:c"):
        assert emails(ok(api.get("/customers", params={"orderBy": fallback, "take": 1}))) == ["c29@example.com"]


def test_search(server: MockServer, api: httpx.Client, thirty: list[Json]) -> None:
    assert ok(api.get("/customers", params={"search": "emailAddress~c1"}))["count"] == 10
    assert ok(api.get("/customers", params={"search": "email_address~example"}))["count"] == 30
    assert ok(api.get("/customers", params={"search": "emailAddress~EXAMPLE"}))["count"] == 0  # case-sensitive
    assert emails(ok(api.get("/customers", params={"search": "emailAddress:c07@example.com"}))) == ["c07@example.com"]
    assert ok(api.get("/customers", params={"search": "emailAddress!c07@example.com"}))["count"] == 29
    both = {"search": "emailAddress~c1,firstName:N15"}  # comma = AND
    assert emails(ok(api.get("/customers", params=both))) == ["c14@example.com"]
    either = {"search": "firstName:N00 OR firstName:N01"}  # OR joins whole conditions
    assert sorted(emails(ok(api.get("/customers", params=either)))) == ["c28@example.com", "c29@example.com"]
    assert ok(api.get("/customers", params={"search": "unknownField:x"}))["count"] == 30  # ignored
    assert ok(api.get("/customers", params={"search": "isBlocked:true"}))["count"] == 0
    # `count` is the number of matches, whatever take/skip.
    page = ok(api.get("/customers", params={"search": "emailAddress~c2", "take": 2}))
    assert page["count"] == 10 and emails(page) == ["c29@example.com", "c28@example.com"]


def test_search_on_statuses_amounts_and_dates(server: MockServer, api: httpx.Client) -> None:
    open_group = group_of_session(api, checkout(api, "a@example.com", 2000)["id"])
    canceled = group_of_session(api, checkout(api, "b@example.com", 3000)["id"])
    ok(api.post(f"/groups/{canceled['id']}/cancel"), 201)
    for index, amount in enumerate((1000, 2999, 3000, 3001, 9000)):
        order(api, f"o{index}@example.com", amount)
    statuses = ok(api.get("/groups", params={"search": "status:OPEN"}))
    assert open_group["id"] in [g["id"] for g in statuses["data"]]
    assert all(g["status"] == "OPEN" for g in statuses["data"]) and statuses["count"] == 6
    assert [g["id"] for g in ok(api.get("/groups", params={"search": "status:CANCELED"}))["data"]] == [canceled["id"]]
    amounts = sorted(o["amount"] for o in ok(api.get("/orders", params={"search": "amount>=3000"}))["data"])
    assert amounts == [3000, 3001, 9000]
    assert ok(api.get("/orders", params={"search": "amount<3000"}))["count"] == 2
    # Two conditions on one field: the server keeps the last one.
    assert ok(api.get("/orders", params={"search": "amount>3000,amount<=9000"}))["count"] == 5
    assert ok(api.get("/payment-intents", params={"search": "amount>2500"}))["count"] == 1
    assert ok(api.get("/groups", params={"search": "createdAt>2000-01-01"}))["count"] == 7
    assert ok(api.get("/groups", params={"search": "createdAt<2000-01-01"}))["count"] == 0
    # `=` reaches the database as an unknown filter: the server crashes.
    crashed = api.get("/orders", params={"search": "amount=1"})
    assert error(crashed, 500)["message"] == "Internal Server Error"
    assert crashed.headers[QUIRK_HEADER] == "crash-on-list-queries"


def test_expand_group_settings_and_levels(api: httpx.Client) -> None:
    session = checkout(api, "e@example.com")
    group_id = group_of_session(api, session["id"])["id"]
    plain = ok(api.get(f"/groups/{group_id}"))
    assert "payment_group_settings" not in plain and "payment_intents" not in plain
    settings = ok(api.get(f"/groups/{group_id}", params={"expand[]": "paymentGroupSettings"}))["payment_group_settings"]
    assert settings["payment_group_id"] == group_id and settings["organization_id"] is None  # a per-group copy
    assert "discount_levels" not in settings
    nested = ok(api.get(f"/groups/{group_id}", params={"expand[]": "paymentGroupSettings.discountLevels"}))
    levels = nested["payment_group_settings"]["discount_levels"]
    assert [(lv["level"], lv["participants_to_unlock"], lv["value"]) for lv in levels] == [
        (1, 2, 5),
        (2, 5, 10),
        (3, 10, 15),
    ]
    assert all(lv["payment_group_settings_id"] == nested["payment_group_settings"]["id"] for lv in levels)
    many = ok(api.get("/groups", params={"expand[]": ["paymentIntents", "customer", "unknownRelation"]}))["data"][0]
    assert [p["customer_email"] for p in many["payment_intents"]] == ["e@example.com"]
    assert many["customer"]["email_address"] == "e@example.com"
    assert "unknown_relation" not in many


def test_expand_checkout_line_items_and_order_group(api: httpx.Client) -> None:
    items = [
        {"name": "A", "price": 1200, "quantity": 2},
        {"name": "Ship", "price": 600, "quantity": 1, "type": "SHIPPING"},
    ]
    session = checkout(api, "l@example.com", 3000, lineItems=items)
    assert "line_items" not in ok(api.get(f"/checkout-sessions/{session['id']}"))
    found = ok(api.get("/checkout-sessions", params={"expand[]": ["lineItems", "paymentIntent", "customer"]}))["data"][
        0
    ]
    assert [(i["name"], i["amount_total"], i["checkout_session_id"]) for i in found["line_items"]] == [
        ("A", 2400, session["id"]),
        ("Ship", 600, session["id"]),
    ]
    assert all(i["id"].startswith("li_") for i in found["line_items"])
    assert found["payment_intent"]["checkout_session_id"] == session["id"]
    assert found["customer"]["email_address"] == "l@example.com"

    placed = order(api, "g@example.com")
    listed = ok(api.get("/orders", params={"expand[]": "paymentGroup"}))["data"][0]
    assert listed["payment_group"]["id"] == placed["payment_group_id"]
    assert listed["payment_group"]["share_id"].startswith("KHT-test-")
    assert listed["payment_group"]["creator_email"] == "g@example.com"


def test_expand_every_relation_the_server_lists(api: httpx.Client) -> None:
    """The relation lists of the spec; a to-one relation with nothing to inline is null."""
    session = checkout(api, "x@example.com")
    founded = ok(api.get(f"/checkout-sessions/{session['id']}", params={"expand[]": ["paymentGroup", "organization"]}))
    assert founded["payment_group"] is None  # a founder used no code
    assert founded["organization"]["id"] == session["organization_id"]
    intent = ok(api.get("/payment-intents", params={"expand[]": ["checkoutSession.lineItems", "organization"]}))
    [listed] = intent["data"]
    assert listed["checkout_session"]["id"] == session["id"] and listed["checkout_session"]["line_items"] == []
    customers = ok(api.get("/customers", params={"expand[]": ["checkoutSessions", "organization"]}))["data"]
    assert [s["id"] for s in customers[0]["checkout_sessions"]] == [session["id"]]
    placed = order(api, "y@example.com")
    expanded = ok(api.get(f"/orders/{placed['id']}", params={"expand[]": ["customer", "organization"]}))
    assert expanded["customer"]["id"] == placed["customer_id"] and "id" in expanded["organization"]


def test_participants_fall_back_to_payment_intents(api: httpx.Client) -> None:
    by_intent = group_of_session(api, checkout(api, "p@example.com")["id"])
    participants = ok(api.get(f"/groups/{by_intent['id']}/participants"))
    assert participants["count"] == 1 and participants["data"][0]["id"].startswith("pi_")
    by_order = order(api, "q@example.com")
    participants = ok(api.get(f"/groups/{by_order['payment_group_id']}/participants"))
    assert participants["count"] == 1 and participants["data"][0]["id"] == by_order["id"]
    assert error(api.get("/groups/pg_00000000000000/participants"), 404)


def test_lists_of_every_resource(api: httpx.Client) -> None:
    checkout(api, "r@example.com")
    order(api, "s@example.com")
    for path, expected in (
        ("/customers", 2),
        ("/checkout-sessions", 1),
        ("/payment-intents", 1),
        ("/orders", 1),
        ("/groups", 2),
        ("/payment-groups", 2),
    ):
        page = ok(api.get(path, params={"take": 1}))
        assert set(page) == {"data", "count"} and page["count"] == expected and len(page["data"]) == 1, path
