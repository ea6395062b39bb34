from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.checkout_session import CheckoutSession
from ...models.create_checkout_session_params import CreateCheckoutSessionParams
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    *,
    body: CreateCheckoutSessionParams,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/checkout-sessions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CheckoutSession | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = CheckoutSession.from_dict(response.json())

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
) -> Response[CheckoutSession | ErrorResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateCheckoutSessionParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[CheckoutSession | ErrorResponse]:
    """Create a checkout session

     Registers a paid basket. The session is `COMPLETED` at once; the server matches the customer
    by `customerEmail` (or creates one from the e-mail and names — send first and last name for a
    new shopper), creates a `SUCCEEDED` payment intent for `amountTotal`, and joins the group of
    `paymentGroupShareId` (validated as in *validate*) or creates a new group with this customer
    as creator. `customer_id` is null in this response even when a customer was matched.

    Rules: `amountTotal` ≥ the organization's minimum purchase value; line items follow their
    type's sign and quantity rules (their sum is never compared with `amountTotal`);
    `clientReferenceId` and `paymentClientReferenceId` are unique; `expiresAt` lies between
    now + 30 minutes and now + 24 hours (default now + 1 day). The 2023 docs list `lineItems`
    and `locale` as required and `locale` as a free string (example `en-US`); the server requires
    neither and accepts only the `Locale` values.

    Args:
        idempotency_key (str | Unset):
        body (CreateCheckoutSessionParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckoutSession | ErrorResponse]
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
    body: CreateCheckoutSessionParams,
    idempotency_key: str | Unset = UNSET,
) -> CheckoutSession | ErrorResponse | None:
    """Create a checkout session

     Registers a paid basket. The session is `COMPLETED` at once; the server matches the customer
    by `customerEmail` (or creates one from the e-mail and names — send first and last name for a
    new shopper), creates a `SUCCEEDED` payment intent for `amountTotal`, and joins the group of
    `paymentGroupShareId` (validated as in *validate*) or creates a new group with this customer
    as creator. `customer_id` is null in this response even when a customer was matched.

    Rules: `amountTotal` ≥ the organization's minimum purchase value; line items follow their
    type's sign and quantity rules (their sum is never compared with `amountTotal`);
    `clientReferenceId` and `paymentClientReferenceId` are unique; `expiresAt` lies between
    now + 30 minutes and now + 24 hours (default now + 1 day). The 2023 docs list `lineItems`
    and `locale` as required and `locale` as a free string (example `en-US`); the server requires
    neither and accepts only the `Locale` values.

    Args:
        idempotency_key (str | Unset):
        body (CreateCheckoutSessionParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckoutSession | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateCheckoutSessionParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[CheckoutSession | ErrorResponse]:
    """Create a checkout session

     Registers a paid basket. The session is `COMPLETED` at once; the server matches the customer
    by `customerEmail` (or creates one from the e-mail and names — send first and last name for a
    new shopper), creates a `SUCCEEDED` payment intent for `amountTotal`, and joins the group of
    `paymentGroupShareId` (validated as in *validate*) or creates a new group with this customer
    as creator. `customer_id` is null in this response even when a customer was matched.

    Rules: `amountTotal` ≥ the organization's minimum purchase value; line items follow their
    type's sign and quantity rules (their sum is never compared with `amountTotal`);
    `clientReferenceId` and `paymentClientReferenceId` are unique; `expiresAt` lies between
    now + 30 minutes and now + 24 hours (default now + 1 day). The 2023 docs list `lineItems`
    and `locale` as required and `locale` as a free string (example `en-US`); the server requires
    neither and accepts only the `Locale` values.

    Args:
        idempotency_key (str | Unset):
        body (CreateCheckoutSessionParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckoutSession | ErrorResponse]
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
    body: CreateCheckoutSessionParams,
    idempotency_key: str | Unset = UNSET,
) -> CheckoutSession | ErrorResponse | None:
    """Create a checkout session

     Registers a paid basket. The session is `COMPLETED` at once; the server matches the customer
    by `customerEmail` (or creates one from the e-mail and names — send first and last name for a
    new shopper), creates a `SUCCEEDED` payment intent for `amountTotal`, and joins the group of
    `paymentGroupShareId` (validated as in *validate*) or creates a new group with this customer
    as creator. `customer_id` is null in this response even when a customer was matched.

    Rules: `amountTotal` ≥ the organization's minimum purchase value; line items follow their
    type's sign and quantity rules (their sum is never compared with `amountTotal`);
    `clientReferenceId` and `paymentClientReferenceId` are unique; `expiresAt` lies between
    now + 30 minutes and now + 24 hours (default now + 1 day). The 2023 docs list `lineItems`
    and `locale` as required and `locale` as a free string (example `en-US`); the server requires
    neither and accepts only the `Locale` values.

    Args:
        idempotency_key (str | Unset):
        body (CreateCheckoutSessionParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckoutSession | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
