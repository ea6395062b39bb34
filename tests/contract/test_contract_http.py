"""The spec against the mock over real HTTP (uvicorn on 127.0.0.1), stateful link-following included."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from contract_config import CONFIG, MAX_EXAMPLES, STATEFUL_EXAMPLES
from hypothesis import HealthCheck, settings

from kohortpay.testing import MockServer

# Started at collection: schemathesis needs the live schema to parametrize the tests.
# (`schemathesis.pytest.from_fixture` does not work with pytest 9.)
SERVER = MockServer().start()
schema = schemathesis.openapi.from_url(f"{SERVER.url}/_mock/openapi.json", config=CONFIG)
schema.config.update(base_url=SERVER.url)


@schema.auth()
class SecretKey:
    def get(self, case: Any, ctx: Any) -> str:
        return SERVER.secret_key

    def set(self, case: Any, data: str, ctx: Any) -> None:
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}


@pytest.fixture(scope="module", autouse=True)
def stop_server() -> Iterator[None]:
    yield
    SERVER.stop()


@pytest.fixture(autouse=True)
def fresh_mock() -> None:
    httpx.post(f"{SERVER.url}/_mock/reset").raise_for_status()  # the test-only reset hook


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_operation_conforms_over_http(case: Any) -> None:
    case.call_and_validate()


class Workflow(schema.as_state_machine()):  # type: ignore[misc]
    def setup(self) -> None:
        httpx.post(f"{SERVER.url}/_mock/reset").raise_for_status()


TestWorkflowOverHttp = Workflow.TestCase
TestWorkflowOverHttp.settings = settings(
    max_examples=STATEFUL_EXAMPLES,
    stateful_step_count=6,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,  # CI runs the same cases every time; `make contract` explores
)
