"""`expand[]`: inline related objects (camelCase relation names, one level of nesting; §5.3)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .context import Call, public
from .errors import crash
from .state import Record
from .wire import camel

Relation = Callable[[Call, Record], Any]


def _one(kind: str, field: str) -> Relation:
    return lambda call, record: call.store.objects.get(kind, {}).get(record.get(field) or "")


def _many(kind: str, field: str) -> Relation:
    def related(call: Call, record: Record) -> list[Record]:
        return call.store.with_value(kind, call.scope, field, record["id"])

    return related


def _organization(call: Call, record: Record) -> Record:
    organization = call.principal.organization
    return {"id": organization.id, "name": organization.name}


def _brand_settings(call: Call, organization: Record) -> Record:
    return {**organization, "brandSettings": None}


def _organization_settings(call: Call, organization: Record) -> list[Record]:
    stored = call.principal.organization.settings.values()
    return [{k: v for k, v in settings.items() if k != "discountLevels"} for settings in stored]


def _group_settings(call: Call, group: Record) -> Record | None:
    settings = call.store.objects.get("settings", {}).get(group.get("_settingsId") or "")
    return {k: v for k, v in settings.items() if k != "discountLevels"} if settings else None


def _levels(call: Call, settings: Record) -> list[Record]:
    stored = call.store.objects["settings"][settings["id"]]
    return list(stored["discountLevels"])


def _session_intent(call: Call, session: Record) -> Record | None:
    return call.store.find("payment_intent", call.scope, checkoutSessionId=session["id"])


def _code_group(call: Call, session: Record) -> Record | None:
    """A session's `paymentGroup` is the group of the code it used (the one it founded hangs off its
    payment intent)."""
    code = session.get("paymentGroupShareId")
    return call.store.find("group", call.scope, shareId=code) if code else None


# resource kind → relation name → (how to find it, kind of the related object for nesting)
RELATIONS: dict[str, dict[str, tuple[Relation, str]]] = {
    "group": {
        "orders": (_many("order", "paymentGroupId"), "order"),
        "paymentIntents": (_many("payment_intent", "paymentGroupId"), "payment_intent"),
        "customer": (_one("customer", "customerId"), "customer"),
        "organization": (_organization, "organization"),
        "paymentGroupSettings": (_group_settings, "settings"),
    },
    "checkout_session": {
        "lineItems": (lambda call, session: session["_lineItems"], "line_item"),
        "paymentIntent": (_session_intent, "payment_intent"),
        "paymentGroup": (_code_group, "group"),
        "customer": (_one("customer", "customerId"), "customer"),
        "organization": (_organization, "organization"),
    },
    "order": {
        "paymentGroup": (_one("group", "paymentGroupId"), "group"),
        "customer": (_one("customer", "customerId"), "customer"),
        "organization": (_organization, "organization"),
    },
    "payment_intent": {
        "paymentGroup": (_one("group", "paymentGroupId"), "group"),
        "customer": (_one("customer", "customerId"), "customer"),
        "checkoutSession": (_one("checkout_session", "checkoutSessionId"), "checkout_session"),
        "organization": (_organization, "organization"),
    },
    "customer": {
        "checkoutSessions": (_many("checkout_session", "customerId"), "checkout_session"),
        "organization": (_organization, "organization"),
    },
    "settings": {"discountLevels": (_levels, "level")},
    "organization": {
        "brandSettings": (_brand_settings, "organization"),
        "paymentGroupSettings": (_organization_settings, "settings"),
    },
}


# The names each resource's `expand[]` accepts as a first segment (the server's relation lists,
# common/constants/database-relation-fields.constants.ts); `address` is listed but is no relation.
ROOTS: dict[str, frozenset[str]] = {
    "group": frozenset({"orders", "organization", "customer", "paymentIntents", "paymentGroupSettings"}),
    "payment_intent": frozenset({"organization", "customer", "checkoutSession", "paymentGroup"}),
    "customer": frozenset({"organization", "checkoutSessions", "address"}),
    "checkout_session": frozenset({"organization", "customer", "lineItems", "paymentIntent", "paymentGroup"}),
    "order": frozenset({"organization", "customer", "paymentGroup"}),
}


def present(call: Call, kind: str, record: Record) -> Record:
    """A copy of `record` with the relations asked for in `expand[]` (see `check_expand`)."""
    return _expand(call, kind, record, check_expand(call, kind))


def check_expand(call: Call, kind: str) -> dict[str, list[str]]:
    """The relations `expand[]` asks for, read like the server reads them: camelCase or snake_case,
    a listed relation and at most one nested one; other names are ignored. What the server's
    database layer refuses (no such relation, or a parent before its own nested name) answers 500
    with the `crash-on-list-queries` quirk, and is ignored without it."""
    wanted: dict[str, list[str]] = {}
    for name in call.query.get("expand", []):
        parts = camel(name).split(".")
        if parts[0] not in ROOTS.get(kind, ()) or len(parts) > 2:
            continue
        nested = wanted.get(parts[0])
        if len(parts) == 2 and nested == [] and parts[0] in wanted and _refused(call):
            continue  # `parent`, then `parent.child`: a TypeError on the server
        if len(parts) == 1 and parts[0] in wanted:
            wanted[parts[0]] = []  # `parent.child`, then `parent`: the child is dropped
            continue
        wanted.setdefault(parts[0], [])
        if len(parts) == 2:
            wanted[parts[0]].append(parts[1])
    for head, nested in list(wanted.items()):
        relations = RELATIONS.get(kind, {})
        if head not in relations or any(child not in RELATIONS.get(relations[head][1], {}) for child in nested):
            _refused(call)
            wanted.pop(head)
    return wanted


def _refused(call: Call) -> bool:
    """An `expand[]` the server's database layer refuses: its 500, or (without the quirk) ignored."""
    if call.quirk("crash-on-list-queries"):
        raise crash("crash-on-list-queries")
    return True


def _expand(call: Call, kind: str, stored: Record, wanted: dict[str, list[str]]) -> Record:
    """Relations are looked up on the stored record; the result is its public copy."""
    result = public(stored)
    for name, nested in wanted.items():
        if name not in RELATIONS.get(kind, {}):
            continue
        find, related_kind = RELATIONS[kind][name]
        value = find(call, stored)
        if name == "brandSettings":  # a field of the organization itself
            result.update(value)
            continue
        inner: dict[str, list[str]] = {sub: [] for sub in nested}
        if isinstance(value, list):
            result[name] = [_expand(call, related_kind, v, inner) for v in value]
        else:  # a to-one relation with nothing to inline is sent as null, like the server does
            result[name] = None if value is None else _expand(call, related_kind, value, inner)
    return result
