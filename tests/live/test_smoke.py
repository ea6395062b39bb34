"""Every public SDK method against a real server: each 2xx parses, each documented error is typed.

    KOHORTPAY_LIVE_URL=http://127.0.0.1:53000 KOHORTPAY_LIVE_API_KEY=sk_test_… \\
        [KOHORTPAY_LIVE_PUBLIC_KEY=pk_test_…] .venv/bin/pytest tests/live

Without those variables the live target is skipped and only the embedded mock runs. The suite
creates objects (customers, orders, checkout sessions, groups): give it an organization of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import kohortpay
from kohortpay_client.models import (
    CheckoutSession,
    CheckoutSessionStatus,
    Customer,
    Order,
    OrderStatus,
    ParticipantList,
    PaymentGroup,
    PaymentGroupStatus,
    PaymentIntent,
    PaymentIntentStatus,
    ValidatePaymentGroupResult,
)

from .support import Api, email, reference

NAMES = {"customer_first_name": "Ada", "customer_last_name": "Lovelace"}


def buy(kind: str, amount: int = 5000, **fields: Any) -> Callable[[Any], Any]:
    """The call that registers an order or a checkout session, by a new shopper unless told otherwise."""
    if "customer_id" not in fields:
        fields = {"customer_email": email("shopper"), **NAMES, **fields}
    if kind == "order":
        return lambda c: c.orders.create(amount=amount, **fields)
    return lambda c: c.checkout_sessions.create(amount_total=amount, **fields)


# -- customers ------------------------------------------------------------------------------


def test_customers(api: Api) -> None:
    address, ref = email("jane"), reference("crm")
    created = api(
        lambda c: c.customers.create(
            email_address=address, first_name="Jane", last_name="Doe", locale="fr_FR", metadata={"crm": 1}
        )
    )
    assert isinstance(created, Customer) and created.email_address == address and created.is_blocked is False
    fetched = api(lambda c: c.customers.retrieve(created.id, expand=["checkoutSessions", "organization"]))
    assert fetched.id == created.id and fetched.checkout_sessions == []
    assert [c.id for c in api.items(lambda c: c.customers.list(search=f"emailAddress:{address}"))] == [created.id]
    updated = api(
        lambda c: c.customers.update(created.id, first_name="Janet", phone_number=None, client_reference_id=ref)
    )
    assert (updated.first_name, updated.last_name, updated.client_reference_id) == ("Janet", "Doe", ref)
    blocked = api(lambda c: c.customers.block(created.id))
    assert blocked.is_blocked is True and blocked.blocked_at is not None
    unblocked = api(lambda c: c.customers.unblock(created.id))
    assert unblocked.is_blocked is False and unblocked.blocked_at is None

    api.raises(kohortpay.ConflictError, lambda c: c.customers.create(email_address=address))
    api.raises(
        kohortpay.DuplicateReferenceError,
        lambda c: c.customers.create(email_address=email("other"), client_reference_id=ref),
    )
    invalid = api.raises(kohortpay.BadRequestError, lambda c: c.customers.create(email_address="not an e-mail"))
    assert isinstance(invalid.message, list) and invalid.message
    api.raises(kohortpay.NotFoundError, lambda c: c.customers.retrieve("cus_00000000000000"))
    api.raises(kohortpay.NotFoundError, lambda c: c.customers.block("cus_00000000000000"))

    # The reference server refuses to delete any existing customer ("… is already deleted.").
    try:
        deleted = api(lambda c: c.customers.delete(created.id))
    except kohortpay.BadRequestError as refused:
        assert "already deleted" in str(refused.message)
    else:
        assert deleted.id == created.id and deleted.deleted_at is not None


# -- checkout sessions ----------------------------------------------------------------------


def test_checkout_sessions(api: Api) -> None:
    ref = reference("cart")
    lines = [
        {"name": "Sneakers", "price": 5500, "quantity": 1},
        {"name": "Welcome offer", "price": -500, "quantity": 1, "type": "DISCOUNT"},
    ]
    founder = api(buy("session", client_reference_id=ref, line_items=lines, metadata={"cart": "c1"}))
    assert isinstance(founder, CheckoutSession) and founder.status == CheckoutSessionStatus.COMPLETED
    group = api(lambda c: c.checkout_sessions.wait_for_group(founder.id))
    assert isinstance(group, PaymentGroup) and group.payment_group_settings is not None

    expand = ["lineItems", "paymentIntent.paymentGroup", "paymentGroup", "customer"]
    fetched = api(lambda c: c.checkout_sessions.retrieve(founder.id, expand=expand))
    # The real server includes line items without an order (Prisma, no orderBy): seen in either order.
    assert sorted(item.name for item in fetched.line_items) == ["Sneakers", "Welcome offer"]
    assert fetched.payment_intent.payment_group.id == group.id
    assert fetched.payment_group is None  # a founder used no code
    assert fetched.customer.email_address == founder.customer_email
    assert api(lambda c: c.checkout_sessions.retrieve(founder.share_id)).id == founder.id
    listed = api.items(lambda c: c.checkout_sessions.list(search=f"clientReferenceId:{ref}"))
    assert [s.id for s in listed] == [founder.id]

    joiner = api(buy("session", 6000, payment_group_share_id=group.share_id))
    assert api(lambda c: c.checkout_sessions.wait_for_group(joiner.id)).id == group.id
    assert api(lambda c: c.checkout_sessions.retrieve(joiner.id, expand=["paymentGroup"])).payment_group.id == group.id

    # Every session created through the API is completed at once: expiring one is refused.
    api.raises(kohortpay.BadRequestError, lambda c: c.checkout_sessions.expire(founder.id))
    api.raises(kohortpay.DuplicateReferenceError, buy("session", client_reference_id=ref))
    used = {"customer_email": founder.customer_email, **NAMES, "payment_group_share_id": group.share_id}
    api.raises(kohortpay.EmailAlreadyUsedError, lambda c: c.checkout_sessions.create(amount_total=5000, **used))
    api.raises(kohortpay.GroupNotFoundError, buy("session", payment_group_share_id="KHT-test-00000000"))
    api.raises(kohortpay.GroupNotFoundError, buy("session", payment_group_share_id="WELCOME10"))
    api.raises(kohortpay.NotFoundError, lambda c: c.checkout_sessions.retrieve("cs_00000000000000"))


# -- payment intents ------------------------------------------------------------------------


def test_payment_intents(api: Api) -> None:
    session = api(buy("session"))
    group = api(lambda c: c.checkout_sessions.wait_for_group(session.id))
    [listed] = api.items(lambda c: c.payment_intents.list(search=f"checkoutSessionId:{session.id}"))
    assert isinstance(listed, PaymentIntent) and listed.status == PaymentIntentStatus.SUCCEEDED
    intent = api(
        lambda c: c.payment_intents.retrieve(listed.id, expand=["paymentGroup", "checkoutSession", "customer"])
    )
    assert intent.payment_group.id == group.id and intent.checkout_session.id == session.id
    assert intent.customer.email_address == session.customer_email and intent.amount == 5000

    # A checkout session holds one payment intent, and every session already has its own.
    api.raises(kohortpay.ConflictError, lambda c: c.payment_intents.create(amount=100, checkout_session_id=session.id))
    api.raises(
        kohortpay.NotFoundError, lambda c: c.payment_intents.create(amount=100, checkout_session_id="cs_0000000000abcd")
    )
    missing = api.raises(kohortpay.NotFoundError, lambda c: c.payment_intents.retrieve("pi_00000000000000"))
    assert missing.status_code == 400  # the server's way of saying it

    api.raises(kohortpay.NotFoundError, lambda c: c.payment_intents.cancel(intent.id))  # no longer routed


# -- orders ---------------------------------------------------------------------------------


def test_orders(api: Api) -> None:
    ref = reference("order")
    founder = api(buy("order", 10000, client_reference_id=ref, metadata={"basket": "b1"}))
    assert isinstance(founder, Order) and founder.status == OrderStatus.CREATED
    assert founder.payment_group_share_id is None and founder.payment_group_id is not None
    group = api(lambda c: c.orders.wait_for_group(founder.id))
    assert group.id == founder.payment_group_id and group.customer_id == founder.customer_id
    fetched = api(lambda c: c.orders.retrieve(founder.id, expand=["paymentGroup", "customer"]))
    assert fetched.payment_group.share_id == group.share_id and fetched.customer.id == founder.customer_id
    assert [o.id for o in api.items(lambda c: c.orders.list(search=f"clientReferenceId:{ref}"))] == [founder.id]

    joiner = api(buy("order", 8000, payment_group_share_id=group.share_id))
    assert (joiner.payment_group_id, joiner.payment_group_share_id) == (group.id, group.share_id)
    again = api(buy("order", 3000, customer_id=founder.customer_id))
    assert again.customer_id == founder.customer_id and again.payment_group_id != group.id

    api.raises(kohortpay.DuplicateReferenceError, buy("order", client_reference_id=ref))
    api.raises(kohortpay.GroupNotFoundError, buy("order", payment_group_share_id="KHT-test-00000000"))
    api.raises(kohortpay.NotFoundError, buy("order", customer_id="cus_00000000000000"))
    api.raises(kohortpay.NotFoundError, lambda c: c.orders.retrieve("ord_00000000000000"))
    if api.target.public_key:
        public = Api(api.target, "raw-sync" if api.raw else "sync", key=api.target.public_key)
        try:
            public.raises(kohortpay.AuthenticationError, lambda c: c.orders.list())
        finally:
            public.close()


# -- groups, under both prefixes ------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["groups", "payment_groups"])
def test_groups(api: Api, prefix: str) -> None:
    def groups(c: Any) -> Any:
        return getattr(c, prefix)

    founder = api(buy("order"))
    group = api(lambda c: c.orders.wait_for_group(founder.id))
    code = group.share_id
    expand = ["paymentGroupSettings.discountLevels", "customer", "orders"]
    fetched = api(lambda c: groups(c).retrieve(group.id, expand=expand))
    assert [level.level for level in fetched.payment_group_settings.discount_levels] == [1, 2, 3]
    assert [o.id for o in fetched.orders] == [founder.id] and fetched.customer.id == founder.customer_id
    assert api(lambda c: groups(c).retrieve(code)).id == group.id
    assert [g.id for g in api.items(lambda c: groups(c).list(search=f"shareId:{code}"))] == [group.id]
    updated = api(lambda c: groups(c).update(group.id, metadata={"campaign": "spring"}))
    assert updated.metadata is not None and updated.metadata["campaign"] == "spring"
    participants = api(lambda c: groups(c).participants(group.id))
    assert isinstance(participants, ParticipantList) and [p.id for p in participants.data] == [founder.id]
    result = api(lambda c: groups(c).validate(code, customer_email=email("friend"), amount=4000))
    assert isinstance(result, ValidatePaymentGroupResult) and result.current_discount_level is not None
    assert result.current_discount_level.level == 1

    canceled = api(lambda c: groups(c).cancel(group.id))
    assert canceled.status == PaymentGroupStatus.CANCELED and canceled.canceled_at is not None
    api.raises(kohortpay.BadRequestError, lambda c: groups(c).cancel(group.id))
    api.raises(kohortpay.GroupNotJoinableError, lambda c: groups(c).validate(code))
    api.raises(kohortpay.GroupNotFoundError, lambda c: groups(c).validate("KHT-test-00000000"))
    api.raises(kohortpay.GroupNotFoundError, lambda c: groups(c).validate("WELCOME10"))
    api.raises(kohortpay.NotFoundError, lambda c: groups(c).retrieve("pg_00000000000000"))

    # A group created through the API, by an order (which moves to it), expired once due.
    second = api(buy("order"))
    expires_at = api.target.soon()
    made = api(
        lambda c: groups(c).create(
            customer_id=second.customer_id, order_id=second.id, expires_at=expires_at, metadata={"via": "api"}
        )
    )
    assert (
        isinstance(made, PaymentGroup) and made.status == PaymentGroupStatus.OPEN and made.id != second.payment_group_id
    )
    api.raises(ValueError, lambda c: groups(c).create(customer_id=second.customer_id))  # needs an order or intent
    api.raises(kohortpay.BadRequestError, lambda c: groups(c).expire(made.id))  # still in progress
    api.target.pass_time(expires_at)
    try:
        expired = api(lambda c: groups(c).expire(made.id))
    except kohortpay.BadRequestError:  # the server's job, every minute, may have been first
        expired = api(lambda c: groups(c).retrieve(made.id))
    assert expired.status == PaymentGroupStatus.EXPIRED
