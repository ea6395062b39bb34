"""Exactly-once ``POST``s against a server that has no idempotency.

KohortPay's creates carry natural unique keys the server enforces (the spec's ``unique-keys``: a
customer's e-mail address, a ``client_reference_id``, a payment intent's ``checkout_session_id``…).
Such a create is safe to retry after an ambiguous failure: if
the earlier attempt was processed, the retry is refused as a duplicate of that key. The SDK then
*reconciles*: it looks the object up by the key (the list endpoint's ``search``), checks that it
holds what was sent, and returns it as the create's answer. An object that does not match is
someone else's: the duplicate error is raised as it came.

A state change (the spec's ``sets-status``: a group's ``cancel`` or ``expire``…) is reconciled the
same way: a retry refused because the object no longer allows it returns the object when it has the
status the call was asking for.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from kohortpay_client.facts import Operation
from kohortpay_client.types import Request

from ._casing import snake_key, to_snake
from ._datetime import parse_datetime
from ._exceptions import APIStatusError, BadRequestError, ConflictError, DuplicateReferenceError
from ._search import searchable

#: How the server refuses a create that repeats a unique value: 409 from its storage layer, or its own 400.
DUPLICATE_ERRORS = (ConflictError, DuplicateReferenceError)
#: How it refuses a status change it has already made.
STATUS_ERRORS = (BadRequestError,)


@dataclass(frozen=True, slots=True)
class Reconcile:
    """How to recover the answer of an earlier attempt whose retry was ``refused``.

    ``find`` is the request that fetches the object; ``pick`` takes its snake_case body and returns
    the object, or ``None`` when it is not what the call made.
    """

    refused: tuple[type[APIStatusError], ...]
    find: Request
    pick: Callable[[Any], Any | None]
    what: str  # "customer with email_address 'jane@example.com'", for logs


def _words(schema: str) -> str:
    """`CheckoutSession` → `checkout session`."""
    return re.sub(r"(?<=[a-z])([A-Z])", r" \1", schema).lower()


def by_unique_key(
    request: Request, operation: Operation[Any, Any], *, find: Callable[..., Request]
) -> Reconcile | None:
    """Reconciliation of a create by the first of its unique keys that the body gives with a
    searchable value; ``None`` when there is none (the create is not retry-safe). ``find`` is the
    resource's list request builder."""
    body: Mapping[str, Any] = request.get("json") or {}
    for key in operation.unique_keys:
        value = body.get(key)
        if isinstance(value, str) and searchable(value):
            break
    else:
        return None
    field, sent = snake_key(key), to_snake(as_stored(operation, body))

    def pick(data: Any) -> Any | None:
        for item in data.get("data", []) if isinstance(data, dict) else []:
            if isinstance(item, dict) and item.get(field) == value:
                return item if holds(item, sent) else None
        return None

    what = _words(operation.subject.name) if operation.subject else "object"
    return Reconcile(DUPLICATE_ERRORS, find(search=f"{key}:{value}"), pick, f"{what} with {field} {value!r}")


def by_status(request: Request, operation: Operation[Any, Any], object_id: str) -> Reconcile:
    """Reconciliation of a state change: the object ``request`` fetches has the status ``operation`` sets."""
    status = operation.sets_status

    def pick(data: Any) -> Any | None:
        return data if isinstance(data, dict) and data.get("status") == status else None

    what = _words(operation.subject.name) if operation.subject else "object"
    return Reconcile(STATUS_ERRORS, request, pick, f"{what} {object_id} with status {status}")


def as_stored(operation: Operation[Any, Any], body: Mapping[str, Any]) -> dict[str, Any]:
    """The body as the server stores it: the values the spec says it stores as others
    (`stored-as`: an order's `en_GB` locale is stored as `en_US`) replaced."""
    replaced = operation.body.stored_as if operation.body else {}
    return {key: replaced.get(key, {}).get(value, value) if isinstance(value, str) else value
            for key, value in body.items()}  # fmt: skip


def holds(stored: Any, sent: Any) -> bool:
    """Whether a stored object holds what was sent: every sent field the object has is equal
    (fields the server does not return, such as line items, cannot be compared)."""
    if isinstance(sent, dict) and isinstance(stored, dict):
        return all(key not in stored or holds(stored[key], value) for key, value in sent.items())
    if isinstance(sent, list) and isinstance(stored, list):
        return len(sent) == len(stored) and all(holds(a, b) for a, b in zip(stored, sent, strict=True))
    if isinstance(sent, str) and isinstance(stored, str) and sent != stored:
        return _same_instant(sent, stored)
    if _number(sent) and _number(stored):  # JavaScript holds numbers as doubles: 2^53 + 1 comes back as 2^53
        return _double(sent) == _double(stored)
    return bool(sent == stored)


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _double(value: float) -> float:
    try:
        return float(value)
    except OverflowError:  # beyond a double: Infinity
        return math.inf if value > 0 else -math.inf


def _same_instant(a: str, b: str) -> bool:
    """``2026-12-02T12:00:00+01:00`` is ``2026-12-02T11:00:00.000Z``: dates come back normalised."""
    try:
        return parse_datetime(a) == parse_datetime(b)
    except ValueError:
        return False
