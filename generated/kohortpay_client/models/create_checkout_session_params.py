# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.locale import Locale
from ..types import UNSET, Unset, serialize_datetime

if TYPE_CHECKING:
    from ..models.line_item_params import LineItemParams
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CreateCheckoutSessionParams")


@_attrs_define
class CreateCheckoutSessionParams:
    """Needs `customerId`, or `customerEmail` with `customerFirstName` and `customerLastName`: without
    them the server answers 500 after storing the session.

        Attributes:
            amount_total (int): Total paid, in cents; at least the minimum purchase value.
            line_items (list[LineItemParams] | Unset):
            locale (Locale | Unset): Shopper's locale (default `fr_FR`). `en_GB` is accepted: orders store it as `en_US`;
                checkout
                sessions and customers keep it (observed on the reference server).
            success_url (str | Unset):
            cancel_url (str | Unset):
            customer_email (str | Unset):
            customer_first_name (str | Unset): Needed with the e-mail, even for a known shopper.
            customer_last_name (str | Unset): Needed with the e-mail, even for a known shopper.
            customer_phone_number (str | Unset): Replaces a matched customer's phone number.
            customer_id (str | Unset): A customer of the key's organization and mode. One that does not exist makes the
                server
                answer 500 (after storing nothing); one of another organization, 404 after storing the session.
            expires_at (datetime.datetime | Unset): Between now + 30 minutes and now + 24 hours, where the server's "now" is
                the time it started
                (the window is fixed at start-up); default now + 1 day.
            metadata (Metadata | Unset): Free-form key/value data. Stored and returned verbatim — keys are never re-cased
                and values
                keep their JSON type (strings, numbers, `null`…), although the 2024 docs declare string values.
            client_reference_id (str | Unset): The merchant's id for the session; unique among sessions.
            payment_client_reference_id (str | Unset): Becomes the payment intent's `client_reference_id`; unique among
                payment intents.
            payment_group_share_id (str | Unset): A group code to join (`KHT-…`) or an ambassador code (`KHTAMB-…`, which
                founds no group);
                without one a new group is founded. An empty string makes the server answer 500.
    """

    amount_total: int
    line_items: list[LineItemParams] | Unset = UNSET
    locale: Locale | Unset = UNSET
    success_url: str | Unset = UNSET
    cancel_url: str | Unset = UNSET
    customer_email: str | Unset = UNSET
    customer_first_name: str | Unset = UNSET
    customer_last_name: str | Unset = UNSET
    customer_phone_number: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    client_reference_id: str | Unset = UNSET
    payment_client_reference_id: str | Unset = UNSET
    payment_group_share_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_total = self.amount_total

        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

        locale: str | Unset = UNSET
        if not isinstance(self.locale, Unset):
            locale = self.locale.value

        success_url = self.success_url

        cancel_url = self.cancel_url

        customer_email = self.customer_email

        customer_first_name = self.customer_first_name

        customer_last_name = self.customer_last_name

        customer_phone_number = self.customer_phone_number

        customer_id = self.customer_id

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = serialize_datetime(
                self.expires_at, f"{type(self).__name__}.expires_at"
            )

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        client_reference_id = self.client_reference_id

        payment_client_reference_id = self.payment_client_reference_id

        payment_group_share_id = self.payment_group_share_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amountTotal": amount_total,
            }
        )
        if line_items is not UNSET:
            field_dict["lineItems"] = line_items
        if locale is not UNSET:
            field_dict["locale"] = locale
        if success_url is not UNSET:
            field_dict["successUrl"] = success_url
        if cancel_url is not UNSET:
            field_dict["cancelUrl"] = cancel_url
        if customer_email is not UNSET:
            field_dict["customerEmail"] = customer_email
        if customer_first_name is not UNSET:
            field_dict["customerFirstName"] = customer_first_name
        if customer_last_name is not UNSET:
            field_dict["customerLastName"] = customer_last_name
        if customer_phone_number is not UNSET:
            field_dict["customerPhoneNumber"] = customer_phone_number
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if client_reference_id is not UNSET:
            field_dict["clientReferenceId"] = client_reference_id
        if payment_client_reference_id is not UNSET:
            field_dict["paymentClientReferenceId"] = payment_client_reference_id
        if payment_group_share_id is not UNSET:
            field_dict["paymentGroupShareId"] = payment_group_share_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.line_item_params import LineItemParams
        from ..models.metadata import Metadata

        d = dict(src_dict)
        amount_total = d.pop("amountTotal")

        _line_items = d.pop("lineItems", UNSET)
        line_items: list[LineItemParams] | Unset = UNSET
        if _line_items is not UNSET:
            line_items = []
            for line_items_item_data in _line_items:
                line_items_item = LineItemParams.from_dict(line_items_item_data)

                line_items.append(line_items_item)

        _locale = d.pop("locale", UNSET)
        locale: Locale | Unset
        if isinstance(_locale, Unset):
            locale = UNSET
        else:
            locale = Locale(_locale)

        success_url = d.pop("successUrl", UNSET)

        cancel_url = d.pop("cancelUrl", UNSET)

        customer_email = d.pop("customerEmail", UNSET)

        customer_first_name = d.pop("customerFirstName", UNSET)

        customer_last_name = d.pop("customerLastName", UNSET)

        customer_phone_number = d.pop("customerPhoneNumber", UNSET)

        customer_id = d.pop("customerId", UNSET)

        _expires_at = d.pop("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        client_reference_id = d.pop("clientReferenceId", UNSET)

        payment_client_reference_id = d.pop("paymentClientReferenceId", UNSET)

        payment_group_share_id = d.pop("paymentGroupShareId", UNSET)

        create_checkout_session_params = cls(
            amount_total=amount_total,
            line_items=line_items,
            locale=locale,
            success_url=success_url,
            cancel_url=cancel_url,
            customer_email=customer_email,
            customer_first_name=customer_first_name,
            customer_last_name=customer_last_name,
            customer_phone_number=customer_phone_number,
            customer_id=customer_id,
            expires_at=expires_at,
            metadata=metadata,
            client_reference_id=client_reference_id,
            payment_client_reference_id=payment_client_reference_id,
            payment_group_share_id=payment_group_share_id,
        )

        create_checkout_session_params.additional_properties = d
        return create_checkout_session_params

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
