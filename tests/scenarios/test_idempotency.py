"""`Idempotency-Key` on POST: ignored like the reference server does, or, as an opt-in of the mock
(`MockServer(idempotency=True)`), replayed with Stripe's semantics."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest

from kohortpay.testing import MockServer

from .helpers import bearer, client, count, error, http, ok, shopper


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer(idempotency=True) as running:
        yield running


def key() -> dict[str, str]:
    return {"Idempotency-Key": str(uuid.uuid4())}


def test_by_default_the_header_is_ignored_like_the_server_does() -> None:
    with MockServer() as server, http(server.url, headers=bearer(server.secret_key)) as api:
        headers = key()
        body = {"amount": 3000, **shopper("twice@example.com")}
        first, second = (api.post("/orders", json=body, headers=headers) for _ in range(2))
        assert (first.status_code, second.status_code) == (201, 201)
        assert first.json()["id"] != second.json()["id"]
        assert "idempotent-replayed" not in second.headers
        assert count(api, "/orders") == 2


def test_same_key_same_body_replays_the_first_response(api: httpx.Client) -> None:
    headers = key()
    body = {"emailAddress": "once@example.com", "metadata": {"try": 1}}
    first = api.post("/customers", json=body, headers=headers)
    assert first.status_code == 201
    assert "idempotent-replayed" not in first.headers
    second = api.post("/customers", json=body, headers=headers)
    assert second.status_code == 201
    assert second.headers["idempotent-replayed"] == "true"
    assert second.headers["content-type"] == "application/json"
    assert second.content == first.content
    assert second.json()["id"] == first.json()["id"]
    assert count(api, "/customers") == 1
    # The same body under a fresh key is a new request (here: a duplicate e-mail).
    assert error(api.post("/customers", json=body, headers=key()), 409)


def test_a_replayed_checkout_has_no_second_side_effect(server: MockServer, api: httpx.Client) -> None:
    headers = key()
    body = {"amountTotal": 3000, "customerEmail": "pay@example.com", "customerFirstName": "P", "customerLastName": "Q"}
    sessions = {api.post("/checkout-sessions", json=body, headers=headers).json()["id"] for _ in range(3)}
    assert len(sessions) == 1
    server.settle()
    assert count(api, "/checkout-sessions") == 1
    assert count(api, "/payment-intents") == 1
    assert count(api, "/groups") == 1
    assert count(api, "/customers") == 1
    assert len(server.events("payment_intent.succeeded")) == 1


def test_key_order_of_json_fields_does_not_matter(api: httpx.Client) -> None:
    headers = {**key(), "Content-Type": "application/json"}
    first = api.post("/customers", content=b'{"emailAddress":"k@example.com","firstName":"K"}', headers=headers)
    second = api.post("/customers", content=b'{ "firstName": "K", "emailAddress": "k@example.com" }', headers=headers)
    assert (first.status_code, second.status_code) == (201, 201)
    assert second.headers["idempotent-replayed"] == "true"
    assert second.json()["id"] == first.json()["id"]


def test_same_key_different_body_is_refused(api: httpx.Client) -> None:
    headers = key()
    ok(api.post("/customers", json={"emailAddress": "first@example.com"}, headers=headers), 201)
    detail = error(api.post("/customers", json={"emailAddress": "second@example.com"}, headers=headers), 400)
    assert detail["code"] == "IDEMPOTENCY_KEY_REUSED"
    assert "same parameters" in detail["message"]
    # …and on another path with the same key.
    refused = api.post("/orders", json={"amount": 3000, **shopper("first@example.com")}, headers=headers)
    assert error(refused, 400)["code"] == "IDEMPOTENCY_KEY_REUSED"
    assert count(api, "/customers") == 1
    assert count(api, "/orders") == 0


def test_keys_are_scoped_per_api_key(server: MockServer, api: httpx.Client) -> None:
    headers = key()
    body = {"emailAddress": "scoped@example.com"}
    mine = ok(api.post("/customers", json=body, headers=headers), 201)
    other_org = server.create_organization(name="Other")["keys"]["sk_test"]
    for other_key in (server.live_secret_key, other_org, server.public_key):
        with client(server, other_key) as other:
            response = other.post("/customers", json=body, headers=headers)
            if other_key == server.public_key:  # same organization and mode: the e-mail is taken
                assert error(response, 409)
                assert "idempotent-replayed" not in response.headers
                continue
            assert response.status_code == 201
            assert "idempotent-replayed" not in response.headers
            assert response.json()["id"] != mine["id"]
            assert count(other, "/customers") == 1


def test_errors_from_the_handler_are_replayed(api: httpx.Client) -> None:
    ok(api.post("/orders", json={"amount": 3000, **shopper("r@example.com"), "clientReferenceId": "R-1"}), 201)
    headers = key()
    body = {"amount": 3000, **shopper("s@example.com"), "clientReferenceId": "R-1"}
    first = api.post("/orders", json=body, headers=headers)
    second = api.post("/orders", json=body, headers=headers)
    assert (first.status_code, second.status_code) == (400, 400)
    assert second.headers["idempotent-replayed"] == "true"
    assert second.content == first.content


def test_requests_refused_by_validation_are_not_remembered(api: httpx.Client) -> None:
    headers = key()
    assert error(api.post("/customers", json={"emailAddress": 7}, headers=headers), 400)
    # The same key may then carry a corrected body.
    ok(api.post("/customers", json={"emailAddress": "fixed@example.com"}, headers=headers), 201)


def test_the_header_is_ignored_on_other_methods(api: httpx.Client) -> None:
    headers = key()
    created = ok(api.post("/customers", json={"emailAddress": "m@example.com"}, headers=headers), 201)
    patched = api.patch(f"/customers/{created['id']}", json={"firstName": "New"}, headers=headers)
    assert ok(patched)["first_name"] == "New"
    assert "idempotent-replayed" not in patched.headers
    assert ok(api.get("/customers", headers=headers))["count"] == 1


def test_reset_forgets_keys(server: MockServer, api: httpx.Client) -> None:
    headers = key()
    first = ok(api.post("/customers", json={"emailAddress": "f@example.com"}, headers=headers), 201)
    server.reset()
    again = api.post("/customers", json={"emailAddress": "f@example.com"}, headers=headers)
    assert ok(again, 201)["id"] != first["id"]
    assert "idempotent-replayed" not in again.headers
