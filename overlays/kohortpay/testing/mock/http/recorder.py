"""Writes every API request the mock receives into its journal (`core/journal.py`), faults included;
the control API's requests are not journaled."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..core.journal import masked_key
from ..rules import Engine

#: Where the app notes, in the ASGI scope, the objects a request created.
NOTES = "kohortpay.journal"
#: The server's own `send`, in the scope, for a fault that closes the connection (`faults.py`).
SERVER_SEND = "kohortpay.send"


class Recorder:
    """`operation_of(method, path)`: the operation a request names, whether or not it reaches it (a
    fault may answer first)."""

    def __init__(self, app: ASGIApp, engine: Engine, operation_of: Callable[[str, str], str | None]) -> None:
        self.app = app
        self.engine = engine
        self.operation_of = operation_of

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith("/_mock/"):
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        status: int | None = None
        recorded = False

        async def receiving() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                chunks.append(message.get("body", b""))
            return message

        async def sending(message: Message) -> None:
            nonlocal status, recorded
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body" and not message.get("more_body"):
                self._record(scope, b"".join(chunks), status)  # before the client can read the answer
                recorded = True
            await send(message)

        scope[NOTES], scope[SERVER_SEND] = {}, send
        try:
            await self.app(scope, receiving, sending)
        finally:
            if not recorded:  # no answer: the connection was dropped
                self._record(scope, b"".join(chunks), status)

    def _record(self, scope: Scope, raw: bytes, status: int | None) -> None:
        headers = {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope["headers"]}
        notes = scope.get(NOTES, {})
        self.engine.journal.add(
            method=scope["method"],
            path=scope["path"],
            query=parse_qs(scope.get("query_string", b"").decode("utf-8", "replace"), keep_blank_values=True),
            body=_body(raw),
            key=masked_key(headers.get("authorization")),
            operation=self.operation_of(scope["method"], scope["path"]),
            status=status,
            at=self.engine.state.clock.now(),
            created=tuple(notes.get("created", ())),
            scope=notes.get("scope"),
        )


def _body(raw: bytes) -> Any:
    """The body as sent: its JSON, else its text, or None when empty."""
    if not raw:
        return None
    text = raw.decode("utf-8", "replace")
    try:
        return json.loads(text)
    except (ValueError, RecursionError):  # not JSON, or too deep for Python's parser
        return text
