# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.line_item_type import LineItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LineItemParams")


@_attrs_define
class LineItemParams:
    """One line of the basket. `price` is the unit price in cents. `PRODUCT` (the default) and
    `SHIPPING` lines have a price ≥ 0; `DISCOUNT`, `GIFT_CARD` and `STORE_CREDIT` lines have a
    price < 0. Every type but `PRODUCT` has a quantity of exactly 1. The server validates nothing
    else in a line item: a missing `name`, `price` or `quantity`, an unknown `type` or an unknown
    key makes it answer 500, so this schema refuses them.

        Attributes:
            name (str):
            price (int):
            quantity (int):
            type_ (LineItemType | Unset):
            image_url (None | str | Unset):
            description (None | str | Unset):
    """

    name: str
    price: int
    quantity: int
    type_: LineItemType | Unset = UNSET
    image_url: None | str | Unset = UNSET
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        price = self.price

        quantity = self.quantity

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

        field_dict.update(
            {
                "name": name,
                "price": price,
                "quantity": quantity,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    def to_json(self, **dumps: Any) -> str:
        """The model as JSON, with the API's field names (what `to_dict()` gives); `dumps` go to `json.dumps`."""
        return json.dumps(self.to_dict(), **dumps)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        price = d.pop("price")

        quantity = d.pop("quantity")

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
            name=name,
            price=price,
            quantity=quantity,
            type_=type_,
            image_url=image_url,
            description=description,
        )

        return line_item_params

    @property
    def type(self) -> LineItemType | Unset:
        """`type_`, by its name in the API (Python keeps `type_` for the attribute)."""
        return self.type_
