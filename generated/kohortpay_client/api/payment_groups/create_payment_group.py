# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""POST /payment-groups: the request of `create_payment_group`."""

from typing import Any

from ...models.create_payment_group_params import CreatePaymentGroupParams
from ...types import UNSET, Request, Unset


def build_request(
    *,
    body: CreatePaymentGroupParams,
    idempotency_key: str | Unset = UNSET,
) -> Request:
    """The request of POST /payment-groups: method, URL, query, JSON body and headers."""
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: Request = {
        "method": "post",
        "url": "/payment-groups",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
