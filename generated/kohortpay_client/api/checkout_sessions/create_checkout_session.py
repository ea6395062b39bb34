# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""POST /checkout-sessions: the request of `create_checkout_session`."""

from typing import Any

from ...models.create_checkout_session_params import CreateCheckoutSessionParams
from ...types import UNSET, Request, Unset


def build_request(
    *,
    body: CreateCheckoutSessionParams,
    idempotency_key: str | Unset = UNSET,
) -> Request:
    """The request of POST /checkout-sessions: method, URL, query, JSON body and headers."""
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: Request = {
        "method": "post",
        "url": "/checkout-sessions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
