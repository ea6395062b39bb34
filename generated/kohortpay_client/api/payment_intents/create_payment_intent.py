# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""POST /payment-intents: the request of `create_payment_intent`."""

from typing import Any

from ...models.create_payment_intent_params import CreatePaymentIntentParams
from ...types import UNSET, Request, Unset


def build_request(
    *,
    body: CreatePaymentIntentParams,
    idempotency_key: str | Unset = UNSET,
) -> Request:
    """The request of POST /payment-intents: method, URL, query, JSON body and headers."""
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: Request = {
        "method": "post",
        "url": "/payment-intents",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
