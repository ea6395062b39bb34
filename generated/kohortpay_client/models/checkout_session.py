# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkout_session_status import CheckoutSessionStatus
from ..models.currency import Currency
from ..models.locale import Locale
from ..types import UNSET, Unset, serialize_datetime

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.line_item import LineItem
    from ..models.metadata import Metadata
    from ..models.organization import Organization
    from ..models.payment_group import PaymentGroup
    from ..models.payment_intent import PaymentIntent


T = TypeVar("T", bound="CheckoutSession")


@_attrs_define
class CheckoutSession:
    """
    Attributes:
        id (str): `cs_` id.
        share_id (str): `cs_test_` or `cs_live_` followed by 58 hex characters.
        livemode (bool):
        organization_id (str):
        url (str): The hosted checkout page.
        amount_total (int): In cents.
        status (CheckoutSessionStatus):
        success_url (None | str):
        cancel_url (None | str):
        customer_email (None | str):
        customer_first_name (None | str):
        customer_last_name (None | str):
        customer_phone_number (None | str):
        customer_id (None | str): The paying customer, set asynchronously; in the creation response, the `customerId`
            sent (null without one).
        currency (Currency): Always `EUR`; not accepted on input.
        locale (Locale): Shopper's locale (default `fr_FR`). `en_GB` is accepted: orders store it as `en_US`; checkout
            sessions and customers keep it (observed on the reference server).
        metadata (Metadata | None):
        payment_group_share_id (None | str):
        client_reference_id (None | str):
        payment_client_reference_id (None | str):
        expires_at (datetime.datetime):
        completed_at (datetime.datetime | None): Set asynchronously; null in the creation response.
        created_at (datetime.datetime):
        created_by (None | str):
        updated_at (datetime.datetime):
        updated_by (None | str):
        line_items (list[LineItem] | Unset): Expanded (`expand[]=lineItems`), in no particular order (the server does
            not sort them).
        payment_intent (None | PaymentIntent | Unset): Expanded; its `payment_group`
            (`expand[]=paymentIntent.paymentGroup`) is the group the session founded or joined.
        payment_group (None | PaymentGroup | Unset): Expanded; the group of the code the session used
            (`payment_group_share_id`), null for a session that founded one.
        customer (Customer | None | Unset):
        organization (Organization | Unset): An expanded organization (internal shape; only `id` is relied on).
    """

    id: str
    share_id: str
    livemode: bool
    organization_id: str
    url: str
    amount_total: int
    status: CheckoutSessionStatus
    success_url: None | str
    cancel_url: None | str
    customer_email: None | str
    customer_first_name: None | str
    customer_last_name: None | str
    customer_phone_number: None | str
    customer_id: None | str
    currency: Currency
    locale: Locale
    metadata: Metadata | None
    payment_group_share_id: None | str
    client_reference_id: None | str
    payment_client_reference_id: None | str
    expires_at: datetime.datetime
    completed_at: datetime.datetime | None
    created_at: datetime.datetime
    created_by: None | str
    updated_at: datetime.datetime
    updated_by: None | str
    line_items: list[LineItem] | Unset = UNSET
    payment_intent: None | PaymentIntent | Unset = UNSET
    payment_group: None | PaymentGroup | Unset = UNSET
    customer: Customer | None | Unset = UNSET
    organization: Organization | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer import Customer
        from ..models.metadata import Metadata
        from ..models.payment_group import PaymentGroup
        from ..models.payment_intent import PaymentIntent

        id = self.id

        share_id = self.share_id

        livemode = self.livemode

        organization_id = self.organization_id

        url = self.url

        amount_total = self.amount_total

        status = self.status.value

        success_url: None | str
        success_url = self.success_url

        cancel_url: None | str
        cancel_url = self.cancel_url

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

        currency = self.currency.value

        locale = self.locale.value

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        payment_group_share_id: None | str
        payment_group_share_id = self.payment_group_share_id

        client_reference_id: None | str
        client_reference_id = self.client_reference_id

        payment_client_reference_id: None | str
        payment_client_reference_id = self.payment_client_reference_id

        expires_at = serialize_datetime(
            self.expires_at, f"{type(self).__name__}.expires_at"
        )

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = serialize_datetime(
                self.completed_at, f"{type(self).__name__}.completed_at"
            )
        else:
            completed_at = self.completed_at

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

        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

        payment_intent: dict[str, Any] | None | Unset
        if isinstance(self.payment_intent, Unset):
            payment_intent = UNSET
        elif isinstance(self.payment_intent, PaymentIntent):
            payment_intent = self.payment_intent.to_dict()
        else:
            payment_intent = self.payment_intent

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
                "share_id": share_id,
                "livemode": livemode,
                "organization_id": organization_id,
                "url": url,
                "amount_total": amount_total,
                "status": status,
                "success_url": success_url,
                "cancel_url": cancel_url,
                "customer_email": customer_email,
                "customer_first_name": customer_first_name,
                "customer_last_name": customer_last_name,
                "customer_phone_number": customer_phone_number,
                "customer_id": customer_id,
                "currency": currency,
                "locale": locale,
                "metadata": metadata,
                "payment_group_share_id": payment_group_share_id,
                "client_reference_id": client_reference_id,
                "payment_client_reference_id": payment_client_reference_id,
                "expires_at": expires_at,
                "completed_at": completed_at,
                "created_at": created_at,
                "created_by": created_by,
                "updated_at": updated_at,
                "updated_by": updated_by,
            }
        )
        if line_items is not UNSET:
            field_dict["line_items"] = line_items
        if payment_intent is not UNSET:
            field_dict["payment_intent"] = payment_intent
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
        from ..models.line_item import LineItem
        from ..models.metadata import Metadata
        from ..models.organization import Organization
        from ..models.payment_group import PaymentGroup
        from ..models.payment_intent import PaymentIntent

        d = dict(src_dict)
        id = d.pop("id")

        share_id = d.pop("share_id")

        livemode = d.pop("livemode")

        organization_id = d.pop("organization_id")

        url = d.pop("url")

        amount_total = d.pop("amount_total")

        status = CheckoutSessionStatus(d.pop("status"))

        def _parse_success_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        success_url = _parse_success_url(d.pop("success_url"))

        def _parse_cancel_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cancel_url = _parse_cancel_url(d.pop("cancel_url"))

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

        currency = Currency(d.pop("currency"))

        locale = Locale(d.pop("locale"))

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

        def _parse_payment_group_share_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payment_group_share_id = _parse_payment_group_share_id(
            d.pop("payment_group_share_id")
        )

        def _parse_client_reference_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_reference_id = _parse_client_reference_id(d.pop("client_reference_id"))

        def _parse_payment_client_reference_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payment_client_reference_id = _parse_payment_client_reference_id(
            d.pop("payment_client_reference_id")
        )

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

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

        _line_items = d.pop("line_items", UNSET)
        line_items: list[LineItem] | Unset = UNSET
        if _line_items is not UNSET:
            line_items = []
            for line_items_item_data in _line_items:
                line_items_item = LineItem.from_dict(line_items_item_data)

                line_items.append(line_items_item)

        def _parse_payment_intent(data: object) -> None | PaymentIntent | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_intent_type_0 = PaymentIntent.from_dict(data)

                return payment_intent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentIntent | Unset, data)

        payment_intent = _parse_payment_intent(d.pop("payment_intent", UNSET))

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

        checkout_session = cls(
            id=id,
            share_id=share_id,
            livemode=livemode,
            organization_id=organization_id,
            url=url,
            amount_total=amount_total,
            status=status,
            success_url=success_url,
            cancel_url=cancel_url,
            customer_email=customer_email,
            customer_first_name=customer_first_name,
            customer_last_name=customer_last_name,
            customer_phone_number=customer_phone_number,
            customer_id=customer_id,
            currency=currency,
            locale=locale,
            metadata=metadata,
            payment_group_share_id=payment_group_share_id,
            client_reference_id=client_reference_id,
            payment_client_reference_id=payment_client_reference_id,
            expires_at=expires_at,
            completed_at=completed_at,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            updated_by=updated_by,
            line_items=line_items,
            payment_intent=payment_intent,
            payment_group=payment_group,
            customer=customer,
            organization=organization,
        )

        checkout_session.additional_properties = d
        return checkout_session

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
