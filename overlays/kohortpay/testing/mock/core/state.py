"""Everything the mock remembers: organizations and their keys, records, the test clock, and the work
scheduled after an answer or at a time."""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import random
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from kohortpay_client import facts, records

from .errors import ApiError
from .records import build
from .store import Scope, Store
from .validation import default_validator

KeyType = Literal["SECRET", "PUBLIC"]

# Organization group settings when provisioned (reference §8.2).
DEFAULT_LEVELS = [
    {"level": 1, "participants_to_unlock": 2, "value": 5},
    {"level": 2, "participants_to_unlock": 5, "value": 10},
    {"level": 3, "participants_to_unlock": 10, "value": 15},
]
DEFAULT_MINUTES = {False: 10, True: 129600}  # test groups last 10 minutes, live ones 90 days
DEFAULT_ORGANIZATION_SEED = "kohortpay-mock-default-organization"
# Seconds after an answer when the server's event listeners have usually done their work.
ASYNC_DELAY = 0.1


_ids = random.Random(secrets.token_bytes(16))  # ids need not be secret: a system call each costs more


def new_id(schema: facts.ObjectSchema[Any, Any] | str) -> str:
    """A new id: the schema's prefix (its id's `pattern`), or a prefix of the mock's own, and 14 hex."""
    prefix = schema if isinstance(schema, str) else str(schema.prefix).removesuffix("_")
    return f"{prefix}_{_ids.getrandbits(56):014x}"


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Clock:
    """Wall-clock time shifted by an offset that tests move forward (or set)."""

    def __init__(self) -> None:
        self.offset = dt.timedelta()

    def now(self) -> dt.datetime:
        return utcnow() + self.offset

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ApiError(400, "advance_seconds must not be negative")
        self.offset += dt.timedelta(seconds=seconds)

    def set(self, when: dt.datetime) -> None:
        self.offset = when - utcnow()


@dataclass
class Principal:
    """Who is calling: the organization and mode of the API key."""

    organization: Organization
    livemode: bool
    key_type: KeyType
    key: str = field(repr=False)

    @property
    def scope(self) -> Scope:
        return (self.organization.id, self.livemode)


@dataclass
class Organization:
    id: str
    name: str
    keys: dict[str, str] = field(repr=False)  # "sk_test" → key
    #: livemode → the organization's group settings, which every new group of that mode copies.
    settings: dict[bool, records.PaymentGroupSettings] = field(repr=False)


def make_keys(organization_id: str, entropy: str) -> dict[str, str]:
    """Keys in the current format: prefix, mode, organization id without `org_`, 80 hex."""
    suffix = organization_id.removeprefix("org_")
    keys = {}
    for kind in ("sk_test", "pk_test", "sk_live", "pk_live"):
        tail = hashlib.sha256(f"{entropy}:{kind}".encode()).hexdigest()
        tail += hashlib.sha256(f"{entropy}:{kind}:2".encode()).hexdigest()
        keys[kind] = f"{kind}_{suffix}{tail[:80]}"
    return keys


def check_key_format(key: str) -> bool:
    parts = key.split("_")
    return len(parts) == 3 and parts[0] in ("sk", "pk") and parts[1] in ("test", "live") and bool(parts[2])


def check_levels(levels: list[dict[str, Any]]) -> None:
    """The dashboard's rules for discount levels (reference §8.2)."""
    if not 1 <= len(levels) <= 5:
        raise ApiError(400, "discount_levels must hold 1 to 5 levels")
    for index, level in enumerate(levels, start=1):
        if {"level", "value", "participants_to_unlock"} - set(level):
            raise ApiError(400, "each discount level needs level, value and participants_to_unlock")
        if level["level"] != index:
            raise ApiError(400, "levels are numbered 1, 2, 3… without gaps")
    for lower, higher in zip(levels, levels[1:], strict=False):
        if higher["participants_to_unlock"] <= lower["participants_to_unlock"] or higher["value"] <= lower["value"]:
            raise ApiError(400, "participants_to_unlock and value must strictly increase with the level")


def check_settings(settings: dict[str, Any] | None) -> None:
    """Control-API settings (snake_case, like the spec's `PaymentGroupSettings`): the spec's rules for
    each field, and the dashboard's for amounts and levels."""
    if not settings:
        return
    levels = settings.get("discount_levels")
    scalars = {name: value for name, value in settings.items() if name != "discount_levels"}
    problems = default_validator().field_errors(facts.PAYMENT_GROUP_SETTINGS.name, scalars)
    if problems:
        raise ApiError(400, problems)
    if settings.get("min_purchase_value", 0) < 0:
        raise ApiError(400, "min_purchase_value must not be negative")
    if levels is not None:
        check_levels(levels)


class State:
    """The whole mock: organizations, keys, objects and clock, guarded by one lock."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.clock = Clock()
        self.reset()

    def reset(self) -> None:
        with self.lock:
            self.clock = Clock()
            self.store = Store()
            self._timers: list[tuple[dt.datetime, int, str]] = []  # (when, order, record id): see `schedule`
            self.pending: list[tuple[float, Callable[[], None]]] = []  # (when, effect): see `defer`
            self.organizations: dict[str, Organization] = {}
            self.keys: dict[str, tuple[Organization, bool, KeyType]] = {}
            self.default_organization = self.create_organization(
                {"name": "Default organization"}, entropy=DEFAULT_ORGANIZATION_SEED
            )

    def schedule(self, when: dt.datetime, record: Any) -> None:
        """Note that something is due about `record` at `when` (on the test clock): see `due`."""
        heapq.heappush(self._timers, (when, self.store.sequence, record["id"]))

    def due(self, before: dt.datetime) -> list[str]:
        """The ids of the records scheduled at or before `before`, soonest first, taken off the
        schedule. A schedule, not a scan: a request costs the same however many are scheduled."""
        due = []
        while self._timers and self._timers[0][0] <= before:
            due.append(heapq.heappop(self._timers)[2])
        return due

    def create_organization(self, spec: dict[str, Any], *, entropy: str | None = None) -> Organization:
        """Create an organization from control-API input (snake_case)."""
        for name in ("settings", "test_settings", "live_settings"):
            check_settings(spec.get(name))
        with self.lock:
            entropy = entropy or secrets.token_hex(16)
            organization_id = spec.get("id") or "org_" + hashlib.sha256(entropy.encode()).hexdigest()[:14]
            if organization_id in self.organizations:
                raise ApiError(409, f"Organization {organization_id} already exists.")
            keys = make_keys(organization_id, entropy) | dict(spec.get("keys") or {})
            for kind, key in keys.items():
                if not check_key_format(key) or not key.startswith(kind + "_"):
                    raise ApiError(400, f"keys.{kind} must look like {kind}_<suffix>")
                if key in self.keys:
                    raise ApiError(409, f"The key given for {kind} is already used.")
            name = spec.get("name", organization_id)
            self.store.add(facts.ORGANIZATION, records.Organization(id=organization_id, name=name))
            settings = {}
            for livemode in (False, True):
                given = spec.get("live_settings" if livemode else "test_settings") or spec.get("settings")
                settings[livemode] = self._settings(organization_id, livemode, given or {})
            organization = Organization(organization_id, name, keys, settings)
            self.organizations[organization_id] = organization
            for kind, key in keys.items():
                key_type: KeyType = "SECRET" if kind.startswith("sk") else "PUBLIC"
                self.keys[key] = (organization, kind.endswith("live"), key_type)
            return organization

    def _settings(self, organization_id: str, livemode: bool, given: dict[str, Any]) -> records.PaymentGroupSettings:
        """An organization's group settings for one mode, with their levels, from control-API input."""
        now = self.clock.now()
        values = records.PaymentGroupSettingsValues(
            id=new_id(facts.PAYMENT_GROUP_SETTINGS),
            organizationId=organization_id,
            paymentGroupId=None,
            livemode=livemode,
            whatsappCommunication=True,
            discountType=given.get("discount_type", "PERCENTAGE"),
            maxParticipants=given.get("max_participants", 15),
            minutesDuration=given.get("minutes_duration", DEFAULT_MINUTES[livemode]),
            minPurchaseValue=given.get("min_purchase_value", 0),
            createdAt=now,
            createdBy="system",
            updatedAt=now,
            updatedBy="system",
        )
        settings = self.store.add(facts.PAYMENT_GROUP_SETTINGS, build(facts.PAYMENT_GROUP_SETTINGS, values))
        for level in given.get("discount_levels") or DEFAULT_LEVELS:
            level_values = records.DiscountLevelValues(
                id=new_id(facts.DISCOUNT_LEVEL),
                paymentGroupSettingsId=settings["id"],
                level=level["level"],
                participantsToUnlock=level["participants_to_unlock"],
                value=level["value"],
                createdAt=now,
            )
            self.store.add(facts.DISCOUNT_LEVEL, build(facts.DISCOUNT_LEVEL, level_values))
        return settings

    def levels(self, settings: records.PaymentGroupSettings) -> list[records.DiscountLevel]:
        """A settings record's discount levels, in the order they were made."""
        return self.store.with_value(facts.DISCOUNT_LEVEL, None, "paymentGroupSettingsId", settings["id"])

    def describe(self, organization: Organization) -> dict[str, Any]:
        """An organization for the control API: its keys, and its settings with their levels (snake_case)."""
        from .wire import to_wire

        return {
            "id": organization.id,
            "name": organization.name,
            "keys": dict(organization.keys),
            "settings": {
                mode: to_wire({**settings, "discountLevels": self.levels(settings)})
                for mode, settings in (("test", organization.settings[False]), ("live", organization.settings[True]))
            },
        }

    def defer(self, effects: list[Callable[[], None]]) -> None:
        """Run `effects` a moment after the answer, like the server's event listeners."""
        due = time.monotonic() + ASYNC_DELAY
        self.pending += [(due, effect) for effect in effects]

    def run_pending(self, *, everything: bool = False) -> None:
        """Run the deferred effects that are due (all of them with `everything`), in order."""
        now = time.monotonic()
        while self.pending and (everything or self.pending[0][0] <= now):
            _, effect = self.pending.pop(0)
            effect()

    def principal(self, key: str) -> Principal | None:
        found = self.keys.get(key)
        if found is None:
            return None
        organization, livemode, key_type = found
        return Principal(organization, livemode, key_type, key)
