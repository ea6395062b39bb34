# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
from enum import StrEnum
from typing import Self


class ErrorCode(StrEnum):
    AMOUNT_TOO_LOW = "AMOUNT_TOO_LOW"
    COMPLETED_EXPIRED_CANCELED = "COMPLETED_EXPIRED_CANCELED"
    CUSTOMER_BLOCKED = "CUSTOMER_BLOCKED"
    EMAIL_ALREADY_USED = "EMAIL_ALREADY_USED"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    MAX_PARTICIPANTS_REACHED = "MAX_PARTICIPANTS_REACHED"
    NOT_FOUND = "NOT_FOUND"
    WRONG_STATUS = "WRONG_STATUS"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        """Accept values the spec does not list (open enum).

        Returns a pseudo-member of this class whose ``value`` (and ``str()``) is the received string.
        It compares equal to that string, is serialised back unchanged, and is not added to the
        class members, so ``list(ErrorCode)`` only yields documented values.
        """
        if not isinstance(value, str):
            return None
        pseudo_member = str.__new__(cls, value)
        pseudo_member._name_ = value
        pseudo_member._value_ = value
        return pseudo_member
