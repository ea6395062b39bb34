"""The spec against the mock, in-process: every operation, every check, and stateful link-following.

The mock runs without its quirks: the spec is the cleaned-up contract (where the reference server
answers 500, the spec refuses). The default mode is held to the reference server by tests/parity.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from contract_config import CASES, SCENARIOS

from kohortpay.testing import contract
from kohortpay.testing.contract import hooks  # noqa: F401  (registers the kit's hooks)
from kohortpay.testing.mock import Mock
from kohortpay.testing.mock.core.quirks import Behaviour

MOCK = Mock(behaviour=Behaviour(quirks=False))
SECRET_KEY = MOCK.state.default_organization.keys["sk_test"]  # kept by reset()
schema = schemathesis.openapi.from_asgi("/_mock/openapi.json", MOCK.app, config=contract.config(SECRET_KEY))


@pytest.fixture(autouse=True)
def fresh_mock() -> None:
    MOCK.reset()


@schema.parametrize()
@CASES
def test_operation_conforms(case: Any) -> None:
    case.call_and_validate()


class Workflow(schema.as_state_machine()):  # type: ignore[misc]
    def setup(self) -> None:
        MOCK.reset()  # every scenario starts from the initial state


TestWorkflow = Workflow.TestCase
TestWorkflow.settings = SCENARIOS
