"""Input that used to break the mock: every one gets a JSON answer, and nothing is stored."""

from __future__ import annotations

import json
import socket
import time
from typing import Any

import httpx
import pytest

from kohortpay.testing import MockServer
from kohortpay.testing.mock.core.quirks import MAX_JSON_DEPTH
from kohortpay_client import facts

from .helpers import bearer, http


def nested(depth: int) -> str:
    return '{"a":' * depth + "1" + "}" * depth


def customer_with_metadata(depth: int, email: str = "deep@example.com") -> str:
    return f'{{"emailAddress":"{email}","metadata":{nested(depth)}}}'


@pytest.mark.parametrize("quirks", [True, False])
def test_metadata_nested_beyond_what_the_server_stores_is_refused_and_not_stored(quirks: bool) -> None:
    with MockServer(quirks=quirks) as server, http(server.url, headers=bearer(server.secret_key)) as api:
        json_headers = {"Content-Type": "application/json"}
        deepest = api.post("/customers", content=customer_with_metadata(MAX_JSON_DEPTH - 1), headers=json_headers)
        assert deepest.status_code == 201  # 123 nested objects: what the server stores
        refused = api.post(
            "/customers", content=customer_with_metadata(MAX_JSON_DEPTH, "deeper@example.com"), headers=json_headers
        )
        assert refused.headers["content-type"].startswith("application/json")
        if quirks:  # the reference server answers 500 and stores nothing
            assert refused.status_code == 500 and refused.headers["kohortpay-mock-quirk"] == "crash-on-deep-json"
        else:
            assert refused.status_code == 400 and "nested" in refused.json()["error"]["message"][0]
        listed = api.get("/customers")
        assert listed.status_code == 200 and [c["email_address"] for c in listed.json()["data"]] == ["deep@example.com"]


def test_a_body_too_deep_for_any_parser_gets_a_json_answer(api: httpx.Client) -> None:
    for body in (
        "[" * 100_000 + "]" * 100_000,
        '{"emailAddress":"x@example.com","junk":' + "[" * 5000 + "]" * 5000 + "}",
    ):
        answer = api.post("/customers", content=body, headers={"Content-Type": "application/json"})
        assert answer.status_code in (400, 500) and "error" in answer.json()
    assert api.get("/customers").json()["count"] == 0


def test_a_group_update_with_too_deep_metadata_leaves_the_group_readable(api: httpx.Client, server: MockServer) -> None:
    order = api.post(
        "/orders",
        json={"amount": 5000, "customerEmail": "a@example.com", "customerFirstName": "A", "customerLastName": "B"},
    ).json()
    server.settle()
    patched = api.patch(
        f"/groups/{order['payment_group_id']}",
        content=f'{{"metadata":{nested(MAX_JSON_DEPTH + 5)}}}',
        headers={"Content-Type": "application/json"},
    )
    assert patched.status_code in (400, 500)
    assert api.get(f"/groups/{order['payment_group_id']}").json()["metadata"] is None
    assert api.get("/groups", params={"expand[]": "paymentIntents"}).status_code == 200


@pytest.mark.parametrize(
    ("fault", "message"),
    [
        ({"path": "/customers", "status": 101}, "status must be an error status"),
        ({"path": "/customers", "status": 42}, "status must be an error status"),
        ({"path": "/customers", "status": "503"}, "status must be an integer"),
        ({"path": "/customers", "times": 0}, "times must be at least 1"),
        ({"status": 503}, "a fault needs a path"),
        ({"path": "/customers", "headers": {"Retry-After": 1}}, "headers must map names to strings"),
    ],
)
def test_faults_are_checked_once_for_http_and_python(server: MockServer, fault: dict[str, Any], message: str) -> None:
    answer = httpx.post(f"{server.url}/_mock/faults", json=fault)
    assert answer.status_code == 400 and answer.json()["error"]["message"].startswith(message)
    if "path" in fault:  # `MockServer.add_fault`'s path defaults to "*"
        with pytest.raises(ValueError, match=message):
            server.add_fault(**fault)
    assert httpx.get(f"{server.url}/_mock/faults").json() == []


@pytest.mark.parametrize("body", [{"advance_seconds": 1e12}, {"advance_seconds": 1e400}, {"now": "yesterday"}])
def test_the_clock_is_checked_once_for_http_and_python(server: MockServer, body: dict[str, Any]) -> None:
    before = server.now()
    answer = httpx.post(
        f"{server.url}/_mock/clock", content=json.dumps(body), headers={"Content-Type": "application/json"}
    )
    assert answer.status_code == 400 and "error" in answer.json()
    with pytest.raises(ValueError):
        if "now" in body:
            server.set_clock(body["now"])
        else:
            server.advance_clock(body["advance_seconds"])
    assert abs((server.now() - before).total_seconds()) < 5


def test_an_unusable_webhook_url_is_refused_and_a_failing_endpoint_harms_no_other(
    server: MockServer, api: httpx.Client
) -> None:
    answer = httpx.post(f"{server.url}/_mock/webhook-endpoints", json={"url": "http://[::1"})
    assert answer.status_code == 400
    with pytest.raises(ValueError, match="url must be"):
        server.add_webhook_endpoint("ftp://example.com/hook")
    server.add_webhook_endpoint("http://127.0.0.1:9/refused")  # nothing listens there
    inbox = server.webhook_inbox(events=["order.created"])
    api.post(
        "/orders",
        json={"amount": 5000, "customerEmail": "a@example.com", "customerFirstName": "A", "customerLastName": "B"},
    )
    server.settle()
    deadline = time.monotonic() + 5
    while not inbox.deliveries() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert inbox.deliveries(), "the inbox got the event although another endpoint refuses connections"


@pytest.mark.parametrize("quirks", [True, False])
def test_a_method_http_does_not_name_gets_the_json_envelope(quirks: bool) -> None:
    with MockServer(quirks=quirks) as server:
        for path in ("/customers", "/_mock/clock", "/nowhere"):
            answer = httpx.request("BREW", f"{server.url}{path}", headers=bearer(server.secret_key))
            assert answer.status_code in (404, 405), (path, answer.status_code)
            assert answer.headers["content-type"].startswith("application/json"), path
            assert "error" in answer.json()


def test_a_request_the_mock_fails_midway_leaves_no_state_behind(
    server: MockServer, api: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kohortpay.testing.mock.rules import RULES, customers

    created = api.post("/customers", json={"emailAddress": "before@example.com"}).json()

    def store_then_fail(call: Any) -> Any:
        customers.new(call, "half@example.com", {})
        call.store.get(facts.CUSTOMER, call.scope, created["id"])["firstName"] = "Changed"
        raise RuntimeError("a bug in the mock")

    monkeypatch.setitem(RULES, facts.CREATE_CUSTOMER.operation_id, store_then_fail)
    answer = api.post("/customers", json={"emailAddress": "half@example.com"})
    assert answer.status_code == 500 and answer.json()["error"]["type"] == "api_error"
    listed = api.get("/customers").json()
    assert [c["email_address"] for c in listed["data"]] == ["before@example.com"]
    assert listed["data"][0]["first_name"] is None
    assert api.get("/customers", params={"search": "emailAddress:half@example.com"}).json()["count"] == 0


def test_a_request_the_mock_fails_midway_sends_no_webhook(
    server: MockServer, api: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kohortpay.testing.mock.rules import RULES

    create_order = RULES[facts.CREATE_ORDER.operation_id]

    def create_then_fail(call: Any) -> Any:
        create_order(call)  # emits order.created
        raise RuntimeError("a bug in the mock")

    order = {"amount": 5000, "customerEmail": "a@example.com", "customerFirstName": "A", "customerLastName": "B"}
    monkeypatch.setitem(RULES, facts.CREATE_ORDER.operation_id, create_then_fail)
    assert api.post("/orders", json=order).status_code == 500
    assert server.events() == [] and api.get("/orders").json()["count"] == 0
    monkeypatch.setitem(RULES, facts.CREATE_ORDER.operation_id, create_order)
    assert api.post("/orders", json=order).status_code == 201
    assert "order.created" in [e["type"] for e in server.events()]


@pytest.mark.parametrize(
    "sent",
    [
        b"",
        b"GET /customers HTTP/1.1\r\nHost: x\r\n",
        b"POST /customers HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n\r\n{",
    ],
)
def test_a_client_that_never_finishes_its_request_is_cut_off(monkeypatch: pytest.MonkeyPatch, sent: bytes) -> None:
    from kohortpay.testing.mock.http import server as mock_server

    monkeypatch.setattr(mock_server.JsonErrorsProtocol, "read_timeout", 0.3)
    with MockServer() as server, socket.create_connection((server.host, server.port)) as slow:
        slow.sendall(sent)
        slow.settimeout(5)
        started = time.monotonic()
        while slow.recv(4096):  # whatever the mock answered to the truncated request, then: closed
            pass
        assert time.monotonic() - started < 3
        assert httpx.get(f"{server.url}/_mock/behaviour").status_code == 200  # others are served meanwhile


def test_a_client_that_stalls_after_an_answer_is_cut_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """The deadline starts again from each answer: a kept-alive connection whose next request
    never finishes is closed, one that stays quiet is left to the keep-alive timeout."""
    from kohortpay.testing.mock.http import server as mock_server

    monkeypatch.setattr(mock_server.JsonErrorsProtocol, "read_timeout", 0.3)
    with MockServer() as server, socket.create_connection((server.host, server.port)) as slow:
        slow.settimeout(5)
        slow.sendall(b"GET /_mock/behaviour HTTP/1.1\r\nHost: x\r\n\r\n")
        assert slow.recv(4096).startswith(b"HTTP/1.1 200")
        time.sleep(0.2)  # within the deadline: the timer armed at connection moves on, it does not fire
        slow.sendall(b"POST /customers HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n\r\n{")
        started = time.monotonic()
        while slow.recv(4096):
            pass
        assert 0.05 < time.monotonic() - started < 3
