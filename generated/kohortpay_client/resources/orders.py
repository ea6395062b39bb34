# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""`client.orders`: Registration of a paid order (generation B). Secret keys only."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any, Unpack

from kohortpay import _params as params
from kohortpay._exactly_once import by_unique_key
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
from ..api.orders import create_order, get_order, list_orders
from ..models import CreateOrderParams, Locale, Metadata, Order
from ..types import UNSET, Unset


class Orders(Resource[R]):
    """Registration of a paid order (generation B). Secret keys only."""

    @operation
    def create(
        self,
        *,
        customer_email: str | Unset = UNSET,
        customer_phone_number: str | None | Unset = UNSET,
        customer_first_name: str | Unset = UNSET,
        customer_last_name: str | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        metadata: Metadata | Mapping[str, Any] | None | Unset = UNSET,
        amount: int,
        locale: Locale | str | Unset = UNSET,
        client_reference_id: str | None | Unset = UNSET,
        payment_group_share_id: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Call[Order]:
        """Create an order.

        Registers a paid order (status `CREATED`) and, before answering, links it to a group. The
        customer is `customerId` (looked up in every organization), or the shopper found by
        `customerEmail` — or created from the e-mail and both names. The server needs `customerId`,
        or `customerEmail` with `customerFirstName` and `customerLastName` even for a known shopper
        (otherwise it answers 500), so the schema requires them. A matched customer that was
        soft-deleted is restored, and a new `customerPhoneNumber` replaces theirs.

        Checks, in the server's order: `clientReferenceId` unused (400 `Order with client reference
        id {id} already exists.`); `amount` ≥ the minimum purchase value (400 `The minimum purchase
        value is {n}`); a blocked customer — looked up **by e-mail only**, so an order naming a
        blocked customer only by `customerId` is accepted — answers 400 `CUSTOMER_BLOCKED`; the
        group code, as in *validate* (404 `NOT_FOUND`, 400 `COMPLETED_EXPIRED_CANCELED`; an
        ambassador code answers 404 `Group {code} not found.`). The order then joins the group; if
        the group turns out to be full (the orders in it, this one included, reach
        `max_participants`) the order silently founds a new group instead, still with `201`. Without
        a code the order founds a new group with the customer as creator. `payment_group_share_id`
        echoes the code sent (null without one), `customer_email` the e-mail sent (null with only
        `customerId`); `application_fee_amount` is the platform's fee (0 for a founder),
        `risk_level` `LOW`, and `token` null until cashback is available. The new group's settings
        are copied asynchronously. The documented `maxLength` limits are not enforced. Secret keys
        only (401 `Invalid Api Key.` with a public key).

        Retry-safe when given ``client_reference_id``, which the server keeps unique: a retry after
        a lost answer finds the order the first attempt made. Without, a lost answer raises
        ``APIOutcomeUnknownError``.

        Args:
            customer_phone_number: Replaces a matched customer's phone number.
            customer_first_name: Needed with the e-mail, even for a known shopper.
            customer_last_name: Needed with the e-mail, even for a known shopper.
            customer_id: A customer (looked up in every organization: 404 `Customer with id {id} not
                found.`).
            amount: Amount paid, in cents; at least the minimum purchase value.
            client_reference_id: The merchant's order id; unique among orders.
            payment_group_share_id: A group code to join (`KHT-…`); without one (or with `null` or
                `""`) a new group is founded. An ambassador code answers 404 `Group {code} not
                found.`.
        """
        params.require_any(
            {"customer_id": customer_id},
            {
                "customer_email": customer_email,
                "customer_first_name": customer_first_name,
                "customer_last_name": customer_last_name,
            },
        )
        body = CreateOrderParams(
            customer_email=customer_email,
            customer_phone_number=customer_phone_number,
            customer_first_name=customer_first_name,
            customer_last_name=customer_last_name,
            customer_id=customer_id,
            metadata=params.model(Metadata, metadata, "metadata"),
            amount=params.integer(amount, "amount"),
            locale=params.enum(Locale, locale),
            client_reference_id=client_reference_id,
            payment_group_share_id=payment_group_share_id,
        )
        request = create_order.build_request(body=body)
        return Call(
            request,
            parsers.order,
            options,
            reconcile=by_unique_key(
                request, facts.CREATE_ORDER, find=list_orders.build_request
            ),
            unsafe_hint="pass client_reference_id to make orders.create retry-safe",
        )

    @operation
    def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Call[Order]:
        """Retrieve an order.

        Returns one order. An unknown id answers 404 `Order with id {id} not found.`. Secret keys
        only.

        Args:
            id: The order's `ord_` id.
            expand: Orders: `organization`, `customer`, `paymentGroup` (where the creator's share
                code is), `organization.brandSettings`, `organization.paymentGroupSettings`. The
                rules of `expand[]` on groups apply.
        """
        id = params.path(id, "id")
        request = get_order.build_request(id, expand=params.expand(expand, facts.ORDER))
        return Call(request, parsers.order, options)

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
    ) -> ListCall[Order]:
        """List orders.

        Returns one page of the organization's orders in the key's mode. Public keys are refused
        (401).

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
            expand: Orders: `organization`, `customer`, `paymentGroup` (where the creator's share
                code is), `organization.brandSettings`, `organization.paymentGroupSettings`. The
                rules of `expand[]` on groups apply.
        """
        page = functools.partial(
            list_orders.build_request,
            take=take,
            order_by=params.order_by(order_by, facts.ORDER),
            search=params.search(search, facts.ORDER),
            expand=params.expand(expand, facts.ORDER),
        )
        return ListCall(page, parsers.order_list, skip, options)
