"""``client.checkout_sessions``: paid baskets registered by the shop plugins (generation A).

Creating one also creates a succeeded payment intent, and joins the group of
``payment_group_share_id`` (or founds a new group).
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
)
from kohortpay_client.types import UNSET, Unset

from .._resource import Call, R, RequestOptions, Resource, call, list_operation, operation
from . import _params
from ._params import MetadataParam


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
        """Register a paid basket of ``amount_total`` cents. Raises a ``GroupValidationError``
        subclass if ``payment_group_share_id`` cannot be used, ``CustomerBlockedError`` for a
        blocked customer, ``DuplicateReferenceError`` for a reference already used."""
        body = _params.body(CreateCheckoutSessionParams, locals())
        return call(create_checkout_session._get_kwargs(body=body), CheckoutSession.from_dict, options)

    @operation
    def retrieve(
        self, id: str, *, expand: _params.Expand = UNSET, **options: Unpack[RequestOptions]
    ) -> Call[CheckoutSession]:
        """Retrieve a checkout session by its ``cs_`` id or its ``share_id``."""
        request = get_checkout_session._get_kwargs(_params.require_id(id), expand=_params.expand(expand))
        return call(request, CheckoutSession.from_dict, options)

    @operation
    def expire(self, id: str, **options: Unpack[RequestOptions]) -> Call[CheckoutSession]:
        """Expire an open checkout session (``WrongStatusError`` if it is not open)."""
        return call(expire_checkout_session._get_kwargs(_params.require_id(id)), CheckoutSession.from_dict, options)
