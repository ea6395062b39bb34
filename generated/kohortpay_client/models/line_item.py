# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.line_item_type import LineItemType
from ..types import UNSET, Unset, serialize_datetime

if TYPE_CHECKING:
    from ..models.checkout_session import CheckoutSession


T = TypeVar("T", bound="LineItem")


@_attrs_define
class LineItem:
    """
    Attributes:
        id (str): `li_` id.
        checkout_session_id (str):
        name (str):
        price (int): Unit price in cents, signed.
        quantity (int):
        type_ (LineItemType):
        amount_total (int): `price × quantity`.
        image_url (None | str):
        description (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        checkout_session (CheckoutSession | Unset):
    """

    id: str
    checkout_session_id: str
    name: str
    price: int
    quantity: int
    type_: LineItemType
    amount_total: int
    image_url: None | str
    description: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    checkout_session: CheckoutSession | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        checkout_session_id = self.checkout_session_id

        name = self.name

        price = self.price

        quantity = self.quantity

        type_ = self.type_.value

        amount_total = self.amount_total

        image_url: None | str
        image_url = self.image_url

        description: None | str
        description = self.description

        created_at = serialize_datetime(
            self.created_at, f"{type(self).__name__}.created_at"
        )

        updated_at = serialize_datetime(
            self.updated_at, f"{type(self).__name__}.updated_at"
        )

        checkout_session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkout_session, Unset):
            checkout_session = self.checkout_session.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "checkout_session_id": checkout_session_id,
                "name": name,
                "price": price,
                "quantity": quantity,
                "type": type_,
                "amount_total": amount_total,
                "image_url": image_url,
                "description": description,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if checkout_session is not UNSET:
            field_dict["checkout_session"] = checkout_session

        return field_dict

    def to_json(self, **dumps: Any) -> str:
        """The model as JSON, with the API's field names (what `to_dict()` gives); `dumps` go to `json.dumps`."""
        return json.dumps(self.to_dict(), **dumps)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkout_session import CheckoutSession

        d = dict(src_dict)
        id = d.pop("id")

        checkout_session_id = d.pop("checkout_session_id")

        name = d.pop("name")

        price = d.pop("price")

        quantity = d.pop("quantity")

        type_ = LineItemType(d.pop("type"))

        amount_total = d.pop("amount_total")

        def _parse_image_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        image_url = _parse_image_url(d.pop("image_url"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        _checkout_session = d.pop("checkout_session", UNSET)
        checkout_session: CheckoutSession | Unset
        if isinstance(_checkout_session, Unset):
            checkout_session = UNSET
        else:
            checkout_session = CheckoutSession.from_dict(_checkout_session)

        line_item = cls(
            id=id,
            checkout_session_id=checkout_session_id,
            name=name,
            price=price,
            quantity=quantity,
            type_=type_,
            amount_total=amount_total,
            image_url=image_url,
            description=description,
            created_at=created_at,
            updated_at=updated_at,
            checkout_session=checkout_session,
        )

        line_item.additional_properties = d
        return line_item

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

    @property
    def type(self) -> LineItemType:
        """`type_`, by its name in the API (Python keeps `type_` for the attribute)."""
        return self.type_
