"""Injected faults: a chosen status and headers, or a request processed and its answer dropped."""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass
from typing import TYPE_CHECKING

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import ApiError

if TYPE_CHECKING:
    from .app import Mock


@dataclass
class Fault:
    method: str
    path: str  # exact path or glob, e.g. /customers/*
    times: int
    status: int = 503
    headers: dict[str, str] | None = None
    drop_connection: bool = False

    def matches(self, method: str, path: str) -> bool:
        return self.times > 0 and self.method in ("*", method) and fnmatch.fnmatchcase(path, self.path)


class FaultInjector:
    """Answers chosen statuses, or drops the connection after processing, for matching API calls."""

    def __init__(self, app: ASGIApp, mock: Mock) -> None:
        self.app = app
        self.mock = mock

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        fault = self._take(scope) if scope["type"] == "http" else None
        if fault is None:
            await self.app(scope, receive, send)
        elif fault.drop_connection:
            await self.app(scope, receive, _swallow)  # the request is processed…
            _close_connection(send)  # …and the answer never sent
        else:
            message = "Service Unavailable" if fault.status >= 500 else "Injected fault"
            response = ApiError(fault.status, message, headers=fault.headers).response()
            await response(scope, receive, send)

    def _take(self, scope: Scope) -> Fault | None:
        path = scope["path"]
        if path.startswith("/_mock/"):
            return None
        with self.mock.state.lock:
            for fault in self.mock.faults:
                if fault.matches(scope["method"], path):
                    fault.times -= 1
                    return fault
        return None


async def _swallow(message: Message) -> None:
    return None


def _close_connection(send: Send) -> None:
    """Close the client's connection without a response (uvicorn's `send` is bound to its protocol)."""
    cycle = getattr(send, "__self__", None)
    if cycle is None or getattr(cycle, "transport", None) is None:
        raise ConnectionAbortedError("connection dropped by an injected fault")
    cycle.transport.close()
    cycle.disconnected = True  # so uvicorn does not try to answer 500 on the closed connection
