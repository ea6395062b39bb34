"""Small helpers for the scenarios: raw JSON calls the way shops' plugins make them."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Any

import httpx

from kohortpay.testing import MockServer
from kohortpay.testing.mock.core.quirks import QUIRK_HEADER

Json = dict[str, Any]

DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z")
TOKEN = re.compile(r"[0-9a-f]{64}")
SNAKE_KEY = re.compile(r"[a-z][a-z0-9_]*")
# Default organization, test mode: groups last 10 minutes; the completion job processes a group
# one minute after its expiry.
GROUP_MINUTES = 10
PAST_COMPLETION = GROUP_MINUTES * 60 + 61


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def http(base_url: str, **options: Any) -> httpx.Client:
    """A plain-HTTP client for the loopback mock.

    `verify=False` only skips loading the CA bundle (~50 ms per client): no TLS is ever involved.
    """
    options.setdefault("timeout", 10)
    return httpx.Client(base_url=base_url, verify=False, **options)


def client(server: MockServer, key: str) -> httpx.Client:
    """A raw client authenticated with `key` (close it, or use it in a `with`)."""
    return http(server.url, headers=bearer(key))


def ok(response: httpx.Response, status: int = 200) -> Any:
    """The JSON body of a successful response, after checking its status and content type."""
    assert response.status_code == status, (response.status_code, response.text)
    assert response.headers["content-type"] == "application/json"
    return response.json()


def error(response: httpx.Response, status: int) -> Json:
    """The `error` object of an error response: always the JSON envelope, never a bare text."""
    assert response.status_code == status, (response.status_code, response.text)
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"error"}, body
    detail: Json = body["error"]
    assert detail["type"] == ("api_error" if status >= 500 else "invalid_request_error")
    assert isinstance(detail["message"], str | list)
    return detail


def quirks(response: httpx.Response) -> set[str]:
    """The server quirks the mock reproduced in this answer."""
    return {name.strip() for name in response.headers.get(QUIRK_HEADER, "").split(",") if name.strip()}


def unknown_group(response: httpx.Response) -> None:
    """The server's answer to a group it does not find: 200, no body, no Content-Type."""
    assert (response.status_code, response.content) == (200, b""), (response.status_code, response.text)
    assert "content-type" not in response.headers
    assert quirks(response) == {"empty-200-for-unknown-group"}


#: Both names go with an e-mail on every purchase: the reference server fails without them.
NAMES: Json = {"customerFirstName": "Ada", "customerLastName": "Lovelace"}


def shopper(email: str = "shopper@example.com") -> Json:
    """The customer fields of a checkout session or an order named by e-mail."""
    return {"customerEmail": email, **NAMES}


def checkout(api: httpx.Client, email: str, amount: int = 3000, code: str | None = None, **extra: Any) -> Json:
    """A checkout session as the referral-era plugins register a paid basket."""
    body: Json = {
        "amountTotal": amount,
        "customerEmail": email,
        "customerFirstName": "Ada",
        "customerLastName": "Lovelace",
        "successUrl": "https://shop.example.com/thanks",
        **extra,
    }
    if code is not None:
        body["paymentGroupShareId"] = code
    session: Json = ok(api.post("/checkout-sessions", json=body), 201)
    settle(api)
    return session


def settle(api: httpx.Client) -> None:
    """Let the mock finish what the server does just after answering (the group a purchase founds or joins)."""
    ok(api.post("/_mock/settle"))


def session_details(api: httpx.Client, session_id: str) -> Json:
    """The session with its payment intent and that intent's group expanded."""
    found: Json = ok(api.get(f"/checkout-sessions/{session_id}", params={"expand[]": ["paymentIntent.paymentGroup"]}))
    return found


def group_of_session(api: httpx.Client, session_id: str) -> Json:
    group: Json = session_details(api, session_id)["payment_intent"]["payment_group"]
    return group


def intent_of_session(api: httpx.Client, session_id: str) -> Json:
    intent: Json = session_details(api, session_id)["payment_intent"]
    intent.pop("payment_group", None)
    return intent


def order(api: httpx.Client, email: str, amount: int = 3000, code: str | None = None, **extra: Any) -> Json:
    body: Json = {
        "amount": amount,
        "customerEmail": email,
        "customerFirstName": "Ada",
        "customerLastName": "L",
        **extra,
    }
    if code is not None:
        body["paymentGroupShareId"] = code
    created: Json = ok(api.post("/orders", json=body), 201)
    settle(api)
    return created


def group_of_order(api: httpx.Client, order_id: str) -> Json:
    group: Json = ok(api.get(f"/orders/{order_id}", params={"expand[]": "paymentGroup"}))["payment_group"]
    return group


def levels(*triples: tuple[int, int, int]) -> list[Json]:
    """Discount levels from `(level, participants_to_unlock, value)` triples."""
    return [{"level": lv, "participants_to_unlock": unlock, "value": value} for lv, unlock, value in triples]


def organization(server: MockServer, **settings: Any) -> Json:
    """A new organization with the given test-mode group settings (snake_case)."""
    created: Json = server.create_organization(name="Scenario shop", settings=settings or None)
    return created


def count(api: httpx.Client, path: str, **params: Any) -> int:
    total: int = ok(api.get(path, params=params))["count"]
    return total


def wait_until(condition: Callable[[], bool], timeout: float = 5.0, interval: float = 0.02) -> None:
    """Poll `condition` until it holds; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        time.sleep(interval)


def non_snake_keys(value: Any, path: str = "$") -> list[str]:
    """Every key outside `metadata` that is not snake_case, with its path."""
    found: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if not SNAKE_KEY.fullmatch(key):
                found.append(f"{path}.{key}")
            if key != "metadata":
                found += non_snake_keys(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += non_snake_keys(item, f"{path}[{index}]")
    return found
