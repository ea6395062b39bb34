"""Contains some shared types for properties"""

import datetime
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


def serialize_datetime(value: datetime.datetime, field_name: str) -> str:
    """Format a timezone-aware datetime the way the API does: UTC, milliseconds and ``Z``.

    ``2021-07-22T02:00:00+02:00`` becomes ``"2021-07-22T00:00:00.000Z"``. If the value has
    sub-millisecond precision, all six fractional digits are kept (``...00:00:00.123456Z``).

    Raises:
        ValueError: if ``value`` is naive (no timezone): its meaning would depend on the machine's
            local time, so it is never sent. ``field_name`` is named in the message.
    """
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(
            f"{field_name}: naive datetime {value.isoformat()!r} cannot be sent; "
            "attach a timezone (e.g. datetime.timezone.utc or a zoneinfo.ZoneInfo)"
        )
    utc = value.astimezone(datetime.UTC).replace(tzinfo=None)
    timespec = "milliseconds" if utc.microsecond % 1000 == 0 else "microseconds"
    return utc.isoformat(timespec=timespec) + "Z"


def http_status(status_code: int) -> HTTPStatus | int:
    """Return ``HTTPStatus(status_code)``, or the plain int if ``http.HTTPStatus`` does not know it."""
    try:
        return HTTPStatus(status_code)
    except ValueError:
        return status_code


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint

    ``status_code`` is an ``http.HTTPStatus`` when the standard library knows the code, else a plain
    ``int`` (e.g. 599).
    """

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "http_status",
    "serialize_datetime",
]
