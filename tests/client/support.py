"""Helpers for the client tests: ``Api`` runs one test body against the sync or the async client;
``Recorder`` scripts an ``httpx.MockTransport``."""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import kohortpay

API_KEY = "sk_test_5c2ab8d6e41f07" + "3f9a1c" * 13 + "0b4d"
BASE_URL = "https://api.kohortpay.test"

Handler = Callable[[httpx.Request], httpx.Response]


def error_body(message: str | list[str], code: str | None = None, type_: str = "invalid_request_error") -> Any:
    detail: dict[str, Any] = {"type": type_, "message": message}
    if code is not None:
        detail["code"] = code
    return {"error": detail}


class Api:
    """One client, sync or async; ``api(lambda c: c.customers.retrieve("cus_1"))`` runs the call
    and, for the async client, awaits it on this Api's event loop."""

    def __init__(self, client: kohortpay.KohortPay | kohortpay.AsyncKohortPay, loop: asyncio.AbstractEventLoop) -> None:
        self.client: Any = client
        self.is_async = isinstance(client, kohortpay.AsyncKohortPay)
        self.loop = loop
        self.sleeps: list[float] = []  # what the client would have slept between retries

    def __call__(self, fn: Callable[[Any], Any]) -> Any:
        result = fn(self.client)
        if inspect.isawaitable(result):
            return self.run(result)
        return result

    def run(self, awaitable: Any) -> Any:
        async def wrap() -> Any:
            return await awaitable

        return self.loop.run_until_complete(wrap())

    def collect(self, fn: Callable[[Any], Any]) -> list[Any]:
        """Every item of a ``list()`` call: ``for`` (sync) or ``async for`` (async)."""
        pages = fn(self.client)
        if not self.is_async:
            return list(pages)

        async def drain() -> list[Any]:
            return [item async for item in pages]

        items: list[Any] = self.run(drain())
        return items

    def close(self) -> None:
        self(lambda c: c.close())


class Recorder:
    """A MockTransport handler that records every request and answers from a script."""

    def __init__(self, *answers: httpx.Response | Exception | Handler) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        if isinstance(answer, httpx.Response):
            return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)
        return answer(request)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


MakeApi = Callable[..., Api]


def instrument(
    client: kohortpay.KohortPay | kohortpay.AsyncKohortPay,
    loop: asyncio.AbstractEventLoop,
    monkeypatch: pytest.MonkeyPatch,
) -> Api:
    """Wrap a client in an Api whose retry sleeps are recorded in ``api.sleeps`` instead of slept."""
    api = Api(client, loop)
    if api.is_async:

        async def record(seconds: float) -> None:
            api.sleeps.append(seconds)

        monkeypatch.setattr(client, "_sleep", record)
    else:
        monkeypatch.setattr(client, "_sleep", api.sleeps.append)
    return api
