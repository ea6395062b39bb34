"""The project's budgets for the pytest contract tests (the settings and hooks are the shipped kit's:
kohortpay.testing.contract)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# CI budget, the same cases every run; `make contract` explores with the deep one (CLI).
MAX_EXAMPLES = int(os.environ.get("CONTRACT_MAX_EXAMPLES", "15"))
STATEFUL_EXAMPLES = int(os.environ.get("CONTRACT_STATEFUL_EXAMPLES", "15"))
LIFECYCLE_EXAMPLES = int(os.environ.get("CONTRACT_LIFECYCLE_EXAMPLES", "8"))
CASES = settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
SCENARIOS = settings(CASES, max_examples=STATEFUL_EXAMPLES, stateful_step_count=6)
LIFE_CYCLE = settings(CASES, max_examples=LIFECYCLE_EXAMPLES, stateful_step_count=12)


#: Set by `make contract`: the deep suites (the contract over real HTTP, the life cycle without
#: quirks) run there, not in `make test` — the ASGI contract run and the downstream CLI run cover
#: the same operations in CI.
DEEP = bool(os.environ.get("KOHORTPAY_DEEP_CONTRACT"))
DEEP_ONLY = "a deep contract suite: `make contract` runs it"
