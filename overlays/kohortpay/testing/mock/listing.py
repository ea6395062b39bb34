"""List endpoints: `take`/`skip`, `orderBy`, the `search` grammar and `{data, count}` (reference §5)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import unquote

from .state import Record
from .validation import parse_rfc3339
from .wire import camel

# `field<op>value`; two-character operators first.
_CONDITION = re.compile(r"^(?P<field>[A-Za-z_][A-Za-z0-9_]*)(?P<op>>=|<=|:|~|>|<|!|=)(?P<value>.*)$", re.S)
_STRING_FIELDS = re.compile(r"(id|Id|name|Name|email|Email|phone|Phone|url|Url|token)$")
_NUMBER = re.compile(r"[-+]?\d+(\.\d+)?")


def page(records: Iterable[Record], query: dict[str, Any], present: Callable[[Record], Any]) -> dict[str, Any]:
    """Filter, sort and slice `records` as the server does; `count` ignores take/skip."""
    matching = [r for r in records if matches(r, query.get("search"))]
    field, descending = order(matching, query.get("orderBy"))
    matching.sort(key=lambda r: (_sort_key(r.get(field)), r["_seq"]), reverse=descending)
    skip = query.get("skip", 0)
    take = query.get("take", 25)
    return {"data": [present(r) for r in matching[skip : skip + take]], "count": len(matching)}


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | bool | dt.datetime)


def order(records: list[Record], order_by: str | None) -> tuple[str, bool]:
    """`<field>:asc|desc` on a scalar field of the resource; anything else means `createdAt:desc`."""
    if order_by and order_by.count(":") == 1:
        field, direction = order_by.split(":")
        field = camel(field)
        known = not records or (field in records[0] and _is_scalar(records[0][field]))
        if direction in ("asc", "desc") and known and not field.startswith("_"):
            return field, direction == "desc"
    return "createdAt", True


def _sort_key(value: Any) -> tuple[int, Any]:
    if value is None:
        return (0, 0)
    if isinstance(value, bool):
        return (1, int(value))
    if isinstance(value, int | float):
        return (1, value)
    if isinstance(value, dt.datetime):
        return (2, value.timestamp())
    return (3, str(value))


def matches(record: Record, search: str | None) -> bool:
    """Every comma-separated part holds; a part may join whole conditions with ` OR ` or ` AND `
    (conditions on unknown fields, and unparsable ones, are ignored)."""
    if not search:
        return True
    for part in unquote(search).split(","):
        joiner = " OR " if " OR " in part else " AND "
        results = [r for r in (_condition(record, c) for c in part.split(joiner)) if r is not None]
        if results and not (any(results) if joiner == " OR " else all(results)):
            return False
    return True


def _condition(record: Record, condition: str) -> bool | None:
    """Whether one `field<op>value` condition holds, or None when the server would ignore it."""
    found = _CONDITION.match(condition.strip())
    if not found:
        return None
    field = camel(found["field"])
    if field not in record or field.startswith("_") or not _is_scalar(record[field]):
        return None
    if found["op"] == "=":  # parsed by the server but mapped to nothing
        return None
    return _holds(record[field], found["op"], found["value"], field)


def _holds(actual: Any, op: str, raw: str, field: str) -> bool:
    expected = _convert(raw, field, actual)
    if op == "~":
        return actual is not None and str(raw) in str(actual)  # case-sensitive, like the server
    if op == ":":
        return bool(actual == expected)
    if op == "!":
        return bool(actual != expected)
    left, right = _sort_key(actual), _sort_key(expected)
    if actual is None or left[0] != right[0]:  # only values of the same kind compare
        return False
    return {">": left > right, "<": left < right, ">=": left >= right, "<=": left <= right}[op]


def _convert(raw: str, field: str, actual: Any) -> Any:
    """Values that look like numbers, dates or booleans are compared as such, except id-like fields."""
    if _STRING_FIELDS.search(field) or isinstance(actual, str):
        return raw
    if raw in ("true", "false"):
        return raw == "true"
    if raw == "null":
        return None
    if _NUMBER.fullmatch(raw):
        return float(raw) if "." in raw else int(raw)
    try:
        return parse_rfc3339(raw if "T" in raw else raw + "T00:00:00Z")
    except ValueError:
        return raw
