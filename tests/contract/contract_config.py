"""Shared set-up of the contract tests: the schemathesis config (with our hooks), budgets, auth."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import contract_hooks  # noqa: F401  (registers the schemathesis hooks)
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

CONFIG = SchemathesisConfig.from_path(str(Path(__file__).with_name("schemathesis.toml")))
# CI budget, the same cases every run; `make contract` explores with the deep one (CLI).
MAX_EXAMPLES = int(os.environ.get("CONTRACT_MAX_EXAMPLES", "15"))
STATEFUL_EXAMPLES = int(os.environ.get("CONTRACT_STATEFUL_EXAMPLES", "15"))
CASES = settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
SCENARIOS = settings(
    max_examples=STATEFUL_EXAMPLES,
    stateful_step_count=6,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)


def authenticate(schema: Any, secret_key: Callable[[], str]) -> None:
    """Send the mock's test secret key through schemathesis auth (which also tries without it)."""

    @schema.auth()
    class SecretKey:
        def get(self, case: Any, ctx: Any) -> str:
            return secret_key()

        def set(self, case: Any, data: str, ctx: Any) -> None:
            case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}
