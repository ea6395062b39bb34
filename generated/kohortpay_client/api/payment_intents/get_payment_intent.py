# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""GET /payment-intents/{id}: the request of `get_payment_intent`."""

from typing import Any
from urllib.parse import quote

from ...types import UNSET, Request, Unset


def build_request(
    id: str,
    *,
    expand: list[str] | Unset = UNSET,
) -> Request:
    """The request of GET /payment-intents/{id}: method, URL, query, JSON body and headers."""

    params: dict[str, Any] = {}

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand

    params["expand[]"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: Request = {
        "method": "get",
        "url": "/payment-intents/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs
