from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.line_item_type import LineItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LineItemParams")


@_attrs_define
class LineItemParams:
    """One line of the basket. `price` is the unit price in cents. `PRODUCT` (the default) and
    `SHIPPING` lines have a price ≥ 0; `DISCOUNT`, `GIFT_CARD` and `STORE_CREDIT` lines have a
    price < 0. Every type but `PRODUCT` has a quantity of exactly 1.

        Attributes:
            price (int):
            quantity (int):
            name (str | Unset):
            type_ (LineItemType | Unset):
            image_url (None | str | Unset):
            description (None | str | Unset):
    """

    price: int
    quantity: int
    name: str | Unset = UNSET
    type_: LineItemType | Unset = UNSET
    image_url: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price = self.price

        quantity = self.quantity

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price": price,
                "quantity": quantity,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        price = d.pop("price")

        quantity = d.pop("quantity")

        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: LineItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = LineItemType(_type_)

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("imageUrl", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        line_item_params = cls(
            price=price,
            quantity=quantity,
            name=name,
            type_=type_,
            image_url=image_url,
            description=description,
        )

        line_item_params.additional_properties = d
        return line_item_params

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
