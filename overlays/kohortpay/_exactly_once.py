"""Exactly-once ``POST``s against a server that has no idempotency.

KohortPay's creates carry natural unique keys the server enforces: a customer's e-mail address,
a ``client_reference_id``, a checkout session's ``payment_client_reference_id``, a payment
intent's ``checkout_session_id``. Such a create is safe to retry after an ambiguous failure: if
the earlier attempt was processed, the retry is refused as a duplicate of that key. The SDK then
*reconciles*: it looks the object up by the key (the list endpoint's ``search``), checks that it
holds what was sent, and returns it as the create's answer. An object that does not match is
someone else's: the duplicate error is raised as it came.

A group's ``cancel`` or ``expire`` is reconciled the same way: a retry refused because the group
is no longer open returns the group when it has the status the call was asking for.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ._casing import snake_key, to_snake
from ._datetime import parse_datetime
from ._exceptions import APIStatusError

# A ``search`` value cannot hold these: the server would cut it or take it as another operator.
_SEARCH_SYNTAX = (">", "<", "=", ":", "~", "!", ",", "%", " OR ", " AND ")


@dataclass(frozen=True, slots=True)
class Reconcile:
    """How to recover the answer of an earlier attempt whose retry was ``refused``.

    ``find`` is the request (a generated ``_get_kwargs``) that fetches the object; ``pick`` takes
    its snake_case body and returns the object, or ``None`` when it is not what the call made.
    """

    refused: tuple[type[APIStatusError], ...]
    find: dict[str, Any]
    pick: Callable[[Any], Any | None]
    what: str  # "customer with email_address 'jane@example.com'", for logs


def searchable(value: str) -> bool:
    """Whether ``search=<field>:<value>`` finds exactly ``value`` on the server."""
    return (
        bool(value)
        and value == value.strip()
        and not (value.startswith('"') or value.endswith('"'))
        and not any(token in value for token in _SEARCH_SYNTAX)
    )


def by_unique_key(
    request: Mapping[str, Any],
    *,
    keys: tuple[str, ...],
    refused: tuple[type[APIStatusError], ...],
    find: Callable[..., dict[str, Any]],
    what: str,
) -> Reconcile | None:
    """Reconciliation of a create by the first of ``keys`` (camelCase body fields) that the body
    gives with a searchable value; ``None`` when there is none (the create is not retry-safe).
    ``find`` is the list operation's ``_get_kwargs``."""
    body: Mapping[str, Any] = request.get("json") or {}
    for key in keys:
        value = body.get(key)
        if isinstance(value, str) and searchable(value):
            break
    else:
        return None
    field, sent = snake_key(key), to_snake(dict(body))

    def pick(data: Any) -> Any | None:
        for item in data.get("data", []) if isinstance(data, dict) else []:
            if isinstance(item, dict) and item.get(field) == value:
                return item if holds(item, sent) else None
        return None

    return Reconcile(refused, find(search=f"{key}:{value}"), pick, f"{what} with {field} {value!r}")


def by_status(
    request: dict[str, Any], *, status: str, refused: tuple[type[APIStatusError], ...], what: str
) -> Reconcile:
    """Reconciliation of a state change: the object fetched by ``request`` has ``status``."""

    def pick(data: Any) -> Any | None:
        return data if isinstance(data, dict) and data.get("status") == status else None

    return Reconcile(refused, request, pick, f"{what} with status {status}")


def holds(stored: Any, sent: Any) -> bool:
    """Whether a stored object holds what was sent: every sent field the object has is equal
    (fields the server does not return, such as line items, cannot be compared)."""
    if isinstance(sent, dict) and isinstance(stored, dict):
        return all(key not in stored or holds(stored[key], value) for key, value in sent.items())
    if isinstance(sent, list) and isinstance(stored, list):
        return len(sent) == len(stored) and all(holds(a, b) for a, b in zip(stored, sent, strict=True))
    if isinstance(sent, str) and isinstance(stored, str) and sent != stored:
        return _same_instant(sent, stored)
    return bool(sent == stored)


def _same_instant(a: str, b: str) -> bool:
    """``2026-12-02T12:00:00+01:00`` is ``2026-12-02T11:00:00.000Z``: dates come back normalised."""
    try:
        return parse_datetime(a) == parse_datetime(b)
    except ValueError:
        return False
