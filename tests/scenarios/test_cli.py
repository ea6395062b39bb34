"""The `kohortpay-mock` console script: seeded state, printed URL and keys, clean termination."""

from __future__ import annotations

import json
import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from kohortpay.testing.mock.core.quirks import QUIRKS

from .helpers import bearer, error, http, ok, shopper

SEEDED_KEY = "sk_test_" + "5eed" * 20


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def script() -> str:
    found = Path(sys.executable).with_name("kohortpay-mock")
    if not found.exists():
        pytest.fail(f"the console script is not installed next to {sys.executable}")
    return str(found)


def read_banner(process: subprocess.Popen[str], timeout: float = 15.0) -> list[str]:
    """The lines printed at start, up to the control-API line (read on a thread, bounded)."""
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line.rstrip("\n"))
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    banner: list[str] = []
    deadline = time.monotonic() + timeout
    while not banner or "control API" not in banner[-1]:
        line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
        if line is None:
            raise AssertionError(f"kohortpay-mock exited early: {banner}")
        banner.append(line)
    return banner


def wait_ready(url: str, timeout: float = 10.0) -> None:
    """The banner comes before the socket listens (and before the seed is loaded): poll."""
    deadline = time.monotonic() + timeout
    with http(url, timeout=1) as probe:
        while True:
            try:
                probe.get("/_mock/clock")
                return
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)


def test_cli_serves_seeded_state(tmp_path: Path) -> None:
    seed = {
        "organizations": [
            {
                "name": "Seeded shop",
                "keys": {"sk_test": SEEDED_KEY},
                "settings": {"discount_type": "AMOUNT", "max_participants": 3, "min_purchase_value": 1000},
            }
        ],
        "requests": [
            {
                "key": SEEDED_KEY,
                "path": "/customers",
                "body": {"emailAddress": "seeded@example.com", "firstName": "Seed"},
            },
            {"key": "sk_test", "path": "/orders", "body": {"amount": 4000, **shopper("default@example.com")}},
        ],
    }
    seed_file = tmp_path / "seed.json"
    seed_file.write_text(json.dumps(seed), encoding="utf-8")
    port = free_port()
    # Without PYTHONUNBUFFERED: the banner must reach a pipe anyway.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    process = subprocess.Popen(
        [script(), "--port", str(port), "--seed", str(seed_file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        banner = read_banner(process)
        found = re.fullmatch(r"KohortPay mock listening on (http://127\.0\.0\.1:(\d+))", banner[0])
        assert found is not None, banner
        url = found[1]
        assert int(found[2]) == port
        keys: dict[str, str] = {}
        for line in banner[1:5]:
            entry = re.fullmatch(r"\s+(\w+): (\S+)", line)
            assert entry is not None, banner
            keys[entry[1]] = entry[2]
        assert set(keys) == {"sk_test", "pk_test", "sk_live", "pk_live"}
        assert all(key.startswith(kind + "_") for kind, key in keys.items())
        assert banner[5].strip().startswith(f"control API: {url}/_mock/")
        wait_ready(url)

        with http(url, headers=bearer(SEEDED_KEY), timeout=5) as seeded:
            customers = ok(seeded.get("/customers"))
            assert customers["count"] == 1 and customers["data"][0]["first_name"] == "Seed"
            assert ok(seeded.get("/orders"))["count"] == 0
            # The seeded organization's settings apply: minimum purchase of 1000.
            low = seeded.post("/orders", json={"amount": 999, **shopper("x@example.com")})
            assert error(low, 400)["message"] == "The minimum purchase value is 1000"
        with http(url, headers=bearer(keys["sk_test"]), timeout=5) as default:
            assert ok(default.get("/orders"))["count"] == 1
            assert ok(default.get("/customers", params={"search": "emailAddress:seeded@example.com"}))["count"] == 0
        with http(url) as control:
            organizations = ok(control.get("/_mock/organizations"))
        assert {o["name"] for o in organizations} == {"Default organization", "Seeded shop"}
        seeded_org = next(o for o in organizations if o["name"] == "Seeded shop")
        assert seeded_org["keys"]["sk_test"] == SEEDED_KEY
        assert seeded_org["settings"]["test"]["discount_type"] == "AMOUNT"
    finally:
        process.terminate()
        try:
            code = process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
            raise
        stderr = process.stderr.read() if process.stderr else ""
        if process.stdout:
            process.stdout.close()
        if process.stderr:
            process.stderr.close()
    # uvicorn shuts down cleanly, then re-raises the signal it caught.
    assert code in (0, -signal.SIGTERM), (code, stderr)
    assert "Traceback" not in stderr
    with http(url, timeout=1) as probe, pytest.raises(httpx.TransportError):
        probe.get("/_mock/clock")


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ('{"requests": [{"path": "/customers", "body": {"emailAddress": 5}}]}', "was refused: seed request /customers"),
        ("{not json", "is not valid: Expecting property name"),
        ("[1, 2]", 'is not valid: a seed is an object: {"organizations"'),
        ('{"requests": [{"body": {}}]}', 'is not valid: each seed request is an object with a "path"'),
        ('{"organizations": ["acme"]}', "is not valid: each seed organization is an object"),
        (None, "cannot read the seed file"),
    ],
)
def test_cli_refuses_a_bad_seed_in_one_line(tmp_path: Path, content: str | None, said: str) -> None:
    seed_file = tmp_path / "seed.json"
    if content is not None:
        seed_file.write_text(content, encoding="utf-8")
    result = subprocess.run(
        [script(), "--port", str(free_port()), "--seed", str(seed_file)],
        capture_output=True,
        text=True,
        timeout=30,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 1 and result.stderr.startswith("kohortpay-mock: ") and said in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1


def test_cli_says_when_its_port_is_taken() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([script(), "--port", str(port)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr == f"kohortpay-mock: cannot listen on 127.0.0.1:{port}: Address already in use\n"


def test_cli_lists_and_turns_off_quirks() -> None:
    listed = subprocess.run([script(), "--list-quirks"], capture_output=True, text=True, timeout=30, check=True)
    names = [line for line in listed.stdout.splitlines() if line and not line.startswith(" ")]
    assert names == list(QUIRKS)
    unknown = subprocess.run([script(), "--without-quirk", "no-such-quirk"], capture_output=True, text=True, timeout=30)
    assert unknown.returncode == 2 and "unknown quirks ['no-such-quirk']" in unknown.stderr
    port = free_port()
    process = subprocess.Popen(
        [script(), "--port", str(port), "--no-quirks", "--idempotency"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    try:
        read_banner(process)
        url = f"http://127.0.0.1:{port}"
        wait_ready(url)
        with http(url) as control:
            described = ok(control.get("/_mock/behaviour"))
        assert described["idempotency"] is True and not any(q["enabled"] for q in described["quirks"])
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout:
            process.stdout.close()
