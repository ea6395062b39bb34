"""What a request may name — relations to ``expand``, fields to ``search`` on — read from the
generated models, so that a name the server would silently ignore is a ``ValueError`` here.

The server inlines nothing for an unknown ``expand[]`` name, drops a ``search`` condition on an
unknown field (returning every row) and sorts by ``createdAt`` for an ``order_by`` it does not know:
all three look like success and are bugs in the caller's code.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from difflib import get_close_matches

import attrs

from kohortpay_client import models

from ._casing import camel_key, snake_key

# The server's search operators, in the order it looks for them in a condition.
_OPERATORS = (">=", "<=", ">", "<", "=", ":", "~", "!")
_MODEL_NAME = re.compile(r"\b[A-Z]\w*")


def _models_in(annotation: object) -> list[type]:
    found = (getattr(models, name, None) for name in _MODEL_NAME.findall(str(annotation)))
    return [m for m in found if isinstance(m, type) and attrs.has(m)]


@functools.cache
def relations(model: type) -> frozenset[str]:
    """The model's fields that hold other API objects (they have an ``id``): what ``expand`` names."""
    return frozenset(
        field.name for field in attrs.fields(model) if any("id" in attrs.fields_dict(m) for m in _models_in(field.type))
    )


@functools.cache
def searchable(model: type) -> frozenset[str]:
    return frozenset(f.name for f in attrs.fields(model) if f.init and f.name not in relations(model))


@functools.cache
def item_model(list_model: type) -> type:
    """``CustomerList`` → ``Customer`` (the type of its ``data``)."""
    return _models_in(attrs.fields_dict(list_model)["data"].type)[0]


def _unknown(kind: str, name: str, model: type, known: frozenset[str]) -> ValueError:
    wire = sorted(camel_key(k) for k in known)
    close = get_close_matches(camel_key(name), wire, n=1)
    hint = f" Did you mean {close[0]!r}?" if close else ""
    return ValueError(
        f"{model.__name__} has no {kind} {name!r}: the server would ignore it.{hint} Known: {', '.join(wire)}."
    )


def expand_names(names: Sequence[str], model: type) -> list[str]:
    """Relation names camelCased (``payment_group.customer`` → ``paymentGroup.customer``), the first
    segment checked against the model (the server checks no more either)."""
    if isinstance(names, str):
        raise TypeError(f"expand takes a list of relation names, e.g. [{names!r}], not a string")
    sent = []
    for name in names:
        first = name.split(".", 1)[0]
        if snake_key(camel_key(first)) not in relations(model):
            raise _unknown("relation", first, model, relations(model))
        sent.append(".".join(camel_key(segment) for segment in name.split(".")))
    return sent


def check_search(search: str, model: type) -> None:
    """Every condition of a ``search`` names a field of the model (``status:OPEN,amount>1000``)."""
    for part in search.split(","):
        for condition in re.split(" OR | AND ", part):
            operator = next((o for o in _OPERATORS if o in condition), None)
            if operator is None:
                raise ValueError(f"search condition {condition!r} has no operator (one of {' '.join(_OPERATORS)})")
            field = condition.split(operator, 1)[0].strip()
            if snake_key(camel_key(field)) not in searchable(model):
                raise _unknown("field", field, model, searchable(model))


def check_order_by(order_by: str, model: type) -> None:
    """``"<field>:asc"`` or ``"<field>:desc"`` on a field of the model."""
    field, _, direction = order_by.partition(":")
    if direction not in ("asc", "desc"):
        raise ValueError(f"order_by is '<field>:asc' or '<field>:desc', not {order_by!r}")
    if snake_key(camel_key(field.strip())) not in searchable(model):
        raise _unknown("field", field, model, searchable(model))
