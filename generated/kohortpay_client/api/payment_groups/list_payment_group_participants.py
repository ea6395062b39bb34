# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""GET /payment-groups/{id}/participants: the request of `list_payment_group_participants`."""

from urllib.parse import quote

from ...types import Request


def build_request(
    id: str,
) -> Request:
    """The request of GET /payment-groups/{id}/participants: method, URL, query, JSON body and headers."""

    _kwargs: Request = {
        "method": "get",
        "url": "/payment-groups/{id}/participants".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs
