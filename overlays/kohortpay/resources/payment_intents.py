"""``client.payment_intents``: payments of the hosted-checkout era (generation A)."""

from __future__ import annotations

from typing import Unpack

from kohortpay_client.api.payment_intents import (
    cancel_payment_intent,
    create_payment_intent,
    get_payment_intent,
    list_payment_intents,
)
from kohortpay_client.models import CreatePaymentIntentParams, PaymentIntent, PaymentIntentList, PaymentIntentStatus
from kohortpay_client.types import UNSET, Unset

from .._exactly_once import by_status, by_unique_key
from .._exceptions import BadRequestError, ConflictError
from .._resource import Call, R, RequestOptions, Resource, call, list_operation, operation
from . import _params
from ._params import MetadataParam


class PaymentIntents(Resource[R]):
    list = list_operation(list_payment_intents._get_kwargs, PaymentIntentList.from_dict)

    @operation
    def create(
        self,
        *,
        amount: int,
        checkout_session_id: str,
        customer_id: str | None | Unset = UNSET,
        metadata: MetadataParam | Unset = UNSET,
        client_reference_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Call[PaymentIntent]:
        """Create a succeeded payment intent of ``amount`` cents for a checkout session (its ``cs_``
        id). A session holds one payment intent and every session created through the API already
        has it: for those the server answers ``ConflictError``. Retry-safe, by that rule."""
        body = _params.body(CreatePaymentIntentParams, locals())
        request = create_payment_intent._get_kwargs(body=body)
        reconcile = by_unique_key(
            request,
            keys=("checkoutSessionId",),
            refused=(ConflictError,),
            find=list_payment_intents._get_kwargs,
            what="payment intent",
        )
        return call(request, PaymentIntent.from_dict, options, reconcile=reconcile)

    @operation
    def retrieve(
        self, id: str, *, expand: _params.Expand = UNSET, **options: Unpack[RequestOptions]
    ) -> Call[PaymentIntent]:
        """Retrieve a payment intent by its ``pi_`` id. ``NotFoundError`` if there is none (the
        server answers 400 ``PaymentIntent with id … not found``)."""
        request = get_payment_intent._get_kwargs(_params.require_id(id), expand=_params.expand(expand, PaymentIntent))
        return call(request, PaymentIntent.from_dict, options)

    @operation
    def cancel(self, id: str, **options: Unpack[RequestOptions]) -> Call[PaymentIntent]:
        """Cancel a payment intent. Documented, but no longer routed by the production server (404)."""
        id = _params.require_id(id)
        reconcile = by_status(
            get_payment_intent._get_kwargs(id),
            status=PaymentIntentStatus.CANCELED.value,
            refused=(BadRequestError,),
            what=f"payment intent {id}",
        )
        return call(cancel_payment_intent._get_kwargs(id), PaymentIntent.from_dict, options, reconcile=reconcile)
