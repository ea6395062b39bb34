"""Key casing of JSON bodies, converted in one place.

The server answers in snake_case, webhooks arrive in camelCase, and the server's documentation
promises camelCase everywhere. Response bodies are normalised to snake_case (what the generated
API models read) and webhook payloads to camelCase (what the generated webhook models read), so
either casing parses. The value of any ``metadata`` key is merchant data: it is never touched.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_UPPER_AFTER_LOWER_OR_DIGIT = re.compile(r"(?<=[a-z0-9])([A-Z])")
_CACHE_LIMIT = 4096
_snake_cache: dict[str, str] = {}
_camel_cache: dict[str, str] = {}


def snake_key(key: str) -> str:
    """``amountTotal`` → ``amount_total``, ``jMinus2ExpireAt`` → ``j_minus2_expire_at`` (the server's rule)."""
    try:
        return _snake_cache[key]
    except KeyError:
        converted = _UPPER_AFTER_LOWER_OR_DIGIT.sub(r"_\1", key).lower() if not key.islower() else key
        if len(_snake_cache) < _CACHE_LIMIT:
            _snake_cache[key] = converted
        return converted


def camel_key(key: str) -> str:
    """``amount_total`` → ``amountTotal``, ``j_minus2_expire_at`` → ``jMinus2ExpireAt``."""
    try:
        return _camel_cache[key]
    except KeyError:
        head, *rest = key.split("_")
        converted = head + "".join(part[:1].upper() + part[1:] for part in rest) if rest else key
        if len(_camel_cache) < _CACHE_LIMIT:
            _camel_cache[key] = converted
        return converted


def _convert(value: Any, key_fn: Callable[[str], str]) -> Any:
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            new_key = key_fn(key) if isinstance(key, str) else key
            out[new_key] = item if new_key == "metadata" else _convert(item, key_fn)
        return out
    if isinstance(value, list):
        return [_convert(item, key_fn) for item in value]
    return value


def to_snake(value: Any) -> Any:
    """Recursively snake_case every key of a JSON value, except inside ``metadata`` values."""
    return _convert(value, snake_key)


def to_camel(value: Any) -> Any:
    """Recursively camelCase every key of a JSON value, except inside ``metadata`` values."""
    return _convert(value, camel_key)
