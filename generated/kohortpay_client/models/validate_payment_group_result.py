# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_type import DiscountType
from ..models.payment_group_status import PaymentGroupStatus
from ..models.reminder_email_sent_status import ReminderEmailSentStatus
from ..types import UNSET, Unset, serialize_datetime

if TYPE_CHECKING:
    from ..models.current_discount_level import CurrentDiscountLevel
    from ..models.customer import Customer
    from ..models.discount_level import DiscountLevel
    from ..models.metadata import Metadata
    from ..models.payment_intent import PaymentIntent


T = TypeVar("T", bound="ValidatePaymentGroupResult")


@_attrs_define
class ValidatePaymentGroupResult:
    """For a group code: the group's settings merged with the group (the group wins on shared keys)
    and `current_discount_level`. For an ambassador code: only `current_discount_level`.

        Attributes:
            current_discount_level (CurrentDiscountLevel | None):
            id (str | Unset):
            share_id (str | Unset):
            livemode (bool | Unset):
            organization_id (str | Unset):
            customer_id (str | Unset):
            creator_email (None | str | Unset):
            status (PaymentGroupStatus | Unset):
            metadata (Metadata | None | Unset):
            expires_at (datetime.datetime | Unset):
            mid_expire_at (datetime.datetime | None | Unset):
            j_minus2_expire_at (datetime.datetime | None | Unset):
            j_plus3_start_at (datetime.datetime | None | Unset):
            reminder_email_sent (ReminderEmailSentStatus | Unset): Which reminder e-mail was last sent to the group's
                participants.
            created_at (datetime.datetime | Unset):
            created_by (None | str | Unset):
            updated_at (datetime.datetime | Unset):
            updated_by (None | str | Unset):
            canceled_at (datetime.datetime | None | Unset):
            completed_at (datetime.datetime | None | Unset):
            payment_intents (list[PaymentIntent] | Unset):
            customer (Customer | Unset):
            payment_group_id (None | str | Unset):
            whatsapp_communication (bool | Unset):
            discount_type (DiscountType | Unset): `PERCENTAGE`: level values are percents; `AMOUNT`: level values are whole
                euros.
            discount_levels (list[DiscountLevel] | Unset):
            max_participants (int | Unset):
            minutes_duration (int | Unset):
            min_purchase_value (int | Unset):
    """

    current_discount_level: CurrentDiscountLevel | None
    id: str | Unset = UNSET
    share_id: str | Unset = UNSET
    livemode: bool | Unset = UNSET
    organization_id: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    creator_email: None | str | Unset = UNSET
    status: PaymentGroupStatus | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    mid_expire_at: datetime.datetime | None | Unset = UNSET
    j_minus2_expire_at: datetime.datetime | None | Unset = UNSET
    j_plus3_start_at: datetime.datetime | None | Unset = UNSET
    reminder_email_sent: ReminderEmailSentStatus | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    canceled_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    payment_intents: list[PaymentIntent] | Unset = UNSET
    customer: Customer | Unset = UNSET
    payment_group_id: None | str | Unset = UNSET
    whatsapp_communication: bool | Unset = UNSET
    discount_type: DiscountType | Unset = UNSET
    discount_levels: list[DiscountLevel] | Unset = UNSET
    max_participants: int | Unset = UNSET
    minutes_duration: int | Unset = UNSET
    min_purchase_value: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.current_discount_level import CurrentDiscountLevel
        from ..models.metadata import Metadata

        current_discount_level: dict[str, Any] | None
        if isinstance(self.current_discount_level, CurrentDiscountLevel):
            current_discount_level = self.current_discount_level.to_dict()
        else:
            current_discount_level = self.current_discount_level

        id = self.id

        share_id = self.share_id

        livemode = self.livemode

        organization_id = self.organization_id

        customer_id = self.customer_id

        creator_email: None | str | Unset
        if isinstance(self.creator_email, Unset):
            creator_email = UNSET
        else:
            creator_email = self.creator_email

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = serialize_datetime(
                self.expires_at, f"{type(self).__name__}.expires_at"
            )

        mid_expire_at: None | str | Unset
        if isinstance(self.mid_expire_at, Unset):
            mid_expire_at = UNSET
        elif isinstance(self.mid_expire_at, datetime.datetime):
            mid_expire_at = serialize_datetime(
                self.mid_expire_at, f"{type(self).__name__}.mid_expire_at"
            )
        else:
            mid_expire_at = self.mid_expire_at

        j_minus2_expire_at: None | str | Unset
        if isinstance(self.j_minus2_expire_at, Unset):
            j_minus2_expire_at = UNSET
        elif isinstance(self.j_minus2_expire_at, datetime.datetime):
            j_minus2_expire_at = serialize_datetime(
                self.j_minus2_expire_at, f"{type(self).__name__}.j_minus2_expire_at"
            )
        else:
            j_minus2_expire_at = self.j_minus2_expire_at

        j_plus3_start_at: None | str | Unset
        if isinstance(self.j_plus3_start_at, Unset):
            j_plus3_start_at = UNSET
        elif isinstance(self.j_plus3_start_at, datetime.datetime):
            j_plus3_start_at = serialize_datetime(
                self.j_plus3_start_at, f"{type(self).__name__}.j_plus3_start_at"
            )
        else:
            j_plus3_start_at = self.j_plus3_start_at

        reminder_email_sent: str | Unset = UNSET
        if not isinstance(self.reminder_email_sent, Unset):
            reminder_email_sent = self.reminder_email_sent.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = serialize_datetime(
                self.created_at, f"{type(self).__name__}.created_at"
            )

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

        canceled_at: None | str | Unset
        if isinstance(self.canceled_at, Unset):
            canceled_at = UNSET
        elif isinstance(self.canceled_at, datetime.datetime):
            canceled_at = serialize_datetime(
                self.canceled_at, f"{type(self).__name__}.canceled_at"
            )
        else:
            canceled_at = self.canceled_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = serialize_datetime(
                self.completed_at, f"{type(self).__name__}.completed_at"
            )
        else:
            completed_at = self.completed_at

        payment_intents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_intents, Unset):
            payment_intents = []
            for payment_intents_item_data in self.payment_intents:
                payment_intents_item = payment_intents_item_data.to_dict()
                payment_intents.append(payment_intents_item)

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        payment_group_id: None | str | Unset
        if isinstance(self.payment_group_id, Unset):
            payment_group_id = UNSET
        else:
            payment_group_id = self.payment_group_id

        whatsapp_communication = self.whatsapp_communication

        discount_type: str | Unset = UNSET
        if not isinstance(self.discount_type, Unset):
            discount_type = self.discount_type.value

        discount_levels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.discount_levels, Unset):
            discount_levels = []
            for discount_levels_item_data in self.discount_levels:
                discount_levels_item = discount_levels_item_data.to_dict()
                discount_levels.append(discount_levels_item)

        max_participants = self.max_participants

        minutes_duration = self.minutes_duration

        min_purchase_value = self.min_purchase_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current_discount_level": current_discount_level,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if share_id is not UNSET:
            field_dict["share_id"] = share_id
        if livemode is not UNSET:
            field_dict["livemode"] = livemode
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if creator_email is not UNSET:
            field_dict["creator_email"] = creator_email
        if status is not UNSET:
            field_dict["status"] = status
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if mid_expire_at is not UNSET:
            field_dict["mid_expire_at"] = mid_expire_at
        if j_minus2_expire_at is not UNSET:
            field_dict["j_minus2_expire_at"] = j_minus2_expire_at
        if j_plus3_start_at is not UNSET:
            field_dict["j_plus3_start_at"] = j_plus3_start_at
        if reminder_email_sent is not UNSET:
            field_dict["reminder_email_sent"] = reminder_email_sent
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if canceled_at is not UNSET:
            field_dict["canceled_at"] = canceled_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if payment_intents is not UNSET:
            field_dict["payment_intents"] = payment_intents
        if customer is not UNSET:
            field_dict["customer"] = customer
        if payment_group_id is not UNSET:
            field_dict["payment_group_id"] = payment_group_id
        if whatsapp_communication is not UNSET:
            field_dict["whatsapp_communication"] = whatsapp_communication
        if discount_type is not UNSET:
            field_dict["discount_type"] = discount_type
        if discount_levels is not UNSET:
            field_dict["discount_levels"] = discount_levels
        if max_participants is not UNSET:
            field_dict["max_participants"] = max_participants
        if minutes_duration is not UNSET:
            field_dict["minutes_duration"] = minutes_duration
        if min_purchase_value is not UNSET:
            field_dict["min_purchase_value"] = min_purchase_value

        return field_dict

    def to_json(self, **dumps: Any) -> str:
        """The model as JSON, with the API's field names (what `to_dict()` gives); `dumps` go to `json.dumps`."""
        return json.dumps(self.to_dict(), **dumps)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.current_discount_level import CurrentDiscountLevel
        from ..models.customer import Customer
        from ..models.discount_level import DiscountLevel
        from ..models.metadata import Metadata
        from ..models.payment_intent import PaymentIntent

        d = dict(src_dict)

        def _parse_current_discount_level(data: object) -> CurrentDiscountLevel | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                current_discount_level_type_0 = CurrentDiscountLevel.from_dict(data)

                return current_discount_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CurrentDiscountLevel | None, data)

        current_discount_level = _parse_current_discount_level(
            d.pop("current_discount_level")
        )

        id = d.pop("id", UNSET)

        share_id = d.pop("share_id", UNSET)

        livemode = d.pop("livemode", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        customer_id = d.pop("customer_id", UNSET)

        def _parse_creator_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        creator_email = _parse_creator_email(d.pop("creator_email", UNSET))

        _status = d.pop("status", UNSET)
        status: PaymentGroupStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PaymentGroupStatus(_status)

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

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        def _parse_mid_expire_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mid_expire_at_type_0 = datetime.datetime.fromisoformat(data)

                return mid_expire_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        mid_expire_at = _parse_mid_expire_at(d.pop("mid_expire_at", UNSET))

        def _parse_j_minus2_expire_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                j_minus2_expire_at_type_0 = datetime.datetime.fromisoformat(data)

                return j_minus2_expire_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        j_minus2_expire_at = _parse_j_minus2_expire_at(
            d.pop("j_minus2_expire_at", UNSET)
        )

        def _parse_j_plus3_start_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                j_plus3_start_at_type_0 = datetime.datetime.fromisoformat(data)

                return j_plus3_start_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        j_plus3_start_at = _parse_j_plus3_start_at(d.pop("j_plus3_start_at", UNSET))

        _reminder_email_sent = d.pop("reminder_email_sent", UNSET)
        reminder_email_sent: ReminderEmailSentStatus | Unset
        if isinstance(_reminder_email_sent, Unset):
            reminder_email_sent = UNSET
        else:
            reminder_email_sent = ReminderEmailSentStatus(_reminder_email_sent)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        _updated_at = d.pop("updated_at", UNSET)
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

        updated_by = _parse_updated_by(d.pop("updated_by", UNSET))

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

        canceled_at = _parse_canceled_at(d.pop("canceled_at", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

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

        def _parse_payment_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_group_id = _parse_payment_group_id(d.pop("payment_group_id", UNSET))

        whatsapp_communication = d.pop("whatsapp_communication", UNSET)

        _discount_type = d.pop("discount_type", UNSET)
        discount_type: DiscountType | Unset
        if isinstance(_discount_type, Unset):
            discount_type = UNSET
        else:
            discount_type = DiscountType(_discount_type)

        _discount_levels = d.pop("discount_levels", UNSET)
        discount_levels: list[DiscountLevel] | Unset = UNSET
        if _discount_levels is not UNSET:
            discount_levels = []
            for discount_levels_item_data in _discount_levels:
                discount_levels_item = DiscountLevel.from_dict(
                    discount_levels_item_data
                )

                discount_levels.append(discount_levels_item)

        max_participants = d.pop("max_participants", UNSET)

        minutes_duration = d.pop("minutes_duration", UNSET)

        min_purchase_value = d.pop("min_purchase_value", UNSET)

        validate_payment_group_result = cls(
            current_discount_level=current_discount_level,
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
            payment_intents=payment_intents,
            customer=customer,
            payment_group_id=payment_group_id,
            whatsapp_communication=whatsapp_communication,
            discount_type=discount_type,
            discount_levels=discount_levels,
            max_participants=max_participants,
            minutes_duration=minutes_duration,
            min_purchase_value=min_purchase_value,
        )

        validate_payment_group_result.additional_properties = d
        return validate_payment_group_result

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
