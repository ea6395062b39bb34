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
_SEPARATED = re.compile(r"[-_\s]+(.?)", re.DOTALL)
#: A key JavaScript's `key - 0` reads as a number, which humps keeps (only signs and spaces would change).
_NUMERICAL = re.compile(r"\s*(?:[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)?\s*")
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
    """``amount_total`` → ``amountTotal``, ``j_minus2_expire_at`` → ``jMinus2ExpireAt``: the server's
    rule for what it is sent (humps' camelize): runs of ``_``, ``-`` or spaces drop and upper-case the next
    character, the first character is lower-cased, and a key that reads as a number is kept."""
    try:
        return _camel_cache[key]
    except KeyError:
        if _NUMERICAL.fullmatch(key):
            converted = key
        else:
            converted = _SEPARATED.sub(lambda m: m[1].upper(), key)
            converted = converted[:1].lower() + converted[1:]
        if len(_camel_cache) < _CACHE_LIMIT:
            _camel_cache[key] = converted
        return converted


_SCALARS = (str, int, float, bool, type(None))


def _converter(key_fn: Callable[[str], str], cache: dict[str, str]) -> Callable[[Any], Any]:
    """A recursive key converter. Hot path (every response goes through it): exact-type checks,
    the key cache read inline, scalars returned without a call."""

    def convert(value: Any) -> Any:
        kind = type(value)
        if kind is dict or (kind not in _SCALARS and kind is not list and isinstance(value, dict)):
            out: dict[Any, Any] = {}
            for key, item in value.items():
                new_key = cache.get(key) or (key_fn(key) if isinstance(key, str) else key)
                item_kind = type(item)
                if item_kind in _SCALARS or new_key == "metadata":
                    out[new_key] = item
                else:
                    out[new_key] = convert(item)
            return out
        if kind is list or isinstance(value, list):
            return [item if type(item) in _SCALARS else convert(item) for item in value]
        return value

    return convert


#: Recursively snake_case every key of a JSON value, except inside ``metadata`` values.
to_snake: Callable[[Any], Any] = _converter(snake_key, _snake_cache)
#: Recursively camelCase every key of a JSON value, except inside ``metadata`` values.
to_camel: Callable[[Any], Any] = _converter(camel_key, _camel_cache)
