"""RFC 3339 date-times, read one way by the SDK and by its mock."""

from __future__ import annotations

import datetime as dt
import re

_RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})")


def parse_datetime(value: str) -> dt.datetime:
    """``2026-12-02T12:00:00.1234567+01:00`` → an aware UTC datetime. Any number of fractional digits
    (microseconds kept), ``Z``, ``z`` or an offset; anything else, a time without a zone included
    (never read as the machine's local time), is a `ValueError`."""
    match = _RFC3339.fullmatch(value)
    if match is None:
        raise ValueError(f"{value!r} is not an RFC 3339 date-time")
    fraction, zone = match.groups()
    head = value[:19]
    if fraction:
        head += "." + fraction[:6].ljust(6, "0")
    zone = "+00:00" if zone in ("Z", "z") else zone
    try:
        return dt.datetime.fromisoformat(f"{head.upper()}{zone}").astimezone(dt.UTC)
    except OverflowError:  # e.g. 0001-01-01T00:00:00+01:00 is before year 1 in UTC
        raise ValueError(f"{value!r} is out of range") from None
