"""Error responses become typed exceptions: by status, by business code, by the server's messages."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import kohortpay
from kohortpay import _exceptions

from .support import MakeApi, Recorder, error_body


def raised(make_api: MakeApi, response: httpx.Response, call: Any = None) -> kohortpay.APIStatusError:
    api = make_api(Recorder(response))
    with pytest.raises(kohortpay.APIStatusError) as info:
        api(call or (lambda c: c.customers.retrieve("cus_1")))
    return info.value


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, kohortpay.BadRequestError),
        (401, kohortpay.AuthenticationError),
        (403, kohortpay.PermissionDeniedError),
        (404, kohortpay.NotFoundError),
        (409, kohortpay.ConflictError),
        (422, kohortpay.UnprocessableEntityError),
        (429, kohortpay.RateLimitError),
        (500, kohortpay.InternalServerError),
        (502, kohortpay.InternalServerError),
        (418, kohortpay.APIStatusError),
    ],
)
def test_by_status(make_api: MakeApi, status: int, cls: type[Exception]) -> None:
    error = raised(
        make_api, httpx.Response(status, json=error_body("nope", "Whatever")), lambda c: c.customers.delete("x")
    )
    assert type(error) is cls
    assert error.status_code == status and error.code == "Whatever" and error.message == "nope"


GROUP = "KHT-test-BE125F06"


@pytest.mark.parametrize(
    ("status", "code", "message", "cls"),
    [
        (
            400,
            "AMOUNT_TOO_LOW",
            "Amount 1500 is below the minimum purchase value of 3000.",
            kohortpay.AmountTooLowError,
        ),
        (400, "EMAIL_ALREADY_USED", f"Customer a@b.co is already in group {GROUP}.", kohortpay.EmailAlreadyUsedError),
        (
            400,
            "MAX_PARTICIPANTS_REACHED",
            "Maximum number of participants reached.",
            kohortpay.MaxParticipantsReachedError,
        ),
        (400, "COMPLETED_EXPIRED_CANCELED", f"Group {GROUP} is already canceled.", kohortpay.GroupNotJoinableError),
        (404, "NOT_FOUND", f"Group {GROUP} not found.", kohortpay.GroupNotFoundError),
        (404, "Not Found", "Code not found.", kohortpay.GroupNotFoundError),
        (400, "CUSTOMER_BLOCKED", "Customer is blocked.", kohortpay.CustomerBlockedError),
        (400, "WRONG_STATUS", "Checkout session is not open.", kohortpay.WrongStatusError),
        (
            400,
            "IDEMPOTENCY_KEY_REUSED",
            "Keys can only be reused with the same body.",
            kohortpay.IdempotencyKeyReusedError,
        ),
        (
            400,
            "Bad Request",
            "Checkout session with client reference id 42 already exists.",
            kohortpay.DuplicateReferenceError,
        ),
        (400, "Bad Request", "PaymentIntent with id pi_1 not found", kohortpay.NotFoundError),
        (404, "Not Found", "Group with id pg_1 not found.", kohortpay.NotFoundError),
        (404, "NOT_FOUND", "Checkout session cs_1 not found.", kohortpay.NotFoundError),
        (409, None, "Unique constraint failed on the fields: (`emailAddress`)", kohortpay.ConflictError),
        # A business code with an unexpected status keeps the status's class.
        (500, "AMOUNT_TOO_LOW", "Internal Server Error", kohortpay.InternalServerError),
    ],
)
def test_by_code_and_message(
    make_api: MakeApi, status: int, code: str | None, message: str, cls: type[Exception]
) -> None:
    error = raised(make_api, httpx.Response(status, json=error_body(message, code)))
    assert type(error) is cls
    assert error.status_code == status


def test_group_validation_errors_share_a_base() -> None:
    for cls in (
        kohortpay.AmountTooLowError,
        kohortpay.EmailAlreadyUsedError,
        kohortpay.MaxParticipantsReachedError,
        kohortpay.GroupNotJoinableError,
        kohortpay.GroupNotFoundError,
    ):
        assert issubclass(cls, kohortpay.GroupValidationError)
    assert issubclass(kohortpay.GroupNotFoundError, kohortpay.NotFoundError)
    assert issubclass(kohortpay.AmountTooLowError, kohortpay.BadRequestError)
    assert issubclass(kohortpay.DuplicateReferenceError, kohortpay.BadRequestError)
    assert issubclass(kohortpay.IdempotencyKeyReusedError, kohortpay.BadRequestError)
    assert issubclass(kohortpay.APITimeoutError, kohortpay.APIConnectionError)
    assert issubclass(kohortpay.APIStatusError, kohortpay.KohortPayError)
    assert issubclass(kohortpay.WebhookVerificationError, kohortpay.KohortPayError)


def test_validation_message_list(make_api: MakeApi) -> None:
    messages = ["amountTotal must be a positive number", "locale must be one of en_US, en_GB, fr_FR"]
    error = raised(make_api, httpx.Response(400, json=error_body(messages, "Bad Request")))
    assert error.message == messages
    assert str(error) == "400 Bad Request: " + "; ".join(messages)
    assert error.type == "invalid_request_error"


def test_server_error_without_code(make_api: MakeApi) -> None:
    error = raised(make_api, httpx.Response(500, json=error_body("Internal Server Error", type_="api_error")))
    assert error.code is None and error.type == "api_error"
    assert str(error) == "500: Internal Server Error"


def test_request_id(make_api: MakeApi) -> None:
    response = httpx.Response(404, json=error_body("gone", "Not Found"), headers={"x-request-id": "req_123"})
    error = raised(make_api, response)
    assert error.request_id == "req_123"
    assert "req_123" in str(error)


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(502, text="<html>Bad gateway</html>"),
        httpx.Response(400, json={"message": "flat envelope", "code": "Bad Request"}),
        httpx.Response(400, json={"error": "just a string"}),
        httpx.Response(400, json=[1, 2]),
        httpx.Response(400),
    ],
)
def test_odd_error_bodies_still_raise(make_api: MakeApi, response: httpx.Response) -> None:
    error = raised(make_api, response, lambda c: c.customers.retrieve("x", max_retries=0))
    assert error.status_code == response.status_code
    assert isinstance(error.message, str) and error.message


def test_body_is_bounded(make_api: MakeApi) -> None:
    error = raised(make_api, httpx.Response(400, text="x" * 100_000))
    assert isinstance(error.body, str) and len(error.body) <= _exceptions.MAX_BODY_CHARS + 1
    assert len(str(error)) < 200


def test_small_json_body_is_kept(make_api: MakeApi) -> None:
    body = error_body("nope", "Bad Request")
    assert raised(make_api, httpx.Response(400, json=body)).body == body


def test_response_and_request_are_attached(make_api: MakeApi) -> None:
    error = raised(make_api, httpx.Response(404, json=error_body("gone")))
    assert error.response.status_code == 404
    assert error.request.url.path == "/customers/cus_1"
