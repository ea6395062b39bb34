"""List endpoints: `take`/`skip`, `orderBy`, the `search` grammar and `{data, count}`.

`search` is read the way the reference server reads it (common/endpoint-features/search.ts):
comma-separated parts, each a condition or conditions joined by ` OR ` / ` AND `; the operator is
the first of `>= <= > < = : ~ !` the condition contains; values become numbers, dates or booleans
unless the field always holds text. The field types come from the spec's response schema. What
the server's database layer refuses (a value outside an enum, `=`, `~` on a number…) answers 500
with the `crash-on-list-queries` quirk, and is ignored without it.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from dataclasses import dataclass
from typing import Any, Generic, TypedDict, TypeVar
from urllib.parse import unquote

from kohortpay._datetime import parse_datetime
from kohortpay_client.facts import ObjectSchema

from ..core.errors import crash
from ..core.store import BIG_BUCKET, Scope, Sort, Store
from ..core.validation import default_validator
from ..core.wire import camel
from .call import Call
from .expand import check_expand, present

OPERATORS = (">=", "<=", ">", "<", "=", ":", "~", "!")
# Fields the server never converts (common/constants/always-string-fields.constants.ts).
ALWAYS_TEXT = frozenset(
    "id addressId createdBy updatedBy firstName lastName organizationId clientReferenceId shippingAddressId "
    "blockedBy customerId paymentGroupShareId paymentClientReferenceId checkoutSessionId paymentGroupId "
    "paymentIntentId phoneNumber emailAddress shareId creatorEmail customerEmail customerLastName "
    "customerFirstName customerPhoneNumber billId".split()
)
R = TypeVar("R")
F = TypeVar("F", bound=str)


class Refused(Exception):
    """A condition the server's database layer refuses (a 500 there)."""


@dataclass(frozen=True)
class Condition:
    field: str
    op: str
    value: Any

    def holds(self, record: Any) -> bool:
        actual, expected = record.get(self.field), self.value
        if self.op == ":":
            return bool(actual == expected)
        if actual is None:
            return False
        if self.op == "!":
            return bool(actual != expected)
        if self.op == "~":
            return str(expected) in str(actual)
        try:
            return bool(
                {">": actual > expected, "<": actual < expected, ">=": actual >= expected, "<=": actual <= expected}[
                    self.op
                ]
            )
        except TypeError:
            return False


@functools.cache
def _field_types(schema_name: str) -> dict[str, Any]:
    """camelCase scalar field → its (resolved) response schema."""
    validator = default_validator()
    schema = validator.resolve({"$ref": f"#/components/schemas/{schema_name}"})
    found = {}
    for name, prop in schema["properties"].items():
        prop = validator.resolve(prop)
        for option in prop.get("anyOf", []):  # an enum or a Metadata, or null
            if "$ref" in option:
                prop = validator.resolve(option)
        found[camel(name)] = prop
    return found


def _convert(field: str, raw: str) -> Any:
    """The server's value conversion: numbers, then dates, then booleans, except for text fields."""
    value = raw.strip().removeprefix('"').removesuffix('"')
    if field in ALWAYS_TEXT:
        return value
    try:
        number = float(value) if value.strip() else 0.0  # JavaScript's Number("") is 0
        if not math.isnan(number):
            return int(number) if number.is_integer() else number
    except ValueError:
        pass
    try:
        return parse_datetime(value if "T" in value else value + "T00:00:00Z")
    except ValueError:
        pass
    return value.lower() == "true" if value.lower() in ("true", "false") else value


def _check(condition: Condition, schema: dict[str, Any]) -> None:
    """What the server's database layer refuses: raise :class:`Refused`."""
    kind = schema.get("type", "string")
    kinds = set(kind) if isinstance(kind, list) else {kind}
    value = condition.value
    if condition.op == "=":
        raise Refused
    if condition.op == "~" and "string" not in kinds:
        raise Refused
    if "enum" in schema and value not in schema["enum"]:
        raise Refused
    if "integer" in kinds and not isinstance(value, int | float):
        raise Refused
    if "boolean" in kinds and not isinstance(value, bool):
        raise Refused
    if schema.get("format") == "date-time" and not isinstance(value, dt.datetime):
        raise Refused
    if kinds == {"string"} or kinds == {"string", "null"}:
        if schema.get("format") != "date-time" and not isinstance(value, str):
            raise Refused


def parse(call: Call[Any], schema: ObjectSchema[Any, Any], search: str | None) -> list[tuple[str, list[Condition]]]:
    """The search as `(joiner, conditions)` parts; unknown fields left out."""
    if not search:
        return []
    text = _decoded(search)  # the server decodes the (already decoded) value a second time
    if text is None:
        if call.quirk("crash-on-list-queries"):
            raise crash("crash-on-list-queries")
        text = search
    types = _field_types(schema.name)
    singles: dict[str, Condition] = {}  # a part with one condition: the last one on a field wins
    parts = []
    for part in text.split(","):
        joiner = " OR " if " OR " in part else " AND "
        raws = part.split(joiner)
        conditions = [c for c in (_condition(call, types, raw) for raw in raws) if c is not None]
        if len(raws) == 1:
            singles.update({c.field: c for c in conditions})
        elif conditions := [
            c for c in conditions if c.value not in ("", 0, False)
        ]:  # the server drops falsy values there
            parts.append((joiner, conditions))
    return [(" AND ", [condition]) for condition in singles.values()] + parts


def _condition(call: Call[Any], types: dict[str, Any], raw: str) -> Condition | None:
    op = next((o for o in OPERATORS if o in raw), None)
    if op is None:
        return None
    pieces = raw.split(op)
    field = camel(pieces[0].strip())
    if field not in types or _is_relation(types[field]):
        return None
    condition = Condition(field, op, _convert(field, pieces[1]))
    try:
        _check(condition, types[field])
    except Refused:
        if call.quirk("crash-on-list-queries"):
            raise crash("crash-on-list-queries") from None
        return None
    return condition


def _is_relation(schema: dict[str, Any]) -> bool:
    """An array or an object (a relation, or `metadata`): not a condition the mock evaluates."""
    return schema.get("type") in ("array", "object") or "properties" in schema


def _decoded(text: str) -> str | None:
    """JavaScript's decodeURIComponent, or None where it throws (a stray `%`, bytes that are not UTF-8)."""
    if re.search(r"%(?![0-9A-Fa-f]{2})", text):
        return None
    try:
        return unquote(text, errors="strict")
    except UnicodeDecodeError:
        return None


def matches(record: Any, parts: list[tuple[str, list[Condition]]]) -> bool:
    for joiner, conditions in parts:
        results = [condition.holds(record) for condition in conditions]
        if not (any(results) if joiner == " OR " else all(results)):
            return False
    return True


class Page(TypedDict, Generic[R]):
    """A list's answer: one page of records, and how many match."""

    data: list[R]
    count: int


def page(call: Call[Any], schema: ObjectSchema[R, F], *, without: F | None = None) -> Page[R]:
    """Filter, sort and slice the key's records of `schema` (leaving out those whose field `without`
    is set: the customers' `deletedAt`) as the server does, each presented with its `expand[]`;
    `count` ignores take/skip. Served as a database would: from the equality index of the most
    selective `field:value` condition, and an ordered index of the sort order (see `matching`)."""
    check_expand(call, schema)  # the server refuses a bad `expand[]` whether or not anything matches
    skip = call.query.get("skip", 0)
    take = call.query.get("take", 25)
    parts = parse(call, schema, call.query.get("search"))
    found, count = matching(call.store, schema, call.scope, parts, sort(schema, call.query.get("orderBy")), without,
                            skip, take)  # fmt: skip
    return {"data": [present(call, schema, r) for r in found], "count": count}


def matching(
    store: Store, schema: ObjectSchema[R, F], scope: Scope, parts: list[tuple[str, list[Condition]]],
    by: Sort, without: F | None, skip: int, take: int,
) -> tuple[list[R], int]:  # fmt: skip
    """Records `skip` to `skip + take` of those that match, in `by`'s order (ties in creation order),
    and how many match. The records come from the smallest equality bucket among the conditions
    (`field:value`, and `without` as `field:null`), else from all of the scope's; a big bucket or the
    whole scope is read from an ordered index, so a page costs what it returns, not what is stored."""
    equalities = [c for joiner, conditions in parts if len(conditions) == 1 for c in conditions if c.op == ":"]
    if without is not None:
        equalities.append(Condition(without, ":", None))
    chosen = min(equalities, key=lambda c: len(store.bucket(schema, scope, c.field, c.value)), default=None)
    rest = [p for p in parts if not (len(p[1]) == 1 and p[1][0] is chosen)]
    if without is not None and (chosen is None or chosen.field != without):
        rest.append((" AND ", [Condition(without, ":", None)]))
    source: dict[str, Any] = (
        store.bucket(schema, scope, chosen.field, chosen.value) if chosen else store.scoped(schema, scope)
    )
    field, descending, key = by
    if len(source) <= BIG_BUCKET:
        found = [r for r in source.values() if matches(r, rest)]
        found.sort(key=lambda r: store.created(schema, r))
        found.sort(key=lambda r: key(r.get(field)), reverse=descending)  # stable: ties stay in creation order
        return found[skip : skip + take], len(found)
    within = (chosen.field, chosen.value) if chosen else None
    ordered = store.sorted(schema, scope, by, within)
    if not rest:
        return ordered.page(skip, take, reverse=descending), len(source)
    found, count = [], 0
    for record in ordered.records(reverse=descending):
        if matches(record, rest):
            if skip <= count < skip + take:
                found.append(record)
            count += 1
    return found, count


def sort(schema: ObjectSchema[Any, Any], order_by: str | None) -> Sort:
    """`<field>:asc|desc` on a scalar field of the resource (by the spec); anything else means
    `createdAt:desc`. With the field's sort key (PostgreSQL's order, enums by their rank)."""
    field, descending = "createdAt", True
    if order_by and order_by.count(":") == 1:
        name, direction = order_by.split(":")
        types = _field_types(schema.name)
        name = camel(name)
        if direction in ("asc", "desc") and name in types and not _is_relation(types[name]):
            field, descending = name, direction == "desc"
    rank = _enum_rank(schema.name, field)
    return field, descending, functools.partial(_sort_key, rank=rank)


@functools.cache
def _enum_rank(schema_name: str, field: str) -> dict[str, int] | None:
    """An enum field's values in its database's order: the spec's `sort-order`, else its `enum`."""
    prop = _field_types(schema_name).get(field, {})
    values = prop.get("x-kohortpay", {}).get("sort-order") or prop.get("enum")
    return {value: index for index, value in enumerate(values)} if values else None


def _sort_key(value: Any, rank: dict[str, int] | None) -> tuple[int, Any]:
    """PostgreSQL's order: null above everything (last ascending, first descending), enums by rank."""
    if value is None:
        return (4, 0)
    if rank is not None:
        return (0, rank.get(value, len(rank)))
    if isinstance(value, bool):
        return (1, int(value))
    if isinstance(value, int | float):
        return (1, value)
    if isinstance(value, dt.datetime):
        return (2, value.timestamp())
    return (3, str(value))
