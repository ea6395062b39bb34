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
    from ..models.checkout_session import CheckoutSession
    from ..models.customer import Customer
    from ..models.metadata import Metadata
    from ..models.organization import Organization
    from ..models.payment_group import PaymentGroup


T = TypeVar("T", bound="PaymentIntent")


@_attrs_define
class PaymentIntent:
    """
    Attributes:
        id (str): `pi_` id.
        livemode (bool):
        organization_id (str):
        amount (int): Amount paid, in cents.
        amount_captured (int | None): `amount − amount_cashback`, set when the group completes.
        amount_cashback (int | None): Cashback owed, set when the group completes.
        currency (Currency): Always `EUR`; not accepted on input.
        status (PaymentIntentStatus): Union of every status the server has used. The current server uses `SUCCEEDED`,
            `CANCELED` and the three `CASHBACK_*` statuses; the hosted-payment statuses and the refund
            statuses were pruned in October 2024 but may appear on older objects.
        checkout_session_id (None | str):
        customer_id (None | str):
        customer_email (None | str):
        payment_group_id (None | str): The group this payment intent belongs to.
        client_reference_id (None | str): Copied from the checkout session's `payment_client_reference_id`.
        metadata (Metadata | None):
        canceled_at (datetime.datetime | None):
        created_at (datetime.datetime):
        created_by (str): `system` when no dashboard user was involved.
        updated_at (datetime.datetime):
        updated_by (None | str):
        application_fee_amount (int | None | Unset): Fee due to the platform; not always sent.
        risk_level (None | RiskLevel | Unset):
        ambassador_id (None | str | Unset):
        token (None | str | Unset): Cashback withdrawal token (64 hex characters).
        payment_group (None | PaymentGroup | Unset): Expanded (`expand[]=paymentGroup`); null while the group is being
            founded or joined.
        customer (Customer | None | Unset):
        checkout_session (CheckoutSession | None | Unset):
        organization (Organization | Unset): An expanded organization (internal shape; only `id` is relied on).
    """

    id: str
    livemode: bool
    organization_id: str
    amount: int
    amount_captured: int | None
    amount_cashback: int | None
    currency: Currency
    status: PaymentIntentStatus
    checkout_session_id: None | str
    customer_id: None | str
    customer_email: None | str
    payment_group_id: None | str
    client_reference_id: None | str
    metadata: Metadata | None
    canceled_at: datetime.datetime | None
    created_at: datetime.datetime
    created_by: str
    updated_at: datetime.datetime
    updated_by: None | str
    application_fee_amount: int | None | Unset = UNSET
    risk_level: None | RiskLevel | Unset = UNSET
    ambassador_id: None | str | Unset = UNSET
    token: None | str | Unset = UNSET
    payment_group: None | PaymentGroup | Unset = UNSET
    customer: Customer | None | Unset = UNSET
    checkout_session: CheckoutSession | None | Unset = UNSET
    organization: Organization | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.checkout_session import CheckoutSession
        from ..models.customer import Customer
        from ..models.metadata import Metadata
        from ..models.payment_group import PaymentGroup

        id = self.id

        livemode = self.livemode

        organization_id = self.organization_id

        amount = self.amount

        amount_captured: int | None
        amount_captured = self.amount_captured

        amount_cashback: int | None
        amount_cashback = self.amount_cashback

        currency = self.currency.value

        status = self.status.value

        checkout_session_id: None | str
        checkout_session_id = self.checkout_session_id

        customer_id: None | str
        customer_id = self.customer_id

        customer_email: None | str
        customer_email = self.customer_email

        payment_group_id: None | str
        payment_group_id = self.payment_group_id

        client_reference_id: None | str
        client_reference_id = self.client_reference_id

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        canceled_at: None | str
        if isinstance(self.canceled_at, datetime.datetime):
            canceled_at = serialize_datetime(
                self.canceled_at, f"{type(self).__name__}.canceled_at"
            )
        else:
            canceled_at = self.canceled_at

        created_at = serialize_datetime(
            self.created_at, f"{type(self).__name__}.created_at"
        )

        created_by = self.created_by

        updated_at = serialize_datetime(
            self.updated_at, f"{type(self).__name__}.updated_at"
        )

        updated_by: None | str
        updated_by = self.updated_by

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

        ambassador_id: None | str | Unset
        if isinstance(self.ambassador_id, Unset):
            ambassador_id = UNSET
        else:
            ambassador_id = self.ambassador_id

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        payment_group: dict[str, Any] | None | Unset
        if isinstance(self.payment_group, Unset):
            payment_group = UNSET
        elif isinstance(self.payment_group, PaymentGroup):
            payment_group = self.payment_group.to_dict()
        else:
            payment_group = self.payment_group

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, Customer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        checkout_session: dict[str, Any] | None | Unset
        if isinstance(self.checkout_session, Unset):
            checkout_session = UNSET
        elif isinstance(self.checkout_session, CheckoutSession):
            checkout_session = self.checkout_session.to_dict()
        else:
            checkout_session = self.checkout_session

        organization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organization, Unset):
            organization = self.organization.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "livemode": livemode,
                "organization_id": organization_id,
                "amount": amount,
                "amount_captured": amount_captured,
                "amount_cashback": amount_cashback,
                "currency": currency,
                "status": status,
                "checkout_session_id": checkout_session_id,
                "customer_id": customer_id,
                "customer_email": customer_email,
                "payment_group_id": payment_group_id,
                "client_reference_id": client_reference_id,
                "metadata": metadata,
                "canceled_at": canceled_at,
                "created_at": created_at,
                "created_by": created_by,
                "updated_at": updated_at,
                "updated_by": updated_by,
            }
        )
        if application_fee_amount is not UNSET:
            field_dict["application_fee_amount"] = application_fee_amount
        if risk_level is not UNSET:
            field_dict["risk_level"] = risk_level
        if ambassador_id is not UNSET:
            field_dict["ambassador_id"] = ambassador_id
        if token is not UNSET:
            field_dict["token"] = token
        if payment_group is not UNSET:
            field_dict["payment_group"] = payment_group
        if customer is not UNSET:
            field_dict["customer"] = customer
        if checkout_session is not UNSET:
            field_dict["checkout_session"] = checkout_session
        if organization is not UNSET:
            field_dict["organization"] = organization

        return field_dict

    def to_json(self, **dumps: Any) -> str:
        """The model as JSON, with the API's field names (what `to_dict()` gives); `dumps` go to `json.dumps`."""
        return json.dumps(self.to_dict(), **dumps)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.checkout_session import CheckoutSession
        from ..models.customer import Customer
        from ..models.metadata import Metadata
        from ..models.organization import Organization
        from ..models.payment_group import PaymentGroup

        d = dict(src_dict)
        id = d.pop("id")

        livemode = d.pop("livemode")

        organization_id = d.pop("organization_id")

        amount = d.pop("amount")

        def _parse_amount_captured(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        amount_captured = _parse_amount_captured(d.pop("amount_captured"))

        def _parse_amount_cashback(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        amount_cashback = _parse_amount_cashback(d.pop("amount_cashback"))

        currency = Currency(d.pop("currency"))

        status = PaymentIntentStatus(d.pop("status"))

        def _parse_checkout_session_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        checkout_session_id = _parse_checkout_session_id(d.pop("checkout_session_id"))

        def _parse_customer_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_id = _parse_customer_id(d.pop("customer_id"))

        def _parse_customer_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_email = _parse_customer_email(d.pop("customer_email"))

        def _parse_payment_group_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payment_group_id = _parse_payment_group_id(d.pop("payment_group_id"))

        def _parse_client_reference_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_reference_id = _parse_client_reference_id(d.pop("client_reference_id"))

        def _parse_metadata(data: object) -> Metadata | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = Metadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Metadata | None, data)

        metadata = _parse_metadata(d.pop("metadata"))

        def _parse_canceled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                canceled_at_type_0 = datetime.datetime.fromisoformat(data)

                return canceled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        canceled_at = _parse_canceled_at(d.pop("canceled_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_updated_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_by = _parse_updated_by(d.pop("updated_by"))

        def _parse_application_fee_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        application_fee_amount = _parse_application_fee_amount(
            d.pop("application_fee_amount", UNSET)
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

        risk_level = _parse_risk_level(d.pop("risk_level", UNSET))

        def _parse_ambassador_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ambassador_id = _parse_ambassador_id(d.pop("ambassador_id", UNSET))

        def _parse_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token = _parse_token(d.pop("token", UNSET))

        def _parse_payment_group(data: object) -> None | PaymentGroup | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_group_type_0 = PaymentGroup.from_dict(data)

                return payment_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentGroup | Unset, data)

        payment_group = _parse_payment_group(d.pop("payment_group", UNSET))

        def _parse_customer(data: object) -> Customer | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_0 = Customer.from_dict(data)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Customer | None | Unset, data)

        customer = _parse_customer(d.pop("customer", UNSET))

        def _parse_checkout_session(data: object) -> CheckoutSession | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                checkout_session_type_0 = CheckoutSession.from_dict(data)

                return checkout_session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CheckoutSession | None | Unset, data)

        checkout_session = _parse_checkout_session(d.pop("checkout_session", UNSET))

        _organization = d.pop("organization", UNSET)
        organization: Organization | Unset
        if isinstance(_organization, Unset):
            organization = UNSET
        else:
            organization = Organization.from_dict(_organization)

        payment_intent = cls(
            id=id,
            livemode=livemode,
            organization_id=organization_id,
            amount=amount,
            amount_captured=amount_captured,
            amount_cashback=amount_cashback,
            currency=currency,
            status=status,
            checkout_session_id=checkout_session_id,
            customer_id=customer_id,
            customer_email=customer_email,
            payment_group_id=payment_group_id,
            client_reference_id=client_reference_id,
            metadata=metadata,
            canceled_at=canceled_at,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            updated_by=updated_by,
            application_fee_amount=application_fee_amount,
            risk_level=risk_level,
            ambassador_id=ambassador_id,
            token=token,
            payment_group=payment_group,
            customer=customer,
            checkout_session=checkout_session,
            organization=organization,
        )

        payment_intent.additional_properties = d
        return payment_intent

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
