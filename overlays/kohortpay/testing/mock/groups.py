"""Referral groups: creation, codes, validation, joining, cancel/expire, completion and cashback.

As the reference server does it (payment-groups/payment-groups.service.ts and its listeners). The
same handlers serve `/groups` and `/payment-groups`. Codes are looked up in every organization and
mode, like the server; a new group gets its copy of the settings just after the answer.
"""

from __future__ import annotations

import datetime as dt
import math
import secrets
from typing import Any
from zoneinfo import ZoneInfo

from . import customers
from .context import Call, public
from .errors import NO_CODE, ApiError, bad_request, crash, not_found
from .expand import present
from .listing import page
from .records import build
from .state import Record, State, new_id
from .webhooks import Webhooks

MIN_DURATION = dt.timedelta(minutes=1)
MAX_DURATION = dt.timedelta(days=90)
SHORT_GROUP_MINUTES = 7 * 24 * 60
# Reminders fall at 08:00 shop time; the server uses its own time zone, KohortPay is French.
REMINDER_ZONE = ZoneInfo("Europe/Paris")
# The completion job runs every minute: a group is processed at most a minute after it expires.
JOB_DELAY = dt.timedelta(minutes=1)
# Platform fee on a joining purchase: 10 % of the amount, plus 20 % VAT on the fee (orders.service.ts).
FEE_PERCENT, VAT_RATE = 10, 0.2


# ------------------------------------------------------------------ lookups
def find(call: Call, id_or_code: str) -> Record | None:
    group = call.store.get("group", call.scope, id_or_code)
    return group or call.store.find("group", call.scope, shareId=id_or_code)


def by_code(state: State, code: str) -> Record | None:
    """A group by share code, in any organization and mode (the server does not scope this)."""
    return next(iter(state.store.with_value("group", None, "shareId", code)), None)


def settings_of(state: State, group: Record) -> Record | None:
    """The group's copy of the settings, or None while the server has not copied them yet."""
    return state.store.objects.get("settings", {}).get(group["_settingsId"] or "")


def participants(state: State, group: Record) -> tuple[list[Record], list[Record]]:
    """The group's orders and payment intents, creator included, in joining order."""
    scope = (group["organizationId"], group["livemode"])
    orders = state.store.with_value("order", scope, "paymentGroupId", group["id"])
    return orders, state.store.with_value("payment_intent", scope, "paymentGroupId", group["id"])


def counted(call: Call, group: Record) -> list[Record]:
    """The participants the server counts in a group's checks: its payment intents only."""
    orders, intents = participants(call.state, group)
    return intents if not orders or call.quirk("counts-payment-intents-only") else orders + intents


def level_for(settings: Record, count: int) -> Record | None:
    """The server's pick: the last level (in stored order) that `count` participants unlock; one counts as two."""
    count = max(count, 2) if count == 1 else count
    return next((lv for lv in reversed(settings["discountLevels"]) if count >= lv["participantsToUnlock"]), None)


def fee(amount: int) -> int:
    fee_without_vat = round(FEE_PERCENT * amount / 100)
    return fee_without_vat + round(fee_without_vat * VAT_RATE)


# ----------------------------------------------------------------- creation
def _share_code(call: Call) -> str:
    while True:
        code = "KHT-" + ("" if call.principal.livemode else "test-") + secrets.token_hex(4).upper()
        if not call.store.any_with("group", shareId=code):
            return code


def _at_eight(moment: dt.datetime) -> dt.datetime:
    local = moment.astimezone(REMINDER_ZONE).replace(hour=8, minute=0, second=0, microsecond=0)
    return local.astimezone(dt.UTC)


def new(
    call: Call, customer: Record, *, by: str, expires_at: dt.datetime | None = None, metadata: Any = None
) -> Record:
    """An OPEN group with `customer` as creator; the caller links the first participant. Reminder
    dates follow the settings' duration (not `expires_at`); the settings are copied after the answer."""
    template = call.settings()
    expires_at = expires_at or call.now + dt.timedelta(minutes=template["minutesDuration"])
    short = template["minutesDuration"] <= SHORT_GROUP_MINUTES
    group = build(
        "group",
        id=new_id("pg"),
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
        **call.stamp(by),
        _settingsId=None,
    )
    group = call.store.add("group", group)
    call.state.schedule_expiry(group)
    call.emit("payment_group.created", group)
    call.after_answer(lambda: _copy_settings(call, group, template))
    return group


def _copy_settings(call: Call, group: Record, template: Record) -> None:
    settings_id = new_id("pgset")
    copy = {
        **template,
        "id": settings_id,
        "organizationId": None,
        "paymentGroupId": group["id"],
        "discountLevels": [
            {**level, "id": new_id("dlev"), "paymentGroupSettingsId": settings_id, "createdAt": call.now}
            for level in template["discountLevels"]
        ],
        **{k: v for k, v in call.stamp().items() if k not in ("organizationId", "livemode")},
    }
    call.store.objects.setdefault("settings", {})[settings_id] = copy
    group["_settingsId"] = settings_id


def create(call: Call) -> Record:
    body = call.body
    expires_at = body.get("expiresAt")
    check_expiry(call, expires_at, MIN_DURATION, MAX_DURATION)
    customer = customers.get(call, body["customerId"], f"Customer {body['customerId']} not found.")
    founder = _founder(call)
    group = new(call, customer, by="system", expires_at=expires_at, metadata=body.get("metadata"))
    founder["paymentGroupId"] = group["id"]  # like the server, a founder already in a group moves
    call.touch(founder)
    return group


def check_expiry(call: Call, expires_at: dt.datetime | None, shortest: dt.timedelta, longest: dt.timedelta) -> None:
    """The server's bounds on an `expiresAt`, with its messages."""
    if expires_at is not None and expires_at < call.now + shortest:
        raise bad_request([f"minimal allowed date for expiresAt is {js_date(call.now + shortest)}"])
    if expires_at is not None and expires_at > call.now + longest:
        raise bad_request([f"maximal allowed date for expiresAt is {js_date(call.now + longest)}"])


def js_date(when: dt.datetime) -> str:
    """A date as JavaScript's `Date.toString()` writes it on the server (UTC)."""
    return when.astimezone(dt.UTC).strftime("%a %b %d %Y %H:%M:%S GMT+0000 (Coordinated Universal Time)")


def _founder(call: Call) -> Record:
    """The order or payment intent that founds a group created through the API (the intent wins),
    looked up in every organization, like the server's `connect`."""
    kind, key = ("payment_intent", "paymentIntentId") if "paymentIntentId" in call.body else ("order", "orderId")
    record = call.store.objects.get(kind, {}).get(call.body[key])
    if record is None:
        if call.quirk("crash-on-unknown-reference"):
            raise crash("crash-on-unknown-reference", "Error Type: P2018")
        raise not_found(f"{'PaymentIntent' if kind == 'payment_intent' else 'Order'} {call.body[key]} not found.")
    return record


# --------------------------------------------------------------- validation
def check_code(call: Call, code: str, email: str | None, amount: int | None = None) -> Record:
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


def _email_of(call: Call, record: Record) -> str | None:
    customer = call.store.objects.get("customer", {}).get(record.get("customerId") or "")
    return customer["emailAddress"] if customer else record.get("customerEmail")


def check_any_code(call: Call, code: str, email: str | None, amount: int | None = None) -> Record:
    """A code given to validate or to a checkout session: an ambassador's, a group's, or none."""
    if code.startswith("KHTAMB"):  # no ambassador exists on the mock (they are made in the dashboard)
        raise not_found(f"Ambassador with referral code {code} not found.")
    if not code.startswith("KHT"):
        raise not_found("Code not found.")
    return check_code(call, code, email, amount)


def validate(call: Call) -> dict[str, Any]:
    group = check_any_code(call, call.id, call.body.get("customerEmail"), call.body.get("amount"))
    settings = settings_of(call.state, group)
    assert settings is not None
    level = level_for(settings, len(counted(call, group)) + 1)
    _, intents = participants(call.state, group)
    return {
        **public(settings),
        **_with_customer(call, group),
        "paymentIntents": [_with_customer(call, intent) for intent in intents],
        "currentDiscountLevel": level,
    }


def _with_customer(call: Call, record: Record) -> Record:
    customer = call.store.objects.get("customer", {}).get(record["customerId"] or "")
    return public(record) | {"customer": public(customer) if customer else None}


def join(call: Call, group: Record, participant: Record) -> None:
    """Link a purchase to a group: the joined event carries the group as it was, with its settings."""
    settings = settings_of(call.state, group)
    before = {**public(group), "paymentGroupSettings": _settings_payload(settings) if settings else None}
    participant["paymentGroupId"] = group["id"]
    call.emit("payment_group.joined", before)


def _settings_payload(settings: Record) -> Record:
    return {**public(settings), "discountLevels": [public(level) for level in settings["discountLevels"]]}


# ------------------------------------------------------------ state machine
def cancel(call: Call) -> Record:
    group = find(call, call.id)
    if group is None:
        raise not_found(f"Payment group {call.id} not found.")
    if group["status"] != "OPEN" or group["expiresAt"] < call.now:
        raise bad_request(f"Payment group {call.id} is not cancelable.")
    if len(counted(call, group)) > 1:
        raise bad_request(f"Payment Group {call.id} is not cancelable because it has participants.")
    group.update(status="CANCELED", canceledAt=call.now)
    call.touch(group)
    return group


def expire(call: Call) -> Record:
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
    for group in state.due_groups(now - JOB_DELAY):
        _process(state, webhooks, group, group["expiresAt"] + JOB_DELAY)


def _process(state: State, webhooks: Webhooks, group: Record, when: dt.datetime) -> None:
    """Several payment intents: complete them; else several orders: complete them; else expire.
    The level comes from the orders (or, without orders, the payment intents); a group that
    reaches no level still pays its participants a cashback of 0."""
    orders, intents = participants(state, group)
    settings = settings_of(state, group)
    if settings is None or (len(intents) < 2 and len(orders) < 2):
        _expire(state, webhooks, group, when)
        return
    level = level_for(settings, len(orders) or len(intents))
    value = level["value"] if level else 0
    group.update(status="COMPLETED", completedAt=when, updatedAt=when, updatedBy="system")
    scope = (group["organizationId"], group["livemode"])
    kind, paid = ("payment_intent", intents) if len(intents) > 1 else ("order", orders)
    payload = _succeeded_payload(group, settings, level_for(settings, len(intents)), intents)
    webhooks.emit("payment_group.succeeded", payload, *scope)
    for record in paid:
        if record["status"] not in ("CREATED", "SUCCEEDED"):
            continue
        cashback = cashback_for(record["amount"], settings["discountType"], value)
        record.update(status="CASHBACK_AVAILABLE", amountCashback=cashback, token=secrets.token_hex(32))
        record.update(updatedAt=when, updatedBy="system")
        if kind == "payment_intent":
            record["amountCaptured"] = record["amount"] - cashback
        webhooks.emit(f"{kind}.cashback_available", record, *scope)


def _expire(state: State, webhooks: Webhooks, group: Record, when: dt.datetime) -> None:
    group.update(status="EXPIRED", updatedAt=when, updatedBy="system")
    webhooks.emit("payment_group.expired", group, group["organizationId"], group["livemode"])
    _, intents = participants(state, group)
    for intent in intents:  # the expired listener captures the whole amount of a lone payment intent
        if intent["status"] == "SUCCEEDED":
            intent["amountCaptured"] = intent["amount"]


def cashback_for(amount: int, discount_type: str, value: int) -> int:
    """PERCENTAGE: `amount × value / 100`, rounded like JavaScript's `Math.round`; AMOUNT: `value` euros
    (not capped at the amount paid)."""
    if discount_type == "AMOUNT":
        return value * 100
    return js_round(amount * value / 100)


def js_round(value: float) -> int:
    """JavaScript's `Math.round`: halves go up."""
    return math.floor(value + 0.5)


def _succeeded_payload(group: Record, settings: Record, level: Record | None, intents: list[Record]) -> Record:
    """`{...level, ...group}` with the payment intents and the settings (a level only for payment intents)."""
    spread = {k: v for k, v in (level or {}).items() if k in ("level", "value", "participantsToUnlock")}
    if level:
        spread["paymentGroupSettingsId"] = settings["id"]
    return {
        **spread,
        **public(group),
        "paymentIntents": [public(i) for i in intents],
        "paymentGroupSettings": _settings_payload(settings),
    }


# ----------------------------------------------------------------- handlers
def retrieve(call: Call) -> Record | None:
    group = find(call, call.id)
    if group is None:
        if call.quirk("empty-200-for-unknown-group"):
            return None  # 200 with an empty body
        raise not_found(f"Group with id {call.id} not found.")
    return present(call, "group", group)


def update(call: Call) -> Record:
    group = call.store.get("group", call.scope, call.id)  # by id only, like the server
    if group is None:
        raise ApiError(404, customers.OBJECT_NOT_FOUND, NO_CODE)
    for name in ("metadata", "creatorEmail"):
        if name in call.body:
            group[name] = call.body[name]
    call.touch(group)
    return group


def list_participants(call: Call) -> dict[str, Any]:
    """The group's orders; without any, its payment intents (newest first, like the server's lists)."""
    group = call.store.objects.get("group", {}).get(call.id) or by_code(call.state, call.id)  # unscoped
    if group is None:
        raise not_found(f"Payment group {call.id} not found.")
    orders, intents = participants(call.state, group)
    if orders and group["id"] != call.id and call.quirk("orders-listed-by-group-id-only"):
        orders = []
    listed = orders or intents
    return {"data": listed[::-1], "count": len(listed)}


HANDLERS: dict[str, Any] = {}
for prefix, plural in (("PaymentGroup", "PaymentGroups"), ("Group", "Groups")):
    HANDLERS |= {
        f"list{plural}": lambda call: page(call, "group"),
        f"create{prefix}": create,
        f"get{prefix}": retrieve,
        f"update{prefix}": update,
        f"list{prefix}Participants": list_participants,
        f"cancel{prefix}": cancel,
        f"expire{prefix}": expire,
        f"validate{prefix}": validate,
    }
