"""An ordered index: records kept sorted by a key, as a database index keeps rows, so that a page
of a sorted list costs O(log n + skip + take) instead of sorting every record.

Keys are tuples ending with the record's id, so no two are equal; the index remembers each record's
key, so that a record can be moved when the field it is sorted by changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from sortedcontainers import SortedList  # type: ignore[import-untyped]

Key = tuple[Any, ...]


class OrderedIndex:
    """Records sorted by `key(record)`; `accepts(record)` decides which records it holds."""

    def __init__(self, key: Callable[[Any], Key], accepts: Callable[[Any], bool] = lambda record: True) -> None:
        self._key = key
        self._accepts = accepts
        self._sorted: SortedList = SortedList()
        self._keys: dict[str, Key] = {}
        self._records: dict[str, Any] = {}

    def __len__(self) -> int:
        return len(self._keys)

    def put(self, record: Any) -> None:
        """Add `record`, or move it where it now belongs (or out, if no longer accepted)."""
        self.drop(record["id"])
        if self._accepts(record):
            key = self._key(record)
            self._keys[record["id"]] = key
            self._records[record["id"]] = record
            self._sorted.add(key)

    def drop(self, record_id: str) -> None:
        key = self._keys.pop(record_id, None)
        if key is not None:
            self._sorted.remove(key)
            del self._records[record_id]

    def records(self, *, reverse: bool = False) -> Iterator[Any]:
        """Every record, in key order (or the reverse)."""
        return (self._records[key[-1]] for key in self._sorted.islice(reverse=reverse))

    def page(self, skip: int, take: int, *, reverse: bool = False) -> list[Any]:
        """Records `skip` to `skip + take` in key order (or the reverse), in O(log n + take)."""
        size = len(self._sorted)
        start, stop = (max(size - skip - take, 0), max(size - skip, 0)) if reverse else (skip, skip + take)
        return [self._records[key[-1]] for key in self._sorted.islice(start, stop, reverse=reverse)]
