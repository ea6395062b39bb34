"""Reading a request's body as the server reads it: JSON or a form, within its size and depth limits."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl

from starlette.requests import Request

from ..core.errors import ApiError
from ..core.quirks import MAX_JSON_DEPTH

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
