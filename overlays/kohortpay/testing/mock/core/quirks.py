"""The reference server's quirks, which the mock reproduces by default, and how to turn them off.

A quirk is a behaviour of KohortPay's own server (its NestJS source of January 2025) that looks
like a bug, or that a test would rather not depend on: a 500 on a plausible input, a rule that
counts only payment intents, work done after answering. The mock does what the server does, so
that a service's tests fail where production would; every response shaped by a quirk carries
``KohortPay-Mock-Quirk: <name>``. ``MockServer(quirks=False)`` (``kohortpay-mock --no-quirks``,
``--kohortpay-no-quirks``) gives the cleaned-up contract instead, and ``quirks={"name": False}``
(``--without-quirk name``) turns off one at a time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

# The deepest JSON body the server stores: metadata holding 123 nested objects passes, 124 answer 500
# and store nothing (observed on the reference server); its parser fails on much deeper bodies.
MAX_JSON_DEPTH = 124

QUIRK_HEADER = "KohortPay-Mock-Quirk"


@dataclass(frozen=True)
class Quirk:
    name: str
    server: str  # what the reference server does
    without: str  # what the mock does when the quirk is off
    evidence: str  # where in the server's source, or how it was observed


QUIRKS = {
    quirk.name: quirk
    for quirk in (
        Quirk(
            "async-side-effects",
            "Links the group a checkout session (or payment intent) founds or joins, completes the session and "
            "copies a new group's settings just after answering (the mock: 0.1 s later, or at `settle()`); until "
            "then the group is not on the payment intent and validating a new group's code answers 404.",
            "Does all of it before answering.",
            "payment-intents/listeners/payment-intent.listener.ts, payment-groups/listeners/payment-group.listener.ts",
        ),
        Quirk(
            "crash-on-missing-names",
            "Answers 500 to an order or checkout session named by e-mail without both names (after storing the "
            "session), and to a checkout session with neither e-mail nor customerId.",
            "400 with the spec's message.",
            "orders/orders.service.ts:646-689, payment-intents/payment-intents.service.ts:1459-1467",
        ),
        Quirk(
            "optional-nulls",
            "Lets `null` through validation for every optional field (class-validator's `@IsOptional()`): it "
            "is stored where the column can hold it (`metadata`, names, references), and answers 500 where it "
            "cannot (`locale`, a customer's new `emailAddress`), keeping what it stored before.",
            "400 for a null the spec does not allow.",
            "class-validator IsOptional; customers.service.ts:47-56, orders.service.ts:167-178; observed",
        ),
        Quirk(
            "javascript-numbers",
            "Reads integer fields and `take`/`skip` with JavaScript's `Number()`, and its database drops the "
            'fraction: `true` is 1, `"10.9"` is stored as 10, a blank `skip` is 0, `take=1e1` is 10, '
            "`take=0x10` is 16 and `take=0.5` lists nothing.",
            "400 unless the value is a whole number (text holding a decimal integer still counts).",
            "class-transformer @Type(() => Number), Prisma Int columns; observed",
        ),
        Quirk(
            "crash-on-deep-json",
            f"Answers 500 (and stores nothing) to a JSON body nested more than {MAX_JSON_DEPTH} levels deep, "
            "e.g. metadata holding 124 nested objects.",
            f"400 `body must not be nested more than {MAX_JSON_DEPTH} levels deep`.",
            "observed (deepest metadata stored: 123 nested objects; the server's storage or parser fails beyond)",
        ),
        Quirk(
            "array-body-as-empty-object",
            "Reads a JSON array sent as a body (`[]`, `[{…}]`) as an empty object: every field is missing.",
            "400 `body must be a JSON object`.",
            "class-transformer's plainToInstance of an array; observed",
        ),
        Quirk(
            "crash-on-large-body",
            "Answers 500 (and stores nothing) to a body above its parser's 100 KiB limit.",
            "413 `Request body larger than 102400 bytes.`",
            "main.ts (Express's body parser, default limit), the exception filter; observed",
        ),
        Quirk(
            "crash-on-unstorable-text",
            "Answers 500 to text its database cannot hold: a NUL character in a text field, an unpaired "
            "surrogate (`\\ud800`) anywhere, metadata included (in an e-mail its validator already fails on "
            "it). What it stored before stays.",
            "400 `<field> must not hold NUL characters or unpaired surrogates`.",
            "PostgreSQL text and json columns; observed",
        ),
        Quirk(
            "crash-on-int32-overflow",
            "Answers 500 `Error Type: P2020` to an amount, price or quantity above 2^31 − 1.",
            "400 `… must not be greater than 2147483647`.",
            "prisma/schema.prisma: the columns are int4",
        ),
        Quirk(
            "crash-on-unvalidated-line-items",
            "Validates nothing inside a line item: a missing name, price or quantity, an unknown type or key "
            "answers 500.",
            "400 naming the line item's field.",
            "checkout-sessions/dto/create-checkout-session.dto.ts:59-62 (no @ValidateNested)",
        ),
        Quirk(
            "crash-on-unknown-reference",
            "Answers 500 (`Error Type: P2003`, `P2018`) when an id it stores without looking up does not exist: "
            "a checkout session's customerId, an empty paymentGroupShareId, a payment intent's session given as "
            "its share id or with a customerId, a group's founding order or payment intent.",
            "404 naming the missing object, 400 for an empty code.",
            "checkout-sessions.service.ts:143-170, payment-intents.service.ts:128-141, "
            "payment-groups.service.ts:182-213",
        ),
        Quirk(
            "crash-on-list-queries",
            "Answers 500 to a negative `skip` (or one `Number()` rounds to 2^63), to a `search` value outside "
            "the field's enum, `=`, `~` on a field that is not text or a stray `%`, and to "
            "`expand[]=<relation>.<unknown>`.",
            "400 for the paging values; the `search` condition or `expand[]` name is ignored.",
            "common/endpoint-features/search.ts, expand.ts, common/dto/query.dto.ts",
        ),
        Quirk(
            "crash-on-payment-intent-without-shopper",
            "Answers 500 to a payment intent without customerId for a checkout session that has no shopper's "
            "e-mail and names.",
            "404 `CheckoutSession … has no customer.`",
            "payment-intents/payment-intents.service.ts:1459-1467",
        ),
        Quirk(
            "empty-200-for-unknown-group",
            "Answers an unknown group id or code with 200, an empty body and no Content-Type.",
            "404 `Group with id … not found.` (the spec's answer).",
            "payment-groups.controller.ts findOne; observed",
        ),
        Quirk(
            "customer-delete-refused",
            "Refuses to delete any existing customer: 400 `Customer with id … is already deleted.`",
            "Soft-deletes the customer (the documented answer); a second delete answers 400.",
            "customers/customers.service.ts:231-250",
        ),
        Quirk(
            "counts-payment-intents-only",
            "Counts only a group's payment intents when it checks a code (full group, e-mail already used), "
            "computes the discount of a new participant, and cancels a group; the creator's own e-mail passes.",
            "Counts orders and payment intents, and the creator's e-mail, everywhere.",
            "payment-groups/payment-groups.service.ts:795-844 and 1091-1133",
        ),
        Quirk(
            "full-group-founds-new-group",
            "Makes an order that joins a full group of orders found a new group instead, and answers 201.",
            "400 `MAX_PARTICIPANTS_REACHED`.",
            "orders/orders.service.ts:416-430",
        ),
        Quirk(
            "blocked-customer-by-id-passes",
            "Checks whether an order's customer is blocked only when the order names it by e-mail.",
            "400 `CUSTOMER_BLOCKED` whichever way the customer is named.",
            "customers/customers.service.ts:205-228",
        ),
        Quirk(
            "ambassador-code-on-orders-not-found",
            "Looks an order's `KHTAMB-…` (ambassador) code up as a group code: 404 `Group KHTAMB-… not found.`",
            "Accepts the ambassador code and founds a new group.",
            "orders/orders.service.ts:152-158",
        ),
        Quirk(
            "orders-listed-by-group-id-only",
            "Lists a group's orders as its participants only when the group is named by its `pg_` id; named by "
            "its share code, it lists the group's payment intents (none for a group of orders).",
            "Lists the orders whichever way the group is named.",
            "payment-groups.controller.ts participants, orders/orders.service.ts findAllByPaymentGroup; observed",
        ),
        Quirk(
            "payment-intent-cancel-not-routed",
            "No longer routes `POST /payment-intents/{id}/cancel`: 404 `Cannot POST …`.",
            "Cancels a payment intent that has not succeeded (the 2023 documented operation).",
            "payment-intents/payment-intents.controller.ts:29-81",
        ),
        Quirk(
            "undeclared-method-404",
            "Answers a method a path does not declare with 404 `Cannot <METHOD> <path>`.",
            "405 with an `Allow` header.",
            "Express's default handler; observed",
        ),
        Quirk(
            "basic-auth-password-foo",
            "Accepts HTTP Basic credentials only with the literal password `foo` (404 `Organization not found…` "
            "for any other, 401 without a colon).",
            "Any password.",
            "auth/basic-auth.strategy.ts:30-36, auth/auth.service.ts:58",
        ),
    )
}


class Behaviour:
    """How the mock behaves: which quirks it reproduces, and whether it honours `Idempotency-Key`."""

    def __init__(self, quirks: bool | Mapping[str, bool] = True, *, idempotency: bool = False) -> None:
        if isinstance(quirks, bool):
            enabled = set(QUIRKS) if quirks else set()
        else:
            unknown = set(quirks) - set(QUIRKS)
            if unknown:
                raise ValueError(f"unknown quirks {sorted(unknown)}; the quirks are {sorted(QUIRKS)}")
            enabled = {name for name in QUIRKS if quirks.get(name, True)}
        self.quirks = frozenset(enabled)
        self.idempotency = idempotency

    def __contains__(self, quirk: str) -> bool:
        assert quirk in QUIRKS, quirk
        return quirk in self.quirks

    def describe(self) -> dict[str, object]:
        return {
            "idempotency": self.idempotency,
            "quirks": [
                {"name": q.name, "enabled": q.name in self.quirks, "server": q.server, "without": q.without}
                for q in QUIRKS.values()
            ],
        }

    def __repr__(self) -> str:
        off = sorted(set(QUIRKS) - self.quirks)
        return f"Behaviour(quirks off: {off or 'none'}, idempotency={self.idempotency})"
