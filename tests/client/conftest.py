"""Fixtures for the client tests: clients over ``httpx.MockTransport`` (unit tests) or over the
embedded mock server (HTTP tests), each test body run once sync and once async (``mode``)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import kohortpay
from kohortpay.testing import MockServer
from kohortpay.testing.journal import assert_no_duplicate_creates

from .support import API_KEY, BASE_URL, Api, Handler, MakeApi, instrument


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    event_loop = asyncio.new_event_loop()
    yield event_loop
    event_loop.close()


@pytest.fixture
def make_api(mode: str, loop: asyncio.AbstractEventLoop, monkeypatch: pytest.MonkeyPatch) -> Iterator[MakeApi]:
    """``make_api(handler, **client_kwargs)``: a client (sync or async) over MockTransport."""
    apis: list[Api] = []

    def make(handler: Handler, **kwargs: Any) -> Api:
        transport = httpx.MockTransport(handler)
        kwargs.setdefault("base_url", BASE_URL)
        client: kohortpay.KohortPay | kohortpay.AsyncKohortPay
        if mode == "sync":
            client = kohortpay.KohortPay(API_KEY, http_client=httpx.Client(transport=transport), **kwargs)
        else:
            client = kohortpay.AsyncKohortPay(API_KEY, http_client=httpx.AsyncClient(transport=transport), **kwargs)
        apis.append(instrument(client, loop, monkeypatch))
        return apis[-1]

    yield make
    for api in apis:
        api(lambda c: c._http.aclose() if isinstance(c, kohortpay.AsyncKohortPay) else c._http.close())


# -- the embedded mock server -----------------------------------------------------------------


@pytest.fixture(scope="session")
def mock_server() -> Iterator[MockServer]:
    with MockServer() as server:
        yield server


@pytest.fixture
def server(mock_server: MockServer) -> Iterator[MockServer]:
    """The mock server, reset to a fresh default organization; after the test, the journal shows
    that the SDK created nothing twice (retries and reconciliation included)."""
    mock_server.reset()
    yield mock_server
    assert_no_duplicate_creates(mock_server)


@pytest.fixture
def api(
    server: MockServer, mode: str, loop: asyncio.AbstractEventLoop, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Api]:
    """A client (sync or async) on the mock server, with the default organization's test secret key."""
    client: kohortpay.KohortPay | kohortpay.AsyncKohortPay
    if mode == "sync":
        client = kohortpay.KohortPay(server.secret_key, base_url=server.url, server_idempotency=server.idempotency)
    else:
        client = kohortpay.AsyncKohortPay(server.secret_key, base_url=server.url, server_idempotency=server.idempotency)
    result = instrument(client, loop, monkeypatch)
    yield result
    result.close()
