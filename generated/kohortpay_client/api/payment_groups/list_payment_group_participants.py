from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.participant_list import ParticipantList
from ...types import Response, http_status


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/payment-groups/{id}/participants".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ParticipantList | None:
    if response.status_code == 200:
        response_200 = ParticipantList.from_dict(response.json())

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
) -> Response[ErrorResponse | ParticipantList]:
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
) -> Response[ErrorResponse | ParticipantList]:
    """List a group's participants

     Returns the group's participants, the creator included: its orders, or — when the group has
    no orders — its payment intents. Orders are looked up by `pg_` id only, so for a share code
    the server answers the payment intents (an empty page for a group of orders). An unknown id
    answers 404 `Payment group {id} not found.`. The 2023 docs declared no body.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ParticipantList]
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
) -> ErrorResponse | ParticipantList | None:
    """List a group's participants

     Returns the group's participants, the creator included: its orders, or — when the group has
    no orders — its payment intents. Orders are looked up by `pg_` id only, so for a share code
    the server answers the payment intents (an empty page for a group of orders). An unknown id
    answers 404 `Payment group {id} not found.`. The 2023 docs declared no body.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ParticipantList
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | ParticipantList]:
    """List a group's participants

     Returns the group's participants, the creator included: its orders, or — when the group has
    no orders — its payment intents. Orders are looked up by `pg_` id only, so for a share code
    the server answers the payment intents (an empty page for a group of orders). An unknown id
    answers 404 `Payment group {id} not found.`. The 2023 docs declared no body.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ParticipantList]
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
) -> ErrorResponse | ParticipantList | None:
    """List a group's participants

     Returns the group's participants, the creator included: its orders, or — when the group has
    no orders — its payment intents. Orders are looked up by `pg_` id only, so for a share code
    the server answers the payment intents (an empty page for a group of orders). An unknown id
    answers 404 `Payment group {id} not found.`. The 2023 docs declared no body.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ParticipantList
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
