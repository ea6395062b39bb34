"""Models and errors behave as Python values across a process boundary (Celery, caches,
multiprocessing): copies and pickles are equal, pickled errors hold no secret, models give JSON."""

from __future__ import annotations

import copy
import datetime as dt
import json
import pickle
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kohortpay
from kohortpay._exceptions import make_status_error
from kohortpay.testing import strategies as kst
from kohortpay_client import parsers
from kohortpay_client.types import UNSET

KEY = "sk_test_5c2ab8d6e41f07abcdef"
SECRET = "whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQ="
COPIES: list[Callable[[Any], Any]] = [copy.copy, copy.deepcopy, lambda value: pickle.loads(pickle.dumps(value))]


@pytest.mark.parametrize("again", COPIES)
@settings(max_examples=25, suppress_health_check=list(HealthCheck), deadline=None)
@given(data=st.data())
def test_models_round_trip_equal(again: Callable[[Any], Any], data: st.DataObject) -> None:
    for name in ("Customer", "PaymentGroup", "Order", "CheckoutSessionList"):
        model = data.draw(kst.response_object(name, as_model=True))
        assert again(model) == model
    assert again(UNSET) is UNSET


def test_a_model_is_json() -> None:
    customer = parsers.customer(
        {"id": "cus_1", "email_address": "a@example.com", "first_name": None, "last_name": None,
         "phone_number": None, "livemode": False, "is_blocked": False, "organization_id": "org_1",
         "metadata": {"tier": "gold"}, "locale": "fr_FR", "client_reference_id": None,
         "created_at": "2026-01-02T03:04:05.006Z", "created_by": None, "updated_at": "2026-01-02T03:04:05.006Z",
         "updated_by": None, "blocked_at": None, "blocked_by": None, "deleted_at": None}
    )  # fmt: skip
    assert json.loads(customer.to_json())["created_at"] == "2026-01-02T03:04:05.006Z"
    assert customer.to_json(indent=2).startswith("{\n")
    document = {"customers": [customer], "at": dt.datetime(2026, 1, 1, tzinfo=dt.UTC), "locale": customer.locale}
    loaded = json.loads(json.dumps(document, default=kohortpay.json_default))
    assert loaded == {"customers": [customer.to_dict()], "at": "2026-01-01T00:00:00.000Z", "locale": "fr_FR"}
    with pytest.raises(TypeError, match="Object of type object is not JSON serializable"):
        json.dumps(object(), default=kohortpay.json_default)


def request() -> httpx.Request:
    return httpx.Request(
        "POST",
        "https://api.kohortpay.com/orders",
        headers={"Authorization": f"Bearer {KEY}", "Idempotency-Key": "k-1"},
        json={"amount": 5000, "metadata": {"note": SECRET}},
    )


ERRORS: list[Callable[[], kohortpay.KohortPayError]] = [
    lambda: make_status_error(
        httpx.Response(
            400,
            json={"error": {"type": "invalid_request_error", "message": f"bad key {KEY}", "code": "Bad Request"}},
            request=request(),
        )  # fmt: skip
    ),
    lambda: make_status_error(httpx.Response(404, content=b"", request=request())),
    lambda: kohortpay.APITimeoutError(request=request(), message="The call's timeout (1.0 s) ran out."),
    lambda: kohortpay.APIOutcomeUnknownError(request=request(), message="may or may not have been processed"),
    lambda: kohortpay.ResponseTooLargeError("longer than max_response_bytes=10", request=request(), status_code=201),
    lambda: kohortpay.WebhookVerificationError("no valid signature"),
]


@pytest.mark.parametrize("make", ERRORS)
@pytest.mark.parametrize("again", COPIES)
def test_errors_copy_and_pickle_without_secrets(make: Callable[[], kohortpay.KohortPayError], again: Any) -> None:
    error = make()
    copied = again(error)
    assert type(copied) is type(error) and str(copied) == str(error) and copied.args == error.args
    for name in ("status_code", "code", "type", "body", "message"):
        assert getattr(copied, name, None) == getattr(error, name, None)
    if isinstance(error, kohortpay.APIError):
        assert isinstance(copied, kohortpay.APIError)
        assert (copied.request.method, copied.request.url) == (error.request.method, error.request.url)
        assert copied.request.headers["authorization"] == "<redacted>"
        assert copied.request.headers["idempotency-key"] == "k-1"
        assert json.loads(copied.request.content)["amount"] == 5000
    blob = pickle.dumps(error)
    assert KEY[8:].encode() not in blob and SECRET[6:].encode() not in blob
