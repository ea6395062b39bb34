"""Answers in the server's JSON envelope."""

from __future__ import annotations

import json
from typing import Any

from starlette.responses import Response

from ..core.errors import ApiError
from ..core.quirks import QUIRK_HEADER


def error_response(error: ApiError, quirks: list[str] | None = None) -> Response:
    """The error's envelope, with the quirks that shaped it in `KohortPay-Mock-Quirk`."""
    names = [*(quirks or []), *([error.quirk] if error.quirk else [])]
    headers = {**error.headers, **({QUIRK_HEADER: ", ".join(dict.fromkeys(names))} if names else {})}
    return json_response(error.body(), error.status, headers)


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """JSON with non-ASCII escaped, so that any string a client sent (even a lone surrogate) encodes."""
    return Response(json.dumps(body, separators=(",", ":")), status, headers, "application/json")
