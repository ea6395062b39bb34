"""The exception hierarchy, and the one function that turns an error response into an exception.

::

    KohortPayError
    ├── WebhookVerificationError
    │   └── WebhookPayloadError               signed correctly, but the payload does not parse
    ├── WaitTimeoutError
    └── APIError                              .request
        ├── APIConnectionError
        │   ├── APITimeoutError
        │   └── APIOutcomeUnknownError        a non-idempotent request may have been processed
        ├── APIResponseValidationError        .response, .status_code, .body
        ├── ResponseTooLargeError             an answer longer than max_response_bytes
        └── APIStatusError                    .status_code, .type, .code, .message, .request_id, .body
            ├── BadRequestError               400
            │   ├── AmountTooLowError             AMOUNT_TOO_LOW            (also a GroupValidationError)
            │   ├── EmailAlreadyUsedError         EMAIL_ALREADY_USED        (also a GroupValidationError)
            │   ├── MaxParticipantsReachedError   MAX_PARTICIPANTS_REACHED  (also a GroupValidationError)
            │   ├── GroupNotJoinableError         COMPLETED_EXPIRED_CANCELED (also a GroupValidationError)
            │   ├── CustomerBlockedError          CUSTOMER_BLOCKED
            │   ├── WrongStatusError              WRONG_STATUS
            │   ├── DuplicateReferenceError       "… already exists"
            │   └── IdempotencyKeyReusedError     IDEMPOTENCY_KEY_REUSED
            ├── AuthenticationError           401
            ├── PermissionDeniedError         403
            ├── NotFoundError                 404; also the server's 400 "PaymentIntent with id … not found"
            │   └── GroupNotFoundError            NOT_FOUND for a group code, or "Code not found."
            │                                     (also a GroupValidationError)
            ├── ConflictError                 409 (e.g. an e-mail address already used by another customer)
            ├── UnprocessableEntityError      422
            ├── RateLimitError                429
            └── InternalServerError           >= 500

No message ever contains an API key or a webhook secret: every text that reaches an exception
goes through :func:`kohortpay._redaction.redact`.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any, cast

import httpx

from ._redaction import redact

if TYPE_CHECKING:
    from kohortpay_client.records import ErrorCode  # 6 ms of TypedDicts: for the type checker only

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIOutcomeUnknownError",
    "APIResponseValidationError",
    "ResponseTooLargeError",
    "APIStatusError",
    "APITimeoutError",
    "AmountTooLowError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "CustomerBlockedError",
    "DuplicateReferenceError",
    "EmailAlreadyUsedError",
    "GroupNotFoundError",
    "GroupNotJoinableError",
    "GroupValidationError",
    "IdempotencyKeyReusedError",
    "InternalServerError",
    "KohortPayError",
    "MaxParticipantsReachedError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "WrongStatusError",
]

# An exception keeps at most this many characters of a body that is not a small JSON document.
MAX_BODY_CHARS = 2000
_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-kohortpay-request-id")


class KohortPayError(Exception):
    """Base class of every exception this package raises. Copies and pickles (Celery, caches,
    multiprocessing) keep its attributes, with every secret masked: the request's headers and the
    texts of its request and response go through :func:`kohortpay._redaction.redact`."""

    def __reduce__(self) -> tuple[Any, ...]:
        state = {name: _portable(value) for name, value in self.__dict__.items()}
        return (_rebuilt, (type(self), self.args, state))


def _rebuilt(kind: type[KohortPayError], args: tuple[Any, ...], state: dict[str, Any]) -> KohortPayError:
    error = kind.__new__(kind)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


def _portable(value: Any) -> Any:
    """`value` for a pickle: an HTTP request or response rebuilt without any secret."""
    if isinstance(value, httpx.Request):
        headers = [(k, "<redacted>" if k.lower() == "authorization" else redact(v)) for k, v in value.headers.items()]
        content = redact(value.content.decode("utf-8", "replace")) if _readable(value) else ""
        return httpx.Request(value.method, redact(str(value.url)), headers=headers, content=content.encode())
    if isinstance(value, httpx.Response):
        content = redact(value.text) if _readable(value) else ""
        try:
            request = _portable(value.request)
        except RuntimeError:  # a response built without its request
            request = None
        return httpx.Response(value.status_code, headers=value.headers, content=content.encode(), request=request)
    return value


def _readable(message: httpx.Request | httpx.Response) -> bool:
    try:
        message.content  # noqa: B018 - raises when the body was streamed and not read
    except httpx.HTTPError:
        return False
    return True


class WebhookVerificationError(KohortPayError):
    """A webhook's signature, timestamp or payload could not be verified."""


class WebhookPayloadError(WebhookVerificationError):
    """A webhook whose payload does not parse into an event (not JSON, not ``{"type", "data"}``, or
    not its event's schema). Raised by :func:`kohortpay.webhooks.verify` only once the signature
    is verified: the sender is genuine, the payload is what this version cannot read."""


class WaitTimeoutError(KohortPayError):
    """A ``wait_for_…`` helper gave up: the server had not finished its asynchronous work in time."""


class APIError(KohortPayError):
    """An API call failed; ``request`` is the request that was sent (its Authorization header included)."""

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(redact(message))
        self.message: str | list[str] = redact(message)
        self.request = request


class APIConnectionError(APIError):
    """The request did not get a response: connection refused or dropped, DNS, TLS…"""

    def __init__(self, *, request: httpx.Request, message: str = "Connection error.") -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The call ran out of time: its ``timeout`` (the whole call's deadline, retries included), or
    one of the phases of an attempt (connect, read, write or pool)."""

    def __init__(self, *, request: httpx.Request, message: str = "Request timed out.") -> None:
        super().__init__(request=request, message=message)


class APIOutcomeUnknownError(APIConnectionError):
    """A request that is not safe to repeat (a create without a unique key, a ``PATCH``, a
    ``DELETE``) got no answer after it may have reached the server: it may or may not have been
    processed. The message says how to find out, and how to make the call retry-safe."""


class APIResponseValidationError(APIError):
    """A successful response whose body does not match the model it should parse into."""

    def __init__(self, response: httpx.Response, body: object, *, message: str) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body


class ResponseTooLargeError(APIError):
    """The answer was longer than the client's ``max_response_bytes``: it was not read further, and
    the call is not retried. ``status_code`` is the answer's status, which still says whether the
    server did the request: a 2xx to a create means the object exists (do not send it again; find
    it by its reference or list it with ``max_response_bytes`` raised)."""

    def __init__(self, message: str, *, request: httpx.Request, status_code: int) -> None:
        outcome = "the server did the request" if status_code < 300 else "the server answered an error"
        super().__init__(f"{status_code}: {message}; {outcome}.", request=request)
        self.status_code = status_code


class APIStatusError(APIError):
    """The server answered with an error status. Attributes come from the error envelope
    ``{"error": {"type", "message", "code"}}``; ``message`` is a string, or a list of strings for
    request-validation failures. ``body`` is the decoded body, or at most ``MAX_BODY_CHARS`` of it,
    with any API key or webhook secret in it masked."""

    status_code: int

    def __init__(
        self,
        message: str | list[str],
        *,
        response: httpx.Response,
        body: object,
        type: str | None = None,
        code: str | None = None,
    ) -> None:
        text = "; ".join(message) if isinstance(message, list) else message
        request_id = next((response.headers[h] for h in _REQUEST_ID_HEADERS if h in response.headers), None)
        label = f"{response.status_code} {code}" if code else str(response.status_code)
        suffix = f" (request_id: {request_id})" if request_id else ""
        super().__init__(f"{label}: {text}{suffix}", request=response.request)
        self.message = [redact(m) for m in message] if isinstance(message, list) else redact(message)
        self.response = response
        self.status_code = response.status_code
        self.type = type
        self.code = code
        self.request_id = request_id
        self.body = body


class BadRequestError(APIStatusError):
    """400: the request was refused (validation, or a business rule)."""


class AuthenticationError(APIStatusError):
    """401: missing, malformed or revoked API key (or a public key where a secret key is needed)."""


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """The object does not exist (in this organization and mode).

    Usually a 404. Also raised for the server's ways of saying it otherwise: a 400 ``PaymentIntent
    with id … not found``, and a 200 with an empty body for a group (``status_code`` is then 200).
    """


class ConflictError(APIStatusError):
    """409: a uniqueness constraint, e.g. a customer e-mail address already used."""


class UnprocessableEntityError(APIStatusError):
    """422."""


class RateLimitError(APIStatusError):
    """429: too many requests (retried automatically, honouring ``Retry-After``)."""


class InternalServerError(APIStatusError):
    """A 5xx answer (retried automatically)."""


class GroupValidationError(APIStatusError):
    """A group (referral) code cannot be used: raised by ``validate`` and by joining a group through
    a checkout session or an order. Catch this to handle all five cases at once."""


class AmountTooLowError(BadRequestError, GroupValidationError):
    """``AMOUNT_TOO_LOW``: the amount is below the group's minimum purchase value."""


class EmailAlreadyUsedError(BadRequestError, GroupValidationError):
    """``EMAIL_ALREADY_USED``: this customer is already in the group."""


class MaxParticipantsReachedError(BadRequestError, GroupValidationError):
    """``MAX_PARTICIPANTS_REACHED``: the group is full."""


class GroupNotJoinableError(BadRequestError, GroupValidationError):
    """``COMPLETED_EXPIRED_CANCELED``: the group is no longer open."""


class GroupNotFoundError(NotFoundError, GroupValidationError):
    """``NOT_FOUND`` for a group code, an unknown ambassador code, or ``Code not found.`` (not a
    group or ambassador code)."""


class CustomerBlockedError(BadRequestError):
    """``CUSTOMER_BLOCKED``: the customer is blocked."""


class WrongStatusError(BadRequestError):
    """``WRONG_STATUS``: the object is not in a state that allows this action."""


class DuplicateReferenceError(BadRequestError):
    """A ``clientReferenceId`` (or ``paymentClientReferenceId``) already used: ``… already exists``."""


class IdempotencyKeyReusedError(BadRequestError):
    """``IDEMPOTENCY_KEY_REUSED``: the same ``Idempotency-Key`` was sent with a different body."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}

# The spec's business codes (`ErrorCode`) that have an exception of their own (`NOT_FOUND` is the
# code of a group code's 404: `_BY_MESSAGE`).
_BY_CODE: dict[ErrorCode, type[APIStatusError]] = {
    "AMOUNT_TOO_LOW": AmountTooLowError,
    "EMAIL_ALREADY_USED": EmailAlreadyUsedError,
    "MAX_PARTICIPANTS_REACHED": MaxParticipantsReachedError,
    "COMPLETED_EXPIRED_CANCELED": GroupNotJoinableError,
    "CUSTOMER_BLOCKED": CustomerBlockedError,
    "WRONG_STATUS": WrongStatusError,
    "IDEMPOTENCY_KEY_REUSED": IdempotencyKeyReusedError,
}

# The server's other ways of naming an error: (status, code or None for any, pattern on the message) → class.
_BY_MESSAGE: list[tuple[int, ErrorCode | None, re.Pattern[str], type[APIStatusError]]] = [
    (400, None, re.compile(r"^\w+ with id .* not found", re.IGNORECASE), NotFoundError),
    (400, None, re.compile(r"already exists", re.IGNORECASE), DuplicateReferenceError),
    (404, "NOT_FOUND", re.compile(r"^Group "), GroupNotFoundError),
    (404, None, re.compile(r"^Code not found\.?$"), GroupNotFoundError),
    (404, None, re.compile(r"^Ambassador with referral code "), GroupNotFoundError),
]


def _body_of(response: httpx.Response) -> object:
    """The decoded JSON body when it is small enough, else the (truncated) text; secrets masked
    (a masked token is still valid inside a JSON string)."""
    text = redact(response.text)
    if len(text) <= MAX_BODY_CHARS:
        try:
            return json.loads(text)
        except (ValueError, RecursionError):  # not JSON, or nested deeper than Python parses
            return text
    return text[:MAX_BODY_CHARS] + "…"


def _error_class(status: int, code: str | None, text: str) -> type[APIStatusError]:
    cls = _BY_STATUS.get(status, InternalServerError if status >= 500 else APIStatusError)
    by_code = _BY_CODE.get(cast("ErrorCode", code))
    if by_code is not None and issubclass(by_code, cls):
        return by_code
    for match_status, match_code, pattern, by_message in _BY_MESSAGE:
        if status == match_status and match_code in (None, code) and pattern.search(text):
            return by_message
    return cls


def make_status_error(response: httpx.Response) -> APIStatusError:
    """Build the exception for an error response, from its envelope, code, status and message."""
    body = _body_of(response)
    detail: Any = body.get("error") if isinstance(body, dict) else None
    if not isinstance(detail, dict):
        detail = body if isinstance(body, dict) else {}
    message = detail.get("message")
    if not (isinstance(message, str) or (isinstance(message, list) and all(isinstance(m, str) for m in message))):
        message = response.reason_phrase or f"HTTP {response.status_code}"
    code = detail.get("code") if isinstance(detail.get("code"), str) else None
    error_type = detail.get("type") if isinstance(detail.get("type"), str) else None
    text = "; ".join(message) if isinstance(message, list) else message
    cls = _error_class(response.status_code, code, text)
    return cls(message, response=response, body=body, type=error_type, code=code)


def empty_body_not_found(response: httpx.Response) -> NotFoundError:
    """The server's 200-with-an-empty-body answer for an unknown group."""
    path = response.request.url.path
    return NotFoundError(
        f"{path.rsplit('/', 1)[-1]} not found (the server answered {response.status_code} with an empty body)",
        response=response,
        body="",
        type="invalid_request_error",
        code="Not Found",
    )
