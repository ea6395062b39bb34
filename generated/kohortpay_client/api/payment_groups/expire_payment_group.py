from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.payment_group import PaymentGroup
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    id: str,
    *,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/payment-groups/{id}/expire".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PaymentGroup | None:
    if response.status_code == 201:
        response_201 = PaymentGroup.from_dict(response.json())

        return response_201

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
) -> Response[ErrorResponse | PaymentGroup]:
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
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | PaymentGroup]:
    """Expire a group

     Moves an `OPEN` group whose `expires_at` has passed and which has at most one order and at
    most one payment intent to `EXPIRED` (`canceled_at` stays null). Otherwise 400: `Payment group
    {id} is already canceled, expired or completed.`, `Payment group {id} is still in progress.`,
    or `Payment Group {id} cannot be expired because it has participants.`; an unknown id answers
    404 `Payment Group {id} not found.`. The server's job also completes or expires every open
    group within a minute of `expires_at`. Documented as `200`; the server answers `201`.

    Args:
        id (str):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaymentGroup]
    """

    kwargs = _get_kwargs(
        id=id,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | PaymentGroup | None:
    """Expire a group

     Moves an `OPEN` group whose `expires_at` has passed and which has at most one order and at
    most one payment intent to `EXPIRED` (`canceled_at` stays null). Otherwise 400: `Payment group
    {id} is already canceled, expired or completed.`, `Payment group {id} is still in progress.`,
    or `Payment Group {id} cannot be expired because it has participants.`; an unknown id answers
    404 `Payment Group {id} not found.`. The server's job also completes or expires every open
    group within a minute of `expires_at`. Documented as `200`; the server answers `201`.

    Args:
        id (str):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaymentGroup
    """

    return sync_detailed(
        id=id,
        client=client,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | PaymentGroup]:
    """Expire a group

     Moves an `OPEN` group whose `expires_at` has passed and which has at most one order and at
    most one payment intent to `EXPIRED` (`canceled_at` stays null). Otherwise 400: `Payment group
    {id} is already canceled, expired or completed.`, `Payment group {id} is still in progress.`,
    or `Payment Group {id} cannot be expired because it has participants.`; an unknown id answers
    404 `Payment Group {id} not found.`. The server's job also completes or expires every open
    group within a minute of `expires_at`. Documented as `200`; the server answers `201`.

    Args:
        id (str):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaymentGroup]
    """

    kwargs = _get_kwargs(
        id=id,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | PaymentGroup | None:
    """Expire a group

     Moves an `OPEN` group whose `expires_at` has passed and which has at most one order and at
    most one payment intent to `EXPIRED` (`canceled_at` stays null). Otherwise 400: `Payment group
    {id} is already canceled, expired or completed.`, `Payment group {id} is still in progress.`,
    or `Payment Group {id} cannot be expired because it has participants.`; an unknown id answers
    404 `Payment Group {id} not found.`. The server's job also completes or expires every open
    group within a minute of `expires_at`. Documented as `200`; the server answers `201`.

    Args:
        id (str):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaymentGroup
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            idempotency_key=idempotency_key,
        )
    ).parsed
