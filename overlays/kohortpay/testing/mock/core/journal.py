"""The request journal: every API request the mock received, as sent, with what it answered and the
objects it created — so that a test can check what a service did ("was the order created exactly
once?", "did we send the phone number?"). Read with `MockServer.requests()` or `GET /_mock/requests`;
`kohortpay.testing.journal` holds the assertions. Cleared on reset."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import fnmatch
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kohortpay._redaction import mask_key

from .wire import format_datetime


@dataclass(frozen=True)
class Entry:
    """One request: `key` is the API key, masked; `status` is None when the connection was dropped
    before an answer (an injected fault); `created` holds the ids of the objects it created, and
    `scope` the organization and mode (livemode) they belong to."""

    number: int
    method: str
    path: str
    query: dict[str, list[str]]
    body: Any
    key: str | None
    operation: str | None
    status: int | None
    at: dt.datetime
    created: tuple[str, ...]
    scope: tuple[str, bool] | None = None  # (organization id, livemode) of a request the API served

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "method": self.method,
            "path": self.path,
            "query": self.query,
            "body": self.body,
            "key": self.key,
            "operation": self.operation,
            "status": self.status,
            "at": format_datetime(self.at),
            "created": list(self.created),
            "organization_id": self.scope[0] if self.scope else None,
            "livemode": self.scope[1] if self.scope else None,
        }

    def __str__(self) -> str:
        answer = "no answer" if self.status is None else str(self.status)
        created = f" created {', '.join(self.created)}" if self.created else ""
        return f"#{self.number} {self.method} {self.path} → {answer}{created} body={self.body!r}"


class _Pending:
    """An entry written down as it came (raw query and body), read into an `Entry` when first asked
    for: a request pays for the journal only what it cannot do without."""

    __slots__ = ("_build", "_entry", "number")

    def __init__(self, number: int, build: Callable[[int], Entry]) -> None:
        self.number, self._build = number, build
        self._entry: Entry | None = None

    @property
    def entry(self) -> Entry:
        if self._entry is None:
            self._entry = self._build(self.number)
        return self._entry


class Journal:
    """The latest `LIMIT` requests (a mock served for days keeps a bounded memory)."""

    LIMIT = 100_000

    def __init__(self) -> None:
        self._entries: deque[_Pending] = deque(maxlen=self.LIMIT)
        self._numbered = 0
        self._lock = threading.Lock()

    def add(self, build: Callable[[int], Entry]) -> None:
        """Note a request; `build(number)` makes its entry, when the journal is read."""
        with self._lock:
            self._numbered += 1
            self._entries.append(_Pending(self._numbered, build))

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._numbered = 0

    def entries(
        self,
        *,
        method: str | None = None,
        path: str | None = None,
        operation: str | None = None,
        status: int | None = None,
    ) -> list[Entry]:
        """The requests, oldest first; `path` is a glob (`/orders*`)."""
        with self._lock:
            found = [pending.entry for pending in self._entries]
        return [
            entry
            for entry in found
            if (method is None or entry.method == method.upper())
            and (path is None or fnmatch.fnmatchcase(entry.path, path))
            and (operation is None or entry.operation == operation)
            and (status is None or entry.status == status)
        ]


def masked_key(authorization: str | None) -> str | None:
    """The API key of an `Authorization` header, masked (a Basic header's user is the key)."""
    if not authorization:
        return None
    scheme, _, credentials = authorization.partition(" ")
    if scheme == "Basic":
        try:
            credentials = base64.b64decode(credentials).decode("utf-8", "replace").partition(":")[0]
        except (binascii.Error, ValueError):
            return "…"
    return mask_key(credentials.strip()) if credentials.strip() else None
