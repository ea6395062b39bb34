"""Authentication, key types and tenancy (reference §2, §8.1)."""

from __future__ import annotations

import base64
import datetime as dt

import httpx
import pytest

from kohortpay.testing import MockServer
from kohortpay.testing.mock.core.quirks import QUIRK_HEADER

from .helpers import Json, bearer, checkout, client, error, group_of_session, http, ok, order, unknown_group


def test_missing_header_is_unauthorized(server: MockServer) -> None:
    with http(server.url) as anonymous:
        for method, path in (("GET", "/customers"), ("POST", "/orders"), ("POST", "/groups/KHT-x/validate")):
            detail = error(anonymous.request(method, path, json={}), 401)
            assert detail["code"] == "Unauthorized"


@pytest.mark.parametrize("scheme", ["Token", "Digest", "ApiKey"])
def test_other_schemes_are_a_bad_request(server: MockServer, scheme: str) -> None:
    with http(server.url, headers={"Authorization": f"{scheme} {server.secret_key}"}) as wrong:
        detail = error(wrong.get("/customers"), 400)
    # Sic: no space before "required" (reference §10, quirk 21).
    assert detail["message"] == f"Authentication type 'Bearer' or 'Basic'required. Found '{scheme}'"


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("sk_test_0000", "Invalid Api Key."),  # well-formed, unknown
        # Anything else is read as a dashboard session token.
        ("sk_prod_abc", "Invalid token or api key."),
        ("sk_test", "Invalid token or api key."),
        ("nonsense", "Invalid token or api key."),
        ("", "Invalid Authorization header. Expected: [Basic|Bearer] <credentials>"),
    ],
)
def test_invalid_keys(server: MockServer, key: str, message: str) -> None:
    with http(server.url, headers={"Authorization": f"Bearer {key}".strip()}) as bad:
        response = bad.get("/customers")
    assert response.status_code == 401
    assert response.json() == {"error": {"type": "invalid_request_error", "message": message, "code": "Unauthorized"}}


def test_basic_auth_with_the_key_as_user_name(server: MockServer, api: httpx.Client) -> None:
    created = ok(api.post("/customers", json={"emailAddress": "basic@example.com"}), 201)
    # The server adds its own password `foo` to the user name, then strips `:foo`: only that one works.
    with http(server.url, auth=(server.secret_key, "foo")) as basic:
        response = basic.get(f"/customers/{created['id']}")
        assert response.request.headers["authorization"].startswith("Basic ")
        assert ok(response)["email_address"] == "basic@example.com"
    for password in ("", "secret"):
        with http(server.url, auth=(server.secret_key, password)) as basic:
            refused = basic.get("/customers")
            assert error(refused, 404)["message"] == "Organization not found. Please check your api key"
            assert refused.headers[QUIRK_HEADER] == "basic-auth-password-foo"
    token = base64.b64encode(server.secret_key.encode()).decode()  # no colon at all
    with http(server.url, headers={"Authorization": f"Basic {token}"}) as basic:
        assert error(basic.get("/customers"), 401) == {"type": "invalid_request_error", "message": "Unauthorized"}
    with http(server.url, auth=(server.public_key, "foo")) as basic:
        assert error(basic.get("/customers"), 401)["message"] == "Api Key is not valid"


def test_basic_auth_with_any_password_without_the_quirk() -> None:
    with MockServer(quirks={"basic-auth-password-foo": False}) as server, http(server.url) as anonymous:
        for password in ("", "secret", "foo"):
            response = anonymous.get("/customers", auth=(server.secret_key, password))
            assert ok(response)["count"] == 0 and QUIRK_HEADER not in response.headers
        token = base64.b64encode(server.secret_key.encode()).decode()
        assert ok(anonymous.get("/customers", headers={"Authorization": f"Basic {token}"}))["count"] == 0


def test_public_keys(server: MockServer, api: httpx.Client) -> None:
    placed = order(api, "secret@example.com")
    with client(server, server.public_key) as browser:
        for response in (
            browser.get("/orders"),
            browser.get(f"/orders/{placed['id']}"),
            browser.post("/orders", json={"amount": 3000, "customerEmail": "pk@example.com"}),
        ):
            assert error(response, 401)["code"] == "Unauthorized"
        # Accepted on customers, checkout sessions, groups and payment intents.
        customer = ok(browser.post("/customers", json={"emailAddress": "pk@example.com"}), 201)
        assert ok(browser.get("/customers"))["count"] == 2
        session = checkout(browser, "pk2@example.com")
        assert ok(browser.get(f"/checkout-sessions/{session['id']}"))["id"] == session["id"]
        assert ok(browser.get("/groups"))["count"] == 2
        assert ok(browser.get("/payment-intents"))["count"] == 1
    # Same organization and mode as the secret key: the objects are shared.
    assert ok(api.get(f"/customers/{customer['id']}"))["email_address"] == "pk@example.com"
    assert ok(api.get("/orders"))["count"] == 1  # the refused order was not created


def test_objects_are_invisible_to_other_organizations_and_modes(server: MockServer, api: httpx.Client) -> None:
    customer = ok(api.post("/customers", json={"emailAddress": "mine@example.com"}), 201)
    session = checkout(api, "buyer@example.com")
    group = group_of_session(api, session["id"])
    intent_id = ok(api.get("/payment-intents"))["data"][0]["id"]
    placed = order(api, "orderer@example.com")
    other = server.create_organization(name="Competitor")
    for key in (other["keys"]["sk_test"], other["keys"]["pk_test"], server.live_secret_key, server.live_public_key):
        with client(server, key) as foreign:
            error(foreign.get(f"/customers/{customer['id']}"), 404)
            error(foreign.patch(f"/customers/{customer['id']}", json={"firstName": "x"}), 404)
            # The server looks the customer up in every organization, then refuses (customer-delete-refused).
            refused = error(foreign.delete(f"/customers/{customer['id']}"), 400)
            assert refused["message"] == f"Customer with id {customer['id']} is already deleted."
            error(foreign.patch(f"/customers/{customer['id']}/block"), 404)
            error(foreign.get(f"/checkout-sessions/{session['id']}"), 404)
            error(foreign.get(f"/checkout-sessions/{session['share_id']}"), 404)
            for ref in (group["id"], group["share_id"]):
                unknown_group(foreign.get(f"/groups/{ref}"))
                # The server lists any organization's participants (it looks the group up unscoped).
                assert ok(foreign.get(f"/payment-groups/{ref}/participants"))["count"] == 1
                error(foreign.post(f"/groups/{ref}/cancel"), 404)
            # Payment intents answer 400 for an unknown id (reference §10, quirk 2).
            detail = error(foreign.get(f"/payment-intents/{intent_id}"), 400)
            assert detail["message"] == f"PaymentIntent with id {intent_id} not found"
            for path in ("/customers", "/checkout-sessions", "/groups", "/payment-intents"):
                assert ok(foreign.get(path)) == {"data": [], "count": 0}
            if key.startswith("sk_"):
                error(foreign.get(f"/orders/{placed['id']}"), 404)
                assert ok(foreign.get("/orders")) == {"data": [], "count": 0}
    # Nothing was changed by the foreign calls.
    mine = ok(api.get(f"/customers/{customer['id']}"))
    assert mine["deleted_at"] is None and mine["is_blocked"] is False and mine["first_name"] is None
    assert ok(api.get(f"/groups/{group['id']}"))["status"] == "OPEN"


def test_livemode_follows_the_key(server: MockServer) -> None:
    results: dict[bool, Json] = {}
    for live, key in ((False, server.secret_key), (True, server.live_secret_key)):
        with client(server, key) as api:
            session = checkout(api, "mode@example.com")
            assert session["livemode"] is live
            assert session["share_id"].startswith("cs_live_" if live else "cs_test_")
            group = group_of_session(api, session["id"])
            assert group["livemode"] is live
            assert ok(api.post("/customers", json={"emailAddress": "c@example.com"}), 201)["livemode"] is live
            assert order(api, "o@example.com")["livemode"] is live
            results[live] = group
    test_group, live_group = results[False], results[True]
    assert test_group["share_id"].startswith("KHT-test-")
    assert live_group["share_id"].startswith("KHT-") and "test" not in live_group["share_id"]
    # Live groups last 90 days: the long-group reminders instead of the midpoint (reference §8.3).
    created = dt.datetime.fromisoformat(live_group["created_at"].replace("Z", "+00:00"))
    expires = dt.datetime.fromisoformat(live_group["expires_at"].replace("Z", "+00:00"))
    assert expires - created == dt.timedelta(days=90)
    assert live_group["mid_expire_at"] is None
    assert live_group["j_plus3_start_at"] is not None and live_group["j_minus2_expire_at"] is not None
    assert test_group["mid_expire_at"] is not None and test_group["j_plus3_start_at"] is None


def test_keys_survive_a_reset_and_are_in_the_current_format(server: MockServer) -> None:
    keys = server.keys
    assert set(keys) == {"sk_test", "pk_test", "sk_live", "pk_live"}
    organization_id = server.mock.state.default_organization.id
    for kind, key in keys.items():
        prefix, mode, suffix = key.split("_")
        assert f"{prefix}_{mode}" == kind
        assert len(key) == 102 and suffix.startswith(organization_id.removeprefix("org_"))
    server.reset()
    assert server.keys == keys
    with http(server.url, headers=bearer(keys["pk_live"])) as api:
        assert ok(api.get("/customers"))["count"] == 0
