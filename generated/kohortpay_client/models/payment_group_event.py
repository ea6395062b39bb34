# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_group_event_type import PaymentGroupEventType

if TYPE_CHECKING:
    from ..models.webhook_payment_group import WebhookPaymentGroup


T = TypeVar("T", bound="PaymentGroupEvent")


@_attrs_define
class PaymentGroupEvent:
    """Body of a `payment_group.created|joined|old_joined|expired` webhook.

    Attributes:
        type_ (PaymentGroupEventType):
        data (WebhookPaymentGroup): A group, as sent in webhooks (camelCase). In `payment_group.joined` it is the group
            as it was
            before the join, with its `paymentGroupSettings`.
    """

    type_: PaymentGroupEventType
    data: WebhookPaymentGroup
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
        from ..models.webhook_payment_group import WebhookPaymentGroup

        d = dict(src_dict)
        type_ = PaymentGroupEventType(d.pop("type"))

        data = WebhookPaymentGroup.from_dict(d.pop("data"))

        payment_group_event = cls(
            type_=type_,
            data=data,
        )

        payment_group_event.additional_properties = d
        return payment_group_event

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
    def type(self) -> PaymentGroupEventType:
        """`type_`, by its name in the API (Python keeps `type_` for the attribute)."""
        return self.type_
