# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_payment_group_succeeded import WebhookPaymentGroupSucceeded


T = TypeVar("T", bound="PaymentGroupSucceededEvent")


@_attrs_define
class PaymentGroupSucceededEvent:
    """Body of the `payment_group.succeeded` webhook.

    Attributes:
        type_ (Literal['payment_group.succeeded']):
        data (WebhookPaymentGroupSucceeded): A completed group, with its payment intents and its settings. For a group
            of payment intents
            that reached a discount level, that level's fields are spread in (`level`, `value`,
            `participantsToUnlock`, `paymentGroupSettingsId`; the group's own `id` and `createdAt` win).
            The level is computed from payment intents only, so a group of orders never carries them.
    """

    type_: Literal["payment_group.succeeded"]
    data: WebhookPaymentGroupSucceeded
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

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
        from ..models.webhook_payment_group_succeeded import (
            WebhookPaymentGroupSucceeded,
        )

        d = dict(src_dict)
        type_ = cast(Literal["payment_group.succeeded"], d.pop("type"))
        if type_ != "payment_group.succeeded":
            raise ValueError(
                f"type must match const 'payment_group.succeeded', got '{type_}'"
            )

        data = WebhookPaymentGroupSucceeded.from_dict(d.pop("data"))

        payment_group_succeeded_event = cls(
            type_=type_,
            data=data,
        )

        payment_group_succeeded_event.additional_properties = d
        return payment_group_succeeded_event

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
    def type(self) -> Literal["payment_group.succeeded"]:
        """`type_`, by its name in the API (Python keeps `type_` for the attribute)."""
        return self.type_
