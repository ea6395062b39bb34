# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""`client.checkout_sessions`: Registration of a paid basket (generation A). Deprecated server-side but still used by every"""

from __future__ import annotations

import datetime
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
from ..api.checkout_sessions import (
    create_checkout_session,
    expire_checkout_session,
    get_checkout_session,
    list_checkout_sessions,
)
from ..models import (
    CheckoutSession,
    CreateCheckoutSessionParams,
    LineItemParams,
    Locale,
    Metadata,
)
from ..types import UNSET, Unset


class CheckoutSessions(Resource[R]):
    """Registration of a paid basket (generation A). Deprecated server-side but still used by every
    shipped e-commerce plugin; creating one also creates a payment intent and joins or creates a
    group.
    """

    @operation
    def create(
        self,
        *,
        success_url: str | None | Unset = UNSET,
        cancel_url: str | None | Unset = UNSET,
        customer_email: str | Unset = UNSET,
        customer_phone_number: str | None | Unset = UNSET,
        customer_first_name: str | Unset = UNSET,
        customer_last_name: str | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        expires_at: datetime.datetime | Unset = UNSET,
        line_items: Sequence[LineItemParams | Mapping[str, Any]] | Unset = UNSET,
        metadata: Metadata | Mapping[str, Any] | None | Unset = UNSET,
        amount_total: int,
        locale: Locale | str | Unset = UNSET,
        client_reference_id: str | None | Unset = UNSET,
        payment_client_reference_id: str | None | Unset = UNSET,
        payment_group_share_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Call[CheckoutSession]:
        """Create a checkout session.

        Registers a paid basket. The session is `COMPLETED` at once and gets a `SUCCEEDED` payment
        intent for `amountTotal`, whose customer is `customerId` (in the key's organization and
        mode) or the shopper found by `customerEmail` — or created from the e-mail and both names.
        The server needs one of the two: `customerId`, or `customerEmail` with `customerFirstName`
        and `customerLastName` (even for a known shopper); without them it answers 500, after the
        session was stored, so the schema requires them. A matched customer that was soft-deleted is
        restored, and a new `customerPhoneNumber` replaces theirs.

        **Then, asynchronously**, the payment intent joins the group of `paymentGroupShareId` or
        founds a new group with this customer as creator, the session's `customer_id` and
        `completed_at` are set (both are null in this response), and `payment_group.created` /
        `payment_group.joined` are sent. Read the founded or joined group on
        `payment_intent.payment_group` (`expand[]=paymentIntent.paymentGroup`), after a short poll;
        `payment_group` on a session is the group of the code it used (null for a founder). An
        ambassador code (`KHTAMB-…`) founds no group. A group code is validated as in *validate*
        before anything is stored (so a full group of orders, or the creator's own e-mail, is not
        refused).

        Rules, in the server's order: `clientReferenceId` and `paymentClientReferenceId` unused
        (both answer `Checkout session with client reference id {id} already exists.`);
        `amountTotal` ≥ the organization's minimum purchase value; the code (404 `Code not found.`
        for a code that is neither `KHT…` nor `KHTAMB…`); line items' sign and quantity rules (their
        sum is never compared with `amountTotal`; the server validates nothing else in them, and a
        line item without `name` makes it answer 500). A blocked shopper is refused (400
        `CUSTOMER_BLOCKED`) only after the session and its payment intent were stored. `expiresAt`
        must lie between now + 30 minutes and now + 24 hours, where the server's "now" is the time
        it started (a bug: the window is fixed at start-up); it defaults to now + 1 day. The 2023
        docs list `lineItems` and `locale` as required and `locale` as a free string (example
        `en-US`); the server requires neither and accepts only the `Locale` values.

        Retry-safe when given ``client_reference_id`` or ``payment_client_reference_id``, which the
        server keeps unique: a retry after a lost answer finds the checkout session the first
        attempt made. Without, a lost answer raises ``APIOutcomeUnknownError``.

        Args:
            customer_phone_number: Replaces a matched customer's phone number.
            customer_first_name: Needed with the e-mail, even for a known shopper.
            customer_last_name: Needed with the e-mail, even for a known shopper.
            customer_id: A customer of the key's organization and mode. One that does not exist
                makes the server answer 500 (after storing nothing); one of another organization,
                404 after storing the session.
            expires_at: Between now + 30 minutes and now + 24 hours, where the server's "now" is the
                time it started (the window is fixed at start-up); default now + 1 day.
            amount_total: Total paid, in cents; at least the minimum purchase value.
            client_reference_id: The merchant's id for the session; unique among sessions.
            payment_client_reference_id: Becomes the payment intent's `client_reference_id`; unique
                among payment intents.
            payment_group_share_id: A group code to join (`KHT-…`) or an ambassador code
                (`KHTAMB-…`, which founds no group); without one a new group is founded. An empty
                string makes the server answer 500.
        """
        params.require_any(
            {"customer_id": customer_id},
            {
                "customer_email": customer_email,
                "customer_first_name": customer_first_name,
                "customer_last_name": customer_last_name,
            },
        )
        body = CreateCheckoutSessionParams(
            success_url=success_url,
            cancel_url=cancel_url,
            customer_email=customer_email,
            customer_phone_number=customer_phone_number,
            customer_first_name=customer_first_name,
            customer_last_name=customer_last_name,
            customer_id=customer_id,
            expires_at=expires_at,
            line_items=params.models(LineItemParams, line_items, "line_items"),
            metadata=params.model(Metadata, metadata, "metadata"),
            amount_total=params.integer(amount_total, "amount_total"),
            locale=params.enum(Locale, locale),
            client_reference_id=client_reference_id,
            payment_client_reference_id=payment_client_reference_id,
            payment_group_share_id=payment_group_share_id,
        )
        request = create_checkout_session.build_request(body=body)
        return Call(
            request,
            parsers.checkout_session,
            options,
            reconcile=by_unique_key(
                request,
                facts.CREATE_CHECKOUT_SESSION,
                find=list_checkout_sessions.build_request,
            ),
            unsafe_hint="pass client_reference_id or payment_client_reference_id to make checkout_sessions.create retry-safe",
        )

    @operation
    def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Call[CheckoutSession]:
        """Retrieve a checkout session.

        Returns one checkout session, by `cs_` id or by its `share_id`. An unknown id answers 404
        `Checkout session with id {id} not found.`.

        Args:
            id: The checkout session's `cs_` id or its `share_id`.
            expand: Checkout sessions: `organization`, `customer`, `lineItems`, `paymentIntent`
                (also `paymentIntent.paymentGroup`, the group the session founded or joined),
                `paymentGroup` (the group of the code the session used),
                `organization.brandSettings`, `organization.paymentGroupSettings`. The rules of
                `expand[]` on groups apply.
        """
        id = params.path(id, "id")
        request = get_checkout_session.build_request(
            id, expand=params.expand(expand, facts.CHECKOUT_SESSION)
        )
        return Call(request, parsers.checkout_session, options)

    @operation
    def expire(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> Call[CheckoutSession]:
        """Expire a checkout session.

        Moves an `OPEN` session to `EXPIRED` and sets `expires_at` to now. A session in any other
        status answers 400 `Checkout session {id} is not open. Current status is {status}` (code
        `Bad Request`) — and every session created through the API is `COMPLETED`. An unknown id
        answers 404 `Checkout session {id} not found.`. This is a `PATCH`, unlike the group actions.
        The 2023 docs declare its 404 with the bad-request schema; every error uses the common
        envelope.

        Retry-safe: a retry refused because the first attempt went through returns the EXPIRED
        object.

        Args:
            id: The checkout session's `cs_` id or its `share_id`.
        """
        id = params.path(id, "id")
        request = expire_checkout_session.build_request(id)
        return Call(
            request,
            parsers.checkout_session,
            options,
            reconcile=by_status(
                get_checkout_session.build_request(id),
                facts.EXPIRE_CHECKOUT_SESSION,
                id,
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
    ) -> ListCall[CheckoutSession]:
        """List checkout sessions.

        Returns one page of the checkout sessions of the key's organization and mode. The 2023 docs
        declared no body.

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
            expand: Checkout sessions: `organization`, `customer`, `lineItems`, `paymentIntent`
                (also `paymentIntent.paymentGroup`, the group the session founded or joined),
                `paymentGroup` (the group of the code the session used),
                `organization.brandSettings`, `organization.paymentGroupSettings`. The rules of
                `expand[]` on groups apply.
        """
        page = functools.partial(
            list_checkout_sessions.build_request,
            take=take,
            order_by=params.order_by(order_by, facts.CHECKOUT_SESSION),
            search=params.search(search, facts.CHECKOUT_SESSION),
            expand=params.expand(expand, facts.CHECKOUT_SESSION),
        )
        return ListCall(page, parsers.checkout_session_list, skip, options)
