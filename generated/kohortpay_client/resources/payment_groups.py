# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""`client.payment_groups`: Referral groups under their original `/payment-groups` prefix."""

from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping, Sequence
from typing import Any, Unpack

from kohortpay import _params as params
from kohortpay._exactly_once import by_status
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
from ..api.payment_groups import (
    cancel_payment_group,
    create_payment_group,
    expire_payment_group,
    get_payment_group,
    list_payment_group_participants,
    list_payment_groups,
    update_payment_group,
    validate_payment_group,
)
from ..models import (
    CreatePaymentGroupParams,
    Metadata,
    ParticipantList,
    PaymentGroup,
    UpdatePaymentGroupParams,
    ValidatePaymentGroupParams,
    ValidatePaymentGroupResult,
)
from ..types import UNSET, Unset


class PaymentGroups(Resource[R]):
    """Referral groups under their original `/payment-groups` prefix."""

    @operation
    def create(
        self,
        *,
        customer_id: str,
        payment_intent_id: str | Unset = UNSET,
        order_id: str | Unset = UNSET,
        metadata: Metadata | Mapping[str, Any] | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Call[PaymentGroup]:
        """Create a group.

        Same as `POST /groups`, under the original prefix.

        Not retry-safe: a lost answer raises ``APIOutcomeUnknownError``.

        Args:
            customer_id: The creator; must exist in the key's organization and mode.
            payment_intent_id: The `pi_` payment intent that founds the group (generation A); it
                must exist.
            order_id: The `ord_` order that founds the group (generation B); it must exist.
            expires_at: Between now + 1 minute and now + 90 days, where the server's "now" is the
                time it started (the window is fixed at start-up). Defaults to now + the settings'
                duration.
        """
        params.require_any(
            {"order_id": order_id}, {"payment_intent_id": payment_intent_id}
        )
        body = CreatePaymentGroupParams(
            customer_id=customer_id,
            payment_intent_id=payment_intent_id,
            order_id=order_id,
            metadata=params.model(Metadata, metadata, "metadata"),
            expires_at=expires_at,
        )
        request = create_payment_group.build_request(body=body)
        return Call(
            request,
            parsers.payment_group,
            options,
            unsafe_hint="payment group has no unique key: list the payment_groups to see whether it was created",
        )

    @operation
    def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Call[PaymentGroup]:
        """Retrieve a group.

        Same as `GET /groups/{id}`, under the original prefix.

        Args:
            id: The group's `pg_` id or its share code.
            expand: Relations to inline, one per `expand[]` (a single `expand=` is refused with 400
                `expand must be an array`). A name is one of the relations listed below, or one of
                them, a dot and one of its own relations (camelCase or snake_case); deeper names and
                names the list does not start are ignored. An unknown relation after a listed one
                makes the server answer 500, and so does a parent listed before its own nested name
                (`paymentGroupSettings`, then `paymentGroupSettings.discountLevels`): send the
                nested name alone, it inlines the parent too. To-one relations are `null` when there
                is nothing to inline. Groups: `orders`, `paymentIntents`, `customer`,
                `organization`, `organization.brandSettings`, `paymentGroupSettings`,
                `paymentGroupSettings.discountLevels`.
        """
        id = params.path(id, "id")
        request = get_payment_group.build_request(
            id, expand=params.expand(expand, facts.PAYMENT_GROUP)
        )
        return Call(request, parsers.payment_group, options)

    @operation
    def update(
        self,
        id: str,
        *,
        metadata: Metadata | Mapping[str, Any] | None | Unset = UNSET,
        creator_email: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Call[PaymentGroup]:
        """Update a group.

        Same as `PATCH /groups/{id}`, under the original prefix.

        Args:
            id: The group's `pg_` id or its share code.
            creator_email: Replaces the creator's e-mail; the server checks only that it is text,
                not an address.
        """
        id = params.path(id, "id")
        body = UpdatePaymentGroupParams(
            metadata=params.model(Metadata, metadata, "metadata"),
            creator_email=creator_email,
        )
        request = update_payment_group.build_request(id, body=body)
        return Call(request, parsers.payment_group, options)

    @operation
    def participants(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> Call[ParticipantList]:
        """List a group's participants.

        Same as `GET /groups/{id}/participants`, under the original prefix.

        Args:
            id: The group's `pg_` id or its share code.
        """
        id = params.path(id, "id")
        request = list_payment_group_participants.build_request(id)
        return Call(request, parsers.participant_list, options)

    @operation
    def cancel(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> Call[PaymentGroup]:
        """Cancel a group.

        Same as `POST /groups/{id}/cancel`, under the original prefix.

        Retry-safe: a retry refused because the first attempt went through returns the CANCELED
        object.

        Args:
            id: The group's `pg_` id or its share code.
        """
        id = params.path(id, "id")
        request = cancel_payment_group.build_request(id)
        return Call(
            request,
            parsers.payment_group,
            options,
            reconcile=by_status(
                get_payment_group.build_request(id), facts.CANCEL_PAYMENT_GROUP, id
            ),
        )

    @operation
    def expire(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> Call[PaymentGroup]:
        """Expire a group.

        Same as `POST /groups/{id}/expire`, under the original prefix.

        Retry-safe: a retry refused because the first attempt went through returns the EXPIRED
        object.

        Args:
            id: The group's `pg_` id or its share code.
        """
        id = params.path(id, "id")
        request = expire_payment_group.build_request(id)
        return Call(
            request,
            parsers.payment_group,
            options,
            reconcile=by_status(
                get_payment_group.build_request(id), facts.EXPIRE_PAYMENT_GROUP, id
            ),
        )

    @operation
    def validate(
        self,
        code: str,
        *,
        customer_email: str | Unset = UNSET,
        amount: float | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Call[ValidatePaymentGroupResult]:
        """Validate a referral code.

        Same as `POST /groups/{id}/validate`, under the original prefix.

        Args:
            code: A share code: a group code (`KHT-XXXXXXXX`, `KHT-test-XXXXXXXX`, legacy
                `KHTPAY-…`) or an ambassador code (`KHTAMB-…`). Matched exactly, case-sensitive. A
                `pg_` id is not a code.
            customer_email: The shopper's e-mail, compared with the e-mails of the group's payment
                intents.
            amount: The cart total in cents, compared with the group's minimum purchase value (when
                not 0). Any JSON number (a fraction too); unlike the amounts of a purchase, text is
                not read as a number.
        """
        code = params.path(code, "code")
        body = ValidatePaymentGroupParams(customer_email=customer_email, amount=amount)
        request = validate_payment_group.build_request(code, body=body)
        return Call(
            request, parsers.validate_payment_group_result, options, repeatable=True
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
    ) -> ListCall[PaymentGroup]:
        """List groups.

        Same as `GET /groups`, under the original prefix.

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
            expand: Relations to inline, one per `expand[]` (a single `expand=` is refused with 400
                `expand must be an array`). A name is one of the relations listed below, or one of
                them, a dot and one of its own relations (camelCase or snake_case); deeper names and
                names the list does not start are ignored. An unknown relation after a listed one
                makes the server answer 500, and so does a parent listed before its own nested name
                (`paymentGroupSettings`, then `paymentGroupSettings.discountLevels`): send the
                nested name alone, it inlines the parent too. To-one relations are `null` when there
                is nothing to inline. Groups: `orders`, `paymentIntents`, `customer`,
                `organization`, `organization.brandSettings`, `paymentGroupSettings`,
                `paymentGroupSettings.discountLevels`.
        """
        page = functools.partial(
            list_payment_groups.build_request,
            take=take,
            order_by=params.order_by(order_by, facts.PAYMENT_GROUP),
            search=params.search(search, facts.PAYMENT_GROUP),
            expand=params.expand(expand, facts.PAYMENT_GROUP),
        )
        return ListCall(page, parsers.payment_group_list, skip, options)
