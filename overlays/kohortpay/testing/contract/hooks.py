"""Schemathesis hooks for the KohortPay contract: what JSON Schema cannot say about the API.

Importing this module registers them (the CLI loads it through ``SCHEMATHESIS_HOOKS``):

* every request gets its own ``Idempotency-Key`` (invalid ones are kept, for negative tests), and
  every e-mail address and client reference a fresh value: the server enforces their uniqueness,
  so generated data (and the spec's examples) would otherwise mostly test the duplicate rules;
* a made-up reference to another object (``x-kohortpay`` ``references``: a ``customerId`` or a
  share code that does not have the referenced field's ``pattern``) can only answer 404: in
  positive cases an optional one is left out — a purchase then names its shopper by a fresh
  e-mail address and names instead — and the stateful phase's links bring real ones;
* bodies the server coerces (``"42"`` for an integer, which it runs through JavaScript's
  ``Number()``) are not generated as invalid ones;
* an answer of the mock that reproduces a documented quirk of the real server (it says so in its
  ``KohortPay-Mock-Quirk`` header; the README's quirk table) is that server's behaviour, not a
  defect of the mock: its failures are dropped. ``kohortpay-mock --no-quirks`` has none;
* the mock's clock is not in the spec: before a group's ``expire`` (which needs its expiry to have
  passed), the mock's clock is moved just past it, so that the stateful phase can expire a group it
  founded. A real server keeps its clock: there, ``expire`` answers the documented 400;
* schemathesis's dependency analysis reads ``emailAddress``, ``clientReferenceId`` or
  ``paymentGroupShareId`` as references to resources that no operation creates, and so never starts
  a stateful scenario with the creates that work from an empty server: those inputs are dropped.
"""

from __future__ import annotations

import datetime
import itertools
import os
import re
import uuid
from typing import Any

import httpx
import schemathesis
from schemathesis import GenerationMode
from schemathesis.specs.openapi.analysis import OpenAPIAnalysis

from kohortpay.testing.contract import KEY_VARIABLE
from kohortpay.testing.mock.core.validation import default_validator
from kohortpay_client import facts

_VALIDATOR = default_validator()
_serial = itertools.count()
QUIRK_HEADER = "kohortpay-mock-quirk"
# An expire that needs its group's expiry to have passed (the server's rule for groups).
EXPIRES_AFTER_EXPIRY = frozenset({facts.EXPIRE_GROUP.operation_id, facts.EXPIRE_PAYMENT_GROUP.operation_id})


def _made_up(target: tuple[str, str], value: Any) -> bool:
    """A string the server cannot have made (it does not have the referenced field's `pattern`)."""
    schema, field = target
    pattern = facts.SCHEMAS[schema].patterns.get(field)
    return isinstance(value, str) and pattern is not None and re.fullmatch(pattern, value) is None


def _fresh(value: Any, *, email: bool) -> Any:
    """A unique value of the same kind (``value`` itself when it is not one: not a string, or not an
    e-mail address where one is expected — a negative case stays invalid)."""
    if not isinstance(value, str) or not value or (email and "@" not in value):
        return value
    tag = f"{next(_serial)}{uuid.uuid4().hex[:8]}"
    return f"contract.{tag}@example.com" if email else f"ref-{tag}"


def _workable(op: facts.Operation[Any, Any], body: dict[str, Any]) -> dict[str, Any]:
    """A body whose optional made-up references are left out (they can only answer 404 from an empty
    server). One that belongs to a group of fields the body needs is left out only if a group that
    references nothing can stand in: that group is then given."""
    shape = op.body
    assert shape is not None
    fallback = next((g for g in shape.alternatives if not set(g) & set(shape.references)), None)
    grouped = {name for group in shape.alternatives for name in group}
    for name, target in shape.references.items():
        optional = name not in shape.required and (name not in grouped or fallback is not None)
        if optional and _made_up(target, body.get(name)):
            del body[name]
    if fallback is not None and not any(all(name in body for name in group) for group in shape.alternatives):
        properties = _VALIDATOR.resolve({"$ref": f"#/components/schemas/{shape.name}"})["properties"]
        for name in fallback:
            email = _VALIDATOR.resolve(properties[name]).get("format") == "email"
            body.setdefault(name, "new@example.com" if email else "Contract")
    return body


def _fresh_body(op: facts.Operation[Any, Any], body: dict[str, Any]) -> dict[str, Any]:
    """E-mail addresses and the fields the server keeps unique get a fresh value."""
    shape = op.body
    assert shape is not None
    properties = _VALIDATOR.resolve({"$ref": f"#/components/schemas/{shape.name}"})["properties"]
    fresh = {}
    for name, value in body.items():
        email = _VALIDATOR.resolve(properties.get(name, {})).get("format") == "email"
        unique = name in op.unique_keys and name not in shape.references
        fresh[name] = _fresh(value, email=email) if email or unique else value
    return fresh


_is_mock: dict[str, bool] = {}


def _mock_url(base_url: str) -> str | None:
    """``base_url`` when it serves the mock's control API (probed once per URL)."""
    if base_url not in _is_mock:
        try:
            _is_mock[base_url] = httpx.get(f"{base_url}/_mock/behaviour", timeout=5).status_code == 200
        except httpx.HTTPError:
            _is_mock[base_url] = False
    return base_url if _is_mock[base_url] else None


def _pass_expiry(op: facts.Operation[Any, Any], case: Any) -> None:
    """Move the mock's clock one second past the expiry of the object ``case`` expires."""
    base_url = (case.operation.base_url or "").rstrip("/")
    object_id = (case.path_parameters or {}).get("id")
    if not (base_url and isinstance(object_id, str) and _mock_url(base_url)):
        return
    getter = facts.BY_METHOD[(op.resource, "retrieve")]
    authorization = (case.headers or {}).get("Authorization") or f"Bearer {os.environ.get(KEY_VARIABLE, '')}"
    found = httpx.get(
        f"{base_url}{getter.path.format(id=object_id)}", headers={"Authorization": authorization}, timeout=5
    )
    expires_at = found.json().get("expires_at") if found.status_code == 200 and found.content else None
    if not isinstance(expires_at, str):
        return
    past = datetime.datetime.fromisoformat(expires_at) + datetime.timedelta(seconds=1)
    now = datetime.datetime.fromisoformat(httpx.get(f"{base_url}/_mock/clock", timeout=5).json()["now"])
    if past > now:
        httpx.post(f"{base_url}/_mock/clock", json={"now": past.isoformat()}, timeout=5)


@schemathesis.hook
def before_call(ctx: schemathesis.HookContext, case: Any, kwargs: dict[str, Any]) -> None:
    meta = getattr(case, "meta", None)
    if meta is None:  # a case written by hand (e.g. the life-cycle machine) is sent as written
        return
    op = facts.OPERATIONS[case.operation.definition.raw["operationId"]]
    if op.operation_id in EXPIRES_AFTER_EXPIRY:
        _pass_expiry(op, case)
    headers = case.headers or {}
    key = headers.get("Idempotency-Key")
    if isinstance(key, str) and 1 <= len(key) <= 255:
        case.headers = {**headers, "Idempotency-Key": str(uuid.uuid4())}
    positive = meta.generation.mode == GenerationMode.POSITIVE  # a negative case stays invalid
    if positive and isinstance(case.body, dict) and op.body is not None:
        case.body = _fresh_body(op, _workable(op, dict(case.body)))


@schemathesis.hook
def filter_body(ctx: schemathesis.HookContext, body: Any) -> bool:
    operation = ctx.operation
    if operation is None or not isinstance(body, dict):
        return True
    spec_operation = _VALIDATOR.operations.get((operation.method.upper(), operation.path))
    if spec_operation is None or spec_operation.body is None:
        return True
    return bool(_VALIDATOR.coerce(body, spec_operation.body) == body)


@schemathesis.hook
def filter_failure(ctx: schemathesis.HookContext, failure: Any, case: Any, response: Any) -> bool:
    return QUIRK_HEADER not in response.headers


class _Analysis(OpenAPIAnalysis):
    """The schema's analysis, whose dependency graph keeps only inputs some operation produces."""

    __slots__ = ()

    @property
    def dependency_graph(self) -> Any:
        computed = self._dependency_graph is not None
        graph = OpenAPIAnalysis.dependency_graph.fget(self)  # type: ignore[attr-defined]
        if not computed:
            produced = {output.resource.name for node in graph.operations.values() for output in node.outputs}
            for node in graph.operations.values():
                node.inputs = [slot for slot in node.inputs if slot.resource.name in produced]
        return graph


@schemathesis.hook
def after_load_schema(ctx: schemathesis.HookContext, schema: Any) -> None:
    # Swapped, not computed here: the schema has no base URL yet (computing now would bind it).
    if type(getattr(schema, "analysis", None)) is OpenAPIAnalysis:
        schema.analysis.__class__ = _Analysis
