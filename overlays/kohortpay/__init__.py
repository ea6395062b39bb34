"""KohortPay Python SDK.

::

    from kohortpay import KohortPay

    client = KohortPay()  # KOHORTPAY_API_KEY, KOHORTPAY_BASE_URL
    customer = client.customers.create(email_address="jane@example.com", first_name="Jane")
    for group in client.groups.list(search="status:OPEN"):
        print(group.share_id)

``KohortPay`` and ``AsyncKohortPay`` send the requests of the resources generated from
``openapi.yaml`` (``kohortpay_client``) and return its models: typed exceptions, retries that never
create twice, lazy pagination, raw responses, and webhook verification (``kohortpay.webhooks.verify``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kohortpay_client.facts import GENERATOR_VERSION, SPEC_VERSION
from kohortpay_client.types import UNSET, Unset

from ._base_client import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._client import AsyncKohortPay, KohortPay
from ._exceptions import (
    AmountTooLowError,
    APIConnectionError,
    APIError,
    APIOutcomeUnknownError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    CustomerBlockedError,
    DuplicateReferenceError,
    EmailAlreadyUsedError,
    GroupNotFoundError,
    GroupNotJoinableError,
    GroupValidationError,
    IdempotencyKeyReusedError,
    InternalServerError,
    KohortPayError,
    MaxParticipantsReachedError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    UnprocessableEntityError,
    WaitTimeoutError,
    WebhookPayloadError,
    WebhookVerificationError,
    WrongStatusError,
)
from ._jsonable import json_default
from ._resource import RequestOptions
from ._response import APIResponse
from ._version import __version__
from .pagination import AsyncPage, AsyncPaginator, SyncPage

if TYPE_CHECKING:
    from . import webhooks

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "GENERATOR_VERSION",
    "SPEC_VERSION",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIOutcomeUnknownError",
    "APIResponse",
    "APIResponseValidationError",
    "ResponseTooLargeError",
    "APIStatusError",
    "APITimeoutError",
    "AmountTooLowError",
    "AsyncKohortPay",
    "AsyncPage",
    "AsyncPaginator",
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
    "KohortPay",
    "KohortPayError",
    "MaxParticipantsReachedError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestOptions",
    "SyncPage",
    "UnprocessableEntityError",
    "Unset",
    "WaitTimeoutError",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "WrongStatusError",
    "__version__",
    "json_default",
    "webhooks",
]


def __getattr__(name: str) -> Any:
    # ``kohortpay.webhooks`` without an explicit import, loaded on first use.
    if name == "webhooks":
        import importlib

        return importlib.import_module(".webhooks", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
