from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer import Customer
from ...models.error_response import ErrorResponse
from ...models.update_customer_params import UpdateCustomerParams
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    id: str,
    *,
    body: UpdateCustomerParams | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Customer | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = Customer.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Customer | ErrorResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomerParams | Unset = UNSET,
) -> Response[Customer | ErrorResponse]:
    """Update a customer

     Updates any field accepted at creation, plus `deletedAt`. Both docs list only `deletedAt`;
    the server accepts every creation field with the same validation, and the e-mail stays
    unique (409), but `clientReferenceId` is not checked for uniqueness here. `deletedAt` takes
    only `null` (it restores a soft-deleted customer): the server refuses every date string
    (400 `deletedAt must be a Date instance`). A soft-deleted customer can still be updated.
    An unknown id answers 404 `Object not found`; the server requires no body. The 2024 docs
    list `201`; the server answers `200`.

    Args:
        id (str):
        body (UpdateCustomerParams | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Customer | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomerParams | Unset = UNSET,
) -> Customer | ErrorResponse | None:
    """Update a customer

     Updates any field accepted at creation, plus `deletedAt`. Both docs list only `deletedAt`;
    the server accepts every creation field with the same validation, and the e-mail stays
    unique (409), but `clientReferenceId` is not checked for uniqueness here. `deletedAt` takes
    only `null` (it restores a soft-deleted customer): the server refuses every date string
    (400 `deletedAt must be a Date instance`). A soft-deleted customer can still be updated.
    An unknown id answers 404 `Object not found`; the server requires no body. The 2024 docs
    list `201`; the server answers `200`.

    Args:
        id (str):
        body (UpdateCustomerParams | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Customer | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomerParams | Unset = UNSET,
) -> Response[Customer | ErrorResponse]:
    """Update a customer

     Updates any field accepted at creation, plus `deletedAt`. Both docs list only `deletedAt`;
    the server accepts every creation field with the same validation, and the e-mail stays
    unique (409), but `clientReferenceId` is not checked for uniqueness here. `deletedAt` takes
    only `null` (it restores a soft-deleted customer): the server refuses every date string
    (400 `deletedAt must be a Date instance`). A soft-deleted customer can still be updated.
    An unknown id answers 404 `Object not found`; the server requires no body. The 2024 docs
    list `201`; the server answers `200`.

    Args:
        id (str):
        body (UpdateCustomerParams | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Customer | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomerParams | Unset = UNSET,
) -> Customer | ErrorResponse | None:
    """Update a customer

     Updates any field accepted at creation, plus `deletedAt`. Both docs list only `deletedAt`;
    the server accepts every creation field with the same validation, and the e-mail stays
    unique (409), but `clientReferenceId` is not checked for uniqueness here. `deletedAt` takes
    only `null` (it restores a soft-deleted customer): the server refuses every date string
    (400 `deletedAt must be a Date instance`). A soft-deleted customer can still be updated.
    An unknown id answers 404 `Object not found`; the server requires no body. The 2024 docs
    list `201`; the server answers `200`.

    Args:
        id (str):
        body (UpdateCustomerParams | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Customer | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
