from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_intent_status import PaymentIntentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CreatePaymentIntentParams")


@_attrs_define
class CreatePaymentIntentParams:
    """
    Attributes:
        amount (int): Amount to charge, in cents.
        checkout_session_id (str): The checkout session that owns the payment intent.
        customer_id (None | str | Unset): The paying customer.
        metadata (Metadata | Unset): Free-form key/value data. Stored and returned verbatim — keys are never re-cased
            and values
            keep their JSON type (strings, numbers, `null`…), although the 2024 docs declare string values.
        status (PaymentIntentStatus | Unset): Union of every status the server has used. The current server uses
            `SUCCEEDED`,
            `CANCELED` and the three `CASHBACK_*` statuses; the hosted-payment statuses and the refund
            statuses were pruned in October 2024 but may appear on older objects.
    """

    amount: int
    checkout_session_id: str
    customer_id: None | str | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    status: PaymentIntentStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        checkout_session_id = self.checkout_session_id

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

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

        return field_dict

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

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _status = d.pop("status", UNSET)
        status: PaymentIntentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PaymentIntentStatus(_status)

        create_payment_intent_params = cls(
            amount=amount,
            checkout_session_id=checkout_session_id,
            customer_id=customer_id,
            metadata=metadata,
            status=status,
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

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
