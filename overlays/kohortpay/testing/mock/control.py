"""The test-only control API under `/_mock/` (no API key; loopback clients only)."""

from __future__ import annotations

import datetime as dt
import ipaddress
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response

from .errors import ApiError, json_response
from .faults import Fault
from .validation import parse_rfc3339
from .wire import format_datetime, read_json

if TYPE_CHECKING:
    from .app import Mock

Endpoint = Callable[[Request], Awaitable[Response]]


def _loopback_only(handler: Callable[[Request], Awaitable[Any]], status: int = 200) -> Endpoint:
    async def endpoint(request: Request) -> Response:
        host = request.client.host if request.client else ""
        try:
            local = host in ("testclient", "localhost") or ipaddress.ip_address(host).is_loopback
        except ValueError:
            local = False
        if not local:
            return ApiError(403, "The control API answers loopback clients only.").response()
        try:
            return json_response(await handler(request), status)
        except ApiError as error:
            return error.response()

    return endpoint


async def _json(request: Request) -> dict[str, Any]:
    body = await read_json(request)
    if body is None:
        return {}
    if not isinstance(body, dict):
        raise ApiError(400, "body must be a JSON object")
    return body


# The test clock stays where every date the API computes (expiry + 90 days…) is representable.
CLOCK_RANGE = (dt.datetime(1970, 1, 1, tzinfo=dt.UTC), dt.datetime(9000, 1, 1, tzinfo=dt.UTC))


def _seconds(value: float) -> dt.timedelta:
    try:
        return dt.timedelta(seconds=value)
    except OverflowError:
        raise ApiError(400, "advance_seconds is out of range") from None


def routes(mock: Mock) -> dict[str, dict[str, Endpoint]]:
    """Control path (under `/_mock/`) → method → endpoint."""

    async def reset(request: Request) -> dict[str, Any]:
        mock.reset()
        return {"reset": True}

    async def list_organizations(request: Request) -> list[dict[str, Any]]:
        with mock.state.lock:
            return [o.describe() for o in mock.state.organizations.values()]

    async def create_organization(request: Request) -> dict[str, Any]:
        return mock.state.create_organization(await _json(request)).describe()

    async def clock(request: Request) -> dict[str, Any]:
        if request.method == "POST":
            body = await _json(request)
            with mock.state.lock:
                if "advance_seconds" in body:
                    seconds = body["advance_seconds"]
                    if not isinstance(seconds, int | float) or isinstance(seconds, bool):
                        raise ApiError(400, "advance_seconds must be a number")
                    step = _seconds(seconds)
                    target = mock.state.clock.now() + step
                elif isinstance(body.get("now"), str):
                    try:
                        target = parse_rfc3339(body["now"])
                    except ValueError:
                        raise ApiError(400, "now must be an ISO-8601 date-time with a time zone") from None
                else:
                    raise ApiError(400, 'send {"advance_seconds": N} or {"now": "<ISO-8601>"}')
                if not CLOCK_RANGE[0] <= target <= CLOCK_RANGE[1]:
                    raise ApiError(400, f"the clock must stay between {CLOCK_RANGE[0]:%Y} and {CLOCK_RANGE[1]:%Y}")
                if "advance_seconds" in body:
                    mock.state.clock.advance(step.total_seconds())  # exact: the offset grows by the step
                else:
                    mock.state.clock.set(target)
            mock.tick()
        now = mock.state.clock.now()
        return {"now": format_datetime(now), "offset_seconds": mock.state.clock.offset.total_seconds()}

    async def faults(request: Request) -> Any:
        if request.method == "DELETE":
            mock.faults.clear()
        elif request.method == "POST":
            body = await _json(request)
            try:
                fault = Fault(
                    method=str(body.get("method", "*")).upper(),
                    path=str(body["path"]),
                    times=int(body.get("times", 1)),
                    status=int(body.get("status", 503)),
                    headers={str(k): str(v) for k, v in (body.get("headers") or {}).items()},
                    drop_connection=bool(body.get("drop_connection", False)),
                )
            except (KeyError, TypeError, ValueError):
                message = "a fault needs path, and optional method, times, status, headers, drop_connection"
                raise ApiError(400, message) from None
            if not 100 <= fault.status <= 599:
                raise ApiError(400, "status must be between 100 and 599")
            with mock.state.lock:
                mock.faults.append(fault)
        return [vars(f) for f in mock.faults if f.times > 0]

    async def webhook_endpoints(request: Request) -> Any:
        if request.method == "POST":
            body = await _json(request)
            if not isinstance(body.get("url"), str):
                raise ApiError(400, "url is required")
            events = body.get("events")
            if events is not None and not (isinstance(events, list) and all(isinstance(e, str) for e in events)):
                raise ApiError(400, "events must be a list of event types")
            endpoint = mock.webhooks.add_endpoint(
                body["url"], events, body.get("organization_id"), body.get("livemode")
            )
            return endpoint.describe()
        return [e.describe() for e in mock.webhooks.endpoints.values()]

    async def events(request: Request) -> list[dict[str, Any]]:
        return mock.webhooks.events(request.query_params.get("type"))

    async def openapi(request: Request) -> dict[str, Any]:
        return mock.spec

    async def behaviour(request: Request) -> dict[str, Any]:
        return mock.behaviour.describe()

    async def settle(request: Request) -> dict[str, Any]:
        mock.settle()
        return {"settled": True}

    async def inbox(request: Request) -> Any:
        """A webhook receiver inside the mock: endpoints may point at `/_mock/inbox/<name>`."""
        received = mock.inboxes.setdefault(request.path_params["name"], [])
        if request.method == "POST":
            body = await request.body()
            with mock.state.lock:
                received.append({"headers": dict(request.headers), "body": body.decode("utf-8", "replace")})
            return {"received": len(received)}
        return list(received)

    return {
        "reset": {"POST": _loopback_only(reset)},
        "organizations": {"GET": _loopback_only(list_organizations), "POST": _loopback_only(create_organization, 201)},
        "clock": dict.fromkeys(["GET", "POST"], _loopback_only(clock)),
        "faults": dict.fromkeys(["GET", "POST", "DELETE"], _loopback_only(faults)),
        "webhook-endpoints": dict.fromkeys(["GET", "POST"], _loopback_only(webhook_endpoints)),
        "events": {"GET": _loopback_only(events)},
        "openapi.json": {"GET": _loopback_only(openapi)},
        "behaviour": {"GET": _loopback_only(behaviour)},
        "settle": {"POST": _loopback_only(settle)},
        "inbox/{name}": dict.fromkeys(["GET", "POST"], _loopback_only(inbox)),
    }
