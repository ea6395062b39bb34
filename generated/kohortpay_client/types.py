# Generated from openapi.yaml by `make generate`: do not edit (CONTRIBUTING.md).
"""Contains some shared types for properties"""

import datetime
from collections.abc import Mapping
from typing import IO, Any, BinaryIO, Literal, NotRequired, TypedDict

from attrs import define


class Unset:
    """The type of `UNSET`, a field left out; one object, kept as itself by `copy` and `pickle`."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # pickle: the module's own UNSET

    def __copy__(self) -> "Unset":
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> "Unset":
        return self


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


class Request(TypedDict):
    """A request as a builder of `api/` makes it: what the SDK's transport sends."""

    method: str
    url: str
    params: NotRequired[dict[str, Any]]
    json: NotRequired[Any]
    headers: NotRequired[dict[str, Any]]


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "Request",
    "RequestFiles",
    "Unset",
    "serialize_datetime",
]
