"""Every resource method, sync and async, over HTTP against the embedded mock server."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import kohortpay
from kohortpay.testing import MockServer
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

from .support import Api

EMAIL = "jane.doe@example.com"


def new_customer(api: Api, email: str = EMAIL, **fields: Any) -> Customer:
    customer: Customer = api(
        lambda c: c.customers.create(email_address=email, first_name="Jane", last_name="Doe", **fields)
    )
    return customer


def new_session(api: Api, email: str = EMAIL, **fields: Any) -> CheckoutSession:
    """A paid checkout session, once its group can be shared (the server links it just after answering)."""
    session: CheckoutSession = api(
        lambda c: c.checkout_sessions.create(
            amount_total=5000, customer_email=email, customer_first_name="Jane", customer_last_name="Doe", **fields
        )
    )
    api(lambda c: c.checkout_sessions.wait_for_group(session.id))
    return session


def new_order(api: Api, email: str = EMAIL, **fields: Any) -> Order:
    """An order, once its group can be shared (the server copies a new group's settings just after answering)."""
    order: Order = api(
        lambda c: c.orders.create(
            amount=4000, customer_email=email, customer_first_name="Jo", customer_last_name="Doe", **fields
        )
    )
    api(lambda c: c.orders.wait_for_group(order.id))
    return order


# -- customers ------------------------------------------------------------------------------


def test_customers(api: Api) -> None:
    created = new_customer(
        api, metadata={"shopId": 7, "nested_key": {"x": None}}, locale="en_US", client_reference_id="c-1"
    )
    assert isinstance(created, Customer) and created.id.startswith("cus_")
    assert created.metadata is not None and created.metadata.to_dict() == {"shopId": 7, "nested_key": {"x": None}}
    assert created.livemode is False and created.locale == "en_US"

    fetched = api(lambda c: c.customers.retrieve(created.id))
    assert fetched.email_address == EMAIL and fetched.client_reference_id == "c-1"

    updated = api(lambda c: c.customers.update(created.id, first_name="Janet", phone_number=None))
    assert updated.first_name == "Janet" and updated.last_name == "Doe"

    blocked = api(lambda c: c.customers.block(created.id))
    assert blocked.is_blocked is True and blocked.blocked_at is not None
    unblocked = api(lambda c: c.customers.unblock(created.id))
    assert unblocked.is_blocked is False

    assert [c.id for c in api.collect(lambda c: c.customers.list())] == [created.id]
    with pytest.raises(kohortpay.BadRequestError, match="already deleted"):  # the server deletes no customer
        api(lambda c: c.customers.delete(created.id))
    assert [c.id for c in api.collect(lambda c: c.customers.list())] == [created.id]


def test_customer_delete_without_the_quirk(api: Api) -> None:
    client_cls = kohortpay.AsyncKohortPay if api.is_async else kohortpay.KohortPay
    with MockServer(quirks={"customer-delete-refused": False}) as server:
        clean = Api(client_cls(server.secret_key, base_url=server.url), api.loop)
        try:
            created = new_customer(clean)
            deleted = clean(lambda c: c.customers.delete(created.id))
            assert deleted.id == created.id and deleted.deleted_at is not None
            assert clean.collect(lambda c: c.customers.list()) == []
        finally:
            clean.close()


def test_customer_errors(api: Api) -> None:
    new_customer(api, client_reference_id="ref-1")
    with pytest.raises(kohortpay.ConflictError):
        new_customer(api)
    with pytest.raises(kohortpay.DuplicateReferenceError):
        new_customer(api, email="other@example.com", client_reference_id="ref-1")
    with pytest.raises(kohortpay.NotFoundError) as info:
        api(lambda c: c.customers.retrieve("cus_00000000000000"))
    assert info.value.status_code == 404
    with pytest.raises(kohortpay.BadRequestError) as bad:
        api(lambda c: c.customers.create(email_address="not an e-mail"))
    assert isinstance(bad.value.message, list) and bad.value.message


# -- checkout sessions, payment intents -----------------------------------------------------


def test_checkout_sessions(api: Api) -> None:
    session = new_session(
        api,
        line_items=[
            {"name": "Shoes", "price": 5500, "quantity": 1},
            {"name": "Promo", "price": -500, "quantity": 1, "type": "DISCOUNT"},
        ],
        metadata={"cartId": "c1"},
        client_reference_id="cart-1",
    )
    assert isinstance(session, CheckoutSession) and session.status == CheckoutSessionStatus.COMPLETED
    fetched = api(lambda c: c.checkout_sessions.retrieve(session.id, expand=["lineItems", "paymentIntent"]))
    assert fetched.id == session.id and fetched.metadata is not None and fetched.metadata["cartId"] == "c1"
    assert api(lambda c: c.checkout_sessions.retrieve(session.share_id)).id == session.id
    assert [s.id for s in api.collect(lambda c: c.checkout_sessions.list())] == [session.id]
    with pytest.raises(kohortpay.DuplicateReferenceError):
        new_session(api, client_reference_id="cart-1")
    with pytest.raises(kohortpay.BadRequestError, match="is not open") as info:  # no business code
        api(lambda c: c.checkout_sessions.expire(session.id))
    assert info.value.code == "Bad Request"


def test_payment_intents(api: Api) -> None:
    session = new_session(api)
    [intent] = api.collect(lambda c: c.payment_intents.list())
    assert isinstance(intent, PaymentIntent) and intent.checkout_session_id == session.id
    assert intent.status == PaymentIntentStatus.SUCCEEDED
    assert api(lambda c: c.payment_intents.retrieve(intent.id)).amount == 5000

    # Every checkout session already holds its one payment intent.
    with pytest.raises(kohortpay.ConflictError):
        api(lambda c: c.payment_intents.create(amount=1200, checkout_session_id=session.id, metadata={"k": "v"}))
    with pytest.raises(kohortpay.NotFoundError):
        api(lambda c: c.payment_intents.create(amount=1200, checkout_session_id="cs_0000000000abcd"))
    with pytest.raises(kohortpay.NotFoundError, match="Cannot POST"):  # the server no longer routes it
        api(lambda c: c.payment_intents.cancel(intent.id))


def test_wait_for_group(api: Api) -> None:
    """The founded or joined group, once shareable, on the mock as on the server (where it comes later)."""
    session = new_session(api)
    group = api(lambda c: c.checkout_sessions.wait_for_group(session.id))
    assert isinstance(group, PaymentGroup) and group.payment_group_settings is not None
    assert group.customer_id == api(lambda c: c.checkout_sessions.retrieve(session.id)).customer_id
    joined = new_session(api, email="friend@example.com", payment_group_share_id=group.share_id)
    assert api(lambda c: c.checkout_sessions.wait_for_group(joined.id)).id == group.id
    # A session's own `payment_group` is the group of the code it used: none for a founder.
    assert api(lambda c: c.checkout_sessions.retrieve(session.id, expand=["paymentGroup"])).payment_group is None
    assert api(lambda c: c.checkout_sessions.retrieve(joined.id, expand=["paymentGroup"])).payment_group.id == group.id
    order = new_order(api, email="buyer@example.com")
    assert api(lambda c: c.orders.wait_for_group(order.id)).id == order.payment_group_id
    raw = api(lambda c: c.with_raw_response.orders.wait_for_group(order.id))
    assert raw.status_code == 200 and raw.parse().id == order.payment_group_id


def test_a_purchase_names_its_customer_or_is_refused_before_sending(api: Api) -> None:
    """The server answers 500 to an e-mail without both names (after storing a session)."""
    for create in (
        lambda c: c.orders.create(amount=4000, customer_email=EMAIL),
        lambda c: c.orders.create(amount=4000, customer_email=EMAIL, customer_first_name="Jo"),
        lambda c: c.checkout_sessions.create(amount_total=4000, customer_email=EMAIL, customer_last_name="Doe"),
        lambda c: c.checkout_sessions.create(amount_total=4000),
    ):
        with pytest.raises(ValueError, match="customer_first_name and customer_last_name"):
            api(create)
    assert api.collect(lambda c: c.checkout_sessions.list()) == []
    customer = new_customer(api)
    assert api(lambda c: c.orders.create(amount=4000, customer_id=customer.id)).customer_id == customer.id


def test_unknown_payment_intent_is_not_found(api: Api) -> None:
    """The server answers 400 ``PaymentIntent with id … not found``; the client raises NotFoundError."""
    with pytest.raises(kohortpay.NotFoundError) as info:
        api(lambda c: c.payment_intents.retrieve("pi_00000000000000"))
    assert info.value.status_code in (400, 404)


# -- orders ---------------------------------------------------------------------------------


def test_orders(api: Api) -> None:
    order = new_order(api, metadata={"basket": "b1"}, client_reference_id="o-1", locale="fr_FR")
    assert isinstance(order, Order) and order.status == OrderStatus.CREATED and order.payment_group_id
    fetched = api(lambda c: c.orders.retrieve(order.id, expand=["paymentGroup"]))
    assert fetched.payment_group is not None and fetched.payment_group.id == order.payment_group_id
    assert [o.id for o in api.collect(lambda c: c.orders.list())] == [order.id]
    with pytest.raises(kohortpay.DuplicateReferenceError):
        new_order(api, client_reference_id="o-1")
    with pytest.raises(kohortpay.NotFoundError):
        api(lambda c: c.orders.retrieve("ord_00000000000000"))


def test_orders_refuse_public_keys(api: Api, server: MockServer) -> None:
    client_cls = kohortpay.AsyncKohortPay if api.is_async else kohortpay.KohortPay
    public = Api(client_cls(server.public_key, base_url=server.url), api.loop)
    try:
        with pytest.raises(kohortpay.AuthenticationError):
            public(lambda c: c.orders.list())
        assert public(lambda c: c.customers.list()).count == 0
    finally:
        public.close()


# -- groups, under both prefixes ------------------------------------------------------------

PREFIXES = ["groups", "payment_groups"]


@pytest.mark.parametrize("prefix", PREFIXES)
def test_groups(api: Api, prefix: str) -> None:
    order = new_order(api)

    def groups(c: Any) -> Any:
        return getattr(c, prefix)

    [group] = api.collect(lambda c: groups(c).list())
    assert isinstance(group, PaymentGroup) and group.id == order.payment_group_id
    assert group.status == PaymentGroupStatus.OPEN and group.share_id

    assert api(lambda c: groups(c).retrieve(group.id)).share_id == group.share_id
    assert api(lambda c: groups(c).retrieve(group.share_id)).id == group.id
    expanded = api(lambda c: groups(c).retrieve(group.id, expand=["paymentGroupSettings.discountLevels"]))
    assert expanded.payment_group_settings is not None

    updated = api(
        lambda c: groups(c).update(group.id, metadata={"campaign": "spring"}, creator_email="new@example.com")
    )
    assert updated.metadata is not None and updated.metadata["campaign"] == "spring"

    result = api(lambda c: groups(c).validate(group.share_id, customer_email="bob@example.com", amount=5000))
    assert isinstance(result, ValidatePaymentGroupResult)
    assert result.current_discount_level is not None and result.current_discount_level.value > 0

    participants = api(lambda c: groups(c).participants(group.id))
    assert isinstance(participants, ParticipantList) and [p.id for p in participants.data] == [order.id]

    canceled = api(lambda c: groups(c).cancel(group.id))
    assert canceled.status == PaymentGroupStatus.CANCELED
    with pytest.raises(kohortpay.BadRequestError):
        api(lambda c: groups(c).cancel(group.id))


@pytest.mark.parametrize("prefix", PREFIXES)
def test_group_create_and_expire(api: Api, server: MockServer, prefix: str) -> None:
    session = new_session(api)
    customer = api.collect(lambda c: c.customers.list())[0]
    [intent] = api.collect(lambda c: c.payment_intents.list(search=f"checkoutSessionId:{session.id}"))
    expires_at = server.now() + dt.timedelta(minutes=5)
    group = api(
        lambda c: getattr(c, prefix).create(
            customer_id=customer.id, payment_intent_id=intent.id, expires_at=expires_at, metadata={"a": 1}
        )
    )
    assert group.customer_id == customer.id and group.expires_at == expires_at.replace(
        microsecond=expires_at.microsecond // 1000 * 1000
    )
    with pytest.raises(kohortpay.BadRequestError, match="still in progress"):
        api(lambda c: getattr(c, prefix).expire(group.id))
    server.advance_clock(5 * 60 + 1)
    expired = api(lambda c: getattr(c, prefix).expire(group.id))
    assert expired.status == PaymentGroupStatus.EXPIRED


def test_group_validation_errors(api: Api) -> None:
    # A group of checkout sessions: the server's checks count only payment intents.
    code = api(lambda c: c.checkout_sessions.wait_for_group(new_session(api).id)).share_id
    with pytest.raises(kohortpay.EmailAlreadyUsedError) as used:
        api(lambda c: c.groups.validate(code, customer_email=EMAIL))
    assert isinstance(used.value, kohortpay.GroupValidationError) and used.value.code == "EMAIL_ALREADY_USED"
    with pytest.raises(kohortpay.GroupNotFoundError):
        api(lambda c: c.groups.validate("KHT-test-00000000"))
    with pytest.raises(kohortpay.GroupNotFoundError):
        api(lambda c: c.groups.validate("NOPE-1"))
    with pytest.raises(kohortpay.GroupValidationError):
        new_session(api, email="friend@example.com", payment_group_share_id="KHT-test-00000000")
    api(lambda c: c.groups.cancel(code))
    with pytest.raises(kohortpay.GroupNotJoinableError):
        api(lambda c: c.groups.validate(code))


def test_amount_too_low_and_max_participants(api: Api, server: MockServer) -> None:
    organization = server.create_organization(
        settings={"min_purchase_value": 3000, "max_participants": 2},
    )
    client_cls = kohortpay.AsyncKohortPay if api.is_async else kohortpay.KohortPay
    shop = Api(client_cls(organization["keys"]["sk_test"], base_url=server.url), api.loop)
    try:
        code = shop(lambda c: c.checkout_sessions.wait_for_group(new_session(shop).id)).share_id
        with pytest.raises(kohortpay.AmountTooLowError):
            shop(lambda c: c.groups.validate(code, amount=1000))
        new_session(shop, email="friend@example.com", payment_group_share_id=code)
        with pytest.raises(kohortpay.MaxParticipantsReachedError):
            shop(lambda c: c.groups.validate(code, customer_email="third@example.com"))
    finally:
        shop.close()


def test_blocked_customer(api: Api) -> None:
    customer = new_customer(api)
    api(lambda c: c.customers.block(customer.id))
    with pytest.raises(kohortpay.CustomerBlockedError):
        new_session(api)


def test_live_key_sees_live_objects_only(api: Api, server: MockServer) -> None:
    new_customer(api)
    client_cls = kohortpay.AsyncKohortPay if api.is_async else kohortpay.KohortPay
    live = Api(client_cls(server.live_secret_key, base_url=server.url), api.loop)
    try:
        assert live.client.livemode is True
        assert live(lambda c: c.customers.list()).count == 0
        assert new_customer(live).livemode is True
    finally:
        live.close()


def test_raw_response_over_http(api: Api) -> None:
    customer = new_customer(api)
    raw = api(lambda c: c.with_raw_response.customers.retrieve(customer.id))
    assert raw.status_code == 200 and raw.headers["content-type"].startswith("application/json")
    assert raw.parse().id == customer.id
    created = api(lambda c: c.with_raw_response.customers.create(email_address="raw@example.com"))
    assert created.status_code == 201 and created.parse().email_address == "raw@example.com"
