# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""The webhook events of openapi.yaml: each payload's generated model, with the delivery's id (`svix-id`,
the same for every retry of one event: what to de-duplicate on), and the model of each event type.
`kohortpay.webhooks.verify` returns them."""

from __future__ import annotations

from typing import Final, TypeAlias

from attrs import define

from . import models


@define
class PaymentIntentEvent(models.PaymentIntentEvent):
    """A `PaymentIntentEvent` webhook payload, and the delivery's id (None from `parse_event`, which sees no headers)."""

    id: str | None = None


@define
class PaymentGroupEvent(models.PaymentGroupEvent):
    """A `PaymentGroupEvent` webhook payload, and the delivery's id (None from `parse_event`, which sees no headers)."""

    id: str | None = None


@define
class PaymentGroupSucceededEvent(models.PaymentGroupSucceededEvent):
    """A `PaymentGroupSucceededEvent` webhook payload, and the delivery's id (None from `parse_event`, which sees no headers)."""

    id: str | None = None


@define
class OrderEvent(models.OrderEvent):
    """A `OrderEvent` webhook payload, and the delivery's id (None from `parse_event`, which sees no headers)."""

    id: str | None = None


KnownEvent: TypeAlias = (
    PaymentIntentEvent | PaymentGroupEvent | PaymentGroupSucceededEvent | OrderEvent
)

#: Every webhook event type, and the model of its payload.
EVENT_TYPES: Final[dict[str, type[KnownEvent]]] = {
    "payment_intent.succeeded": PaymentIntentEvent,
    "payment_intent.cashback_available": PaymentIntentEvent,
    "payment_intent.cashback_sent": PaymentIntentEvent,
    "payment_group.created": PaymentGroupEvent,
    "payment_group.joined": PaymentGroupEvent,
    "payment_group.old_joined": PaymentGroupEvent,
    "payment_group.succeeded": PaymentGroupSucceededEvent,
    "payment_group.expired": PaymentGroupEvent,
    "order.created": OrderEvent,
    "order.cashback_available": OrderEvent,
    "order.cashback_sent": OrderEvent,
}
