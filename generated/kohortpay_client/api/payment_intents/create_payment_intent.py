from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_payment_intent_params import CreatePaymentIntentParams
from ...models.error_response import ErrorResponse
from ...models.payment_intent import PaymentIntent
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    *,
    body: CreatePaymentIntentParams,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/payment-intents",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PaymentIntent | None:
    if response.status_code == 201:
        response_201 = PaymentIntent.from_dict(response.json())

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
) -> Response[ErrorResponse | PaymentIntent]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreatePaymentIntentParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | PaymentIntent]:
    """Create a payment intent

     Creates a `SUCCEEDED` payment intent attached to a checkout session (the `status` sent is
    ignored), then — asynchronously, like a checkout session — founds a group for its customer or
    joins the group of `paymentGroupId`. The customer is `customerId` (in the key's organization and
    mode, else 404) or the session's shopper, found or created by e-mail and names (a session
    without `customer_email`, `customer_first_name` and `customer_last_name` makes the server
    answer 500). A checkout session holds at most one payment intent, and every checkout session
    created through the API already has one: for those, this answers **409**. An unknown
    `checkoutSessionId` answers 404 `CheckoutSession with id {id} not found.`; a session's
    `share_id` in its place makes the server answer 500, so the schema takes only `cs_` ids.
    The 2023 docs reused the request schema as the `201` response; the server answers with the
    created payment intent.

    Args:
        idempotency_key (str | Unset):
        body (CreatePaymentIntentParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaymentIntent]
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
    body: CreatePaymentIntentParams,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | PaymentIntent | None:
    """Create a payment intent

     Creates a `SUCCEEDED` payment intent attached to a checkout session (the `status` sent is
    ignored), then — asynchronously, like a checkout session — founds a group for its customer or
    joins the group of `paymentGroupId`. The customer is `customerId` (in the key's organization and
    mode, else 404) or the session's shopper, found or created by e-mail and names (a session
    without `customer_email`, `customer_first_name` and `customer_last_name` makes the server
    answer 500). A checkout session holds at most one payment intent, and every checkout session
    created through the API already has one: for those, this answers **409**. An unknown
    `checkoutSessionId` answers 404 `CheckoutSession with id {id} not found.`; a session's
    `share_id` in its place makes the server answer 500, so the schema takes only `cs_` ids.
    The 2023 docs reused the request schema as the `201` response; the server answers with the
    created payment intent.

    Args:
        idempotency_key (str | Unset):
        body (CreatePaymentIntentParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaymentIntent
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreatePaymentIntentParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | PaymentIntent]:
    """Create a payment intent

     Creates a `SUCCEEDED` payment intent attached to a checkout session (the `status` sent is
    ignored), then — asynchronously, like a checkout session — founds a group for its customer or
    joins the group of `paymentGroupId`. The customer is `customerId` (in the key's organization and
    mode, else 404) or the session's shopper, found or created by e-mail and names (a session
    without `customer_email`, `customer_first_name` and `customer_last_name` makes the server
    answer 500). A checkout session holds at most one payment intent, and every checkout session
    created through the API already has one: for those, this answers **409**. An unknown
    `checkoutSessionId` answers 404 `CheckoutSession with id {id} not found.`; a session's
    `share_id` in its place makes the server answer 500, so the schema takes only `cs_` ids.
    The 2023 docs reused the request schema as the `201` response; the server answers with the
    created payment intent.

    Args:
        idempotency_key (str | Unset):
        body (CreatePaymentIntentParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaymentIntent]
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
    body: CreatePaymentIntentParams,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | PaymentIntent | None:
    """Create a payment intent

     Creates a `SUCCEEDED` payment intent attached to a checkout session (the `status` sent is
    ignored), then — asynchronously, like a checkout session — founds a group for its customer or
    joins the group of `paymentGroupId`. The customer is `customerId` (in the key's organization and
    mode, else 404) or the session's shopper, found or created by e-mail and names (a session
    without `customer_email`, `customer_first_name` and `customer_last_name` makes the server
    answer 500). A checkout session holds at most one payment intent, and every checkout session
    created through the API already has one: for those, this answers **409**. An unknown
    `checkoutSessionId` answers 404 `CheckoutSession with id {id} not found.`; a session's
    `share_id` in its place makes the server answer 500, so the schema takes only `cs_` ids.
    The 2023 docs reused the request schema as the `201` response; the server answers with the
    created payment intent.

    Args:
        idempotency_key (str | Unset):
        body (CreatePaymentIntentParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaymentIntent
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
