# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""`client.payment_intents`: Payments of the hosted-checkout era (generation A). Created by checkout sessions."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any, Unpack

from kohortpay import _params as params
from kohortpay._exactly_once import by_status, by_unique_key
from kohortpay._resource import (
    Call,
    ListCall,
    R,
    RequestOptions,
    Resource,
    list_operation,
    operation,
)

from .. import facts, parsers
from ..api.payment_intents import (
    cancel_payment_intent,
    create_payment_intent,
    get_payment_intent,
    list_payment_intents,
)
from ..models import (
    CreatePaymentIntentParams,
    Metadata,
    PaymentIntent,
)
from ..types import UNSET, Unset


class PaymentIntents(Resource[R]):
    """Payments of the hosted-checkout era (generation A). Created by checkout sessions."""

    @operation
    def create(
        self,
        *,
        amount: int,
        checkout_session_id: str,
        customer_id: str | None | Unset = UNSET,
        metadata: Metadata | Mapping[str, Any] | None | Unset = UNSET,
        client_reference_id: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Call[PaymentIntent]:
        """Create a payment intent.

        Creates a `SUCCEEDED` payment intent attached to a checkout session (the `status` sent is
        ignored), then — asynchronously, like a checkout session — founds a group for its customer
        or joins the group of `paymentGroupId`. The customer is `customerId` (in the key's
        organization and mode, else 404) or the session's shopper, found or created by e-mail and
        names (a session without `customer_email`, `customer_first_name` and `customer_last_name`
        makes the server answer 500). A checkout session holds at most one payment intent, and every
        checkout session created through the API already has one: for those, this answers **409**.
        An unknown `checkoutSessionId` answers 404 `CheckoutSession with id {id} not found.`; a
        session's `share_id` in its place makes the server answer 500, so the schema takes only
        `cs_` ids. The 2023 docs reused the request schema as the `201` response; the server answers
        with the created payment intent.

        Retry-safe: the server keeps ``checkout_session_id`` unique, so a retry after a lost answer
        finds the payment intent the first attempt made instead of creating another.

        Args:
            amount: Amount paid, in cents.
            checkout_session_id: The `cs_` id of the checkout session that owns the payment intent
                (not its `share_id`).
            customer_id: The paying customer; defaults to the checkout session's shopper.
            client_reference_id: The merchant's id for the payment.
        """
        body = CreatePaymentIntentParams(
            amount=params.integer(amount, "amount"),
            checkout_session_id=checkout_session_id,
            customer_id=customer_id,
            metadata=params.model(Metadata, metadata, "metadata"),
            client_reference_id=client_reference_id,
        )
        request = create_payment_intent.build_request(body=body)
        return Call(
            request,
            parsers.payment_intent,
            options,
            reconcile=by_unique_key(
                request,
                facts.CREATE_PAYMENT_INTENT,
                find=list_payment_intents.build_request,
            ),
        )

    @operation
    def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Call[PaymentIntent]:
        """Retrieve a payment intent.

        Returns one payment intent. An unknown id (or one of another organization or mode) answers
        **400** `PaymentIntent with id {id} not found`, not 404 — the 2023 docs declare 400 as well.

        Args:
            id: The payment intent's `pi_` id.
            expand: Payment intents: `organization`, `organization.brandSettings`, `customer`,
                `checkoutSession`, `checkoutSession.lineItems`, `paymentGroup`,
                `paymentGroup.paymentGroupSettings`. The rules of `expand[]` on groups apply.
        """
        id = params.path(id, "id")
        request = get_payment_intent.build_request(
            id, expand=params.expand(expand, facts.PAYMENT_INTENT)
        )
        return Call(request, parsers.payment_intent, options)

    @operation
    def cancel(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> Call[PaymentIntent]:
        """Cancel a payment intent.

        Moves a payment intent to `CANCELED` and sets `canceled_at`. Documented in 2023 (as `200`
        with no body); the late-2024 production server no longer routes it and answers 404 `Cannot
        POST /payment-intents/{id}/cancel`. The success shape is inferred.

        Retry-safe: a retry refused because the first attempt went through returns the CANCELED
        object.

        Args:
            id: The payment intent's `pi_` id.
        """
        id = params.path(id, "id")
        request = cancel_payment_intent.build_request(id)
        return Call(
            request,
            parsers.payment_intent,
            options,
            reconcile=by_status(
                get_payment_intent.build_request(id), facts.CANCEL_PAYMENT_INTENT, id
            ),
        )

    @list_operation
    def list(
        self,
        *,
        take: int = 25,
        skip: int = 0,
        order_by: str | Unset = UNSET,
        search: str | Unset = UNSET,
        expand: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListCall[PaymentIntent]:
        """List payment intents.

        Returns one page of the payment intents of the key's organization and mode, newest first by
        default.

        Args:
            take: Page size. The docs' introduction says at most 100; the server refuses more than
                25 (400).
            skip: Number of objects to skip. The server reads it with JavaScript's `Number()`: a
                negative value, or one that rounds to 2^63 or more (from 9223372036854775296 on),
                makes it answer 500.
            order_by: `<field>:asc` or `<field>:desc`, where the field (camelCase or snake_case) is
                a scalar field of the resource. Anything else silently falls back to
                `createdAt:desc`.
            search: Comma-separated conditions, all of which must hold. A condition is
                `<field><op><value>`, where the field (camelCase or snake_case) is a scalar field of
                the resource and `op` is `:` (equals), `~` (contains, case-sensitive), `>`, `<`,
                `>=`, `<=` or `!` (not equal); the operator is the first of `>=`, `<=`, `>`, `<`,
                `=`, `:`, `~`, `!` that the condition contains, so a value cannot hold an operator
                character (a `:` in a time cuts it). Several conditions may be joined with ` OR `
                (or ` AND `) inside one comma-separated part. A condition on an unknown field is
                ignored. Values are taken as numbers, dates or booleans when they look like one,
                except on id, name, e-mail, phone and reference fields. The server answers 500 to a
                value outside a field's enum (e.g. `status:OPEN` on orders), to `~` on a field that
                is not text, to the `=` operator, and to a `%` not followed by two hex digits.
            expand: Payment intents: `organization`, `organization.brandSettings`, `customer`,
                `checkoutSession`, `checkoutSession.lineItems`, `paymentGroup`,
                `paymentGroup.paymentGroupSettings`. The rules of `expand[]` on groups apply.
        """
        page = functools.partial(
            list_payment_intents.build_request,
            take=take,
            order_by=params.order_by(order_by, facts.PAYMENT_INTENT),
            search=params.search(search, facts.PAYMENT_INTENT),
            expand=params.expand(expand, facts.PAYMENT_INTENT),
        )
        return ListCall(page, parsers.payment_intent_list, skip, options)
