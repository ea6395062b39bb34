"""Everything the mock remembers: organizations and their keys, objects, the test clock."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import heapq
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from .errors import ApiError

Record = dict[str, Any]
"""A stored object: camelCase keys like the server's database, datetimes as `datetime`."""

KeyType = Literal["SECRET", "PUBLIC"]

# Organization group settings when provisioned (reference §8.2).
DEFAULT_LEVELS = [
    {"level": 1, "participantsToUnlock": 2, "value": 5},
    {"level": 2, "participantsToUnlock": 5, "value": 10},
    {"level": 3, "participantsToUnlock": 10, "value": 15},
]
DEFAULT_MINUTES = {False: 10, True: 129600}  # test groups last 10 minutes, live ones 90 days
DEFAULT_ORGANIZATION_SEED = "kohortpay-mock-default-organization"
# Seconds after an answer when the server's event listeners have usually done their work.
ASYNC_DELAY = 0.1


def new_id(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(7)}"


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
    def scope(self) -> tuple[str, bool]:
        return (self.organization.id, self.livemode)


@dataclass
class Organization:
    id: str
    name: str
    keys: dict[str, str] = field(repr=False)  # "sk_test" → key
    settings: dict[bool, Record] = field(repr=False)  # livemode → settings record (with "discountLevels")

    def describe(self) -> dict[str, Any]:
        from .wire import to_wire

        return {
            "id": self.id,
            "name": self.name,
            "keys": dict(self.keys),
            "settings": {"test": to_wire(self.settings[False]), "live": to_wire(self.settings[True])},
        }


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
    if not settings:
        return
    if settings.get("discount_type", "PERCENTAGE") not in ("AMOUNT", "PERCENTAGE"):
        raise ApiError(400, "discount_type must be AMOUNT or PERCENTAGE")
    if not 2 <= settings.get("max_participants", 15) <= 1000:
        raise ApiError(400, "max_participants must be between 2 and 1000")
    if not 1 <= settings.get("minutes_duration", 10) <= 129600:
        raise ApiError(400, "minutes_duration must be between 1 and 129600")
    if settings.get("min_purchase_value", 0) < 0:
        raise ApiError(400, "min_purchase_value must not be negative")
    if "discount_levels" in settings:
        check_levels(settings["discount_levels"])


def make_settings(livemode: bool, now: dt.datetime, given: dict[str, Any] | None = None) -> Record:
    """An organization's settings record for one mode, from snake_case control-API input."""
    given = given or {}
    levels_in = given.get("discount_levels")
    levels = (
        [
            {"level": lv["level"], "participantsToUnlock": lv["participants_to_unlock"], "value": lv["value"]}
            for lv in levels_in
        ]
        if levels_in is not None
        else [dict(level) for level in DEFAULT_LEVELS]
    )
    settings_id = new_id("pgset")
    return {
        "id": settings_id,
        "organizationId": None,  # filled by the caller
        "paymentGroupId": None,
        "livemode": livemode,
        "whatsappCommunication": True,
        "discountType": given.get("discount_type", "PERCENTAGE"),
        "maxParticipants": given.get("max_participants", 15),
        "minutesDuration": given.get("minutes_duration", DEFAULT_MINUTES[livemode]),
        "minPurchaseValue": given.get("min_purchase_value", 0),
        "discountLevels": [
            {"id": new_id("dlev"), "paymentGroupSettingsId": settings_id, "createdAt": now, **level} for level in levels
        ],
        "createdAt": now,
        "createdBy": "system",
        "updatedAt": now,
        "updatedBy": "system",
    }


class Stored(dict[str, Any]):
    """A stored record: a dict that tells its store when a field changes, so that the store's
    indexes stay true however handlers update it (`record[k] = v`, `record.update(...)`)."""

    __slots__ = ("_changed",)

    def __init__(self, data: Record, changed: Callable[[Stored, str, Any], None]) -> None:
        super().__init__(data)
        self._changed = changed

    def __setitem__(self, key: str, value: Any) -> None:
        old = self.get(key, _ABSENT)
        super().__setitem__(key, value)
        if old is not value:
            self._changed(self, key, old)

    def update(self, *args: Any, **fields: Any) -> None:
        for key, value in dict(*args, **fields).items():
            self[key] = value

    def __delitem__(self, key: str) -> None:
        old = self.get(key, _ABSENT)
        super().__delitem__(key)
        self._changed(self, key, old)

    def pop(self, key: str, *default: Any) -> Any:
        if key not in self:
            return dict.pop(self, key, *default)
        value = self[key]
        del self[key]
        return value

    def setdefault(self, key: str, default: Any = None) -> Any:
        if key not in self:
            self[key] = default
        return self[key]

    def __reduce__(self) -> Any:  # copies and pickles are plain dicts: the store's hooks stay in the store
        return (dict, (dict(self),))


_ABSENT: Any = object()


class Store:
    """Objects by kind and id. Every record carries `organizationId` and `livemode`.

    Every lookup costs the same however many objects are stored: records are kept per kind and
    scope (in creation order), and a field looked up by value (`find`, `with_value`) gets an index,
    built on first use and kept up to date as records change.
    """

    def __init__(self) -> None:
        self.objects: dict[str, dict[str, Record]] = {}
        self.sequence = 0
        self._scoped: dict[tuple[str, tuple[str, bool]], dict[str, Record]] = {}
        self._ordered: dict[tuple[str, tuple[str, bool]], list[Record]] = {}  # append-only, creation order
        self._out_of_order: set[tuple[str, tuple[str, bool]]] = set()  # created while the clock went back
        self._indexes: dict[tuple[str, str], dict[Any, dict[str, Record]]] = {}
        self._journal: list[Callable[[], None]] | None = None  # undo steps, inside `undone_on_crash`

    def add(self, kind: str, record: Record) -> Record:
        """Store `record`; returns the stored record, which the caller must use from then on."""
        self.sequence += 1
        stored = Stored({**record, "_seq": self.sequence}, self._on_change(kind))  # _seq breaks timestamp ties
        self.objects.setdefault(kind, {})[stored["id"]] = stored
        where = (kind, (stored["organizationId"], stored["livemode"]))
        self._scoped.setdefault(where, {})[stored["id"]] = stored
        ordered = self._ordered.setdefault(where, [])
        if ordered and stored.get("createdAt") is not None and stored["createdAt"] < ordered[-1].get("createdAt"):
            self._out_of_order.add(where)
        ordered.append(stored)
        if self._journal is not None:
            self._journal.append(lambda: self._remove(kind, stored))
        for (indexed_kind, name), index in self._indexes.items():
            if indexed_kind == kind:
                index.setdefault(_key(stored.get(name)), {})[stored["id"]] = stored
        return stored

    def _on_change(self, kind: str) -> Callable[[Stored, str, Any], None]:
        def changed(record: Stored, name: str, old: Any) -> None:
            if self._journal is not None:
                self._journal.append(lambda: _restore(record, name, old))
            index = self._indexes.get((kind, name))
            if index is None or record["id"] not in self.objects.get(kind, {}):
                return
            bucket = index.get(_key(None if old is _ABSENT else old))
            if bucket is not None:
                bucket.pop(record["id"], None)
            index.setdefault(_key(record.get(name)), {})[record["id"]] = record

        return changed

    @contextlib.contextmanager
    def undone_on_crash(self) -> Iterator[None]:
        """Undo every record added and every field written inside, if a bug of the mock (anything
        but an `ApiError`) escapes: a request the mock failed leaves no state behind. An `ApiError`
        keeps what was stored before it, as the server keeps its partial writes."""
        outer, self._journal = self._journal, []
        try:
            yield
        except ApiError:
            raise
        except BaseException:
            steps, self._journal = self._journal, None
            for undo in reversed(steps):
                undo()
            raise
        finally:
            self._journal = outer

    def _remove(self, kind: str, record: Record) -> None:
        where = (kind, (record["organizationId"], record["livemode"]))
        self.objects.get(kind, {}).pop(record["id"], None)
        self._scoped.get(where, {}).pop(record["id"], None)
        ordered = self._ordered.get(where, [])
        if record in ordered:
            ordered.remove(record)
        for (indexed_kind, name), index in self._indexes.items():
            if indexed_kind == kind:
                index.get(_key(record.get(name)), {}).pop(record["id"], None)

    def _index(self, kind: str, name: str) -> dict[Any, dict[str, Record]]:
        index = self._indexes.get((kind, name))
        if index is None:
            index = self._indexes[(kind, name)] = {}
            for record in self.objects.get(kind, {}).values():
                index.setdefault(_key(record.get(name)), {})[record["id"]] = record
        return index

    def all(self, kind: str, scope: tuple[str, bool]) -> Iterator[Record]:
        """The scope's records of `kind`, oldest first (a live view: copy it to add records meanwhile)."""
        return iter(self._scoped.get((kind, scope), {}).values())

    def count(self, kind: str, scope: tuple[str, bool]) -> int:
        return len(self._scoped.get((kind, scope), {}))

    def newest_page(self, kind: str, scope: tuple[str, bool], skip: int, take: int) -> list[Record] | None:
        """Records `skip` to `skip + take` of the scope by `createdAt` descending, in O(take); None
        when creation order is not `createdAt` order (records made after the clock was set back)."""
        where = (kind, scope)
        if where in self._out_of_order:
            return None
        ordered = self._ordered.get(where, [])
        end = len(ordered) - skip
        return ordered[max(end - take, 0) : max(end, 0)][::-1]

    def count_set(self, kind: str, scope: tuple[str, bool], name: str) -> int:
        """How many of the scope's records have `name` set (not None), from its index."""
        index = self._index(kind, name)
        return sum(
            1
            for value, bucket in index.items()
            if value is not None
            for r in bucket.values()
            if (r["organizationId"], r["livemode"]) == scope
        )

    def get(self, kind: str, scope: tuple[str, bool], object_id: str) -> Record | None:
        record = self.objects.get(kind, {}).get(object_id)
        if record is None or (record["organizationId"], record["livemode"]) != scope:
            return None
        return record

    def with_value(self, kind: str, scope: tuple[str, bool] | None, name: str, value: Any) -> list[Record]:
        """The records of `kind` (in `scope`, or in every scope) whose `name` is `value`, oldest first."""
        found = self._index(kind, name).get(_key(value), {}).values()
        if scope is not None:
            found = [r for r in found if (r["organizationId"], r["livemode"]) == scope]  # type: ignore[assignment]
        return sorted(found, key=lambda r: r["_seq"])

    def find(self, kind: str, scope: tuple[str, bool], **fields: Any) -> Record | None:
        """The oldest record of the scope with all these field values."""
        (name, value), *others = fields.items()
        for record in self.with_value(kind, scope, name, value):
            if all(record.get(other) == wanted for other, wanted in others):
                return record
        return None

    def any_with(self, kind: str, **fields: Any) -> bool:
        """Across every organization (for globally unique values such as share codes)."""
        (name, value), *others = fields.items()
        return any(
            all(r.get(other) == wanted for other, wanted in others) for r in self.with_value(kind, None, name, value)
        )


def _restore(record: Record, name: str, old: Any) -> None:
    if old is _ABSENT:
        record.pop(name, None)
    else:
        record[name] = old


def _key(value: Any) -> Any:
    """An index key: the value itself, or its repr when it cannot be hashed."""
    try:
        hash(value)
    except TypeError:
        return ("unhashable", repr(value))
    return value


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
            self._expiries: list[tuple[dt.datetime, int, str]] = []  # (expiresAt, _seq, id) of open groups
            self.pending: list[tuple[float, Callable[[], None]]] = []  # (when, effect): see `defer`
            self.organizations: dict[str, Organization] = {}
            self.keys: dict[str, tuple[Organization, bool, KeyType]] = {}
            self.default_organization = self.create_organization(
                {"name": "Default organization"}, entropy=DEFAULT_ORGANIZATION_SEED
            )

    def schedule_expiry(self, group: Record) -> None:
        """Put a new group on the schedule of the completion job (see `due_groups`)."""
        heapq.heappush(self._expiries, (group["expiresAt"], group["_seq"], group["id"]))

    def due_groups(self, expired_before: dt.datetime) -> list[Record]:
        """The OPEN groups whose expiry is at or before `expired_before`, soonest first. A schedule,
        not a scan: a request costs the same however many groups are open."""
        due = []
        while self._expiries and self._expiries[0][0] <= expired_before:
            _, _, group_id = heapq.heappop(self._expiries)
            group = self.store.objects.get("group", {}).get(group_id)
            if group is None or group["status"] != "OPEN":
                continue
            if group["expiresAt"] > expired_before:  # moved later since scheduled
                self.schedule_expiry(group)
            else:
                due.append(group)
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
            now = self.clock.now()
            settings = {}
            for livemode in (False, True):
                given = spec.get("live_settings" if livemode else "test_settings") or spec.get("settings")
                record = make_settings(livemode, now, given)
                record["organizationId"] = organization_id
                settings[livemode] = record
            organization = Organization(organization_id, spec.get("name", organization_id), keys, settings)
            self.organizations[organization_id] = organization
            for kind, key in keys.items():
                key_type: KeyType = "SECRET" if kind.startswith("sk") else "PUBLIC"
                self.keys[key] = (organization, kind.endswith("live"), key_type)
            return organization

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
