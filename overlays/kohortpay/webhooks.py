"""Verify KohortPay webhooks and parse them into typed events.

KohortPay delivers webhooks through Svix::

    event = kohortpay.webhooks.verify(request.body, request.headers, secret="whsec_…")

checks, in constant time, that one of the ``v1,<base64>`` signatures of the ``svix-signature``
header is the HMAC-SHA256 of ``{svix-id}.{svix-timestamp}.{raw body}`` keyed by the
base64-decoded part of the endpoint secret after ``whsec_``, and that ``svix-timestamp`` is
within five minutes of now. The Standard Webhooks names (``webhook-id``, ``webhook-timestamp``,
``webhook-signature``) are accepted too. Pass the raw body bytes, exactly as received.

The event is the generated model of its type (``kohortpay_client.events``, from the spec's
``webhooks``: :class:`PaymentIntentEvent`, :class:`PaymentGroupEvent`,
:class:`PaymentGroupSucceededEvent`, :class:`OrderEvent`) — or an :class:`UnknownEvent` for a type
this version does not know, whatever its prefix; ``event.type`` is its type and
``event.id`` the delivery's id (the same for every retry of one event: de-duplicate on it). Payloads are camelCase; a
snake_case payload parses too. Any failure raises :class:`WebhookVerificationError`, whose
message never contains the secret; a correctly signed payload that does not parse raises its
subclass :class:`~kohortpay.WebhookPayloadError`, which says so.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib
import hmac
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kohortpay_client.events import (
    EVENT_TYPES,
    KnownEvent,
    OrderEvent,
    PaymentGroupEvent,
    PaymentGroupSucceededEvent,
    PaymentIntentEvent,
)

from ._casing import to_camel
from ._exceptions import WebhookPayloadError, WebhookVerificationError

__all__ = [
    "DEFAULT_TOLERANCE",
    "Event",
    "OrderEvent",
    "PaymentGroupEvent",
    "PaymentGroupSucceededEvent",
    "PaymentIntentEvent",
    "UnknownEvent",
    "WebhookVerificationError",
    "parse_event",
    "sign",
    "verify",
    "verify_signature",
]

#: Seconds a webhook's timestamp may differ from now (either way).
DEFAULT_TOLERANCE = 300
_SECRET_PREFIX = "whsec_"
_HEADER_NAMES = {
    "id": ("svix-id", "webhook-id"),
    "timestamp": ("svix-timestamp", "webhook-timestamp"),
    "signature": ("svix-signature", "webhook-signature"),
}


@dataclass(frozen=True, slots=True)
class UnknownEvent:
    """A verified event of a type this version of the SDK does not know."""

    type: str
    data: Any
    id: str | None = None


Event = KnownEvent | UnknownEvent


def _secret_key(secret: str) -> bytes:
    encoded = secret[len(_SECRET_PREFIX) :] if secret.startswith(_SECRET_PREFIX) else secret
    try:
        key = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise WebhookVerificationError("The webhook secret is not a valid whsec_ secret (base64).") from None
    if not key:
        raise WebhookVerificationError("The webhook secret is empty.")
    return key


def _as_bytes(payload: bytes | bytearray | memoryview | str) -> bytes:
    return payload.encode() if isinstance(payload, str) else bytes(payload)


def sign(payload: bytes | str, secret: str, *, msg_id: str, timestamp: int) -> str:
    """The ``v1,<base64>`` signature of a payload, as the sender puts it in ``svix-signature``."""
    content = f"{msg_id}.{timestamp}.".encode() + _as_bytes(payload)
    digest = hmac.new(_secret_key(secret), content, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def _header(headers: Mapping[str, str], name: str) -> str:
    for candidate in _HEADER_NAMES[name]:
        value = headers.get(candidate)
        if value:
            return value
    raise WebhookVerificationError(f"Missing webhook header {_HEADER_NAMES[name][0]} (or {_HEADER_NAMES[name][1]}).")


def verify_signature(
    payload: bytes | str,
    headers: Mapping[str, str],
    secret: str,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> str:
    """Check the signature and timestamp only; raise :class:`WebhookVerificationError` if they are wrong.
    Returns the delivery's id (``svix-id`` / ``webhook-id``)."""
    lowered = {key.lower(): value for key, value in headers.items()}
    msg_id = _header(lowered, "id")
    raw_timestamp = _header(lowered, "timestamp")
    signatures = _header(lowered, "signature")
    try:
        timestamp = int(raw_timestamp)
    except ValueError:
        raise WebhookVerificationError("Invalid webhook timestamp.") from None
    current = time.time() if now is None else now
    if timestamp < current - tolerance:
        raise WebhookVerificationError("Webhook timestamp too old.")
    if timestamp > current + tolerance:
        raise WebhookVerificationError("Webhook timestamp too new.")
    expected = sign(payload, secret, msg_id=msg_id, timestamp=timestamp).encode()
    found = False
    for entry in signatures.split():
        version, _, signature = entry.partition(",")
        # Compare every entry (no early exit), in constant time.
        found |= version == "v1" and hmac.compare_digest(f"v1,{signature}".encode(), expected)
    if not found:
        raise WebhookVerificationError("No matching webhook signature found.")
    return msg_id


def parse_event(payload: bytes | str) -> Event:
    """Parse a webhook body into its typed event, WITHOUT verifying it (use :func:`verify`)."""
    try:
        body = json.loads(payload)
    except (ValueError, RecursionError):
        raise WebhookPayloadError("The webhook payload is not JSON (or is nested too deeply to parse).") from None
    if not isinstance(body, dict) or not isinstance(body.get("type"), str) or "data" not in body:
        raise WebhookPayloadError('The webhook payload is not an event ({"type", "data"}).')
    try:
        body = to_camel(body)
    except RecursionError:
        raise WebhookPayloadError("The webhook payload is nested too deeply to parse.") from None
    event_type: str = body["type"]
    model = EVENT_TYPES.get(event_type)
    if model is None:
        return UnknownEvent(type=event_type, data=body["data"])
    try:
        return model.from_dict(body)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise WebhookPayloadError(f"The {event_type} payload does not match its schema: {exc!r}") from exc


def verify(
    payload: bytes | str,
    headers: Mapping[str, str],
    secret: str,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> Event:
    """Verify a webhook (signature and timestamp) and return its typed event.

    Args:
        payload: the raw request body, exactly as received.
        headers: the request headers (any mapping; names are matched case-insensitively).
        secret: the endpoint's ``whsec_…`` signing secret.
        tolerance: seconds the timestamp may differ from now (default five minutes).
        now: the current Unix time, for tests.

    Raises:
        WebhookVerificationError: missing headers, bad or stale timestamp, no matching
            signature, invalid secret, or a payload that does not parse.
    """
    delivery_id = verify_signature(payload, headers, secret, tolerance=tolerance, now=now)
    try:
        event = parse_event(payload)
    except WebhookPayloadError as exc:
        raise WebhookPayloadError(f"The signature is valid, but the payload does not parse: {exc}") from exc.__cause__
    if isinstance(event, UnknownEvent):
        return dataclasses.replace(event, id=delivery_id)
    event.id = delivery_id
    return event
