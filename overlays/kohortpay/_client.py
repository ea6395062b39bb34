"""The clients: :class:`KohortPay` (sync) and :class:`AsyncKohortPay` (async).

Both share everything in :class:`~kohortpay._base_client.BaseClient`; each only drives the I/O-free
retry loop with its own ``send`` and ``sleep``.
"""

from __future__ import annotations

import time
from types import TracebackType
from typing import TypeVar

import httpx

from ._base_client import DEFAULT_TIMEOUT, BaseClient, Outcome, shared_ssl_context
from ._deadline import BodyTooLarge, Deadline, Limited
from ._exceptions import ResponseTooLargeError
from ._resource import AsyncRunner, Call, RawAsyncRunner, RawSyncRunner, SyncRunner
from ._response import APIResponse
from .resources import Resources

T = TypeVar("T")


class KohortPay(BaseClient[httpx.Client], Resources[SyncRunner]):
    """The KohortPay API client.

    ``KohortPay(api_key=None, *, base_url=None, timeout=60 s (5 s to connect), max_retries=2,
    http_client=None, default_headers=None, server_idempotency=False)``. Retries never create
    twice: see the README's "Retries and exactly-once creates". ``api_key`` defaults to ``KOHORTPAY_API_KEY`` and
    ``base_url`` to ``KOHORTPAY_BASE_URL``, then ``https://api.kohortpay.com``.

    Resources: ``customers``, ``groups``, ``payment_groups``, ``orders``, ``checkout_sessions``,
    ``payment_intents``; ``with_raw_response`` gives the same methods returning :class:`APIResponse`.
    """

    _http_client_type = httpx.Client

    def _make_http_client(self) -> httpx.Client:
        return httpx.Client(
            timeout=DEFAULT_TIMEOUT if self.timeout is None else self.timeout, verify=shared_ssl_context()
        )

    def _bind_resources(self) -> None:
        Resources.__init__(self, SyncRunner(self))

    def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    @property
    def with_raw_response(self) -> Resources[RawSyncRunner]:
        """The same resources, whose methods return an :class:`APIResponse` (status, headers, ``parse()``)."""
        return Resources(RawSyncRunner(self))

    def _request(self, call: Call[T], /) -> APIResponse[T]:
        deadline = self._deadline(call)
        exchange = self._exchange(call, deadline)
        outcome: Outcome = None
        try:
            while True:
                step = exchange.send(outcome)
                if isinstance(step, httpx.Request):
                    try:
                        outcome = self._send(step, deadline)
                    except httpx.RequestError as exc:
                        outcome = exc
                else:
                    self._sleep(step)
                    outcome = None
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]
        finally:
            exchange.close()

    def _send(self, request: httpx.Request, deadline: Deadline) -> httpx.Response:
        response = self._http.send(request, stream=True)
        response.stream = Limited(response.stream, deadline, self.max_response_bytes, request)
        try:
            response.read()
        except BodyTooLarge as exc:
            raise ResponseTooLargeError(str(exc), request=request, status_code=response.status_code) from None
        finally:
            response.close()
        return response

    def close(self) -> None:
        """Close the connection pool (unless it was passed in as ``http_client``, or this is a copy)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> KohortPay:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncKohortPay(BaseClient[httpx.AsyncClient], Resources[AsyncRunner]):
    """The asyncio KohortPay API client: the same arguments and resources as :class:`KohortPay`,
    whose methods are coroutines (and whose ``list()`` supports ``async for``)."""

    _http_client_type = httpx.AsyncClient

    def _make_http_client(self) -> httpx.AsyncClient:
        from ._loop_pool import LoopPoolTransport  # here: it imports asyncio (see `_sleep`)

        # Connections per event loop: the client may serve one `asyncio.run` after another.
        return httpx.AsyncClient(
            timeout=DEFAULT_TIMEOUT if self.timeout is None else self.timeout,
            transport=LoopPoolTransport(verify=shared_ssl_context()),
        )

    def _bind_resources(self) -> None:
        Resources.__init__(self, AsyncRunner(self))

    async def _sleep(self, seconds: float) -> None:
        import asyncio  # here: a program that only calls synchronously never needs asyncio

        await asyncio.sleep(seconds)

    @property
    def with_raw_response(self) -> Resources[RawAsyncRunner]:
        """The same resources, whose methods return an :class:`APIResponse` (status, headers, ``parse()``)."""
        return Resources(RawAsyncRunner(self))

    async def _request(self, call: Call[T], /) -> APIResponse[T]:
        deadline = self._deadline(call)
        exchange = self._exchange(call, deadline)
        outcome: Outcome = None
        try:
            while True:
                step = exchange.send(outcome)
                if isinstance(step, httpx.Request):
                    try:
                        outcome = await self._send(step, deadline)
                    except httpx.RequestError as exc:
                        outcome = exc
                else:
                    await self._sleep(step)
                    outcome = None
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]
        finally:
            exchange.close()

    async def _send(self, request: httpx.Request, deadline: Deadline) -> httpx.Response:
        response = await self._http.send(request, stream=True)
        response.stream = Limited(response.stream, deadline, self.max_response_bytes, request)
        try:
            await response.aread()
        except BodyTooLarge as exc:
            raise ResponseTooLargeError(str(exc), request=request, status_code=response.status_code) from None
        finally:
            await response.aclose()
        return response

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in as ``http_client``, or this is a copy)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncKohortPay:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
