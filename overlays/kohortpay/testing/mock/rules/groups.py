"""Referral groups: creation, codes, validation, joining, cancel/expire, completion and cashback.

As the reference server does it (payment-groups/payment-groups.service.ts and its listeners). The
same rules serve `/groups` and `/payment-groups`. Codes are looked up in every organization and
mode, like the server; a new group gets its copy of the settings just after the answer.
"""

from __future__ import annotations

import datetime as dt
import math
import secrets
from typing import Any, TypeVar, cast
from zoneinfo import ZoneInfo

from kohortpay_client import facts, records

from ..core.errors import NO_CODE, ApiError, bad_request, crash, not_found
from ..core.records import build
from ..core.state import State, new_id
from ..core.webhooks import Webhooks
from . import customers
from .call import Call
from .expand import present
from .listing import page
from .registry import rule

F = TypeVar("F", bound=str)
Group = records.PaymentGroup
Settings = records.PaymentGroupSettings
Level = records.DiscountLevel
Participant = records.Order | records.PaymentIntent

SHORT_GROUP_MINUTES = 7 * 24 * 60
# Reminders fall at 08:00 shop time; the server uses its own time zone, KohortPay is French.
REMINDER_ZONE = ZoneInfo("Europe/Paris")
# The completion job runs every minute: a group is processed at most a minute after it expires.
JOB_DELAY = dt.timedelta(minutes=1)
# The participants that get a cashback: paid, and not already paid back.
PAYABLE: tuple[records.OrderStatus | records.PaymentIntentStatus, ...] = ("CREATED", "SUCCEEDED")
# Platform fee on a joining purchase: 10 % of the amount, plus 20 % VAT on the fee (orders.service.ts).
FEE_PERCENT, VAT_RATE = 10, 0.2


# ------------------------------------------------------------------ lookups
def find(call: Call[Any], id_or_code: str) -> Group | None:
    group = call.store.get(facts.PAYMENT_GROUP, call.scope, id_or_code)
    return group or call.store.find(facts.PAYMENT_GROUP, call.scope, "shareId", id_or_code)


def by_code(state: State, code: str) -> Group | None:
    """A group by share code, in any organization and mode (the server does not scope this)."""
    return state.store.find(facts.PAYMENT_GROUP, None, "shareId", code)


def settings_of(state: State, group: Group) -> Settings | None:
    """The group's copy of the settings, or None while the server has not copied them yet."""
    return state.store.find(facts.PAYMENT_GROUP_SETTINGS, None, "paymentGroupId", group["id"])


def participants(state: State, group: Group) -> tuple[list[records.Order], list[records.PaymentIntent]]:
    """The group's orders and payment intents, creator included, in joining order: whatever their
    organization and mode (a group created through the API can be founded by another's order)."""
    orders = state.store.with_value(facts.ORDER, None, "paymentGroupId", group["id"])
    return orders, state.store.with_value(facts.PAYMENT_INTENT, None, "paymentGroupId", group["id"])


def counted(call: Call[Any], group: Group) -> list[Participant]:
    """The participants the server counts in a group's checks: its payment intents only."""
    orders, intents = participants(call.state, group)
    return [*intents] if not orders or call.quirk("counts-payment-intents-only") else [*orders, *intents]


def level_for(state: State, settings: Settings, count: int) -> Level | None:
    """The server's pick: the last level (in stored order) that `count` participants unlock; one counts as two."""
    count = max(count, 2) if count == 1 else count
    return next((lv for lv in reversed(state.levels(settings)) if count >= lv["participantsToUnlock"]), None)


def fee(amount: int) -> int:
    fee_without_vat = round(FEE_PERCENT * amount / 100)
    return fee_without_vat + round(fee_without_vat * VAT_RATE)


# ----------------------------------------------------------------- creation
def _share_code(call: Call[Any]) -> str:
    while True:
        code = "KHT-" + ("" if call.principal.livemode else "test-") + secrets.token_hex(4).upper()
        if call.store.find(facts.PAYMENT_GROUP, None, "shareId", code) is None:
            return code


def _at_eight(moment: dt.datetime) -> dt.datetime:
    local = moment.astimezone(REMINDER_ZONE).replace(hour=8, minute=0, second=0, microsecond=0)
    return local.astimezone(dt.UTC)


def new(
    call: Call[Any],
    customer: records.Customer,
    *,
    by: str,
    expires_at: dt.datetime | None = None,
    metadata: records.Metadata | None = None,
) -> Group:
    """An OPEN group with `customer` as creator; the caller links the first participant. Reminder
    dates follow the settings' duration (not `expires_at`); the settings are copied after the answer."""
    template = call.settings()
    expires_at = expires_at or call.now + dt.timedelta(minutes=template["minutesDuration"])
    short = template["minutesDuration"] <= SHORT_GROUP_MINUTES
    values = records.PaymentGroupValues(
        id=new_id(facts.PAYMENT_GROUP),
        shareId=_share_code(call),
        customerId=customer["id"],
        creatorEmail=customer["emailAddress"],
        status="OPEN",
        metadata=metadata,
        expiresAt=expires_at,
        midExpireAt=call.now + (expires_at - call.now) / 2 if short else None,
        jMinus2ExpireAt=None if short else _at_eight(expires_at - dt.timedelta(days=5)),
        jPlus3StartAt=None if short else _at_eight(call.now + dt.timedelta(days=7)),
        reminderEmailSent="NOT_SENT",
    )
    group = call.create(facts.PAYMENT_GROUP, values, by=by)
    call.state.schedule(expires_at + JOB_DELAY, group)
    call.emit("payment_group.created", group)
    call.after_answer(lambda: _copy_settings(call, group, template))
    return group


def _copy_settings(call: Call[Any], group: Group, template: Settings) -> None:
    """The group's own copy of the organization's settings and their levels (of no organization)."""
    copy: records.PaymentGroupSettingsValues = {
        **template,
        **call.stamp(),
        "id": new_id(facts.PAYMENT_GROUP_SETTINGS),
        "organizationId": None,
        "paymentGroupId": group["id"],
        "livemode": template["livemode"],
    }
    settings = call.store.add(facts.PAYMENT_GROUP_SETTINGS, build(facts.PAYMENT_GROUP_SETTINGS, copy))
    for level in call.state.levels(template):
        values: records.DiscountLevelValues = {
            **level,
            "id": new_id(facts.DISCOUNT_LEVEL),
            "paymentGroupSettingsId": settings["id"],
            "createdAt": call.now,
        }
        call.store.add(facts.DISCOUNT_LEVEL, build(facts.DISCOUNT_LEVEL, values))


@rule(facts.CREATE_GROUP, facts.CREATE_PAYMENT_GROUP)
def create(call: Call[records.CreatePaymentGroupParams]) -> Group:
    expires_at = call.body.get("expiresAt")
    check_expiry(call, facts.CREATE_PAYMENT_GROUP_PARAMS, "expiresAt", expires_at)
    customer_id = call.body["customerId"]
    customer = customers.get(call, customer_id, f"Customer {customer_id} not found.")
    founder = _founder(call)
    group = new(call, customer, by="system", expires_at=expires_at, metadata=call.body.get("metadata"))
    founder["paymentGroupId"] = group["id"]  # a founder already in a group moves; its author stays (a `connect`)
    return group


def check_expiry(call: Call[Any], body: facts.ObjectSchema[Any, F], field: F, when: dt.datetime | None) -> None:
    """The server's bounds on a date of the body (its `from-now` window), with its messages."""
    shortest, longest = (dt.timedelta(seconds=s) for s in body.from_now[field])
    if when is not None and when < call.now + shortest:
        raise bad_request([f"minimal allowed date for {field} is {js_date(call.now + shortest)}"])
    if when is not None and when > call.now + longest:
        raise bad_request([f"maximal allowed date for {field} is {js_date(call.now + longest)}"])


def js_date(when: dt.datetime) -> str:
    """A date as JavaScript's `Date.toString()` writes it on the server (UTC)."""
    return when.astimezone(dt.UTC).strftime("%a %b %d %Y %H:%M:%S GMT+0000 (Coordinated Universal Time)")


def _founder(call: Call[records.CreatePaymentGroupParams]) -> Participant:
    """The order or payment intent that founds a group created through the API (the intent wins),
    looked up in every organization, like the server's `connect`."""
    founder: Participant | None
    intent_id = call.body.get("paymentIntentId")
    if intent_id is not None:
        wanted, kind = intent_id, facts.PAYMENT_INTENT.name
        founder = call.store.by_id(facts.PAYMENT_INTENT, wanted)
    else:
        wanted, kind = call.body.get("orderId", ""), facts.ORDER.name
        founder = call.store.by_id(facts.ORDER, wanted)
    if founder is None:
        if call.quirk("crash-on-unknown-reference"):
            raise crash("crash-on-unknown-reference", "Error Type: P2018")
        raise not_found(f"{kind} {wanted} not found.")
    return founder


# --------------------------------------------------------------- validation
def check_code(call: Call[Any], code: str, email: str | None, amount: float | None = None) -> Group:
    """The server's `validate`, in its order; the group if the code can be used."""
    group = by_code(call.state, code)
    if group is None:
        call.in_flight()
        raise not_found(f"Group {code} not found.", "NOT_FOUND")
    if group["status"] != "OPEN" or group["expiresAt"] < call.now:
        raise bad_request(f"Group {code} is already canceled, expired or completed.", "COMPLETED_EXPIRED_CANCELED")
    settings = settings_of(call.state, group)
    if settings is None:
        call.in_flight()
        raise not_found(f"Group settings not found for payment group {code}.")
    members = counted(call, group)
    if len(members) >= settings["maxParticipants"]:
        raise bad_request(f"Maximum number of participants reached for group {code}.", "MAX_PARTICIPANTS_REACHED")
    emails = {_email_of(call, record) for record in members}
    founder = email == group["creatorEmail"]  # not a payment intent of the group when it founded it by order
    if email and (email in emails or (founder and not call.quirk("counts-payment-intents-only"))):
        raise bad_request(f"Customer {email} is already in group {code}.", "EMAIL_ALREADY_USED")
    if amount and amount < settings["minPurchaseValue"]:
        minimum = settings["minPurchaseValue"]
        raise bad_request(f"Amount {amount} is below the minimum purchase value of {minimum}.", "AMOUNT_TOO_LOW")
    return group


def _email_of(call: Call[Any], record: Participant) -> str | None:
    customer = call.store.by_id(facts.CUSTOMER, record["customerId"])
    return customer["emailAddress"] if customer else record["customerEmail"]


def check_any_code(call: Call[Any], code: str, email: str | None, amount: float | None = None) -> Group:
    """A code given to validate or to a checkout session: an ambassador's, a group's, or none."""
    if code.startswith("KHTAMB"):  # no ambassador exists on the mock (they are made in the dashboard)
        raise not_found(f"Ambassador with referral code {code} not found.")
    if not code.startswith("KHT"):
        raise not_found("Code not found.")
    return check_code(call, code, email, amount)


@rule(facts.VALIDATE_GROUP, facts.VALIDATE_PAYMENT_GROUP)
def validate(call: Call[records.ValidatePaymentGroupParams]) -> records.ValidatePaymentGroupResult:
    group = check_any_code(call, call.id, call.body.get("customerEmail"), call.body.get("amount"))
    settings = settings_of(call.state, group)
    assert settings is not None
    level = level_for(call.state, settings, len(counted(call, group)) + 1)
    _, intents = participants(call.state, group)
    result: dict[str, Any] = {
        **settings_payload(call.state, settings),
        **_with_customer(call, group),
        "paymentIntents": [_with_customer(call, intent) for intent in intents],
        "currentDiscountLevel": level,
    }
    return result  # type: ignore[return-value]  # the merged group and settings, as the server sends it


def _with_customer(call: Call[Any], record: Group | records.PaymentIntent) -> dict[str, Any]:
    customer = call.store.by_id(facts.CUSTOMER, record["customerId"])
    return {**record, "customer": customer}


def join(call: Call[Any], group: Group, participant: Participant) -> None:
    """Link a purchase to a group: the joined event carries the group as it was, with its settings."""
    settings = settings_of(call.state, group)
    before = {**group, "paymentGroupSettings": settings_payload(call.state, settings) if settings else None}
    participant["paymentGroupId"] = group["id"]
    call.emit("payment_group.joined", before)


def settings_payload(state: State, settings: Settings) -> dict[str, Any]:
    """Settings as the server sends them in webhooks: with their levels."""
    return {**settings, "discountLevels": state.levels(settings)}


# ------------------------------------------------------------ state machine
@rule(facts.CANCEL_GROUP, facts.CANCEL_PAYMENT_GROUP)
def cancel(call: Call[records.Empty]) -> Group:
    group = find(call, call.id)
    if group is None:
        raise not_found(f"Payment group {call.id} not found.")
    if group["status"] != "OPEN" or group["expiresAt"] < call.now:
        raise bad_request(f"Payment group {call.id} is not cancelable.")
    if len(counted(call, group)) > 1:
        raise bad_request(f"Payment Group {call.id} is not cancelable because it has participants.")
    group.update(records.PaymentGroupValues(status="CANCELED", canceledAt=call.now))
    call.touch(group)
    return group


@rule(facts.EXPIRE_GROUP, facts.EXPIRE_PAYMENT_GROUP)
def expire(call: Call[records.Empty]) -> Group:
    group = find(call, call.id)
    if group is None:
        raise not_found(f"Payment Group {call.id} not found.")
    if group["status"] != "OPEN":
        raise bad_request(f"Payment group {call.id} is already canceled, expired or completed.")
    if group["expiresAt"] > call.now:
        raise bad_request(f"Payment group {call.id} is still in progress.")
    orders, intents = participants(call.state, group)
    if len(orders) > 1 or len(intents) > 1:
        raise bad_request(f"Payment Group {call.id} cannot be expired because it has participants.")
    _expire(call.state, call.webhooks, group, call.now)
    return group


def complete_due_groups(state: State, webhooks: Webhooks, now: dt.datetime) -> None:
    """The completion job: OPEN groups a minute past expiry complete or expire, as the server's does.
    Only the groups due are visited (the open groups, by expiry: `State.due`)."""
    for group_id in state.due(now):
        group = state.store.by_id(facts.PAYMENT_GROUP, group_id)
        if group is None or group["status"] != "OPEN":
            continue
        if group["expiresAt"] + JOB_DELAY > now:  # moved later since scheduled
            state.schedule(group["expiresAt"] + JOB_DELAY, group)
        else:
            _process(state, webhooks, group, group["expiresAt"] + JOB_DELAY)


def _process(state: State, webhooks: Webhooks, group: Group, when: dt.datetime) -> None:
    """Several payment intents: complete them; else several orders: complete them; else expire.
    The level comes from the orders (or, without orders, the payment intents); a group that
    reaches no level still pays its participants a cashback of 0."""
    orders, intents = participants(state, group)
    settings = settings_of(state, group)
    if settings is None or (len(intents) < 2 and len(orders) < 2):
        _expire(state, webhooks, group, when)
        return
    level = level_for(state, settings, len(orders) or len(intents))
    value = level["value"] if level else 0
    group.update(records.PaymentGroupValues(status="COMPLETED", completedAt=when, updatedAt=when, updatedBy="system"))
    scope = (group["organizationId"], group["livemode"])
    payload = _succeeded_payload(state, group, settings, level_for(state, settings, len(intents)), intents)
    webhooks.emit("payment_group.succeeded", payload, *scope)
    if len(intents) > 1:
        for intent in intents:
            if _pays(intent, settings["discountType"], value, when):
                intent["amountCaptured"] = intent["amount"] - (intent["amountCashback"] or 0)
                webhooks.emit("payment_intent.cashback_available", intent, *scope)
    else:
        for order in orders:
            if _pays(order, settings["discountType"], value, when):
                webhooks.emit("order.cashback_available", order, *scope)


def _pays(record: Participant, discount_type: records.DiscountType, value: int, when: dt.datetime) -> bool:
    """Make a participant's cashback available (False for one that cannot get any)."""
    if record["status"] not in PAYABLE:
        return False
    cashback = cashback_for(record["amount"], discount_type, value)
    record["status"] = "CASHBACK_AVAILABLE"
    record["amountCashback"] = cashback
    record["token"] = secrets.token_hex(32)
    record["updatedAt"], record["updatedBy"] = when, "system"
    return True


def _expire(state: State, webhooks: Webhooks, group: Group, when: dt.datetime) -> None:
    group.update(records.PaymentGroupValues(status="EXPIRED", updatedAt=when, updatedBy="system"))
    webhooks.emit("payment_group.expired", group, group["organizationId"], group["livemode"])
    _, intents = participants(state, group)
    for intent in intents:  # the expired listener captures the whole amount of a lone payment intent
        if intent["status"] == "SUCCEEDED":
            intent["amountCaptured"] = intent["amount"]


def cashback_for(amount: int, discount_type: records.DiscountType, value: int) -> int:
    """PERCENTAGE: `amount × value / 100`, rounded like JavaScript's `Math.round`; AMOUNT: `value` euros
    (not capped at the amount paid)."""
    if discount_type == "AMOUNT":
        return value * 100
    return js_round(amount * value / 100)


def js_round(value: float) -> int:
    """JavaScript's `Math.round`: halves go up."""
    return math.floor(value + 0.5)


def _succeeded_payload(
    state: State, group: Group, settings: Settings, level: Level | None, intents: list[records.PaymentIntent]
) -> dict[str, Any]:
    """`{...level, ...group}` with the payment intents and the settings (a level only for payment intents)."""
    spread: dict[str, Any] = {}
    if level:
        spread = {
            "level": level["level"],
            "value": level["value"],
            "participantsToUnlock": level["participantsToUnlock"],
        }
        spread["paymentGroupSettingsId"] = settings["id"]
    return {
        **spread,
        **group,
        "paymentIntents": list(intents),
        "paymentGroupSettings": settings_payload(state, settings),
    }


# ----------------------------------------------------------------- reads
@rule(facts.GET_GROUP, facts.GET_PAYMENT_GROUP)
def retrieve(call: Call[records.Empty]) -> Group | None:
    group = find(call, call.id)
    if group is None:
        if call.quirk("empty-200-for-unknown-group"):
            return None  # 200 with an empty body
        raise not_found(f"Group with id {call.id} not found.")
    return present(call, facts.PAYMENT_GROUP, group)


@rule(facts.LIST_GROUPS, facts.LIST_PAYMENT_GROUPS)
def listing(call: Call[records.Empty]) -> records.PaymentGroupList:
    return page(call, facts.PAYMENT_GROUP)


@rule(facts.UPDATE_GROUP, facts.UPDATE_PAYMENT_GROUP)
def update(call: Call[records.UpdatePaymentGroupParams]) -> Group:
    call.storable(facts.PAYMENT_GROUP, call.body)  # refused before the group is looked up
    group = call.store.get(facts.PAYMENT_GROUP, call.scope, call.id)  # by id only, like the server
    if group is None:
        raise ApiError(404, customers.OBJECT_NOT_FOUND, NO_CODE)
    group.update(cast(records.PaymentGroupValues, call.body))  # every field of the body is the group's
    call.touch(group)
    return group


@rule(facts.LIST_GROUP_PARTICIPANTS, facts.LIST_PAYMENT_GROUP_PARTICIPANTS)
def list_participants(call: Call[records.Empty]) -> records.ParticipantList:
    """The group's orders; without any, its payment intents (newest first, like the server's lists)."""
    group = call.store.by_id(facts.PAYMENT_GROUP, call.id) or by_code(call.state, call.id)  # unscoped
    if group is None:
        raise not_found(f"Payment group {call.id} not found.")
    orders, intents = participants(call.state, group)
    if orders and group["id"] != call.id and call.quirk("orders-listed-by-group-id-only"):
        orders = []
    listed: list[Participant] = [*orders] or [*intents]
    return {"data": listed[::-1], "count": len(listed)}
