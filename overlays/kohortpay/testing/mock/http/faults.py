"""The ASGI middleware that applies injected faults (:mod:`..core.faults`) to the API's calls."""

from __future__ import annotations

import asyncio
import datetime as dt
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..core.errors import ApiError
from ..core.faults import Fault, take
from ..rules import Engine
from .answers import error_response
from .recorder import SERVER_SEND


class FaultInjector:
    """Applies the first matching fault to an API call: a status, a dropped connection or a late
    answer, before or after the request is processed."""

    def __init__(self, app: ASGIApp, engine: Engine) -> None:
        self.app = app
        self.engine = engine

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        fault = self._take(scope) if scope["type"] == "http" else None
        if fault is None:
            await self.app(scope, receive, send)
            return
        answer: list[Message] = []

        async def hold(message: Message) -> None:
            answer.append(message)

        if fault.processed:  # the request is processed; its answer is held (a slow one) or discarded
            await self.app(scope, receive, hold)
        await self._wait(fault.delay)
        if fault.status is None and not fault.drop_connection:  # a slow answer, otherwise the real one
            if not fault.processed:
                await self.app(scope, receive, send)
            for message in answer:
                await send(message)
            return
        if fault.drop_connection:
            _close_connection(scope.get(SERVER_SEND, send))  # …and no answer sent
            return
        reason = "Service Unavailable" if (fault.status or 503) >= 500 else "Injected fault"
        response = error_response(ApiError(fault.status or 503, reason, headers=fault.headers))
        await response(scope, receive, send)

    async def _wait(self, seconds: float) -> None:
        """Wait `seconds` of the mock's clock — which a test may advance — or of wall-clock time,
        whichever passes first (a clock set back does not hold an answer forever)."""
        if seconds <= 0:
            return
        clock, started = self.engine.state, time.monotonic()
        until = clock.clock.now() + dt.timedelta(seconds=seconds)
        while (left := min((until - clock.clock.now()).total_seconds(), seconds - (time.monotonic() - started))) > 0:
            await asyncio.sleep(min(left, 0.02))

    def _take(self, scope: Scope) -> Fault | None:
        path = scope["path"]
        if path.startswith("/_mock/"):
            return None
        with self.engine.state.lock:
            return take(self.engine.faults, scope["method"], path)


def _close_connection(send: Send) -> None:
    """Close the client's connection without a response (uvicorn's `send` is bound to its protocol)."""
    cycle = getattr(send, "__self__", None)
    if cycle is None or getattr(cycle, "transport", None) is None:
        raise ConnectionAbortedError("connection dropped by an injected fault")
    cycle.transport.close()
    cycle.disconnected = True  # so uvicorn does not try to answer 500 on the closed connection
