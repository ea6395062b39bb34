"""The async client's connections, one keep-alive pool per running event loop.

A connection belongs to the event loop that opened it. An `httpx.AsyncClient` shared by several loops
one after another (an `asyncio.run` per task, per request of a sync framework, per async test) hands a
later loop a connection of a closed one: `RuntimeError: Event loop is closed`, and a socket left
open. Here each running loop gets its own pool, closed as that loop shuts down: asyncio's runners
(`asyncio.run`, `asyncio.Runner`, which anyio and pytest-asyncio use) finalise the loop's async
generators, and each pool is held by one.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from typing import Any

import httpx


class LoopPoolTransport(httpx.AsyncBaseTransport):
    """`httpx.AsyncHTTPTransport(**options)`, one per running asyncio loop, each closed with its loop
    (the async client runs on asyncio: its retries wait with `asyncio.sleep`)."""

    def __init__(self, **options: Any) -> None:
        self._options = options
        # Each loop's pool, held by a started async generator that closes it (the loop holds it weakly).
        self._pools: dict[asyncio.AbstractEventLoop, tuple[httpx.AsyncHTTPTransport, AsyncGenerator[None, None]]] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        loop = asyncio.get_running_loop()
        found = self._pools.get(loop)
        if found is None:
            for closed in [other for other in self._pools if other.is_closed()]:  # closed without shutting down
                del self._pools[closed]
            pool = httpx.AsyncHTTPTransport(**self._options)
            closer = self._closed_with_loop(loop, pool)
            await closer.asend(None)  # started: the loop finalises it when it shuts down
            found = self._pools[loop] = (pool, closer)
        return await found[0].handle_async_request(request)

    async def _closed_with_loop(
        self, loop: asyncio.AbstractEventLoop, pool: httpx.AsyncHTTPTransport
    ) -> AsyncGenerator[None, None]:
        try:
            yield
        finally:  # run once, by `aclose` or by the loop shutting down: the entry is still this pool's
            self._pools.pop(loop, None)
            await pool.aclose()

    async def aclose(self) -> None:
        """Close the running loop's pool (the other loops close theirs as they shut down)."""
        found = self._pools.get(asyncio.get_running_loop())
        if found is not None:
            await found[1].aclose()  # runs its `finally`: the pool is closed, and nothing is left to finalise
