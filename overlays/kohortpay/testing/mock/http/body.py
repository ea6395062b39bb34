"""Reading a request's body as the server reads it: JSON or a form, within its size and depth limits."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

from starlette.requests import Request

from ..core.errors import ApiError
from ..core.javascript import parse_json, unexpected_token
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
    first = text.lstrip(" \t\n\r")[:1]
    if first not in ("{", "["):  # the body parser's strict mode, before JSON.parse
        raise ApiError(400, unexpected_token(text, len(text) - len(text.lstrip(" \t\n\r"))))
    try:
        value = parse_json(text)
    except RecursionError:
        raise TooDeep() from None
    except ValueError as exc:
        raise ApiError(400, str(exc)) from None
    brackets = text.count("{") + text.count("[")  # an upper bound of the depth (some may be in strings)
    if brackets > MAX_JSON_DEPTH and json_depth(value) > MAX_JSON_DEPTH:
        raise TooDeep()
    return value
