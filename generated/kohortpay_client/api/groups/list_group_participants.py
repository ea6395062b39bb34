# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""GET /groups/{id}/participants: the request of `list_group_participants`."""

from urllib.parse import quote

from ...types import Request


def build_request(
    id: str,
) -> Request:
    """The request of GET /groups/{id}/participants: method, URL, query, JSON body and headers."""

    _kwargs: Request = {
        "method": "get",
        "url": "/groups/{id}/participants".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs
