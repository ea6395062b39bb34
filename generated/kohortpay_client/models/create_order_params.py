# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.locale import Locale
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CreateOrderParams")


@_attrs_define
class CreateOrderParams:
    """Needs `customerId`, or `customerEmail` with `customerFirstName` and `customerLastName` (even
    for a known shopper): an e-mail without both names makes the server answer 500.

        Attributes:
            amount (int): Amount paid, in cents; at least the minimum purchase value.
            customer_email (str | Unset):
            customer_phone_number (None | str | Unset): Replaces a matched customer's phone number.
            customer_first_name (str | Unset): Needed with the e-mail, even for a known shopper.
            customer_last_name (str | Unset): Needed with the e-mail, even for a known shopper.
            customer_id (str | Unset): A customer (looked up in every organization: 404 `Customer with id {id} not found.`).
            metadata (Metadata | None | Unset):
            locale (Locale | Unset): Shopper's locale (default `fr_FR`). `en_GB` is accepted: orders store it as `en_US`;
                checkout
                sessions and customers keep it (observed on the reference server).
            client_reference_id (None | str | Unset): The merchant's order id; unique among orders.
            payment_group_share_id (None | str | Unset): A group code to join (`KHT-…`); without one (or with `null` or
                `""`) a new group is founded.
                An ambassador code answers 404 `Group {code} not found.`.
    """

    amount: int
    customer_email: str | Unset = UNSET
    customer_phone_number: None | str | Unset = UNSET
    customer_first_name: str | Unset = UNSET
    customer_last_name: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    locale: Locale | Unset = UNSET
    client_reference_id: None | str | Unset = UNSET
    payment_group_share_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metadata import Metadata

        amount = self.amount

        customer_email = self.customer_email

        customer_phone_number: None | str | Unset
        if isinstance(self.customer_phone_number, Unset):
            customer_phone_number = UNSET
        else:
            customer_phone_number = self.customer_phone_number

        customer_first_name = self.customer_first_name

        customer_last_name = self.customer_last_name

        customer_id = self.customer_id

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        locale: str | Unset = UNSET
        if not isinstance(self.locale, Unset):
            locale = self.locale.value

        client_reference_id: None | str | Unset
        if isinstance(self.client_reference_id, Unset):
            client_reference_id = UNSET
        else:
            client_reference_id = self.client_reference_id

        payment_group_share_id: None | str | Unset
        if isinstance(self.payment_group_share_id, Unset):
            payment_group_share_id = UNSET
        else:
            payment_group_share_id = self.payment_group_share_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
            }
        )
        if customer_email is not UNSET:
            field_dict["customerEmail"] = customer_email
        if customer_phone_number is not UNSET:
            field_dict["customerPhoneNumber"] = customer_phone_number
        if customer_first_name is not UNSET:
            field_dict["customerFirstName"] = customer_first_name
        if customer_last_name is not UNSET:
            field_dict["customerLastName"] = customer_last_name
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if locale is not UNSET:
            field_dict["locale"] = locale
        if client_reference_id is not UNSET:
            field_dict["clientReferenceId"] = client_reference_id
        if payment_group_share_id is not UNSET:
            field_dict["paymentGroupShareId"] = payment_group_share_id

        return field_dict

    def to_json(self, **dumps: Any) -> str:
        """The model as JSON, with the API's field names (what `to_dict()` gives); `dumps` go to `json.dumps`."""
        return json.dumps(self.to_dict(), **dumps)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata import Metadata

        d = dict(src_dict)
        amount = d.pop("amount")

        customer_email = d.pop("customerEmail", UNSET)

        def _parse_customer_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_phone_number = _parse_customer_phone_number(
            d.pop("customerPhoneNumber", UNSET)
        )

        customer_first_name = d.pop("customerFirstName", UNSET)

        customer_last_name = d.pop("customerLastName", UNSET)

        customer_id = d.pop("customerId", UNSET)

        def _parse_metadata(data: object) -> Metadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = Metadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Metadata | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        _locale = d.pop("locale", UNSET)
        locale: Locale | Unset
        if isinstance(_locale, Unset):
            locale = UNSET
        else:
            locale = Locale(_locale)

        def _parse_client_reference_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_reference_id = _parse_client_reference_id(
            d.pop("clientReferenceId", UNSET)
        )

        def _parse_payment_group_share_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_group_share_id = _parse_payment_group_share_id(
            d.pop("paymentGroupShareId", UNSET)
        )

        create_order_params = cls(
            amount=amount,
            customer_email=customer_email,
            customer_phone_number=customer_phone_number,
            customer_first_name=customer_first_name,
            customer_last_name=customer_last_name,
            customer_id=customer_id,
            metadata=metadata,
            locale=locale,
            client_reference_id=client_reference_id,
            payment_group_share_id=payment_group_share_id,
        )

        create_order_params.additional_properties = d
        return create_order_params

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
