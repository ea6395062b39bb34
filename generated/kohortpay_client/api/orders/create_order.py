# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""POST /orders: the request of `create_order`."""

from typing import Any

from ...models.create_order_params import CreateOrderParams
from ...types import UNSET, Request, Unset


def build_request(
    *,
    body: CreateOrderParams,
    idempotency_key: str | Unset = UNSET,
) -> Request:
    """The request of POST /orders: method, URL, query, JSON body and headers."""
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: Request = {
        "method": "post",
        "url": "/orders",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
