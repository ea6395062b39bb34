"""`make contract`: the deep contract run — the shipped kit against the mock, without its quirks (the
spec is the cleaned-up contract), each part with its own budget:

1. `kohortpay-contract`, every phase (examples, coverage, fuzzing, stateful) and every check, at
   least 500 examples per operation;
2. `kohortpay-contract --stateful-only`: the spec's links, from the creates through found, validate,
   join, block, cancel and expire;
3. the referral life-cycle machine (kohortpay.testing.contract.lifecycle), which also moves the
   clock and checks completion and cashback; its exchanges are printed by operation and status.

Exits non-zero if any part fails.
"""

from __future__ import annotations

import os
import sys

from hypothesis import HealthCheck, settings
from hypothesis.stateful import run_state_machine_as_test

from kohortpay.testing import MockServer
from kohortpay.testing.contract import cli
from kohortpay.testing.contract.lifecycle import referral_life_cycle


def life_cycle(server: MockServer, examples: int) -> int:
    machine = referral_life_cycle(server.url, server.secret_key)
    budget = settings(max_examples=examples, stateful_step_count=20, deadline=None,
                      suppress_health_check=list(HealthCheck))  # fmt: skip
    status = 0
    try:
        run_state_machine_as_test(machine, settings=budget)
    except Exception as failure:  # a failed property: hypothesis has printed the steps
        print(f"life cycle: FAILED: {failure}", flush=True)
        status = 1
    print(f"life cycle: {examples} runs, {sum(machine.calls.values())} exchanges, every one checked:")
    for (operation, code), number in sorted(machine.calls.items()):
        print(f"  {number:6d}  {operation} → {code}")
    return status


def main() -> int:
    examples = os.environ.get("CONTRACT_DEEP_EXAMPLES", "500")
    stateful = os.environ.get("CONTRACT_STATEFUL_EXAMPLES", "300")
    lifecycle = int(os.environ.get("CONTRACT_LIFECYCLE_EXAMPLES", "100"))
    seed = os.environ.get("CONTRACT_SEED", "20261121")
    status = 0
    with MockServer(quirks=False) as server:
        for budget, extra in ((examples, []), (stateful, ["--stateful-only"])):
            phases = "the stateful phase" if extra else "every phase"
            print(f"contract: {phases}, {budget} examples per operation, against {server.url}", flush=True)
            arguments = ["--url", server.url, "--api-key", server.secret_key, "--max-examples", budget, "--seed", seed]
            status = cli.main(arguments + extra) or status
        print(f"contract: the referral life cycle, {lifecycle} runs", flush=True)
        status = life_cycle(server, lifecycle) or status
    return status


if __name__ == "__main__":
    sys.exit(main())
