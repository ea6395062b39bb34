"""The validate error matrix: the five group codes, in the server's order (reference §8.6, §4.3)."""

from __future__ import annotations

import httpx
import pytest

from kohortpay.testing import MockServer

from .helpers import Json, checkout, client, count, error, group_of_session, ok, order, organization, quirks, shopper


def make_group(api: httpx.Client, email: str = "creator@example.com", amount: int = 3000) -> Json:
    return group_of_session(api, checkout(api, email, amount)["id"])


@pytest.mark.parametrize("prefix", ["/groups", "/payment-groups"])
def test_unknown_group_code_is_not_found(api: httpx.Client, prefix: str) -> None:
    detail = error(api.post(f"{prefix}/KHT-test-DEADBEEF/validate", json={}), 404)
    assert detail == {
        "type": "invalid_request_error",
        "message": "Group KHT-test-DEADBEEF not found.",
        "code": "NOT_FOUND",
    }
    # The legacy KHTPAY- prefix is routed to groups too.
    assert error(api.post(f"{prefix}/KHTPAY-test-BE125F06/validate"), 404)["code"] == "NOT_FOUND"


def test_a_group_id_or_foreign_prefix_is_code_not_found(api: httpx.Client) -> None:
    group = make_group(api)
    # Routing and lookup are case-sensitive: a lower-case prefix is no code, a re-cased code no group.
    for code in (group["id"], "PROMO10", group["share_id"].lower()):
        assert error(api.post(f"/groups/{code}/validate"), 404)["message"] == "Code not found."
    recased = group["share_id"].replace("test", "TEST")
    assert error(api.post(f"/groups/{recased}/validate"), 404)["code"] == "NOT_FOUND"
    assert error(api.post(f"/groups/{group['id']}/validate"), 404) == {
        "type": "invalid_request_error",
        "message": "Code not found.",
        "code": "Not Found",
    }


def test_ambassador_codes_of_no_ambassador(api: httpx.Client) -> None:
    """The mock holds no ambassadors: every `KHTAMB-` code is one the server does not know."""
    missing = "Ambassador with referral code KHTAMB-1A2B3C4D not found."
    response = api.post("/groups/KHTAMB-1A2B3C4D/validate", json={"customerEmail": "x@example.com", "amount": 1})
    assert error(response, 404)["message"] == missing
    refused = api.post(
        "/checkout-sessions",
        json={"amountTotal": 3000, **shopper("a@example.com"), "paymentGroupShareId": "KHTAMB-1A2B3C4D"},
    )
    assert error(refused, 404)["message"] == missing
    # Orders look any code up as a group code.
    placed = api.post(
        "/orders", json={"amount": 3000, **shopper("b@example.com"), "paymentGroupShareId": "KHTAMB-1A2B3C4D"}
    )
    assert error(placed, 404) == {
        "type": "invalid_request_error",
        "message": "Group KHTAMB-1A2B3C4D not found.",
        "code": "NOT_FOUND",
    }
    assert quirks(placed) == {"ambassador-code-on-orders-not-found"}
    assert count(api, "/checkout-sessions") == count(api, "/orders") == 0


def test_canceled_expired_or_completed_groups(server: MockServer, api: httpx.Client) -> None:
    canceled = make_group(api, "c@example.com")
    ok(api.post(f"/groups/{canceled['id']}/cancel"), 201)
    detail = error(api.post(f"/groups/{canceled['share_id']}/validate"), 400)
    assert detail == {
        "type": "invalid_request_error",
        "message": f"Group {canceled['share_id']} is already canceled, expired or completed.",
        "code": "COMPLETED_EXPIRED_CANCELED",
    }
    # Past expiresAt but before the completion job ran: refused already.
    running = make_group(api, "r@example.com")
    server.advance_clock(10 * 60 + 1)
    assert ok(api.get(f"/groups/{running['id']}"))["status"] == "OPEN"
    assert error(api.post(f"/groups/{running['share_id']}/validate"), 400)["code"] == "COMPLETED_EXPIRED_CANCELED"


def test_max_participants_reached(server: MockServer) -> None:
    shop = organization(server, max_participants=2)
    with client(server, shop["keys"]["sk_test"]) as api:
        group = make_group(api)
        code = group["share_id"]
        assert ok(api.post(f"/groups/{code}/validate", json={"customerEmail": "j@example.com"}), 201)
        checkout(api, "joiner@example.com", code=code)
        detail = error(api.post(f"/groups/{code}/validate", json={"customerEmail": "late@example.com"}), 400)
        assert detail["code"] == "MAX_PARTICIPANTS_REACHED"
        assert detail["message"] == f"Maximum number of participants reached for group {code}."
        # Joining is refused the same way, and leaves nothing behind.
        sessions = count(api, "/checkout-sessions")
        response = api.post(
            "/checkout-sessions",
            json={"amountTotal": 3000, **shopper("late@example.com"), "paymentGroupShareId": code},
        )
        assert error(response, 400)["code"] == "MAX_PARTICIPANTS_REACHED"
        assert (
            error(
                api.post("/orders", json={"amount": 3000, **shopper("late@example.com"), "paymentGroupShareId": code}),
                400,
            )["code"]
            == "MAX_PARTICIPANTS_REACHED"
        )
        assert count(api, "/checkout-sessions") == sessions
        assert ok(api.get(f"/groups/{code}/participants"))["count"] == 2


def test_email_already_used_includes_the_creator(api: httpx.Client) -> None:
    group = make_group(api, "creator@example.com")
    code = group["share_id"]
    detail = error(api.post(f"/groups/{code}/validate", json={"customerEmail": "creator@example.com"}), 400)
    assert detail == {
        "type": "invalid_request_error",
        "message": f"Customer creator@example.com is already in group {code}.",
        "code": "EMAIL_ALREADY_USED",
    }
    checkout(api, "second@example.com", code=code)
    assert (
        error(api.post(f"/groups/{code}/validate", json={"customer_email": "second@example.com"}), 400)["code"]
        == "EMAIL_ALREADY_USED"
    )
    # A checkout or an order by a participant cannot join twice.
    again = api.post(
        "/checkout-sessions",
        json={"amountTotal": 3000, **shopper("second@example.com"), "paymentGroupShareId": code},
    )
    assert error(again, 400)["code"] == "EMAIL_ALREADY_USED"
    again = api.post("/orders", json={"amount": 3000, **shopper("creator@example.com"), "paymentGroupShareId": code})
    assert error(again, 400)["code"] == "EMAIL_ALREADY_USED"
    # Another address is fine.
    assert (
        ok(api.post(f"/groups/{code}/validate", json={"customerEmail": "third@example.com"}), 201)["share_id"] == code
    )


def test_amount_too_low(server: MockServer) -> None:
    shop = organization(server, min_purchase_value=3000)
    with client(server, shop["keys"]["sk_test"]) as api:
        code = make_group(api, amount=3000)["share_id"]
        detail = error(api.post(f"/groups/{code}/validate", json={"amount": 1500}), 400)
        assert detail == {
            "type": "invalid_request_error",
            "message": "Amount 1500 is below the minimum purchase value of 3000.",
            "code": "AMOUNT_TOO_LOW",
        }
        # Any JSON number, fractions too; unlike a purchase's amounts, text is not read as a number.
        assert error(api.post(f"/groups/{code}/validate", json={"amount": 2999.4}), 400)["code"] == "AMOUNT_TOO_LOW"
        assert ok(api.post(f"/groups/{code}/validate", json={"amount": 3000.5}), 201)["min_purchase_value"] == 3000
        refused = error(api.post(f"/groups/{code}/validate", json={"amount": "3000"}), 400)
        assert refused["message"] == ["amount must be a number conforming to the specified constraints"]
        # Below the organization's minimum, a purchase is refused before any group check.
        low = api.post("/checkout-sessions", json={"amountTotal": 2000, **shopper(), "paymentGroupShareId": code})
        assert error(low, 400)["message"] == "The minimum purchase value is 3000"
        assert (
            error(api.post("/orders", json={"amount": 2000, **shopper("o@example.com")}), 400)["message"]
            == "The minimum purchase value is 3000"
        )


def test_checks_run_in_the_server_order(server: MockServer) -> None:
    shop = organization(server, max_participants=2, min_purchase_value=3000)
    with client(server, shop["keys"]["sk_test"]) as api:
        full = make_group(api, "a@example.com")
        checkout(api, "b@example.com", code=full["share_id"])
        open_ = make_group(api, "c@example.com")
        canceled = make_group(api, "d@example.com")
        ok(api.post(f"/groups/{canceled['id']}/cancel"), 201)

        def code_for(share_id: str, email: str, amount: int) -> str:
            response = api.post(f"/groups/{share_id}/validate", json={"customerEmail": email, "amount": amount})
            result: str = error(response, response.status_code)["code"]
            return result

        # Every later check would fail too; the first failing one wins.
        assert code_for("KHT-test-00000000", "a@example.com", 1) == "NOT_FOUND"
        assert code_for(canceled["share_id"], "d@example.com", 1) == "COMPLETED_EXPIRED_CANCELED"
        assert code_for(full["share_id"], "a@example.com", 1) == "MAX_PARTICIPANTS_REACHED"
        assert code_for(open_["share_id"], "c@example.com", 1) == "EMAIL_ALREADY_USED"
        assert code_for(open_["share_id"], "new@example.com", 1) == "AMOUNT_TOO_LOW"


def test_validate_without_body_or_content_type(api: httpx.Client) -> None:
    code = make_group(api)["share_id"]
    response = api.post(f"/groups/{code}/validate")
    assert "content-type" not in response.request.headers
    assert response.request.headers["content-length"] == "0"
    result = ok(response, 201)
    assert result["share_id"] == code
    assert result["current_discount_level"]["level"] == 1
    # A body that is only whitespace is treated as absent too.
    raw = api.post(f"/payment-groups/{code}/validate", content=b"  \n")
    assert ok(raw, 201)["current_discount_level"]["value"] == 5


def test_validate_rejects_malformed_fields_and_has_no_side_effect(server: MockServer, api: httpx.Client) -> None:
    code = make_group(api)["share_id"]
    detail = error(api.post(f"/groups/{code}/validate", json={"customerEmail": "not-an-email", "amount": "abc"}), 400)
    assert isinstance(detail["message"], list)
    assert any("customerEmail" in m for m in detail["message"])
    assert any("amount" in m for m in detail["message"])
    events = len(server.events())
    for _ in range(3):
        ok(api.post(f"/groups/{code}/validate", json={"customerEmail": "peek@example.com"}), 201)
    assert ok(api.get(f"/groups/{code}/participants"))["count"] == 1
    assert len(server.events()) == events


def test_codes_of_another_organization_or_mode_are_found(server: MockServer, api: httpx.Client) -> None:
    code = make_group(api)["share_id"]
    other = organization(server)
    for key in (other["keys"]["sk_test"], server.live_secret_key):  # the server looks codes up unscoped
        with client(server, key) as foreign:
            assert ok(foreign.post(f"/groups/{code}/validate"), 201)["share_id"] == code
    # The public key of the same organization and mode may validate (the checkout button does).
    with client(server, server.public_key) as browser:
        assert ok(browser.post(f"/groups/{code}/validate"), 201)["share_id"] == code


def test_order_with_a_foreign_prefix_code(api: httpx.Client) -> None:
    response = api.post("/orders", json={"amount": 3000, **shopper("x@example.com"), "paymentGroupShareId": "WELCOME"})
    assert error(response, 404)["message"] == "Group WELCOME not found."  # any code is a group code
    assert count(api, "/orders") == 0
    # A null code creates a group like an absent one.
    placed = order(api, "y@example.com", paymentGroupShareId=None)
    assert placed["payment_group_id"].startswith("pg_")
