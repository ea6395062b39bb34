from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_payment_group_params import CreatePaymentGroupParams
from ...models.error_response import ErrorResponse
from ...models.payment_group import PaymentGroup
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    *,
    body: CreatePaymentGroupParams,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/payment-groups",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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
    *,
    client: AuthenticatedClient,
    body: CreatePaymentGroupParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | PaymentGroup]:
    """Create a group

     Creates an `OPEN` referral group whose creator is `customerId` and whose first participant is
    the given order or payment intent. Both docs mark `orderId` and `paymentIntentId` as required;
    the server requires **one of them** (`Either orderId or paymentIntentId is required.`); with
    both, the payment intent is used. `customerId` must exist in the key's organization and mode
    (404 `Customer {id} not found.`). The founder is linked without any check: it is not looked up
    in the key's organization, one that already belongs to a group is moved to the new one, and an
    id that does not exist makes the server answer 500.

    The organization's group settings for the key's mode are copied onto the group
    asynchronously (`payment_group_settings` is null for a moment). Reminder dates are computed by
    the server from the settings' duration, not from `expiresAt`: `mid_expire_at` for settings of
    7 days or less, `j_plus3_start_at` and `j_minus2_expire_at` otherwise. A `midExpireAt` sent by
    the client is ignored.

    Args:
        idempotency_key (str | Unset):
        body (CreatePaymentGroupParams): Needs `orderId` or `paymentIntentId` (or both), although
            the docs mark both as required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaymentGroup]
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
    body: CreatePaymentGroupParams,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | PaymentGroup | None:
    """Create a group

     Creates an `OPEN` referral group whose creator is `customerId` and whose first participant is
    the given order or payment intent. Both docs mark `orderId` and `paymentIntentId` as required;
    the server requires **one of them** (`Either orderId or paymentIntentId is required.`); with
    both, the payment intent is used. `customerId` must exist in the key's organization and mode
    (404 `Customer {id} not found.`). The founder is linked without any check: it is not looked up
    in the key's organization, one that already belongs to a group is moved to the new one, and an
    id that does not exist makes the server answer 500.

    The organization's group settings for the key's mode are copied onto the group
    asynchronously (`payment_group_settings` is null for a moment). Reminder dates are computed by
    the server from the settings' duration, not from `expiresAt`: `mid_expire_at` for settings of
    7 days or less, `j_plus3_start_at` and `j_minus2_expire_at` otherwise. A `midExpireAt` sent by
    the client is ignored.

    Args:
        idempotency_key (str | Unset):
        body (CreatePaymentGroupParams): Needs `orderId` or `paymentIntentId` (or both), although
            the docs mark both as required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaymentGroup
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreatePaymentGroupParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | PaymentGroup]:
    """Create a group

     Creates an `OPEN` referral group whose creator is `customerId` and whose first participant is
    the given order or payment intent. Both docs mark `orderId` and `paymentIntentId` as required;
    the server requires **one of them** (`Either orderId or paymentIntentId is required.`); with
    both, the payment intent is used. `customerId` must exist in the key's organization and mode
    (404 `Customer {id} not found.`). The founder is linked without any check: it is not looked up
    in the key's organization, one that already belongs to a group is moved to the new one, and an
    id that does not exist makes the server answer 500.

    The organization's group settings for the key's mode are copied onto the group
    asynchronously (`payment_group_settings` is null for a moment). Reminder dates are computed by
    the server from the settings' duration, not from `expiresAt`: `mid_expire_at` for settings of
    7 days or less, `j_plus3_start_at` and `j_minus2_expire_at` otherwise. A `midExpireAt` sent by
    the client is ignored.

    Args:
        idempotency_key (str | Unset):
        body (CreatePaymentGroupParams): Needs `orderId` or `paymentIntentId` (or both), although
            the docs mark both as required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaymentGroup]
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
    body: CreatePaymentGroupParams,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | PaymentGroup | None:
    """Create a group

     Creates an `OPEN` referral group whose creator is `customerId` and whose first participant is
    the given order or payment intent. Both docs mark `orderId` and `paymentIntentId` as required;
    the server requires **one of them** (`Either orderId or paymentIntentId is required.`); with
    both, the payment intent is used. `customerId` must exist in the key's organization and mode
    (404 `Customer {id} not found.`). The founder is linked without any check: it is not looked up
    in the key's organization, one that already belongs to a group is moved to the new one, and an
    id that does not exist makes the server answer 500.

    The organization's group settings for the key's mode are copied onto the group
    asynchronously (`payment_group_settings` is null for a moment). Reminder dates are computed by
    the server from the settings' duration, not from `expiresAt`: `mid_expire_at` for settings of
    7 days or less, `j_plus3_start_at` and `j_minus2_expire_at` otherwise. A `midExpireAt` sent by
    the client is ignored.

    Args:
        idempotency_key (str | Unset):
        body (CreatePaymentGroupParams): Needs `orderId` or `paymentIntentId` (or both), although
            the docs mark both as required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaymentGroup
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
