# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serialize_datetime

T = TypeVar("T", bound="CurrentDiscountLevel")


@_attrs_define
class CurrentDiscountLevel:
    """The level a new participant would reach. An ambassador code carries only `value`.

    Attributes:
        value (int):
        id (str | Unset):
        payment_group_settings_id (str | Unset):
        level (int | Unset):
        participants_to_unlock (int | Unset):
        created_at (datetime.datetime | Unset):
    """

    value: int
    id: str | Unset = UNSET
    payment_group_settings_id: str | Unset = UNSET
    level: int | Unset = UNSET
    participants_to_unlock: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        id = self.id

        payment_group_settings_id = self.payment_group_settings_id

        level = self.level

        participants_to_unlock = self.participants_to_unlock

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = serialize_datetime(
                self.created_at, f"{type(self).__name__}.created_at"
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if payment_group_settings_id is not UNSET:
            field_dict["payment_group_settings_id"] = payment_group_settings_id
        if level is not UNSET:
            field_dict["level"] = level
        if participants_to_unlock is not UNSET:
            field_dict["participants_to_unlock"] = participants_to_unlock
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    def to_json(self, **dumps: Any) -> str:
        """The model as JSON, with the API's field names (what `to_dict()` gives); `dumps` go to `json.dumps`."""
        return json.dumps(self.to_dict(), **dumps)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value")

        id = d.pop("id", UNSET)

        payment_group_settings_id = d.pop("payment_group_settings_id", UNSET)

        level = d.pop("level", UNSET)

        participants_to_unlock = d.pop("participants_to_unlock", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        current_discount_level = cls(
            value=value,
            id=id,
            payment_group_settings_id=payment_group_settings_id,
            level=level,
            participants_to_unlock=participants_to_unlock,
            created_at=created_at,
        )

        current_discount_level.additional_properties = d
        return current_discount_level

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
