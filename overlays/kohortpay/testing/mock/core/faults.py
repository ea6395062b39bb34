"""Injected faults: a chosen status and headers, or a request processed and its answer dropped."""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass


@dataclass
class Fault:
    method: str
    path: str  # exact path or glob, e.g. /customers/*
    times: int
    status: int = 503
    headers: dict[str, str] | None = None
    drop_connection: bool = False

    def matches(self, method: str, path: str) -> bool:
        return self.times > 0 and self.method in ("*", method) and fnmatch.fnmatchcase(path, self.path)


def take(faults: list[Fault], method: str, path: str) -> Fault | None:
    """The first fault that matches a call, used up once (the caller holds the state's lock)."""
    for fault in faults:
        if fault.matches(method, path):
            fault.times -= 1
            return fault
    return None
