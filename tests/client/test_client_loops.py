"""`AsyncKohortPay` across event loops: a pool of connections per loop, closed as the loop shuts down."""

from __future__ import annotations

import asyncio
import gc
import http.server
import threading
import warnings
from collections.abc import Iterator

import httpx
import pytest

from kohortpay import AsyncKohortPay
from kohortpay._loop_pool import LoopPoolTransport
from kohortpay.testing import MockServer


class _Counting(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive
    opened = closed = 0

    def setup(self) -> None:
        super().setup()
        type(self).opened += 1

    def finish(self) -> None:
        super().finish()
        type(self).closed += 1

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, type[_Counting]]]:
    handler = type("Handler", (_Counting,), {})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", handler
    httpd.shutdown()
    httpd.server_close()


def _settled(handler: type[_Counting]) -> None:
    for _ in range(200):  # the server's thread sees the close a moment later
        if handler.closed == handler.opened:
            return
        threading.Event().wait(0.01)


def test_a_loop_shares_one_connection_and_closes_it_when_it_ends(server: tuple[str, type[_Counting]]) -> None:
    url, handler = server
    client = httpx.AsyncClient(transport=LoopPoolTransport())

    async def three_requests() -> list[int]:
        return [(await client.get(url)).status_code for _ in range(3)]

    assert asyncio.run(three_requests()) == [200, 200, 200]
    _settled(handler)
    assert (handler.opened, handler.closed) == (1, 1)  # one connection, closed as the loop shut down


def test_the_same_transport_serves_loop_after_loop(server: tuple[str, type[_Counting]]) -> None:
    """A plain pooled client would hand the second loop a connection of the first, closed one."""
    url, handler = server
    client = httpx.AsyncClient(transport=LoopPoolTransport())
    for _ in range(3):
        assert asyncio.run(client.get(url)).status_code == 200
    _settled(handler)
    gc.collect()  # a connection left to the collector would warn (and fail: warnings are errors)
    assert (handler.opened, handler.closed) == (3, 3)


def test_closing_the_client_in_its_loop_closes_the_pool(server: tuple[str, type[_Counting]]) -> None:
    url, handler = server

    async def used_then_closed() -> None:
        async with httpx.AsyncClient(transport=LoopPoolTransport()) as client:
            assert (await client.get(url)).status_code == 200
        _settled(handler)
        assert handler.closed == 1  # before the loop ends

    asyncio.run(used_then_closed())


def test_a_loop_closed_without_shutting_down_leaves_the_next_one_working(server: tuple[str, type[_Counting]]) -> None:
    url, handler = server
    client = httpx.AsyncClient(transport=LoopPoolTransport())
    bare = asyncio.new_event_loop()  # closed below without finalising its async generators
    assert bare.run_until_complete(client.get(url)).status_code == 200
    bare.run_until_complete(client.aclose())  # what a careful caller does in such a loop
    bare.close()
    client = httpx.AsyncClient(transport=LoopPoolTransport())
    abandoned = asyncio.new_event_loop()
    assert abandoned.run_until_complete(client.get(url)).status_code == 200
    abandoned.close()  # neither the client closed nor the loop finalised
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)  # its connection is the collector's, as with httpx's own
        assert asyncio.run(client.get(url)).status_code == 200  # a pool of its own, not the dead loop's
        gc.collect()
    _settled(handler)
    assert (handler.opened, handler.closed) == (3, 3)


def test_an_async_client_serves_one_asyncio_run_after_another() -> None:
    """The shape of a sync program calling the async client (a task, a command, a view): with one pool
    for every loop, the second call failed with `RuntimeError: Event loop is closed`."""
    with MockServer() as mock:
        client = AsyncKohortPay(mock.secret_key, base_url=mock.url)
        emails = [f"loop{n}@example.com" for n in range(3)]
        made = [asyncio.run(client.customers.create(email_address=email)) for email in emails]
        assert [customer.email_address for customer in made] == emails
        assert [entry.status for entry in mock.requests()] == [201, 201, 201]
        gc.collect()  # no connection left to the collector: it would warn, and warnings are errors
