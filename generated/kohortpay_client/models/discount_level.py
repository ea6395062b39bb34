# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import serialize_datetime

T = TypeVar("T", bound="DiscountLevel")


@_attrs_define
class DiscountLevel:
    """
    Attributes:
        id (str): `dlev_` id.
        payment_group_settings_id (str):
        level (int):
        value (int): A percentage (`PERCENTAGE`) or whole euros (`AMOUNT`).
        participants_to_unlock (int): Participants (creator included) needed to reach the level.
        created_at (datetime.datetime):
    """

    id: str
    payment_group_settings_id: str
    level: int
    value: int
    participants_to_unlock: int
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        payment_group_settings_id = self.payment_group_settings_id

        level = self.level

        value = self.value

        participants_to_unlock = self.participants_to_unlock

        created_at = serialize_datetime(
            self.created_at, f"{type(self).__name__}.created_at"
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "payment_group_settings_id": payment_group_settings_id,
                "level": level,
                "value": value,
                "participants_to_unlock": participants_to_unlock,
                "created_at": created_at,
            }
        )

        return field_dict

    def to_json(self, **dumps: Any) -> str:
        """The model as JSON, with the API's field names (what `to_dict()` gives); `dumps` go to `json.dumps`."""
        return json.dumps(self.to_dict(), **dumps)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        payment_group_settings_id = d.pop("payment_group_settings_id")

        level = d.pop("level")

        value = d.pop("value")

        participants_to_unlock = d.pop("participants_to_unlock")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        discount_level = cls(
            id=id,
            payment_group_settings_id=payment_group_settings_id,
            level=level,
            value=value,
            participants_to_unlock=participants_to_unlock,
            created_at=created_at,
        )

        discount_level.additional_properties = d
        return discount_level

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
