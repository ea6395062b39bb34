"""The server's wire conventions: key casing and timestamps (reference §3)."""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Callable
from typing import Any

from kohortpay._casing import camel_key, snake_key

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


_SCALARS = frozenset((str, int, float, bool, type(None)))


def _wire(value: Any, convert: Callable[[str], str]) -> Any:
    """Keys and timestamps in one pass (this runs on every answer: scalars are not recursed into)."""
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            kind = type(item)
            if key == "metadata":
                out[convert(key)] = _json(item)
            elif kind in _SCALARS:
                out[convert(key)] = item
            elif kind is dt.datetime:
                out[convert(key)] = format_datetime(item)
            else:
                out[convert(key)] = _wire(item, convert)
        return out
    if isinstance(value, list):
        return [_wire(item, convert) for item in value]
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    return value


def _json(value: Any) -> Any:
    """Metadata as JavaScript writes it back: a number beyond a double (Infinity) becomes null."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json(item) for item in value]
    return value


@functools.lru_cache(maxsize=4096)  # every answer writes its record's dates again
def format_datetime(value: dt.datetime) -> str:
    """ISO-8601 UTC with milliseconds and `Z`, like the server: `2021-07-22T00:00:00.000Z`."""
    v = value.astimezone(dt.UTC)  # strftime("%Y") would not pad years before 1000
    date = f"{v.year:04d}-{v.month:02d}-{v.day:02d}"
    return f"{date}T{v.hour:02d}:{v.minute:02d}:{v.second:02d}.{v.microsecond // 1000:03d}Z"
