"""``client.checkout_sessions``: paid baskets registered by the shop plugins (generation A).

Creating one also creates a succeeded payment intent which, asynchronously, joins the group of
``payment_group_share_id`` or founds a new group: ``wait_for_group`` returns that group.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, Unpack

from kohortpay_client.api.checkout_sessions import (
    create_checkout_session,
    expire_checkout_session,
    get_checkout_session,
    list_checkout_sessions,
)
from kohortpay_client.models import (
    CheckoutSession,
    CheckoutSessionList,
    CreateCheckoutSessionParams,
    LineItemParams,
    Locale,
    PaymentGroup,
    PaymentIntent,
)
from kohortpay_client.types import UNSET, Unset

from .._exactly_once import by_unique_key
from .._exceptions import DuplicateReferenceError
from .._resource import Call, R, RequestOptions, Resource, Wait, call, list_operation, operation
from . import _params
from ._params import MetadataParam
from .groups import DEFAULT_MAX_WAIT, wait_until_shareable


class CheckoutSessions(Resource[R]):
    list = list_operation(list_checkout_sessions._get_kwargs, CheckoutSessionList.from_dict)

    @operation
    def create(
        self,
        *,
        amount_total: int,
        line_items: Sequence[LineItemParams | Mapping[str, Any]] | Unset = UNSET,
        locale: Locale | str | Unset = UNSET,
        success_url: str | Unset = UNSET,
        cancel_url: str | Unset = UNSET,
        customer_email: str | Unset = UNSET,
        customer_first_name: str | Unset = UNSET,
        customer_last_name: str | Unset = UNSET,
        customer_phone_number: str | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        expires_at: datetime.datetime | Unset = UNSET,
        metadata: MetadataParam | Unset = UNSET,
        client_reference_id: str | Unset = UNSET,
        payment_client_reference_id: str | Unset = UNSET,
        payment_group_share_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Call[CheckoutSession]:
        """Register a paid basket of ``amount_total`` cents, paid by ``customer_id`` or by the
        shopper named by ``customer_email``, ``customer_first_name`` and ``customer_last_name`` (all
        three: the server fails otherwise, so a ``ValueError`` is raised before sending). Raises a
        ``GroupValidationError`` subclass if ``payment_group_share_id`` cannot be used,
        ``CustomerBlockedError`` for a blocked customer (the session is stored anyway),
        ``DuplicateReferenceError`` for a reference already used. The group the session founds or
        joins is linked asynchronously: see ``wait_for_group``. Retry-safe only with a
        ``client_reference_id`` or a ``payment_client_reference_id``: without one, a lost answer
        raises ``APIOutcomeUnknownError``."""
        _params.require_customer(locals())
        body = _params.body(CreateCheckoutSessionParams, locals())
        request = create_checkout_session._get_kwargs(body=body)
        reconcile = by_unique_key(
            request,
            keys=("clientReferenceId", "paymentClientReferenceId"),
            refused=(DuplicateReferenceError,),
            find=list_checkout_sessions._get_kwargs,
            what="checkout session",
        )
        hint = "pass client_reference_id (your cart or order number) to make checkout_sessions.create retry-safe"
        return call(request, CheckoutSession.from_dict, options, reconcile=reconcile, unsafe_hint=hint)

    @operation
    def retrieve(
        self, id: str, *, expand: _params.Expand = UNSET, **options: Unpack[RequestOptions]
    ) -> Call[CheckoutSession]:
        """Retrieve a checkout session by its ``cs_`` id or its ``share_id``."""
        request = get_checkout_session._get_kwargs(
            _params.require_id(id), expand=_params.expand(expand, CheckoutSession)
        )
        return call(request, CheckoutSession.from_dict, options)

    @operation
    def expire(self, id: str, **options: Unpack[RequestOptions]) -> Call[CheckoutSession]:
        """Expire an open checkout session (``BadRequestError`` if it is not open — and sessions
        created through the API are completed at once)."""
        return call(expire_checkout_session._get_kwargs(_params.require_id(id)), CheckoutSession.from_dict, options)

    @operation
    def wait_for_group(
        self, id: str, *, max_wait: float = DEFAULT_MAX_WAIT, **options: Unpack[RequestOptions]
    ) -> Wait[PaymentGroup]:
        """The group a checkout session founded or joined, once the server has linked it and it can
        be shared (its code validated, joined): the server does both asynchronously, usually within
        a second. Polls for at most ``max_wait`` seconds, then raises ``WaitTimeoutError``. (An
        ambassador code founds no group: this then times out.)"""
        what = f"the group of checkout session {id}"
        request = get_checkout_session._get_kwargs(_params.require_id(id), expand=["paymentIntent.paymentGroup"])

        def linked(session: CheckoutSession) -> Wait[PaymentGroup] | None:
            intent = session.payment_intent
            group = intent.payment_group if isinstance(intent, PaymentIntent) else None
            return wait_until_shareable(group.id, what, max_wait, options) if isinstance(group, PaymentGroup) else None

        return Wait(call(request, CheckoutSession.from_dict, options), linked, what, max_wait)
