# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..models.payment_intent_status import PaymentIntentStatus
from ..models.risk_level import RiskLevel
from ..types import UNSET, Unset, serialize_datetime

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="WebhookPaymentIntent")


@_attrs_define
class WebhookPaymentIntent:
    """A payment intent, as sent in webhooks (camelCase).

    Attributes:
        id (str):
        livemode (bool):
        organization_id (str):
        amount (int):
        currency (Currency): Always `EUR`; not accepted on input.
        status (PaymentIntentStatus): Union of every status the server has used. The current server uses `SUCCEEDED`,
            `CANCELED` and the three `CASHBACK_*` statuses; the hosted-payment statuses and the refund
            statuses were pruned in October 2024 but may appear on older objects.
        created_at (datetime.datetime):
        amount_captured (int | None | Unset):
        amount_cashback (int | None | Unset):
        application_fee_amount (int | None | Unset):
        risk_level (None | RiskLevel | Unset):
        checkout_session_id (None | str | Unset):
        customer_id (None | str | Unset):
        customer_email (None | str | Unset):
        payment_group_id (None | str | Unset): Null in `payment_intent.succeeded`: the group is founded or joined
            afterwards.
        ambassador_id (None | str | Unset):
        client_reference_id (None | str | Unset):
        token (None | str | Unset): Cashback withdrawal token (a secret); null until cashback is available.
        metadata (Metadata | None | Unset):
        canceled_at (datetime.datetime | None | Unset):
        created_by (None | str | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (None | str | Unset):
    """

    id: str
    livemode: bool
    organization_id: str
    amount: int
    currency: Currency
    status: PaymentIntentStatus
    created_at: datetime.datetime
    amount_captured: int | None | Unset = UNSET
    amount_cashback: int | None | Unset = UNSET
    application_fee_amount: int | None | Unset = UNSET
    risk_level: None | RiskLevel | Unset = UNSET
    checkout_session_id: None | str | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    customer_email: None | str | Unset = UNSET
    payment_group_id: None | str | Unset = UNSET
    ambassador_id: None | str | Unset = UNSET
    client_reference_id: None | str | Unset = UNSET
    token: None | str | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    canceled_at: datetime.datetime | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metadata import Metadata

        id = self.id

        livemode = self.livemode

        organization_id = self.organization_id

        amount = self.amount

        currency = self.currency.value

        status = self.status.value

        created_at = serialize_datetime(
            self.created_at, f"{type(self).__name__}.created_at"
        )

        amount_captured: int | None | Unset
        if isinstance(self.amount_captured, Unset):
            amount_captured = UNSET
        else:
            amount_captured = self.amount_captured

        amount_cashback: int | None | Unset
        if isinstance(self.amount_cashback, Unset):
            amount_cashback = UNSET
        else:
            amount_cashback = self.amount_cashback

        application_fee_amount: int | None | Unset
        if isinstance(self.application_fee_amount, Unset):
            application_fee_amount = UNSET
        else:
            application_fee_amount = self.application_fee_amount

        risk_level: None | str | Unset
        if isinstance(self.risk_level, Unset):
            risk_level = UNSET
        elif isinstance(self.risk_level, RiskLevel):
            risk_level = self.risk_level.value
        else:
            risk_level = self.risk_level

        checkout_session_id: None | str | Unset
        if isinstance(self.checkout_session_id, Unset):
            checkout_session_id = UNSET
        else:
            checkout_session_id = self.checkout_session_id

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        customer_email: None | str | Unset
        if isinstance(self.customer_email, Unset):
            customer_email = UNSET
        else:
            customer_email = self.customer_email

        payment_group_id: None | str | Unset
        if isinstance(self.payment_group_id, Unset):
            payment_group_id = UNSET
        else:
            payment_group_id = self.payment_group_id

        ambassador_id: None | str | Unset
        if isinstance(self.ambassador_id, Unset):
            ambassador_id = UNSET
        else:
            ambassador_id = self.ambassador_id

        client_reference_id: None | str | Unset
        if isinstance(self.client_reference_id, Unset):
            client_reference_id = UNSET
        else:
            client_reference_id = self.client_reference_id

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        canceled_at: None | str | Unset
        if isinstance(self.canceled_at, Unset):
            canceled_at = UNSET
        elif isinstance(self.canceled_at, datetime.datetime):
            canceled_at = serialize_datetime(
                self.canceled_at, f"{type(self).__name__}.canceled_at"
            )
        else:
            canceled_at = self.canceled_at

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = serialize_datetime(
                self.updated_at, f"{type(self).__name__}.updated_at"
            )

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "livemode": livemode,
                "organizationId": organization_id,
                "amount": amount,
                "currency": currency,
                "status": status,
                "createdAt": created_at,
            }
        )
        if amount_captured is not UNSET:
            field_dict["amountCaptured"] = amount_captured
        if amount_cashback is not UNSET:
            field_dict["amountCashback"] = amount_cashback
        if application_fee_amount is not UNSET:
            field_dict["applicationFeeAmount"] = application_fee_amount
        if risk_level is not UNSET:
            field_dict["riskLevel"] = risk_level
        if checkout_session_id is not UNSET:
            field_dict["checkoutSessionId"] = checkout_session_id
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if customer_email is not UNSET:
            field_dict["customerEmail"] = customer_email
        if payment_group_id is not UNSET:
            field_dict["paymentGroupId"] = payment_group_id
        if ambassador_id is not UNSET:
            field_dict["ambassadorId"] = ambassador_id
        if client_reference_id is not UNSET:
            field_dict["clientReferenceId"] = client_reference_id
        if token is not UNSET:
            field_dict["token"] = token
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if canceled_at is not UNSET:
            field_dict["canceledAt"] = canceled_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by

        return field_dict

    def to_json(self, **dumps: Any) -> str:
        """The model as JSON, with the API's field names (what `to_dict()` gives); `dumps` go to `json.dumps`."""
        return json.dumps(self.to_dict(), **dumps)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata import Metadata

        d = dict(src_dict)
        id = d.pop("id")

        livemode = d.pop("livemode")

        organization_id = d.pop("organizationId")

        amount = d.pop("amount")

        currency = Currency(d.pop("currency"))

        status = PaymentIntentStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_amount_captured(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_captured = _parse_amount_captured(d.pop("amountCaptured", UNSET))

        def _parse_amount_cashback(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_cashback = _parse_amount_cashback(d.pop("amountCashback", UNSET))

        def _parse_application_fee_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        application_fee_amount = _parse_application_fee_amount(
            d.pop("applicationFeeAmount", UNSET)
        )

        def _parse_risk_level(data: object) -> None | RiskLevel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                risk_level_type_0 = RiskLevel(data)

                return risk_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskLevel | Unset, data)

        risk_level = _parse_risk_level(d.pop("riskLevel", UNSET))

        def _parse_checkout_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        checkout_session_id = _parse_checkout_session_id(
            d.pop("checkoutSessionId", UNSET)
        )

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customerId", UNSET))

        def _parse_customer_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_email = _parse_customer_email(d.pop("customerEmail", UNSET))

        def _parse_payment_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_group_id = _parse_payment_group_id(d.pop("paymentGroupId", UNSET))

        def _parse_ambassador_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ambassador_id = _parse_ambassador_id(d.pop("ambassadorId", UNSET))

        def _parse_client_reference_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_reference_id = _parse_client_reference_id(
            d.pop("clientReferenceId", UNSET)
        )

        def _parse_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token = _parse_token(d.pop("token", UNSET))

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

        def _parse_canceled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                canceled_at_type_0 = datetime.datetime.fromisoformat(data)

                return canceled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        canceled_at = _parse_canceled_at(d.pop("canceledAt", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("createdBy", UNSET))

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        def _parse_updated_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by = _parse_updated_by(d.pop("updatedBy", UNSET))

        webhook_payment_intent = cls(
            id=id,
            livemode=livemode,
            organization_id=organization_id,
            amount=amount,
            currency=currency,
            status=status,
            created_at=created_at,
            amount_captured=amount_captured,
            amount_cashback=amount_cashback,
            application_fee_amount=application_fee_amount,
            risk_level=risk_level,
            checkout_session_id=checkout_session_id,
            customer_id=customer_id,
            customer_email=customer_email,
            payment_group_id=payment_group_id,
            ambassador_id=ambassador_id,
            client_reference_id=client_reference_id,
            token=token,
            metadata=metadata,
            canceled_at=canceled_at,
            created_by=created_by,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        webhook_payment_intent.additional_properties = d
        return webhook_payment_intent

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
