# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..models.locale import Locale
from ..models.order_status import OrderStatus
from ..models.risk_level import RiskLevel
from ..types import UNSET, Unset, serialize_datetime

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.metadata import Metadata
    from ..models.organization import Organization
    from ..models.payment_group import PaymentGroup


T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """
    Attributes:
        id (str): `ord_` id.
        livemode (bool):
        organization_id (str):
        amount (int): In cents.
        amount_cashback (int | None): Null until cashback is available.
        application_fee_amount (int | None): The platform's fee in cents (0 for a founder).
        customer_email (None | str): The e-mail sent (null when the order named only `customerId`).
        customer_first_name (None | str):
        customer_last_name (None | str):
        customer_phone_number (None | str):
        customer_id (None | str):
        payment_group_share_id (None | str): Echo of the request; null on the order that created the group.
        payment_group_id (None | str):
        ambassador_id (None | str):
        currency (Currency): Always `EUR`; not accepted on input.
        locale (Locale): Shopper's locale (default `fr_FR`). `en_GB` is accepted: orders store it as `en_US`; checkout
            sessions and customers keep it (observed on the reference server).
        status (OrderStatus):
        metadata (Metadata | None):
        client_reference_id (None | str):
        created_at (datetime.datetime):
        created_by (None | str):
        updated_at (datetime.datetime):
        updated_by (None | str):
        risk_level (None | RiskLevel | Unset): `LOW` for every new order.
        token (None | str | Unset): Cashback withdrawal token (64 hex characters), a secret; null until cashback is
            available.
        payment_group (None | PaymentGroup | Unset):
        customer (Customer | None | Unset):
        organization (Organization | Unset): An expanded organization (internal shape; only `id` is relied on).
    """

    id: str
    livemode: bool
    organization_id: str
    amount: int
    amount_cashback: int | None
    application_fee_amount: int | None
    customer_email: None | str
    customer_first_name: None | str
    customer_last_name: None | str
    customer_phone_number: None | str
    customer_id: None | str
    payment_group_share_id: None | str
    payment_group_id: None | str
    ambassador_id: None | str
    currency: Currency
    locale: Locale
    status: OrderStatus
    metadata: Metadata | None
    client_reference_id: None | str
    created_at: datetime.datetime
    created_by: None | str
    updated_at: datetime.datetime
    updated_by: None | str
    risk_level: None | RiskLevel | Unset = UNSET
    token: None | str | Unset = UNSET
    payment_group: None | PaymentGroup | Unset = UNSET
    customer: Customer | None | Unset = UNSET
    organization: Organization | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer import Customer
        from ..models.metadata import Metadata
        from ..models.payment_group import PaymentGroup

        id = self.id

        livemode = self.livemode

        organization_id = self.organization_id

        amount = self.amount

        amount_cashback: int | None
        amount_cashback = self.amount_cashback

        application_fee_amount: int | None
        application_fee_amount = self.application_fee_amount

        customer_email: None | str
        customer_email = self.customer_email

        customer_first_name: None | str
        customer_first_name = self.customer_first_name

        customer_last_name: None | str
        customer_last_name = self.customer_last_name

        customer_phone_number: None | str
        customer_phone_number = self.customer_phone_number

        customer_id: None | str
        customer_id = self.customer_id

        payment_group_share_id: None | str
        payment_group_share_id = self.payment_group_share_id

        payment_group_id: None | str
        payment_group_id = self.payment_group_id

        ambassador_id: None | str
        ambassador_id = self.ambassador_id

        currency = self.currency.value

        locale = self.locale.value

        status = self.status.value

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        client_reference_id: None | str
        client_reference_id = self.client_reference_id

        created_at = serialize_datetime(
            self.created_at, f"{type(self).__name__}.created_at"
        )

        created_by: None | str
        created_by = self.created_by

        updated_at = serialize_datetime(
            self.updated_at, f"{type(self).__name__}.updated_at"
        )

        updated_by: None | str
        updated_by = self.updated_by

        risk_level: None | str | Unset
        if isinstance(self.risk_level, Unset):
            risk_level = UNSET
        elif isinstance(self.risk_level, RiskLevel):
            risk_level = self.risk_level.value
        else:
            risk_level = self.risk_level

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
                "amount_cashback": amount_cashback,
                "application_fee_amount": application_fee_amount,
                "customer_email": customer_email,
                "customer_first_name": customer_first_name,
                "customer_last_name": customer_last_name,
                "customer_phone_number": customer_phone_number,
                "customer_id": customer_id,
                "payment_group_share_id": payment_group_share_id,
                "payment_group_id": payment_group_id,
                "ambassador_id": ambassador_id,
                "currency": currency,
                "locale": locale,
                "status": status,
                "metadata": metadata,
                "client_reference_id": client_reference_id,
                "created_at": created_at,
                "created_by": created_by,
                "updated_at": updated_at,
                "updated_by": updated_by,
            }
        )
        if risk_level is not UNSET:
            field_dict["risk_level"] = risk_level
        if token is not UNSET:
            field_dict["token"] = token
        if payment_group is not UNSET:
            field_dict["payment_group"] = payment_group
        if customer is not UNSET:
            field_dict["customer"] = customer
        if organization is not UNSET:
            field_dict["organization"] = organization

        return field_dict

    def to_json(self, **dumps: Any) -> str:
        """The model as JSON, with the API's field names (what `to_dict()` gives); `dumps` go to `json.dumps`."""
        return json.dumps(self.to_dict(), **dumps)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer import Customer
        from ..models.metadata import Metadata
        from ..models.organization import Organization
        from ..models.payment_group import PaymentGroup

        d = dict(src_dict)
        id = d.pop("id")

        livemode = d.pop("livemode")

        organization_id = d.pop("organization_id")

        amount = d.pop("amount")

        def _parse_amount_cashback(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        amount_cashback = _parse_amount_cashback(d.pop("amount_cashback"))

        def _parse_application_fee_amount(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        application_fee_amount = _parse_application_fee_amount(
            d.pop("application_fee_amount")
        )

        def _parse_customer_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_email = _parse_customer_email(d.pop("customer_email"))

        def _parse_customer_first_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_first_name = _parse_customer_first_name(d.pop("customer_first_name"))

        def _parse_customer_last_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_last_name = _parse_customer_last_name(d.pop("customer_last_name"))

        def _parse_customer_phone_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_phone_number = _parse_customer_phone_number(
            d.pop("customer_phone_number")
        )

        def _parse_customer_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_id = _parse_customer_id(d.pop("customer_id"))

        def _parse_payment_group_share_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payment_group_share_id = _parse_payment_group_share_id(
            d.pop("payment_group_share_id")
        )

        def _parse_payment_group_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payment_group_id = _parse_payment_group_id(d.pop("payment_group_id"))

        def _parse_ambassador_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ambassador_id = _parse_ambassador_id(d.pop("ambassador_id"))

        currency = Currency(d.pop("currency"))

        locale = Locale(d.pop("locale"))

        status = OrderStatus(d.pop("status"))

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

        def _parse_client_reference_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_reference_id = _parse_client_reference_id(d.pop("client_reference_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_created_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_by = _parse_created_by(d.pop("created_by"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_updated_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_by = _parse_updated_by(d.pop("updated_by"))

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

        _organization = d.pop("organization", UNSET)
        organization: Organization | Unset
        if isinstance(_organization, Unset):
            organization = UNSET
        else:
            organization = Organization.from_dict(_organization)

        order = cls(
            id=id,
            livemode=livemode,
            organization_id=organization_id,
            amount=amount,
            amount_cashback=amount_cashback,
            application_fee_amount=application_fee_amount,
            customer_email=customer_email,
            customer_first_name=customer_first_name,
            customer_last_name=customer_last_name,
            customer_phone_number=customer_phone_number,
            customer_id=customer_id,
            payment_group_share_id=payment_group_share_id,
            payment_group_id=payment_group_id,
            ambassador_id=ambassador_id,
            currency=currency,
            locale=locale,
            status=status,
            metadata=metadata,
            client_reference_id=client_reference_id,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            updated_by=updated_by,
            risk_level=risk_level,
            token=token,
            payment_group=payment_group,
            customer=customer,
            organization=organization,
        )

        order.additional_properties = d
        return order

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
