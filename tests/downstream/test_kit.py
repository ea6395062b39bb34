"""The kit's other pieces, as a shop would use them: clock, webhooks, async client, models."""

import pytest
from hypothesis import given

from kohortpay import AsyncKohortPay, KohortPay
from kohortpay.testing import MockServer
from kohortpay.testing import strategies as kst
from kohortpay_client.models import CreateOrderParams, PaymentGroup


def test_a_group_completes_when_the_clock_passes_its_expiry(
    kohortpay_mock: MockServer, kohortpay_client: KohortPay
) -> None:
    inbox = kohortpay_mock.webhook_inbox(events=["payment_group.succeeded"])
    first = kohortpay_client.orders.create(
        amount=3000, customer_email="jane@example.com", customer_first_name="Jane", customer_last_name="Doe"
    )
    assert first.payment_group_id is not None  # every order belongs to a group
    group = kohortpay_client.orders.wait_for_group(first.id)  # shareable once the server copied its settings
    kohortpay_client.orders.create(
        amount=8000,
        customer_email="john@example.com",
        customer_first_name="John",
        customer_last_name="Smith",
        payment_group_share_id=group.share_id,
    )

    kohortpay_mock.advance_clock(11 * 60)  # test groups last 10 minutes; the job runs a minute later

    assert kohortpay_client.groups.retrieve(group.id).status == "COMPLETED"
    assert sorted(o.amount_cashback or 0 for o in kohortpay_client.orders.list().data) == [150, 400]  # 5 %
    [event] = inbox.wait(event_type="payment_group.succeeded")
    assert event.data.id == group.id


@pytest.mark.anyio
async def test_the_async_client_is_bound_to_the_mock(kohortpay_async_client: AsyncKohortPay) -> None:
    customer = await kohortpay_async_client.customers.create(email_address="async@example.com")
    assert (await kohortpay_async_client.customers.retrieve(customer.id)).email_address == "async@example.com"


@given(order=kst.model(CreateOrderParams), group=kst.model(PaymentGroup))
def test_strategies_can_yield_the_generated_models(order: CreateOrderParams, group: PaymentGroup) -> None:
    assert isinstance(order, CreateOrderParams) and order.amount >= 1
    assert isinstance(group, PaymentGroup) and group.id.startswith("pg_")
