"""What the server's JavaScript makes of its input: `JSON.parse` (V8's numbers and error messages)
and `Number()` (through class-transformer's `@Type(() => Number)`), which the mock reproduces."""

from __future__ import annotations

import json
import math
import re
import sys
from decimal import Decimal
from typing import Any

_NUMERIC = re.compile(r"[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?")
_MAX_NUMBER = Decimal(sys.float_info.max)


# ------------------------------------------------------------------------ JSON.parse
def parse_json(text: str) -> Any:
    """`JSON.parse(text)`, in Python values; refused text raises ValueError with V8's message."""
    try:
        return json.loads(text, parse_constant=_not_json, parse_int=js_double, parse_float=js_double)
    except _NotJson:
        raise ValueError(_constant_error(text)) from None
    except json.JSONDecodeError as exc:
        raise ValueError(v8_error(text, exc)) from None


def js_double(text: str) -> int | float:
    """A JSON number as JavaScript holds it, a double (2^60 + 1 is 1152921504606847000, beyond a
    double it is infinite), written back without a fraction when it has none."""
    value = float(text)
    if math.isfinite(value) and value.is_integer() and abs(value) < 1e21:
        return int(value) if abs(value) <= 2**53 else int(Decimal(repr(value)))
    return value


_SPACE = " \t\n\r"
_CONTEXT = 10  # characters V8 quotes on each side of the error


class _NotJson(ValueError):
    pass


def _not_json(constant: str) -> Any:
    raise _NotJson(constant)


def unexpected_token(text: str, position: int) -> str:
    """V8's `JSON.parse` message for an unexpected character: the whole text when short, else the
    characters around it."""
    if position >= len(text):
        return "Unexpected end of JSON input"
    if len(text) <= 2 * _CONTEXT:
        quoted = f'"{text}"'
    else:
        start, end = max(0, position - _CONTEXT), min(len(text), position + _CONTEXT)
        quoted = ("..." if start else "") + f'"{text[start:end]}"' + ("..." if end < len(text) else "")
    return f"Unexpected token '{text[position]}', {quoted} is not valid JSON"


def v8_error(text: str, error: json.JSONDecodeError) -> str:
    """What V8 says where Python's parser failed."""
    at = error.pos
    if at >= len(text.rstrip(_SPACE)):
        return "Unexpected end of JSON input"
    before = text[:at].rstrip(_SPACE)[-1:]
    message = error.msg
    if message.startswith("Expecting value"):
        return unexpected_token(text, at)
    if message.startswith("Expecting property name"):
        wanted = "property name or '}'" if before == "{" else "double-quoted property name"
        return f"Expected {wanted} in JSON at position {at}"
    if message.startswith("Expecting ':'"):
        return f"Expected ':' after property name in JSON at position {at}"
    if message.startswith("Expecting ','"):
        if _container(text, at) == "{":
            return f"Expected ',' or '}}' after property value in JSON at position {at}"
        return f"Expected ',' or ']' after array element in JSON at position {at}"
    if message.startswith("Extra data"):
        return f"Unexpected non-whitespace character after JSON at position {at}"
    if message.startswith("Invalid control character"):
        return f"Bad control character in string literal in JSON at position {at}"
    if message.startswith("Unterminated string"):
        return f"Unterminated string in JSON at position {len(text)}"
    if message.startswith("Invalid \\uXXXX"):  # V8 points at the first character that is not hex
        digits = text[at + 1 : at + 5]
        bad = next((i for i, c in enumerate(digits) if c not in "0123456789abcdefABCDEF"), len(digits))
        return f"Bad Unicode escape in JSON at position {at + 1 + bad}"
    return f"Bad escaped character in JSON at position {at + 1}"  # V8 points at the escaped character


def _container(text: str, position: int) -> str:
    """The bracket that encloses `position` (strings skipped)."""
    stack, in_string, escaped = ["{"], False, False
    for char in text[:position]:
        if in_string:
            in_string, escaped = (not (char == '"' and not escaped)), (char == "\\" and not escaped)
        elif char == '"':
            in_string = True
        elif char in "{[":
            stack.append(char)
        elif char in "}]" and len(stack) > 1:
            stack.pop()
    return stack[-1]


def _constant_error(text: str) -> str:
    """`NaN` or `Infinity`, which Python reads and V8 refuses: where the first one stands."""
    for match in _TOKENS.finditer(text):
        if match["constant"]:
            start = match.start("constant")
            if text[start] == "-":
                return f"No number after minus sign in JSON at position {start + 1}"
            return unexpected_token(text, start)
    return "Unexpected token in JSON"  # pragma: no cover - the parser found one


_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|(?P<constant>-?(?:NaN|Infinity))|[^"]')


# ------------------------------------------------------------------------ Number()
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
