"""Injected faults: chosen statuses and headers, and answers dropped after processing."""

from __future__ import annotations

import uuid

import httpx
import pytest

from kohortpay.testing import MockServer

from .helpers import bearer, count, error, http, ok


def test_503_twice_then_success(server: MockServer, api: httpx.Client) -> None:
    server.add_fault("POST", "/customers", status=503, times=2)
    body = {"emailAddress": "retry@example.com"}
    for _ in range(2):
        detail = error(api.post("/customers", json=body), 503)
        assert detail == {"type": "api_error", "message": "Service Unavailable"}  # a 5xx has no code
    created = ok(api.post("/customers", json=body), 201)
    assert created["email_address"] == "retry@example.com"
    # The faulted calls never reached the API: one customer.
    assert count(api, "/customers") == 1
    # The fault is used up.
    assert error(api.post("/customers", json=body), 409)


def test_429_with_retry_after(server: MockServer, api: httpx.Client) -> None:
    server.add_fault("GET", "/customers", status=429, headers={"Retry-After": "2"})
    response = api.get("/customers")
    detail = error(response, 429)
    assert response.headers["retry-after"] == "2"
    assert detail["code"] == "Too Many Requests"
    assert ok(api.get("/customers"))["count"] == 0


def test_faults_match_method_and_glob_paths(server: MockServer, api: httpx.Client) -> None:
    customer = ok(api.post("/customers", json={"emailAddress": "glob@example.com"}), 201)
    server.add_fault("PATCH", "/customers/*", status=502, times=1)
    ok(api.get(f"/customers/{customer['id']}"))  # another method: untouched
    error(api.patch(f"/customers/{customer['id']}/block"), 502)
    assert ok(api.patch(f"/customers/{customer['id']}/block"))["is_blocked"] is True
    server.add_fault("*", "/orders", status=500, times=2)
    error(api.get("/orders"), 500)
    error(api.post("/orders", json={}), 500)
    ok(api.get("/orders"))


def test_a_dropped_connection_after_processing() -> None:
    with MockServer(idempotency=True) as server, http(server.url, headers=bearer(server.secret_key)) as api:
        server.add_fault("POST", "/customers", drop_connection=True)
        idempotency = {"Idempotency-Key": str(uuid.uuid4())}
        body = {"emailAddress": "dropped@example.com"}
        with pytest.raises(httpx.TransportError):
            api.post("/customers", json=body, headers=idempotency)
        # The request was processed: the customer exists although no answer came back.
        found = ok(api.get("/customers", params={"search": "emailAddress:dropped@example.com"}))
        assert found["count"] == 1
        # A retry with the same idempotency key is safe: the stored answer, no second customer.
        retried = api.post("/customers", json=body, headers=idempotency)
        assert ok(retried, 201)["id"] == found["data"][0]["id"]
        assert retried.headers["idempotent-replayed"] == "true"
        assert count(api, "/customers") == 1


def test_faults_through_the_control_api(api: httpx.Client, control: httpx.Client) -> None:
    spec = {"method": "get", "path": "/groups", "status": 504, "times": 3, "headers": {"X-Fault": "yes"}}
    listed = ok(control.post("/faults", json=spec))
    assert listed == [
        {
            "method": "GET",
            "path": "/groups",
            "times": 3,
            "status": 504,
            "headers": {"X-Fault": "yes"},
            "drop_connection": False,
            "processed": False,
            "delay": 0.0,
        }
    ]
    response = api.get("/groups")
    assert error(response, 504)["type"] == "api_error"
    assert response.headers["x-fault"] == "yes"
    assert ok(control.get("/faults"))[0]["times"] == 2
    assert ok(control.delete("/faults")) == []
    ok(api.get("/groups"))
    # The control API is never faulted itself, and refuses malformed faults.
    ok(control.post("/faults", json={"path": "/_mock/*", "status": 500}))
    ok(control.get("/clock"))
    for bad in ({}, {"path": "/x", "status": 42}, {"path": "/x", "times": "many"}):
        error(control.post("/faults", json=bad), 400)
