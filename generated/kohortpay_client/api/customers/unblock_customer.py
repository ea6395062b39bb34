# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""PATCH /customers/{id}/unblock: the request of `unblock_customer`."""

from urllib.parse import quote

from ...types import Request


def build_request(
    id: str,
) -> Request:
    """The request of PATCH /customers/{id}/unblock: method, URL, query, JSON body and headers."""

    _kwargs: Request = {
        "method": "patch",
        "url": "/customers/{id}/unblock".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs
