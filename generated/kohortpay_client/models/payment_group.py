# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_group_status import PaymentGroupStatus
from ..models.reminder_email_sent_status import ReminderEmailSentStatus
from ..types import UNSET, Unset, serialize_datetime

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.metadata import Metadata
    from ..models.order import Order
    from ..models.organization import Organization
    from ..models.payment_group_settings import PaymentGroupSettings
    from ..models.payment_intent import PaymentIntent


T = TypeVar("T", bound="PaymentGroup")


@_attrs_define
class PaymentGroup:
    """A referral group. The 2024 docs mark every field non-null; the fields below are nullable where
    the server sends null.

        Attributes:
            id (str): `pg_` id (the docs' example `ord_1234567890` is wrong).
            share_id (str): The share code, e.g. `KHT-test-BE125F06`. Documented as nullable; never null.
            livemode (bool):
            organization_id (str):
            customer_id (str): The creator.
            creator_email (None | str): The creator's e-mail; any string, once updated (not checked by the server).
            status (PaymentGroupStatus):
            metadata (Metadata | None):
            expires_at (datetime.datetime):
            mid_expire_at (datetime.datetime | None): Midway reminder; only when the settings' duration is 7 days or less.
            j_minus2_expire_at (datetime.datetime | None): Reminder at `expires_at` − 5 days, 08:00 server time; only when
                the settings' duration is longer than 7 days.
            j_plus3_start_at (datetime.datetime | None): Reminder at creation + 7 days, 08:00 server time; only when the
                settings' duration is longer than 7 days.
            reminder_email_sent (ReminderEmailSentStatus): Which reminder e-mail was last sent to the group's participants.
            created_at (datetime.datetime):
            created_by (None | str):
            updated_at (datetime.datetime):
            updated_by (None | str):
            canceled_at (datetime.datetime | None):
            completed_at (datetime.datetime | None):
            orders (list[Order] | Unset): Expanded (`expand[]=orders`), in no particular order (the server does not sort
                them).
            payment_intents (list[PaymentIntent] | Unset): Expanded (`expand[]=paymentIntents`), in no particular order (the
                server does not sort them).
            customer (Customer | Unset):
            organization (Organization | Unset): An expanded organization (internal shape; only `id` is relied on).
            payment_group_settings (None | PaymentGroupSettings | Unset): The group's copy of the settings; null until the
                server has copied them, just after creation.
    """

    id: str
    share_id: str
    livemode: bool
    organization_id: str
    customer_id: str
    creator_email: None | str
    status: PaymentGroupStatus
    metadata: Metadata | None
    expires_at: datetime.datetime
    mid_expire_at: datetime.datetime | None
    j_minus2_expire_at: datetime.datetime | None
    j_plus3_start_at: datetime.datetime | None
    reminder_email_sent: ReminderEmailSentStatus
    created_at: datetime.datetime
    created_by: None | str
    updated_at: datetime.datetime
    updated_by: None | str
    canceled_at: datetime.datetime | None
    completed_at: datetime.datetime | None
    orders: list[Order] | Unset = UNSET
    payment_intents: list[PaymentIntent] | Unset = UNSET
    customer: Customer | Unset = UNSET
    organization: Organization | Unset = UNSET
    payment_group_settings: None | PaymentGroupSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metadata import Metadata
        from ..models.payment_group_settings import PaymentGroupSettings

        id = self.id

        share_id = self.share_id

        livemode = self.livemode

        organization_id = self.organization_id

        customer_id = self.customer_id

        creator_email: None | str
        creator_email = self.creator_email

        status = self.status.value

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        expires_at = serialize_datetime(
            self.expires_at, f"{type(self).__name__}.expires_at"
        )

        mid_expire_at: None | str
        if isinstance(self.mid_expire_at, datetime.datetime):
            mid_expire_at = serialize_datetime(
                self.mid_expire_at, f"{type(self).__name__}.mid_expire_at"
            )
        else:
            mid_expire_at = self.mid_expire_at

        j_minus2_expire_at: None | str
        if isinstance(self.j_minus2_expire_at, datetime.datetime):
            j_minus2_expire_at = serialize_datetime(
                self.j_minus2_expire_at, f"{type(self).__name__}.j_minus2_expire_at"
            )
        else:
            j_minus2_expire_at = self.j_minus2_expire_at

        j_plus3_start_at: None | str
        if isinstance(self.j_plus3_start_at, datetime.datetime):
            j_plus3_start_at = serialize_datetime(
                self.j_plus3_start_at, f"{type(self).__name__}.j_plus3_start_at"
            )
        else:
            j_plus3_start_at = self.j_plus3_start_at

        reminder_email_sent = self.reminder_email_sent.value

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

        canceled_at: None | str
        if isinstance(self.canceled_at, datetime.datetime):
            canceled_at = serialize_datetime(
                self.canceled_at, f"{type(self).__name__}.canceled_at"
            )
        else:
            canceled_at = self.canceled_at

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = serialize_datetime(
                self.completed_at, f"{type(self).__name__}.completed_at"
            )
        else:
            completed_at = self.completed_at

        orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.orders, Unset):
            orders = []
            for orders_item_data in self.orders:
                orders_item = orders_item_data.to_dict()
                orders.append(orders_item)

        payment_intents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_intents, Unset):
            payment_intents = []
            for payment_intents_item_data in self.payment_intents:
                payment_intents_item = payment_intents_item_data.to_dict()
                payment_intents.append(payment_intents_item)

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        organization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organization, Unset):
            organization = self.organization.to_dict()

        payment_group_settings: dict[str, Any] | None | Unset
        if isinstance(self.payment_group_settings, Unset):
            payment_group_settings = UNSET
        elif isinstance(self.payment_group_settings, PaymentGroupSettings):
            payment_group_settings = self.payment_group_settings.to_dict()
        else:
            payment_group_settings = self.payment_group_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "share_id": share_id,
                "livemode": livemode,
                "organization_id": organization_id,
                "customer_id": customer_id,
                "creator_email": creator_email,
                "status": status,
                "metadata": metadata,
                "expires_at": expires_at,
                "mid_expire_at": mid_expire_at,
                "j_minus2_expire_at": j_minus2_expire_at,
                "j_plus3_start_at": j_plus3_start_at,
                "reminder_email_sent": reminder_email_sent,
                "created_at": created_at,
                "created_by": created_by,
                "updated_at": updated_at,
                "updated_by": updated_by,
                "canceled_at": canceled_at,
                "completed_at": completed_at,
            }
        )
        if orders is not UNSET:
            field_dict["orders"] = orders
        if payment_intents is not UNSET:
            field_dict["payment_intents"] = payment_intents
        if customer is not UNSET:
            field_dict["customer"] = customer
        if organization is not UNSET:
            field_dict["organization"] = organization
        if payment_group_settings is not UNSET:
            field_dict["payment_group_settings"] = payment_group_settings

        return field_dict

    def to_json(self, **dumps: Any) -> str:
        """The model as JSON, with the API's field names (what `to_dict()` gives); `dumps` go to `json.dumps`."""
        return json.dumps(self.to_dict(), **dumps)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer import Customer
        from ..models.metadata import Metadata
        from ..models.order import Order
        from ..models.organization import Organization
        from ..models.payment_group_settings import PaymentGroupSettings
        from ..models.payment_intent import PaymentIntent

        d = dict(src_dict)
        id = d.pop("id")

        share_id = d.pop("share_id")

        livemode = d.pop("livemode")

        organization_id = d.pop("organization_id")

        customer_id = d.pop("customer_id")

        def _parse_creator_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        creator_email = _parse_creator_email(d.pop("creator_email"))

        status = PaymentGroupStatus(d.pop("status"))

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

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        def _parse_mid_expire_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mid_expire_at_type_0 = datetime.datetime.fromisoformat(data)

                return mid_expire_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        mid_expire_at = _parse_mid_expire_at(d.pop("mid_expire_at"))

        def _parse_j_minus2_expire_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                j_minus2_expire_at_type_0 = datetime.datetime.fromisoformat(data)

                return j_minus2_expire_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        j_minus2_expire_at = _parse_j_minus2_expire_at(d.pop("j_minus2_expire_at"))

        def _parse_j_plus3_start_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                j_plus3_start_at_type_0 = datetime.datetime.fromisoformat(data)

                return j_plus3_start_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        j_plus3_start_at = _parse_j_plus3_start_at(d.pop("j_plus3_start_at"))

        reminder_email_sent = ReminderEmailSentStatus(d.pop("reminder_email_sent"))

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

        _orders = d.pop("orders", UNSET)
        orders: list[Order] | Unset = UNSET
        if _orders is not UNSET:
            orders = []
            for orders_item_data in _orders:
                orders_item = Order.from_dict(orders_item_data)

                orders.append(orders_item)

        _payment_intents = d.pop("payment_intents", UNSET)
        payment_intents: list[PaymentIntent] | Unset = UNSET
        if _payment_intents is not UNSET:
            payment_intents = []
            for payment_intents_item_data in _payment_intents:
                payment_intents_item = PaymentIntent.from_dict(
                    payment_intents_item_data
                )

                payment_intents.append(payment_intents_item)

        _customer = d.pop("customer", UNSET)
        customer: Customer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = Customer.from_dict(_customer)

        _organization = d.pop("organization", UNSET)
        organization: Organization | Unset
        if isinstance(_organization, Unset):
            organization = UNSET
        else:
            organization = Organization.from_dict(_organization)

        def _parse_payment_group_settings(
            data: object,
        ) -> None | PaymentGroupSettings | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_group_settings_type_0 = PaymentGroupSettings.from_dict(data)

                return payment_group_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentGroupSettings | Unset, data)

        payment_group_settings = _parse_payment_group_settings(
            d.pop("payment_group_settings", UNSET)
        )

        payment_group = cls(
            id=id,
            share_id=share_id,
            livemode=livemode,
            organization_id=organization_id,
            customer_id=customer_id,
            creator_email=creator_email,
            status=status,
            metadata=metadata,
            expires_at=expires_at,
            mid_expire_at=mid_expire_at,
            j_minus2_expire_at=j_minus2_expire_at,
            j_plus3_start_at=j_plus3_start_at,
            reminder_email_sent=reminder_email_sent,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            updated_by=updated_by,
            canceled_at=canceled_at,
            completed_at=completed_at,
            orders=orders,
            payment_intents=payment_intents,
            customer=customer,
            organization=organization,
            payment_group_settings=payment_group_settings,
        )

        payment_group.additional_properties = d
        return payment_group

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
