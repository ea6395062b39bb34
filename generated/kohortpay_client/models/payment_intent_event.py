# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_intent_event_type import PaymentIntentEventType

if TYPE_CHECKING:
    from ..models.webhook_payment_intent import WebhookPaymentIntent


T = TypeVar("T", bound="PaymentIntentEvent")


@_attrs_define
class PaymentIntentEvent:
    """Body of a `payment_intent.*` webhook. Svix-signed; `data` is camelCase.

    Attributes:
        type_ (PaymentIntentEventType):
        data (WebhookPaymentIntent): A payment intent, as sent in webhooks (camelCase).
    """

    type_: PaymentIntentEventType
    data: WebhookPaymentIntent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "data": data,
            }
        )

        return field_dict

    def to_json(self, **dumps: Any) -> str:
        """The model as JSON, with the API's field names (what `to_dict()` gives); `dumps` go to `json.dumps`."""
        return json.dumps(self.to_dict(), **dumps)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_payment_intent import WebhookPaymentIntent

        d = dict(src_dict)
        type_ = PaymentIntentEventType(d.pop("type"))

        data = WebhookPaymentIntent.from_dict(d.pop("data"))

        payment_intent_event = cls(
            type_=type_,
            data=data,
        )

        payment_intent_event.additional_properties = d
        return payment_intent_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties

    @property
    def type(self) -> PaymentIntentEventType:
        """`type_`, by its name in the API (Python keeps `type_` for the attribute)."""
        return self.type_
