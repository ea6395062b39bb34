from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookDiscountLevel")


@_attrs_define
class WebhookDiscountLevel:
    """
    Attributes:
        level (int):
        value (int):
        participants_to_unlock (int):
        id (str | Unset):
    """

    level: int
    value: int
    participants_to_unlock: int
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        level = self.level

        value = self.value

        participants_to_unlock = self.participants_to_unlock

        id = self.id

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        level = d.pop("level")

        value = d.pop("value")

        participants_to_unlock = d.pop("participantsToUnlock")

        id = d.pop("id", UNSET)

        webhook_discount_level = cls(
            level=level,
            value=value,
            participants_to_unlock=participants_to_unlock,
            id=id,
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

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
