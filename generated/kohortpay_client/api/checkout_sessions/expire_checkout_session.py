# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""PATCH /checkout-sessions/{id}/expire: the request of `expire_checkout_session`."""

from urllib.parse import quote

from ...types import Request


def build_request(
    id: str,
) -> Request:
    """The request of PATCH /checkout-sessions/{id}/expire: method, URL, query, JSON body and headers."""

    _kwargs: Request = {
        "method": "patch",
        "url": "/checkout-sessions/{id}/expire".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs
