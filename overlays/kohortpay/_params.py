"""What the generated resource methods do with their arguments before building a request.

Keywords take friendly types (a `str` for an enum, a plain mapping for a model, dicts for line items),
converted here into the generated models, with a `TypeError` naming the closest field for a misspelt
key. `expand`, `search` and `order_by` are checked against the listed object's facts, because the
server silently ignores what it does not know: every row, in the default order, without the relation —
all of which look like success and are bugs in the caller's code.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from difflib import get_close_matches
from enum import Enum
from typing import Any, Protocol, TypeVar, cast, overload

import attrs

from kohortpay_client.facts import SCHEMAS, ObjectSchema
from kohortpay_client.types import Unset

from . import _search
from ._casing import camel_key, to_camel

E = TypeVar("E", bound=Enum)
M = TypeVar("M")


class _Model(Protocol):
    """A generated model (the converters take it, or a mapping of its fields)."""

    def to_dict(self) -> dict[str, Any]: ...


def path(value: str, name: str) -> str:
    """A path parameter must not be empty: `/customers/` would be another endpoint."""
    if not isinstance(value, str) or not value:
        raise ValueError(f"Expected a non-empty string for `{name}`, got {value!r}")
    return value


@overload
def enum(cls: type[E], value: Unset) -> Unset: ...
@overload
def enum(cls: type[E], value: None) -> None: ...
@overload
def enum(cls: type[E], value: E | str) -> E: ...
def enum(cls: type[E], value: object) -> object:
    """An enum member from itself or its value (the generated enums are open: any string parses)."""
    return value if value is None or isinstance(value, Unset | cls) else cls(value)


@overload
def integer(value: Unset, where: str) -> Unset: ...
@overload
def integer(value: None, where: str) -> None: ...
@overload
def integer(value: int, where: str) -> int: ...
def integer(value: object, where: str) -> object:
    """An integer field (cents, counts) takes an `int`: `True` would be sent as `true` (read as 1
    cent), `2.7` truncated to 2 and `"100"` refused by the server — a `TypeError` here instead."""
    if value is None or isinstance(value, Unset) or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    raise TypeError(f"{where} takes an int (whole cents for an amount), not {type(value).__name__} {value!r}")


@functools.cache
def _wire_fields(model: type) -> tuple[str, ...]:
    return tuple(camel_key(f.name.removesuffix("_")) for f in attrs.fields(cast(Any, model)) if f.init)


@overload
def model(cls: type[M], value: Unset, where: str) -> Unset: ...
@overload
def model(cls: type[M], value: None, where: str) -> None: ...
@overload
def model(cls: type[M], value: _Model | Mapping[str, Any], where: str) -> M: ...
def model(cls: type[M], value: object, where: str) -> object:
    """A generated model from itself or a mapping (either casing). A model of declared fields refuses a
    missing or misspelt one here, with a `TypeError`, rather than sending an empty field; a map model
    (`Metadata`) takes any keys."""
    if value is None or isinstance(value, Unset | cls):
        return value
    given = dict(cast(Mapping[str, Any], value))
    fields = _wire_fields(cast(type, cls))
    if fields:
        given = to_camel(given)
        unknown = [key for key in given if key not in fields]
        if unknown:
            close = get_close_matches(unknown[0], fields, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise TypeError(f"{where} has no field {unknown[0]!r}{hint}; its fields: {', '.join(fields)}")
        schema = SCHEMAS.get(cast(type, cls).__name__)
        for field in sorted(schema.integers if schema else ()):
            if field in given:
                integer(given[field], f"{where}.{field}")
    try:
        return cast(Any, cls).from_dict(given)
    except KeyError as missing:
        raise TypeError(f"{where} needs {missing.args[0]!r}") from None


@overload
def models(cls: type[M], value: Unset, where: str) -> Unset: ...
@overload
def models(cls: type[M], value: Sequence[_Model | Mapping[str, Any]], where: str) -> list[M]: ...
def models(cls: type[M], value: object, where: str) -> object:
    """A list of generated models, each from itself or a mapping (see :func:`model`)."""
    if isinstance(value, Unset):
        return value
    return [model(cls, item, f"{where}[{n}]") for n, item in enumerate(cast(Sequence[Any], value))]


def _given(value: object) -> bool:
    return value not in (None, "") and not isinstance(value, Unset)


def require_any(*alternatives: Mapping[str, object]) -> None:
    """At least one group of keywords must be given whole (the body's `anyOf` of `required`)."""
    if any(all(_given(v) for v in group.values()) for group in alternatives):
        return
    described = [
        ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
        for names in (list(group) for group in alternatives)
    ]
    raise ValueError(f"Pass {', or '.join(described)}: the server refuses (or fails on) anything else.")


def _unknown(kind: str, name: str, schema: ObjectSchema[Any, Any], known: Sequence[str]) -> ValueError:
    close = get_close_matches(camel_key(name), known, n=1)
    hint = f" Did you mean {close[0]!r}?" if close else ""
    return ValueError(
        f"{schema.name} has no {kind} {name!r}: the server would ignore it.{hint} Known: {', '.join(known)}."
    )


def expand(value: Sequence[str] | Unset, schema: ObjectSchema[Any, Any]) -> list[str] | Unset:
    """Relation names, camelCased for the server (`payment_group.customer` → `paymentGroup.customer`),
    the first segment checked against the object's relations (the server checks no more either)."""
    if isinstance(value, Unset):
        return value
    if isinstance(value, str):
        raise TypeError(f"expand takes a list of relation names, e.g. [{value!r}], not a string")
    sent = []
    for name in value:
        segments = [camel_key(segment) for segment in name.split(".")]
        if segments[0] not in schema.relations:
            raise _unknown("relation", name.split(".", 1)[0], schema, sorted(schema.relations))
        sent.append(".".join(segments))
    return sent


def search(value: str | Unset, schema: ObjectSchema[Any, Any]) -> str | Unset:
    """Every condition of a `search` names a field of the object (`status:OPEN,amount>1000`), and
    reads on the server as written (see :mod:`kohortpay._search`)."""
    if not isinstance(value, Unset):
        _search.check(value, schema)
    return value


def order_by(value: str | Unset, schema: ObjectSchema[Any, Any]) -> str | Unset:
    """`"<field>:asc"` or `"<field>:desc"` on a field of the object."""
    if isinstance(value, Unset):
        return value
    field, _, direction = value.partition(":")
    if direction not in ("asc", "desc"):
        raise ValueError(f"order_by is '<field>:asc' or '<field>:desc', not {value!r}")
    if camel_key(field.strip()) not in schema.fields:
        raise _unknown("field", field, schema, sorted(schema.fields))
    return value
