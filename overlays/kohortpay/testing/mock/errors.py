"""Errors the mock answers with, always as the server's JSON envelope."""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any

from starlette.responses import Response


class ApiError(Exception):
    """An error response: `{"error": {"type", "message", "code"}}`.

    `code` defaults to the HTTP reason phrase (`Bad Request`, `Not Found`…), as the server does
    when there is no business code.
    """

    def __init__(
        self,
        status: int,
        message: str | list[str],
        code: str | None = None,
        *,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code if code is not None else HTTPStatus(status).phrase
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        kind = "api_error" if self.status >= 500 else "invalid_request_error"
        return {"error": {"type": kind, "message": self.message, "code": self.code}}

    def response(self) -> Response:
        return json_response(self.body(), self.status, self.headers)


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """JSON with non-ASCII escaped, so that any string a client sent (even a lone surrogate) encodes."""
    return Response(json.dumps(body, separators=(",", ":")), status, headers, "application/json")


def bad_request(message: str | list[str], code: str | None = None) -> ApiError:
    return ApiError(400, message, code)


def not_found(message: str, code: str | None = None) -> ApiError:
    return ApiError(404, message, code)
