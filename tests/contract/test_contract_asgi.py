"""The spec against the mock, in-process: every operation, every check, and stateful link-following."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from contract_config import CONFIG, MAX_EXAMPLES, STATEFUL_EXAMPLES
from hypothesis import HealthCheck, settings

from kohortpay.testing.mock import Mock

MOCK = Mock()
schema = schemathesis.openapi.from_asgi("/_mock/openapi.json", MOCK.app, config=CONFIG)


@schema.auth()
class SecretKey:
    """The default organization's test secret key (schemathesis also tries without it)."""

    def get(self, case: Any, ctx: Any) -> str:
        return MOCK.state.default_organization.keys["sk_test"]

    def set(self, case: Any, data: str, ctx: Any) -> None:
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}


@pytest.fixture(autouse=True)
def fresh_mock() -> None:
    MOCK.reset()


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_operation_conforms(case: Any) -> None:
    case.call_and_validate()


class Workflow(schema.as_state_machine()):  # type: ignore[misc]
    def setup(self) -> None:
        MOCK.reset()  # every scenario starts from the initial state


TestWorkflow = Workflow.TestCase
TestWorkflow.settings = settings(
    max_examples=STATEFUL_EXAMPLES,
    stateful_step_count=6,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,  # CI runs the same cases every time; `make contract` explores
)
