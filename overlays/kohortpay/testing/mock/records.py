"""New records, shaped by the spec: a kind's response schema says which fields its records hold."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kohortpay._casing import camel_key

from .state import Record
from .validation import default_validator

#: The spec's schema of each kind the mock stores.
SCHEMAS = {
    "customer": "Customer",
    "order": "Order",
    "payment_intent": "PaymentIntent",
    "checkout_session": "CheckoutSession",
    "group": "PaymentGroup",
    "line_item": "LineItem",
}


@dataclass(frozen=True)
class Shape:
    fields: tuple[str, ...]  # every property (camelCase), in the spec's order
    required: tuple[str, ...]  # what every answer holds
    nullable: frozenset[str]


@functools.cache
def shape(kind: str) -> Shape:
    validator = default_validator()
    schema = validator.resolve({"$ref": f"#/components/schemas/{SCHEMAS[kind]}"})
    properties = schema["properties"]
    return Shape(
        tuple(camel_key(name) for name in properties),
        tuple(camel_key(name) for name in schema.get("required", ())),
        frozenset(camel_key(name) for name, prop in properties.items() if _nullable(validator.resolve(prop))),
    )


def _nullable(schema: Mapping[str, Any]) -> bool:
    kinds = schema.get("type")
    if kinds == "null" or (isinstance(kinds, list) and "null" in kinds):
        return True
    validator = default_validator()
    return any(_nullable(validator.resolve(s)) for s in (*schema.get("anyOf", ()), *schema.get("oneOf", ())))


def build(kind: str, sent: Mapping[str, Any] = {}, /, **values: Any) -> Record:
    """A new `kind` record: `values`, then each required field from `sent` (a validated request body),
    then null. Keys starting with `_` are the mock's bookkeeping. A field the schema does not have, or a
    required non-nullable one left without a value, is a bug of the mock (a 500, nothing stored)."""
    form = shape(kind)
    unknown = [name for name in values if name not in form.fields and not name.startswith("_")]
    if unknown:
        raise TypeError(f"{SCHEMAS[kind]} has no field {', '.join(unknown)}")
    record: Record = {}
    for name in form.fields:
        if name in values:
            record[name] = values[name]
        elif name in form.required:
            if name in sent:
                record[name] = sent[name]
            elif name in form.nullable:
                record[name] = None
            else:
                raise TypeError(f"{SCHEMAS[kind]}.{name} needs a value")
    return record | {name: value for name, value in values.items() if name.startswith("_")}
