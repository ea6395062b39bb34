# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""GET /payment-groups/{id}: the request of `get_payment_group`."""

from typing import Any
from urllib.parse import quote

from ...types import UNSET, Request, Unset


def build_request(
    id: str,
    *,
    expand: list[str] | Unset = UNSET,
) -> Request:
    """The request of GET /payment-groups/{id}: method, URL, query, JSON body and headers."""

    params: dict[str, Any] = {}

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand

    params["expand[]"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: Request = {
        "method": "get",
        "url": "/payment-groups/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs
