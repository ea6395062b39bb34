# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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
            success_url (None | str | Unset):
            cancel_url (None | str | Unset):
            customer_email (str | Unset):
            customer_phone_number (None | str | Unset): Replaces a matched customer's phone number.
            customer_first_name (str | Unset): Needed with the e-mail, even for a known shopper.
            customer_last_name (str | Unset): Needed with the e-mail, even for a known shopper.
            customer_id (str | Unset): A customer of the key's organization and mode. One that does not exist makes the
                server
                answer 500 (after storing nothing); one of another organization, 404 after storing the session.
            expires_at (datetime.datetime | Unset): Between now + 30 minutes and now + 24 hours, where the server's "now" is
                the time it started
                (the window is fixed at start-up); default now + 1 day.
            line_items (list[LineItemParams] | Unset):
            metadata (Metadata | None | Unset):
            locale (Locale | Unset): Shopper's locale (default `fr_FR`). `en_GB` is accepted: orders store it as `en_US`;
                checkout
                sessions and customers keep it (observed on the reference server).
            client_reference_id (None | str | Unset): The merchant's id for the session; unique among sessions.
            payment_client_reference_id (None | str | Unset): Becomes the payment intent's `client_reference_id`; unique
                among payment intents.
            payment_group_share_id (str | Unset): A group code to join (`KHT-…`) or an ambassador code (`KHTAMB-…`, which
                founds no group);
                without one a new group is founded. An empty string makes the server answer 500.
    """

    amount_total: int
    success_url: None | str | Unset = UNSET
    cancel_url: None | str | Unset = UNSET
    customer_email: str | Unset = UNSET
    customer_phone_number: None | str | Unset = UNSET
    customer_first_name: str | Unset = UNSET
    customer_last_name: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    line_items: list[LineItemParams] | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    locale: Locale | Unset = UNSET
    client_reference_id: None | str | Unset = UNSET
    payment_client_reference_id: None | str | Unset = UNSET
    payment_group_share_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metadata import Metadata

        amount_total = self.amount_total

        success_url: None | str | Unset
        if isinstance(self.success_url, Unset):
            success_url = UNSET
        else:
            success_url = self.success_url

        cancel_url: None | str | Unset
        if isinstance(self.cancel_url, Unset):
            cancel_url = UNSET
        else:
            cancel_url = self.cancel_url

        customer_email = self.customer_email

        customer_phone_number: None | str | Unset
        if isinstance(self.customer_phone_number, Unset):
            customer_phone_number = UNSET
        else:
            customer_phone_number = self.customer_phone_number

        customer_first_name = self.customer_first_name

        customer_last_name = self.customer_last_name

        customer_id = self.customer_id

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = serialize_datetime(
                self.expires_at, f"{type(self).__name__}.expires_at"
            )

        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

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

        payment_client_reference_id: None | str | Unset
        if isinstance(self.payment_client_reference_id, Unset):
            payment_client_reference_id = UNSET
        else:
            payment_client_reference_id = self.payment_client_reference_id

        payment_group_share_id = self.payment_group_share_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amountTotal": amount_total,
            }
        )
        if success_url is not UNSET:
            field_dict["successUrl"] = success_url
        if cancel_url is not UNSET:
            field_dict["cancelUrl"] = cancel_url
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
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if line_items is not UNSET:
            field_dict["lineItems"] = line_items
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if locale is not UNSET:
            field_dict["locale"] = locale
        if client_reference_id is not UNSET:
            field_dict["clientReferenceId"] = client_reference_id
        if payment_client_reference_id is not UNSET:
            field_dict["paymentClientReferenceId"] = payment_client_reference_id
        if payment_group_share_id is not UNSET:
            field_dict["paymentGroupShareId"] = payment_group_share_id

        return field_dict

    def to_json(self, **dumps: Any) -> str:
        """The model as JSON, with the API's field names (what `to_dict()` gives); `dumps` go to `json.dumps`."""
        return json.dumps(self.to_dict(), **dumps)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.line_item_params import LineItemParams
        from ..models.metadata import Metadata

        d = dict(src_dict)
        amount_total = d.pop("amountTotal")

        def _parse_success_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        success_url = _parse_success_url(d.pop("successUrl", UNSET))

        def _parse_cancel_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cancel_url = _parse_cancel_url(d.pop("cancelUrl", UNSET))

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

        _expires_at = d.pop("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        _line_items = d.pop("lineItems", UNSET)
        line_items: list[LineItemParams] | Unset = UNSET
        if _line_items is not UNSET:
            line_items = []
            for line_items_item_data in _line_items:
                line_items_item = LineItemParams.from_dict(line_items_item_data)

                line_items.append(line_items_item)

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

        def _parse_payment_client_reference_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_client_reference_id = _parse_payment_client_reference_id(
            d.pop("paymentClientReferenceId", UNSET)
        )

        payment_group_share_id = d.pop("paymentGroupShareId", UNSET)

        create_checkout_session_params = cls(
            amount_total=amount_total,
            success_url=success_url,
            cancel_url=cancel_url,
            customer_email=customer_email,
            customer_phone_number=customer_phone_number,
            customer_first_name=customer_first_name,
            customer_last_name=customer_last_name,
            customer_id=customer_id,
            expires_at=expires_at,
            line_items=line_items,
            metadata=metadata,
            locale=locale,
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
