# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""PATCH /payment-groups/{id}: the request of `update_payment_group`."""

from typing import Any
from urllib.parse import quote

from ...models.update_payment_group_params import UpdatePaymentGroupParams
from ...types import UNSET, Request, Unset


def build_request(
    id: str,
    *,
    body: UpdatePaymentGroupParams | Unset = UNSET,
) -> Request:
    """The request of PATCH /payment-groups/{id}: method, URL, query, JSON body and headers."""
    headers: dict[str, Any] = {}

    _kwargs: Request = {
        "method": "patch",
        "url": "/payment-groups/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
