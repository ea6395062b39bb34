"""The server's wire conventions: key casing, `Number()` coercion and timestamps (reference §3)."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import sys
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any
from urllib.parse import parse_qsl

from starlette.requests import Request

from kohortpay._casing import camel_key, snake_key

from .errors import ApiError
from .quirks import MAX_JSON_DEPTH

MAX_BODY = 1024 * 1024


class TooDeep(ApiError):
    """A JSON body nested deeper than `MAX_JSON_DEPTH` (what the server answers: see `crash-on-deep-json`)."""

    def __init__(self) -> None:
        super().__init__(400, [f"body must not be nested more than {MAX_JSON_DEPTH} levels deep"])


def json_depth(value: Any, limit: int = MAX_JSON_DEPTH) -> int:
    """How deeply objects and arrays nest in `value` (iteratively; stops counting past `limit`)."""
    deepest, stack = 0, [(value, 1)]
    while stack and deepest <= limit:
        node, level = stack.pop()
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else None
        if children is not None:
            deepest = max(deepest, level)
            stack.extend((child, level + 1) for child in children if isinstance(child, dict | list))
    return deepest


_NUMERIC = re.compile(r"\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*")
_MAX_NUMBER = Decimal(sys.float_info.max)


#: `amountTotal` → `amount_total`, `jMinus2ExpireAt` → `j_minus2_expire_at`: the server's rule, the SDK's code.
snake = snake_key
#: `client_reference_id` (or `client-reference-id`, `ClientReferenceId`) → `clientReferenceId`: likewise.
camel = camel_key


def rekey(value: Any, convert: Any) -> Any:
    """Convert every key of a request body recursively, except inside `metadata`, stored verbatim."""
    if isinstance(value, dict):
        return {convert(k): (v if k == "metadata" else rekey(v, convert)) for k, v in value.items()}
    if isinstance(value, list):
        return [rekey(item, convert) for item in value]
    return value


def to_wire(value: Any, *, snake_case: bool = True) -> Any:
    """A stored record as JSON: snake_case keys (camelCase for webhooks) and server timestamps."""
    return _wire(value, snake if snake_case else str)


def _wire(value: Any, convert: Callable[[str], str]) -> Any:
    """Keys and timestamps in one pass (this runs on every answer); keys starting with `_` are the mock's
    own bookkeeping and are dropped."""
    if isinstance(value, dict):
        return {
            convert(k): (v if k == "metadata" else _wire(v, convert)) for k, v in value.items() if not k.startswith("_")
        }
    if isinstance(value, list):
        return [_wire(item, convert) for item in value]
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    return value


def format_datetime(value: dt.datetime) -> str:
    """ISO-8601 UTC with milliseconds and `Z`, like the server: `2021-07-22T00:00:00.000Z`."""
    v = value.astimezone(dt.UTC)  # strftime("%Y") would not pad years before 1000
    date = f"{v.year:04d}-{v.month:02d}-{v.day:02d}"
    return f"{date}T{v.hour:02d}:{v.minute:02d}:{v.second:02d}.{v.microsecond // 1000:03d}Z"


def js_number(value: Any) -> Any:
    """What the server's `Number()` conversion makes of a value meant to be integer cents.

    Numeric strings and floats become integers (fractions rounded half up, where the real server
    would fail with a 500); anything else is returned unchanged for validation to refuse.
    """
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        if not _NUMERIC.fullmatch(value):
            return value
        try:
            number = Decimal(value.strip())
        except InvalidOperation:  # pragma: no cover - the pattern admits only decimals
            return value
    elif isinstance(value, float):
        if not math.isfinite(value):
            return value
        number = Decimal(repr(value))
    elif isinstance(value, int):
        number = Decimal(value)
    else:
        return value
    if number.copy_abs() > _MAX_NUMBER:  # beyond a double, Number() is Infinity
        return -math.inf if number.is_signed() else math.inf
    return int(number.to_integral_value(rounding=ROUND_HALF_UP))


async def read_body(request: Request) -> Any:
    """The body as the server reads it, by Content-Type: JSON, or a form (its flat fields, as
    strings); None for any other type (the server sees no body), or an empty one."""
    media = request.headers.get("content-type", "").partition(";")[0].strip().lower()
    if media == "application/json":
        return _parse_json(await _read(request))
    if media == "application/x-www-form-urlencoded":
        raw = await _read(request)
        return dict(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True)) if raw else None
    return None


async def read_json(request: Request) -> Any:
    """The JSON body whatever the Content-Type (the control API's), or None when empty."""
    return _parse_json(await _read(request))


async def _read(request: Request) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        raise ApiError(413, f"Request body larger than {MAX_BODY} bytes.")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise ApiError(413, f"Request body larger than {MAX_BODY} bytes.")
        chunks.append(chunk)
    return b"".join(chunks)


def _parse_json(raw: bytes) -> Any:
    """Like the server's strict JSON parser: an object or an array; None for an empty body."""
    if not raw:
        return None
    first = raw.lstrip(b" \t\n\r")[:1]
    if not first:
        raise ApiError(400, "Unexpected end of JSON input")
    if first not in (b"{", b"["):
        text = raw.decode("utf-8", "replace")
        raise ApiError(400, f"Unexpected token '{first.decode('utf-8', 'replace')}', \"{text}\" is not valid JSON")
    try:
        value = json.loads(raw)
    except RecursionError:
        raise TooDeep() from None
    except json.JSONDecodeError as exc:
        if exc.pos >= len(exc.doc.rstrip(" \t\n\r")):  # a truncated body: JavaScript's words for it
            raise ApiError(400, "Unexpected end of JSON input") from None
        raise ApiError(400, f"Unexpected token in JSON: {exc}") from None
    except ValueError as exc:  # bad UTF-8, or an integer literal too long to convert
        raise ApiError(400, f"Unexpected token in JSON: {exc}") from None
    if json_depth(value) > MAX_JSON_DEPTH:
        raise TooDeep()
    return value
