"""What a handler gets: the caller, the validated input, the state, and helpers shared by resources."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .errors import ApiError
from .quirks import Behaviour
from .state import Principal, Record, State, Store
from .webhooks import Webhooks

#: Who the server records as the author of what an API key writes.
SYSTEM = "system"
Effect = Callable[[], None]

# Disposable e-mail domains the production server refuses (a few well-known ones); it checks them only when
# NODE_ENV is production, so the reference server accepts them.
DISPOSABLE_DOMAINS = frozenset(
    {"mailinator.com", "yopmail.com", "guerrillamail.com", "10minutemail.com", "trashmail.com", "tempmail.com"}
)


@dataclass
class Call:
    state: State
    webhooks: Webhooks
    behaviour: Behaviour
    principal: Principal
    params: dict[str, str]
    query: dict[str, Any]
    body: dict[str, Any]
    now: dt.datetime
    quirks: list[str] = field(default_factory=list)  # the quirks that shaped the answer
    later: list[Effect] = field(default_factory=list)  # what the server does after answering
    answered: bool = False
    unsent: list[tuple[str, Record]] | None = field(default_factory=list)  # events held until `publish`

    @property
    def store(self) -> Store:
        return self.state.store

    @property
    def scope(self) -> tuple[str, bool]:
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
        """Work the server does just after answering (`async-side-effects`), or before it without the quirk."""
        self.later.append(effect)
        if self.answered:  # asked for by such work itself: it comes later still
            self.commit()

    def commit(self) -> None:
        self.answered = True
        effects, self.later = self.later, []
        if effects and self.quirk("async-side-effects"):
            self.state.defer(effects)
        else:
            for effect in effects:
                effect()

    def rollback(self) -> None:
        self.later = []

    def stamp(self, by: str = SYSTEM) -> dict[str, Any]:
        """Fields every new record has; API keys write as `system`."""
        return {
            "organizationId": self.principal.organization.id,
            "livemode": self.principal.livemode,
            "createdAt": self.now,
            "createdBy": by,
            "updatedAt": self.now,
            "updatedBy": by,
        }

    def touch(self, record: Record, by: str = SYSTEM) -> None:
        record.update(updatedAt=self.now, updatedBy=by)

    def emit(self, event_type: str, record: Record) -> None:
        if self.unsent is None:
            self.webhooks.emit(event_type, record, record["organizationId"], record["livemode"])
        else:
            self.unsent.append((event_type, dict(record)))  # as it is now, not as it will be when sent

    def publish(self) -> None:
        """Send the events this request emitted; a request the mock failed (a crash) never calls it."""
        unsent, self.unsent = self.unsent or [], None
        for event_type, record in unsent:
            self.emit(event_type, record)

    def settings(self) -> Record:
        return self.principal.organization.settings[self.principal.livemode]


def public(record: Record) -> Record:
    """A stored record without the mock's bookkeeping (keys starting with `_`)."""
    return {k: v for k, v in record.items() if not k.startswith("_")}


def check_email(address: str) -> None:
    if address.rsplit("@", 1)[-1].lower() in DISPOSABLE_DOMAINS:
        raise ApiError(400, ["Disposable emails are not allowed."])


def store_locale(locale: str | None) -> str | None:
    """Orders store `en_GB` as `en_US` (checkout sessions and customers keep it)."""
    return "en_US" if locale == "en_GB" else locale
