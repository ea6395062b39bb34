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
from .ordered import Key, OrderedIndex

R = TypeVar("R")
F = TypeVar("F", bound=str)
Schema = ObjectSchema[Any, Any]
#: An organization and a mode: what an API key reads and writes (None for records outside them).
Scope = tuple[str | None, bool | None]
#: How a list is sorted: (field, descending, the field's sort key of a value).
Sort = tuple[str, bool, Callable[[Any], Any]]
#: A bucket of the equality index holding more records than this gets its own ordered index.
BIG_BUCKET = 64


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
    scope (in creation order); a field looked up by value (`find`, `with_value`, a list's `search`)
    gets an equality index, and a list's sort order an ordered index (`sorted`), each built on first
    use and kept up to date as records are added and changed.
    """

    def __init__(self) -> None:
        self.sequence = 0
        self.added: list[str] = []  # every stored record's id, in creation order
        self._by_id: dict[str, dict[str, Stored]] = {}
        self._order: dict[tuple[str, str], int] = {}  # (schema, id) → creation number (breaks timestamp ties)
        self._scoped: dict[tuple[str, Scope], dict[str, Stored]] = {}
        # (schema, field) → value → scope → {id: record}
        self._indexes: dict[tuple[str, str], dict[Any, dict[Scope, dict[str, Stored]]]] = {}
        # (schema, scope, sorted by, descending, (filter field, value) or None) → records in that order
        self._sorted: dict[tuple[str, Scope, str, bool, tuple[str, Any] | None], OrderedIndex] = {}
        # The same, by schema (and scope), for the work every new record does.
        self._indexed: dict[str, list[tuple[str, dict[Any, dict[Scope, dict[str, Stored]]]]]] = {}
        self._ordered: dict[tuple[str, Scope], list[tuple[str, str | None, OrderedIndex]]] = {}
        self._changed: dict[str, Callable[[Stored, str, Any], None]] = {}
        self._journal: list[Callable[[], None]] | None = None  # undo steps, inside `undone_on_crash`

    def add(self, schema: ObjectSchema[R, Any], record: R) -> R:
        """Store `record`; returns the stored record, which the caller must use from then on."""
        name = schema.name
        self.sequence += 1
        changed = self._changed.get(name) or self._changed.setdefault(name, self._on_change(name))
        stored = Stored(cast(dict[str, Any], record), changed)
        self._by_id.setdefault(name, {})[stored["id"]] = stored
        self._order[(name, stored["id"])] = self.sequence
        self.added.append(stored["id"])
        scope = scope_of(stored)
        self._scoped.setdefault((name, scope), {})[stored["id"]] = stored
        if self._journal is not None:
            self._journal.append(lambda: self._remove(name, stored))
        for field, index in self._indexed.get(name, ()):
            index.setdefault(_key(stored.get(field)), {}).setdefault(scope, {})[stored["id"]] = stored
        for _, _, ordered in self._ordered.get((name, scope), ()):
            ordered.put(stored)
        return cast(R, stored)

    def created(self, schema: Schema, record: Any) -> int:
        """The record's creation number: later records have larger ones."""
        return self._order[(schema.name, record["id"])]

    def _on_change(self, name: str) -> Callable[[Stored, str, Any], None]:
        def changed(record: Stored, field: str, old: Any) -> None:
            if self._journal is not None:
                self._journal.append(lambda: _restore(record, field, old))
            if record["id"] not in self._by_id.get(name, {}):
                return
            index = self._indexes.get((name, field))
            if index is not None:
                scope = scope_of(record)
                index.get(_key(None if old is _ABSENT else old), {}).get(scope, {}).pop(record["id"], None)
                index.setdefault(_key(record.get(field)), {}).setdefault(scope, {})[record["id"]] = record
            for by, within, ordered in self._ordered.get((name, scope_of(record)), ()):
                if field == by or field == within:
                    ordered.put(record)

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
        for (indexed, field), index in self._indexes.items():
            if indexed == name:
                index.get(_key(record.get(field)), {}).get(where[1], {}).pop(record["id"], None)
        for (indexed, *_), ordered in self._sorted.items():
            if indexed == name:
                ordered.drop(record["id"])

    def _index(self, name: str, field: str) -> dict[Any, dict[Scope, dict[str, Stored]]]:
        index = self._indexes.get((name, field))
        if index is None:
            index = self._indexes[(name, field)] = {}
            self._indexed.setdefault(name, []).append((field, index))
            for record in self._by_id.get(name, {}).values():
                index.setdefault(_key(record.get(field)), {}).setdefault(scope_of(record), {})[record["id"]] = record
        return index

    def bucket(self, schema: ObjectSchema[R, Any], scope: Scope, field: str, value: Any) -> dict[str, R]:
        """The scope's records whose `field` is `value` (a live view, in no particular order)."""
        return cast(dict[str, R], self._index(schema.name, field).get(_key(value), {}).get(scope, {}))

    def sorted(
        self, schema: ObjectSchema[R, Any], scope: Scope, sort: Sort, within: tuple[str, Any] | None = None
    ) -> OrderedIndex:
        """The scope's records (those whose field `within[0]` is `within[1]`, if given) in `sort`'s
        order, ties in creation order: an ordered index, built on first use and kept up to date."""
        field, descending, key = sort
        where = (schema.name, scope, field, descending, within)
        ordered = self._sorted.get(where)
        if ordered is None:
            name, order = schema.name, self._order

            def sort_key(record: Any) -> Key:
                created = order[(name, record["id"])]
                return (key(record.get(field)), -created if descending else created, record["id"])

            def accepts(record: Any) -> bool:
                return within is None or record.get(within[0]) == within[1]

            ordered = self._sorted[where] = OrderedIndex(sort_key, accepts)
            self._ordered.setdefault((name, scope), []).append((field, within and within[0], ordered))
            source = self._scoped.get((name, scope), {}) if within is None else self.bucket(schema, scope, *within)
            for record in list(source.values()):
                ordered.put(record)
        return ordered

    def all(self, schema: ObjectSchema[R, Any], scope: Scope) -> Iterator[R]:
        """The scope's records, oldest first (a live view: copy it to add records meanwhile)."""
        return cast(Iterator[R], iter(self._scoped.get((schema.name, scope), {}).values()))

    def scoped(self, schema: ObjectSchema[R, Any], scope: Scope) -> dict[str, R]:
        """The scope's records by id, oldest first (a live view)."""
        return cast(dict[str, R], self._scoped.get((schema.name, scope), {}))

    def count(self, schema: Schema, scope: Scope) -> int:
        return len(self._scoped.get((schema.name, scope), {}))

    def get(self, schema: ObjectSchema[R, Any], scope: Scope, object_id: str) -> R | None:
        """The record of the scope with this id."""
        record = self._by_id.get(schema.name, {}).get(object_id)
        return cast(R, record) if record is not None and scope_of(record) == scope else None

    def by_id(self, schema: ObjectSchema[R, Any], object_id: str | None) -> R | None:
        """The record with this id, in any scope (the server's lookups that ignore the key's)."""
        return cast(R | None, self._by_id.get(schema.name, {}).get(object_id or ""))

    def with_value(self, schema: ObjectSchema[R, F], scope: Scope | None, field: F, value: Any) -> list[R]:
        """The records (of `scope`, or of every scope) whose `field` is `value`, oldest first."""
        scopes = self._index(schema.name, field).get(_key(value), {})
        found = [r for where, bucket in scopes.items() if scope in (None, where) for r in bucket.values()]
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
