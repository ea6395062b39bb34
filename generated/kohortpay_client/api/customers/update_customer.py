# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""PATCH /customers/{id}: the request of `update_customer`."""

from typing import Any
from urllib.parse import quote

from ...models.update_customer_params import UpdateCustomerParams
from ...types import UNSET, Request, Unset


def build_request(
    id: str,
    *,
    body: UpdateCustomerParams | Unset = UNSET,
) -> Request:
    """The request of PATCH /customers/{id}: method, URL, query, JSON body and headers."""
    headers: dict[str, Any] = {}

    _kwargs: Request = {
        "method": "patch",
        "url": "/customers/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
