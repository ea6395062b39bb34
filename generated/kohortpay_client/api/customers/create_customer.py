from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_customer_params import CreateCustomerParams
from ...models.customer import Customer
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    *,
    body: CreateCustomerParams,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Customer | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = Customer.from_dict(response.json())

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
    *,
    client: AuthenticatedClient,
    body: CreateCustomerParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[Customer | ErrorResponse]:
    """Create a customer

     Creates a customer. The e-mail address is unique per organization and mode, soft-deleted
    customers included (409, with the storage layer's `Unique constraint failed:` message), and
    disposable e-mail domains are refused (400); `clientReferenceId` is unique among the customers
    that are not deleted (400 `Customer with client reference id {id} already exists.`). A public
    key may create customers. The 2023 docs list `200`; the server answers `201`. The documented
    `address` and `shippingAddress` were removed in November 2024: the server drops them, like
    any key it does not know.

    Args:
        idempotency_key (str | Unset):
        body (CreateCustomerParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Customer | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateCustomerParams,
    idempotency_key: str | Unset = UNSET,
) -> Customer | ErrorResponse | None:
    """Create a customer

     Creates a customer. The e-mail address is unique per organization and mode, soft-deleted
    customers included (409, with the storage layer's `Unique constraint failed:` message), and
    disposable e-mail domains are refused (400); `clientReferenceId` is unique among the customers
    that are not deleted (400 `Customer with client reference id {id} already exists.`). A public
    key may create customers. The 2023 docs list `200`; the server answers `201`. The documented
    `address` and `shippingAddress` were removed in November 2024: the server drops them, like
    any key it does not know.

    Args:
        idempotency_key (str | Unset):
        body (CreateCustomerParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Customer | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateCustomerParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[Customer | ErrorResponse]:
    """Create a customer

     Creates a customer. The e-mail address is unique per organization and mode, soft-deleted
    customers included (409, with the storage layer's `Unique constraint failed:` message), and
    disposable e-mail domains are refused (400); `clientReferenceId` is unique among the customers
    that are not deleted (400 `Customer with client reference id {id} already exists.`). A public
    key may create customers. The 2023 docs list `200`; the server answers `201`. The documented
    `address` and `shippingAddress` were removed in November 2024: the server drops them, like
    any key it does not know.

    Args:
        idempotency_key (str | Unset):
        body (CreateCustomerParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Customer | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateCustomerParams,
    idempotency_key: str | Unset = UNSET,
) -> Customer | ErrorResponse | None:
    """Create a customer

     Creates a customer. The e-mail address is unique per organization and mode, soft-deleted
    customers included (409, with the storage layer's `Unique constraint failed:` message), and
    disposable e-mail domains are refused (400); `clientReferenceId` is unique among the customers
    that are not deleted (400 `Customer with client reference id {id} already exists.`). A public
    key may create customers. The 2023 docs list `200`; the server answers `201`. The documented
    `address` and `shippingAddress` were removed in November 2024: the server drops them, like
    any key it does not know.

    Args:
        idempotency_key (str | Unset):
        body (CreateCustomerParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Customer | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
