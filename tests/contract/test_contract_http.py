"""The spec against the mock over real HTTP (uvicorn on 127.0.0.1), stateful link-following included,
through the shipped contract kit (kohortpay.testing.contract), as a downstream user would.

Without the mock's quirks, like test_contract_asgi.py: the spec is the cleaned-up contract.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from contract_config import CASES, DEEP, DEEP_ONLY, SCENARIOS

from kohortpay.testing import MockServer, contract

if not DEEP:
    pytest.skip(DEEP_ONLY, allow_module_level=True)

# Started at collection: the kit's schema is aimed at a running server.
# (`schemathesis.pytest.from_fixture` does not work with pytest 9.)
SERVER = MockServer(quirks=False).start()
schema = contract.schema(SERVER.url, SERVER.secret_key)


def reset() -> None:
    httpx.post(f"{SERVER.url}/_mock/reset").raise_for_status()  # the test-only reset hook


@pytest.fixture(scope="module", autouse=True)
def stop_server() -> Iterator[None]:
    yield
    SERVER.stop()


@pytest.fixture(autouse=True)
def fresh_mock() -> None:
    reset()


@schema.parametrize()
@CASES
def test_operation_conforms_over_http(case: Any) -> None:
    case.call_and_validate()


class Workflow(schema.as_state_machine()):  # type: ignore[misc]
    def setup(self) -> None:
        reset()


TestWorkflowOverHttp = Workflow.TestCase
TestWorkflowOverHttp.settings = SCENARIOS
