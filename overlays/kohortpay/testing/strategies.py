"""Hypothesis strategies for KohortPay requests and objects, derived from the shipped openapi.yaml.

::

    from kohortpay.testing import strategies as kst

    @given(body=kst.create_checkout_session())           # a JSON body, camelCase, as shops send it
    def test_checkout(kohortpay_client, body): ...

    kst.request_body("createOrder", paymentGroupShareId="KHT-test-BE125F06")
    kst.create_order(as_kwargs=True)                     # keyword arguments for client.orders.create
    kst.model(CreateCustomerParams)                      # typed: SearchStrategy[CreateCustomerParams]
    kst.model(PaymentGroup)                              # an object as the server sends it, parsed
    kst.response_object("PaymentGroup")                  # its body (snake_case)

Values are drawn by schemathesis from the spec's JSON Schemas, so every one validates against its
schema (ids and share codes follow their `pattern`, the line-item sign and quantity rules hold). A
thin realism layer, read from the spec too, narrows what the schema leaves open: a field that
references another object (`x-kohortpay` `references`) holds a well-formed value of that object's
field, e-mails look like e-mails, a field with `examples` takes one of them, the fields the server
keeps unique hold fresh references, and integers (cents) stay of a plausible size. Optional fields
that only pass against the server's clock or state — `from-now` dates, references to other objects,
fields the server ignores — are left out of request bodies unless you pass them; a body that needs
one of several groups of fields (a purchase's buyer: `customerId`, or an e-mail and both names)
gets the first group that references nothing. Ids of other objects (`customerId`, `orderId`…) are
well-formed but point nowhere: pass real ones.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
from collections.abc import Callable, Mapping
from typing import Any, Literal, TypeVar, cast, overload

from kohortpay_client import facts
from kohortpay_client.testing import *  # noqa: F403  (one shortcut per operation with a body, generated)
from kohortpay_client.testing import __all__ as _shortcuts

from . import missing_extra

try:
    import schemathesis
    from hypothesis import strategies as st
    from jsonschema import Draft202012Validator
    from schemathesis import GenerationMode
except ModuleNotFoundError as exc:  # installed with kohortpay[contract]
    raise missing_extra(exc, "contract") from exc

from .mock.core.validation import default_validator, load_spec
from .mock.core.wire import snake

Strings = st.SearchStrategy[str]

# Largest integer drawn, in magnitude (cents: 10 000 €): the schemas allow any integer, shops do not.
MAX_CENTS = 1_000_000


def hex_ids(prefix: str) -> Strings:
    """`<prefix>_` followed by 14 lowercase hex characters, like the server's ids."""
    return st.integers(0, 16**14 - 1).map(lambda n: f"{prefix}_{n:014x}")


def emails() -> Strings:
    return st.builds(
        "{}.{:06x}@{}".format,
        st.sampled_from(["jane", "john", "camille", "lea", "hugo", "amir", "zoe"]),
        st.integers(0, 16**6 - 1),
        st.sampled_from(["example.com", "example.org", "example.net"]),
    )


def timestamps() -> Strings:
    """Date-times as the server writes them (UTC, milliseconds, `Z`), between 2000 and 2100: the schema
    allows year 1 with an offset, which no server sends and Python cannot even move to UTC."""
    moments = st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2100, 1, 1), timezones=st.just(dt.UTC))
    return moments.map(lambda m: m.isoformat(timespec="milliseconds").replace("+00:00", "Z"))


def references() -> Strings:
    return st.uuids().map(lambda u: f"ref-{u.hex[:16]}")


def share_codes(livemode: bool = False) -> Strings:
    prefix = "KHT-" if livemode else "KHT-test-"
    return st.integers(0, 16**8 - 1).map(lambda n: f"{prefix}{n:08X}")


# ----------------------------------------------------------------- schemas
def _resolve(schema: Any) -> Any:
    return default_validator().resolve(schema)


def _types(schema: Mapping[str, Any]) -> list[str]:
    kind = schema.get("type", [])
    return [kind] if isinstance(kind, str) else list(kind)


@functools.cache
def _spec() -> dict[str, Any]:
    """The spec with integers narrowed to plausible values (still valid: only ranges shrink): within
    ±`MAX_CENTS`, and within the range of their `examples` when they have some."""
    spec = copy.deepcopy(load_spec())
    for schema in spec["components"]["schemas"].values():
        for prop in schema.get("properties", {}).values():
            if isinstance(prop, dict) and "integer" in _types(prop):
                low, high = -MAX_CENTS, MAX_CENTS
                if prop.get("examples"):
                    low, high = min(prop["examples"]), max(prop["examples"])
                prop["minimum"] = max(prop.get("minimum", low), low)
                prop["maximum"] = min(prop.get("maximum", high), high)
    return spec


@functools.cache
def _operations() -> dict[str, Any]:
    """operationId → schemathesis operation, for the operations that take a JSON body."""
    loaded = schemathesis.openapi.from_dict(_spec())
    with_body = {op.operation_id for op in facts.OPERATIONS.values() if op.body is not None}
    found = {}
    for result in loaded.get_all_operations():
        operation = result.ok()  # type: ignore[union-attr]  # our spec loads without errors
        if operation.definition.raw["operationId"] in with_body:
            found[operation.definition.raw["operationId"]] = operation
    return found


@functools.cache
def _objects() -> Any:
    """A synthetic spec with one operation per object schema, to draw response objects."""
    spec = copy.deepcopy(_spec())
    schemas = spec["components"]["schemas"]
    for name, schema in facts.SCHEMAS.items():
        for relation in schema.relations.values():  # inlined only with expand[]: `false`, must be absent
            holder = schemas[name]["properties"]
            holder[next(key for key in holder if snake(key) == snake(relation.name))] = False
    paths = {
        f"/{name}": {
            "post": {
                "operationId": name,
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}},
                },
                "responses": {"200": {"description": "drawn"}},
            }
        }
        for name in facts.SCHEMAS
    }
    document = {"openapi": "3.1.0", "info": {"title": "objects", "version": "1"}, "paths": paths}
    return schemathesis.openapi.from_dict({**document, "components": spec["components"]})


@functools.cache
def validator(schema_name: str) -> Draft202012Validator:
    """A validator for a component schema of the (unmodified) spec."""
    schema = {"$ref": f"#/components/schemas/{schema_name}", "components": load_spec()["components"]}
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _schema_ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


# ------------------------------------------------------------------ realism
def _referenced(target: tuple[str, str]) -> Strings:
    """A well-formed value of another object's field: what its `pattern` allows."""
    schema, field = target
    pattern = facts.SCHEMAS[schema].patterns.get(field)
    return st.from_regex(pattern, fullmatch=True) if pattern else st.text(min_size=1)


def _object_name(schema: Any) -> str | None:
    """The object schema a node refers to: itself, or the object branch of its `anyOf`/`oneOf`."""
    if not isinstance(schema, dict):
        return None
    if "$ref" in schema:
        name = str(schema["$ref"].rsplit("/", 1)[-1])
        return name if name in facts.SCHEMAS else None
    return next(filter(None, (_object_name(b) for b in (*schema.get("anyOf", ()), *schema.get("oneOf", ())))), None)


def _realistic(draw: st.DrawFn, value: Any, schema: Any) -> Any:
    """Swap what the schema leaves open for realistic values of the same kind (recursively). Text
    never holds NUL, which the server's database refuses outside `metadata` (a 500)."""
    if isinstance(value, str):
        return value.replace("\x00", "0")
    if isinstance(value, list):
        items: Any = next((b.get("items") for b in _branches(schema) if isinstance(b.get("items"), dict)), {})
        return [_realistic(draw, item, items) for item in value]
    name = _object_name(schema)
    if not isinstance(value, dict) or name is None:
        return value
    properties = _resolve(_schema_ref(name)).get("properties", {})
    references = {snake(field): target for field, target in facts.SCHEMAS[name].references.items()}
    result = {}
    for key, item in value.items():
        prop = _resolve(properties.get(key, {}))
        target = references.get(snake(key))
        if key == "metadata" or item is None or not isinstance(prop, dict):
            result[key] = item
        elif target is not None and isinstance(item, str):
            result[key] = draw(_referenced(target))
        elif prop.get("format") == "email" and isinstance(item, str):
            result[key] = draw(emails())
        elif prop.get("format") == "date-time" and isinstance(item, str):
            result[key] = draw(timestamps())
        elif prop.get("examples") and isinstance(item, str):
            result[key] = draw(st.sampled_from(prop["examples"]))
        else:
            result[key] = _realistic(draw, item, prop)
    return result


def _branches(schema: Any) -> list[dict[str, Any]]:
    schema = _resolve(schema)
    return [schema, *(_resolve(b) for b in (*schema.get("anyOf", ()), *schema.get("oneOf", ())))]


def _whole(value: Any, schema: Any) -> Any:
    """Integer cents as `int`: JSON Schema counts `54303.0` as an integer, and the generator draws it."""
    branches = _branches(schema)
    if isinstance(value, float) and value.is_integer() and any("integer" in _types(b) for b in branches):
        return int(value)
    if isinstance(value, dict):
        props = {k: p for b in branches for k, p in b.get("properties", {}).items()}
        return {k: v if k == "metadata" or k not in props else _whole(v, props[k]) for k, v in value.items()}
    if isinstance(value, list):
        items = next((b["items"] for b in branches if isinstance(b.get("items"), dict)), None)
        return value if items is None else [_whole(item, items) for item in value]
    return value


def _declared(value: Any, schema: Any) -> Any:
    """Only the properties the schema declares (the contents of `metadata` are free-form)."""
    schema = _resolve(schema)
    if isinstance(value, dict) and "properties" in schema:
        props = schema["properties"]
        return {k: v if k == "metadata" else _declared(v, props[k]) for k, v in value.items() if k in props}
    if isinstance(value, list) and "items" in schema:
        return [_declared(item, schema["items"]) for item in value]
    return value


def _field_value(prop: Mapping[str, Any]) -> st.SearchStrategy[Any]:
    """A value for a field the body needs and the draw left out."""
    if prop.get("examples"):
        return st.sampled_from(prop["examples"])
    if prop.get("format") == "email":
        return emails()
    return st.text(min_size=max(int(prop.get("minLength", 1)), 1))


@st.composite
def _request(draw: st.DrawFn, operation_id: str, overrides: dict[str, Any]) -> dict[str, Any]:
    op = facts.OPERATIONS[operation_id]
    shape = op.body
    assert shape is not None
    case = draw(_operations()[operation_id].as_strategy(generation_mode=GenerationMode.POSITIVE))
    drawn = case.body if isinstance(case.body, dict) else {}  # an optional body may be absent
    schema = _schema_ref(shape.name)
    body = dict(_declared(drawn, schema))
    # The group of fields a body that needs one gets: the first that references no other object.
    chosen: tuple[str, ...] = ()
    if shape.alternatives:
        chosen = next((a for a in shape.alternatives if not set(a) & set(shape.references)), shape.alternatives[0])
    left_out = set(shape.ignored) | set(shape.from_now) | (set(shape.references) - shape.required)
    left_out |= {name for alternative in shape.alternatives for name in alternative} - shape.required
    for name in left_out - set(chosen) - set(overrides):
        body.pop(name, None)
    properties = _resolve(schema)["properties"]
    for name in chosen:
        if name not in body and name not in overrides:
            body[name] = draw(_field_value(_resolve(properties[name])))
    body = dict(_whole(_realistic(draw, body, schema), schema))
    for key in set(op.unique_keys) - set(shape.references):  # fresh values: a duplicate is another test's business
        if isinstance(body.get(key), str) and _resolve(properties[key]).get("format") != "email":
            body[key] = draw(references())
    for key, value in overrides.items():
        body[key] = draw(value) if isinstance(value, st.SearchStrategy) else value
    validator(shape.name).validate(body)  # valid by construction, or a bug here
    return body


@st.composite
def _object(draw: st.DrawFn, schema_name: str) -> dict[str, Any]:
    case = draw(_objects()[f"/{schema_name}"]["POST"].as_strategy(generation_mode=GenerationMode.POSITIVE))
    schema = _schema_ref(schema_name)
    body = dict(_whole(_realistic(draw, case.body, schema), schema))
    validator(schema_name).validate(body)
    return body


# ------------------------------------------------------------------- public
Bodies = st.SearchStrategy[dict[str, Any]]
ModelT = TypeVar("ModelT")


@overload
def request_body(
    operation_id: str, *, as_model: Literal[False] = False, as_kwargs: bool = False, **overrides: Any
) -> Bodies: ...
@overload
def request_body(operation_id: str, *, as_model: Literal[True], **overrides: Any) -> st.SearchStrategy[Any]: ...
def request_body(
    operation_id: str, *, as_model: bool = False, as_kwargs: bool = False, **overrides: Any
) -> st.SearchStrategy[Any]:
    """Valid JSON bodies (camelCase) for an operation, e.g. `request_body("createCheckoutSession")`.

    `overrides` fix fields (camelCase names) to a value or a strategy, for instance
    `paymentGroupShareId=code` or `expiresAt=st.just(...)`. With `as_kwargs=True` the strategy yields
    keyword arguments for the client (`client.checkout_sessions.create(**kwargs)`); with
    `as_model=True`, the generated request model (typed: prefer `model(CreateCheckoutSessionParams)`).
    """
    op = facts.OPERATIONS.get(operation_id)
    if op is None or op.body is None:
        known = ", ".join(operations_with_body())
        raise ValueError(f"{operation_id!r} is not an operation with a JSON body; one of: {known}")
    strategy = _request(operation_id, overrides)
    if as_model:
        return strategy.map(_model_of(op.body.name))
    if as_kwargs:
        return strategy.map(lambda body: {snake(key): value for key, value in body.items()})
    return strategy


@overload
def response_object(schema_name: str, *, as_model: Literal[False] = False) -> Bodies: ...
@overload
def response_object(schema_name: str, *, as_model: Literal[True]) -> st.SearchStrategy[Any]: ...
def response_object(schema_name: str, *, as_model: bool = False) -> st.SearchStrategy[Any]:
    """Objects as the server sends them (snake_case), e.g. `response_object("Customer")`.

    Webhook payload schemas (camelCase) work too: `response_object("PaymentIntentEvent")`.
    """
    if schema_name not in facts.SCHEMAS:
        raise ValueError(f"{schema_name!r} is not an object schema of the spec")
    strategy = _object(schema_name)
    return strategy.map(_model_of(schema_name)) if as_model else strategy


def model(model_class: type[ModelT], **overrides: Any) -> st.SearchStrategy[ModelT]:
    """Instances of a generated model, typed: `model(Customer)` (an object as the server sends it) or
    `model(CreateOrderParams, amount=5000)` (a valid request; `overrides` as for `request_body`)."""
    name = model_class.__name__
    operation_id = next((op for op in operations_with_body() if _body_of(op) == name), None)
    if operation_id is not None:
        return cast(st.SearchStrategy[ModelT], request_body(operation_id, as_model=True, **overrides))
    if overrides:
        raise TypeError(f"{name} is not a request body: it takes no overrides")
    return cast(st.SearchStrategy[ModelT], response_object(name, as_model=True))


def _body_of(operation_id: str) -> str | None:
    body = facts.OPERATIONS[operation_id].body
    return body.name if body else None


def _model_of(schema_name: str) -> Callable[[dict[str, Any]], Any]:
    from kohortpay_client import models

    generated = getattr(models, schema_name)
    return lambda body: generated.from_dict(body)


def operations_with_body() -> list[str]:
    """The operationIds that `request_body` accepts (each also has a shortcut, e.g. `create_order()`)."""
    return sorted(op.operation_id for op in facts.OPERATIONS.values() if op.body is not None)


__all__ = [
    "MAX_CENTS",
    "emails",
    "hex_ids",
    "model",
    "operations_with_body",
    "references",
    "request_body",
    "response_object",
    "share_codes",
    "timestamps",
    "validator",
    *_shortcuts,
]
