"""The ASGI application: one route per path of the spec, then authentication, the secret-key guard,
validation and idempotency, before the rules (:mod:`..rules`) answer."""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route, Router
from starlette.types import ASGIApp, Receive, Scope, Send

from kohortpay_client import facts

from ..core.errors import ApiError, crash
from ..core.quirks import QUIRK_HEADER, Behaviour
from ..core.state import Principal
from ..core.validation import InvalidRequest
from ..rules import Engine, refusals
from ..rules.engine import Replay
from . import control
from .answers import error_response
from .auth import authenticate
from .body import TooDeep, TooLarge, read_body
from .faults import FaultInjector
from .recorder import NOTES, Recorder

log = logging.getLogger("kohortpay.mock")
Endpoint = Callable[[Request], Awaitable[Response]]


class AnyMethodRoute(Route):
    """A route that takes every method, even ones HTTP does not name (`BREW`): its endpoint answers
    the methods the path does not declare, in JSON (Starlette would answer text/plain 405). It
    matches as Express does: letters in any case, and one trailing slash or none."""

    def __init__(self, path: str, endpoint: Endpoint) -> None:
        super().__init__(path, endpoint)
        self.methods = None  # Starlette then checks no method, neither when matching nor when handling
        self.path_regex = re.compile(self.path_regex.pattern.removesuffix("$") + "/?$", re.IGNORECASE)


def by_first_segment(routes: list[Route], unknown: Route) -> ASGIApp:
    """Routing by a table: a path's first segment (in any case, as Express matches) picks the few
    routes that can match it, instead of trying every route of the API and the control API in turn;
    what none matches goes to `unknown`. A Starlette router per segment, without the application's
    middleware: every endpoint answers its own errors."""
    groups: dict[str, list[Route]] = {}
    for route in routes:
        groups.setdefault(route.path.split("/")[1].lower(), []).append(route)
    tables = {first: Router([*group, unknown], redirect_slashes=False) for first, group in groups.items()}
    fallback = Router([unknown], redirect_slashes=False)

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        first = scope["path"].split("/", 2)[1].lower() if scope["type"] == "http" else ""
        await tables.get(first, fallback)(scope, receive, send)

    return app


class Mock(Engine):
    """The mock KohortPay server: the engine, and the ASGI app that serves it (`.app`)."""

    def __init__(self, spec: dict[str, Any] | None = None, behaviour: Behaviour | None = None) -> None:
        super().__init__(spec, behaviour)
        self.app = self._build_app()

    # ---------------------------------------------------------------- routing
    def _build_app(self) -> ASGIApp:
        paths: dict[str, dict[str, facts.Operation[Any, Any]]] = {}
        for operation in facts.OPERATIONS.values():
            paths.setdefault(operation.path, {})[operation.http_method] = operation
        api = [(AnyMethodRoute(path, self._endpoint(operations)), operations) for path, operations in paths.items()]
        routes: list[Route] = [route for route, _ in api]  # first: the API's calls are the busy ones
        routes += [AnyMethodRoute(f"/_mock/{path}", _by_method(by)) for path, by in control.routes(self).items()]
        routes.append(Route("/", _home))
        app = by_first_segment(routes, AnyMethodRoute("/{rest:path}", self._unknown_route))

        def operation_of(method: str, path: str) -> str | None:
            found = next((ops for route, ops in api if route.path_regex.match(path)), {})
            return found[method].operation_id if method in found else None

        return Recorder(FaultInjector(app, self), self, operation_of)

    async def _unknown_route(self, request: Request) -> Response:
        return error_response(ApiError(404, f"Cannot {request.method} {_target(request)}"))

    def _endpoint(self, operations: dict[str, facts.Operation[Any, Any]]) -> Endpoint:
        allow = ", ".join(sorted(operations))

        async def endpoint(request: Request) -> Response:
            operation = operations.get(request.method)
            if operation is None:
                message = f"Cannot {request.method} {_target(request)}"
                if "undeclared-method-404" in self.behaviour:  # what Express answers
                    return error_response(ApiError(404, message, quirk="undeclared-method-404"))
                return error_response(ApiError(405, message, headers={"Allow": allow}))
            try:
                raw = await read_body(request)
                if isinstance(raw, list) and "array-body-as-empty-object" in self.behaviour:
                    return self.handle(operation, request, {}, ["array-body-as-empty-object"])
                return self.handle(operation, request, raw)
            except TooDeep as error:
                if "crash-on-deep-json" in self.behaviour:
                    return error_response(crash("crash-on-deep-json"))
                return error_response(error)
            except TooLarge as error:
                if "crash-on-large-body" in self.behaviour:
                    return error_response(crash("crash-on-large-body"))
                return error_response(error)
            except ApiError as error:
                return error_response(error)
            except Exception:  # a bug in the mock: answer like the server does, keep the connection
                log.exception("mock server bug on %s %s", request.method, request.url.path)
                return error_response(ApiError(500, "Internal Server Error"))

        return endpoint

    # --------------------------------------------------------------- handling
    def handle(
        self, operation: facts.Operation[Any, Any], request: Request, raw_body: Any, quirks: list[str] | None = None
    ) -> Response:
        quirks = quirks or []  # the quirks that shaped this answer (KohortPay-Mock-Quirk)
        compiled = self.validator.operations[(operation.http_method, operation.path)]
        try:
            principal = authenticate(self.state, self.behaviour, request.headers.get("authorization"), quirks)
            if operation.secret_key_only and principal.key_type != "SECRET":  # before validation, like the server
                raise ApiError(401, "Invalid Api Key.")
            try:
                self.validator.headers(compiled, request.headers)
                javascript = "javascript-numbers" in self.behaviour
                items = request.query_params.multi_items() if request.scope["query_string"] else []
                query = self.validator.query(compiled, items, javascript=javascript, shaped=quirks)
                nulls = "optional-nulls" in self.behaviour
                body = self.validator.body(compiled, raw_body, javascript=javascript, nulls=nulls, shaped=quirks)
                later: frozenset[str] = frozenset()
            except InvalidRequest as refused:
                checked = refusals.checked_later(compiled, refused, self.behaviour)
                if refused.validated is None or checked is None:
                    raise refusals.server_answer(compiled, refused, self.behaviour, raw_body) from None
                body, later = self.validator.pruned(compiled, refused.validated), checked
            return self._answer(operation, request, raw_body, principal, query, body, quirks, later)
        except ApiError as error:
            return error_response(error, quirks)

    def _answer(
        self,
        operation: facts.Operation[Any, Any],
        request: Request,
        raw_body: Any,
        principal: Principal,
        query: dict[str, Any],
        body: dict[str, Any],
        quirks: list[str],
        later: frozenset[str],
    ) -> Response:
        key = request.headers.get("idempotency-key") if operation.http_method == "POST" else None
        key = key if self.behaviour.idempotency else None  # the server ignores the header
        with self.state.lock:
            if key is not None:
                fingerprint = hashlib.sha256(
                    f"{operation.http_method} {request.url.path} {json.dumps(raw_body, sort_keys=True)}".encode()
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
            answer = self.run(operation, principal, dict(request.path_params), query, body, quirks, later)
            if NOTES in request.scope:
                request.scope[NOTES]["created"] = answer.created
                request.scope[NOTES]["scope"] = principal.scope
            if key is not None:
                self.replays[(principal.key, key)] = Replay(fingerprint, answer.status, answer.body)
        headers = _headers(answer.quirks)
        if not answer.body:  # the server's empty 200 for an unknown group: no Content-Type either
            return Response(b"", answer.status, headers)
        return Response(answer.body, answer.status, headers, "application/json")


async def _home(request: Request) -> Response:
    """The server's root: an empty 204 (a health check), whoever asks."""
    return Response(status_code=204)


def _target(request: Request) -> str:
    """The request target as Express names it in a 404: the path and its query string."""
    query = request.url.query
    return request.url.path + (f"?{query}" if query else "")


def _by_method(endpoints: dict[str, Endpoint]) -> Endpoint:
    """One endpoint per path, so that a known path with another method gets 405 and `Allow`."""

    async def endpoint(request: Request) -> Response:
        handler = endpoints.get(request.method)
        if handler is None:
            allow = ", ".join(sorted(endpoints))
            message = f"Cannot {request.method} {request.url.path}"
            return error_response(ApiError(405, message, headers={"Allow": allow}))
        return await handler(request)

    return endpoint


def _headers(quirks: list[str] | None = None, *, replayed: bool = False) -> dict[str, str]:
    headers: dict[str, str] = {}  # the server sends no request id
    if quirks:
        headers[QUIRK_HEADER] = ", ".join(dict.fromkeys(quirks))
    if replayed:
        headers["Idempotent-Replayed"] = "true"
    return headers
