"""Retries over httpx.MockTransport: which failures, how often, how long, with which headers."""

from __future__ import annotations

import email.utils
import time
from typing import Any

import httpx
import pytest
from wire_bodies import CUSTOMER

import kohortpay
from kohortpay import _retry

from .support import MakeApi, Recorder, error_body

OK = httpx.Response(200, json=CUSTOMER)
CREATED = httpx.Response(201, json=CUSTOMER)
UNAVAILABLE = httpx.Response(503, json=error_body("Service Unavailable", type_="api_error"))


def retrieve(c: Any) -> Any:
    return c.customers.retrieve("cus_8f3e2a1b9c0d47")


def create(c: Any, **options: Any) -> Any:
    return c.customers.create(email_address="jane.doe@example.com", **options)


def test_503_twice_then_success(make_api: MakeApi) -> None:
    recorder = Recorder(UNAVAILABLE, UNAVAILABLE, OK)
    api = make_api(recorder)
    assert api(retrieve).id == CUSTOMER["id"]
    assert [r.headers["X-KohortPay-Retry-Count"] for r in recorder.requests] == ["0", "1", "2"]
    assert len(api.sleeps) == 2


def test_backoff_doubles_with_jitter_and_is_capped(make_api: MakeApi) -> None:
    recorder = Recorder(*[UNAVAILABLE] * 7, OK)
    api = make_api(recorder, max_retries=7, timeout=60.0)  # a budget the 31.5 s of backoff fits in
    api(retrieve)
    bases = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert len(api.sleeps) == len(bases)
    for slept, base in zip(api.sleeps, bases, strict=True):
        assert base * 0.75 <= slept <= base


def test_backoff_function() -> None:
    assert _retry.backoff(0, rand=0.0) == 0.5
    assert _retry.backoff(1, rand=0.0) == 1.0
    assert _retry.backoff(10, rand=0.0) == 8.0
    assert _retry.backoff(0, rand=1.0) == 0.375


def test_gives_up_after_max_retries(make_api: MakeApi) -> None:
    recorder = Recorder(UNAVAILABLE)
    api = make_api(recorder)
    with pytest.raises(kohortpay.InternalServerError) as info:
        api(retrieve)
    assert info.value.status_code == 503
    assert len(recorder.requests) == 3  # the first attempt and max_retries=2 retries


def test_max_retries_per_client_and_per_call(make_api: MakeApi) -> None:
    recorder = Recorder(UNAVAILABLE)
    api = make_api(recorder, max_retries=0)
    with pytest.raises(kohortpay.InternalServerError):
        api(retrieve)
    assert len(recorder.requests) == 1
    with pytest.raises(kohortpay.InternalServerError):
        api(lambda c: c.customers.retrieve("cus_1", max_retries=4))
    assert len(recorder.requests) == 1 + 5
    with pytest.raises(kohortpay.InternalServerError):
        api(lambda c: c.with_options(max_retries=1).customers.retrieve("cus_1"))
    assert len(recorder.requests) == 1 + 5 + 2


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504, 599])
def test_retryable_statuses(make_api: MakeApi, status: int) -> None:
    recorder = Recorder(httpx.Response(status, json=error_body("try again")), OK)
    make_api(recorder)(retrieve)
    assert len(recorder.requests) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_client_errors_are_not_retried(make_api: MakeApi, status: int) -> None:
    recorder = Recorder(httpx.Response(status, json=error_body("no")), OK)
    with pytest.raises(kohortpay.APIStatusError):
        make_api(recorder)(retrieve)
    assert len(recorder.requests) == 1


def test_retry_after_seconds(make_api: MakeApi) -> None:
    recorder = Recorder(httpx.Response(429, headers={"Retry-After": "3"}, json=error_body("slow down")), OK)
    api = make_api(recorder)
    api(retrieve)
    assert api.sleeps == [3.0]


def test_retry_after_http_date(make_api: MakeApi) -> None:
    when = email.utils.formatdate(time.time() + 5, usegmt=True)
    recorder = Recorder(httpx.Response(503, headers={"Retry-After": when}, json=error_body("later")), OK)
    api = make_api(recorder)
    api(retrieve)
    assert 3.0 <= api.sleeps[0] <= 5.0


def test_retry_after_above_the_cap_is_not_retried(make_api: MakeApi) -> None:
    recorder = Recorder(httpx.Response(429, headers={"Retry-After": "86400"}, json=error_body("tomorrow")), OK)
    api = make_api(recorder)
    with pytest.raises(kohortpay.RateLimitError):
        api(retrieve)
    assert len(recorder.requests) == 1 and api.sleeps == []


def test_unparseable_retry_after_falls_back_to_backoff(make_api: MakeApi) -> None:
    recorder = Recorder(httpx.Response(429, headers={"Retry-After": "soon"}, json=error_body("x")), OK)
    api = make_api(recorder)
    api(retrieve)
    assert 0.375 <= api.sleeps[0] <= 0.5


def test_retry_after_parsing() -> None:
    assert _retry.retry_after(httpx.Headers({"retry-after-ms": "1500"})) == 1.5
    assert _retry.retry_after(httpx.Headers({"retry-after": "2.5"})) == 2.5
    assert _retry.retry_after(httpx.Headers({"retry-after": "-3"})) is None
    assert _retry.retry_after(httpx.Headers({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}), now=0) == 1445412480.0
    assert _retry.retry_after(httpx.Headers({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"})) is None
    assert _retry.retry_after(httpx.Headers({})) is None


@pytest.mark.parametrize(
    "value", ["nan", "NaN", "inf", "-inf", "-1", "0", "Wed, 21 Oct 2015 07:28:00 GMT", "soon", "1e999"]
)
def test_retry_after_that_is_no_delay_means_backoff(make_api: MakeApi, value: str) -> None:
    """Not finite, not positive, or in the past: no hint (``nan`` used to hang the async client)."""
    for header in ("Retry-After", "Retry-After-Ms"):
        recorder = Recorder(httpx.Response(503, headers={header: value}, json=error_body("later")), OK)
        api = make_api(recorder)
        api(retrieve)
        assert len(recorder.requests) == 2
        assert 0.375 <= api.sleeps[0] <= 0.5, (header, value, api.sleeps)


@pytest.mark.parametrize("value", ["1e9", "61", "86400"])
def test_retry_after_above_the_cap_means_no_retry(make_api: MakeApi, value: str) -> None:
    recorder = Recorder(httpx.Response(503, headers={"Retry-After": value}, json=error_body("much later")), OK)
    api = make_api(recorder)
    with pytest.raises(kohortpay.InternalServerError):
        api(retrieve)
    assert len(recorder.requests) == 1 and api.sleeps == []


def test_post_reuses_its_generated_idempotency_key(make_api: MakeApi) -> None:
    recorder = Recorder(UNAVAILABLE, httpx.ConnectError("refused"), CREATED)
    make_api(recorder)(create)
    keys = {r.headers["Idempotency-Key"] for r in recorder.requests}
    assert len(recorder.requests) == 3 and len(keys) == 1
    assert len(keys.pop()) == 36  # a uuid4


def test_each_post_call_gets_its_own_key(make_api: MakeApi) -> None:
    recorder = Recorder(CREATED)
    api = make_api(recorder)
    api(create)
    api(create)
    assert recorder.requests[0].headers["Idempotency-Key"] != recorder.requests[1].headers["Idempotency-Key"]


def test_caller_idempotency_key(make_api: MakeApi) -> None:
    recorder = Recorder(UNAVAILABLE, CREATED)
    make_api(recorder)(lambda c: create(c, idempotency_key="order-42"))
    assert [r.headers["Idempotency-Key"] for r in recorder.requests] == ["order-42", "order-42"]


def test_get_has_no_idempotency_key(make_api: MakeApi) -> None:
    recorder = Recorder(OK)
    make_api(recorder)(retrieve)
    assert "Idempotency-Key" not in recorder.last.headers


@pytest.mark.parametrize(
    ("outcome", "processed"),
    [
        (httpx.Response(500), None),
        (httpx.Response(503), None),
        (httpx.Response(503, headers={"Retry-After": "2"}), False),
        (httpx.Response(503, headers={"Retry-After": "nan"}), None),
        (httpx.Response(429), False),
        (httpx.Response(408), False),
        (httpx.ReadTimeout("slow"), None),
        (httpx.WriteTimeout("slow"), None),
        (httpx.RemoteProtocolError("dropped"), None),
        (httpx.ReadError("reset"), None),
        (httpx.ConnectError("refused"), False),
        (httpx.ConnectTimeout("slow"), False),
        (httpx.PoolTimeout("busy"), False),
    ],
)
def test_which_failures_prove_the_request_was_not_processed(outcome: Any, processed: bool | None) -> None:
    """``None``: it may or may not have been processed (only requests safe to repeat are retried)."""
    assert _retry.is_retryable(outcome)
    assert _retry.not_processed(outcome) is (processed is False)
    assert _retry.ambiguous(outcome) is (processed is None)


@pytest.mark.parametrize(
    ("outcome", "retried"),
    [
        (httpx.Response(503), False),
        (httpx.ReadTimeout("slow"), False),
        (httpx.RemoteProtocolError("dropped"), False),
        (httpx.ConnectError("refused"), True),
        (httpx.ConnectTimeout("slow"), True),
        (httpx.Response(429), True),
    ],
)
def test_patch_and_delete_are_retried_only_when_not_processed(make_api: MakeApi, outcome: Any, retried: bool) -> None:
    for call in (lambda c: c.customers.update("cus_1", first_name="Jo"), lambda c: c.customers.delete("cus_1")):
        recorder = Recorder(outcome, OK)
        try:
            make_api(recorder)(call)
        except kohortpay.APIError:
            assert not retried
        assert len(recorder.requests) == (2 if retried else 1)


def test_patch_is_retried_after_a_connect_error(make_api: MakeApi) -> None:
    recorder = Recorder(httpx.ConnectError("refused"), OK)
    make_api(recorder)(lambda c: c.customers.block("cus_1"))
    assert len(recorder.requests) == 2


def test_patch_is_not_retried_after_a_503(make_api: MakeApi) -> None:
    recorder = Recorder(UNAVAILABLE, OK)
    with pytest.raises(kohortpay.InternalServerError):
        make_api(recorder)(lambda c: c.customers.update("cus_1", first_name="Jane"))
    assert len(recorder.requests) == 1


def test_timeouts_are_retried_then_raise_api_timeout_error(make_api: MakeApi) -> None:
    recorder = Recorder(httpx.ReadTimeout("slow"))
    with pytest.raises(kohortpay.APITimeoutError) as info:
        make_api(recorder)(retrieve)
    assert len(recorder.requests) == 3
    assert isinstance(info.value, kohortpay.APIConnectionError)
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)


def test_connection_errors_raise_api_connection_error(make_api: MakeApi) -> None:
    recorder = Recorder(httpx.ConnectError("refused"))
    with pytest.raises(kohortpay.APIConnectionError) as info:
        make_api(recorder)(retrieve)
    assert not isinstance(info.value, kohortpay.APITimeoutError)
    assert info.value.request.url.path == "/customers/cus_8f3e2a1b9c0d47"
    assert len(recorder.requests) == 3


def test_unsupported_protocol_is_not_retried(make_api: MakeApi) -> None:
    recorder = Recorder(httpx.UnsupportedProtocol("ftp"))
    with pytest.raises(kohortpay.APIConnectionError):
        make_api(recorder)(retrieve)
    assert len(recorder.requests) == 1


def test_other_httpx_request_errors_become_connection_errors(make_api: MakeApi) -> None:
    recorder = Recorder(httpx.DecodingError("bad gzip"))
    with pytest.raises(kohortpay.APIConnectionError, match="DecodingError"):
        make_api(recorder)(retrieve)
    assert len(recorder.requests) == 1


def test_retries_taken_on_raw_response(make_api: MakeApi) -> None:
    recorder = Recorder(UNAVAILABLE, OK)
    raw = make_api(recorder)(lambda c: c.with_raw_response.customers.retrieve("cus_1"))
    assert raw.retries_taken == 1 and raw.status_code == 200
