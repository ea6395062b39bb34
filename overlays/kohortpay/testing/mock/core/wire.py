"""The server's wire conventions: key casing, `Number()` coercion and timestamps (reference §3)."""

from __future__ import annotations

import datetime as dt
import math
import re
import sys
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from kohortpay._casing import camel_key, snake_key

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
    """Keys and timestamps in one pass (this runs on every answer)."""
    if isinstance(value, dict):
        return {convert(k): (v if k == "metadata" else _wire(v, convert)) for k, v in value.items()}
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
