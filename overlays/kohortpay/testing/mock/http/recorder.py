"""Writes every API request the mock receives into its journal (`core/journal.py`), faults included;
the control API's requests are not journaled."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..core.journal import Entry, masked_key
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
        """Journal the request: the key masked now, the rest read when the journal is."""
        authorization = next((v for k, v in scope["headers"] if k.lower() == b"authorization"), None)
        key = masked_key(authorization.decode("latin-1")) if authorization is not None else None
        method, path, query = scope["method"], scope["path"], scope.get("query_string", b"")
        notes = scope.get(NOTES, {})
        at, created, where = self.engine.state.clock.now(), tuple(notes.get("created", ())), notes.get("scope")

        def entry(number: int) -> Entry:
            return Entry(
                number=number,
                method=method,
                path=path,
                query=parse_qs(query.decode("utf-8", "replace"), keep_blank_values=True),
                body=_body(raw),
                key=key,
                operation=self.operation_of(method, path),
                status=status,
                at=at,
                created=created,
                scope=where,
            )

        self.engine.journal.add(entry)


def _body(raw: bytes) -> Any:
    """The body as sent: its JSON, else its text, or None when empty."""
    if not raw:
        return None
    text = raw.decode("utf-8", "replace")
    try:
        return json.loads(text)
    except (ValueError, RecursionError):  # not JSON, or too deep for Python's parser
        return text
