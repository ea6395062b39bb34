from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer import Customer
from ...models.error_response import ErrorResponse
from ...types import Response, http_status


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/customers/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

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
) -> Response[Customer | ErrorResponse]:
    """Delete a customer

     Meant to soft-delete a customer (set `deleted_at` and return it). The reference server
    (January 2025) looks the customer up including deleted ones and refuses whatever it finds, so
    **every existing customer answers 400** `Customer with id {id} is already deleted.` (of any
    organization); an unknown id answers 404 `Object not found`. The `200` below is the documented
    answer, never observed. The 2024 docs list `201`.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Customer | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Customer | ErrorResponse | None:
    """Delete a customer

     Meant to soft-delete a customer (set `deleted_at` and return it). The reference server
    (January 2025) looks the customer up including deleted ones and refuses whatever it finds, so
    **every existing customer answers 400** `Customer with id {id} is already deleted.` (of any
    organization); an unknown id answers 404 `Object not found`. The `200` below is the documented
    answer, never observed. The 2024 docs list `201`.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Customer | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Customer | ErrorResponse]:
    """Delete a customer

     Meant to soft-delete a customer (set `deleted_at` and return it). The reference server
    (January 2025) looks the customer up including deleted ones and refuses whatever it finds, so
    **every existing customer answers 400** `Customer with id {id} is already deleted.` (of any
    organization); an unknown id answers 404 `Object not found`. The `200` below is the documented
    answer, never observed. The 2024 docs list `201`.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Customer | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Customer | ErrorResponse | None:
    """Delete a customer

     Meant to soft-delete a customer (set `deleted_at` and return it). The reference server
    (January 2025) looks the customer up including deleted ones and refuses whatever it finds, so
    **every existing customer answers 400** `Customer with id {id} is already deleted.` (of any
    organization); an unknown id answers 404 `Object not found`. The `200` below is the documented
    answer, never observed. The 2024 docs list `201`.

    Args:
        id (str):

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
        )
    ).parsed
