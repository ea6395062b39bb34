"""The mock's records: objects of the spec's schemas, by schema and id, with the indexes that keep every
lookup as cheap however many objects are stored.

A record is a dict with the camelCase fields of its schema (a `kohortpay_client.records` TypedDict);
the schema's facts (`kohortpay_client.facts`) name the table, so that a type checker checks every
field a rule reads, writes or looks up by against the spec.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any, TypeVar, cast

from kohortpay_client.facts import ObjectSchema

from .errors import ApiError

R = TypeVar("R")
F = TypeVar("F", bound=str)
Schema = ObjectSchema[Any, Any]
#: An organization and a mode: what an API key reads and writes (None for records outside them).
Scope = tuple[str | None, bool | None]


class Stored(dict[str, Any]):
    """A stored record: a dict that tells its store when a field changes, so that the store's
    indexes stay true however rules update it (`record[k] = v`, `record.update(...)`)."""

    __slots__ = ("_changed",)

    def __init__(self, data: dict[str, Any], changed: Callable[[Stored, str, Any], None]) -> None:
        super().__init__(data)
        self._changed = changed

    def __setitem__(self, key: str, value: Any) -> None:
        old = self.get(key, _ABSENT)
        super().__setitem__(key, value)
        if old is not value:
            self._changed(self, key, old)

    def update(self, *args: Any, **fields: Any) -> None:
        for key, value in dict(*args, **fields).items():
            self[key] = value

    def __delitem__(self, key: str) -> None:
        old = self.get(key, _ABSENT)
        super().__delitem__(key)
        self._changed(self, key, old)

    def pop(self, key: str, *default: Any) -> Any:
        if key not in self:
            return dict.pop(self, key, *default)
        value = self[key]
        del self[key]
        return value

    def setdefault(self, key: str, default: Any = None) -> Any:
        if key not in self:
            self[key] = default
        return self[key]

    def __reduce__(self) -> Any:  # copies and pickles are plain dicts: the store's hooks stay in the store
        return (dict, (dict(self),))


_ABSENT: Any = object()


def scope_of(record: Any) -> Scope:
    return (record.get("organizationId"), record.get("livemode"))


class Store:
    """Records by schema and id, each in the scope (organization, mode) of its `organizationId` and
    `livemode` fields.

    Every lookup costs the same however many records are stored: records are kept per schema and
    scope (in creation order), and a field looked up by value (`find`, `with_value`) gets an index,
    built on first use and kept up to date as records change.
    """

    def __init__(self) -> None:
        self.sequence = 0
        self.added: list[str] = []  # every stored record's id, in creation order
        self._by_id: dict[str, dict[str, Stored]] = {}
        self._order: dict[tuple[str, str], int] = {}  # (schema, id) → creation number (breaks timestamp ties)
        self._scoped: dict[tuple[str, Scope], dict[str, Stored]] = {}
        self._ordered: dict[tuple[str, Scope], list[Stored]] = {}  # append-only, creation order
        self._out_of_order: set[tuple[str, Scope]] = set()  # created while the clock went back
        self._indexes: dict[tuple[str, str], dict[Any, dict[str, Stored]]] = {}
        self._journal: list[Callable[[], None]] | None = None  # undo steps, inside `undone_on_crash`

    def add(self, schema: ObjectSchema[R, Any], record: R) -> R:
        """Store `record`; returns the stored record, which the caller must use from then on."""
        name = schema.name
        self.sequence += 1
        stored = Stored(dict(cast(dict[str, Any], record)), self._on_change(name))
        self._by_id.setdefault(name, {})[stored["id"]] = stored
        self._order[(name, stored["id"])] = self.sequence
        self.added.append(stored["id"])
        where = (name, scope_of(stored))
        self._scoped.setdefault(where, {})[stored["id"]] = stored
        ordered = self._ordered.setdefault(where, [])
        created = stored.get("createdAt")
        if ordered and created is not None and created < ordered[-1].get("createdAt"):
            self._out_of_order.add(where)
        ordered.append(stored)
        if self._journal is not None:
            self._journal.append(lambda: self._remove(name, stored))
        for (indexed, field), index in self._indexes.items():
            if indexed == name:
                index.setdefault(_key(stored.get(field)), {})[stored["id"]] = stored
        return cast(R, stored)

    def created(self, schema: Schema, record: Any) -> int:
        """The record's creation number: later records have larger ones."""
        return self._order[(schema.name, record["id"])]

    def _on_change(self, name: str) -> Callable[[Stored, str, Any], None]:
        def changed(record: Stored, field: str, old: Any) -> None:
            if self._journal is not None:
                self._journal.append(lambda: _restore(record, field, old))
            index = self._indexes.get((name, field))
            if index is None or record["id"] not in self._by_id.get(name, {}):
                return
            bucket = index.get(_key(None if old is _ABSENT else old))
            if bucket is not None:
                bucket.pop(record["id"], None)
            index.setdefault(_key(record.get(field)), {})[record["id"]] = record

        return changed

    @contextlib.contextmanager
    def undone_on_crash(self) -> Iterator[None]:
        """Undo every record added and every field written inside, if a bug of the mock (anything
        but an `ApiError`) escapes: a request the mock failed leaves no state behind. An `ApiError`
        keeps what was stored before it, as the server keeps its partial writes."""
        outer, self._journal = self._journal, []
        try:
            yield
        except ApiError:
            raise
        except BaseException:
            steps, self._journal = self._journal, None
            for undo in reversed(steps):
                undo()
            raise
        finally:
            self._journal = outer

    def _remove(self, name: str, record: Stored) -> None:
        where = (name, scope_of(record))
        if record["id"] in self.added:
            self.added.remove(record["id"])
        self._by_id.get(name, {}).pop(record["id"], None)
        self._scoped.get(where, {}).pop(record["id"], None)
        ordered = self._ordered.get(where, [])
        if record in ordered:
            ordered.remove(record)
        for (indexed, field), index in self._indexes.items():
            if indexed == name:
                index.get(_key(record.get(field)), {}).pop(record["id"], None)

    def _index(self, name: str, field: str) -> dict[Any, dict[str, Stored]]:
        index = self._indexes.get((name, field))
        if index is None:
            index = self._indexes[(name, field)] = {}
            for record in self._by_id.get(name, {}).values():
                index.setdefault(_key(record.get(field)), {})[record["id"]] = record
        return index

    def all(self, schema: ObjectSchema[R, Any], scope: Scope) -> Iterator[R]:
        """The scope's records, oldest first (a live view: copy it to add records meanwhile)."""
        return cast(Iterator[R], iter(self._scoped.get((schema.name, scope), {}).values()))

    def count(self, schema: Schema, scope: Scope) -> int:
        return len(self._scoped.get((schema.name, scope), {}))

    def newest_page(self, schema: ObjectSchema[R, Any], scope: Scope, skip: int, take: int) -> list[R] | None:
        """Records `skip` to `skip + take` of the scope by `createdAt` descending, in O(take); None
        when creation order is not `createdAt` order (records made after the clock was set back)."""
        where = (schema.name, scope)
        if where in self._out_of_order:
            return None
        ordered = self._ordered.get(where, [])
        end = len(ordered) - skip
        return cast(list[R], ordered[max(end - take, 0) : max(end, 0)][::-1])

    def count_set(self, schema: ObjectSchema[Any, F], scope: Scope, field: F) -> int:
        """How many of the scope's records have `field` set (not None), from its index."""
        index = self._index(schema.name, field)
        return sum(
            1 for value, bucket in index.items() if value is not None for r in bucket.values() if scope_of(r) == scope
        )

    def get(self, schema: ObjectSchema[R, Any], scope: Scope, object_id: str) -> R | None:
        """The record of the scope with this id."""
        record = self._by_id.get(schema.name, {}).get(object_id)
        return cast(R, record) if record is not None and scope_of(record) == scope else None

    def by_id(self, schema: ObjectSchema[R, Any], object_id: str | None) -> R | None:
        """The record with this id, in any scope (the server's lookups that ignore the key's)."""
        return cast(R | None, self._by_id.get(schema.name, {}).get(object_id or ""))

    def with_value(self, schema: ObjectSchema[R, F], scope: Scope | None, field: F, value: Any) -> list[R]:
        """The records (of `scope`, or of every scope) whose `field` is `value`, oldest first."""
        found = list(self._index(schema.name, field).get(_key(value), {}).values())
        if scope is not None:
            found = [r for r in found if scope_of(r) == scope]
        found.sort(key=lambda r: self._order[(schema.name, r["id"])])
        return cast(list[R], found)

    def find(self, schema: ObjectSchema[R, F], scope: Scope | None, field: F, value: Any) -> R | None:
        """The oldest record (of `scope`, or of every scope) whose `field` is `value`."""
        return next(iter(self.with_value(schema, scope, field, value)), None)


def _restore(record: Stored, field: str, old: Any) -> None:
    if old is _ABSENT:
        record.pop(field, None)
    else:
        record[field] = old


def _key(value: Any) -> Any:
    """An index key: the value itself, or its repr when it cannot be hashed."""
    try:
        hash(value)
    except TypeError:
        return ("unhashable", repr(value))
    return value
