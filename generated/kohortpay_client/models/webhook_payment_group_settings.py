# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_type import DiscountType
from ..types import UNSET, Unset, serialize_datetime

if TYPE_CHECKING:
    from ..models.webhook_discount_level import WebhookDiscountLevel


T = TypeVar("T", bound="WebhookPaymentGroupSettings")


@_attrs_define
class WebhookPaymentGroupSettings:
    """A group's copy of the group settings, as sent in webhooks (camelCase).

    Attributes:
        discount_type (DiscountType): `PERCENTAGE`: level values are percents; `AMOUNT`: level values are whole euros.
        max_participants (int):
        min_purchase_value (int):
        minutes_duration (int):
        id (str | Unset):
        organization_id (None | str | Unset):
        payment_group_id (None | str | Unset):
        livemode (bool | Unset):
        whatsapp_communication (bool | Unset):
        created_at (datetime.datetime | Unset):
        created_by (None | str | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (None | str | Unset):
        discount_levels (list[WebhookDiscountLevel] | Unset):
    """

    discount_type: DiscountType
    max_participants: int
    min_purchase_value: int
    minutes_duration: int
    id: str | Unset = UNSET
    organization_id: None | str | Unset = UNSET
    payment_group_id: None | str | Unset = UNSET
    livemode: bool | Unset = UNSET
    whatsapp_communication: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    discount_levels: list[WebhookDiscountLevel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discount_type = self.discount_type.value

        max_participants = self.max_participants

        min_purchase_value = self.min_purchase_value

        minutes_duration = self.minutes_duration

        id = self.id

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        payment_group_id: None | str | Unset
        if isinstance(self.payment_group_id, Unset):
            payment_group_id = UNSET
        else:
            payment_group_id = self.payment_group_id

        livemode = self.livemode

        whatsapp_communication = self.whatsapp_communication

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = serialize_datetime(
                self.created_at, f"{type(self).__name__}.created_at"
            )

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = serialize_datetime(
                self.updated_at, f"{type(self).__name__}.updated_at"
            )

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

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
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if payment_group_id is not UNSET:
            field_dict["paymentGroupId"] = payment_group_id
        if livemode is not UNSET:
            field_dict["livemode"] = livemode
        if whatsapp_communication is not UNSET:
            field_dict["whatsappCommunication"] = whatsapp_communication
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if discount_levels is not UNSET:
            field_dict["discountLevels"] = discount_levels

        return field_dict

    def to_json(self, **dumps: Any) -> str:
        """The model as JSON, with the API's field names (what `to_dict()` gives); `dumps` go to `json.dumps`."""
        return json.dumps(self.to_dict(), **dumps)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_discount_level import WebhookDiscountLevel

        d = dict(src_dict)
        discount_type = DiscountType(d.pop("discountType"))

        max_participants = d.pop("maxParticipants")

        min_purchase_value = d.pop("minPurchaseValue")

        minutes_duration = d.pop("minutesDuration")

        id = d.pop("id", UNSET)

        def _parse_organization_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_id = _parse_organization_id(d.pop("organizationId", UNSET))

        def _parse_payment_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_group_id = _parse_payment_group_id(d.pop("paymentGroupId", UNSET))

        livemode = d.pop("livemode", UNSET)

        whatsapp_communication = d.pop("whatsappCommunication", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("createdBy", UNSET))

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        def _parse_updated_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by = _parse_updated_by(d.pop("updatedBy", UNSET))

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
            organization_id=organization_id,
            payment_group_id=payment_group_id,
            livemode=livemode,
            whatsapp_communication=whatsapp_communication,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            updated_by=updated_by,
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

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties
