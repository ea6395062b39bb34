"""The kit's referral life-cycle machine (kohortpay.testing.contract.lifecycle) against the mock,
with and without its quirks, and against a real server when KOHORTPAY_LIVE_URL/…_API_KEY are set."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from contract_config import DEEP, DEEP_ONLY, LIFE_CYCLE
from hypothesis.stateful import run_state_machine_as_test

from kohortpay.testing import MockServer
from kohortpay.testing.contract.lifecycle import referral_life_cycle
from kohortpay_client import facts


@pytest.fixture(params=["mock", "mock-without-quirks", "live"])
def target(request: pytest.FixtureRequest) -> Iterator[tuple[str, str, bool]]:
    if request.param == "mock-without-quirks" and not DEEP:
        pytest.skip(DEEP_ONLY)  # `make contract` runs 100 such life cycles
    if request.param == "live":
        url, key = os.environ.get("KOHORTPAY_LIVE_URL"), os.environ.get("KOHORTPAY_LIVE_API_KEY")
        if not (url and key):
            pytest.skip("set KOHORTPAY_LIVE_URL and KOHORTPAY_LIVE_API_KEY to run against a real server")
        yield url, key, True
        return
    with MockServer(quirks=request.param == "mock") as server:
        yield server.url, server.secret_key, False


def test_referral_life_cycle(target: tuple[str, str, bool]) -> None:
    url, key, live = target
    machine = referral_life_cycle(url, key, live=live)  # on the mock, each run starts from a reset
    run_state_machine_as_test(machine, settings=LIFE_CYCLE)
    done = {operation for (operation, status), _ in machine.calls.items() if status < 300}
    expected = (facts.CREATE_ORDER, facts.GET_GROUP, facts.CREATE_CUSTOMER, facts.BLOCK_CUSTOMER)
    assert {op.operation_id for op in expected} <= done


def test_expiring_an_old_group_does_not_turn_the_clock_back() -> None:
    """A step sequence hypothesis once found: expiring a group whose expiry is past moved the mock's
    clock back, so a group founded since was still open after `time_passes` and the machine failed."""
    with MockServer(quirks=False) as server:
        machine: Any = referral_life_cycle(server.url, server.secret_key)()  # its rules, called in order
        first = machine.found_group("groups", 5000)
        machine.time_passes()
        later = machine.found_group("groups", 5000)
        before = server.now()
        machine.expire(first)
        assert server.now() >= before
        machine.time_passes()
        assert (first.status, later.status) == ("EXPIRED", "EXPIRED")
