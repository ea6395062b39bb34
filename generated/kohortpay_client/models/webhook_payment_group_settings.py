from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_type import DiscountType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_discount_level import WebhookDiscountLevel


T = TypeVar("T", bound="WebhookPaymentGroupSettings")


@_attrs_define
class WebhookPaymentGroupSettings:
    """
    Attributes:
        discount_type (DiscountType): `PERCENTAGE`: level values are percents; `AMOUNT`: level values are whole euros.
        max_participants (int):
        min_purchase_value (int):
        minutes_duration (int):
        id (str | Unset):
        discount_levels (list[WebhookDiscountLevel] | Unset):
    """

    discount_type: DiscountType
    max_participants: int
    min_purchase_value: int
    minutes_duration: int
    id: str | Unset = UNSET
    discount_levels: list[WebhookDiscountLevel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discount_type = self.discount_type.value

        max_participants = self.max_participants

        min_purchase_value = self.min_purchase_value

        minutes_duration = self.minutes_duration

        id = self.id

        discount_levels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.discount_levels, Unset):
            discount_levels = []
            for discount_levels_item_data in self.discount_levels:
                discount_levels_item = discount_levels_item_data.to_dict()
                discount_levels.append(discount_levels_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "discountType": discount_type,
                "maxParticipants": max_participants,
                "minPurchaseValue": min_purchase_value,
                "minutesDuration": minutes_duration,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if discount_levels is not UNSET:
            field_dict["discountLevels"] = discount_levels

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_discount_level import WebhookDiscountLevel

        d = dict(src_dict)
        discount_type = DiscountType(d.pop("discountType"))

        max_participants = d.pop("maxParticipants")

        min_purchase_value = d.pop("minPurchaseValue")

        minutes_duration = d.pop("minutesDuration")

        id = d.pop("id", UNSET)

        _discount_levels = d.pop("discountLevels", UNSET)
        discount_levels: list[WebhookDiscountLevel] | Unset = UNSET
        if _discount_levels is not UNSET:
            discount_levels = []
            for discount_levels_item_data in _discount_levels:
                discount_levels_item = WebhookDiscountLevel.from_dict(
                    discount_levels_item_data
                )

                discount_levels.append(discount_levels_item)

        webhook_payment_group_settings = cls(
            discount_type=discount_type,
            max_participants=max_participants,
            min_purchase_value=min_purchase_value,
            minutes_duration=minutes_duration,
            id=id,
            discount_levels=discount_levels,
        )

        webhook_payment_group_settings.additional_properties = d
        return webhook_payment_group_settings

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
