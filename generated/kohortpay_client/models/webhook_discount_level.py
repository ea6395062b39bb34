# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serialize_datetime

T = TypeVar("T", bound="WebhookDiscountLevel")


@_attrs_define
class WebhookDiscountLevel:
    """
    Attributes:
        level (int):
        value (int):
        participants_to_unlock (int):
        id (str | Unset):
        payment_group_settings_id (None | str | Unset):
        created_at (datetime.datetime | Unset):
    """

    level: int
    value: int
    participants_to_unlock: int
    id: str | Unset = UNSET
    payment_group_settings_id: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        level = self.level

        value = self.value

        participants_to_unlock = self.participants_to_unlock

        id = self.id

        payment_group_settings_id: None | str | Unset
        if isinstance(self.payment_group_settings_id, Unset):
            payment_group_settings_id = UNSET
        else:
            payment_group_settings_id = self.payment_group_settings_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = serialize_datetime(
                self.created_at, f"{type(self).__name__}.created_at"
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "level": level,
                "value": value,
                "participantsToUnlock": participants_to_unlock,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if payment_group_settings_id is not UNSET:
            field_dict["paymentGroupSettingsId"] = payment_group_settings_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    def to_json(self, **dumps: Any) -> str:
        """The model as JSON, with the API's field names (what `to_dict()` gives); `dumps` go to `json.dumps`."""
        return json.dumps(self.to_dict(), **dumps)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        level = d.pop("level")

        value = d.pop("value")

        participants_to_unlock = d.pop("participantsToUnlock")

        id = d.pop("id", UNSET)

        def _parse_payment_group_settings_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_group_settings_id = _parse_payment_group_settings_id(
            d.pop("paymentGroupSettingsId", UNSET)
        )

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        webhook_discount_level = cls(
            level=level,
            value=value,
            participants_to_unlock=participants_to_unlock,
            id=id,
            payment_group_settings_id=payment_group_settings_id,
            created_at=created_at,
        )

        webhook_discount_level.additional_properties = d
        return webhook_discount_level

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
