from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.payment_group_list import PaymentGroupList
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    *,
    take: int | Unset = 25,
    skip: int | Unset = 0,
    order_by: str | Unset = "createdAt:desc",
    search: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
) -> dict[str, Any]:

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

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/payment-groups",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PaymentGroupList | None:
    if response.status_code == 200:
        response_200 = PaymentGroupList.from_dict(response.json())

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
) -> Response[ErrorResponse | PaymentGroupList]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    take: int | Unset = 25,
    skip: int | Unset = 0,
    order_by: str | Unset = "createdAt:desc",
    search: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | PaymentGroupList]:
    """List groups

     Returns one page of the referral groups of the key's organization and mode. The 2024 docs declared
    an empty-object body.

    Args:
        take (int | Unset):  Default: 25.
        skip (int | Unset):  Default: 0.
        order_by (str | Unset):  Default: 'createdAt:desc'.
        search (str | Unset):
        expand (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaymentGroupList]
    """

    kwargs = _get_kwargs(
        take=take,
        skip=skip,
        order_by=order_by,
        search=search,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    take: int | Unset = 25,
    skip: int | Unset = 0,
    order_by: str | Unset = "createdAt:desc",
    search: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
) -> ErrorResponse | PaymentGroupList | None:
    """List groups

     Returns one page of the referral groups of the key's organization and mode. The 2024 docs declared
    an empty-object body.

    Args:
        take (int | Unset):  Default: 25.
        skip (int | Unset):  Default: 0.
        order_by (str | Unset):  Default: 'createdAt:desc'.
        search (str | Unset):
        expand (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaymentGroupList
    """

    return sync_detailed(
        client=client,
        take=take,
        skip=skip,
        order_by=order_by,
        search=search,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    take: int | Unset = 25,
    skip: int | Unset = 0,
    order_by: str | Unset = "createdAt:desc",
    search: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | PaymentGroupList]:
    """List groups

     Returns one page of the referral groups of the key's organization and mode. The 2024 docs declared
    an empty-object body.

    Args:
        take (int | Unset):  Default: 25.
        skip (int | Unset):  Default: 0.
        order_by (str | Unset):  Default: 'createdAt:desc'.
        search (str | Unset):
        expand (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaymentGroupList]
    """

    kwargs = _get_kwargs(
        take=take,
        skip=skip,
        order_by=order_by,
        search=search,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    take: int | Unset = 25,
    skip: int | Unset = 0,
    order_by: str | Unset = "createdAt:desc",
    search: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
) -> ErrorResponse | PaymentGroupList | None:
    """List groups

     Returns one page of the referral groups of the key's organization and mode. The 2024 docs declared
    an empty-object body.

    Args:
        take (int | Unset):  Default: 25.
        skip (int | Unset):  Default: 0.
        order_by (str | Unset):  Default: 'createdAt:desc'.
        search (str | Unset):
        expand (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaymentGroupList
    """

    return (
        await asyncio_detailed(
            client=client,
            take=take,
            skip=skip,
            order_by=order_by,
            search=search,
            expand=expand,
        )
    ).parsed
