"""Reading a request's body as the server reads it: JSON or a form, within its size and depth limits."""

from __future__ import annotations

import json
import math
import re
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl

from starlette.requests import Request

from ..core.errors import ApiError
from ..core.quirks import MAX_JSON_DEPTH

MAX_BODY = 100 * 1024  # the server's body parser's limit


class TooLarge(ApiError):
    """A body above `MAX_BODY` (what the server answers: see `crash-on-large-body`)."""

    def __init__(self) -> None:
        super().__init__(413, f"Request body larger than {MAX_BODY} bytes.")


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
        raise TooLarge()
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise TooLarge()
        chunks.append(chunk)
    return b"".join(chunks)


def _parse_json(raw: bytes) -> Any:
    """Like the server's strict JSON parser: an object or an array; None for an empty body."""
    if not raw:
        return None
    text = raw.decode("utf-8", "replace")
    first = text.lstrip(_SPACE)[:1]
    if first not in ("{", "["):
        raise ApiError(400, unexpected_token(text, len(text) - len(text.lstrip(_SPACE))))
    try:
        value = json.loads(text, parse_constant=_not_json, parse_int=js_double, parse_float=js_double)
    except RecursionError:
        raise TooDeep() from None
    except _NotJson:
        raise ApiError(400, _constant_error(text)) from None
    except json.JSONDecodeError as exc:
        raise ApiError(400, v8_error(text, exc)) from None
    except ValueError as exc:  # an integer literal too long to convert
        raise ApiError(400, f"Unexpected token in JSON: {exc}") from None
    if json_depth(value) > MAX_JSON_DEPTH:
        raise TooDeep()
    return value


def js_double(text: str) -> int | float:
    """A JSON number as JavaScript holds it, a double (2^60 + 1 is 1152921504606847000, beyond a
    double it is infinite), written back without a fraction when it has none."""
    value = float(text)
    if math.isfinite(value) and value.is_integer() and abs(value) < 1e21:
        return int(value) if abs(value) <= 2**53 else int(Decimal(repr(value)))
    return value


# ---------------------------------------------------------------- V8's words
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
