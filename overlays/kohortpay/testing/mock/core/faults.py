"""Injected faults: a chosen status and headers, or a dropped connection — before or after the
request is processed (what decides whether a retry can act twice) — and a slow answer."""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass


@dataclass
class Fault:
    method: str
    path: str  # exact path or glob, e.g. /customers/*
    times: int
    status: int | None = 503  # None: the real answer (a `delay` only)
    headers: dict[str, str] | None = None
    drop_connection: bool = False
    processed: bool = False  # the request is processed before the fault acts
    delay: float = 0.0  # seconds before the answer (or the drop), on the mock's clock or the wall's

    def matches(self, method: str, path: str) -> bool:
        return self.times > 0 and self.method in ("*", method) and fnmatch.fnmatchcase(path, self.path)


def take(faults: list[Fault], method: str, path: str) -> Fault | None:
    """The first fault that matches a call, used up once (the caller holds the state's lock)."""
    for fault in faults:
        if fault.matches(method, path):
            fault.times -= 1
            return fault
    return None
