"""The server's wire conventions: key casing, `Number()` coercion and timestamps (reference §3)."""

from __future__ import annotations

import datetime as dt
import math
import re
import sys
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from kohortpay._casing import camel_key, snake_key

_NUMERIC = re.compile(r"[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?")
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
        return {convert(k): (_json(v) if k == "metadata" else _wire(v, convert)) for k, v in value.items()}
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


def format_datetime(value: dt.datetime) -> str:
    """ISO-8601 UTC with milliseconds and `Z`, like the server: `2021-07-22T00:00:00.000Z`."""
    v = value.astimezone(dt.UTC)  # strftime("%Y") would not pad years before 1000
    date = f"{v.year:04d}-{v.month:02d}-{v.day:02d}"
    return f"{date}T{v.hour:02d}:{v.minute:02d}:{v.second:02d}.{v.microsecond // 1000:03d}Z"


def js_number(value: Any) -> Any:
    """What the server makes of a value meant to be integer cents: JavaScript's `Number()`
    (`true` is 1, `"100"` is 100), then its database's integer column, which drops the fraction
    (10.9 is stored as 10). Anything `Number()` makes NaN is returned unchanged for validation to
    refuse; beyond a double it is ±infinity."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str):
        value = number_of_text(value)
        if isinstance(value, str):
            return value
    if isinstance(value, float):
        return math.trunc(value) if math.isfinite(value) else value
    return value


_JS_SPACE = (  # what JavaScript's String.prototype.trim() removes
    " \t\n\r\v\f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000\ufeff"
)
_RADIX = {"0x": 16, "0o": 8, "0b": 2}


_DECIMAL_INTEGER = re.compile(r"[-+]?[0-9]{1,300}")


def integer_of_text(text: str) -> int | str:
    """Text holding a decimal integer, as an integer; any other text as it is."""
    return int(text) if _DECIMAL_INTEGER.fullmatch(text) else text


def whole_number(value: Any) -> Any:
    """A whole number given as text or as a float (`"100"`, `100.0`), as an integer; anything else as it is."""
    if isinstance(value, str):
        return integer_of_text(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def number_of_text(text: str) -> int | float | str:
    """JavaScript's `Number(text)`: blank is 0, `0x10` is 16, `1e1` is 10, `Infinity` is infinite;
    text that is NaN is returned as it is."""
    stripped = text.strip(_JS_SPACE)
    if not stripped:
        return 0
    radix = _RADIX.get(stripped[:2].lower())
    if radix is not None:
        try:
            return int(stripped[2:], radix) if stripped[2:].isalnum() else text
        except ValueError:
            return text
    if stripped in ("Infinity", "+Infinity", "-Infinity"):
        return -math.inf if stripped[0] == "-" else math.inf
    if not _NUMERIC.fullmatch(stripped):
        return text
    number = Decimal(stripped)
    if number.copy_abs() > _MAX_NUMBER:  # beyond a double, Number() is Infinity
        return -math.inf if number.is_signed() else math.inf
    return int(number) if number == number.to_integral_value() else float(number)
