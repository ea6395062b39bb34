"""Shared set-up of the contract tests: the schemathesis config (with our hooks) and the budgets."""

from __future__ import annotations

import os
from pathlib import Path

import contract_hooks  # noqa: F401  (registers the schemathesis hooks)
from schemathesis.config import SchemathesisConfig

CONFIG = SchemathesisConfig.from_path(str(Path(__file__).with_name("schemathesis.toml")))
# CI budget; `make contract` runs the deep one through the CLI.
MAX_EXAMPLES = int(os.environ.get("CONTRACT_MAX_EXAMPLES", "15"))
STATEFUL_EXAMPLES = int(os.environ.get("CONTRACT_STATEFUL_EXAMPLES", "15"))
