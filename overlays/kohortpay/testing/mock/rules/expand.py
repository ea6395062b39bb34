"""`expand[]`: inline related objects, one level of nesting (§5.3). What a name inlines, and how it is
found, is the spec's: the `x-kohortpay` `relation` of a schema's property (`kohortpay_client.facts`)."""

from __future__ import annotations

from typing import Any, TypeVar

from kohortpay_client import facts
from kohortpay_client.facts import ObjectSchema, Relation

from ..core.errors import crash
from ..core.wire import camel
from .call import Call

R = TypeVar("R")
Wanted = dict[str, list[str]]  # relation → the relations nested under it


def _related(call: Call[Any], relation: Relation, record: Any) -> Any:
    """The objects of `relation` for a record: the first (or null) or, for a to-many relation, all.
    Ids and codes are unique across organizations, so the lookup needs no scope."""
    target = facts.SCHEMAS[relation.target]
    value = record.get(relation.local)
    if relation.remote == "id" and not relation.many:
        return call.store.by_id(target, value)
    found = call.store.with_value(target, None, relation.remote, value) if value is not None else []
    return found if relation.many else next(iter(found), None)


def present(call: Call[Any], schema: ObjectSchema[R, Any], record: R) -> R:
    """A copy of `record` with the relations asked for in `expand[]` (see `check_expand`)."""
    presented: R = _expand(call, schema, record, check_expand(call, schema))
    return presented


def check_expand(call: Call[Any], schema: ObjectSchema[Any, Any]) -> Wanted:
    """The relations `expand[]` asks for, read like the server reads them: camelCase or snake_case,
    a relation of the object and at most one nested one; other names are ignored. What the server's
    database layer refuses (no such nested relation, or a parent before its own nested name) answers
    500 with the `crash-on-list-queries` quirk, and is ignored without it."""
    wanted: Wanted = {}
    for name in call.query.get("expand", []):
        parts = camel(name).split(".")
        if len(parts) > 2:
            continue
        if _listed_but_no_relation(schema, parts[0]):
            _refused(call)
            continue
        if parts[0] not in schema.relations:
            continue
        nested = wanted.get(parts[0])
        if len(parts) == 2 and nested == [] and parts[0] in wanted and _refused(call):
            continue  # `parent`, then `parent.child`: a TypeError on the server
        if len(parts) == 1 and parts[0] in wanted:
            wanted[parts[0]] = []  # `parent.child`, then `parent`: the child is dropped
            continue
        wanted.setdefault(parts[0], [])
        if len(parts) == 2:
            wanted[parts[0]].append(parts[1])
    for head, children in list(wanted.items()):
        target = facts.SCHEMAS[schema.relations[head].target]
        if any(child not in target.relations for child in children):
            _refused(call)
            wanted.pop(head)
    return wanted


def _listed_but_no_relation(schema: ObjectSchema[Any, Any], name: str) -> bool:
    """The server's relation list for customers names `address`, which is no relation of a customer: its
    database layer refuses it (a quirk of the server's, not a fact of the spec)."""
    return schema is facts.CUSTOMER and name == "address"


def _refused(call: Call[Any]) -> bool:
    """An `expand[]` the server's database layer refuses: its 500, or (without the quirk) ignored."""
    if call.quirk("crash-on-list-queries"):
        raise crash("crash-on-list-queries")
    return True


def _expand(call: Call[Any], schema: ObjectSchema[Any, Any], stored: Any, wanted: Wanted) -> Any:
    """Relations are looked up on the stored record; the result is a copy."""
    result = dict(stored)
    for name, nested in wanted.items():
        relation = schema.relations[name]
        value = _related(call, relation, stored)
        target = facts.SCHEMAS[relation.target]
        inner: Wanted = {child: [] for child in nested}
        if isinstance(value, list):
            result[name] = [_expand(call, target, item, inner) for item in value]
        else:  # a to-one relation with nothing to inline is sent as null, like the server does
            result[name] = None if value is None else _expand(call, target, value, inner)
    return result
