"""Errors the mock answers with: the server's JSON envelope."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any, Final, Literal

from kohortpay_client.records import ErrorCode, ErrorType

#: `code=NO_CODE`: an envelope without `code`, as the server sends for 5xx and storage-layer errors.
NO_CODE: Final = ""
#: A business code of the spec's `ErrorCode`, no code, or (None) the status's reason phrase.
Code = ErrorCode | Literal[""] | None


class ApiError(Exception):
    """An error response: `{"error": {"type", "message", "code"}}`.

    `code` defaults to the HTTP reason phrase (`Bad Request`, `Not Found`…), as the server does
    when there is no business code; a 5xx has none. `quirk` names the server quirk that decided
    this answer (sent as the `KohortPay-Mock-Quirk` header).
    """

    def __init__(
        self,
        status: int,
        message: str | list[str],
        code: Code = None,
        *,
        headers: dict[str, str] | None = None,
        quirk: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        default = NO_CODE if status >= 500 else HTTPStatus(status).phrase
        self.code: str = default if code is None else code
        self.headers = headers or {}
        self.quirk = quirk

    def body(self) -> dict[str, Any]:
        kind: ErrorType = "api_error" if self.status >= 500 else "invalid_request_error"
        error: dict[str, Any] = {"type": kind, "message": self.message}
        if self.code != NO_CODE:
            error["code"] = self.code
        return {"error": error}


def bad_request(message: str | list[str], code: Code = None) -> ApiError:
    return ApiError(400, message, code)


def not_found(message: str, code: Code = None) -> ApiError:
    return ApiError(404, message, code)


def crash(quirk: str, message: str = "Internal Server Error") -> ApiError:
    """The server's answer to an error it did not handle: 500, `api_error`, no code."""
    return ApiError(500, message, quirk=quirk)
