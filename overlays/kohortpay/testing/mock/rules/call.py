"""What a rule gets: the caller, the validated input, the state, and helpers shared by resources."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypedDict, TypeVar, cast

from kohortpay_client import records
from kohortpay_client.facts import ObjectSchema
from kohortpay_client.records import EventType

from ..core.errors import ApiError, crash
from ..core.quirks import Behaviour
from ..core.records import build, field_set
from ..core.state import Principal, State
from ..core.store import Scope, Store
from ..core.webhooks import Webhooks

B = TypeVar("B")
R = TypeVar("R")


class Stamp(TypedDict):
    """What the server writes on every record it creates (a type checker checks that each schema has it)."""

    organizationId: str
    livemode: bool
    createdAt: dt.datetime
    createdBy: str
    updatedAt: dt.datetime
    updatedBy: str


#: Who the server records as the author of what an API key writes.
SYSTEM = "system"
Effect = Callable[[], None]

# Disposable e-mail domains the production server refuses (a few well-known ones); it checks them only when
# NODE_ENV is production, so the reference server accepts them.
DISPOSABLE_DOMAINS = frozenset(
    {"mailinator.com", "yopmail.com", "guerrillamail.com", "10minutemail.com", "trashmail.com", "tempmail.com"}
)


@dataclass
class Call(Generic[B]):
    """One request being answered: `body` is the operation's (a `records` TypedDict, validated)."""

    state: State
    webhooks: Webhooks
    behaviour: Behaviour
    principal: Principal
    params: dict[str, str]
    query: dict[str, Any]
    body: B
    now: dt.datetime
    quirks: list[str] = field(default_factory=list)  # the quirks that shaped the answer
    later: list[Effect] = field(default_factory=list)  # what the server does after answering
    answered: bool = False
    unsent: list[tuple[EventType, dict[str, Any]]] | None = field(default_factory=list)  # held until `publish`
    #: The quirks of the spec's rules this request broke that the server checks only later, or never:
    #: the rule fails where the server does.
    broken_later: frozenset[str] = frozenset()

    @property
    def store(self) -> Store:
        return self.state.store

    @property
    def scope(self) -> Scope:
        return self.principal.scope

    @property
    def id(self) -> str:
        return self.params["id"]

    def quirk(self, name: str) -> bool:
        """Whether the mock reproduces this quirk of the server (and, if so, that the answer shows it)."""
        if name in self.behaviour:
            self.quirks.append(name)
            return True
        return False

    def in_flight(self) -> None:
        """Name `async-side-effects` on this answer if work from an earlier answer is still to come."""
        if self.state.pending:
            self.quirk("async-side-effects")

    def after_answer(self, effect: Effect) -> None:
        """Work the server does just after answering (`async-side-effects`), or before it without the quirk.
        Asked for by such work itself (a group founded after the answer copies its settings), it is done
        in the same step: the server's chain of listeners takes milliseconds, not another delay."""
        if self.answered:
            effect()
        else:
            self.later.append(effect)

    def commit(self) -> None:
        self.answered = True
        effects, self.later = self.later, []
        if effects and self.quirk("async-side-effects"):
            self.state.defer(effects)
        else:
            for effect in effects:
                effect()

    def stamp(self, by: str = SYSTEM) -> Stamp:
        """The fields every new record of the caller's has; API keys write as `system`."""
        return Stamp(
            organizationId=self.principal.organization.id,
            livemode=self.principal.livemode,
            createdAt=self.now,
            createdBy=by,
            updatedAt=self.now,
            updatedBy=by,
        )

    def create(
        self, schema: ObjectSchema[R, Any], values: Mapping[str, Any], sent: Mapping[str, Any] = {}, by: str = SYSTEM
    ) -> R:
        """A new record of the caller's organization and mode, stored: `values` (its
        `records.<Schema>Values`), the `stamp`, then what `sent` gives (see `records.build`)."""
        record = build(schema, {**self.stamp(by), **values}, sent)
        self.storable(schema, cast(Mapping[str, Any], record))
        return self.store.add(schema, record)

    def storable(self, schema: ObjectSchema[Any, Any], values: Mapping[str, Any]) -> None:
        """What the server's storage refuses of the values it is handed (its validation let them
        through): a null for a column that cannot hold one (an optional field sent as null), then an
        integer beyond the 32-bit columns, text PostgreSQL cannot hold."""
        nulls, beyond, unstorable = [], False, []
        fields = field_set(schema)
        for name, value in values.items():  # one pass: this runs for every record created
            kind = type(value)
            if kind is bool or kind is float or name not in fields:
                continue
            if value is None:
                if name not in schema.nullable:
                    nulls.append(name)
            elif kind is str:
                if "\x00" in value and name != "metadata" or not value.isascii() and _LONE_SURROGATE.search(value):
                    unstorable.append(name)
            elif kind is int:
                beyond = beyond or not -(2**31) <= value < 2**31
            elif kind is dict or kind is list:
                beyond = beyond or name != "metadata" and _beyond_int32(value)
                if _unstorable(name, value):
                    unstorable.append(name)
        if nulls:
            if self.quirk("optional-nulls"):
                raise crash("optional-nulls")
            raise ApiError(400, [f"{name} must not be null" for name in nulls])
        if beyond:
            if self.quirk("crash-on-int32-overflow"):
                raise crash("crash-on-int32-overflow", "Error Type: P2020")
            raise ApiError(400, "A number is beyond 2147483647.")  # the spec's maximum refuses it first
        if unstorable:
            if self.quirk("crash-on-unstorable-text"):
                raise crash("crash-on-unstorable-text")
            message = "{} must not hold NUL characters or unpaired surrogates"
            raise ApiError(400, [message.format(name) for name in unstorable])

    def touch(self, record: Any, by: str = SYSTEM) -> None:
        """A record of any schema was changed by `by` now."""
        record.update({"updatedAt": self.now, "updatedBy": by})

    def emit(self, event_type: EventType, record: Mapping[str, Any]) -> None:
        if self.unsent is None:
            self.webhooks.emit(event_type, record, record["organizationId"], record["livemode"])
        else:
            self.unsent.append((event_type, dict(record)))  # as it is now, not as it will be when sent

    def publish(self) -> None:
        """Send the events this request emitted; a request the mock failed (a crash) never calls it."""
        unsent, self.unsent = self.unsent or [], None
        for event_type, record in unsent:
            self.emit(event_type, record)

    def settings(self) -> records.PaymentGroupSettings:
        """The group settings of the caller's organization and mode."""
        return self.principal.organization.settings[self.principal.livemode]


def _beyond_int32(value: Any) -> bool:
    if isinstance(value, list):  # line items
        return any(_beyond_int32(v) for item in value if isinstance(item, dict) for v in item.values())
    return isinstance(value, int) and not isinstance(value, bool) and not -(2**31) <= value < 2**31


def _unstorable(name: str, value: Any) -> bool:
    """Text PostgreSQL refuses: an unpaired surrogate anywhere; a NUL outside JSON (`metadata`)."""
    if isinstance(value, str):
        return _LONE_SURROGATE.search(value) is not None or (name != "metadata" and "\x00" in value)
    if isinstance(value, dict):
        return any(_unstorable("metadata", k) or _unstorable("metadata", v) for k, v in value.items())
    if isinstance(value, list):
        return any(_unstorable("metadata", item) for item in value)
    return False


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # in a Python str, a surrogate is always unpaired


def check_email(address: str) -> None:
    if address.rsplit("@", 1)[-1].lower() in DISPOSABLE_DOMAINS:
        raise ApiError(400, ["Disposable emails are not allowed."])


def stored(schema: ObjectSchema[Any, Any], field: str, value: Any) -> Any:
    """What the server stores for `value` sent as `field` of `schema` (the spec's `stored-as`:
    orders store `en_GB` as `en_US`)."""
    return schema.stored_as.get(field, {}).get(value, value) if isinstance(value, str) else value
