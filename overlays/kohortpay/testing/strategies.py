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
schema (the line-item sign and quantity rules included). A thin realism layer then narrows what
the schema leaves open: ids carry their prefix (`cus_…`), e-mails look like e-mails, references are
unique, and amounts are integer cents of a plausible size. Optional fields whose validity depends
on the server's clock or state (`expiresAt`, `midExpireAt`, `deletedAt`, `paymentGroupShareId`) are
left out of request bodies unless you pass them, and orders and checkout sessions name their buyer
by e-mail and both names, as the server needs. Ids of other objects (`customerId`, `orderId`…) are
well-formed but point nowhere: pass real ones.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable, Mapping
from typing import Any, Literal, TypeVar, cast, overload

from . import missing_extra

try:
    import schemathesis
    from hypothesis import strategies as st
    from jsonschema import Draft202012Validator
    from schemathesis import GenerationMode
except ModuleNotFoundError as exc:  # installed with kohortpay[testing]
    raise missing_extra(exc) from exc

from .mock.validation import default_validator, load_spec
from .mock.wire import snake

Strings = st.SearchStrategy[str]

# Largest amount drawn, in cents (10 000 €): the schema allows any integer, shops do not.
MAX_CENTS = 1_000_000
# Optional request fields left out unless given: they only pass against a given clock or state.
STATEFUL_REQUEST_FIELDS = frozenset({"expiresAt", "midExpireAt", "deletedAt", "paymentGroupShareId"})
ID_PREFIXES = {
    "customerId": "cus", "customer_id": "cus", "orderId": "ord", "order_id": "ord",
    "paymentIntentId": "pi", "payment_intent_id": "pi", "checkoutSessionId": "cs",
    "checkout_session_id": "cs", "paymentGroupId": "pg", "payment_group_id": "pg",
    "organizationId": "org", "organization_id": "org", "ambassadorId": "amb", "ambassador_id": "amb",
    "paymentGroupSettingsId": "pgset", "payment_group_settings_id": "pgset",
}  # fmt: skip
# The prefix of each response object's own `id`.
OBJECT_PREFIXES = {
    "Customer": "cus", "PaymentGroup": "pg", "PaymentIntent": "pi", "Order": "ord",
    "CheckoutSession": "cs", "LineItem": "li", "PaymentGroupSettings": "pgset", "DiscountLevel": "dlev",
    "Organization": "org", "WebhookPaymentIntent": "pi", "WebhookPaymentGroup": "pg",
    "WebhookPaymentGroupSucceeded": "pg", "WebhookOrder": "ord",
}  # fmt: skip
EMAIL_FIELDS = frozenset({"emailAddress", "customerEmail", "creatorEmail", "email_address", "customer_email",
                          "creator_email"})  # fmt: skip
REFERENCE_FIELDS = frozenset({"clientReferenceId", "paymentClientReferenceId"})
# Operations whose buyer is named by `customerId` (which must exist) or by e-mail and both names.
PURCHASES = frozenset({"createOrder", "createCheckoutSession"})
CENTS_FIELDS = frozenset({"amount", "amountTotal", "price", "amount_total", "amount_captured", "amount_cashback",
                          "application_fee_amount", "min_purchase_value", "amountCaptured", "amountCashback",
                          "applicationFeeAmount", "minPurchaseValue"})  # fmt: skip


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


def first_names() -> Strings:
    return st.sampled_from(["Jane", "John", "Camille", "Léa", "Hugo", "Amir", "Zoé"])


def last_names() -> Strings:
    return st.sampled_from(["Doe", "Martin", "Bernard", "Dubois", "Nguyen", "O'Brien"])


def references() -> Strings:
    return st.uuids().map(lambda u: f"ref-{u.hex[:16]}")


def share_codes(livemode: bool = False) -> Strings:
    prefix = "KHT-" if livemode else "KHT-test-"
    return st.integers(0, 16**8 - 1).map(lambda n: f"{prefix}{n:08X}")


# ----------------------------------------------------------------- schemas
@functools.cache
def _spec() -> dict[str, Any]:
    spec = copy.deepcopy(load_spec())
    _tighten(spec["components"]["schemas"])
    return spec


def _tighten(schemas: dict[str, Any]) -> None:
    """Narrow money to plausible integer cents (still valid: only the range shrinks)."""
    for schema in schemas.values():
        for name, prop in schema.get("properties", {}).items():
            if name in CENTS_FIELDS and "integer" in _types(prop):
                low = prop.get("minimum", -MAX_CENTS if name == "price" else 0)
                prop["minimum"] = max(low, -MAX_CENTS)
                prop["maximum"] = min(prop.get("maximum", MAX_CENTS), MAX_CENTS)
            if name == "quantity" and "integer" in _types(prop):
                prop.update(minimum=1, maximum=20)


def _types(schema: Mapping[str, Any]) -> list[str]:
    kind = schema.get("type", [])
    return [kind] if isinstance(kind, str) else list(kind)


@functools.cache
def _operations() -> dict[str, Any]:
    """operationId → schemathesis operation, for the operations that take a JSON body."""
    loaded = schemathesis.openapi.from_dict(_spec())
    found = {}
    for result in loaded.get_all_operations():
        operation = result.ok()  # type: ignore[union-attr]  # our spec loads without errors
        if operation.definition.raw.get("requestBody"):
            found[operation.definition.raw["operationId"]] = operation
    return found


# Relations the server inlines only with `expand[]`: response objects are drawn without them.
EXPANDED_RELATIONS = {
    "PaymentGroup": ("orders", "payment_intents", "customer", "organization", "payment_group_settings"),
    "PaymentIntent": ("payment_group", "customer", "checkout_session", "organization"),
    "Order": ("payment_group", "customer", "organization"),
    "Customer": ("checkout_sessions", "organization"),
    "CheckoutSession": ("line_items", "payment_intent", "payment_group", "customer", "organization"),
    "PaymentGroupSettings": ("discount_levels",),
}


@functools.cache
def _objects() -> Any:
    """A synthetic spec with one operation per component schema, to draw response objects."""
    spec = copy.deepcopy(_spec())
    for name, relations in EXPANDED_RELATIONS.items():
        for relation in relations:  # `false`: must be absent (deleting it would allow any value)
            spec["components"]["schemas"][name]["properties"][relation] = False
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
        for name, schema in spec["components"]["schemas"].items()
        if schema.get("type") == "object"
    }
    document = {"openapi": "3.1.0", "info": {"title": "objects", "version": "1"}, "paths": paths}
    return schemathesis.openapi.from_dict({**document, "components": spec["components"]})


@functools.cache
def validator(schema_name: str) -> Draft202012Validator:
    """A validator for a component schema of the (unmodified) spec."""
    schema = {"$ref": f"#/components/schemas/{schema_name}", "components": load_spec()["components"]}
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _body_schema_name(operation_id: str) -> str:
    body = _operations()[operation_id].definition.raw["requestBody"]
    if "$ref" in body:  # a shared request body
        body = _spec()["components"]["requestBodies"][body["$ref"].rsplit("/", 1)[-1]]
    return str(body["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1])


# ------------------------------------------------------------------ realism
def _realistic(draw: st.DrawFn, value: Any, schema_name: str | None) -> Any:
    """Swap what the schema leaves open for realistic values of the same type (recursively)."""
    if isinstance(value, list):
        return [_realistic(draw, item, None) for item in value]
    if not isinstance(value, dict):
        return value
    result = {}
    for key, item in value.items():
        if key == "metadata" or item is None:
            result[key] = item
        elif key in EMAIL_FIELDS:
            result[key] = draw(emails())
        elif key in REFERENCE_FIELDS:
            result[key] = draw(references())
        elif key in ID_PREFIXES and isinstance(item, str):
            result[key] = draw(hex_ids(ID_PREFIXES[key]))
        elif key == "id" and schema_name in OBJECT_PREFIXES:
            result[key] = draw(hex_ids(OBJECT_PREFIXES[schema_name]))
        elif key in ("share_id", "shareId") and schema_name not in ("CheckoutSession",):
            result[key] = draw(share_codes())
        else:
            result[key] = _realistic(draw, item, None)
    return result


def _whole(value: Any, schema: Mapping[str, Any]) -> Any:
    """Integer cents as `int`: JSON Schema counts `54303.0` as an integer, and the generator draws it."""
    resolve = default_validator().resolve
    branches = [resolve(schema)]
    branches += [resolve(b) for b in (*branches[0].get("anyOf", ()), *branches[0].get("oneOf", ()))]
    if isinstance(value, float) and value.is_integer() and any("integer" in _types(b) for b in branches):
        return int(value)
    if isinstance(value, dict):
        props = {k: p for b in branches for k, p in b.get("properties", {}).items()}
        return {k: v if k == "metadata" or k not in props else _whole(v, props[k]) for k, v in value.items()}
    if isinstance(value, list):
        items = next((b["items"] for b in branches if isinstance(b.get("items"), dict)), None)
        return value if items is None else [_whole(item, items) for item in value]
    return value


def _declared(value: Any, schema: Mapping[str, Any]) -> Any:
    """Only the properties the schema declares (the contents of `metadata` are free-form)."""
    schema = default_validator().resolve(schema)
    if isinstance(value, dict) and "properties" in schema:
        props = schema["properties"]
        return {k: v if k == "metadata" else _declared(v, props[k]) for k, v in value.items() if k in props}
    if isinstance(value, list) and "items" in schema:
        return [_declared(item, schema["items"]) for item in value]
    return value


@st.composite
def _request(draw: st.DrawFn, operation_id: str, overrides: dict[str, Any]) -> dict[str, Any]:
    case = draw(_operations()[operation_id].as_strategy(generation_mode=GenerationMode.POSITIVE))
    drawn = case.body if isinstance(case.body, dict) else {}  # an optional body may be absent
    schema = {"$ref": f"#/components/schemas/{_body_schema_name(operation_id)}"}
    body = {k: v for k, v in _declared(drawn, schema).items() if k not in STATEFUL_REQUEST_FIELDS}
    if operation_id in PURCHASES and "customerId" not in overrides:
        body.pop("customerId", None)  # shops name the buyer by e-mail; an id must exist
        body["customerEmail"] = ""  # replaced by a realistic address below
        body["customerFirstName"] = draw(first_names())
        body["customerLastName"] = draw(last_names())
    body = dict(_whole(_realistic(draw, body, None), schema))
    for key, value in overrides.items():
        body[key] = draw(value) if isinstance(value, st.SearchStrategy) else value
    validator(_body_schema_name(operation_id)).validate(body)  # valid by construction, or a bug here
    return body


@st.composite
def _object(draw: st.DrawFn, schema_name: str) -> dict[str, Any]:
    case = draw(_objects()[f"/{schema_name}"]["POST"].as_strategy(generation_mode=GenerationMode.POSITIVE))
    body = dict(_whole(_realistic(draw, case.body, schema_name), {"$ref": f"#/components/schemas/{schema_name}"}))
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
    if operation_id not in _operations():
        known = ", ".join(sorted(_operations()))
        raise ValueError(f"{operation_id!r} is not an operation with a JSON body; one of: {known}")
    strategy = _request(operation_id, overrides)
    if as_model:
        return strategy.map(_model_of(_body_schema_name(operation_id)))
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
    if f"/{schema_name}" not in _objects():
        raise ValueError(f"{schema_name!r} is not an object schema of the spec")
    strategy = _object(schema_name)
    return strategy.map(_model_of(schema_name)) if as_model else strategy


def model(model_class: type[ModelT], **overrides: Any) -> st.SearchStrategy[ModelT]:
    """Instances of a generated model, typed: `model(Customer)` (an object as the server sends it) or
    `model(CreateOrderParams, amount=5000)` (a valid request; `overrides` as for `request_body`)."""
    name = model_class.__name__
    operation_id = next((op for op in sorted(_operations()) if _body_schema_name(op) == name), None)
    if operation_id is not None:
        return cast(st.SearchStrategy[ModelT], request_body(operation_id, as_model=True, **overrides))
    if overrides:
        raise TypeError(f"{name} is not a request body: it takes no overrides")
    return cast(st.SearchStrategy[ModelT], response_object(name, as_model=True))


def _model_of(schema_name: str) -> Callable[[dict[str, Any]], Any]:
    from kohortpay_client import models

    generated = getattr(models, schema_name)
    return lambda body: generated.from_dict(body)


def operations_with_body() -> list[str]:
    """The operationIds that `request_body` accepts (each also has a shortcut below)."""
    return sorted(_operations())


# Shortcuts, one per operation with a body (a test checks they match the spec): named, so that a
# misspelt one fails type checking and `dir()` lists them.
def _shortcut(operation_id: str) -> Callable[..., Bodies]:
    def shortcut(**overrides: Any) -> Bodies:
        return request_body(operation_id, **overrides)

    shortcut.__name__ = shortcut.__qualname__ = snake(operation_id)
    shortcut.__doc__ = f"`request_body({operation_id!r}, **overrides)`."
    return shortcut


create_checkout_session = _shortcut("createCheckoutSession")
create_customer = _shortcut("createCustomer")
create_group = _shortcut("createGroup")
create_order = _shortcut("createOrder")
create_payment_group = _shortcut("createPaymentGroup")
create_payment_intent = _shortcut("createPaymentIntent")
update_customer = _shortcut("updateCustomer")
update_group = _shortcut("updateGroup")
update_payment_group = _shortcut("updatePaymentGroup")
validate_group = _shortcut("validateGroup")
validate_payment_group = _shortcut("validatePaymentGroup")
