"""`make contract`: the deep contract run — the shipped kit's CLI (kohortpay-contract) against the mock.

Two runs, each with its own budget: every phase (examples, coverage, fuzzing, stateful) and every
check with at least 500 examples per operation, then the stateful phase alone with a budget of its
own (the scenarios that found, validate, join, cancel and expire groups). Against the mock without
its quirks: the spec is the cleaned-up contract. Exits non-zero if either run fails.
"""

from __future__ import annotations

import os
import sys

from kohortpay.testing import MockServer
from kohortpay.testing.contract import cli


def main() -> int:
    examples = os.environ.get("CONTRACT_DEEP_EXAMPLES", "500")
    stateful = os.environ.get("CONTRACT_STATEFUL_EXAMPLES", "300")
    seed = os.environ.get("CONTRACT_SEED", "20261121")
    status = 0
    with MockServer(quirks=False) as server:
        for budget, extra in ((examples, []), (stateful, ["--stateful-only"])):
            phases = "the stateful phase" if extra else "every phase"
            print(f"contract: {phases}, {budget} examples per operation, against {server.url}", flush=True)
            arguments = ["--url", server.url, "--api-key", server.secret_key, "--max-examples", budget, "--seed", seed]
            status = cli.main(arguments + extra) or status
    return status


if __name__ == "__main__":
    sys.exit(main())
