"""New records, shaped by the spec: the facts of a schema say which fields its records hold."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from kohortpay_client.facts import ObjectSchema

R = TypeVar("R")


@functools.cache
def field_set(schema: ObjectSchema[Any, Any]) -> frozenset[str]:
    """A schema's fields, to test membership in one step (`fields` is a tuple, in the spec's order)."""
    return frozenset(schema.fields)


def build(schema: ObjectSchema[R, Any], values: Mapping[str, Any], sent: Mapping[str, Any] = {}) -> R:
    """A new record of `schema`: `values` (its `records.<Schema>Values`, so that a type checker checks
    them), then each required field from `sent` (a validated request body), then null. A field the
    schema does not have, or a required non-nullable one left without a value, is a bug of the mock (a
    500, nothing stored)."""
    unknown = [name for name in values if name not in field_set(schema)]
    if unknown:
        raise TypeError(f"{schema.name} has no field {', '.join(unknown)}")
    record: dict[str, Any] = {}
    for name in schema.fields:
        if name in values:
            record[name] = values[name]
        elif name in schema.required:
            if name in sent:
                record[name] = sent[name]
            elif name in schema.nullable:
                record[name] = None
            else:
                raise TypeError(f"{schema.name}.{name} needs a value")
    return cast(R, record)
