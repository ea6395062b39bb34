# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_payment_intent_params_status import CreatePaymentIntentParamsStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CreatePaymentIntentParams")


@_attrs_define
class CreatePaymentIntentParams:
    """
    Attributes:
        amount (int): Amount paid, in cents.
        checkout_session_id (str): The `cs_` id of the checkout session that owns the payment intent (not its
            `share_id`).
        customer_id (None | str | Unset): The paying customer; defaults to the checkout session's shopper.
        metadata (Metadata | None | Unset):
        status (CreatePaymentIntentParamsStatus | Unset): Accepted but ignored: a new payment intent is always
            `SUCCEEDED`.
        client_reference_id (None | str | Unset): The merchant's id for the payment.
    """

    amount: int
    checkout_session_id: str
    customer_id: None | str | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    status: CreatePaymentIntentParamsStatus | Unset = UNSET
    client_reference_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metadata import Metadata

        amount = self.amount

        checkout_session_id = self.checkout_session_id

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        client_reference_id: None | str | Unset
        if isinstance(self.client_reference_id, Unset):
            client_reference_id = UNSET
        else:
            client_reference_id = self.client_reference_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "checkoutSessionId": checkout_session_id,
            }
        )
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if status is not UNSET:
            field_dict["status"] = status
        if client_reference_id is not UNSET:
            field_dict["clientReferenceId"] = client_reference_id

        return field_dict

    def to_json(self, **dumps: Any) -> str:
        """The model as JSON, with the API's field names (what `to_dict()` gives); `dumps` go to `json.dumps`."""
        return json.dumps(self.to_dict(), **dumps)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata import Metadata

        d = dict(src_dict)
        amount = d.pop("amount")

        checkout_session_id = d.pop("checkoutSessionId")

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customerId", UNSET))

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

        _status = d.pop("status", UNSET)
        status: CreatePaymentIntentParamsStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CreatePaymentIntentParamsStatus(_status)

        def _parse_client_reference_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_reference_id = _parse_client_reference_id(
            d.pop("clientReferenceId", UNSET)
        )

        create_payment_intent_params = cls(
            amount=amount,
            checkout_session_id=checkout_session_id,
            customer_id=customer_id,
            metadata=metadata,
            status=status,
            client_reference_id=client_reference_id,
        )

        create_payment_intent_params.additional_properties = d
        return create_payment_intent_params

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
