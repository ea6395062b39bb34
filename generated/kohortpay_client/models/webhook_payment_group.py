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
    from ..models.metadata import Metadata
    from ..models.webhook_payment_group_settings import WebhookPaymentGroupSettings


T = TypeVar("T", bound="WebhookPaymentGroup")


@_attrs_define
class WebhookPaymentGroup:
    """A group, as sent in webhooks (camelCase). In `payment_group.joined` it is the group as it was
    before the join, with its `paymentGroupSettings`.

        Attributes:
            id (str):
            share_id (str):
            livemode (bool):
            organization_id (str):
            customer_id (str):
            status (PaymentGroupStatus):
            expires_at (datetime.datetime):
            created_at (datetime.datetime):
            creator_email (None | str | Unset):
            metadata (Metadata | None | Unset):
            mid_expire_at (datetime.datetime | None | Unset):
            j_minus_2_expire_at (datetime.datetime | None | Unset):
            j_plus_3_start_at (datetime.datetime | None | Unset):
            reminder_email_sent (bool | ReminderEmailSentStatus | Unset): A `ReminderEmailSentStatus`; `false` in payloads
                from before July 2024.
            created_by (None | str | Unset):
            updated_at (datetime.datetime | Unset):
            updated_by (None | str | Unset):
            canceled_at (datetime.datetime | None | Unset):
            completed_at (datetime.datetime | None | Unset):
            payment_group_settings (WebhookPaymentGroupSettings | Unset): A group's copy of the group settings, as sent in
                webhooks (camelCase).
    """

    id: str
    share_id: str
    livemode: bool
    organization_id: str
    customer_id: str
    status: PaymentGroupStatus
    expires_at: datetime.datetime
    created_at: datetime.datetime
    creator_email: None | str | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    mid_expire_at: datetime.datetime | None | Unset = UNSET
    j_minus_2_expire_at: datetime.datetime | None | Unset = UNSET
    j_plus_3_start_at: datetime.datetime | None | Unset = UNSET
    reminder_email_sent: bool | ReminderEmailSentStatus | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    canceled_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    payment_group_settings: WebhookPaymentGroupSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metadata import Metadata

        id = self.id

        share_id = self.share_id

        livemode = self.livemode

        organization_id = self.organization_id

        customer_id = self.customer_id

        status = self.status.value

        expires_at = serialize_datetime(
            self.expires_at, f"{type(self).__name__}.expires_at"
        )

        created_at = serialize_datetime(
            self.created_at, f"{type(self).__name__}.created_at"
        )

        creator_email: None | str | Unset
        if isinstance(self.creator_email, Unset):
            creator_email = UNSET
        else:
            creator_email = self.creator_email

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        mid_expire_at: None | str | Unset
        if isinstance(self.mid_expire_at, Unset):
            mid_expire_at = UNSET
        elif isinstance(self.mid_expire_at, datetime.datetime):
            mid_expire_at = serialize_datetime(
                self.mid_expire_at, f"{type(self).__name__}.mid_expire_at"
            )
        else:
            mid_expire_at = self.mid_expire_at

        j_minus_2_expire_at: None | str | Unset
        if isinstance(self.j_minus_2_expire_at, Unset):
            j_minus_2_expire_at = UNSET
        elif isinstance(self.j_minus_2_expire_at, datetime.datetime):
            j_minus_2_expire_at = serialize_datetime(
                self.j_minus_2_expire_at, f"{type(self).__name__}.j_minus_2_expire_at"
            )
        else:
            j_minus_2_expire_at = self.j_minus_2_expire_at

        j_plus_3_start_at: None | str | Unset
        if isinstance(self.j_plus_3_start_at, Unset):
            j_plus_3_start_at = UNSET
        elif isinstance(self.j_plus_3_start_at, datetime.datetime):
            j_plus_3_start_at = serialize_datetime(
                self.j_plus_3_start_at, f"{type(self).__name__}.j_plus_3_start_at"
            )
        else:
            j_plus_3_start_at = self.j_plus_3_start_at

        reminder_email_sent: bool | str | Unset
        if isinstance(self.reminder_email_sent, Unset):
            reminder_email_sent = UNSET
        elif isinstance(self.reminder_email_sent, ReminderEmailSentStatus):
            reminder_email_sent = self.reminder_email_sent.value
        else:
            reminder_email_sent = self.reminder_email_sent

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

        payment_group_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_group_settings, Unset):
            payment_group_settings = self.payment_group_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "shareId": share_id,
                "livemode": livemode,
                "organizationId": organization_id,
                "customerId": customer_id,
                "status": status,
                "expiresAt": expires_at,
                "createdAt": created_at,
            }
        )
        if creator_email is not UNSET:
            field_dict["creatorEmail"] = creator_email
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if mid_expire_at is not UNSET:
            field_dict["midExpireAt"] = mid_expire_at
        if j_minus_2_expire_at is not UNSET:
            field_dict["jMinus2ExpireAt"] = j_minus_2_expire_at
        if j_plus_3_start_at is not UNSET:
            field_dict["jPlus3StartAt"] = j_plus_3_start_at
        if reminder_email_sent is not UNSET:
            field_dict["reminderEmailSent"] = reminder_email_sent
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if canceled_at is not UNSET:
            field_dict["canceledAt"] = canceled_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if payment_group_settings is not UNSET:
            field_dict["paymentGroupSettings"] = payment_group_settings

        return field_dict

    def to_json(self, **dumps: Any) -> str:
        """The model as JSON, with the API's field names (what `to_dict()` gives); `dumps` go to `json.dumps`."""
        return json.dumps(self.to_dict(), **dumps)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata import Metadata
        from ..models.webhook_payment_group_settings import WebhookPaymentGroupSettings

        d = dict(src_dict)
        id = d.pop("id")

        share_id = d.pop("shareId")

        livemode = d.pop("livemode")

        organization_id = d.pop("organizationId")

        customer_id = d.pop("customerId")

        status = PaymentGroupStatus(d.pop("status"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_creator_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        creator_email = _parse_creator_email(d.pop("creatorEmail", UNSET))

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

        mid_expire_at = _parse_mid_expire_at(d.pop("midExpireAt", UNSET))

        def _parse_j_minus_2_expire_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                j_minus_2_expire_at_type_0 = datetime.datetime.fromisoformat(data)

                return j_minus_2_expire_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        j_minus_2_expire_at = _parse_j_minus_2_expire_at(
            d.pop("jMinus2ExpireAt", UNSET)
        )

        def _parse_j_plus_3_start_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                j_plus_3_start_at_type_0 = datetime.datetime.fromisoformat(data)

                return j_plus_3_start_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        j_plus_3_start_at = _parse_j_plus_3_start_at(d.pop("jPlus3StartAt", UNSET))

        def _parse_reminder_email_sent(
            data: object,
        ) -> bool | ReminderEmailSentStatus | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reminder_email_sent_type_0 = ReminderEmailSentStatus(data)

                return reminder_email_sent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | ReminderEmailSentStatus | Unset, data)

        reminder_email_sent = _parse_reminder_email_sent(
            d.pop("reminderEmailSent", UNSET)
        )

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

        completed_at = _parse_completed_at(d.pop("completedAt", UNSET))

        _payment_group_settings = d.pop("paymentGroupSettings", UNSET)
        payment_group_settings: WebhookPaymentGroupSettings | Unset
        if isinstance(_payment_group_settings, Unset):
            payment_group_settings = UNSET
        else:
            payment_group_settings = WebhookPaymentGroupSettings.from_dict(
                _payment_group_settings
            )

        webhook_payment_group = cls(
            id=id,
            share_id=share_id,
            livemode=livemode,
            organization_id=organization_id,
            customer_id=customer_id,
            status=status,
            expires_at=expires_at,
            created_at=created_at,
            creator_email=creator_email,
            metadata=metadata,
            mid_expire_at=mid_expire_at,
            j_minus_2_expire_at=j_minus_2_expire_at,
            j_plus_3_start_at=j_plus_3_start_at,
            reminder_email_sent=reminder_email_sent,
            created_by=created_by,
            updated_at=updated_at,
            updated_by=updated_by,
            canceled_at=canceled_at,
            completed_at=completed_at,
            payment_group_settings=payment_group_settings,
        )

        webhook_payment_group.additional_properties = d
        return webhook_payment_group

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
