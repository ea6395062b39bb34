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

from . import control, customers, groups, orders, payments, refusals
from .context import Call
from .errors import NO_CODE, ApiError, crash
from .faults import Fault, FaultInjector
from .quirks import QUIRK_HEADER, Behaviour
from .state import Principal, State, check_key_format
from .validation import InvalidRequest, Operation, SpecValidator, default_validator, load_spec
from .webhooks import Webhooks
from .wire import TooDeep, read_body, to_wire

log = logging.getLogger("kohortpay.mock")


class AnyMethodRoute(Route):
    """A route that takes every method, even ones HTTP does not name (`BREW`): its endpoint answers
    the methods the path does not declare, in JSON (Starlette would answer text/plain 405)."""

    def __init__(self, path: str, endpoint: Callable[[Request], Awaitable[Response]]) -> None:
        super().__init__(path, endpoint)
        self.methods = None  # Starlette then checks no method, neither when matching nor when handling


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

    def __init__(self, spec: dict[str, Any] | None = None, behaviour: Behaviour | None = None) -> None:
        self.behaviour = behaviour or Behaviour()
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

    def settle(self) -> None:
        """Finish at once the work the server does just after answering (`async-side-effects`)."""
        with self.state.lock:
            self.state.run_pending(everything=True)
            groups.complete_due_groups(self.state, self.webhooks, self.state.clock.now())

    def tick(self) -> None:
        """Let the completion job catch up with the clock (groups complete or expire)."""
        with self.state.lock:
            self._catch_up()

    # ---------------------------------------------------------------- routing
    def _build_app(self) -> ASGIApp:
        control_routes = control.routes(self).items()
        routes = [AnyMethodRoute(f"/_mock/{path}", _by_method(by)) for path, by in control_routes]
        for path, item in self.spec["paths"].items():
            operations = {method.upper(): self.validator.operations[(method.upper(), path)] for method in item}
            routes.append(AnyMethodRoute(path, self._endpoint(operations)))
        routes.append(AnyMethodRoute("/{rest:path}", self._unknown_route))
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
                message = f"Cannot {request.method} {request.url.path}"
                if "undeclared-method-404" in self.behaviour:  # what Express answers
                    return ApiError(404, message, quirk="undeclared-method-404").response()
                return ApiError(405, message, headers={"Allow": allow}).response()
            try:
                raw = await read_body(request)
                return self.handle(operation, request, raw)
            except TooDeep as error:
                if "crash-on-deep-json" in self.behaviour:
                    return crash("crash-on-deep-json").response()
                return error.response()
            except ApiError as error:
                return error.response()
            except Exception:  # a bug in the mock: answer like the server does, keep the connection
                log.exception("mock server bug on %s %s", request.method, request.url.path)
                return ApiError(500, "Internal Server Error").response()

        return endpoint

    # --------------------------------------------------------------- handling
    def handle(self, operation: Operation, request: Request, raw_body: Any) -> Response:
        quirks: list[str] = []  # the quirks that shaped this answer (KohortPay-Mock-Quirk)
        try:
            principal = self.authenticate(request.headers.get("authorization"), quirks)
            if operation.tag == "Orders" and principal.key_type != "SECRET":  # guards run before validation
                raise ApiError(401, "Invalid Api Key.", "Unauthorized")
            try:
                self.validator.headers(operation, request.headers)
                query = self.validator.query(operation, request.query_params.multi_items())
                body = self.validator.body(operation, raw_body)
            except InvalidRequest as refused:
                raise refusals.server_answer(operation, refused, self.behaviour, raw_body) from None
            return self._run(operation, request, raw_body, principal, query, body, quirks)
        except ApiError as error:
            return error.response(quirks)

    def _run(
        self,
        operation: Operation,
        request: Request,
        raw_body: Any,
        principal: Principal,
        query: dict[str, Any],
        body: dict[str, Any],
        quirks: list[str],
    ) -> Response:
        key = request.headers.get("idempotency-key") if operation.method == "POST" else None
        key = key if self.behaviour.idempotency else None  # the server ignores the header
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
            self._catch_up()
            call = Call(self.state, self.webhooks, self.behaviour, principal, dict(request.path_params), query, body,
                        self.state.clock.now(), quirks)  # fmt: skip
            try:
                with self.state.store.undone_on_crash():  # a bug of the mock leaves no state behind, no event
                    answer = HANDLERS[operation.operation_id](call)
                    body_out = b"" if answer is None else json.dumps(to_wire(answer), separators=(",", ":")).encode()
                    call.commit()
                status, response_body = (201 if operation.method == "POST" else 200), body_out
            except ApiError as error:
                call.rollback()
                status, response_body = error.status, json.dumps(error.body()).encode()
                quirks += [error.quirk] if error.quirk else []
            call.publish()
            if key is not None:
                self.replays[(principal.key, key)] = Replay(fingerprint, status, response_body)
            headers = _headers(quirks)
            if not response_body:  # the server's empty 200 for an unknown group: no Content-Type either
                return Response(b"", status, headers)
            return Response(response_body, status, headers, "application/json")

    def _catch_up(self) -> None:
        """What is due before a request is served: the server's after-answer work, then its job."""
        self.state.run_pending()
        groups.complete_due_groups(self.state, self.webhooks, self.state.clock.now())

    def authenticate(self, header: str | None, quirks: list[str]) -> Principal:
        """The server's authentication, with its messages (auth.service.ts, basic-auth.strategy.ts)."""
        invalid_header = ApiError(401, "Invalid Authorization header. Expected: [Basic|Bearer] <credentials>")
        if not header:
            raise invalid_header
        scheme, _, credentials = header.partition(" ")
        credentials = credentials.partition(" ")[0]
        if scheme == "Basic":
            return self._basic(credentials, quirks)
        if scheme != "Bearer":
            raise ApiError(400, f"Authentication type 'Bearer' or 'Basic'required. Found '{scheme}'")
        if not credentials:
            raise invalid_header
        if not check_key_format(credentials):  # any other token is read as a dashboard session
            raise ApiError(401, "Invalid token or api key.")
        principal = self.state.principal(credentials)
        if principal is None:
            raise ApiError(401, "Invalid Api Key.")
        return principal

    def _basic(self, credentials: str, quirks: list[str]) -> Principal:
        """A secret key as the user name; the server appends its own password (`foo`) and strips `:foo`."""
        try:
            decoded = base64.b64decode(credentials, validate=True).decode()
        except (binascii.Error, UnicodeDecodeError):
            decoded = ""
        user, colon, _ = decoded.partition(":")
        if not colon and "basic-auth-password-foo" in self.behaviour:
            quirks.append("basic-auth-password-foo")
            raise ApiError(401, "Unauthorized", NO_CODE)
        principal = self.state.principal(user)
        if principal is None or principal.key_type != "SECRET":
            raise ApiError(401, "Api Key is not valid")
        if "basic-auth-password-foo" in self.behaviour and decoded.replace(":foo", "") != user:
            quirks.append("basic-auth-password-foo")
            raise ApiError(404, "Organization not found. Please check your api key")
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


def _headers(quirks: list[str] | None = None, *, replayed: bool = False) -> dict[str, str]:
    headers = {"Request-Id": "req_" + secrets.token_hex(12)}
    if quirks:
        headers[QUIRK_HEADER] = ", ".join(dict.fromkeys(quirks))
    if replayed:
        headers["Idempotent-Replayed"] = "true"
    return headers
