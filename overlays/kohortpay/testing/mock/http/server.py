"""Run the mock: in-process (`with MockServer() as server:`) or from the `kohortpay-mock` CLI."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import gc
import inspect
import json
import secrets
import socket
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import h11
import httpx
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from kohortpay.testing import version_line

from ..core.errors import ApiError
from ..core.journal import Entry
from ..core.quirks import QUIRKS, Behaviour
from ..core.webhooks import Order
from . import control
from .app import Mock

if TYPE_CHECKING:
    from kohortpay import AsyncKohortPay, KohortPay

DEFAULT_PORT = 12111


# Seconds a client has to send a whole request (headers and body), from its connection or from the
# previous answer: a slow or stalled sender (slowloris) is cut off instead of holding a connection.
READ_TIMEOUT = 10.0


class JsonErrorsProtocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, answering malformed HTTP (e.g. `Content-Length: l0`) with the
    JSON error envelope like every other error, instead of plain text, and cutting off a client
    that does not send its request within `READ_TIMEOUT` (uvicorn has no such timeout)."""

    read_timeout = READ_TIMEOUT
    _read_deadline: asyncio.TimerHandle | None = None
    _deadline_at = 0.0
    _answered = False  # idle after an answer: uvicorn's keep-alive timeout closes it

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_read_deadline()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._answered = True
        self._arm_read_deadline()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._read_deadline is not None:
            self._read_deadline.cancel()
        super().connection_lost(exc)

    def _arm_read_deadline(self) -> None:
        # One timer per connection, moved forward by the answers: not one scheduled per answer.
        self._deadline_at = self.loop.time() + self.read_timeout
        if self._read_deadline is None:
            self._read_deadline = self.loop.call_at(self._deadline_at, self._read_deadline_passed)

    def _read_deadline_passed(self) -> None:
        self._read_deadline = None
        if self._deadline_at > self.loop.time():  # an answer since: wait for the new deadline
            self._read_deadline = self.loop.call_at(self._deadline_at, self._read_deadline_passed)
            return
        state = self.conn.their_state
        waiting = state is h11.IDLE and (bool(self.conn.trailing_data[0]) or not self._answered)
        if (state is h11.SEND_BODY or waiting) and not self.transport.is_closing():  # nothing whole in time
            self.transport.close()

    def send_400_response(self, msg: str) -> None:
        body = json.dumps(ApiError(400, msg).body()).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        for event in (
            h11.Response(status_code=400, headers=[*headers, (b"connection", b"close")]),
            h11.Data(data=body),
        ):
            self.transport.write(self.conn.send(event))
        self.transport.write(self.conn.send(h11.EndOfMessage()))
        self.transport.close()


# How long a stopping mock waits for the answers it is still writing.
SHUTDOWN_GRACE = 5.0


class _PromptServer(uvicorn.Server):
    """uvicorn's server, stopping as soon as it is told to: its main loop and its shutdown wait in
    fixed 0.1 s steps (about 200 ms per stop), which a fresh mock per test pays every test."""

    _wake: asyncio.Event | None = None
    _loop: asyncio.AbstractEventLoop | None = None

    def wake(self) -> None:
        if self._loop is not None and self._wake is not None:
            with contextlib.suppress(RuntimeError):  # its loop is closed: it has stopped already
                self._loop.call_soon_threadsafe(self._wake.set)

    async def main_loop(self) -> None:
        self._loop, self._wake = asyncio.get_running_loop(), asyncio.Event()
        counter = 0
        while not await self.on_tick(counter):
            counter = (counter + 1) % 864000
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), 0.1)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        for server in self.servers:
            server.close()
        for connection in list(self.server_state.connections):
            connection.shutdown()  # idle keep-alive connections close now, busy ones after their answer
        deadline = time.monotonic() + SHUTDOWN_GRACE
        while (self.server_state.connections or self.server_state.tasks) and time.monotonic() < deadline:
            await asyncio.sleep(0.005)
        for task in self.server_state.tasks:
            task.cancel()


def _listening_socket(host: str, port: int) -> socket.socket:
    # An explicit IPPROTO_TCP lets asyncio set TCP_NODELAY on accepted connections (it skips
    # proto 0); without it every response waits ~40 ms for the client's delayed ACK.
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listening = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listening.bind((host, port))
    listening.listen(2048)  # connections made before uvicorn runs wait in the backlog
    return listening


def _serve_in_thread(server: uvicorn.Server, listening: socket.socket, name: str) -> threading.Thread:
    """Run `server` on a daemon thread; returns once it accepts connections."""
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listening]}, name=name, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError(f"{name} failed to start")
        thread.join(0.01)
    return thread


class AppServer:
    """Your own ASGI application served on a loopback port, so that the mock's webhooks reach it over
    real HTTP, as they would in production. See `MockServer.deliver_webhooks_to`."""

    def __init__(self, app: Any) -> None:
        self._socket = _listening_socket("127.0.0.1", 0)
        self._server = _PromptServer(uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False))
        try:
            self._thread = _serve_in_thread(self._server, self._socket, "kohortpay-webhook-target")
        except BaseException:
            self._socket.close()
            raise
        self.url = f"http://127.0.0.1:{self._socket.getsockname()[1]}"

    def stop(self) -> None:
        self._server.should_exit = True
        self._server.wake()
        self._thread.join(timeout=5)
        self._socket.close()


class WebhookDeliveryError(AssertionError):
    """An endpoint refused a webhook delivery (or never answered it)."""


class MockServer:
    """A stateful mock KohortPay API served by uvicorn on a background thread.

    ::

        with MockServer() as server:
            client = KohortPay(server.secret_key, base_url=server.url)
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        seed: Path | str | dict[str, Any] | None = None,
        *,
        quirks: bool | Mapping[str, bool] = True,
        idempotency: bool = False,
    ) -> None:
        """`quirks`: reproduce the reference server's quirks (all, none, or `{name: False}` to leave
        some out; see `kohortpay.testing.mock.quirks`). `idempotency`: replay a `POST` sent again
        with the same `Idempotency-Key`, Stripe-style (the server ignores the header)."""
        self.mock = Mock(behaviour=Behaviour(quirks, idempotency=idempotency))
        self._seed = seed
        self._socket = _listening_socket(host, port)
        self.host, self.port = self._socket.getsockname()[:2]
        config = uvicorn.Config(
            self.mock.app, log_level="warning", http=JsonErrorsProtocol, lifespan="off", access_log=False
        )
        self._server = _PromptServer(config)
        self._thread: threading.Thread | None = None
        self._started = False
        self._apps: list[AppServer] = []  # the caller's apps that webhooks are delivered to

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def idempotency(self) -> bool:
        """Whether this mock replays a repeated `Idempotency-Key` (pass it to the client's `server_idempotency`)."""
        return self.mock.behaviour.idempotency

    # ------------------------------------------------------------ lifecycle
    def start(self) -> MockServer:
        """Serve on a background thread (returns once the server accepts connections)."""
        self._refuse_second_start()
        if self._seed is not None:
            load_seed(self.mock, self._seed)
        self._thread = _serve_in_thread(self._server, self._socket, "the mock server")
        self._started = True
        return self

    def serve_forever(self) -> None:
        """Serve on the current thread until interrupted (the CLI)."""
        self._refuse_second_start()
        self._started = True
        if self._seed is not None:
            load_seed(self.mock, self._seed)
        # A process that is only this server: full collections over its growing state were its slow
        # answers (p99 107 ms for a p50 of 0.4 ms); a hundred times fewer take p99 to ~1 ms.
        gc.set_threshold(700, 10, 1000)
        try:
            self._server.run(sockets=[self._socket])
        finally:
            self.mock.webhooks.close()

    def _refuse_second_start(self) -> None:
        # A second server loop on the same socket and state would crash in its thread.
        if self._socket.fileno() == -1:
            raise RuntimeError(f"{self!r} was stopped: make a new MockServer")
        if self._started:
            raise RuntimeError(f"{self!r} is already running")

    def stop(self) -> None:
        self._server.should_exit = True
        self._server.wake()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self.mock.webhooks.close()
        self._socket.close()
        self._stop_apps()

    def _stop_apps(self) -> None:
        apps, self._apps = self._apps, []
        for app in apps:
            app.stop()

    def __enter__(self) -> MockServer:
        return self if self._started else self.start()  # `with MockServer().start() as server:`

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"MockServer(url={self.url!r})"

    # ----------------------------------------------------------------- keys
    @property
    def keys(self) -> dict[str, str]:
        """The default organization's keys: `sk_test`, `pk_test`, `sk_live`, `pk_live`."""
        return dict(self.mock.state.default_organization.keys)

    @property
    def secret_key(self) -> str:
        return self.keys["sk_test"]

    @property
    def public_key(self) -> str:
        return self.keys["pk_test"]

    @property
    def live_secret_key(self) -> str:
        return self.keys["sk_live"]

    @property
    def live_public_key(self) -> str:
        return self.keys["pk_live"]

    # ------------------------------------------------------------- controls
    def reset(self) -> None:
        self.mock.reset()
        self._stop_apps()  # their endpoints are gone with the rest of the state

    def now(self) -> dt.datetime:
        return self.mock.state.clock.now()

    def settle(self) -> None:
        """Finish at once what the server does just after answering (see the `async-side-effects` quirk)."""
        self.mock.settle()

    def advance_clock(self, seconds: float) -> dt.datetime:
        """Move the test clock forward; groups past their expiry complete or expire."""
        return control.move_clock(self.mock, advance_seconds=seconds)

    def set_clock(self, when: dt.datetime) -> dt.datetime:
        """Set the test clock to `when` (timezone-aware); groups past their expiry complete or expire."""
        return control.move_clock(self.mock, now=when)

    def add_fault(
        self,
        method: str = "*",
        path: str = "*",
        *,
        status: int | None = 503,
        headers: dict[str, str] | None = None,
        times: int = 1,
        drop_connection: bool = False,
        processed: bool | None = None,
        delay: float = 0,
    ) -> None:
        """Make the next `times` matching calls answer `status` (400–599), or leave them unanswered
        (`drop_connection`). `processed`: whether the request is processed first — a 502 after the
        order was stored, or a connection dropped before anything happened (by default only a dropped
        connection is processed); `delay`: seconds before the answer, on the mock's clock or the wall's,
        whichever passes first (advancing the clock releases it). With `status=None` the answer is
        the real one, late — computed before the delay, unless `processed=False`: for the client's
        timeouts. Bad arguments raise `ValueError`, with the message `POST /_mock/faults` gives."""
        control.add_fault(
            self.mock,
            method=method,
            path=path,
            status=status,
            headers=headers,
            times=times,
            drop_connection=drop_connection,
            processed=processed,
            delay=delay,
        )

    def create_organization(self, **spec: Any) -> dict[str, Any]:
        """A new organization: `name`, `keys`, and `settings` (or `test_settings`/`live_settings`)."""
        return self.mock.state.describe(self.mock.state.create_organization(spec))

    def add_webhook_endpoint(self, url: str, events: list[str] | None = None, **filters: Any) -> dict[str, Any]:
        """Deliver events (all, or those listed) to `url`, Svix-signed; returns `{"id", "secret", …}`."""
        return control.add_webhook_endpoint(
            self.mock, url, events, filters.get("organization_id"), filters.get("livemode")
        ).describe()

    def deliver_webhooks_to(
        self, app: Any, path: str = "/webhooks/kohortpay", events: list[str] | None = None
    ) -> dict[str, Any]:
        """Serve your ASGI application (FastAPI, Starlette…; a WSGI one through a2wsgi) on a loopback
        port and deliver events (all, or those listed) to its `path`, Svix-signed, as production does.
        Returns the endpoint, `{"id", "url", "secret", …}`: give `secret` to your app. The app is
        stopped with the mock (or its `reset`); `wait_for_webhooks()` waits for the deliveries."""
        served = AppServer(app)
        self._apps.append(served)
        return self.add_webhook_endpoint(served.url + "/" + path.lstrip("/"), events)

    def wait_for_webhooks(self, timeout: float = 5.0, *, refused_ok: bool = False) -> None:
        """Finish the server's after-answer work (`settle`), then wait until every delivery attempt
        due on the mock's clock has been made (a refused one is retried on Svix's schedule: advance
        the clock to get the retries); `TimeoutError` after `timeout` seconds. A delivery your
        endpoint refused (a non-2xx answer, or none) raises `WebhookDeliveryError` naming the
        endpoint, the status and the answer — a forgotten secret fails here, not later on an
        unrelated assertion — unless `refused_ok`."""
        self.mock.settle()
        if not self.mock.webhooks.wait_idle(timeout):
            raise TimeoutError(f"webhook deliveries still running after {timeout} s")
        refused = self.mock.webhooks.refused()
        if refused and not refused_ok:
            raise WebhookDeliveryError("webhook deliveries refused:\n" + "\n".join(f"  {r}" for r in refused))

    def requests(
        self,
        method: str | None = None,
        path: str | None = None,
        *,
        operation: str | None = None,
        status: int | None = None,
    ) -> list[Entry]:
        """The API requests this mock received, oldest first (the journal; see
        `kohortpay.testing.journal` for assertions): `path` is a glob, `operation` an operationId."""
        return self.mock.journal.entries(method=method, path=path, operation=operation, status=status)

    def wait_on_clock(self, client: KohortPay | AsyncKohortPay) -> None:
        """Make `client`'s retries wait on this mock's clock, which moves forward by the back-off,
        instead of sleeping wall-clock time: a test with injected faults stays fast and the server's
        time still passes. The plugin's client fixtures do it."""

        def advance(seconds: float) -> None:
            self.advance_clock(seconds)

        async def advance_async(seconds: float) -> None:
            self.advance_clock(seconds)

        waiting = advance_async if inspect.iscoroutinefunction(client._sleep) else advance
        client._sleep = waiting  # type: ignore[method-assign]

    def clear_faults(self) -> None:
        """Forget every fault still pending."""
        with self.mock.state.lock:
            self.mock.faults.clear()

    def events(self, event_type: str | None = None) -> list[dict[str, Any]]:
        """The events emitted, oldest first, each with its `payload` and its delivery attempts."""
        return self.mock.webhooks.events(event_type)

    def webhook_deliveries(self, endpoint_id: str | None = None) -> list[dict[str, Any]]:
        """The delivery log (of one endpoint, if given), oldest first: each attempt's event, number,
        scheduled time, status or error, the endpoint's answer and when the next attempt is due."""
        return control.webhook_deliveries(self.mock, endpoint_id)

    def duplicate_webhooks(self, event_type: str | None = None, messages: int = 1) -> None:
        """Deliver the next `messages` messages (of `event_type`) twice, with the same `svix-id`,
        as Svix may: a handler must be idempotent."""
        control.duplicate_webhooks(self.mock, event_type, messages)

    def hold_webhooks(self) -> None:
        """Keep new messages back until `release_webhooks`, to deliver them out of order."""
        self.mock.webhooks.hold()

    def release_webhooks(self, order: Order = "reversed", seed: int | None = None) -> int:
        """Deliver the held messages, "reversed" (the default), "shuffled" (by `seed`) or in their
        "original" order; returns how many deliveries were released."""
        return control.release_webhooks(self.mock, order, seed)

    def webhook_inbox(self, events: list[str] | None = None) -> WebhookInbox:
        """A webhook endpoint served by the mock itself, to assert on what a merchant receives."""
        name = secrets.token_hex(6)
        endpoint = self.add_webhook_endpoint(f"{self.url}/_mock/inbox/{name}", events)
        return WebhookInbox(self, name, endpoint["id"], endpoint["secret"])

    def seed(self, data: Path | str | dict[str, Any]) -> None:
        """Load organizations and replay requests (see `load_seed`)."""
        load_seed(self.mock, data)


def _event_type(event: Any) -> str:
    """Generated event models call the field `type_`; `UnknownEvent` calls it `type`."""
    return str(getattr(event, "type_", None) or getattr(event, "type", ""))


class WebhookInbox:
    """Deliveries received by an inbox endpoint; `events()` verifies them with the SDK."""

    def __init__(self, server: MockServer, name: str, endpoint_id: str, secret: str) -> None:
        self._server = server
        self._name = name
        self.endpoint_id = endpoint_id
        self.secret = secret

    def __repr__(self) -> str:
        return f"WebhookInbox(endpoint_id={self.endpoint_id!r})"  # never the secret

    def deliveries(self) -> list[dict[str, Any]]:
        """Every request received: `{"headers", "body"}` (retries of a failed delivery included)."""
        with self._server.mock.state.lock:
            return list(self._server.mock.inboxes.get(self._name, []))

    def events(self) -> list[Any]:
        """The received events, each verified (signature, timestamp) and parsed by `kohortpay.webhooks`."""
        from kohortpay import webhooks

        return [webhooks.verify(d["body"].encode(), d["headers"], self.secret) for d in self.deliveries()]

    def wait(self, count: int = 1, event_type: str | None = None, timeout: float = 5.0) -> list[Any]:
        """Wait until `count` events (of `event_type`, if given) have arrived; returns them."""
        deadline = time.monotonic() + timeout
        while True:
            found = [e for e in self.events() if event_type in (None, _event_type(e))]
            if len(found) >= count:
                return found
            if time.monotonic() > deadline:
                raise TimeoutError(f"{len(found)} of {count} {event_type or 'webhook'} events after {timeout} s")
            time.sleep(0.02)


def load_seed(mock: Mock, seed: Path | str | dict[str, Any]) -> None:
    """Seed state: `{"organizations": [...], "requests": [{"key", "method", "path", "body"}]}`.

    Requests are replayed through the API, so seeded objects follow the same rules as live ones;
    the server's after-answer work is finished after each one.
    A key may be given as `"sk_test"` (the default organization's) or as a full key.
    """
    data = seed if isinstance(seed, dict) else json.loads(Path(seed).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not all(isinstance(data.get(k, []), list) for k in ("organizations", "requests")):
        raise ValueError('a seed is an object: {"organizations": [...], "requests": [...]}')
    for organization in data.get("organizations", []):
        if not isinstance(organization, dict):
            raise ValueError(f"each seed organization is an object: {organization!r}")
        mock.state.create_organization(organization)
    default_keys = mock.state.default_organization.keys
    transport = httpx.ASGITransport(app=mock.app)

    async def replay() -> None:
        async with httpx.AsyncClient(transport=transport, base_url="http://mock") as client:
            for request in data.get("requests", []):
                if not isinstance(request, dict) or not isinstance(request.get("path"), str):
                    raise ValueError(f'each seed request is an object with a "path": {request!r}')
                key = default_keys.get(request.get("key", "sk_test"), request.get("key", ""))
                response = await client.request(
                    request.get("method", "POST"),
                    request["path"],
                    json=request.get("body"),
                    headers={"Authorization": f"Bearer {key}"},
                )
                if response.status_code >= 400:
                    raise ApiError(response.status_code, f"seed request {request['path']} failed: {response.text}")
                mock.settle()  # each seeded purchase has its group before the next request

    asyncio.run(replay())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="kohortpay-mock", description="A stateful mock of the KohortPay API.")
    parser.add_argument("--version", action="version", version=version_line())
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    parser.add_argument("--seed", type=Path, help="JSON file of organizations and requests to load at start")
    parser.add_argument(
        "--no-quirks", action="store_true", help="answer the cleaned-up contract, not the server's quirks"
    )
    parser.add_argument("--without-quirk", action="append", default=[], metavar="NAME", help="turn off one quirk")
    parser.add_argument("--list-quirks", action="store_true", help="print the quirks the mock reproduces, and exit")
    parser.add_argument(
        "--idempotency", action="store_true", help="replay a POST sent again with its Idempotency-Key (Stripe-style)"
    )
    args = parser.parse_args(argv)
    if args.list_quirks:
        for quirk in QUIRKS.values():
            print(f"{quirk.name}\n    server: {quirk.server}\n    without it: {quirk.without}")
        return
    quirks: bool | dict[str, bool] = False if args.no_quirks else {name: False for name in args.without_quirk}
    try:
        server = MockServer(args.host, args.port, quirks=quirks, idempotency=args.idempotency)
    except ValueError as error:  # an unknown quirk
        parser.error(str(error))
    except OSError as error:  # port in use, unknown host…
        parser.exit(1, f"kohortpay-mock: cannot listen on {args.host}:{args.port}: {error.strerror or error}\n")
    if args.seed:
        try:
            server.seed(args.seed)  # before the banner: once it is printed, the state is ready
        except OSError as error:
            parser.exit(1, f"kohortpay-mock: cannot read the seed file {args.seed}: {error.strerror or error}\n")
        except ValueError as error:  # not JSON (JSONDecodeError), or not a seed
            parser.exit(1, f"kohortpay-mock: the seed file {args.seed} is not valid: {error}\n")
        except ApiError as error:
            parser.exit(1, f"kohortpay-mock: the seed file {args.seed} was refused: {error.message}\n")
    print(f"KohortPay mock listening on {server.url}")
    for kind, key in server.keys.items():
        print(f"  {kind}: {key}")
    print(
        f"  control API: {server.url}/_mock/ (reset, organizations, clock, faults, webhook-endpoints, events)",
        flush=True,  # a pipe is block-buffered: whoever launched us must see the URL and keys now
    )
    server.serve_forever()
