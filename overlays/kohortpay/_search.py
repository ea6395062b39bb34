"""The server's `search` syntax, read the way the server reads it, so that what it would misread is
refused before sending.

The server decodes the whole value once more (a `%` answers 500, or turns `%41` into `A`), splits it
into conditions at each `,`, a condition at ` OR ` (else ` AND `), and takes as the operator the first
of `>= <= > < = : ~ !` that the condition holds *anywhere* — so a value holding `>` or `=` turns
`emailAddress:a=b@example.com` into the field `emailAddress:a`, which it ignores (every row comes
back). The value is what lies between the operator and its next occurrence, trimmed, without a
leading or trailing `"`. `=` itself has no meaning there: the server answers 500.
"""

from __future__ import annotations

from collections.abc import Iterator
from difflib import get_close_matches
from typing import Any

from kohortpay_client.facts import ObjectSchema

from ._casing import camel_key

#: The server's operators, in the order it looks for them in a condition.
OPERATORS = (">=", "<=", ">", "<", "=", ":", "~", "!")


def _conditions(search: str) -> Iterator[str]:
    for condition in search.split(","):
        joiner = " OR " if " OR " in condition else " AND "
        yield from (part.strip() for part in condition.split(joiner)) if joiner in condition else (condition,)


def check(search: str, schema: ObjectSchema[Any, Any]) -> None:
    """A `ValueError` for what the server would misread, naming the reason."""
    if "%" in search:
        raise ValueError(
            f"search {search!r} holds '%': the server decodes it again (a '%' answers 500, '%41' reads as 'A'), "
            "so that value cannot be searched"
        )
    for condition in _conditions(search):
        operator = next((o for o in OPERATORS if o in condition), None)
        if operator is None:
            raise ValueError(
                f"search condition {condition!r} has no operator (one of {' '.join(OPERATORS)}); "
                "',' separates conditions, so no value can hold one"
            )
        field, *values = condition.split(operator)
        field = field.strip()
        held = next((o for o in OPERATORS if o in field), None)
        if held is not None:
            raise ValueError(
                f"in search condition {condition!r} the server takes {operator!r} for the operator (it looks for "
                f"{' '.join(OPERATORS)} in that order, anywhere): a value holding {operator!r} cannot be searched"
            )
        if operator == "=":
            raise ValueError(f"search condition {condition!r}: the server has no '=' operator (500); use ':'")
        if len(values) > 1:
            raise ValueError(
                f"search condition {condition!r}: the server cuts the value at the next {operator!r}, "
                "so that value cannot be searched"
            )
        if camel_key(field) not in schema.fields:
            close = get_close_matches(camel_key(field), schema.fields, n=1)
            hint = f" Did you mean {close[0]!r}?" if close else ""
            known = ", ".join(sorted(schema.fields))
            raise ValueError(f"{schema.name} has no field {field!r}: the server would ignore it.{hint} Known: {known}.")


def searchable(value: str) -> bool:
    """Whether `search=<field>:<value>` finds exactly `value` (a string field) on the server."""
    return (
        bool(value)
        and value == value.strip()
        and not (value.startswith('"') or value.endswith('"'))
        and not any(token in value for token in ("%", ",", " OR ", " AND ", ">", "<", "=", ":"))
    )
