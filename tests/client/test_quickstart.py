"""examples/quickstart.py runs: on its embedded mock, and on a server named by the environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kohortpay.testing import MockServer

QUICKSTART = Path(__file__).resolve().parents[2] / "examples" / "quickstart.py"


def run(env: dict[str, str]) -> str:
    base = {k: v for k, v in os.environ.items() if not k.startswith("KOHORTPAY_")}
    done = subprocess.run(
        [sys.executable, str(QUICKSTART)], env={**base, **env}, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_quickstart_on_the_embedded_mock() -> None:
    out = run({})
    assert "embedded mock server" in out
    for step in (
        "1. customer cus_",
        "2. checkout session cs_",
        "3. code KHT-",
        "EMAIL_ALREADY_USED",
        "4. 1 open group",
    ):
        assert step in out


def test_quickstart_on_a_configured_server(server: MockServer) -> None:
    out = run({"KOHORTPAY_API_KEY": server.secret_key, "KOHORTPAY_BASE_URL": server.url})
    assert f"Using {server.url} (test mode)" in out
    assert server.secret_key not in out
