"""`timeout` is the whole call's deadline — attempts, back-off and the reading of each answer — and
an answer longer than `max_response_bytes` is not read: against real HTTP servers that dribble,
refuse, or send too much, sync and async alike."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

import kohortpay

KEY = "sk_test_5c2ab8d6e41f07abc"
CUSTOMER = {"id": "cus_1"}


def serving(answer: Callable[[BaseHTTPRequestHandler], None]) -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            answer(self)

        def do_POST(self) -> None:  # noqa: N802
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            answer(self)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def dribble(handler: BaseHTTPRequestHandler) -> None:
    """Headers at once, then the body one byte every 50 ms (a 1 KiB answer takes 51 s)."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", "1024")
    handler.end_headers()
    try:
        for _ in range(1024):
            handler.wfile.write(b" ")
            handler.wfile.flush()
            time.sleep(0.05)
    except OSError:  # the client gave up
        pass


def unavailable(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(503)
    handler.send_header("Retry-After", "0.4")
    handler.send_header("Content-Length", "0")
    handler.end_headers()


def huge(handler: BaseHTTPRequestHandler) -> None:
    body = json.dumps({**CUSTOMER, "metadata": {"padding": "x" * 300_000}}).encode()
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


@pytest.fixture
def dribbling() -> Iterator[str]:
    yield from serving(dribble)


def call(mode: str, url: str, fn: Callable[[Any], Any], **options: Any) -> Any:
    """`fn(client)` with a sync or an async client of `url`; returns its result or raises."""
    if mode == "sync":
        with kohortpay.KohortPay(KEY, base_url=url, **options) as client:
            return fn(client)

    async def run() -> Any:
        async with kohortpay.AsyncKohortPay(KEY, base_url=url, **options) as client:
            return await fn(client)

    return asyncio.run(run())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_dribbling_answer_cannot_hold_a_call_past_its_timeout(mode: str, dribbling: str) -> None:
    started = time.monotonic()
    with pytest.raises(kohortpay.APITimeoutError, match=r"The call's timeout \(1.0 s\) ran out"):
        call(mode, dribbling, lambda c: c.customers.retrieve("cus_1"), timeout=1.0)
    assert time.monotonic() - started < 2.5  # each byte came within the read timeout: 51 s before


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_the_deadline_covers_every_attempt_and_per_call_timeouts(mode: str, dribbling: str) -> None:
    """A per-call `timeout` and one given through `with_options` are deadlines too; a create whose
    answer never came says its outcome is unknown (a retry could have created it twice)."""
    started = time.monotonic()
    with pytest.raises(kohortpay.APITimeoutError):
        call(mode, dribbling, lambda c: c.with_options(timeout=0.8).customers.retrieve("cus_1"))
    with pytest.raises(kohortpay.APIOutcomeUnknownError, match="may or may not have been processed"):
        call(mode, dribbling, lambda c: c.orders.create(amount=5000, customer_id="cus_1", timeout=0.8))
    assert time.monotonic() - started < 4


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_retries_stop_at_the_deadline(mode: str) -> None:
    for url in serving(unavailable):
        started = time.monotonic()
        with pytest.raises(kohortpay.InternalServerError):
            call(mode, url, lambda c: c.customers.retrieve("cus_1"), timeout=1.0, max_retries=10)
        assert 0.7 < time.monotonic() - started < 1.5  # two waits of 0.4 s fit in 1 s, a third does not


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_answer_longer_than_the_cap_is_not_read(mode: str) -> None:
    for url in serving(huge):
        with pytest.raises(kohortpay.ResponseTooLargeError, match="longer than max_response_bytes=65536"):
            call(mode, url, lambda c: c.customers.retrieve("cus_1"), max_response_bytes=64 * 1024)
        read = call(mode, url, lambda c: c.with_raw_response.customers.retrieve("cus_1"))  # 16 MiB by default
        assert read.json()["id"] == "cus_1"
        unbounded = call(
            mode, url, lambda c: c.with_options(max_response_bytes=None).with_raw_response.customers.retrieve("cus_1")
        )
        assert len(unbounded.json()["metadata"]["padding"]) == 300_000


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_oversized_answer_to_a_create_says_it_was_created_and_is_not_retried(mode: str) -> None:
    received: list[str] = []

    def created(handler: BaseHTTPRequestHandler) -> None:
        received.append(handler.command)
        body = json.dumps({"id": "cus_1", "metadata": {"padding": "x" * 100_000}}).encode()
        handler.send_response(201)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    for url in serving(created):
        with pytest.raises(kohortpay.ResponseTooLargeError) as caught:
            create = lambda c: c.customers.create(email_address="a@example.com", first_name="A")  # noqa: E731
            call(mode, url, create, max_response_bytes=1024, max_retries=3)
        assert caught.value.status_code == 201
        assert "201: the answer is longer than max_response_bytes=1024" in str(caught.value)
        assert "the server did the request" in str(caught.value)
        assert received == ["POST"]  # once: an answer too long is not a reason to send it again


def test_a_timeout_object_sets_the_phases_and_its_largest_value_is_the_deadline() -> None:
    from kohortpay._deadline import Deadline, total

    assert total(httpx.Timeout(30.0, connect=5.0)) == 30.0
    assert total(2) == 2.0 and total(None) is None and total(httpx.Timeout(None)) is None
    phases = Deadline(httpx.Timeout(30.0, connect=5.0)).attempt_timeout()
    assert phases.connect == pytest.approx(5.0) and phases.read == pytest.approx(30.0, abs=0.1)
    assert Deadline(None).attempt_timeout() == httpx.Timeout(None)
    with pytest.raises(ValueError, match="max_response_bytes must be a positive number"):
        kohortpay.KohortPay(KEY, max_response_bytes=0)
