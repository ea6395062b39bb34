# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="UpdatePaymentGroupParams")


@_attrs_define
class UpdatePaymentGroupParams:
    """
    Attributes:
        metadata (Metadata | Unset): Free-form key/value data. Stored and returned verbatim — keys are never re-cased
            and values
            keep their JSON type (strings, numbers, `null`…), although the 2024 docs declare string values.
        creator_email (str | Unset):
    """

    metadata: Metadata | Unset = UNSET
    creator_email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        creator_email = self.creator_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if creator_email is not UNSET:
            field_dict["creatorEmail"] = creator_email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata import Metadata

        d = dict(src_dict)
        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        creator_email = d.pop("creatorEmail", UNSET)

        update_payment_group_params = cls(
            metadata=metadata,
            creator_email=creator_email,
        )

        update_payment_group_params.additional_properties = d
        return update_payment_group_params

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
