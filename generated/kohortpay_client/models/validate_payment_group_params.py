# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidatePaymentGroupParams")


@_attrs_define
class ValidatePaymentGroupParams:
    """
    Attributes:
        customer_email (str | Unset): The shopper's e-mail, compared with the e-mails of the group's payment intents.
        amount (float | Unset): The cart total in cents, compared with the group's minimum purchase value (when not 0).
            Any
            JSON number (a fraction too); unlike the amounts of a purchase, text is not read as a number.
    """

    customer_email: str | Unset = UNSET
    amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_email = self.customer_email

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_email is not UNSET:
            field_dict["customerEmail"] = customer_email
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    def to_json(self, **dumps: Any) -> str:
        """The model as JSON, with the API's field names (what `to_dict()` gives); `dumps` go to `json.dumps`."""
        return json.dumps(self.to_dict(), **dumps)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_email = d.pop("customerEmail", UNSET)

        amount = d.pop("amount", UNSET)

        validate_payment_group_params = cls(
            customer_email=customer_email,
            amount=amount,
        )

        validate_payment_group_params.additional_properties = d
        return validate_payment_group_params

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
