# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""PATCH /customers/{id}/block: the request of `block_customer`."""

from urllib.parse import quote

from ...types import Request


def build_request(
    id: str,
) -> Request:
    """The request of PATCH /customers/{id}/block: method, URL, query, JSON body and headers."""

    _kwargs: Request = {
        "method": "patch",
        "url": "/customers/{id}/block".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs
