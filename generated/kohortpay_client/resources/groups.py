# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""`client.groups`: Referral groups under the current `/groups` prefix (same behaviour as `/payment-groups`)."""

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
from ..api.groups import (
    cancel_group,
    create_group,
    expire_group,
    get_group,
    list_group_participants,
    list_groups,
    update_group,
    validate_group,
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


class Groups(Resource[R]):
    """Referral groups under the current `/groups` prefix (same behaviour as `/payment-groups`)."""

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

        Creates an `OPEN` referral group whose creator is `customerId` and whose first participant
        is the given order or payment intent. Both docs mark `orderId` and `paymentIntentId` as
        required; the server requires **one of them** (`Either orderId or paymentIntentId is
        required.`); with both, the payment intent is used. `customerId` must exist in the key's
        organization and mode (404 `Customer {id} not found.`). The founder is linked without any
        check: it is not looked up in the key's organization, one that already belongs to a group is
        moved to the new one, and an id that does not exist makes the server answer 500.

        The organization's group settings for the key's mode are copied onto the group
        asynchronously (`payment_group_settings` is null for a moment). Reminder dates are computed
        by the server from the settings' duration, not from `expiresAt`: `mid_expire_at` for
        settings of 7 days or less, `j_plus3_start_at` and `j_minus2_expire_at` otherwise. A
        `midExpireAt` sent by the client is ignored.

        Seed docs mark both `orderId` and `paymentIntentId` as required (and copy the
        `paymentIntentId` description and `pi_` example onto `orderId`); the server requires one of
        the two.

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
        request = create_group.build_request(body=body)
        return Call(
            request,
            parsers.payment_group,
            options,
            unsafe_hint="payment group has no unique key: list the groups to see whether it was created",
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

        Returns one group, by `pg_` id or share code. The production server answers an unknown id
        with **200, an empty body and no `Content-Type`** (the 2023 docs declare 404); that cannot
        be described as JSON, so this document declares the documented 404, which the SDK raises in
        both cases.

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
        request = get_group.build_request(
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

        Replaces the group's `metadata` and/or `creatorEmail`, in any status. Only the `pg_` id
        works here (a share code, or an unknown id, answers 404 `Object not found`). Both docs mark
        `metadata` as required; the server requires neither field, nor a body. The server takes any
        string as `creatorEmail`; this document asks for an e-mail address.

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
        request = update_group.build_request(id, body=body)
        return Call(request, parsers.payment_group, options)

    @operation
    def participants(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> Call[ParticipantList]:
        """List a group's participants.

        Returns the group's participants, the creator included: its orders, or — when the group has
        no orders — its payment intents. Orders are looked up by `pg_` id only, so for a share code
        the server answers the payment intents (an empty page for a group of orders). An unknown id
        answers 404 `Payment group {id} not found.`. The 2023 docs declared no body.

        Args:
            id: The group's `pg_` id or its share code.
        """
        id = params.path(id, "id")
        request = list_group_participants.build_request(id)
        return Call(request, parsers.participant_list, options)

    @operation
    def cancel(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> Call[PaymentGroup]:
        """Cancel a group.

        Moves an `OPEN` group that has not reached `expires_at` and has at most one payment intent
        to `CANCELED` (orders are not counted: a group of several orders can be canceled). Otherwise
        400: `Payment group {id} is not cancelable.`, or `Payment Group {id} is not cancelable
        because it has participants.`. Documented as `200`; the server answers `201`.

        Retry-safe: a retry refused because the first attempt went through returns the CANCELED
        object.

        Args:
            id: The group's `pg_` id or its share code.
        """
        id = params.path(id, "id")
        request = cancel_group.build_request(id)
        return Call(
            request,
            parsers.payment_group,
            options,
            reconcile=by_status(get_group.build_request(id), facts.CANCEL_GROUP, id),
        )

    @operation
    def expire(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> Call[PaymentGroup]:
        """Expire a group.

        Moves an `OPEN` group whose `expires_at` has passed and which has at most one order and at
        most one payment intent to `EXPIRED` (`canceled_at` stays null). Otherwise 400: `Payment
        group {id} is already canceled, expired or completed.`, `Payment group {id} is still in
        progress.`, or `Payment Group {id} cannot be expired because it has participants.`; an
        unknown id answers 404 `Payment Group {id} not found.`. The server's job also completes or
        expires every open group within a minute of `expires_at`. Documented as `200`; the server
        answers `201`.

        Retry-safe: a retry refused because the first attempt went through returns the EXPIRED
        object.

        Args:
            id: The group's `pg_` id or its share code.
        """
        id = params.path(id, "id")
        request = expire_group.build_request(id)
        return Call(
            request,
            parsers.payment_group,
            options,
            reconcile=by_status(get_group.build_request(id), facts.EXPIRE_GROUP, id),
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

        Checks whether a shopper may join the group behind a share code (`id` is the code, not the
        `pg_` id), without side effects. Checks run in order: unknown code (404 `NOT_FOUND`), group
        not open or past expiry (`COMPLETED_EXPIRED_CANCELED`), settings not copied yet (404, right
        after the group was created), group full (`MAX_PARTICIPANTS_REACHED`), e-mail already used
        by one of the group's payment intents (`EMAIL_ALREADY_USED`), `amount` below the minimum
        purchase value (`AMOUNT_TOO_LOW`). The full and e-mail checks, and `current_discount_level`
        (the level of the group's payment intents plus the new shopper), count **payment intents
        only**: for a group of orders they never fire, and the creator's own e-mail passes. The code
        is looked up in every organization and mode. An ambassador code (`KHTAMB-…`) answers only
        `current_discount_level` (404 `Ambassador with referral code {code} not found.` for an
        unknown one); a code that starts with neither `KHT` nor `KHTAMB` answers 404 `Code not
        found.`. The body is optional and may be sent without a `Content-Type`. The 2024 docs
        declare `CreatePaymentGroupDto` as the body, `PaymentGroupDto` as the result and `200` as
        the status; the server takes `{customerEmail, amount}` and answers `201` with the merged
        group, settings and `current_discount_level`.

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
        request = validate_group.build_request(code, body=body)
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

        Returns one page of the referral groups of the key's organization and mode. The 2024 docs
        declared an empty-object body.

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
            list_groups.build_request,
            take=take,
            order_by=params.order_by(order_by, facts.PAYMENT_GROUP),
            search=params.search(search, facts.PAYMENT_GROUP),
            expand=params.expand(expand, facts.PAYMENT_GROUP),
        )
        return ListCall(page, parsers.payment_group_list, skip, options)
