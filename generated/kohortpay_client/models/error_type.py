# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
from enum import StrEnum
from typing import Self


class ErrorType(StrEnum):
    API_ERROR = "api_error"
    INVALID_REQUEST_ERROR = "invalid_request_error"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        """Accept values the spec does not list (open enum).

        Returns a pseudo-member of this class whose ``value`` (and ``str()``) is the received string.
        It compares equal to that string, is serialised back unchanged, and is not added to the
        class members, so ``list(ErrorType)`` only yields documented values.
        """
        if not isinstance(value, str):
            return None
        pseudo_member = str.__new__(cls, value)
        pseudo_member._name_ = value
        pseudo_member._value_ = value
        return pseudo_member
