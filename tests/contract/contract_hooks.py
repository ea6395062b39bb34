"""Schemathesis hooks for the KohortPay spec: what JSON Schema cannot say about the API.

Loaded by the pytest contract tests (import) and by `make contract` (SCHEMATHESIS_HOOKS).
"""

from __future__ import annotations

import uuid
from typing import Any

import schemathesis

from kohortpay.testing.mock.validation import default_validator

_VALIDATOR = default_validator()


@schemathesis.hook
def before_call(ctx: schemathesis.HookContext, case: Any, kwargs: dict[str, Any]) -> None:
    """An idempotency key must be unique per request: reusing one with another body is refused
    (IDEMPOTENCY_KEY_REUSED), which generated data (and the spec's single example) would do all
    the time. Invalid values (empty, too long) are kept, so negative tests still exercise them."""
    headers = case.headers or {}
    key = headers.get("Idempotency-Key")
    if isinstance(key, str) and 1 <= len(key) <= 255:
        case.headers = {**headers, "Idempotency-Key": str(uuid.uuid4())}


@schemathesis.hook
def filter_body(ctx: schemathesis.HookContext, body: Any) -> bool:
    """Drop bodies the server legitimately coerces: it runs integer fields through JavaScript's
    `Number()`, so `"42"` or `41.6` for an integer is accepted, not a schema violation to reject."""
    operation = ctx.operation
    if operation is None or not isinstance(body, dict):
        return True
    spec_operation = _VALIDATOR.operations.get((operation.method.upper(), operation.path))
    if spec_operation is None or spec_operation.body is None:
        return True
    return bool(_VALIDATOR._coerce(body, spec_operation.body) == body)
