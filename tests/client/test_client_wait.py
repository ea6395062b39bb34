"""``wait_for_group``: polling for the group the server links to a purchase after answering."""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest
from wire_bodies import CHECKOUT_SESSION, GROUP_FIELDS, ORDER_FIELDS, SETTINGS

import kohortpay
from kohortpay._resource import POLL_INTERVAL
from kohortpay_client.models import PaymentGroup

from .support import MakeApi, Recorder, error_body

GROUP = {**GROUP_FIELDS, "status": "OPEN"}


def session(group: dict[str, Any] | None) -> dict[str, Any]:
    """A checkout session whose payment intent is (not yet) linked to `group`."""
    body = copy.deepcopy(CHECKOUT_SESSION)
    body["payment_intent"]["payment_group"] = group
    return body


def ok(body: dict[str, Any]) -> httpx.Response:
    return httpx.Response(200, json=body)


def test_a_checkout_sessions_group_is_polled_until_linked_and_shareable(make_api: MakeApi) -> None:
    recorder = Recorder(
        ok(session(None)),
        ok(session(None)),
        ok(session(GROUP)),
        ok({**GROUP, "payment_group_settings": None}),  # linked, settings not copied yet
        ok({**GROUP, "payment_group_settings": SETTINGS}),
    )
    api = make_api(recorder)
    group = api(lambda c: c.checkout_sessions.wait_for_group("cs_a41c7e92b03d58"))
    assert isinstance(group, PaymentGroup) and group.id == GROUP["id"]
    assert [(r.url.path, r.url.params.get_list("expand[]")) for r in recorder.requests] == [
        *[("/checkout-sessions/cs_a41c7e92b03d58", ["paymentIntent.paymentGroup"])] * 3,
        *[(f"/groups/{GROUP['id']}", ["paymentGroupSettings"])] * 2,
    ]
    assert api.sleeps == [POLL_INTERVAL] * 3  # between polls only, never after the answer arrived


def test_an_orders_group_and_the_raw_response(make_api: MakeApi) -> None:
    recorder = Recorder(ok(ORDER_FIELDS), ok({**GROUP, "payment_group_settings": SETTINGS}))
    api = make_api(recorder)
    raw = api(lambda c: c.with_raw_response.orders.wait_for_group(ORDER_FIELDS["id"]))
    assert isinstance(raw, kohortpay.APIResponse) and raw.status_code == 200
    assert raw.parse().id == ORDER_FIELDS["payment_group_id"] == GROUP["id"]
    assert [r.url.path for r in recorder.requests] == [f"/orders/{ORDER_FIELDS['id']}", f"/groups/{GROUP['id']}"]
    assert api.sleeps == []


def test_giving_up_is_a_typed_error(make_api: MakeApi) -> None:
    recorder = Recorder(ok(session(None)))
    api = make_api(recorder)
    with pytest.raises(kohortpay.WaitTimeoutError) as info:
        api(lambda c: c.checkout_sessions.wait_for_group("cs_a41c7e92b03d58", max_wait=0.1))
    assert str(info.value) == "Timed out after 0.1 s waiting for the group of checkout session cs_a41c7e92b03d58."
    assert isinstance(info.value, kohortpay.KohortPayError)
    # No time left for a second poll after the first: no pointless sleep before giving up.
    assert (len(recorder.requests), api.sleeps) == (1, [])


def test_errors_while_waiting_are_raised_as_they_are(make_api: MakeApi) -> None:
    api = make_api(Recorder(httpx.Response(404, json=error_body("Order with id ord_x not found.", "Not Found"))))
    with pytest.raises(kohortpay.NotFoundError):
        api(lambda c: c.orders.wait_for_group("ord_x"))
