# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""GET /payment-groups: the request of `list_payment_groups`."""

from typing import Any

from ...types import UNSET, Request, Unset


def build_request(
    *,
    take: int | Unset = 25,
    skip: int | Unset = 0,
    order_by: str | Unset = "createdAt:desc",
    search: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
) -> Request:
    """The request of GET /payment-groups: method, URL, query, JSON body and headers."""

    params: dict[str, Any] = {}

    params["take"] = take

    params["skip"] = skip

    params["orderBy"] = order_by

    params["search"] = search

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand

    params["expand[]"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: Request = {
        "method": "get",
        "url": "/payment-groups",
        "params": params,
    }

    return _kwargs
