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
    from ..models.discount_level import DiscountLevel


T = TypeVar("T", bound="PaymentGroupSettings")


@_attrs_define
class PaymentGroupSettings:
    """The group settings; each group holds its own copy, taken from its organization at creation.

    Attributes:
        id (str): `pgset_` id.
        organization_id (None | str): Null on a group's copy.
        payment_group_id (None | str): The group that owns this copy.
        livemode (bool):
        whatsapp_communication (bool): Whether participants get WhatsApp messages.
        discount_type (DiscountType): `PERCENTAGE`: level values are percents; `AMOUNT`: level values are whole euros.
        max_participants (int):
        minutes_duration (int):
        min_purchase_value (int): In cents.
        created_at (datetime.datetime):
        created_by (None | str):
        updated_at (datetime.datetime):
        updated_by (None | str):
        discount_levels (list[DiscountLevel] | Unset): The levels, in no particular order (the server does not sort
            them): once an organization's levels were edited, a group's copy came back 2, 3, 1. Sort by `level`.
    """

    id: str
    organization_id: None | str
    payment_group_id: None | str
    livemode: bool
    whatsapp_communication: bool
    discount_type: DiscountType
    max_participants: int
    minutes_duration: int
    min_purchase_value: int
    created_at: datetime.datetime
    created_by: None | str
    updated_at: datetime.datetime
    updated_by: None | str
    discount_levels: list[DiscountLevel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id: None | str
        organization_id = self.organization_id

        payment_group_id: None | str
        payment_group_id = self.payment_group_id

        livemode = self.livemode

        whatsapp_communication = self.whatsapp_communication

        discount_type = self.discount_type.value

        max_participants = self.max_participants

        minutes_duration = self.minutes_duration

        min_purchase_value = self.min_purchase_value

        created_at = serialize_datetime(
            self.created_at, f"{type(self).__name__}.created_at"
        )

        created_by: None | str
        created_by = self.created_by

        updated_at = serialize_datetime(
            self.updated_at, f"{type(self).__name__}.updated_at"
        )

        updated_by: None | str
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
                "id": id,
                "organization_id": organization_id,
                "payment_group_id": payment_group_id,
                "livemode": livemode,
                "whatsapp_communication": whatsapp_communication,
                "discount_type": discount_type,
                "max_participants": max_participants,
                "minutes_duration": minutes_duration,
                "min_purchase_value": min_purchase_value,
                "created_at": created_at,
                "created_by": created_by,
                "updated_at": updated_at,
                "updated_by": updated_by,
            }
        )
        if discount_levels is not UNSET:
            field_dict["discount_levels"] = discount_levels

        return field_dict

    def to_json(self, **dumps: Any) -> str:
        """The model as JSON, with the API's field names (what `to_dict()` gives); `dumps` go to `json.dumps`."""
        return json.dumps(self.to_dict(), **dumps)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.discount_level import DiscountLevel

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_organization_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization_id = _parse_organization_id(d.pop("organization_id"))

        def _parse_payment_group_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payment_group_id = _parse_payment_group_id(d.pop("payment_group_id"))

        livemode = d.pop("livemode")

        whatsapp_communication = d.pop("whatsapp_communication")

        discount_type = DiscountType(d.pop("discount_type"))

        max_participants = d.pop("max_participants")

        minutes_duration = d.pop("minutes_duration")

        min_purchase_value = d.pop("min_purchase_value")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_created_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_by = _parse_created_by(d.pop("created_by"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_updated_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_by = _parse_updated_by(d.pop("updated_by"))

        _discount_levels = d.pop("discount_levels", UNSET)
        discount_levels: list[DiscountLevel] | Unset = UNSET
        if _discount_levels is not UNSET:
            discount_levels = []
            for discount_levels_item_data in _discount_levels:
                discount_levels_item = DiscountLevel.from_dict(
                    discount_levels_item_data
                )

                discount_levels.append(discount_levels_item)

        payment_group_settings = cls(
            id=id,
            organization_id=organization_id,
            payment_group_id=payment_group_id,
            livemode=livemode,
            whatsapp_communication=whatsapp_communication,
            discount_type=discount_type,
            max_participants=max_participants,
            minutes_duration=minutes_duration,
            min_purchase_value=min_purchase_value,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            updated_by=updated_by,
            discount_levels=discount_levels,
        )

        payment_group_settings.additional_properties = d
        return payment_group_settings

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
