# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""POST /payment-groups/{id}/expire: the request of `expire_payment_group`."""

from typing import Any
from urllib.parse import quote

from ...types import UNSET, Request, Unset


def build_request(
    id: str,
    *,
    idempotency_key: str | Unset = UNSET,
) -> Request:
    """The request of POST /payment-groups/{id}/expire: method, URL, query, JSON body and headers."""
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: Request = {
        "method": "post",
        "url": "/payment-groups/{id}/expire".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs
