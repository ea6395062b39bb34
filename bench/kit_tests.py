"""What a shop's test costs with the kit's fixtures: per-test time of a suite using the sync or the
async client, on a fresh mock per test or a shared one (reset between tests).

    .venv/bin/python bench/kit_tests.py [--tests 1000] [--rounds 3]   # about 3 minutes

Each variant is a generated test module of `--tests` tests (each creates a customer and reads it
back), run by pytest in a subprocess; an empty module of as many tests is the floor. Variants and
the floor alternate round by round; the table gives the median cost per test above the same round's
floor, and the async variants' cost over the sync ones' (paired by round).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BODIES = {
    "floor": "def test_{n}():\n    pass\n",
    "sync": (
        "def test_{n}(kohortpay_client):\n"
        "    c = kohortpay_client.customers.create(email_address='t{n}@example.com')\n"
        "    assert kohortpay_client.customers.retrieve(c.id).id == c.id\n"
    ),
    "async": (
        "import pytest\n"
        "@pytest.mark.anyio\n"
        "async def test_{n}(kohortpay_async_client):\n"
        "    c = await kohortpay_async_client.customers.create(email_address='t{n}@example.com')\n"
        "    assert (await kohortpay_async_client.customers.retrieve(c.id)).id == c.id\n"
    ),
}
VARIANTS = {  # name → (body, pytest options)
    "floor": ("floor", []),
    "sync, a mock per test": ("sync", []),
    "sync, shared mock": ("sync", ["--kohortpay-shared-mock"]),
    "async, a mock per test": ("async", []),
    "async, shared mock": ("async", ["--kohortpay-shared-mock"]),
}


def run(folder: Path, body: str, options: list[str], tests: int) -> float:
    module = folder / f"test_{body}.py"
    if not module.exists():
        header = "import pytest\n@pytest.fixture\ndef anyio_backend():\n    return 'asyncio'\n\n"
        module.write_text(header + "\n".join(BODIES[body].format(n=n) for n in range(tests)))
    start = time.perf_counter()
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(module), *options]
    subprocess.run(command, cwd=folder, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tests", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    times: dict[str, list[float]] = {name: [] for name in VARIANTS}
    tests: int = args.tests
    with tempfile.TemporaryDirectory() as folder:
        for round_index in range(args.rounds):
            order = list(VARIANTS) if round_index % 2 == 0 else list(VARIANTS)[::-1]
            for name in order:
                body, options = VARIANTS[name]
                times[name].append(run(Path(folder), body, options, tests))

    def per_test(name: str, round_index: int) -> float:  # above the same round's floor (drift cancels)
        return (times[name][round_index] - times["floor"][round_index]) / tests * 1000

    rounds = range(args.rounds)
    heading = f"per test (ms above the floor; {tests} tests, median of {args.rounds} rounds)"
    print(f"| fixtures | {heading} | async / sync |")
    print("|---|---:|---:|")
    for name in list(VARIANTS)[1:]:
        cost = statistics.median(per_test(name, r) for r in rounds)
        sync = name.replace("async", "sync")
        ratio = statistics.median(per_test(name, r) / per_test(sync, r) for r in rounds) if sync != name else None
        print(f"| {name} | {cost:.1f} | {'' if ratio is None else f'{ratio:.2f}×'} |")


if __name__ == "__main__":
    main()
