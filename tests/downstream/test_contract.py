"""The contract kit as a shop runs it in CI: the `kohortpay-contract` console script of the
installed wheel, against a mock it started, every phase and every check."""

import shutil
import subprocess
import sys
from pathlib import Path

from kohortpay.testing import MockServer


def test_kohortpay_contract_passes_against_the_mock() -> None:
    script = shutil.which("kohortpay-contract", path=str(Path(sys.executable).parent))
    assert script is not None, "the wheel installs the kohortpay-contract console script"
    with MockServer() as server:
        done = subprocess.run(
            [script, "--url", server.url, "--api-key", server.secret_key, "--max-examples", "5", "--seed", "1"],
            capture_output=True,
            text=True,
            check=False,
        )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "No issues found" in done.stdout or "passed" in done.stdout
    assert "Stateful" in done.stdout


def test_the_wheel_ships_the_ledger_of_known_divergences() -> None:
    from kohortpay.testing.contract import ledger

    assert len({entry.id for entry in ledger.load()}) >= 10  # what `kohortpay-contract --live` applies
