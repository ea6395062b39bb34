"""``wait_for_group``: the server links a purchase to its group, and copies a new group's settings,
just after answering; these helpers poll until the group can be shared."""

from __future__ import annotations

from typing import Unpack

from kohortpay_client import parsers
from kohortpay_client.api.checkout_sessions import get_checkout_session
from kohortpay_client.api.groups import get_group
from kohortpay_client.api.orders import get_order
from kohortpay_client.models import CheckoutSession, Order, PaymentGroup, PaymentIntent
from kohortpay_client.resources import checkout_sessions, orders

from .. import _params as params
from .._resource import Call, R, RequestOptions, Wait, operation

#: Seconds a ``wait_for_group`` helper waits by default (the server usually takes well under one).
DEFAULT_MAX_WAIT = 10.0


def _shareable(group_id: str, what: str, max_wait: float, options: RequestOptions) -> Wait[PaymentGroup]:
    """Poll a group until the server has copied its settings: until then, validating its code
    answers 404 and joining it fails."""
    request = get_group.build_request(group_id, expand=["paymentGroupSettings"])
    return Wait(
        Call(request, parsers.payment_group, options),
        lambda group: group if group.payment_group_settings else None,
        what,
        max_wait,
    )


class CheckoutSessions(checkout_sessions.CheckoutSessions[R]):
    """The generated ``client.checkout_sessions``, and ``wait_for_group``."""

    @operation
    def wait_for_group(
        self, id: str, *, max_wait: float = DEFAULT_MAX_WAIT, **options: Unpack[RequestOptions]
    ) -> Wait[PaymentGroup]:
        """The group a checkout session founded or joined, once the server has linked it and it can
        be shared (its code validated, joined): the server does both asynchronously, usually within
        a second. Polls for at most ``max_wait`` seconds, then raises ``WaitTimeoutError``. (An
        ambassador code founds no group: this then times out.)"""
        what = f"the group of checkout session {id}"
        request = get_checkout_session.build_request(params.path(id, "id"), expand=["paymentIntent.paymentGroup"])

        def linked(session: CheckoutSession) -> Wait[PaymentGroup] | None:
            intent = session.payment_intent
            group = intent.payment_group if isinstance(intent, PaymentIntent) else None
            return _shareable(group.id, what, max_wait, options) if isinstance(group, PaymentGroup) else None

        return Wait(Call(request, parsers.checkout_session, options), linked, what, max_wait)


class Orders(orders.Orders[R]):
    """The generated ``client.orders``, and ``wait_for_group``."""

    @operation
    def wait_for_group(
        self, id: str, *, max_wait: float = DEFAULT_MAX_WAIT, **options: Unpack[RequestOptions]
    ) -> Wait[PaymentGroup]:
        """The group an order founded or joined, once it can be shared: the order is linked to it at
        once, but the server copies a new group's settings asynchronously (until then, validating
        its code answers 404). Polls for at most ``max_wait`` seconds, then raises ``WaitTimeoutError``."""
        what = f"the group of order {id}"

        def linked(order: Order) -> Wait[PaymentGroup] | None:
            group_id = order.payment_group_id
            return _shareable(group_id, what, max_wait, options) if isinstance(group_id, str) else None

        order = Call(get_order.build_request(params.path(id, "id")), parsers.order, options)
        return Wait(order, linked, what, max_wait)
