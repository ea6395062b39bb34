from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.checkout_session import CheckoutSession
from ...models.error_response import ErrorResponse
from ...types import Response, http_status


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/checkout-sessions/{id}/expire".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CheckoutSession | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CheckoutSession.from_dict(response.json())

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
) -> Response[CheckoutSession | ErrorResponse]:
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
) -> Response[CheckoutSession | ErrorResponse]:
    """Expire a checkout session

     Moves an `OPEN` session to `EXPIRED` and sets `expires_at` to now. A session in any other
    status answers 400 `Checkout session {id} is not open. Current status is {status}` (code
    `Bad Request`) — and every session created through the API is `COMPLETED`. An unknown id
    answers 404 `Checkout session {id} not found.`. This is a `PATCH`, unlike the group actions.
    The 2023 docs declare its 404 with the bad-request schema; every error uses the common
    envelope.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckoutSession | ErrorResponse]
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
) -> CheckoutSession | ErrorResponse | None:
    """Expire a checkout session

     Moves an `OPEN` session to `EXPIRED` and sets `expires_at` to now. A session in any other
    status answers 400 `Checkout session {id} is not open. Current status is {status}` (code
    `Bad Request`) — and every session created through the API is `COMPLETED`. An unknown id
    answers 404 `Checkout session {id} not found.`. This is a `PATCH`, unlike the group actions.
    The 2023 docs declare its 404 with the bad-request schema; every error uses the common
    envelope.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckoutSession | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[CheckoutSession | ErrorResponse]:
    """Expire a checkout session

     Moves an `OPEN` session to `EXPIRED` and sets `expires_at` to now. A session in any other
    status answers 400 `Checkout session {id} is not open. Current status is {status}` (code
    `Bad Request`) — and every session created through the API is `COMPLETED`. An unknown id
    answers 404 `Checkout session {id} not found.`. This is a `PATCH`, unlike the group actions.
    The 2023 docs declare its 404 with the bad-request schema; every error uses the common
    envelope.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckoutSession | ErrorResponse]
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
) -> CheckoutSession | ErrorResponse | None:
    """Expire a checkout session

     Moves an `OPEN` session to `EXPIRED` and sets `expires_at` to now. A session in any other
    status answers 400 `Checkout session {id} is not open. Current status is {status}` (code
    `Bad Request`) — and every session created through the API is `COMPLETED`. An unknown id
    answers 404 `Checkout session {id} not found.`. This is a `PATCH`, unlike the group actions.
    The 2023 docs declare its 404 with the bad-request schema; every error uses the common
    envelope.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckoutSession | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
