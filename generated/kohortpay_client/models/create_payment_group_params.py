# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serialize_datetime

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CreatePaymentGroupParams")


@_attrs_define
class CreatePaymentGroupParams:
    """Needs `orderId` or `paymentIntentId` (or both), although the docs mark both as required.

    Attributes:
        customer_id (str): The creator; must exist in the key's organization and mode.
        payment_intent_id (str | Unset): The `pi_` payment intent that founds the group (generation A); it must exist.
        order_id (str | Unset): The `ord_` order that founds the group (generation B); it must exist.
        metadata (Metadata | Unset): Free-form key/value data. Stored and returned verbatim — keys are never re-cased
            and values
            keep their JSON type (strings, numbers, `null`…), although the 2024 docs declare string values.
        expires_at (datetime.datetime | None | Unset): Between now + 1 minute and now + 90 days, where the server's
            "now" is the time it started
            (the window is fixed at start-up). Defaults to now + the settings' duration.
        mid_expire_at (datetime.datetime | Unset): Ignored; the server computes its own reminder date.
    """

    customer_id: str
    payment_intent_id: str | Unset = UNSET
    order_id: str | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    mid_expire_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        payment_intent_id = self.payment_intent_id

        order_id = self.order_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = serialize_datetime(
                self.expires_at, f"{type(self).__name__}.expires_at"
            )
        else:
            expires_at = self.expires_at

        mid_expire_at: str | Unset = UNSET
        if not isinstance(self.mid_expire_at, Unset):
            mid_expire_at = serialize_datetime(
                self.mid_expire_at, f"{type(self).__name__}.mid_expire_at"
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
            }
        )
        if payment_intent_id is not UNSET:
            field_dict["paymentIntentId"] = payment_intent_id
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if mid_expire_at is not UNSET:
            field_dict["midExpireAt"] = mid_expire_at

        return field_dict

    def to_json(self, **dumps: Any) -> str:
        """The model as JSON, with the API's field names (what `to_dict()` gives); `dumps` go to `json.dumps`."""
        return json.dumps(self.to_dict(), **dumps)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata import Metadata

        d = dict(src_dict)
        customer_id = d.pop("customerId")

        payment_intent_id = d.pop("paymentIntentId", UNSET)

        order_id = d.pop("orderId", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expiresAt", UNSET))

        _mid_expire_at = d.pop("midExpireAt", UNSET)
        mid_expire_at: datetime.datetime | Unset
        if isinstance(_mid_expire_at, Unset):
            mid_expire_at = UNSET
        else:
            mid_expire_at = datetime.datetime.fromisoformat(_mid_expire_at)

        create_payment_group_params = cls(
            customer_id=customer_id,
            payment_intent_id=payment_intent_id,
            order_id=order_id,
            metadata=metadata,
            expires_at=expires_at,
            mid_expire_at=mid_expire_at,
        )

        create_payment_group_params.additional_properties = d
        return create_payment_group_params

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
