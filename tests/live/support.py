"""The smoke suite's targets and callers (the fixtures are in conftest.py).

Every test runs against the embedded mock server, and against a real KohortPay server when
``KOHORTPAY_LIVE_URL`` and ``KOHORTPAY_LIVE_API_KEY`` (a test secret key) are set — the reference
server on loopback, or a sandbox. ``KOHORTPAY_LIVE_PUBLIC_KEY`` adds the public-key checks. Each test
body runs four times: sync and async client, parsed and raw (``with_raw_response``) calls.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import inspect
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

import kohortpay
from kohortpay.testing import MockServer

LIVE_URL = os.environ.get("KOHORTPAY_LIVE_URL")
LIVE_KEY = os.environ.get("KOHORTPAY_LIVE_API_KEY")
SKIP_LIVE = "set KOHORTPAY_LIVE_URL and KOHORTPAY_LIVE_API_KEY (a test secret key) to run against a real server"


@dataclass
class Target:
    """A server to smoke-test: its URL, keys, and how to let time pass on its clock."""

    name: str
    url: str
    secret_key: str
    public_key: str | None
    mock: MockServer | None = None

    def now(self) -> dt.datetime:
        return self.mock.now() if self.mock else dt.datetime.now(dt.UTC)

    def soon(self) -> dt.datetime:
        """The nearest group expiry the server takes: the mock checks now + 1 minute; the real
        server checks against the time it started (its window is fixed at start-up)."""
        return self.now() + (dt.timedelta(seconds=61) if self.mock else dt.timedelta(seconds=3))

    def pass_time(self, until: dt.datetime) -> None:
        """Let ``until`` pass on the server's clock (the mock's clock moves; a real one is waited for)."""
        if self.mock:
            self.mock.advance_clock((until - self.now()).total_seconds() + 1)
        else:
            time.sleep(max((until - self.now()).total_seconds(), 0) + 1)


class Api:
    """One client of the target, sync or async, whose calls are parsed or raw: ``api(lambda c: …)``
    runs the call on ``c`` (the client, or its ``with_raw_response``) and returns the parsed model,
    after checking that a raw call gave an ``APIResponse`` with a 2xx status."""

    def __init__(self, target: Target, variant: str, key: str | None = None) -> None:
        self.target = target
        self.is_async, self.raw = variant.endswith("async"), variant.startswith("raw")
        kind = kohortpay.AsyncKohortPay if self.is_async else kohortpay.KohortPay
        self.client: Any = kind(key or target.secret_key, base_url=target.url, max_retries=0)
        self.loop = asyncio.new_event_loop()

    def __call__(self, fn: Callable[[Any], Any]) -> Any:
        result = fn(self.client.with_raw_response if self.raw else self.client)
        if inspect.isawaitable(result):
            result = self.loop.run_until_complete(_awaited(result))
        if self.raw:
            assert isinstance(result, kohortpay.APIResponse), result
            assert 200 <= result.status_code < 300
            return result.parse()
        return result

    def items(self, fn: Callable[[Any], Any]) -> list[Any]:
        """The first page of a ``list()`` call, as a list."""
        page = self(fn)
        assert isinstance(page, kohortpay.AsyncPage if self.is_async else kohortpay.SyncPage)
        return list(page.data)

    def raises(self, error: type[Exception], fn: Callable[[Any], Any]) -> Any:
        with pytest.raises(error) as info:
            self(fn)
        return info.value

    def close(self) -> None:
        closing = self.client.close()
        if inspect.isawaitable(closing):
            self.loop.run_until_complete(_awaited(closing))
        self.loop.close()


async def _awaited(awaitable: Any) -> Any:
    return await awaitable


def email(name: str) -> str:
    """An e-mail address no earlier run used (the server keeps every customer)."""
    return f"{name}.{uuid.uuid4().hex[:10]}@example.com"


def reference(name: str) -> str:
    """A merchant reference no earlier run used."""
    return f"{name}-{uuid.uuid4().hex[:12]}"
