"""Assertions on what a service sent to the mock, read from its request journal
(`MockServer.requests()`): the checks that catch the classic payment-integration bug, a create sent
twice (a retry without reconciliation, a job run twice, a webhook handler that is not idempotent).

::

    from kohortpay.testing.journal import assert_created_once, assert_no_duplicate_creates

    def test_checkout_registers_the_order_once(kohortpay_mock, shop):
        kohortpay_mock.add_fault("POST", "/orders", drop_connection=True)  # the answer is lost
        shop.checkout(cart_id=42)
        assert_created_once(kohortpay_mock, "orders", client_reference_id="42")
        assert_no_duplicate_creates(kohortpay_mock)
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from kohortpay._casing import camel_key
from kohortpay_client import facts

from .mock.core.journal import Entry
from .mock.http.server import MockServer

#: The create operations, by the SDK resource that calls them (`orders` → `createOrder`).
CREATES = {op.resource: op for op in facts.OPERATIONS.values() if op.method == "create"}


def created(server: MockServer, resource: str, **match: Any) -> list[Entry]:
    """The requests that created an object of `resource` (`"orders"`), whose body holds every
    `match` field (snake_case or camelCase)."""
    operation = _create(resource)
    wanted = {camel_key(field): value for field, value in match.items()}
    return [
        entry
        for entry in server.requests(operation=operation.operation_id)
        if entry.created and isinstance(entry.body, dict)
        and all(_camel(entry.body).get(field) == value for field, value in wanted.items())
    ]  # fmt: skip


def assert_created_once(server: MockServer, resource: str, **match: Any) -> Entry:
    """Exactly one request created an object of `resource` matching `match`; returns it. The
    failure lists every request sent to that operation, and what each got."""
    found = created(server, resource, **match)
    if len(found) != 1:
        operation = _create(resource)
        sent = server.requests(operation=operation.operation_id)
        what = ", ".join(f"{k}={v!r}" for k, v in match.items()) or "any body"
        lines = "\n".join(f"  {entry}" for entry in sent) or "  (none)"
        raise AssertionError(
            f"expected one {operation.method} of {resource} with {what}, found {len(found)}; "
            f"the requests to {operation.http_method} {operation.path}:\n{lines}"
        )
    return found[0]


def assert_no_duplicate_creates(server: MockServer) -> None:
    """No object was created twice: no two successful creates in one organization and mode carry the
    same natural key (the operation's first unique key the body gives, e.g. `clientReferenceId`) or,
    without one, the same body. A retry after a lost answer must be reconciled, not sent again."""
    duplicates: list[str] = []
    for resource, operation in CREATES.items():
        groups: dict[tuple[object, str], list[Entry]] = defaultdict(list)
        for entry in server.requests(operation=operation.operation_id):
            if entry.created and isinstance(entry.body, dict):  # one object per organization and mode
                groups[entry.scope, _identity(operation, _camel(entry.body))].append(entry)
        for (_, identity), entries in groups.items():
            if len(entries) > 1:
                lines = "\n".join(f"    {entry}" for entry in entries)
                duplicates.append(f"  {resource} created {len(entries)} times with {identity}:\n{lines}")
    if duplicates:
        raise AssertionError("duplicate creates:\n" + "\n".join(duplicates))


def _create(resource: str) -> facts.Operation[Any, Any]:
    if resource not in CREATES:
        raise ValueError(f"no create operation for {resource!r}; the resources are {sorted(CREATES)}")
    return CREATES[resource]


def _camel(body: dict[str, Any]) -> dict[str, Any]:
    return {camel_key(key): value for key, value in body.items()}


def _identity(operation: facts.Operation[Any, Any], body: dict[str, Any]) -> str:
    for key in operation.unique_keys:
        if body.get(key) is not None:
            return f"{key}={body[key]!r}"
    return f"the same body {body!r}"
