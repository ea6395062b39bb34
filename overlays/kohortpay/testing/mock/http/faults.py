"""The ASGI middleware that applies injected faults (:mod:`..core.faults`) to the API's calls."""

from __future__ import annotations

import asyncio

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..core.errors import ApiError
from ..core.faults import Fault, take
from ..rules import Engine
from .answers import error_response
from .recorder import SERVER_SEND


class FaultInjector:
    """Answers chosen statuses, or drops the connection after processing, for matching API calls."""

    def __init__(self, app: ASGIApp, engine: Engine) -> None:
        self.app = app
        self.engine = engine

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        fault = self._take(scope) if scope["type"] == "http" else None
        if fault is None:
            await self.app(scope, receive, send)
            return
        if fault.status is None and not fault.drop_connection:  # a slow answer, otherwise the real one
            await asyncio.sleep(fault.delay)
            await self.app(scope, receive, send)
            return
        if fault.processed:
            await self.app(scope, receive, _swallow)  # the request is processed, its answer discarded
        await asyncio.sleep(fault.delay)
        if fault.drop_connection:
            _close_connection(scope.get(SERVER_SEND, send))  # …and no answer sent
            return
        message = "Service Unavailable" if (fault.status or 503) >= 500 else "Injected fault"
        response = error_response(ApiError(fault.status or 503, message, headers=fault.headers))
        await response(scope, receive, send)

    def _take(self, scope: Scope) -> Fault | None:
        path = scope["path"]
        if path.startswith("/_mock/"):
            return None
        with self.engine.state.lock:
            return take(self.engine.faults, scope["method"], path)


async def _swallow(message: Message) -> None:
    return None


def _close_connection(send: Send) -> None:
    """Close the client's connection without a response (uvicorn's `send` is bound to its protocol)."""
    cycle = getattr(send, "__self__", None)
    if cycle is None or getattr(cycle, "transport", None) is None:
        raise ConnectionAbortedError("connection dropped by an injected fault")
    cycle.transport.close()
    cycle.disconnected = True  # so uvicorn does not try to answer 500 on the closed connection
