"""The ASGI application: routes derived from the spec, auth, validation, idempotency, faults."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp

from . import control, customers, groups, orders, payments
from .context import Call
from .errors import ApiError
from .faults import Fault, FaultInjector
from .state import Principal, State
from .validation import Operation, SpecValidator, default_validator, load_spec
from .webhooks import Webhooks
from .wire import read_json, to_wire

log = logging.getLogger("kohortpay.mock")

ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"]
Handler = Callable[[Call], Any]
Endpoint = Callable[[Request], Awaitable[Response]]
HANDLERS: dict[str, Handler] = customers.HANDLERS | groups.HANDLERS | payments.HANDLERS | orders.HANDLERS


@dataclass
class Replay:
    fingerprint: str
    status: int
    body: bytes


class Mock:
    """The mock KohortPay server: state, webhooks, faults and the ASGI app that serves them."""

    def __init__(self, spec: dict[str, Any] | None = None) -> None:
        self.spec = spec or load_spec()
        self.validator = default_validator() if spec is None else SpecValidator(spec)
        self.state = State()
        self.webhooks = Webhooks()
        self.faults: list[Fault] = []
        self.replays: dict[tuple[str, str], Replay] = {}
        self.inboxes: dict[str, list[dict[str, Any]]] = {}  # webhooks received at /_mock/inbox/<name>
        missing = {op.operation_id for op in self.validator.operations.values()} - set(HANDLERS)
        assert not missing, f"operations without a handler: {missing}"
        self.app = self._build_app()

    def reset(self) -> None:
        with self.state.lock:
            self.state.reset()
            self.webhooks.reset()
            self.faults.clear()
            self.replays.clear()
            self.inboxes.clear()

    def tick(self) -> None:
        """Let the completion job catch up with the clock (groups complete or expire)."""
        with self.state.lock:
            groups.complete_due_groups(self.state, self.webhooks, self.state.clock.now())

    # ---------------------------------------------------------------- routing
    def _build_app(self) -> ASGIApp:
        control_routes = control.routes(self).items()
        routes = [Route(f"/_mock/{path}", _by_method(by), methods=ALL_METHODS) for path, by in control_routes]
        for path, item in self.spec["paths"].items():
            operations = {method.upper(): self.validator.operations[(method.upper(), path)] for method in item}
            routes.append(Route(path, self._endpoint(operations), methods=ALL_METHODS))
        routes.append(Route("/{rest:path}", self._unknown_route, methods=ALL_METHODS))
        app = Starlette(routes=routes)
        app.router.redirect_slashes = False
        return FaultInjector(app, self)

    async def _unknown_route(self, request: Request) -> Response:
        return ApiError(404, f"Cannot {request.method} {request.url.path}").response()

    def _endpoint(self, operations: dict[str, Operation]) -> Callable[[Request], Awaitable[Response]]:
        allow = ", ".join(sorted(operations))

        async def endpoint(request: Request) -> Response:
            operation = operations.get(request.method)
            if operation is None:
                error = ApiError(405, f"Cannot {request.method} {request.url.path}", headers={"Allow": allow})
                return error.response()
            try:
                raw = await read_json(request)
                return self.handle(operation, request, raw)
            except ApiError as error:
                return error.response()
            except Exception:  # a bug in the mock: answer like the server does, keep the connection
                log.exception("mock server bug on %s %s", request.method, request.url.path)
                return ApiError(500, "Internal Server Error").response()

        return endpoint

    # --------------------------------------------------------------- handling
    def handle(self, operation: Operation, request: Request, raw_body: Any) -> Response:
        principal = self.authenticate(request.headers.get("authorization"))
        if operation.tag == "Orders" and principal.key_type != "SECRET":  # guards run before validation
            raise ApiError(401, "Public API keys cannot be used on this endpoint.", "Unauthorized")
        self.validator.headers(operation, request.headers)
        query = self.validator.query(operation, request.query_params.multi_items())
        body = self.validator.body(operation, raw_body)
        key = request.headers.get("idempotency-key") if operation.method == "POST" else None
        with self.state.lock:
            if key is not None:
                fingerprint = hashlib.sha256(
                    f"{operation.method} {request.url.path} {json.dumps(raw_body, sort_keys=True)}".encode()
                ).hexdigest()
                replay = self.replays.get((principal.key, key))
                if replay is not None:
                    if replay.fingerprint != fingerprint:
                        raise ApiError(
                            400,
                            "Keys for idempotent requests can only be used with the same parameters "
                            "they were first used with.",
                            "IDEMPOTENCY_KEY_REUSED",
                        )
                    return Response(replay.body, replay.status, _headers(replayed=True), "application/json")
            now = self.state.clock.now()
            groups.complete_due_groups(self.state, self.webhooks, now)
            call = Call(self.state, self.webhooks, principal, dict(request.path_params), query, body, now)
            try:
                status = 201 if operation.method == "POST" else 200
                content = json.dumps(to_wire(HANDLERS[operation.operation_id](call)), separators=(",", ":"))
                response_body = content.encode()
            except ApiError as error:
                status, response_body = error.status, json.dumps(error.body()).encode()
            if key is not None:
                self.replays[(principal.key, key)] = Replay(fingerprint, status, response_body)
            return Response(response_body, status, _headers(), "application/json")

    def authenticate(self, header: str | None) -> Principal:
        if not header:
            raise ApiError(401, "Missing Api Key.", "Unauthorized")
        scheme, _, credentials = header.strip().partition(" ")
        if scheme.lower() == "basic":
            try:
                credentials = base64.b64decode(credentials, validate=True).decode().partition(":")[0]
            except (binascii.Error, UnicodeDecodeError):
                credentials = ""
        elif scheme.lower() != "bearer":
            raise ApiError(400, f"Authentication type 'Bearer' or 'Basic'required. Found '{scheme}'")
        principal = self.state.principal(credentials.strip())
        if principal is None:
            raise ApiError(401, "Invalid Api Key.", "Unauthorized")
        return principal


def _by_method(endpoints: dict[str, Endpoint]) -> Endpoint:
    """One endpoint per path, so that a known path with another method gets 405 and `Allow`."""

    async def endpoint(request: Request) -> Response:
        handler = endpoints.get(request.method)
        if handler is None:
            allow = ", ".join(sorted(endpoints))
            return ApiError(405, f"Cannot {request.method} {request.url.path}", headers={"Allow": allow}).response()
        return await handler(request)

    return endpoint


def _headers(*, replayed: bool = False) -> dict[str, str]:
    headers = {"Request-Id": "req_" + secrets.token_hex(12)}
    if replayed:
        headers["Idempotent-Replayed"] = "true"
    return headers
