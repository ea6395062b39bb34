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

     Registers a paid order (status `CREATED`) and, before answering, links it to a group. The
    customer is `customerId` (looked up in every organization), or the shopper found by
    `customerEmail` — or created from the e-mail and both names. The server needs `customerId`, or
    `customerEmail` with `customerFirstName` and `customerLastName` even for a known shopper
    (otherwise it answers 500), so the schema requires them. A matched customer that was
    soft-deleted is restored, and a new `customerPhoneNumber` replaces theirs.

    Checks, in the server's order: `clientReferenceId` unused (400 `Order with client reference id
    {id} already exists.`); `amount` ≥ the minimum purchase value (400 `The minimum purchase value
    is {n}`); a blocked customer — looked up **by e-mail only**, so an order naming a blocked
    customer only by `customerId` is accepted — answers 400 `CUSTOMER_BLOCKED`; the group code, as
    in *validate* (404 `NOT_FOUND`, 400 `COMPLETED_EXPIRED_CANCELED`; an ambassador code answers
    404 `Group {code} not found.`). The order then joins the group; if the group turns out to be
    full (the orders in it, this one included, reach `max_participants`) the order silently
    founds a new group instead, still with `201`. Without a code the order founds a new group
    with the customer as creator. `payment_group_share_id` echoes the code sent (null without
    one), `customer_email` the e-mail sent (null with only `customerId`); `application_fee_amount`
    is the platform's fee (0 for a founder), `risk_level` `LOW`, and `token` null until cashback
    is available. The new group's
    settings are copied asynchronously. The documented `maxLength` limits are not enforced.
    Secret keys only (401 `Invalid Api Key.` with a public key).

    Args:
        idempotency_key (str | Unset):
        body (CreateOrderParams): Needs `customerId`, or `customerEmail` with `customerFirstName`
            and `customerLastName` (even
            for a known shopper): an e-mail without both names makes the server answer 500.

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

     Registers a paid order (status `CREATED`) and, before answering, links it to a group. The
    customer is `customerId` (looked up in every organization), or the shopper found by
    `customerEmail` — or created from the e-mail and both names. The server needs `customerId`, or
    `customerEmail` with `customerFirstName` and `customerLastName` even for a known shopper
    (otherwise it answers 500), so the schema requires them. A matched customer that was
    soft-deleted is restored, and a new `customerPhoneNumber` replaces theirs.

    Checks, in the server's order: `clientReferenceId` unused (400 `Order with client reference id
    {id} already exists.`); `amount` ≥ the minimum purchase value (400 `The minimum purchase value
    is {n}`); a blocked customer — looked up **by e-mail only**, so an order naming a blocked
    customer only by `customerId` is accepted — answers 400 `CUSTOMER_BLOCKED`; the group code, as
    in *validate* (404 `NOT_FOUND`, 400 `COMPLETED_EXPIRED_CANCELED`; an ambassador code answers
    404 `Group {code} not found.`). The order then joins the group; if the group turns out to be
    full (the orders in it, this one included, reach `max_participants`) the order silently
    founds a new group instead, still with `201`. Without a code the order founds a new group
    with the customer as creator. `payment_group_share_id` echoes the code sent (null without
    one), `customer_email` the e-mail sent (null with only `customerId`); `application_fee_amount`
    is the platform's fee (0 for a founder), `risk_level` `LOW`, and `token` null until cashback
    is available. The new group's
    settings are copied asynchronously. The documented `maxLength` limits are not enforced.
    Secret keys only (401 `Invalid Api Key.` with a public key).

    Args:
        idempotency_key (str | Unset):
        body (CreateOrderParams): Needs `customerId`, or `customerEmail` with `customerFirstName`
            and `customerLastName` (even
            for a known shopper): an e-mail without both names makes the server answer 500.

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

     Registers a paid order (status `CREATED`) and, before answering, links it to a group. The
    customer is `customerId` (looked up in every organization), or the shopper found by
    `customerEmail` — or created from the e-mail and both names. The server needs `customerId`, or
    `customerEmail` with `customerFirstName` and `customerLastName` even for a known shopper
    (otherwise it answers 500), so the schema requires them. A matched customer that was
    soft-deleted is restored, and a new `customerPhoneNumber` replaces theirs.

    Checks, in the server's order: `clientReferenceId` unused (400 `Order with client reference id
    {id} already exists.`); `amount` ≥ the minimum purchase value (400 `The minimum purchase value
    is {n}`); a blocked customer — looked up **by e-mail only**, so an order naming a blocked
    customer only by `customerId` is accepted — answers 400 `CUSTOMER_BLOCKED`; the group code, as
    in *validate* (404 `NOT_FOUND`, 400 `COMPLETED_EXPIRED_CANCELED`; an ambassador code answers
    404 `Group {code} not found.`). The order then joins the group; if the group turns out to be
    full (the orders in it, this one included, reach `max_participants`) the order silently
    founds a new group instead, still with `201`. Without a code the order founds a new group
    with the customer as creator. `payment_group_share_id` echoes the code sent (null without
    one), `customer_email` the e-mail sent (null with only `customerId`); `application_fee_amount`
    is the platform's fee (0 for a founder), `risk_level` `LOW`, and `token` null until cashback
    is available. The new group's
    settings are copied asynchronously. The documented `maxLength` limits are not enforced.
    Secret keys only (401 `Invalid Api Key.` with a public key).

    Args:
        idempotency_key (str | Unset):
        body (CreateOrderParams): Needs `customerId`, or `customerEmail` with `customerFirstName`
            and `customerLastName` (even
            for a known shopper): an e-mail without both names makes the server answer 500.

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

     Registers a paid order (status `CREATED`) and, before answering, links it to a group. The
    customer is `customerId` (looked up in every organization), or the shopper found by
    `customerEmail` — or created from the e-mail and both names. The server needs `customerId`, or
    `customerEmail` with `customerFirstName` and `customerLastName` even for a known shopper
    (otherwise it answers 500), so the schema requires them. A matched customer that was
    soft-deleted is restored, and a new `customerPhoneNumber` replaces theirs.

    Checks, in the server's order: `clientReferenceId` unused (400 `Order with client reference id
    {id} already exists.`); `amount` ≥ the minimum purchase value (400 `The minimum purchase value
    is {n}`); a blocked customer — looked up **by e-mail only**, so an order naming a blocked
    customer only by `customerId` is accepted — answers 400 `CUSTOMER_BLOCKED`; the group code, as
    in *validate* (404 `NOT_FOUND`, 400 `COMPLETED_EXPIRED_CANCELED`; an ambassador code answers
    404 `Group {code} not found.`). The order then joins the group; if the group turns out to be
    full (the orders in it, this one included, reach `max_participants`) the order silently
    founds a new group instead, still with `201`. Without a code the order founds a new group
    with the customer as creator. `payment_group_share_id` echoes the code sent (null without
    one), `customer_email` the e-mail sent (null with only `customerId`); `application_fee_amount`
    is the platform's fee (0 for a founder), `risk_level` `LOW`, and `token` null until cashback
    is available. The new group's
    settings are copied asynchronously. The documented `maxLength` limits are not enforced.
    Secret keys only (401 `Invalid Api Key.` with a public key).

    Args:
        idempotency_key (str | Unset):
        body (CreateOrderParams): Needs `customerId`, or `customerEmail` with `customerFirstName`
            and `customerLastName` (even
            for a known shopper): an e-mail without both names makes the server answer 500.

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
