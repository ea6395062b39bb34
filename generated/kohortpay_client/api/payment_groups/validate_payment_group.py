# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""POST /payment-groups/{id}/validate: the request of `validate_payment_group`."""

from typing import Any
from urllib.parse import quote

from ...models.validate_payment_group_params import ValidatePaymentGroupParams
from ...types import UNSET, Request, Unset


def build_request(
    id: str,
    *,
    body: ValidatePaymentGroupParams | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Request:
    """The request of POST /payment-groups/{id}/validate: method, URL, query, JSON body and headers."""
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: Request = {
        "method": "post",
        "url": "/payment-groups/{id}/validate".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
