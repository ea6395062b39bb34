"""The mock's reading of request bodies (integer fields through `Number()`, undeclared fields dropped,
date-times parsed), done from shapes compiled once per schema, gives what walking the spec's
schemas gives: the same values, of the same types, for valid and broken bodies alike."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kohortpay._datetime import parse_datetime
from kohortpay.testing import strategies as kst
from kohortpay.testing.mock.core.javascript import js_number, whole_number
from kohortpay.testing.mock.core.validation import SpecValidator, default_validator
from kohortpay_client import facts

VALIDATOR = default_validator()
OPERATIONS = [op for op in facts.OPERATIONS.values() if op.body is not None]
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=6), st.sampled_from(["12", "0x1f", "1e3"])
)
numberish = st.sampled_from(["12", " 7 ", "0x1f", "1e3", "", 3.0, 2.5, True, False, 2**60])
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=8,
)


def walked_coerce(validator: SpecValidator, value: Any, schema: Any, javascript: bool) -> Any:
    """The generic reading: the spec's schema walked for every value."""
    schema = validator.resolve(schema)
    types = schema.get("type")
    if types == "integer" or (isinstance(types, list) and "integer" in types):
        return js_number(value) if javascript else whole_number(value)
    if isinstance(value, dict) and "properties" in schema:
        props = schema["properties"]
        return {k: walked_coerce(validator, v, props[k], javascript) if k in props else v for k, v in value.items()}
    if isinstance(value, list) and "items" in schema:
        return [walked_coerce(validator, item, schema["items"], javascript) for item in value]
    return value


def walked_prune(validator: SpecValidator, value: Any, schema: Any) -> Any:
    schema = validator.resolve(schema)
    if schema.get("format") == "date-time" and isinstance(value, str):
        return parse_datetime(value)
    if isinstance(value, dict) and "properties" in schema:
        props = schema["properties"]
        return {k: walked_prune(validator, v, props[k]) for k, v in value.items() if k in props}
    if isinstance(value, list) and "items" in schema:
        return [walked_prune(validator, item, schema["items"]) for item in value]
    return value


@st.composite
def bodies(draw: st.DrawFn) -> tuple[Any, dict[str, Any]]:
    """A valid body of some operation, with some fields (at any depth) replaced by any JSON value
    and undeclared fields added."""
    operation = draw(st.sampled_from(OPERATIONS))
    body = draw(kst.request_body(operation.operation_id))

    def broken(value: Any) -> Any:
        if draw(st.integers(0, 2)) == 0:
            return draw(numberish | json_values)
        if isinstance(value, dict):
            extra = draw(st.dictionaries(st.sampled_from(["unknown", "amount", "price"]), json_values, max_size=2))
            return {**{k: broken(v) for k, v in value.items()}, **extra}
        if isinstance(value, list):
            return [broken(item) for item in value]
        return value

    return operation, broken(body)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(bodies(), st.booleans())
def test_compiled_reading_is_the_walked_one(drawn: tuple[Any, dict[str, Any]], javascript: bool) -> None:
    operation, body = drawn
    compiled = VALIDATOR.operations[(operation.http_method, operation.path)]
    schema = compiled.body
    assert schema is not None
    coerced = VALIDATOR.coerce(body, schema, javascript=javascript)
    expected = walked_coerce(VALIDATOR, body, schema, javascript)
    assert repr(coerced) == repr(expected)  # repr: 1 and 1.0 and True differ
    if coerced is body:  # kept as it was: there was nothing to read differently
        assert repr(expected) == repr(body)
    try:
        expected_pruned = walked_prune(VALIDATOR, expected, schema)
    except ValueError:  # a broken date-time: validation refuses it before pruning
        return
    assert repr(VALIDATOR.pruned(compiled, coerced)) == repr(expected_pruned)
