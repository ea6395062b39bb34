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
    from ..models.checkout_session import CheckoutSession
    from ..models.metadata import Metadata
    from ..models.organization import Organization


T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """
    Attributes:
        id (str): `cus_` id.
        email_address (str):
        first_name (None | str):
        last_name (None | str):
        phone_number (None | str):
        livemode (bool):
        is_blocked (bool):
        organization_id (str):
        metadata (Metadata | None):
        locale (Locale): Shopper's locale (default `fr_FR`). `en_GB` is accepted: orders store it as `en_US`; checkout
            sessions and customers keep it (observed on the reference server).
        client_reference_id (None | str):
        created_at (datetime.datetime):
        created_by (None | str):
        updated_at (datetime.datetime):
        updated_by (None | str):
        blocked_at (datetime.datetime | None):
        blocked_by (None | str): Who blocked the customer (`system` for API keys).
        deleted_at (datetime.datetime | None): Soft-deletion time.
        checkout_sessions (list[CheckoutSession] | Unset): Expanded (`expand[]=checkoutSessions`), in no particular
            order (the server does not sort them).
        organization (Organization | Unset): An expanded organization (internal shape; only `id` is relied on).
        address_id (None | str | Unset): Generation A only.
        shipping_address_id (None | str | Unset): Generation A only.
    """

    id: str
    email_address: str
    first_name: None | str
    last_name: None | str
    phone_number: None | str
    livemode: bool
    is_blocked: bool
    organization_id: str
    metadata: Metadata | None
    locale: Locale
    client_reference_id: None | str
    created_at: datetime.datetime
    created_by: None | str
    updated_at: datetime.datetime
    updated_by: None | str
    blocked_at: datetime.datetime | None
    blocked_by: None | str
    deleted_at: datetime.datetime | None
    checkout_sessions: list[CheckoutSession] | Unset = UNSET
    organization: Organization | Unset = UNSET
    address_id: None | str | Unset = UNSET
    shipping_address_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metadata import Metadata

        id = self.id

        email_address = self.email_address

        first_name: None | str
        first_name = self.first_name

        last_name: None | str
        last_name = self.last_name

        phone_number: None | str
        phone_number = self.phone_number

        livemode = self.livemode

        is_blocked = self.is_blocked

        organization_id = self.organization_id

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        locale = self.locale.value

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

        blocked_at: None | str
        if isinstance(self.blocked_at, datetime.datetime):
            blocked_at = serialize_datetime(
                self.blocked_at, f"{type(self).__name__}.blocked_at"
            )
        else:
            blocked_at = self.blocked_at

        blocked_by: None | str
        blocked_by = self.blocked_by

        deleted_at: None | str
        if isinstance(self.deleted_at, datetime.datetime):
            deleted_at = serialize_datetime(
                self.deleted_at, f"{type(self).__name__}.deleted_at"
            )
        else:
            deleted_at = self.deleted_at

        checkout_sessions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.checkout_sessions, Unset):
            checkout_sessions = []
            for checkout_sessions_item_data in self.checkout_sessions:
                checkout_sessions_item = checkout_sessions_item_data.to_dict()
                checkout_sessions.append(checkout_sessions_item)

        organization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organization, Unset):
            organization = self.organization.to_dict()

        address_id: None | str | Unset
        if isinstance(self.address_id, Unset):
            address_id = UNSET
        else:
            address_id = self.address_id

        shipping_address_id: None | str | Unset
        if isinstance(self.shipping_address_id, Unset):
            shipping_address_id = UNSET
        else:
            shipping_address_id = self.shipping_address_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email_address": email_address,
                "first_name": first_name,
                "last_name": last_name,
                "phone_number": phone_number,
                "livemode": livemode,
                "is_blocked": is_blocked,
                "organization_id": organization_id,
                "metadata": metadata,
                "locale": locale,
                "client_reference_id": client_reference_id,
                "created_at": created_at,
                "created_by": created_by,
                "updated_at": updated_at,
                "updated_by": updated_by,
                "blocked_at": blocked_at,
                "blocked_by": blocked_by,
                "deleted_at": deleted_at,
            }
        )
        if checkout_sessions is not UNSET:
            field_dict["checkout_sessions"] = checkout_sessions
        if organization is not UNSET:
            field_dict["organization"] = organization
        if address_id is not UNSET:
            field_dict["address_id"] = address_id
        if shipping_address_id is not UNSET:
            field_dict["shipping_address_id"] = shipping_address_id

        return field_dict

    def to_json(self, **dumps: Any) -> str:
        """The model as JSON, with the API's field names (what `to_dict()` gives); `dumps` go to `json.dumps`."""
        return json.dumps(self.to_dict(), **dumps)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.checkout_session import CheckoutSession
        from ..models.metadata import Metadata
        from ..models.organization import Organization

        d = dict(src_dict)
        id = d.pop("id")

        email_address = d.pop("email_address")

        def _parse_first_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first_name = _parse_first_name(d.pop("first_name"))

        def _parse_last_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_name = _parse_last_name(d.pop("last_name"))

        def _parse_phone_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone_number = _parse_phone_number(d.pop("phone_number"))

        livemode = d.pop("livemode")

        is_blocked = d.pop("is_blocked")

        organization_id = d.pop("organization_id")

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

        locale = Locale(d.pop("locale"))

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

        def _parse_blocked_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                blocked_at_type_0 = datetime.datetime.fromisoformat(data)

                return blocked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        blocked_at = _parse_blocked_at(d.pop("blocked_at"))

        def _parse_blocked_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        blocked_by = _parse_blocked_by(d.pop("blocked_by"))

        def _parse_deleted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at"))

        _checkout_sessions = d.pop("checkout_sessions", UNSET)
        checkout_sessions: list[CheckoutSession] | Unset = UNSET
        if _checkout_sessions is not UNSET:
            checkout_sessions = []
            for checkout_sessions_item_data in _checkout_sessions:
                checkout_sessions_item = CheckoutSession.from_dict(
                    checkout_sessions_item_data
                )

                checkout_sessions.append(checkout_sessions_item)

        _organization = d.pop("organization", UNSET)
        organization: Organization | Unset
        if isinstance(_organization, Unset):
            organization = UNSET
        else:
            organization = Organization.from_dict(_organization)

        def _parse_address_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_id = _parse_address_id(d.pop("address_id", UNSET))

        def _parse_shipping_address_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shipping_address_id = _parse_shipping_address_id(
            d.pop("shipping_address_id", UNSET)
        )

        customer = cls(
            id=id,
            email_address=email_address,
            first_name=first_name,
            last_name=last_name,
            phone_number=phone_number,
            livemode=livemode,
            is_blocked=is_blocked,
            organization_id=organization_id,
            metadata=metadata,
            locale=locale,
            client_reference_id=client_reference_id,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            updated_by=updated_by,
            blocked_at=blocked_at,
            blocked_by=blocked_by,
            deleted_at=deleted_at,
            checkout_sessions=checkout_sessions,
            organization=organization,
            address_id=address_id,
            shipping_address_id=shipping_address_id,
        )

        customer.additional_properties = d
        return customer

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
