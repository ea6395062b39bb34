from __future__ import annotations

import datetime
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
    from ..models.webhook_payment_intent import WebhookPaymentIntent


T = TypeVar("T", bound="WebhookPaymentGroupSucceeded")


@_attrs_define
class WebhookPaymentGroupSucceeded:
    """A completed group with the applied discount level spread in (`level`, `value`,
    `participantsToUnlock`, `paymentGroupSettingsId`), its payment intents and its settings.

        Attributes:
            id (str):
            share_id (str):
            livemode (bool):
            organization_id (str):
            customer_id (str):
            status (PaymentGroupStatus):
            expires_at (datetime.datetime):
            created_at (datetime.datetime):
            level (int):
            value (int):
            participants_to_unlock (int):
            creator_email (None | str | Unset):
            metadata (Metadata | None | Unset):
            reminder_email_sent (bool | ReminderEmailSentStatus | Unset):
            updated_at (datetime.datetime | Unset):
            completed_at (datetime.datetime | None | Unset):
            payment_group_settings_id (str | Unset):
            payment_intents (list[WebhookPaymentIntent] | Unset):
            payment_group_settings (WebhookPaymentGroupSettings | Unset):
    """

    id: str
    share_id: str
    livemode: bool
    organization_id: str
    customer_id: str
    status: PaymentGroupStatus
    expires_at: datetime.datetime
    created_at: datetime.datetime
    level: int
    value: int
    participants_to_unlock: int
    creator_email: None | str | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    reminder_email_sent: bool | ReminderEmailSentStatus | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    payment_group_settings_id: str | Unset = UNSET
    payment_intents: list[WebhookPaymentIntent] | Unset = UNSET
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

        level = self.level

        value = self.value

        participants_to_unlock = self.participants_to_unlock

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

        reminder_email_sent: bool | str | Unset
        if isinstance(self.reminder_email_sent, Unset):
            reminder_email_sent = UNSET
        elif isinstance(self.reminder_email_sent, ReminderEmailSentStatus):
            reminder_email_sent = self.reminder_email_sent.value
        else:
            reminder_email_sent = self.reminder_email_sent

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = serialize_datetime(
                self.updated_at, f"{type(self).__name__}.updated_at"
            )

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = serialize_datetime(
                self.completed_at, f"{type(self).__name__}.completed_at"
            )
        else:
            completed_at = self.completed_at

        payment_group_settings_id = self.payment_group_settings_id

        payment_intents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_intents, Unset):
            payment_intents = []
            for payment_intents_item_data in self.payment_intents:
                payment_intents_item = payment_intents_item_data.to_dict()
                payment_intents.append(payment_intents_item)

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
                "level": level,
                "value": value,
                "participantsToUnlock": participants_to_unlock,
            }
        )
        if creator_email is not UNSET:
            field_dict["creatorEmail"] = creator_email
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if reminder_email_sent is not UNSET:
            field_dict["reminderEmailSent"] = reminder_email_sent
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if payment_group_settings_id is not UNSET:
            field_dict["paymentGroupSettingsId"] = payment_group_settings_id
        if payment_intents is not UNSET:
            field_dict["paymentIntents"] = payment_intents
        if payment_group_settings is not UNSET:
            field_dict["paymentGroupSettings"] = payment_group_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata import Metadata
        from ..models.webhook_payment_group_settings import WebhookPaymentGroupSettings
        from ..models.webhook_payment_intent import WebhookPaymentIntent

        d = dict(src_dict)
        id = d.pop("id")

        share_id = d.pop("shareId")

        livemode = d.pop("livemode")

        organization_id = d.pop("organizationId")

        customer_id = d.pop("customerId")

        status = PaymentGroupStatus(d.pop("status"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        level = d.pop("level")

        value = d.pop("value")

        participants_to_unlock = d.pop("participantsToUnlock")

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

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

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

        payment_group_settings_id = d.pop("paymentGroupSettingsId", UNSET)

        _payment_intents = d.pop("paymentIntents", UNSET)
        payment_intents: list[WebhookPaymentIntent] | Unset = UNSET
        if _payment_intents is not UNSET:
            payment_intents = []
            for payment_intents_item_data in _payment_intents:
                payment_intents_item = WebhookPaymentIntent.from_dict(
                    payment_intents_item_data
                )

                payment_intents.append(payment_intents_item)

        _payment_group_settings = d.pop("paymentGroupSettings", UNSET)
        payment_group_settings: WebhookPaymentGroupSettings | Unset
        if isinstance(_payment_group_settings, Unset):
            payment_group_settings = UNSET
        else:
            payment_group_settings = WebhookPaymentGroupSettings.from_dict(
                _payment_group_settings
            )

        webhook_payment_group_succeeded = cls(
            id=id,
            share_id=share_id,
            livemode=livemode,
            organization_id=organization_id,
            customer_id=customer_id,
            status=status,
            expires_at=expires_at,
            created_at=created_at,
            level=level,
            value=value,
            participants_to_unlock=participants_to_unlock,
            creator_email=creator_email,
            metadata=metadata,
            reminder_email_sent=reminder_email_sent,
            updated_at=updated_at,
            completed_at=completed_at,
            payment_group_settings_id=payment_group_settings_id,
            payment_intents=payment_intents,
            payment_group_settings=payment_group_settings,
        )

        webhook_payment_group_succeeded.additional_properties = d
        return webhook_payment_group_succeeded

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
