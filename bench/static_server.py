"""A minimal local HTTP server for the client benchmarks: fixed KohortPay-shaped answers, so that
the client's own cost is not hidden behind the mock server's. Run: ``python static_server.py PORT``."""

from __future__ import annotations

import json
import sys
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import uvicorn

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

CUSTOMER: dict[str, Any] = {
    "id": "cus_8f3e2a1b9c0d47",
    "email_address": "jane.doe@example.com",
    "first_name": "Jane",
    "last_name": "Doe",
    "phone_number": None,
    "livemode": False,
    "is_blocked": False,
    "organization_id": "org_5c2ab8d6e41f07",
    "metadata": {"crmId": "crm-42"},
    "locale": "fr_FR",
    "client_reference_id": None,
    "created_at": "2024-11-05T14:44:03.303Z",
    "created_by": "system",
    "updated_at": "2024-11-05T14:44:03.303Z",
    "updated_by": None,
    "blocked_at": None,
    "blocked_by": None,
    "deleted_at": None,
}
ONE = json.dumps(CUSTOMER).encode()
PAGE = json.dumps({"data": [dict(CUSTOMER, id=f"cus_{i:014x}") for i in range(25)], "count": 25}).encode()
HEADERS = [(b"content-type", b"application/json")]


async def app(scope: Scope, receive: Receive, send: Send) -> None:
    if scope["type"] != "http":
        return
    body = PAGE if scope["path"] == "/customers" else ONE
    await send(
        {"type": "http.response.start", "status": 200, "headers": [*HEADERS, (b"content-length", b"%d" % len(body))]}
    )
    await send({"type": "http.response.body", "body": body})


if __name__ == "__main__":
    uvicorn.run(
        app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", http="h11", lifespan="off", access_log=False
    )
