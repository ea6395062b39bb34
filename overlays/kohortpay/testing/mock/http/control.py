"""The test-only control API under `/_mock/` (no API key; loopback clients only)."""

from __future__ import annotations

import datetime as dt
import inspect
import ipaddress
import math
from collections.abc import Awaitable, Callable
from typing import Any, get_args
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import Response

from kohortpay._datetime import parse_datetime

from ..core.errors import ApiError
from ..core.faults import Fault
from ..core.webhooks import Endpoint as WebhookEndpoint
from ..core.webhooks import Order
from ..core.wire import format_datetime
from ..rules import Engine
from .answers import error_response, json_response
from .body import read_json

Endpoint = Callable[[Request], Awaitable[Response]]


def _loopback_only(handler: Callable[[Request], Awaitable[Any]], status: int = 200) -> Endpoint:
    async def endpoint(request: Request) -> Response:
        host = request.client.host if request.client else ""
        try:
            local = host in ("testclient", "localhost") or ipaddress.ip_address(host).is_loopback
        except ValueError:
            local = False
        if not local:
            return error_response(ApiError(403, "The control API answers loopback clients only."))
        try:
            return json_response(await handler(request), status)
        except ApiError as error:
            return error_response(error)

    return endpoint


async def _json(request: Request) -> dict[str, Any]:
    body = await read_json(request)
    if body is None:
        return {}
    if not isinstance(body, dict):
        raise ApiError(400, "body must be a JSON object")
    return body


class ControlError(ApiError, ValueError):
    """Bad input to the control layer: a 400 over HTTP, a `ValueError` from `MockServer`'s methods."""

    def __init__(self, message: str) -> None:
        super().__init__(400, message)


# The test clock stays where every date the API computes (expiry + 90 days…) is representable.
CLOCK_RANGE = (dt.datetime(1970, 1, 1, tzinfo=dt.UTC), dt.datetime(9000, 1, 1, tzinfo=dt.UTC))


# -- the control layer: one implementation of each action, for `/_mock/…` and `MockServer` alike ------


def move_clock(mock: Engine, *, advance_seconds: object = None, now: object = None) -> dt.datetime:
    """Move the test clock forward by `advance_seconds`, or to `now` (aware datetime or ISO string);
    then groups past their expiry complete or expire. Returns the new time."""
    if advance_seconds is not None:
        if not isinstance(advance_seconds, int | float) or isinstance(advance_seconds, bool):
            raise ControlError("advance_seconds must be a number")
        if not math.isfinite(advance_seconds):
            raise ControlError("advance_seconds must be finite")
        try:
            step = dt.timedelta(seconds=advance_seconds)
        except OverflowError:
            raise ControlError("advance_seconds is out of range") from None
    elif isinstance(now, str):
        try:
            now = parse_datetime(now)
        except ValueError:
            raise ControlError("now must be an ISO-8601 date-time with a time zone") from None
    elif not (isinstance(now, dt.datetime) and now.tzinfo is not None):
        raise ControlError('send {"advance_seconds": N} or {"now": "<ISO-8601>"} (an aware datetime)')
    with mock.state.lock:
        try:
            target = mock.state.clock.now() + step if advance_seconds is not None else now
        except OverflowError:
            target = None
        if not (isinstance(target, dt.datetime) and CLOCK_RANGE[0] <= target <= CLOCK_RANGE[1]):
            raise ControlError(f"the clock must stay between {CLOCK_RANGE[0]:%Y} and {CLOCK_RANGE[1]:%Y}")
        if advance_seconds is not None:
            mock.state.clock.advance(step.total_seconds())  # exact: the offset grows by the step
        else:
            mock.state.clock.set(target)
    mock.tick()
    return mock.state.clock.now()


def add_fault(
    mock: Engine,
    *,
    path: object = None,
    method: object = "*",
    times: object = 1,
    status: object = 503,
    headers: object = None,
    drop_connection: object = False,
    processed: object = None,
    delay: object = 0,
) -> Fault:
    """Make the next `times` calls matching `method` and `path` (a glob) answer `status` (400–599)
    with `headers`, or be left unanswered (`drop_connection`); `processed`: whether the request is
    processed first (by default only a dropped connection is); `delay`: seconds before the answer
    (with `status` null, the real answer, only late)."""
    if not (isinstance(path, str) and isinstance(method, str)):
        raise ControlError("a fault needs a path (and a method) as strings")
    if not isinstance(times, int) or isinstance(times, bool):
        raise ControlError("times must be an integer")
    if times < 1:
        raise ControlError("times must be at least 1")
    if status is not None and (not isinstance(status, int) or isinstance(status, bool)):
        raise ControlError("status must be an integer")
    if status is not None and not 400 <= status <= 599:
        raise ControlError("status must be an error status, between 400 and 599")
    headers = headers or {}
    if not (isinstance(headers, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in headers.items())):
        raise ControlError("headers must map names to strings")
    if not isinstance(drop_connection, bool):
        raise ControlError("drop_connection must be true or false")
    if processed is not None and not isinstance(processed, bool):
        raise ControlError("processed must be true or false")
    if not isinstance(delay, int | float) or isinstance(delay, bool) or not 0 <= delay <= 86_400:
        raise ControlError("delay must be a number of seconds between 0 and 86400 (a day)")
    if status is None and not drop_connection and not delay:
        raise ControlError("a fault needs a status, drop_connection or a delay")
    done = drop_connection or status is None if processed is None else processed
    fault = Fault(method.upper(), path, times, status, dict(headers), drop_connection, done, float(delay))
    with mock.state.lock:
        mock.faults.append(fault)
    return fault


def add_webhook_endpoint(
    mock: Engine, url: object, events: object = None, organization_id: object = None, livemode: object = None
) -> WebhookEndpoint:
    """Deliver events (all, or the types listed) to `url`, an http(s) URL with a host."""
    try:
        parts = urlsplit(url) if isinstance(url, str) else None
        host = parts.hostname if parts is not None else None
    except ValueError:  # e.g. `http://[::1`
        parts = host = None
    if parts is None or parts.scheme not in ("http", "https") or not host:
        raise ControlError("url must be an http:// or https:// URL with a host")
    if events is not None and not (isinstance(events, list) and all(isinstance(e, str) for e in events)):
        raise ControlError("events must be a list of event types")
    if organization_id is not None and not isinstance(organization_id, str):
        raise ControlError("organization_id must be a string")
    if livemode is not None and not isinstance(livemode, bool):
        raise ControlError("livemode must be true or false")
    assert isinstance(url, str)
    return mock.webhooks.add_endpoint(url, events, organization_id, livemode)


def duplicate_webhooks(mock: Engine, event_type: object = None, messages: object = 1) -> None:
    """Deliver the next `messages` messages (of `event_type`, if given) twice, with the same id."""
    if event_type is not None and not isinstance(event_type, str):
        raise ControlError("event_type must be a string")
    if not isinstance(messages, int) or isinstance(messages, bool) or messages < 1:
        raise ControlError("messages must be an integer, at least 1")
    mock.webhooks.duplicate(event_type, messages)


def release_webhooks(mock: Engine, order: object = "reversed", seed: object = None) -> int:
    """Deliver the messages held since `hold` in `order`: "reversed", "shuffled" (by `seed`) or
    "original". Returns how many deliveries were released."""
    if order not in get_args(Order):
        raise ControlError(f"order must be one of {', '.join(get_args(Order))}")
    if seed is not None and (not isinstance(seed, int) or isinstance(seed, bool)):
        raise ControlError("seed must be an integer")
    return mock.webhooks.release(order, seed)  # type: ignore[arg-type]


def webhook_deliveries(mock: Engine, endpoint_id: str | None = None) -> list[dict[str, Any]]:
    """Every delivery attempt (to one endpoint, if given), oldest first."""
    if endpoint_id is not None and endpoint_id not in mock.webhooks.endpoints:
        raise ApiError(404, f"no webhook endpoint {endpoint_id}")
    return mock.webhooks.attempts(endpoint_id)


FAULT_FIELDS = tuple(inspect.signature(add_fault).parameters)[1:]


def routes(mock: Engine) -> dict[str, dict[str, Endpoint]]:
    """Control path (under `/_mock/`) → method → endpoint."""

    async def reset(request: Request) -> dict[str, Any]:
        mock.reset()
        return {"reset": True}

    async def list_organizations(request: Request) -> list[dict[str, Any]]:
        with mock.state.lock:
            return [mock.state.describe(o) for o in mock.state.organizations.values()]

    async def create_organization(request: Request) -> dict[str, Any]:
        return mock.state.describe(mock.state.create_organization(await _json(request)))

    async def clock(request: Request) -> dict[str, Any]:
        if request.method == "POST":
            body = await _json(request)
            move_clock(mock, advance_seconds=body.get("advance_seconds"), now=body.get("now"))
        now = mock.state.clock.now()
        return {"now": format_datetime(now), "offset_seconds": mock.state.clock.offset.total_seconds()}

    async def faults(request: Request) -> Any:
        if request.method == "DELETE":
            mock.faults.clear()
        elif request.method == "POST":
            body = await _json(request)
            add_fault(mock, **{name: body[name] for name in FAULT_FIELDS if name in body})
        return [vars(f) for f in mock.faults if f.times > 0]

    async def webhook_endpoints(request: Request) -> Any:
        if request.method == "POST":
            body = await _json(request)
            endpoint = add_webhook_endpoint(
                mock, body.get("url"), body.get("events"), body.get("organization_id"), body.get("livemode")
            )
            return endpoint.describe()
        return [e.describe() for e in mock.webhooks.endpoints.values()]

    async def deliveries(request: Request) -> list[dict[str, Any]]:
        return webhook_deliveries(mock, request.path_params["id"])

    async def hold(request: Request) -> dict[str, Any]:
        mock.webhooks.hold()
        return {"holding": True}

    async def release(request: Request) -> dict[str, Any]:
        body = await _json(request)
        return {"released": release_webhooks(mock, body.get("order", "reversed"), body.get("seed"))}

    async def duplicate(request: Request) -> dict[str, Any]:
        body = await _json(request)
        duplicate_webhooks(mock, body.get("event_type"), body.get("messages", 1))
        return {"duplicating": True}

    async def events(request: Request) -> list[dict[str, Any]]:
        return mock.webhooks.events(request.query_params.get("type"))

    async def requests(request: Request) -> list[dict[str, Any]]:
        """The request journal, oldest first, filtered by `method`, `path` (a glob), `operation`, `status`."""
        params = request.query_params
        status = params.get("status")
        if status is not None and not status.isdigit():
            raise ApiError(400, "status must be a number")
        found = mock.journal.entries(
            method=params.get("method"),
            path=params.get("path"),
            operation=params.get("operation"),
            status=int(status) if status is not None else None,
        )
        return [entry.to_dict() for entry in found]

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
        "webhook-endpoints/{id}/deliveries": {"GET": _loopback_only(deliveries)},
        "webhooks/hold": {"POST": _loopback_only(hold)},
        "webhooks/release": {"POST": _loopback_only(release)},
        "webhooks/duplicate": {"POST": _loopback_only(duplicate)},
        "events": {"GET": _loopback_only(events)},
        "requests": {"GET": _loopback_only(requests)},
        "openapi.json": {"GET": _loopback_only(openapi)},
        "behaviour": {"GET": _loopback_only(behaviour)},
        "settle": {"POST": _loopback_only(settle)},
        "inbox/{name}": dict.fromkeys(["GET", "POST"], _loopback_only(inbox)),
    }
