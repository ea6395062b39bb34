from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.validate_payment_group_params import ValidatePaymentGroupParams
from ...models.validate_payment_group_result import ValidatePaymentGroupResult
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    id: str,
    *,
    body: ValidatePaymentGroupParams | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/groups/{id}/validate".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ValidatePaymentGroupResult | None:
    if response.status_code == 201:
        response_201 = ValidatePaymentGroupResult.from_dict(response.json())

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
) -> Response[ErrorResponse | ValidatePaymentGroupResult]:
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
    body: ValidatePaymentGroupParams | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | ValidatePaymentGroupResult]:
    """Validate a referral code

     Same as `POST /payment-groups/{id}/validate`: `id` is the share code. The 2024 docs declare
    the group-creation body, a `PaymentGroupDto` result and `200`; the server takes
    `{customerEmail, amount}` (optional) and answers `201` with the merged result.

    Args:
        id (str):
        idempotency_key (str | Unset):
        body (ValidatePaymentGroupParams | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ValidatePaymentGroupResult]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
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
    body: ValidatePaymentGroupParams | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | ValidatePaymentGroupResult | None:
    """Validate a referral code

     Same as `POST /payment-groups/{id}/validate`: `id` is the share code. The 2024 docs declare
    the group-creation body, a `PaymentGroupDto` result and `200`; the server takes
    `{customerEmail, amount}` (optional) and answers `201` with the merged result.

    Args:
        id (str):
        idempotency_key (str | Unset):
        body (ValidatePaymentGroupParams | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ValidatePaymentGroupResult
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ValidatePaymentGroupParams | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | ValidatePaymentGroupResult]:
    """Validate a referral code

     Same as `POST /payment-groups/{id}/validate`: `id` is the share code. The 2024 docs declare
    the group-creation body, a `PaymentGroupDto` result and `200`; the server takes
    `{customerEmail, amount}` (optional) and answers `201` with the merged result.

    Args:
        id (str):
        idempotency_key (str | Unset):
        body (ValidatePaymentGroupParams | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ValidatePaymentGroupResult]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ValidatePaymentGroupParams | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | ValidatePaymentGroupResult | None:
    """Validate a referral code

     Same as `POST /payment-groups/{id}/validate`: `id` is the share code. The 2024 docs declare
    the group-creation body, a `PaymentGroupDto` result and `200`; the server takes
    `{customerEmail, amount}` (optional) and answers `201` with the merged result.

    Args:
        id (str):
        idempotency_key (str | Unset):
        body (ValidatePaymentGroupParams | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ValidatePaymentGroupResult
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
