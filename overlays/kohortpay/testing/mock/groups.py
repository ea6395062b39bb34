"""Referral groups: creation, codes, validation, joining, cancel/expire, completion and cashback.

Reference §8.3–§8.7. The same handlers serve `/groups` and `/payment-groups`.
"""

from __future__ import annotations

import datetime as dt
import secrets
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

from . import customers
from .context import Call, public
from .errors import bad_request, not_found
from .expand import present
from .listing import page
from .state import Record, State, new_id
from .webhooks import Webhooks

MIN_DURATION = dt.timedelta(minutes=1)
MAX_DURATION = dt.timedelta(days=90)
SHORT_GROUP = dt.timedelta(days=7)
# Reminders fall at 08:00 shop time; the reference leaves the zone open, KohortPay is French.
REMINDER_ZONE = ZoneInfo("Europe/Paris")
# The completion job runs every minute: a group is processed at most a minute after it expires.
JOB_DELAY = dt.timedelta(minutes=1)
AMBASSADOR_LEVEL = {"value": 20}


# ------------------------------------------------------------------ lookups
def find(call: Call, id_or_code: str) -> Record | None:
    group = call.store.get("group", call.scope, id_or_code)
    return group or call.store.find("group", call.scope, shareId=id_or_code)


def get(call: Call, id_or_code: str, message: str | None = None) -> Record:
    group = find(call, id_or_code)
    if group is None:
        raise not_found(message or f"Group with id {id_or_code} not found.")
    return group


def settings_of(state: State, group: Record) -> Record:
    return state.store.objects["settings"][group["_settingsId"]]


def participants(state: State, group: Record) -> tuple[list[Record], list[Record]]:
    """The group's orders and payment intents, creator included, in joining order."""
    scope = (group["organizationId"], group["livemode"])
    orders = [o for o in state.store.all("order", scope) if o["paymentGroupId"] == group["id"]]
    intents = [p for p in state.store.all("payment_intent", scope) if p["paymentGroupId"] == group["id"]]
    return sorted(orders, key=lambda r: r["_seq"]), sorted(intents, key=lambda r: r["_seq"])


def participant_count(state: State, group: Record) -> int:
    orders, intents = participants(state, group)
    return len(orders) + len(intents)


def level_for(settings: Record, count: int) -> Record | None:
    """The highest level whose `participantsToUnlock` is at most `count`."""
    reached = [lv for lv in settings["discountLevels"] if lv["participantsToUnlock"] <= count]
    return max(reached, key=lambda lv: lv["participantsToUnlock"], default=None)


# ----------------------------------------------------------------- creation
def _share_code(call: Call) -> str:
    while True:
        code = "KHT-" + ("" if call.principal.livemode else "test-") + secrets.token_hex(4).upper()
        if not call.store.any_with("group", shareId=code):
            return code


def _at_eight(moment: dt.datetime) -> dt.datetime:
    local = moment.astimezone(REMINDER_ZONE).replace(hour=8, minute=0, second=0, microsecond=0)
    return local.astimezone(dt.UTC)


def new(call: Call, customer: Record, expires_at: dt.datetime | None = None, metadata: Any = None) -> Record:
    """Create an OPEN group with `customer` as creator; the caller links the first participant."""
    template = call.settings()
    expires_at = expires_at or call.now + dt.timedelta(minutes=template["minutesDuration"])
    duration = expires_at - call.now
    short = duration <= SHORT_GROUP
    group_id = new_id("pg")
    settings_id = new_id("pgset")
    copy = {
        **template,
        "id": settings_id,
        "organizationId": None,
        "paymentGroupId": group_id,
        "discountLevels": [
            {**level, "id": new_id("dlev"), "paymentGroupSettingsId": settings_id, "createdAt": call.now}
            for level in template["discountLevels"]
        ],
        "createdAt": call.now,
        "updatedAt": call.now,
    }
    call.store.objects.setdefault("settings", {})[settings_id] = copy
    group = {
        "id": group_id,
        "shareId": _share_code(call),
        "customerId": customer["id"],
        "creatorEmail": customer["emailAddress"],
        "status": "OPEN",
        "metadata": metadata,
        "expiresAt": expires_at,
        "midExpireAt": call.now + duration / 2 if short else None,
        "jMinus2ExpireAt": None if short else _at_eight(expires_at - dt.timedelta(days=5)),
        "jPlus3StartAt": None if short else _at_eight(call.now + dt.timedelta(days=7)),
        "reminderEmailSent": "NOT_SENT",
        **call.stamp(),
        "canceledAt": None,
        "completedAt": None,
        "_settingsId": settings_id,
    }
    call.store.add("group", group)
    call.emit("payment_group.created", group)
    return group


def create(call: Call) -> Record:
    body = call.body
    customer = customers.get(call, body["customerId"])
    expires_at = body.get("expiresAt")
    if expires_at is not None and not call.now + MIN_DURATION <= expires_at <= call.now + MAX_DURATION:
        raise bad_request(["expiresAt must be between now + 1 minute and now + 90 days"])
    founder = _founder(call)
    group = new(call, customer, expires_at, body.get("metadata"))
    founder["paymentGroupId"] = group["id"]
    call.touch(founder)
    return group


def _founder(call: Call) -> Record:
    """The order or payment intent that founds a group created through the API."""
    if "orderId" in call.body:
        kind, object_id, label = "order", call.body["orderId"], "Order"
    else:
        kind, object_id, label = "payment_intent", call.body["paymentIntentId"], "PaymentIntent"
    record = call.store.get(kind, call.scope, object_id)
    if record is None:
        raise not_found(f"{label} with id {object_id} not found.")
    return record  # like the server, a founder that is already in a group moves to the new one


# --------------------------------------------------------------- validation
def check_code(call: Call, code: str, email: str | None, amount: int | None) -> Record | None:
    """Run the validate checks in the server's order; the group for a group code, None for an ambassador."""
    if code.startswith("KHTAMB"):
        return None
    if not code.startswith("KHT"):
        raise not_found("Code not found.")
    group = call.store.find("group", call.scope, shareId=code)
    if group is None:
        raise not_found(f"Group {code} not found.", "NOT_FOUND")
    if group["status"] != "OPEN" or group["expiresAt"] < call.now:
        raise bad_request(f"Group {code} is already canceled, expired or completed.", "COMPLETED_EXPIRED_CANCELED")
    settings = settings_of(call.state, group)
    if participant_count(call.state, group) >= settings["maxParticipants"]:
        raise bad_request(f"Maximum number of participants reached for group {code}.", "MAX_PARTICIPANTS_REACHED")
    if email is not None and email in _emails(call.state, group):
        raise bad_request(f"Customer {email} is already in group {code}.", "EMAIL_ALREADY_USED")
    if amount is not None and amount < settings["minPurchaseValue"]:
        minimum = settings["minPurchaseValue"]
        raise bad_request(f"Amount {amount} is below the minimum purchase value of {minimum}.", "AMOUNT_TOO_LOW")
    return group


def _emails(state: State, group: Record) -> set[str]:
    orders, intents = participants(state, group)
    return {group["creatorEmail"], *(r["customerEmail"] for r in (*orders, *intents))} - {None}


def validate(call: Call) -> dict[str, Any]:
    group = check_code(call, call.id, call.body.get("customerEmail"), call.body.get("amount"))
    if group is None:
        return {"currentDiscountLevel": AMBASSADOR_LEVEL}
    settings = settings_of(call.state, group)
    joiners = max(participant_count(call.state, group) + 1, 2)
    level = level_for(settings, joiners)
    _, intents = participants(call.state, group)
    return {
        **{k: v for k, v in public(settings).items() if k != "organizationId"},
        **_with_customer(call, group),
        "paymentIntents": [_with_customer(call, intent) for intent in intents],
        "paymentGroupId": group["id"],
        "currentDiscountLevel": level,
    }


def _with_customer(call: Call, record: Record) -> Record:
    """The record with its customer inlined, when it has one (the key is absent otherwise)."""
    customer = call.store.objects.get("customer", {}).get(record["customerId"] or "")
    return public(record) | ({"customer": public(customer)} if customer else {})


def join(call: Call, group: Record, participant: Record) -> None:
    participant["paymentGroupId"] = group["id"]
    call.touch(group)
    call.emit("payment_group.joined", group)


# ------------------------------------------------------------ state machine
def cancel(call: Call) -> Record:
    group = get(call, call.id)
    if group["status"] != "OPEN" or group["expiresAt"] <= call.now or participant_count(call.state, group) > 1:
        raise bad_request(
            f"Group {group['shareId']} is not cancelable: it must be open, not expired, with 1 participant."
        )
    group.update(status="CANCELED", canceledAt=call.now)
    call.touch(group)
    return group


def expire(call: Call) -> Record:
    group = get(call, call.id)
    if group["status"] != "OPEN":
        raise bad_request(f"Group {group['shareId']} is not expirable: its status is {group['status']}.")
    if group["expiresAt"] > call.now:
        raise bad_request(f"Group {group['shareId']} is not expirable: it is still in progress.")
    if participant_count(call.state, group) > 1:
        raise bad_request(f"Group {group['shareId']} is not expirable: it has more than 1 participant.")
    group["status"] = "EXPIRED"
    call.touch(group)
    call.emit("payment_group.expired", group)
    return group


def complete_due_groups(state: State, webhooks: Webhooks, now: dt.datetime) -> None:
    """The completion job: OPEN groups a minute past expiry complete (2+ participants) or expire."""
    for group in list(state.store.objects.get("group", {}).values()):
        if group["status"] == "OPEN" and group["expiresAt"] + JOB_DELAY <= now:
            _finish(state, webhooks, group, group["expiresAt"] + JOB_DELAY)


def _finish(state: State, webhooks: Webhooks, group: Record, when: dt.datetime) -> None:
    scope = (group["organizationId"], group["livemode"])
    orders, intents = participants(state, group)
    group["updatedAt"] = when
    if len(orders) + len(intents) < 2:
        group["status"] = "EXPIRED"
        webhooks.emit("payment_group.expired", group, *scope)
        return
    settings = settings_of(state, group)
    level = level_for(settings, len(orders) + len(intents))
    group.update(status="COMPLETED", completedAt=when)
    for record, eligible, event in [
        *((o, o["status"] == "CREATED", "order.cashback_available") for o in orders),
        *((i, i["status"] == "SUCCEEDED", "payment_intent.cashback_available") for i in intents),
    ]:
        if not eligible or level is None:
            continue
        cashback = cashback_for(record["amount"], settings["discountType"], level["value"])
        record.update(status="CASHBACK_AVAILABLE", amountCashback=cashback, token=secrets.token_hex(32), updatedAt=when)
        if "amountCaptured" in record:
            record["amountCaptured"] = record["amount"] - cashback
        webhooks.emit(event, record, *scope)
    webhooks.emit("payment_group.succeeded", _succeeded_payload(state, group, settings, level, intents), *scope)


def cashback_for(amount: int, discount_type: str, value: int) -> int:
    """PERCENTAGE: `amount × value / 100` rounded half up; AMOUNT: `value` euros, at most `amount`."""
    if discount_type == "AMOUNT":
        return min(value * 100, amount)
    return int((Decimal(amount) * Decimal(value) / 100).to_integral_value(rounding=ROUND_HALF_UP))


def _succeeded_payload(
    state: State, group: Record, settings: Record, level: Record | None, intents: list[Record]
) -> Record:
    spread = {
        k: v
        for k, v in (level or {}).items()
        if k in ("level", "value", "participantsToUnlock", "paymentGroupSettingsId")
    }
    return {
        **spread,
        **public(group),
        "paymentIntents": [public(i) for i in intents],
        "paymentGroupSettings": {k: v for k, v in public(settings).items()},
    }


# ----------------------------------------------------------------- handlers
def retrieve(call: Call) -> Record:
    return present(call, "group", get(call, call.id))


def listing(call: Call) -> dict[str, Any]:
    return page(call.store.all("group", call.scope), call.query, lambda g: present(call, "group", g))


def update(call: Call) -> Record:
    group = find(call, call.id)
    if group is None:
        raise not_found("Object not found")
    for field in ("metadata", "creatorEmail"):
        if field in call.body:
            group[field] = call.body[field]
    call.touch(group)
    return group


def list_participants(call: Call) -> dict[str, Any]:
    group = get(call, call.id)
    orders, intents = participants(call.state, group)
    chosen = orders or intents
    return {"data": chosen, "count": len(chosen)}


HANDLERS: dict[str, Any] = {}
for prefix, plural in (("PaymentGroup", "PaymentGroups"), ("Group", "Groups")):
    HANDLERS |= {
        f"list{plural}": listing,
        f"create{prefix}": create,
        f"get{prefix}": retrieve,
        f"update{prefix}": update,
        f"list{prefix}Participants": list_participants,
        f"cancel{prefix}": cancel,
        f"expire{prefix}": expire,
        f"validate{prefix}": validate,
    }
