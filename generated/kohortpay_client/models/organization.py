# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.brand_settings import BrandSettings
    from ..models.payment_group_settings import PaymentGroupSettings


T = TypeVar("T", bound="Organization")


@_attrs_define
class Organization:
    """An expanded organization (internal shape; only `id` is relied on).

    Attributes:
        id (str):
        name (str | Unset):
        brand_settings (BrandSettings | None | Unset): Expanded (`expand[]=organization.brandSettings`); null when the
            organization has none.
        payment_group_settings (list[PaymentGroupSettings] | Unset): Expanded
            (`expand[]=organization.paymentGroupSettings`); the settings of both modes, in no particular order (the server
            does not sort them).
    """

    id: str
    name: str | Unset = UNSET
    brand_settings: BrandSettings | None | Unset = UNSET
    payment_group_settings: list[PaymentGroupSettings] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.brand_settings import BrandSettings

        id = self.id

        name = self.name

        brand_settings: dict[str, Any] | None | Unset
        if isinstance(self.brand_settings, Unset):
            brand_settings = UNSET
        elif isinstance(self.brand_settings, BrandSettings):
            brand_settings = self.brand_settings.to_dict()
        else:
            brand_settings = self.brand_settings

        payment_group_settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_group_settings, Unset):
            payment_group_settings = []
            for payment_group_settings_item_data in self.payment_group_settings:
                payment_group_settings_item = payment_group_settings_item_data.to_dict()
                payment_group_settings.append(payment_group_settings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if brand_settings is not UNSET:
            field_dict["brand_settings"] = brand_settings
        if payment_group_settings is not UNSET:
            field_dict["payment_group_settings"] = payment_group_settings

        return field_dict

    def to_json(self, **dumps: Any) -> str:
        """The model as JSON, with the API's field names (what `to_dict()` gives); `dumps` go to `json.dumps`."""
        return json.dumps(self.to_dict(), **dumps)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.brand_settings import BrandSettings
        from ..models.payment_group_settings import PaymentGroupSettings

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        def _parse_brand_settings(data: object) -> BrandSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                brand_settings_type_0 = BrandSettings.from_dict(data)

                return brand_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BrandSettings | None | Unset, data)

        brand_settings = _parse_brand_settings(d.pop("brand_settings", UNSET))

        _payment_group_settings = d.pop("payment_group_settings", UNSET)
        payment_group_settings: list[PaymentGroupSettings] | Unset = UNSET
        if _payment_group_settings is not UNSET:
            payment_group_settings = []
            for payment_group_settings_item_data in _payment_group_settings:
                payment_group_settings_item = PaymentGroupSettings.from_dict(
                    payment_group_settings_item_data
                )

                payment_group_settings.append(payment_group_settings_item)

        organization = cls(
            id=id,
            name=name,
            brand_settings=brand_settings,
            payment_group_settings=payment_group_settings,
        )

        organization.additional_properties = d
        return organization

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
