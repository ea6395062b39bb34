"""`make contract`: the deep contract run — schemathesis CLI against the mock over HTTP.

Every phase (examples, coverage, fuzzing, stateful), every check, at least 500 examples per
operation, against the mock without its quirks (the spec is the cleaned-up contract). Prints
schemathesis's summary; exits with its status.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from kohortpay.testing import MockServer

HERE = Path(__file__).resolve().parent


def main() -> int:
    examples = os.environ.get("CONTRACT_DEEP_EXAMPLES", "500")
    with MockServer(quirks=False) as server, tempfile.TemporaryDirectory() as scratch:
        config = Path(scratch) / "schemathesis.toml"
        auth = f'\n[auth.openapi.bearerAuth]\nbearer = "{server.secret_key}"\n'
        config.write_text((HERE / "schemathesis.toml").read_text() + auth)
        command = [
            str(Path(sys.executable).with_name("schemathesis")),
            "--config-file", str(config),
            "run", f"{server.url}/_mock/openapi.json",
            "--checks", "all",
            "--max-examples", examples,
            "--workers", "1",  # hypothesis's source introspection is not thread-safe on 3.11
            "--seed", os.environ.get("CONTRACT_SEED", "20261121"),
        ]  # fmt: skip
        env = {**os.environ, "SCHEMATHESIS_HOOKS": "contract_hooks", "PYTHONPATH": str(HERE)}
        print(f"contract: schemathesis, {examples} examples per operation, against {server.url}", flush=True)
        return subprocess.run(command, env=env, cwd=scratch, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
