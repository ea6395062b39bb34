"""Anything a client sends gets a JSON envelope, and a 5xx only where the reference server answers
one: then the response names the quirk it reproduces. With the quirks off, never a 5xx."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kohortpay.testing import MockServer
from kohortpay.testing.mock.core.quirks import QUIRK_HEADER, QUIRKS

from .helpers import Json, checkout, client, error, group_of_session, http, ok, quirks, shopper

JSON_HEADERS = {"Content-Type": "application/json"}


@pytest.mark.parametrize(
    "raw",
    [b"{", b'{"emailAddress": "a@example.com",}', b"\xff\xfe\x00", b"null x", b"{'single': 'quotes'}", b"NaN]"],
)
def test_malformed_json(api: httpx.Client, raw: bytes) -> None:
    detail = error(api.post("/customers", content=raw, headers=JSON_HEADERS), 400)
    assert detail["code"] == "Bad Request"


@pytest.mark.parametrize(
    ("raw", "message"),
    [  # each as the reference server's JSON.parse words it
        (b'{"a":', "Unexpected end of JSON input"),
        (b'{"a": 1,}', "Expected double-quoted property name in JSON at position 8"),
        (b"{a:1}", "Expected property name or '}' in JSON at position 1"),
        (b'{"a" 1}', "Expected ':' after property name in JSON at position 5"),
        (b'{"a": 1 "b"}', "Expected ',' or '}' after property value in JSON at position 8"),
        (b"[1 2]", "Expected ',' or ']' after array element in JSON at position 3"),
        (b"{} x", "Unexpected non-whitespace character after JSON at position 3"),
        (b'{"a": "x\\q"}', "Bad escaped character in JSON at position 9"),
        (b'{"emailAddress": "a@b.com", "x": "\\u12"}', "Bad Unicode escape in JSON at position 38"),
        (b'{"a": "x', "Unterminated string in JSON at position 8"),
        (b'{"a": "x\ny"}', "Bad control character in string literal in JSON at position 8"),
        (b'{"amount": Infinity}', 'Unexpected token \'I\', "{"amount": Infinity}" is not valid JSON'),
        (b'{"a": -Infinity}', "No number after minus sign in JSON at position 7"),
        (
            b'{"emailAddress": "x@example.com", "metadata": {"a": NaN}}',
            'Unexpected token \'N\', ..."a": {"a": NaN}}" is not valid JSON',
        ),
    ],
)
def test_json_errors_in_the_servers_words(api: httpx.Client, raw: bytes, message: str) -> None:
    assert error(api.post("/customers", content=raw, headers=JSON_HEADERS), 400)["message"] == message
    assert ok(api.get("/customers"))["count"] == 0


@pytest.mark.parametrize("raw", [b"[]", b'[{"emailAddress": "a@example.com"}]'])
def test_arrays_are_read_as_empty_objects(api: httpx.Client, raw: bytes) -> None:
    response = api.post("/customers", content=raw, headers=JSON_HEADERS)
    assert error(response, 400)["message"] == [
        "emailAddress must be an email",
        "emailAddress must be a string",
        "emailAddress should not be empty",
    ]
    assert quirks(response) == {"array-body-as-empty-object"}
    with MockServer(quirks={"array-body-as-empty-object": False}) as strict, client(strict, strict.secret_key) as other:
        refused = other.post("/customers", content=raw, headers=JSON_HEADERS)
        assert error(refused, 400)["message"] == ["body must be a JSON object"]


def test_a_blank_body_is_not_an_empty_one(api: httpx.Client) -> None:
    assert error(api.post("/customers", content=b" \t\r\n", headers=JSON_HEADERS), 400)["message"] == (
        "Unexpected end of JSON input"
    )
    assert "emailAddress should not be empty" in error(api.post("/customers", headers=JSON_HEADERS), 400)["message"]


@pytest.mark.parametrize(("raw", "token"), [(b'"text"', '"'), (b"42", "4"), (b" true", "t"), (b"null", "n")])
def test_the_json_parser_wants_an_object_or_an_array(api: httpx.Client, raw: bytes, token: str) -> None:
    for method, path in (("POST", "/customers"), ("PATCH", "/customers/cus_00000000000000")):
        detail = error(api.request(method, path, content=raw, headers=JSON_HEADERS), 400)
        assert detail["message"] == f"Unexpected token '{token}', \"{raw.decode()}\" is not valid JSON"


def number_messages(name: str) -> list[str]:
    """What the server's validation says about a missing positive number."""
    return [
        f"{name} must be a positive number",
        f"{name} must be a number conforming to the specified constraints",
        f"{name} should not be empty",
    ]


def test_a_missing_required_body(api: httpx.Client) -> None:
    expected = {
        "/customers": [
            "emailAddress must be an email",
            "emailAddress must be a string",
            "emailAddress should not be empty",
        ],
        # The customer rule is checked after validation: only the validator's messages come back.
        "/orders": number_messages("amount"),
        "/checkout-sessions": number_messages("amountTotal"),
    }
    for path, messages in expected.items():  # no body, or one the server does not parse, is an empty object
        assert error(api.post(path), 400)["message"] == messages
        assert error(api.post(path, json={}), 400)["message"] == messages
        not_json = api.post(path, content=b'{"amount": 3000}', headers={"Content-Type": "text/plain"})
        assert error(not_json, 400)["message"] == messages


@pytest.mark.parametrize(
    "body",
    [
        {"emailAddress": 123},
        {"emailAddress": ["a@example.com"]},
        {"emailAddress": "a@example.com", "firstName": {"x": 1}},
        {"emailAddress": "a@example.com", "metadata": "not an object"},
        {"emailAddress": "a@example.com", "metadata": [1, 2]},
        {"emailAddress": "a@example.com", "locale": "de_DE"},
    ],
)
def test_wrong_types(api: httpx.Client, body: dict[str, Any]) -> None:
    detail = error(api.post("/customers", json=body), 400)
    assert isinstance(detail["message"], list)
    assert all(isinstance(m, str) and m for m in detail["message"])


def test_wrong_types_in_every_create(api: httpx.Client) -> None:
    error(api.post("/orders", json={"amount": 3000, "customerEmail": 5}), 400)
    error(api.post("/orders", json={"amount": 3000}), 400)  # neither e-mail nor customer id
    error(api.post("/checkout-sessions", json={"amountTotal": 3000, "lineItems": "mug"}), 400)
    error(api.post("/checkout-sessions", json={"amountTotal": 3000, "lineItems": [None]}), 400)
    error(api.post("/groups", json={"customerId": ""}), 400)
    error(api.post("/groups", json={"customerId": 5, "orderId": []}), 400)
    error(api.post("/payment-intents", json={"amount": "x", "checkoutSessionId": None}), 400)
    error(api.post("/payment-intents", json={"amount": 10, "checkoutSessionId": "cs_0000000000abcd"}), 404)
    error(api.post("/groups/KHT-x/validate", json={"customerEmail": False}), 400)


@pytest.mark.parametrize(
    ("path", "body", "quirk"),
    [
        ("/orders", {"amount": 3000, "customerEmail": "a@example.com"}, "crash-on-missing-names"),
        ("/checkout-sessions", {"amountTotal": 3000}, "crash-on-missing-names"),
        ("/orders", {"amount": 2**31, **shopper()}, "crash-on-int32-overflow"),
        (
            "/checkout-sessions",
            {"amountTotal": 3000, **shopper(), "lineItems": [{"price": 1}]},
            "crash-on-unvalidated-line-items",
        ),
        (
            "/checkout-sessions",
            {"amountTotal": 3000, **shopper(), "paymentGroupShareId": ""},
            "crash-on-unknown-reference",
        ),
    ],
)
def test_the_server_crash_paths(server: MockServer, api: httpx.Client, path: str, body: Json, quirk: str) -> None:
    crashed = api.post(path, json=body)
    assert error(crashed, 500)["message"] in ("Internal Server Error", "Error Type: P2020", "Error Type: P2003")
    assert quirks(crashed) == {quirk}
    with MockServer(quirks={quirk: False}) as clean, client(clean, clean.secret_key) as other:
        refused = other.post(path, json=body)
        assert 400 <= refused.status_code < 500 and quirk not in quirks(refused), refused.text


def test_a_payment_intent_for_a_session_named_by_its_share_id(api: httpx.Client) -> None:
    """The server finds the session by its share id, then stores that as the intent's key: 500."""
    session = checkout(api, "share@example.com")
    crashed = api.post("/payment-intents", json={"amount": 10, "checkoutSessionId": session["share_id"]})
    assert error(crashed, 500)["message"] == "Error Type: P2003"
    assert quirks(crashed) == {"crash-on-unknown-reference"}
    unknown = api.post("/payment-intents", json={"amount": 10, "checkoutSessionId": "cs_test_0a1b"})
    assert error(unknown, 404)["message"] == "CheckoutSession with id cs_test_0a1b not found."


def test_malformed_http_gets_the_json_envelope(server: MockServer) -> None:
    """Refused by the HTTP layer before the app runs (a Content-Length that is not a number)."""
    with socket.create_connection((server.host, server.port), timeout=5) as raw:
        raw.sendall(b"POST /customers HTTP/1.1\r\nHost: mock\r\nContent-Length: l0\r\n\r\n")
        answer = b""
        while chunk := raw.recv(4096):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400") and b"content-type: application/json" in head
    assert json.loads(body)["error"]["code"] == "Bad Request"


def test_the_body_size_limit(api: httpx.Client) -> None:
    """The server's body parser takes 100 KiB; beyond, its error filter answers 500."""

    def sized(size: int) -> bytes:
        head = b'{"emailAddress": "big@example.com", "metadata": {"blob": "'
        return head + b"x" * (size - len(head) - 3) + b'"}}'

    ok(api.post("/customers", content=sized(100 * 1024), headers=JSON_HEADERS), 201)
    refused = api.post("/customers", content=sized(100 * 1024 + 1), headers=JSON_HEADERS)
    assert error(refused, 500)["message"] == "Internal Server Error"
    assert quirks(refused) == {"crash-on-large-body"}
    assert ok(api.get("/customers"))["count"] == 1
    with MockServer(quirks={"crash-on-large-body": False}) as strict, client(strict, strict.secret_key) as other:
        assert (
            "larger than" in error(other.post("/customers", content=sized(10**6), headers=JSON_HEADERS), 413)["message"]
        )


def test_an_oversized_body_without_a_length(api: httpx.Client) -> None:
    def chunks() -> Any:
        for _ in range(32):
            yield b"x" * (64 * 1024)

    response = api.post("/customers", content=chunks(), headers=JSON_HEADERS)
    assert "content-length" not in response.request.headers
    error(response, 500)


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", "/x"), ("POST", "/refunds"), ("GET", "/customers/cus_1/extra"), ("GET", "/orders//"), ("DELETE", "/")],
)
def test_unknown_routes(api: httpx.Client, method: str, path: str) -> None:  # Express's answer
    detail = error(api.request(method, path), 404)
    assert detail == {"type": "invalid_request_error", "message": f"Cannot {method} {path}", "code": "Not Found"}


def test_unknown_routes_need_no_key(server: MockServer) -> None:
    with http(server.url) as anonymous:
        assert error(anonymous.get("/x"), 404)["message"] == "Cannot GET /x"
        assert error(anonymous.get("/x?a=1&b=2"), 404)["message"] == "Cannot GET /x?a=1&b=2"
        home = anonymous.get("/")  # the server's health check
        assert home.status_code == 204 and home.content == b""


def test_paths_match_like_express(api: httpx.Client) -> None:
    """Letters in any case, one trailing slash or none; the ids keep their case."""
    customer = ok(api.post("/Customers/", json={"emailAddress": "case@example.com"}), 201)
    assert ok(api.get(f"/CUSTOMERS/{customer['id']}/"))["id"] == customer["id"]
    assert ok(api.get("/customers/", params={"take": "1"}))["count"] == 1
    error(api.get(f"/customers/{customer['id'].upper()}"), 404)


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("DELETE", "/orders", "GET, POST"),
        ("PUT", "/customers/cus_1", "DELETE, GET, PATCH"),
        ("GET", "/groups/KHT-x/validate", "POST"),
        ("POST", "/customers/cus_1/block", "PATCH"),
        ("PATCH", "/payment-intents", "GET, POST"),
        ("GET", "/payment-groups/pg_1/cancel", "POST"),
        ("POST", "/checkout-sessions/cs_1/expire", "PATCH"),
    ],
)
def test_wrong_methods(server: MockServer, api: httpx.Client, method: str, path: str, allow: str) -> None:
    response = api.request(method, path)  # the server knows no methods per path: Express's 404
    assert error(response, 404)["message"] == f"Cannot {method} {path}"
    assert quirks(response) == {"undeclared-method-404"} and "allow" not in response.headers
    with MockServer(quirks={"undeclared-method-404": False}) as clean, client(clean, clean.secret_key) as other:
        response = other.request(method, path)
        detail = error(response, 405)
        assert response.headers["allow"] == allow
        assert detail["message"] == f"Cannot {method} {path}"


@pytest.mark.parametrize("take", ["0", "26", "abc", "-1", "0.9x", "", "9" * 400])
def test_bad_page_sizes(api: httpx.Client, take: str) -> None:
    for path in ("/customers", "/groups", "/payment-groups", "/orders", "/checkout-sessions", "/payment-intents"):
        detail = error(api.get(path, params={"take": take}), 400)
        assert any("take" in m for m in detail["message"])


def test_bad_offsets(api: httpx.Client) -> None:
    message = ["skip must be a number conforming to the specified constraints"]
    assert error(api.get("/customers", params={"skip": "x"}), 400)["message"] == message
    for skip in (str(2**53 + 1), "9223372036854775295"):  # Number() keeps them below 2^63
        assert ok(api.get("/customers", params={"skip": skip})) == {"data": [], "count": 0}
    for skip in ("-1", "9223372036854775296", "9" * 200):  # the database refuses them: the server answers 500
        crashed = api.get("/customers", params={"skip": skip})
        assert error(crashed, 500)["message"] == "Internal Server Error"
        assert quirks(crashed) == {"crash-on-list-queries"}
    assert ok(api.get("/customers", params={"skip": str(2**53 - 1), "take": "25"})) == {"data": [], "count": 0}


@pytest.mark.parametrize(
    "raw",
    [
        b'{"amountTotal": ' + b"9" * 5000 + b"}",  # beyond Python's int-string limit
        b'{"amountTotal": ' + b"9" * 400 + b"}",  # beyond a double: Number() gives Infinity
        b'{"amountTotal": "1e1000000"}',  # a string Number() makes Infinity (quick to refuse)
        b'{"amountTotal": 1e999}',
        b'{"amountTotal": -1e999}',
        b'{"amountTotal": NaN}',
    ],
)
def test_huge_numbers(api: httpx.Client, raw: bytes) -> None:
    error(api.post("/checkout-sessions", content=raw, headers=JSON_HEADERS), 400)
    assert ok(api.get("/checkout-sessions"))["count"] == 0


def test_metadata_numbers_are_doubles(api: httpx.Client) -> None:
    """JavaScript reads every JSON number as a double: beyond 2^53 it is rounded, beyond a double it
    is Infinity, which it writes back as null."""
    raw = b'{"emailAddress": "n@example.com", "metadata": {"big": 1152921504606846977, "huge": ' + b"1" * 500 + b"}}"
    customer = ok(api.post("/customers", content=raw, headers=JSON_HEADERS), 201)
    assert customer["metadata"] == {"big": 1152921504606847000, "huge": None}


def test_the_largest_amounts_round_trip(server: MockServer, api: httpx.Client) -> None:
    """Amounts are 32-bit integers on the server (it answers 500 above): the spec caps them."""
    amount = 2**31 - 1
    assert error(api.post("/checkout-sessions", json={**shopper(), "amountTotal": amount + 1}), 500)
    session = checkout(api, "rich@example.com", amount)
    assert session["amount_total"] == amount
    group = group_of_session(api, session["id"])
    checkout(api, "richer@example.com", amount, code=group["share_id"])
    server.advance_clock(10 * 60 + 61)
    intents = ok(api.get("/payment-intents"))["data"]
    assert all(i["status"] == "CASHBACK_AVAILABLE" and i["amount_cashback"] > 0 for i in intents)
    ok(api.get("/checkout-sessions", params={"expand[]": ["lineItems", "paymentIntent.paymentGroup"]}))


@pytest.mark.parametrize(
    "junk",
    [
        "\u0000\u0001\u001f",
        "💳🧾" * 50,
        "\u202e\u200b\ufeff",
        "é" * 3_000,  # escaped, 54 KB: within the server's 100 KiB
        "\ud800",  # a lone surrogate, as json.dumps escapes it
        "Robert'); DROP TABLE customers;--",
        "../../etc/passwd",
    ],
)
def test_unicode_junk(api: httpx.Client, junk: str) -> None:
    email = f"{junk[:20]}@example.com"
    body = {"emailAddress": email, "firstName": junk, "metadata": {junk[:30]: junk}, "clientReferenceId": junk}
    response = api.post("/customers", content=json.dumps(body), headers=JSON_HEADERS)  # ASCII-escaped JSON
    unstorable = "\ud800" in junk  # what PostgreSQL cannot hold: the server answers 500
    assert response.status_code in ((500,) if unstorable else (201, 400)), response.text
    assert quirks(response) == ({"crash-on-unstorable-text"} if unstorable else set())
    assert response.headers["content-type"] == "application/json"
    if response.status_code == 201:
        customer = response.json()
        assert customer["first_name"] == junk
        assert customer["metadata"] == {junk[:30]: junk}
        assert ok(api.get(f"/customers/{customer['id']}"))["client_reference_id"] == junk
    # The same junk in paths and query strings (percent-encoded; surrogates as their UTF-8 bytes).
    quoted = quote(junk[:100], safe="", errors="surrogatepass")
    for method, path in (("GET", f"/customers/{quoted}"), ("POST", f"/groups/{quoted}/validate")):
        response = api.request(method, path)
        assert 400 <= response.status_code < 500, response.text
        assert response.headers["content-type"] == "application/json"
    listed = api.get(f"/customers?search={quoted}&orderBy={quoted}&expand[]={quoted}&take={quoted[:30] or 1}")
    assert listed.status_code in (200, 400), listed.text
    assert listed.headers["content-type"] == "application/json"


def test_strange_search_and_order_by(api: httpx.Client) -> None:
    ok(api.post("/customers", json={"emailAddress": "s@example.com"}), 201)
    for search in (
        "",
        ",,,",
        "status",
        "amount>=",
        "a:b:c",
        "x~",
        "createdAt<2020-01-01",
    ):
        ok(api.get("/customers", params={"search": search}))
    for search in ("createdAt>yesterday", "%ZZ%"):  # an invalid date, a stray `%`: the server crashes
        crashed = api.get("/customers", params={"search": search})
        assert error(crashed, 500) and quirks(crashed) == {"crash-on-list-queries"}
    for order_by in (":", "::", "createdAt", "createdAt:up", "metadata:asc", "_seq:asc", "x:desc"):
        assert ok(api.get("/customers", params={"orderBy": order_by}))["count"] == 1


# ------------------------------------------------------------------------ fuzzing
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12,
)
FIELD_NAMES = st.sampled_from(
    [
        "amount",
        "amountTotal",
        "amount_total",
        "customerEmail",
        "customer_email",
        "customerId",
        "emailAddress",
        "metadata",
        "locale",
        "lineItems",
        "line_items",
        "expiresAt",
        "midExpireAt",
        "paymentGroupShareId",
        "orderId",
        "paymentIntentId",
        "checkoutSessionId",
        "clientReferenceId",
        "deletedAt",
        "status",
        "creatorEmail",
        "price",
        "quantity",
        "type",
        "firstName",
        "phoneNumber",
    ]
) | st.text(max_size=12)
BODIES = st.one_of(st.dictionaries(FIELD_NAMES, JSON_VALUES, max_size=8), JSON_VALUES)
OPERATIONS = [
    ("POST", "/customers"),
    ("PATCH", "/customers/{customer}"),
    ("PATCH", "/customers/{customer}/block"),
    ("PATCH", "/customers/{customer}/unblock"),
    ("POST", "/checkout-sessions"),
    ("PATCH", "/checkout-sessions/{session}/expire"),
    ("POST", "/payment-intents"),
    ("POST", "/payment-intents/{intent}/cancel"),
    ("POST", "/orders"),
    *[
        (method, prefix + path)
        for prefix in ("/groups", "/payment-groups")
        for method, path in (
            ("POST", ""),
            ("PATCH", "/{group}"),
            ("POST", "/{group}/cancel"),
            ("POST", "/{group}/expire"),
            ("POST", "/{code}/validate"),
        )
    ],
]


def aim(server: MockServer) -> dict[str, str]:
    """Real ids to aim the fuzzer at (the per-test reset is skipped: the fuzzer is stateless)."""
    server.reset()
    with client(server, server.secret_key) as api:
        session = checkout(api, "fuzz@example.com")
        full = ok(api.get(f"/checkout-sessions/{session['id']}", params={"expand[]": "paymentIntent.paymentGroup"}))
    intent = full["payment_intent"]
    return {
        "customer": full["customer_id"],
        "session": session["id"],
        "intent": intent["id"],
        "group": intent["payment_group"]["id"],
        "code": intent["payment_group"]["share_id"],
    }


@pytest.fixture(scope="module")
def targets(server: MockServer) -> dict[str, str]:
    return aim(server)


@pytest.fixture(scope="module")
def clean() -> Iterator[tuple[MockServer, dict[str, str]]]:
    with MockServer(quirks=False) as running:
        yield running, aim(running)


def fuzz(
    api: httpx.Client, targets: dict[str, str], operation: tuple[str, str], body: Any, key: str | None
) -> httpx.Response:
    method, template = operation
    response = api.request(
        method, template.format(**targets), json=body, headers={"Idempotency-Key": key} if key else None
    )
    assert response.headers["content-type"] == "application/json", response.text
    detail = response.json()["error"] if response.status_code >= 400 else None
    if detail is not None:
        assert detail["type"] == ("api_error" if response.status_code >= 500 else "invalid_request_error")
        assert isinstance(detail["message"], str | list)
    return response


FUZZ = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture], database=None
)


@FUZZ
@given(operation=st.sampled_from(OPERATIONS), body=BODIES, key=st.none() | st.uuids().map(str))
def test_random_bodies_cause_a_5xx_only_as_a_named_quirk(
    api: httpx.Client, targets: dict[str, str], operation: tuple[str, str], body: Any, key: str | None
) -> None:
    response = fuzz(api, targets, operation, body, key)
    if response.status_code >= 500:
        assert quirks(response) and quirks(response) <= set(QUIRKS), (operation, body, response.text)


@FUZZ
@given(operation=st.sampled_from(OPERATIONS), body=BODIES, key=st.none() | st.uuids().map(str))
def test_random_bodies_never_cause_a_5xx_without_quirks(
    clean: tuple[MockServer, dict[str, str]], operation: tuple[str, str], body: Any, key: str | None
) -> None:
    server, targets = clean
    with client(server, server.secret_key) as api:
        response = fuzz(api, targets, operation, body, key)
    assert response.status_code < 500, (operation, body, response.text)
    assert QUIRK_HEADER not in response.headers


@pytest.mark.parametrize("value", ["6\x1c", "\u0663", "+-1", "1" * 301, "0x", "1e"])
def test_paging_numbers_are_ascii_numbers_only(api: httpx.Client, value: str) -> None:
    """Found by the deep contract run: `"6\x1c"` passed a stripped check, then crashed `int()`."""
    error(api.get("/customers", params={"take": value}), 400)


@pytest.mark.parametrize(
    ("take", "skip", "listed"),
    [(" 3", "", 3), ("1e1", " ", 5), ("0x10", "1.9", 4), ("2.9", "0", 2), ("0.5", "-0", 0), ("25", "4.5", 1)],
)
def test_paging_numbers_are_read_like_javascript(api: httpx.Client, take: str, skip: str, listed: int) -> None:
    """As the server reads them, with `Number()`; its database then drops the fraction."""
    for n in range(5):
        ok(api.post("/customers", json={"emailAddress": f"page{n}@example.com"}), 201)
    page = ok(api.get("/customers", params={"take": take, "skip": skip}))
    assert len(page["data"]) == listed and page["count"] == 5
    with MockServer(quirks={"javascript-numbers": False}) as strict, client(strict, strict.secret_key) as other:
        error(other.get("/customers", params={"take": take, "skip": skip}), 400)
