"""``APIResponse``: a successful HTTP response and the model it parses into (the raw-response API)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

from ._exceptions import APIResponseValidationError, empty_body_not_found

T = TypeVar("T")
_NOT_PARSED: Any = object()


class APIResponse(Generic[T]):
    """What ``client.with_raw_response.<resource>.<method>(…)`` returns.

    ``status_code``, ``headers`` and ``http_response`` give the wire; ``parse()`` gives the model
    the plain call would have returned (parsed once, then cached). The generated parsers read
    snake_case keys (the server's) and camelCase ones alike (except inside ``metadata``).

    ``reconciled`` is true when a retried create was refused as a duplicate of its earlier attempt
    and the object was found instead: ``http_response`` is then the answer of that look-up.
    """

    def __init__(
        self,
        http_response: httpx.Response,
        parser: Callable[[Any], T],
        *,
        retries_taken: int = 0,
        reconciled: bool = False,
    ) -> None:
        self.http_response = http_response
        self.retries_taken = retries_taken
        self.reconciled = reconciled
        self._parser = parser
        self._parsed: T = _NOT_PARSED

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        value: str | None = self.headers.get("x-request-id") or self.headers.get("request-id")
        return value

    def json(self) -> Any:
        """The decoded body, as sent (no re-casing)."""
        return json.loads(self.http_response.content)

    def parse(self) -> T:
        """The response's model. Raises ``NotFoundError`` for an empty ``GET`` body (the server's
        answer for an unknown group), ``APIResponseValidationError`` for a body that does not parse."""
        if self._parsed is _NOT_PARSED:
            self._parsed = self._parse()
        return self._parsed

    def _parse(self) -> T:
        response = self.http_response
        content = response.content
        data: Any = None
        if content.strip():
            try:
                data = json.loads(content)
            except (ValueError, RecursionError) as exc:
                raise APIResponseValidationError(
                    response, response.text[:200], message="The body is not JSON (or is nested too deeply to parse)."
                ) from exc
        if data is None:
            if response.request.method == "GET":
                raise empty_body_not_found(response)
            raise APIResponseValidationError(response, None, message="The response has no body.")
        try:
            return self._parser(data)
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            raise APIResponseValidationError(
                response, data, message=f"The response body does not match the expected model: {exc!r}"
            ) from exc

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<APIResponse [{self.status_code}] {request.method} {request.url}>"
