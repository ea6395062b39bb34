"""`make contract-live`: the shipped kit, `kohortpay-contract --live`, against a real KohortPay server.

Runs every phase and every check but `unsupported_method` (the server's framework answers 404 to a
method a path does not declare) against `KOHORTPAY_LIVE_URL`, authenticated with
`KOHORTPAY_LIVE_API_KEY`; the kit judges each failure by the ledger it ships (`divergences.yaml`):
the run passes when each is a known divergence, and lists the others in full.
`CONTRACT_LIVE_SNAPSHOT=path` keeps the distinct failures for `test_divergences.py`;
`contract_live.py --classify run.ndjson` judges a saved report again.

It creates, updates and cancels real objects: use a test key (`sk_test_…`) of an organization kept
for it. A live-mode key is refused unless `KOHORTPAY_CONTRACT_ALLOW_LIVEMODE=1`.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from kohortpay.testing.contract import cli, ledger


def main() -> int:
    if sys.argv[1:2] == ["--classify"]:
        return ledger.report(list(ledger.failures(Path(sys.argv[2]))), ledger.load(), sys.stdout)
    url, key = os.environ.get("KOHORTPAY_LIVE_URL"), os.environ.get("KOHORTPAY_LIVE_API_KEY")
    if not url or not key:
        print("contract-live: set KOHORTPAY_LIVE_URL and KOHORTPAY_LIVE_API_KEY (a test key)", file=sys.stderr)
        return 2
    examples = os.environ.get("CONTRACT_LIVE_EXAMPLES", "30")
    with tempfile.TemporaryDirectory() as scratch:
        # The report holds every exchange (the key filtered out): keep it with CONTRACT_LIVE_REPORT=path.
        ndjson = Path(os.environ.get("CONTRACT_LIVE_REPORT") or Path(scratch) / "run.ndjson").resolve()
        arguments = ["--url", url, "--api-key", key, "--live", "--max-examples", examples, "--report", str(ndjson)]
        arguments += ["--seed", os.environ.get("CONTRACT_SEED", "20261201")]
        if os.environ.get("KOHORTPAY_CONTRACT_ALLOW_LIVEMODE") == "1":
            arguments.append("--allow-livemode")
        print(f"contract-live: the kit (kohortpay-contract --live), {examples} examples per operation, against {url}")
        status = cli.main(arguments)
        if os.environ.get("CONTRACT_LIVE_SNAPSHOT") and ndjson.exists():  # tests/fixtures/refserver/…
            ledger.save(ledger.failures(ndjson), Path(os.environ["CONTRACT_LIVE_SNAPSHOT"]))
        return status


if __name__ == "__main__":
    sys.exit(main())
