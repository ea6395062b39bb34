"""Exactly-once creates over httpx.MockTransport: which POSTs are retried after an ambiguous
failure, how a refused retry is reconciled, and the typed error when the outcome is unknown.

The scripts play a server without idempotency: a first attempt that was processed but whose
answer was lost, then the retry's refusal as a duplicate, then the SDK's look-up."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from wire_bodies import CHECKOUT_SESSION, CUSTOMER, GROUP_FIELDS, ORDER_FIELDS, PAYMENT_GROUP, VALIDATE_RESULT

import kohortpay

from .support import MakeApi, Recorder, error_body

LOST = httpx.RemoteProtocolError("Server disconnected without sending a response.")
EMAIL_TAKEN = httpx.Response(409, json=error_body('Unique constraint failed:{"target":["email"]}', "Conflict"))
ORDER_REF = "order-2024-0042"
ORDER = {**ORDER_FIELDS, "client_reference_id": ORDER_REF, "amount": 5000}
REF_TAKEN = httpx.Response(
    400, json=error_body(f"Order with client reference id {ORDER_REF} already exists.", "Bad Request")
)
UNAVAILABLE = httpx.Response(503, json=error_body("Service Unavailable", type_="api_error"))


def listing(*items: dict[str, Any]) -> httpx.Response:
    return httpx.Response(200, json={"data": list(items), "count": len(items)})


def create_customer(c: Any, **fields: Any) -> Any:
    return c.customers.create(email_address=CUSTOMER["email_address"], first_name=CUSTOMER["first_name"], **fields)


def create_order(c: Any, **fields: Any) -> Any:
    fields.setdefault("client_reference_id", ORDER_REF)
    return c.orders.create(amount=5000, customer_id=ORDER["customer_id"], **fields)


def test_a_retried_customer_create_refused_as_a_duplicate_returns_the_first_customer(
    make_api: MakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    recorder = Recorder(LOST, EMAIL_TAKEN, listing(CUSTOMER))
    with caplog.at_level(logging.INFO, logger="kohortpay"):
        customer = make_api(recorder)(create_customer)
    assert customer.id == CUSTOMER["id"]
    assert [r.method for r in recorder.requests] == ["POST", "POST", "GET"]
    assert recorder.last.url.params["search"] == "emailAddress:jane.doe@example.com"
    assert any(r.levelno == logging.INFO and r.getMessage().startswith("Reconciled") for r in caplog.records)


def test_the_raw_response_says_it_was_reconciled(make_api: MakeApi) -> None:
    recorder = Recorder(LOST, REF_TAKEN, listing(ORDER))
    raw = make_api(recorder)(lambda c: create_order(c.with_raw_response))
    assert raw.reconciled and raw.retries_taken == 1
    assert raw.parse().id == ORDER["id"] and raw.parse().client_reference_id == ORDER_REF


def test_an_object_that_does_not_hold_what_was_sent_is_a_real_conflict(make_api: MakeApi) -> None:
    someone_else = {**CUSTOMER, "first_name": "Janet"}
    recorder = Recorder(LOST, EMAIL_TAKEN, listing(someone_else))
    with pytest.raises(kohortpay.ConflictError):
        make_api(recorder)(create_customer)
    assert len(recorder.requests) == 3


def test_an_order_with_another_amount_is_a_real_duplicate(make_api: MakeApi) -> None:
    recorder = Recorder(LOST, REF_TAKEN, listing({**ORDER, "amount": 4999}))
    with pytest.raises(kohortpay.DuplicateReferenceError):
        make_api(recorder)(create_order)


def test_dates_are_compared_as_instants(make_api: MakeApi) -> None:
    import datetime

    group = {**GROUP_FIELDS, "expires_at": "2026-12-02T11:00:00.000Z"}
    recorder = Recorder(LOST, REF_TAKEN, listing({**ORDER, "payment_group": group, "metadata": {"cart": [1, 2]}}))
    order = make_api(recorder)(lambda c: create_order(c, metadata={"cart": [1, 2]}))
    assert order.id == ORDER["id"]
    assert kohortpay._exactly_once.holds(
        {"expires_at": "2026-12-02T11:00:00.000Z"},
        {
            "expires_at": datetime.datetime(
                2026, 12, 2, 12, tzinfo=datetime.timezone(datetime.timedelta(hours=1))
            ).isoformat()
        },
    )
    assert not kohortpay._exactly_once.holds({"expires_at": "2026-12-02T11:00:00.000Z"}, {"expires_at": "soon"})


def test_numbers_compare_as_the_server_stores_them() -> None:
    """The server reads JSON numbers as doubles: a metadata integer above 2^53 comes back rounded."""
    holds = kohortpay._exactly_once.holds
    assert holds({"metadata": {"n": 1152921504606847000}}, {"metadata": {"n": 2**60 + 1}})
    assert holds({"metadata": {"n": 1}}, {"metadata": {"n": 1.0}})
    assert not holds({"metadata": {"n": 2**53}}, {"metadata": {"n": 2**53 - 1}})


def test_a_duplicate_on_the_first_attempt_is_not_reconciled(make_api: MakeApi) -> None:
    """Nothing was lost: the customer existed before this call."""
    recorder = Recorder(EMAIL_TAKEN, listing(CUSTOMER))
    with pytest.raises(kohortpay.ConflictError):
        make_api(recorder)(create_customer)
    assert len(recorder.requests) == 1


def test_a_failed_look_up_leaves_the_outcome_unknown(make_api: MakeApi) -> None:
    recorder = Recorder(LOST, REF_TAKEN, httpx.ConnectError("refused"))
    with pytest.raises(kohortpay.APIOutcomeUnknownError) as info:
        make_api(recorder, max_retries=1)(create_order)
    assert isinstance(info.value.__cause__, kohortpay.DuplicateReferenceError)


def test_an_order_without_a_reference_is_never_sent_twice(make_api: MakeApi) -> None:
    recorder = Recorder(LOST, httpx.Response(201, json=ORDER))
    with pytest.raises(kohortpay.APIOutcomeUnknownError) as info:
        make_api(recorder, max_retries=4)(lambda c: create_order(c, client_reference_id=kohortpay.UNSET))
    assert len(recorder.requests) == 1
    assert isinstance(info.value, kohortpay.APIConnectionError)
    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)
    assert "may or may not have been processed" in str(info.value)
    assert "pass client_reference_id" in str(info.value)


@pytest.mark.parametrize("lost", [httpx.ReadTimeout("slow"), httpx.ReadError("reset"), httpx.WriteTimeout("slow")])
def test_every_ambiguous_transport_failure_is_an_unknown_outcome(make_api: MakeApi, lost: Exception) -> None:
    recorder = Recorder(lost, httpx.Response(201, json=ORDER))
    with pytest.raises(kohortpay.APIOutcomeUnknownError):
        make_api(recorder)(lambda c: c.groups.create(customer_id="cus_1", order_id="ord_1"))
    assert len(recorder.requests) == 1


def test_a_5xx_on_a_create_without_a_key_is_not_retried(make_api: MakeApi) -> None:
    recorder = Recorder(UNAVAILABLE, httpx.Response(201, json=ORDER))
    with pytest.raises(kohortpay.InternalServerError):
        make_api(recorder)(lambda c: create_order(c, client_reference_id=kohortpay.UNSET))
    assert len(recorder.requests) == 1


@pytest.mark.parametrize(
    "not_sent",
    [
        httpx.ConnectError("refused"),
        httpx.Response(429, json=error_body("slow down")),
        httpx.Response(503, headers={"Retry-After": "1"}, json=error_body("maintenance")),
    ],
)
def test_a_create_without_a_key_is_retried_when_it_was_not_processed(make_api: MakeApi, not_sent: Any) -> None:
    recorder = Recorder(not_sent, httpx.Response(201, json=ORDER))
    make_api(recorder)(lambda c: create_order(c, client_reference_id=kohortpay.UNSET))
    assert len(recorder.requests) == 2


def test_a_create_with_a_key_is_retried_after_a_5xx(make_api: MakeApi) -> None:
    recorder = Recorder(UNAVAILABLE, httpx.Response(201, json=ORDER))
    assert make_api(recorder)(create_order).id == ORDER["id"]
    assert len(recorder.requests) == 2


@pytest.mark.parametrize("reference", ["a:b", "x,y", "50%", "a OR b", " padded", '"quoted"', "a=b", "a>b", "a<b"])
def test_a_reference_the_server_cannot_search_for_is_no_key(make_api: MakeApi, reference: str) -> None:
    recorder = Recorder(LOST, httpx.Response(201, json=ORDER))
    with pytest.raises(kohortpay.APIOutcomeUnknownError):
        make_api(recorder)(lambda c: create_order(c, client_reference_id=reference))
    assert len(recorder.requests) == 1


@pytest.mark.parametrize("reference", ["a!b", "a~b", "plain-ref_42"])
def test_a_reference_with_a_later_operator_is_still_searchable(reference: str) -> None:
    """The server looks for `:` before `~` and `!`: `clientReferenceId:a!b` finds exactly `a!b`
    (observed on the reference server, with e-mail addresses `a!b@…` and `a~b@…`)."""
    from kohortpay._search import searchable

    assert searchable(reference)


def test_when_retries_run_out_the_outcome_is_unknown_but_calling_again_is_safe(make_api: MakeApi) -> None:
    recorder = Recorder(LOST)
    with pytest.raises(kohortpay.APIOutcomeUnknownError, match="Calling it again with the same arguments is safe"):
        make_api(recorder, max_retries=2)(create_order)
    assert len(recorder.requests) == 3


def test_checkout_sessions_reconcile_by_payment_reference(make_api: MakeApi) -> None:
    session = {**CHECKOUT_SESSION, "amount_total": 7000, "customer_id": "cus_1", "payment_client_reference_id": "pay-7"}
    taken = httpx.Response(400, json=error_body("Checkout session with client reference id pay-7 already exists."))
    recorder = Recorder(httpx.ReadTimeout("slow"), taken, listing(session))
    found = make_api(recorder)(
        lambda c: c.checkout_sessions.create(
            amount_total=7000, customer_id="cus_1", payment_client_reference_id="pay-7"
        )
    )
    assert found.id == session["id"]
    assert recorder.last.url.path == "/checkout-sessions"
    assert recorder.last.url.params["search"] == "paymentClientReferenceId:pay-7"


def test_server_idempotency_retries_every_post(make_api: MakeApi) -> None:
    recorder = Recorder(LOST, httpx.Response(201, json=ORDER))
    api = make_api(recorder, server_idempotency=True)
    api(lambda c: create_order(c, client_reference_id=kohortpay.UNSET))
    assert len(recorder.requests) == 2
    assert len({r.headers["Idempotency-Key"] for r in recorder.requests}) == 1
    assert api(lambda c: c.with_options(server_idempotency=False).server_idempotency) is False


def test_a_lost_cancel_refused_on_retry_returns_the_canceled_group(make_api: MakeApi) -> None:
    not_cancelable = httpx.Response(400, json=error_body("Payment group pg_1 is not cancelable.", "Bad Request"))
    canceled = httpx.Response(200, json={**PAYMENT_GROUP, "id": "pg_1", "status": "CANCELED"})
    recorder = Recorder(LOST, not_cancelable, canceled)
    group = make_api(recorder)(lambda c: c.groups.cancel("pg_1"))
    assert group.status == "CANCELED"
    assert [(r.method, r.url.path) for r in recorder.requests][-1] == ("GET", "/groups/pg_1")


def test_a_cancel_refused_for_a_group_in_another_state_stays_refused(make_api: MakeApi) -> None:
    not_cancelable = httpx.Response(400, json=error_body("Payment group pg_1 is not cancelable.", "Bad Request"))
    completed = httpx.Response(200, json={**PAYMENT_GROUP, "id": "pg_1", "status": "COMPLETED"})
    with pytest.raises(kohortpay.BadRequestError, match="not cancelable"):
        make_api(Recorder(LOST, not_cancelable, completed))(lambda c: c.payment_groups.cancel("pg_1"))


def test_validate_changes_nothing_and_is_retried(make_api: MakeApi) -> None:
    recorder = Recorder(httpx.ReadTimeout("slow"), httpx.Response(201, json=VALIDATE_RESULT))
    make_api(recorder)(lambda c: c.groups.validate("KHT-1", customer_email="a@example.com", amount=5000))
    assert len(recorder.requests) == 2
