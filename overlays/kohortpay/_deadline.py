"""The call's deadline, and the cap on the size of an answer.

``timeout`` bounds a whole call — every attempt, the sleeps between them and the reading of each
answer — not each read: a server that dribbles its answer a byte at a time cannot hold a call past
it. A number is the call's deadline in seconds; an ``httpx.Timeout`` sets the phases of each attempt
(``connect``, ``read``…) and its largest value is the call's deadline; ``None``: no limit. Each
attempt's phases are cut to the time left.

An answer is read through :class:`Limited`, which stops at the deadline (``httpx.ReadTimeout``) or
beyond ``max_response_bytes`` (:class:`BodyTooLarge`) instead of buffering whatever comes.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx


class BodyTooLarge(Exception):
    """An answer longer than the client's ``max_response_bytes`` (turned into ``ResponseTooLargeError``)."""


def total(timeout: float | httpx.Timeout | None) -> float | None:
    """The call's deadline, in seconds from its start, for a client's or a call's ``timeout``."""
    if isinstance(timeout, httpx.Timeout):
        parts = [p for p in (timeout.connect, timeout.read, timeout.write, timeout.pool) if p is not None]
        return max(parts) if parts else None
    return None if timeout is None else float(timeout)


class Deadline:
    """When a call must be over (``None``: never), on the monotonic clock."""

    def __init__(self, timeout: float | httpx.Timeout | None) -> None:
        self.seconds = total(timeout)
        self.timeout = timeout
        self.at = None if self.seconds is None else time.monotonic() + self.seconds

    def left(self) -> float | None:
        return None if self.at is None else self.at - time.monotonic()

    def allows(self, delay: float) -> bool:
        """Whether sleeping `delay` seconds still leaves time for another attempt."""
        left = self.left()
        return left is None or delay < left

    def attempt_timeout(self) -> httpx.Timeout:
        """The phases of the next attempt, none of them past the deadline."""
        given = self.timeout if isinstance(self.timeout, httpx.Timeout) else httpx.Timeout(self.timeout)
        left = self.left()
        if left is None:
            return given
        left = max(left, 0.001)

        def cut(part: float | None) -> float:
            return left if part is None else min(part, left)

        return httpx.Timeout(
            connect=cut(given.connect), read=cut(given.read), write=cut(given.write), pool=cut(given.pool)
        )


class Limited(httpx.SyncByteStream, httpx.AsyncByteStream):
    """An answer's body, read up to the deadline and up to `cap` bytes."""

    def __init__(self, stream: Any, deadline: Deadline, cap: int | None, request: httpx.Request) -> None:
        self._stream = stream
        self._deadline = deadline
        self._cap = cap
        self._request = request
        self._read = 0

    def _check(self, chunk: bytes) -> bytes:
        self._read += len(chunk)
        if self._cap is not None and self._read > self._cap:
            raise BodyTooLarge(f"the answer is longer than max_response_bytes={self._cap}")
        left = self._deadline.left()
        if left is not None and left <= 0:
            raise httpx.ReadTimeout(f"the call's deadline ({self._deadline.seconds} s) passed", request=self._request)
        return chunk

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            yield self._check(chunk)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield self._check(chunk)

    def close(self) -> None:
        self._stream.close()

    async def aclose(self) -> None:
        await self._stream.aclose()
