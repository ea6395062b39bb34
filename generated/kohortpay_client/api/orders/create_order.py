from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_order_params import CreateOrderParams
from ...models.error_response import ErrorResponse
from ...models.order import Order
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    *,
    body: CreateOrderParams,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/orders",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Order | None:
    if response.status_code == 201:
        response_201 = Order.from_dict(response.json())

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
) -> Response[ErrorResponse | Order]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateOrderParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | Order]:
    """Create an order

     Registers a paid order (status `CREATED`). The customer is found by `customerId` or by
    `customerEmail` (one of the two is required), or created from the e-mail and names. With a
    group code in `paymentGroupShareId` the order joins that group (validated as in *validate*);
    without one, a new group is created with the customer as creator and `payment_group_share_id`
    stays null on this order. `amount` must be at least the minimum purchase value;
    `clientReferenceId` is unique. The documented `maxLength` limits are not enforced.
    Secret keys only (401 with a public key).

    Args:
        idempotency_key (str | Unset):
        body (CreateOrderParams): Needs `customerEmail` or `customerId`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Order]
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
    body: CreateOrderParams,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | Order | None:
    """Create an order

     Registers a paid order (status `CREATED`). The customer is found by `customerId` or by
    `customerEmail` (one of the two is required), or created from the e-mail and names. With a
    group code in `paymentGroupShareId` the order joins that group (validated as in *validate*);
    without one, a new group is created with the customer as creator and `payment_group_share_id`
    stays null on this order. `amount` must be at least the minimum purchase value;
    `clientReferenceId` is unique. The documented `maxLength` limits are not enforced.
    Secret keys only (401 with a public key).

    Args:
        idempotency_key (str | Unset):
        body (CreateOrderParams): Needs `customerEmail` or `customerId`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Order
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateOrderParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | Order]:
    """Create an order

     Registers a paid order (status `CREATED`). The customer is found by `customerId` or by
    `customerEmail` (one of the two is required), or created from the e-mail and names. With a
    group code in `paymentGroupShareId` the order joins that group (validated as in *validate*);
    without one, a new group is created with the customer as creator and `payment_group_share_id`
    stays null on this order. `amount` must be at least the minimum purchase value;
    `clientReferenceId` is unique. The documented `maxLength` limits are not enforced.
    Secret keys only (401 with a public key).

    Args:
        idempotency_key (str | Unset):
        body (CreateOrderParams): Needs `customerEmail` or `customerId`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Order]
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
    body: CreateOrderParams,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | Order | None:
    """Create an order

     Registers a paid order (status `CREATED`). The customer is found by `customerId` or by
    `customerEmail` (one of the two is required), or created from the e-mail and names. With a
    group code in `paymentGroupShareId` the order joins that group (validated as in *validate*);
    without one, a new group is created with the customer as creator and `payment_group_share_id`
    stays null on this order. `amount` must be at least the minimum purchase value;
    `clientReferenceId` is unique. The documented `maxLength` limits are not enforced.
    Secret keys only (401 with a public key).

    Args:
        idempotency_key (str | Unset):
        body (CreateOrderParams): Needs `customerEmail` or `customerId`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Order
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
