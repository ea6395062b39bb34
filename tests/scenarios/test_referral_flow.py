"""The referral flow end to end: a purchase creates a group, its code is validated and joined,
the clock runs out and every participant gets its cashback (reference §8.3–§8.7, §8.9, §8.10)."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest

from kohortpay.testing import MockServer

from .helpers import (
    DATETIME,
    PAST_COMPLETION,
    TOKEN,
    Json,
    checkout,
    client,
    error,
    group_of_order,
    group_of_session,
    intent_of_session,
    levels,
    ok,
    order,
    organization,
)


def parse(timestamp: str) -> dt.datetime:
    return dt.datetime.fromisoformat(timestamp.replace("Z", "+00:00"))


def intents_by_email(api: httpx.Client, group_id: str) -> dict[str, Json]:
    page = ok(api.get("/payment-intents", params={"search": f"paymentGroupId:{group_id}"}))
    return {intent["customer_email"]: intent for intent in page["data"]}


def test_checkout_sessions_create_join_and_complete_a_group(server: MockServer, api: httpx.Client) -> None:
    # Customer A pays: the session is COMPLETED at once and founds a group with A as creator.
    first = checkout(api, "alice@example.com", 3000)
    assert first["status"] == "COMPLETED"
    assert first["customer_id"] is None  # the create response never carries it (reference §8.9)
    assert first["payment_group_share_id"] is None
    assert first["share_id"].startswith("cs_test_") and len(first["share_id"]) == len("cs_test_") + 58
    assert first["url"].endswith("/c/" + first["share_id"])
    group = group_of_session(api, first["id"])
    code = group["share_id"]
    assert code.startswith("KHT-test-") and len(code) == len("KHT-test-") + 8
    assert group["status"] == "OPEN"
    assert group["creator_email"] == "alice@example.com"
    created_at, expires_at = parse(group["created_at"]), parse(group["expires_at"])
    assert expires_at - created_at == dt.timedelta(minutes=10)
    assert parse(group["mid_expire_at"]) - created_at == dt.timedelta(minutes=5)
    assert group["j_minus2_expire_at"] is None and group["j_plus3_start_at"] is None
    assert group["reminder_email_sent"] == "NOT_SENT"

    # The shop validates A's code for customer B: the level B would unlock.
    result = ok(api.post(f"/groups/{code}/validate", json={"customerEmail": "bob@example.com", "amount": 8000}), 201)
    assert result["id"] == group["id"] and result["share_id"] == code
    assert result["discount_type"] == "PERCENTAGE"
    assert result["max_participants"] == 15 and result["min_purchase_value"] == 0
    assert [lv["value"] for lv in result["discount_levels"]] == [5, 10, 15]
    assert result["current_discount_level"]["level"] == 1
    assert result["current_discount_level"]["value"] == 5
    assert result["current_discount_level"]["participants_to_unlock"] == 2

    # B pays with the code and joins.
    second = checkout(api, "bob@example.com", 8000, code=code)
    assert second["payment_group_share_id"] == code
    assert group_of_session(api, second["id"])["id"] == group["id"]
    participants = ok(api.get(f"/groups/{code}/participants"))
    assert participants["count"] == 2
    assert [p["customer_email"] for p in participants["data"]] == [
        "bob@example.com",
        "alice@example.com",
    ]  # newest first
    assert all(p["status"] == "SUCCEEDED" and p["amount_cashback"] is None for p in participants["data"])

    # At expiry the group is still open: the completion job runs a minute later.
    server.advance_clock(10 * 60)
    assert ok(api.get(f"/groups/{group['id']}"))["status"] == "OPEN"
    server.advance_clock(61)
    done = ok(api.get(f"/groups/{group['id']}"))
    assert done["status"] == "COMPLETED"
    assert DATETIME.fullmatch(done["completed_at"])
    assert parse(done["completed_at"]) == expires_at + dt.timedelta(minutes=1)

    # Two participants reach level 1 (5 %): 3000 → 150, 8000 → 400.
    intents = intents_by_email(api, group["id"])
    for email, amount, cashback in (("alice@example.com", 3000, 150), ("bob@example.com", 8000, 400)):
        intent = intents[email]
        assert intent["status"] == "CASHBACK_AVAILABLE"
        assert intent["amount"] == amount
        assert intent["amount_cashback"] == cashback
        assert intent["amount_captured"] == amount - cashback
        assert TOKEN.fullmatch(intent["token"])
    assert intents["alice@example.com"]["token"] != intents["bob@example.com"]["token"]


@pytest.mark.parametrize(
    ("discount_type", "amounts", "cashbacks"),
    [
        # Three participants reach level 2 (20 %); 1005 × 20 % = 201, 1999 × 20 % = 399.8 → 400.
        ("PERCENTAGE", (3000, 1005, 1999), (600, 201, 400)),
        # AMOUNT values are whole euros: 7 € each, even above a 6.50 € purchase (the server caps nothing).
        ("AMOUNT", (3000, 1005, 650), (700, 700, 700)),
    ],
)
def test_cashback_with_custom_levels(
    server: MockServer, discount_type: str, amounts: tuple[int, int, int], cashbacks: tuple[int, int, int]
) -> None:
    value_1, value_2 = (10, 20) if discount_type == "PERCENTAGE" else (3, 7)
    shop = organization(
        server,
        discount_type=discount_type,
        discount_levels=levels((1, 2, value_1), (2, 3, value_2)),
        minutes_duration=60,
    )
    emails = ["c1@example.com", "c2@example.com", "c3@example.com"]
    with client(server, shop["keys"]["sk_test"]) as api:
        first = checkout(api, emails[0], amounts[0])
        group = group_of_session(api, first["id"])
        code = group["share_id"]
        # A group holding only its creator gives level 1; with two participants, level 2 (n + 1 = 3).
        preview = ok(api.post(f"/payment-groups/{code}/validate", json={"customer_email": emails[1]}), 201)
        assert preview["discount_type"] == discount_type
        assert preview["current_discount_level"]["level"] == 1
        assert preview["current_discount_level"]["value"] == value_1
        checkout(api, emails[1], amounts[1], code=code)
        preview = ok(api.post(f"/groups/{code}/validate", json={"customerEmail": emails[2]}), 201)
        assert preview["current_discount_level"]["level"] == 2
        assert preview["current_discount_level"]["value"] == value_2
        checkout(api, emails[2], amounts[2], code=code)

        server.advance_clock(60 * 60 + 61)
        assert ok(api.get(f"/groups/{code}"))["status"] == "COMPLETED"
        intents = intents_by_email(api, group["id"])
        assert len(intents) == 3
        for email, amount, cashback in zip(emails, amounts, cashbacks, strict=True):
            intent = intents[email]
            assert intent["status"] == "CASHBACK_AVAILABLE"
            assert (intent["amount_cashback"], intent["amount_captured"]) == (cashback, amount - cashback)
            assert TOKEN.fullmatch(intent["token"])
    succeeded = server.events("payment_group.succeeded")
    assert len(succeeded) == 1
    data = succeeded[0]["payload"]["data"]
    assert (data["level"], data["value"], data["participantsToUnlock"]) == (2, value_2, 3)
    assert data["id"] == group["id"] and data["status"] == "COMPLETED"
    assert data["paymentGroupSettings"]["discountType"] == discount_type
    assert len(data["paymentIntents"]) == 3


def test_a_group_with_one_participant_expires_without_cashback(server: MockServer, api: httpx.Client) -> None:
    session = checkout(api, "alone@example.com", 4200)
    group = group_of_session(api, session["id"])
    server.advance_clock(PAST_COMPLETION)
    expired = ok(api.get(f"/groups/{group['share_id']}"))
    assert expired["status"] == "EXPIRED"
    assert expired["completed_at"] is None
    intent = intent_of_session(api, session["id"])
    assert intent["status"] == "SUCCEEDED"
    assert intent["amount_cashback"] is None and intent["token"] is None
    assert intent["amount_captured"] == 4200  # captured in full
    assert [e["type"] for e in server.events("payment_group.expired")] == ["payment_group.expired"]
    assert server.events("payment_group.succeeded") == []
    # Its code can no longer be used.
    detail = error(api.post(f"/groups/{group['share_id']}/validate"), 400)
    assert detail["code"] == "COMPLETED_EXPIRED_CANCELED"


def test_orders_create_join_and_complete_a_group(server: MockServer, api: httpx.Client) -> None:
    first = order(api, "olga@example.com", 5000, clientReferenceId="order-1001", locale="en_GB")
    assert first["status"] == "CREATED"
    assert first["payment_group_share_id"] is None  # null on the order that created the group
    assert first["payment_group_id"].startswith("pg_")
    assert first["amount_cashback"] is None
    assert first["currency"] == "EUR"
    assert first["locale"] == "en_US"  # en_GB is stored as en_US
    assert first["token"] is None and first["application_fee_amount"] == 0
    assert first["customer_id"].startswith("cus_")
    group = group_of_order(api, first["id"])
    assert group["id"] == first["payment_group_id"]
    code = group["share_id"]

    result = ok(api.post(f"/groups/{code}/validate", json={"customerEmail": "pavel@example.com"}), 201)
    assert result["current_discount_level"]["value"] == 5
    second = order(api, "pavel@example.com", 2999, code=code)
    assert second["payment_group_share_id"] == code
    assert second["payment_group_id"] == group["id"]
    third = order(api, "quinn@example.com", 1001, code=code)
    participants = ok(api.get(f"/payment-groups/{group['id']}/participants"))
    assert participants["count"] == 3
    assert [p["id"] for p in participants["data"]] == [third["id"], second["id"], first["id"]]  # newest first
    # A joining order owes the platform fee, 10 % + 20 % VAT, saved just after the answer.
    fees = {p["id"]: p["application_fee_amount"] for p in participants["data"]}
    assert fees == {first["id"]: 0, second["id"]: 360, third["id"]: 120}

    server.advance_clock(PAST_COMPLETION)
    assert ok(api.get(f"/groups/{code}"))["status"] == "COMPLETED"
    # Three participants stay at level 1 (5 %): 5000 → 250, 2999 → 149.95 → 150, 1001 → 50.05 → 50.
    for created, cashback in ((first, 250), (second, 150), (third, 50)):
        done = ok(api.get(f"/orders/{created['id']}"))
        assert done["status"] == "CASHBACK_AVAILABLE"
        assert done["amount_cashback"] == cashback
        assert TOKEN.fullmatch(done["token"])  # given with the cashback
        assert "amount_captured" not in done  # orders have no captured amount
    assert len(server.events("order.cashback_available")) == 3
    assert len(server.events("order.created")) == 3


def test_a_group_with_two_payment_intents_pays_them_not_its_orders(server: MockServer, api: httpx.Client) -> None:
    """The server's completion job pays a group's payment intents when it has two or more, and then
    nothing to its orders (payment-groups.service.ts `process`)."""
    founder = order(api, "olga@example.com", 5000)
    code = group_of_order(api, founder["id"])["share_id"]
    joiner = order(api, "pavel@example.com", 5000, code=code)
    for email in ("rita@example.com", "sam@example.com"):
        checkout(api, email, 5000, code=code)
    server.advance_clock(PAST_COMPLETION)
    assert ok(api.get(f"/groups/{code}"))["status"] == "COMPLETED"
    assert [ok(api.get(f"/orders/{o['id']}"))["amount_cashback"] for o in (founder, joiner)] == [None, None]
    assert len(server.events("payment_intent.cashback_available")) == 2


def test_a_group_created_through_the_api(server: MockServer, api: httpx.Client) -> None:
    """`POST /groups`: a payment intent founds the group; `midExpireAt` is ignored. The server
    links the founder without checks: a payment intent already in a group moves to the new one."""
    customer = ok(api.post("/customers", json={"emailAddress": "founder@example.com"}), 201)
    session = checkout(api, "other@example.com")
    intent = intent_of_session(api, session["id"])
    first_group = intent["payment_group_id"]
    expires = server.now() + dt.timedelta(hours=2)
    body = {
        "customerId": customer["id"],
        "paymentIntentId": intent["id"],
        "expiresAt": expires.isoformat(),
        "midExpireAt": (expires + dt.timedelta(minutes=1)).isoformat(),
        "metadata": {"campaign": "spring"},
    }
    group = ok(api.post("/groups", json=body), 201)
    assert group["customer_id"] == customer["id"]
    assert group["creator_email"] == "founder@example.com"
    assert group["metadata"] == {"campaign": "spring"}
    assert parse(group["expires_at"]) == expires.replace(microsecond=expires.microsecond // 1000 * 1000)
    # The server computes its own reminder: the midpoint of creation and expiry.
    mid = parse(group["mid_expire_at"])
    assert abs(mid - (parse(group["created_at"]) + (parse(group["expires_at"]) - parse(group["created_at"])) / 2)) < (
        dt.timedelta(milliseconds=2)
    )
    assert ok(api.get(f"/payment-intents/{intent['id']}"))["payment_group_id"] == group["id"] != first_group
    # Neither founder → the documented message; unknown customer → 404.
    detail = error(api.post("/groups", json={"customerId": customer["id"]}), 400)
    assert detail["message"] == "Either orderId or paymentIntentId is required."
    error(api.post("/groups", json={"customerId": "cus_00000000000000", "orderId": "ord_1"}), 404)
    # An order moves the same way; a null expiresAt means the settings' duration.
    placed = order(api, "buyer@example.com")
    body = {"customerId": placed["customer_id"], "orderId": placed["id"], "expiresAt": None}
    moved = ok(api.post("/groups", json=body), 201)
    assert ok(api.get(f"/orders/{placed['id']}"))["payment_group_id"] == moved["id"] != placed["payment_group_id"]
    # expiresAt outside [now + 1 min, now + 90 days] → 400.
    too_soon = (server.now() + dt.timedelta(seconds=30)).isoformat()
    error(
        api.post("/groups", json={"customerId": customer["id"], "paymentIntentId": "pi_x", "expiresAt": too_soon}), 400
    )


def test_cancel_and_expire_preconditions(server: MockServer, api: httpx.Client) -> None:
    lonely = group_of_session(api, checkout(api, "lonely@example.com")["id"])
    busy = group_of_session(api, checkout(api, "busy@example.com")["id"])
    checkout(api, "friend@example.com", code=busy["share_id"])

    # Expire needs expiresAt in the past; cancel needs the opposite; both need ≤ 1 participant.
    assert "still in progress" in error(api.post(f"/groups/{lonely['id']}/expire"), 400)["message"]
    assert "not cancelable" in error(api.post(f"/groups/{busy['id']}/cancel"), 400)["message"]
    canceled = ok(api.post(f"/groups/{lonely['share_id']}/cancel"), 201)
    assert canceled["status"] == "CANCELED" and DATETIME.fullmatch(canceled["canceled_at"])
    assert "not cancelable" in error(api.post(f"/payment-groups/{lonely['id']}/cancel"), 400)["message"]
    error(api.post("/groups/pg_00000000000000/cancel"), 404)

    # Past expiry but before the job: a one-participant group can be expired by hand.
    other = group_of_session(api, checkout(api, "late@example.com")["id"])
    server.set_clock(dt.datetime.fromisoformat(other["expires_at"].replace("Z", "+00:00")) + dt.timedelta(seconds=5))
    expired = ok(api.post(f"/groups/{other['id']}/expire"), 201)
    assert expired["status"] == "EXPIRED"
    refused = error(api.post(f"/groups/{busy['id']}/expire"), 400)["message"]
    assert refused == f"Payment Group {busy['id']} cannot be expired because it has participants."
    # PATCH works in any state and replaces metadata.
    patched = ok(api.patch(f"/groups/{canceled['id']}", json={"metadata": {"note": "x"}}))
    assert patched["metadata"] == {"note": "x"} and patched["status"] == "CANCELED"
    assert error(api.patch("/groups/pg_00000000000000", json={"metadata": {}}), 404)["message"] == "Object not found"
