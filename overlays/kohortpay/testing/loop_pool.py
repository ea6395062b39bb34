"""An httpx transport whose keep-alive connections last as long as the event loop that opened them.

An async test runs in an event loop of its own, which its plugin (anyio, pytest-asyncio) closes when
the test ends; a sync fixture cannot reach that loop to close the client it made, and a pooled
connection left open outlives its loop. Here each running loop gets its own pool, closed as that loop
shuts down: asyncio's runners (which both plugins use) finalise the loop's async generators, and each
pool is held by one. A test's requests share a connection, as the sync client's do.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from typing import Any

import httpx


class LoopPoolTransport(httpx.AsyncBaseTransport):
    """`httpx.AsyncHTTPTransport(**options)`, one per running asyncio loop, each closed with its loop.
    Outside asyncio (trio), each request gets a connection of its own."""

    def __init__(self, **options: Any) -> None:
        self._options = options
        self._pools: dict[asyncio.AbstractEventLoop, httpx.AsyncHTTPTransport] = {}
        self._closers: list[AsyncGenerator[None, None]] = []  # the loops hold them weakly
        self._unpooled = httpx.AsyncHTTPTransport(**{**options, "limits": httpx.Limits(max_keepalive_connections=0)})

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return await self._unpooled.handle_async_request(request)
        pool = self._pools.get(loop)
        if pool is None:
            pool = self._pools[loop] = httpx.AsyncHTTPTransport(**self._options)
            closer = self._closed_with_loop(loop, pool)
            await closer.asend(None)  # started: the loop now finalises it when it shuts down
            self._closers.append(closer)
        return await pool.handle_async_request(request)

    async def _closed_with_loop(
        self, loop: asyncio.AbstractEventLoop, pool: httpx.AsyncHTTPTransport
    ) -> AsyncGenerator[None, None]:
        try:
            yield
        finally:
            self._pools.pop(loop, None)
            await pool.aclose()

    async def aclose(self) -> None:
        """Close the running loop's pool (the other loops close theirs)."""
        try:
            pool = self._pools.pop(asyncio.get_running_loop(), None)
        except RuntimeError:
            pool = None
        if pool is not None:
            await pool.aclose()
        await self._unpooled.aclose()
