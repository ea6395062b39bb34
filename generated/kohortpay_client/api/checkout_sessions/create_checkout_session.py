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

     Registers a paid basket. The session is `COMPLETED` at once and gets a `SUCCEEDED` payment
    intent for `amountTotal`, whose customer is `customerId` (in the key's organization and mode)
    or the shopper found by `customerEmail` — or created from the e-mail and both names. The server
    needs one of the two: `customerId`, or `customerEmail` with `customerFirstName` and
    `customerLastName` (even for a known shopper); without them it answers 500, after the session
    was stored, so the schema requires them. A matched customer that was soft-deleted is restored,
    and a new `customerPhoneNumber` replaces theirs.

    **Then, asynchronously**, the payment intent joins the group of `paymentGroupShareId` or
    founds a new group with this customer as creator, the session's `customer_id` and
    `completed_at` are set (both are null in this response), and `payment_group.created` /
    `payment_group.joined` are sent. Read the founded or joined group on
    `payment_intent.payment_group` (`expand[]=paymentIntent.paymentGroup`), after a short poll;
    `payment_group` on a session is the group of the code it used (null for a founder). An
    ambassador code (`KHTAMB-…`) founds no group. A group code is validated as in *validate*
    before anything is stored (so a full group of orders, or the creator's own e-mail, is not
    refused).

    Rules, in the server's order: `clientReferenceId` and `paymentClientReferenceId` unused
    (both answer `Checkout session with client reference id {id} already exists.`);
    `amountTotal` ≥ the organization's minimum purchase value; the code (404 `Code not found.`
    for a code that is neither `KHT…` nor `KHTAMB…`); line items' sign and quantity rules (their
    sum is never compared with `amountTotal`; the server validates nothing else in them, and a
    line item without `name` makes it answer 500). A blocked shopper is refused (400
    `CUSTOMER_BLOCKED`) only after the session and its payment intent were stored. `expiresAt`
    must lie between now + 30 minutes and now + 24 hours, where the server's "now" is the time
    it started (a bug: the window is fixed at start-up); it defaults to now + 1 day. The 2023
    docs list `lineItems` and `locale` as required and `locale` as a free string (example
    `en-US`); the server requires neither and accepts only the `Locale` values.

    Args:
        idempotency_key (str | Unset):
        body (CreateCheckoutSessionParams): Needs `customerId`, or `customerEmail` with
            `customerFirstName` and `customerLastName`: without
            them the server answers 500 after storing the session.

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

     Registers a paid basket. The session is `COMPLETED` at once and gets a `SUCCEEDED` payment
    intent for `amountTotal`, whose customer is `customerId` (in the key's organization and mode)
    or the shopper found by `customerEmail` — or created from the e-mail and both names. The server
    needs one of the two: `customerId`, or `customerEmail` with `customerFirstName` and
    `customerLastName` (even for a known shopper); without them it answers 500, after the session
    was stored, so the schema requires them. A matched customer that was soft-deleted is restored,
    and a new `customerPhoneNumber` replaces theirs.

    **Then, asynchronously**, the payment intent joins the group of `paymentGroupShareId` or
    founds a new group with this customer as creator, the session's `customer_id` and
    `completed_at` are set (both are null in this response), and `payment_group.created` /
    `payment_group.joined` are sent. Read the founded or joined group on
    `payment_intent.payment_group` (`expand[]=paymentIntent.paymentGroup`), after a short poll;
    `payment_group` on a session is the group of the code it used (null for a founder). An
    ambassador code (`KHTAMB-…`) founds no group. A group code is validated as in *validate*
    before anything is stored (so a full group of orders, or the creator's own e-mail, is not
    refused).

    Rules, in the server's order: `clientReferenceId` and `paymentClientReferenceId` unused
    (both answer `Checkout session with client reference id {id} already exists.`);
    `amountTotal` ≥ the organization's minimum purchase value; the code (404 `Code not found.`
    for a code that is neither `KHT…` nor `KHTAMB…`); line items' sign and quantity rules (their
    sum is never compared with `amountTotal`; the server validates nothing else in them, and a
    line item without `name` makes it answer 500). A blocked shopper is refused (400
    `CUSTOMER_BLOCKED`) only after the session and its payment intent were stored. `expiresAt`
    must lie between now + 30 minutes and now + 24 hours, where the server's "now" is the time
    it started (a bug: the window is fixed at start-up); it defaults to now + 1 day. The 2023
    docs list `lineItems` and `locale` as required and `locale` as a free string (example
    `en-US`); the server requires neither and accepts only the `Locale` values.

    Args:
        idempotency_key (str | Unset):
        body (CreateCheckoutSessionParams): Needs `customerId`, or `customerEmail` with
            `customerFirstName` and `customerLastName`: without
            them the server answers 500 after storing the session.

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

     Registers a paid basket. The session is `COMPLETED` at once and gets a `SUCCEEDED` payment
    intent for `amountTotal`, whose customer is `customerId` (in the key's organization and mode)
    or the shopper found by `customerEmail` — or created from the e-mail and both names. The server
    needs one of the two: `customerId`, or `customerEmail` with `customerFirstName` and
    `customerLastName` (even for a known shopper); without them it answers 500, after the session
    was stored, so the schema requires them. A matched customer that was soft-deleted is restored,
    and a new `customerPhoneNumber` replaces theirs.

    **Then, asynchronously**, the payment intent joins the group of `paymentGroupShareId` or
    founds a new group with this customer as creator, the session's `customer_id` and
    `completed_at` are set (both are null in this response), and `payment_group.created` /
    `payment_group.joined` are sent. Read the founded or joined group on
    `payment_intent.payment_group` (`expand[]=paymentIntent.paymentGroup`), after a short poll;
    `payment_group` on a session is the group of the code it used (null for a founder). An
    ambassador code (`KHTAMB-…`) founds no group. A group code is validated as in *validate*
    before anything is stored (so a full group of orders, or the creator's own e-mail, is not
    refused).

    Rules, in the server's order: `clientReferenceId` and `paymentClientReferenceId` unused
    (both answer `Checkout session with client reference id {id} already exists.`);
    `amountTotal` ≥ the organization's minimum purchase value; the code (404 `Code not found.`
    for a code that is neither `KHT…` nor `KHTAMB…`); line items' sign and quantity rules (their
    sum is never compared with `amountTotal`; the server validates nothing else in them, and a
    line item without `name` makes it answer 500). A blocked shopper is refused (400
    `CUSTOMER_BLOCKED`) only after the session and its payment intent were stored. `expiresAt`
    must lie between now + 30 minutes and now + 24 hours, where the server's "now" is the time
    it started (a bug: the window is fixed at start-up); it defaults to now + 1 day. The 2023
    docs list `lineItems` and `locale` as required and `locale` as a free string (example
    `en-US`); the server requires neither and accepts only the `Locale` values.

    Args:
        idempotency_key (str | Unset):
        body (CreateCheckoutSessionParams): Needs `customerId`, or `customerEmail` with
            `customerFirstName` and `customerLastName`: without
            them the server answers 500 after storing the session.

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

     Registers a paid basket. The session is `COMPLETED` at once and gets a `SUCCEEDED` payment
    intent for `amountTotal`, whose customer is `customerId` (in the key's organization and mode)
    or the shopper found by `customerEmail` — or created from the e-mail and both names. The server
    needs one of the two: `customerId`, or `customerEmail` with `customerFirstName` and
    `customerLastName` (even for a known shopper); without them it answers 500, after the session
    was stored, so the schema requires them. A matched customer that was soft-deleted is restored,
    and a new `customerPhoneNumber` replaces theirs.

    **Then, asynchronously**, the payment intent joins the group of `paymentGroupShareId` or
    founds a new group with this customer as creator, the session's `customer_id` and
    `completed_at` are set (both are null in this response), and `payment_group.created` /
    `payment_group.joined` are sent. Read the founded or joined group on
    `payment_intent.payment_group` (`expand[]=paymentIntent.paymentGroup`), after a short poll;
    `payment_group` on a session is the group of the code it used (null for a founder). An
    ambassador code (`KHTAMB-…`) founds no group. A group code is validated as in *validate*
    before anything is stored (so a full group of orders, or the creator's own e-mail, is not
    refused).

    Rules, in the server's order: `clientReferenceId` and `paymentClientReferenceId` unused
    (both answer `Checkout session with client reference id {id} already exists.`);
    `amountTotal` ≥ the organization's minimum purchase value; the code (404 `Code not found.`
    for a code that is neither `KHT…` nor `KHTAMB…`); line items' sign and quantity rules (their
    sum is never compared with `amountTotal`; the server validates nothing else in them, and a
    line item without `name` makes it answer 500). A blocked shopper is refused (400
    `CUSTOMER_BLOCKED`) only after the session and its payment intent were stored. `expiresAt`
    must lie between now + 30 minutes and now + 24 hours, where the server's "now" is the time
    it started (a bug: the window is fixed at start-up); it defaults to now + 1 day. The 2023
    docs list `lineItems` and `locale` as required and `locale` as a free string (example
    `en-US`); the server requires neither and accepts only the `Locale` values.

    Args:
        idempotency_key (str | Unset):
        body (CreateCheckoutSessionParams): Needs `customerId`, or `customerEmail` with
            `customerFirstName` and `customerLastName`: without
            them the server answers 500 after storing the session.

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
