# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""DELETE /customers/{id}: the request of `delete_customer`."""

from urllib.parse import quote

from ...types import Request


def build_request(
    id: str,
) -> Request:
    """The request of DELETE /customers/{id}: method, URL, query, JSON body and headers."""

    _kwargs: Request = {
        "method": "delete",
        "url": "/customers/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs
