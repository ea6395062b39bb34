"""Schemathesis hooks for the KohortPay contract: what JSON Schema cannot say about the API.

Importing this module registers them (the CLI loads it through ``SCHEMATHESIS_HOOKS``):

* every request gets its own ``Idempotency-Key`` (invalid ones are kept, for negative tests), and
  every e-mail address and client reference a fresh value: the server enforces their uniqueness,
  so generated data (and the spec's examples) would otherwise mostly test the duplicate rules;
* a purchase (order, checkout session) that names its shopper by a made-up ``customerId``, or
  joins a made-up share code, can only answer 404: in positive cases the shopper is named by a
  fresh e-mail address and names instead, and the code is left out — the stateful phase's links
  bring real ones;
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
import uuid
from typing import Any

import httpx
import schemathesis
from schemathesis import GenerationMode
from schemathesis.specs.openapi.analysis import OpenAPIAnalysis

from kohortpay.testing.contract import KEY_VARIABLE
from kohortpay.testing.mock.validation import default_validator

_VALIDATOR = default_validator()
# Body fields whose values the server keeps unique (per organization and mode).
EMAIL_FIELDS = frozenset({"emailAddress", "customerEmail"})
REFERENCE_FIELDS = frozenset({"clientReferenceId", "paymentClientReferenceId"})
_serial = itertools.count()
PURCHASES = frozenset({"createOrder", "createCheckoutSession"})
# How the server's own values begin: a value that does not was made up by the generator.
SERVER_PREFIXES = {"customerId": "cus_", "paymentGroupShareId": "KHT"}
QUIRK_HEADER = "kohortpay-mock-quirk"


def _made_up(field: str, value: Any) -> bool:
    return isinstance(value, str) and not value.startswith(SERVER_PREFIXES[field])


def _with_a_real_shopper(body: dict[str, Any]) -> dict[str, Any]:
    """A purchase whose made-up references are replaced by what works from an empty server."""
    if _made_up("paymentGroupShareId", body.get("paymentGroupShareId")):
        del body["paymentGroupShareId"]
    if _made_up("customerId", body.get("customerId")):
        del body["customerId"]
        body.setdefault("customerEmail", "new@example.com")
        body.setdefault("customerFirstName", "Jane")
        body.setdefault("customerLastName", "Doe")
        body["customerEmail"] = _fresh("customerEmail", body["customerEmail"])
    return body


def _fresh(field: str, value: Any) -> Any:
    """A unique value of the same kind (``value`` itself when it is not a string)."""
    if not isinstance(value, str):
        return value
    tag = f"{next(_serial)}{uuid.uuid4().hex[:8]}"
    if field in EMAIL_FIELDS and "@" in value:
        return f"contract.{tag}@example.com"
    if field in REFERENCE_FIELDS and value:
        return f"ref-{tag}"
    return value


EXPIRE_OPERATIONS = frozenset({"expireGroup", "expirePaymentGroup"})
_is_mock: dict[str, bool] = {}


def _mock_url(base_url: str) -> str | None:
    """``base_url`` when it serves the mock's control API (probed once per URL)."""
    if base_url not in _is_mock:
        try:
            _is_mock[base_url] = httpx.get(f"{base_url}/_mock/behaviour", timeout=5).status_code == 200
        except httpx.HTTPError:
            _is_mock[base_url] = False
    return base_url if _is_mock[base_url] else None


def _pass_expiry(case: Any, kwargs: dict[str, Any]) -> None:
    """Move the mock's clock one second past the expiry of the group ``case`` expires."""
    base_url = (case.operation.base_url or "").rstrip("/")
    group_id = (case.path_parameters or {}).get("id")
    if not (base_url and isinstance(group_id, str) and _mock_url(base_url)):
        return
    authorization = (case.headers or {}).get("Authorization") or f"Bearer {os.environ.get(KEY_VARIABLE, '')}"
    headers = {"Authorization": authorization}
    group = httpx.get(f"{base_url}/groups/{group_id}", headers=headers, timeout=5)
    expires_at = group.json().get("expires_at") if group.status_code == 200 and group.content else None
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
    if case.operation.definition.raw.get("operationId") in EXPIRE_OPERATIONS:
        _pass_expiry(case, kwargs)
    headers = case.headers or {}
    key = headers.get("Idempotency-Key")
    if isinstance(key, str) and 1 <= len(key) <= 255:
        case.headers = {**headers, "Idempotency-Key": str(uuid.uuid4())}
    positive = meta.generation.mode == GenerationMode.POSITIVE  # a negative case stays invalid
    if positive and isinstance(case.body, dict):
        body = {field: _fresh(field, value) for field, value in case.body.items()}
        if case.operation.definition.raw.get("operationId") in PURCHASES:
            body = _with_a_real_shopper(body)
        case.body = body


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
