"""Properties a shop relies on, checked against the embedded mock with generated requests."""

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from kohortpay import KohortPay
from kohortpay.testing import MockServer
from kohortpay.testing import strategies as kst


@given(kwargs=kst.create_checkout_session(as_kwargs=True))
def test_any_valid_checkout_session_yields_a_consistent_group(
    kohortpay_mock: MockServer, kohortpay_client: KohortPay, kwargs: dict[str, Any]
) -> None:
    kohortpay_mock.reset()
    session = kohortpay_client.checkout_sessions.create(**kwargs)

    assert session.status == "COMPLETED"
    assert session.amount_total == kwargs["amount_total"]
    intents = kohortpay_client.payment_intents.list().data
    assert [(i.amount, i.status, i.checkout_session_id) for i in intents] == [
        (kwargs["amount_total"], "SUCCEEDED", session.id)
    ]
    if "customer_email" not in kwargs:  # no shopper, no referral group
        kohortpay_mock.settle()
        assert kohortpay_client.groups.list().data == [] and intents[0].payment_group_id is None
        return
    group = kohortpay_client.checkout_sessions.wait_for_group(session.id)  # linked just after the answer
    assert [g.id for g in kohortpay_client.groups.list().data] == [group.id]
    intents = kohortpay_client.payment_intents.list().data
    assert group.status == "OPEN" and group.creator_email == kwargs["customer_email"]
    assert intents[0].payment_group_id == group.id
    participants = kohortpay_client.groups.participants(group.id)
    assert [p.id for p in participants.data] == [intents[0].id]
    # The creator's code is usable by someone else, at the first discount level.
    result = kohortpay_client.groups.validate(group.share_id, customer_email="friend@example.com")
    assert result.current_discount_level is not None and result.current_discount_level.level == 1


FAULTS = st.lists(st.sampled_from(["503", "429", "drop"]), max_size=3)


# KohortPay's server ignores Idempotency-Key, and so does the mock by default: a customer is created
# once because the client reconciles a retry refused for the e-mail address it already used.
@given(kwargs=kst.create_customer(as_kwargs=True), faults=FAULTS)
def test_retries_never_duplicate_objects_under_injected_faults(
    kohortpay_mock: MockServer, kwargs: dict[str, Any], faults: list[str]
) -> None:
    kohortpay_mock.reset()
    for fault in faults:
        if fault == "drop":  # the server creates the customer, the client never hears back
            kohortpay_mock.add_fault("POST", "/customers", drop_connection=True)
        else:
            kohortpay_mock.add_fault("POST", "/customers", status=int(fault), headers={"Retry-After": "0.01"})

    with KohortPay(kohortpay_mock.secret_key, base_url=kohortpay_mock.url, max_retries=3) as client:
        created = client.customers.create(**kwargs)
        customers = client.customers.list().data

    assert [c.id for c in customers] == [created.id]
    assert created.email_address == kwargs["email_address"]
