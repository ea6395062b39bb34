"""What a handler gets: the caller, the validated input, the state, and helpers shared by resources."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .errors import ApiError
from .state import Principal, Record, State, Store
from .webhooks import Webhooks

# Disposable e-mail domains the production server refuses (a few well-known ones).
DISPOSABLE_DOMAINS = frozenset(
    {"mailinator.com", "yopmail.com", "guerrillamail.com", "10minutemail.com", "trashmail.com", "tempmail.com"}
)


@dataclass
class Call:
    state: State
    webhooks: Webhooks
    principal: Principal
    params: dict[str, str]
    query: dict[str, Any]
    body: dict[str, Any]
    now: dt.datetime

    @property
    def store(self) -> Store:
        return self.state.store

    @property
    def scope(self) -> tuple[str, bool]:
        return self.principal.scope

    @property
    def id(self) -> str:
        return self.params["id"]

    def stamp(self) -> dict[str, Any]:
        """Fields every new record has."""
        return {
            "organizationId": self.principal.organization.id,
            "livemode": self.principal.livemode,
            "createdAt": self.now,
            "createdBy": "system",
            "updatedAt": self.now,
            "updatedBy": None,
        }

    def touch(self, record: Record) -> None:
        record["updatedAt"] = self.now

    def emit(self, event_type: str, record: Record) -> None:
        self.webhooks.emit(event_type, record, record["organizationId"], record["livemode"])

    def settings(self) -> Record:
        return self.principal.organization.settings[self.principal.livemode]


def public(record: Record) -> Record:
    """A stored record without the mock's bookkeeping (keys starting with `_`)."""
    return {k: v for k, v in record.items() if not k.startswith("_")}


def check_email(address: str, field: str) -> None:
    if address.rsplit("@", 1)[-1].lower() in DISPOSABLE_DOMAINS:
        raise ApiError(400, [f"{field} must be an email from a non-disposable domain"])


def store_locale(locale: str | None) -> str | None:
    """`en_GB` is accepted and stored as `en_US`."""
    return "en_US" if locale == "en_GB" else locale
