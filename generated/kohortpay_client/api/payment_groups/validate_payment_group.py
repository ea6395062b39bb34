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
        "url": "/payment-groups/{id}/validate".format(
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

     Checks whether a shopper may join the group behind a share code (`id` is the code, not the
    `pg_` id), without side effects. Checks run in order: unknown code (404 `NOT_FOUND`), group not
    open or past expiry (`COMPLETED_EXPIRED_CANCELED`), settings not copied yet (404, right after
    the group was created), group full (`MAX_PARTICIPANTS_REACHED`), e-mail already used by one of
    the group's payment intents (`EMAIL_ALREADY_USED`), `amount` below the minimum purchase value
    (`AMOUNT_TOO_LOW`). The full and e-mail checks, and `current_discount_level` (the level of the
    group's payment intents plus the new shopper), count **payment intents only**: for a group of
    orders they never fire, and the creator's own e-mail passes. The code is looked up in every
    organization and mode. An ambassador code (`KHTAMB-…`) answers only `current_discount_level`
    (404 `Ambassador with referral code {code} not found.` for an unknown one); a code that starts
    with neither `KHT` nor `KHTAMB` answers 404 `Code not found.`. The body is optional and may be
    sent without a `Content-Type`. The 2024 docs declare `CreatePaymentGroupDto` as the body,
    `PaymentGroupDto` as the result and `200` as the status; the server takes
    `{customerEmail, amount}` and answers `201` with the merged group, settings and
    `current_discount_level`.

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

     Checks whether a shopper may join the group behind a share code (`id` is the code, not the
    `pg_` id), without side effects. Checks run in order: unknown code (404 `NOT_FOUND`), group not
    open or past expiry (`COMPLETED_EXPIRED_CANCELED`), settings not copied yet (404, right after
    the group was created), group full (`MAX_PARTICIPANTS_REACHED`), e-mail already used by one of
    the group's payment intents (`EMAIL_ALREADY_USED`), `amount` below the minimum purchase value
    (`AMOUNT_TOO_LOW`). The full and e-mail checks, and `current_discount_level` (the level of the
    group's payment intents plus the new shopper), count **payment intents only**: for a group of
    orders they never fire, and the creator's own e-mail passes. The code is looked up in every
    organization and mode. An ambassador code (`KHTAMB-…`) answers only `current_discount_level`
    (404 `Ambassador with referral code {code} not found.` for an unknown one); a code that starts
    with neither `KHT` nor `KHTAMB` answers 404 `Code not found.`. The body is optional and may be
    sent without a `Content-Type`. The 2024 docs declare `CreatePaymentGroupDto` as the body,
    `PaymentGroupDto` as the result and `200` as the status; the server takes
    `{customerEmail, amount}` and answers `201` with the merged group, settings and
    `current_discount_level`.

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

     Checks whether a shopper may join the group behind a share code (`id` is the code, not the
    `pg_` id), without side effects. Checks run in order: unknown code (404 `NOT_FOUND`), group not
    open or past expiry (`COMPLETED_EXPIRED_CANCELED`), settings not copied yet (404, right after
    the group was created), group full (`MAX_PARTICIPANTS_REACHED`), e-mail already used by one of
    the group's payment intents (`EMAIL_ALREADY_USED`), `amount` below the minimum purchase value
    (`AMOUNT_TOO_LOW`). The full and e-mail checks, and `current_discount_level` (the level of the
    group's payment intents plus the new shopper), count **payment intents only**: for a group of
    orders they never fire, and the creator's own e-mail passes. The code is looked up in every
    organization and mode. An ambassador code (`KHTAMB-…`) answers only `current_discount_level`
    (404 `Ambassador with referral code {code} not found.` for an unknown one); a code that starts
    with neither `KHT` nor `KHTAMB` answers 404 `Code not found.`. The body is optional and may be
    sent without a `Content-Type`. The 2024 docs declare `CreatePaymentGroupDto` as the body,
    `PaymentGroupDto` as the result and `200` as the status; the server takes
    `{customerEmail, amount}` and answers `201` with the merged group, settings and
    `current_discount_level`.

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

     Checks whether a shopper may join the group behind a share code (`id` is the code, not the
    `pg_` id), without side effects. Checks run in order: unknown code (404 `NOT_FOUND`), group not
    open or past expiry (`COMPLETED_EXPIRED_CANCELED`), settings not copied yet (404, right after
    the group was created), group full (`MAX_PARTICIPANTS_REACHED`), e-mail already used by one of
    the group's payment intents (`EMAIL_ALREADY_USED`), `amount` below the minimum purchase value
    (`AMOUNT_TOO_LOW`). The full and e-mail checks, and `current_discount_level` (the level of the
    group's payment intents plus the new shopper), count **payment intents only**: for a group of
    orders they never fire, and the creator's own e-mail passes. The code is looked up in every
    organization and mode. An ambassador code (`KHTAMB-…`) answers only `current_discount_level`
    (404 `Ambassador with referral code {code} not found.` for an unknown one); a code that starts
    with neither `KHT` nor `KHTAMB` answers 404 `Code not found.`. The body is optional and may be
    sent without a `Content-Type`. The 2024 docs declare `CreatePaymentGroupDto` as the body,
    `PaymentGroupDto` as the result and `200` as the status; the server takes
    `{customerEmail, amount}` and answers `201` with the merged group, settings and
    `current_discount_level`.

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
