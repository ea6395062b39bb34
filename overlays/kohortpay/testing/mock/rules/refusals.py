"""The server's answer to a request the spec refuses.

The spec's request schemas hold some rules the server checks in its code, after its own validation
(one customer rule, the line items' sign and quantity rules): those get the server's sentence. And
they are stricter than the server where the server would answer 500, so that the SDK and the mock
refuse those inputs; with the matching quirk on, a request refused only for such reasons gets the
server's answer instead — 500, and the quirk's name in a header — so that a service's test sees what
production would do. Any other failed constraint keeps the 400 of the server's own validation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kohortpay_client import facts, records

from ..core.errors import ApiError, crash
from ..core.quirks import Behaviour
from ..core.validation import Failure, InvalidRequest, Operation

PURCHASES = {facts.CREATE_ORDER.operation_id, facts.CREATE_CHECKOUT_SESSION.operation_id}
GROUP_CREATES = {facts.CREATE_GROUP.operation_id, facts.CREATE_PAYMENT_GROUP.operation_id}
# The fields these rules name, typed by the schemas that hold them.
AMOUNTS: set[records.CreateOrderParamsField | records.CreateCheckoutSessionParamsField | records.LineItemParamsField]
AMOUNTS = {"amount", "amountTotal", "price", "quantity"}
NAMES: tuple[records.CreateOrderParamsField, ...] = ("customerFirstName", "customerLastName")
LINE_ITEMS: records.CreateCheckoutSessionParamsField = "lineItems"
CODE: records.CreateCheckoutSessionParamsField = "paymentGroupShareId"
SESSION: records.CreatePaymentIntentParamsField = "checkoutSessionId"
EMAIL: records.CreateOrderParamsField = "customerEmail"
LINE_ITEM_RULES = {"required", "additionalProperties", "enum"}
# The failures a quirk explains, and the server's message for them.
Explains = Callable[[Operation, Failure], bool]


def _missing_names(operation: Operation, failure: Failure) -> bool:
    if operation.operation_id not in PURCHASES:
        return False
    names = len(failure.path) == 1 and failure.path[0] in NAMES
    return (failure.error.validator == "anyOf" and failure.path == ()) or (
        names and failure.error.validator == "minLength"
    )


def _int32(operation: Operation, failure: Failure) -> bool:
    return (
        failure.error.validator == "maximum"
        and failure.error.validator_value == 2**31 - 1
        and bool(set(failure.path[-1:]) & AMOUNTS)
    )


def _line_item(operation: Operation, failure: Failure) -> bool:
    return failure.path[:1] == (LINE_ITEMS,) and len(failure.path) >= 2 and failure.error.validator in LINE_ITEM_RULES


def _unknown_reference(operation: Operation, failure: Failure) -> bool:
    code = failure.path == (CODE,) and failure.error.validator == "minLength"
    session = failure.path == (SESSION,) and failure.error.validator == "pattern"
    return operation.operation_id in PURCHASES | {facts.CREATE_PAYMENT_INTENT.operation_id} and (code or session)


def _paging(operation: Operation, failure: Failure) -> bool:
    return failure.path == ("skip",) and failure.error.validator in ("minimum", "maximum")


QUIRKS: list[tuple[str, Explains, str]] = [
    ("crash-on-missing-names", _missing_names, "Internal Server Error"),
    ("crash-on-int32-overflow", _int32, "Error Type: P2020"),
    ("crash-on-unvalidated-line-items", _line_item, "Internal Server Error"),
    ("crash-on-unknown-reference", _unknown_reference, "Error Type: P2003"),
    ("crash-on-list-queries", _paging, "Internal Server Error"),
]


def checked_later(operation: Operation, refused: InvalidRequest, behaviour: Behaviour) -> frozenset[str] | None:
    """When the server lets the request through its validation and fails it later, in its own order
    (after its other checks, and after what it stores first) — missing names, references it does not
    look up, numbers beyond its 32-bit columns, line items it never validates —, the quirks that say
    so, for the rule to fail where the server does; None when its validation refuses the request."""
    later = [
        ("crash-on-missing-names", _missing_names),
        ("crash-on-unknown-reference", _unknown_reference),
        ("crash-on-int32-overflow", _int32),
        ("crash-on-unvalidated-line-items", _line_item),
    ]
    found = [
        next((q for q, explains in later if q in behaviour and explains(operation, f)), None) for f in refused.failures
    ]
    return None if None in found else frozenset(q for q in found if q is not None)


def server_answer(operation: Operation, refused: InvalidRequest, behaviour: Behaviour, body: Any) -> ApiError:
    """The server's answer to a request the spec refuses."""
    validated = [f for f in refused.failures if not _checked_later(operation, f)]
    if validated:  # the server's validation answers first, with only its own messages
        return refused if len(validated) == len(refused.failures) else InvalidRequest(validated)
    if operation.operation_id in GROUP_CREATES and _only(refused, "anyOf"):
        return ApiError(400, "Either orderId or paymentIntentId is required.")
    if (
        operation.operation_id == facts.CREATE_ORDER.operation_id
        and _names_only(operation, refused)
        and not _has_email(refused)
    ):
        # Neither e-mail nor customer id: the server's own check answers.
        return ApiError(400, "Either customer email or customer id must be provided.")
    rules = [f for f in refused.failures if f.path[:1] == (LINE_ITEMS,) and f.error.validator in SIGN_RULES]
    if rules and len(rules) == len(refused.failures) and isinstance(body, dict):
        return ApiError(400, line_item_rule(body[LINE_ITEMS][int(rules[0].path[1])]))
    found = [next((q for q in QUIRKS if q[1](operation, f) and q[0] in behaviour), None) for f in refused.failures]
    first = found[0]
    return crash(first[0], first[2]) if first is not None and all(found) else refused


def _checked_later(operation: Operation, failure: Failure) -> bool:
    """A rule of the spec the server does not check in its validation, but later in its code (or never)."""
    groups = operation.operation_id in GROUP_CREATES and failure.error.validator == "anyOf"
    sign = failure.path[:1] == (LINE_ITEMS,) and failure.error.validator in SIGN_RULES
    return groups or sign or any(explains(operation, failure) for _, explains, _ in QUIRKS)


SIGN_RULES = {"maximum", "minimum", "const"}
NOT_NEGATIVE: tuple[records.LineItemType, ...] = ("PRODUCT", "SHIPPING")


def line_item_rule(item: records.LineItemParams) -> str:
    """The server's sentence for the first sign or quantity rule a line item breaks."""
    kind: records.LineItemType = item.get("type", "PRODUCT")
    if kind != "PRODUCT" and item.get("quantity") != 1:
        return f"The quantity of {kind} must be 1. Please add a new lineItem if you need more than one."
    if kind in NOT_NEGATIVE:
        return f"The price of a {kind.lower()} cannot be negative."
    return f"The price of a {kind.lower().replace('_', ' ')} cannot be positive."


def _only(refused: InvalidRequest, validator: str) -> bool:
    return all(failure.error.validator == validator for failure in refused.failures)


def _names_only(operation: Operation, refused: InvalidRequest) -> bool:
    return all(_missing_names(operation, failure) for failure in refused.failures)


def _has_email(refused: InvalidRequest) -> bool:
    bodies = [failure.error.instance for failure in refused.failures if failure.path == ()]
    return not bodies or (isinstance(bodies[0], dict) and bool(bodies[0].get(EMAIL)))
