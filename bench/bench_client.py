"""Client benchmarks: the SDK against raw httpx, same local server, same run, ratios of medians.

    python bench/bench_client.py [--quick]

1. sequential ``customers.retrieve`` vs ``httpx.Client.get`` + ``json.loads``  (target ≤ 1.3×)
2. async, 32 concurrent: SDK throughput vs raw ``httpx.AsyncClient``       (target ≥ 0.8×)
3. parsing a full 25-item list page into models vs ``json.loads`` alone    (target ≤ 2×; the generic
   path the SDK took before, reported beside it)
4. cold ``python -c "import kohortpay"`` vs ``python -c "import httpx"``   (target ≤ 1.5×)
5. constructing (and closing) a ``KohortPay`` vs one that builds its own TLS context, as every
   client did before they shared one (``http_client=httpx.Client()``): time and memory (target ≤ 0.2×)

1 and 2 run against two local servers, each in its own process: the embedded mock server (the
real thing, with request validation and state) and a minimal static server (fixed answers,
where the client's own cost shows most). SDK and raw calls alternate round by round.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

import kohortpay
from kohortpay._casing import to_snake
from kohortpay_client import parsers
from kohortpay_client.models import CustomerList, PaymentGroupList

HERE = Path(__file__).resolve().parent
CONCURRENCY = 32


@dataclass
class Server:
    name: str
    url: str
    key: str
    customer_id: str


@dataclass
class Row:
    name: str
    sdk: float
    raw: float
    unit: str
    target: str
    higher_is_better: bool = False

    @property
    def ratio(self) -> float:
        return self.sdk / self.raw

    @property
    def verdict(self) -> str:
        if not self.target:
            return "reported"
        bound = float(self.target.lstrip("≤≥ ").rstrip("×"))
        ok = self.ratio >= bound if self.higher_is_better else self.ratio <= bound
        return "ok" if ok else "MISSED"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until_up(url: str, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {process.stderr.read() if process.stderr else ''}")
        try:
            httpx.get(url + "/_health", timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.05)
    raise RuntimeError("server did not start")


@contextmanager
def serve(name: str) -> Iterator[Server]:
    """Start a server in its own process; seed a customer (and a full page of them)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    if name == "mock":
        code = "import sys; from kohortpay.testing.mock import main; main(sys.argv[1:])"
        argv = [sys.executable, "-c", code, "--port", str(port)]
    else:
        argv = [sys.executable, str(HERE / "static_server.py"), str(port)]
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_until_up(url, process)
        if name == "mock":
            key = httpx.get(url + "/_mock/organizations").json()[0]["keys"]["sk_test"]
            with kohortpay.KohortPay(key, base_url=url) as client:
                ids = [client.customers.create(email_address=f"user{i}@example.com").id for i in range(25)]
                for i in range(25):
                    client.checkout_sessions.create(
                        amount_total=5000,
                        customer_email=f"user{i}@example.com",
                        customer_first_name="U",
                        customer_last_name="V",
                    )
            yield Server(name, url, key, ids[0])
        else:
            yield Server(name, url, "sk_test_" + "0" * 94, "cus_8f3e2a1b9c0d47")
    finally:
        process.terminate()
        process.wait(timeout=10)


def timed(fn: Callable[[], object], n: int) -> list[float]:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def bench_sequential(server: Server, rounds: int, n: int) -> Row:
    sdk_times: list[float] = []
    raw_times: list[float] = []
    headers = {"Authorization": f"Bearer {server.key}"}
    with (
        kohortpay.KohortPay(server.key, base_url=server.url) as sdk,
        httpx.Client(base_url=server.url, headers=headers) as raw,
    ):
        path = f"/customers/{server.customer_id}"

        def sdk_call() -> object:
            return sdk.customers.retrieve(server.customer_id)

        def raw_call() -> object:
            return json.loads(raw.get(path).content)

        timed(sdk_call, 20), timed(raw_call, 20)  # warm up connections and caches
        for r in range(rounds):
            order = [(sdk_call, sdk_times), (raw_call, raw_times)]
            for fn, times in order if r % 2 == 0 else reversed(order):
                times.extend(timed(fn, n))
    ms = 1000.0
    return Row(
        f"sequential customers.retrieve ({server.name} server)",
        statistics.median(sdk_times) * ms,
        statistics.median(raw_times) * ms,
        "ms/call",
        "≤ 1.3×",
    )


async def throughput(call: Callable[[], Awaitable[object]], total: int) -> tuple[float, float]:
    """Requests per second (wall clock), and the client process's CPU seconds per request."""
    semaphore = asyncio.Semaphore(CONCURRENCY)

    async def one() -> None:
        async with semaphore:
            await call()

    start, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(one() for _ in range(total)))
    return total / (time.perf_counter() - start), (time.process_time() - cpu) / total


async def bench_async(server: Server, rounds: int, total: int) -> list[Row]:
    headers = {"Authorization": f"Bearer {server.key}"}
    sdk_rates: list[tuple[float, float]] = []
    raw_rates: list[tuple[float, float]] = []
    async with (
        kohortpay.AsyncKohortPay(server.key, base_url=server.url) as sdk,
        httpx.AsyncClient(base_url=server.url, headers=headers) as raw,
    ):
        path = f"/customers/{server.customer_id}"

        async def sdk_call() -> object:
            return await sdk.customers.retrieve(server.customer_id)

        async def raw_call() -> object:
            return json.loads((await raw.get(path)).content)

        await throughput(sdk_call, CONCURRENCY * 4)
        await throughput(raw_call, CONCURRENCY * 4)
        for r in range(rounds * 2):  # short rounds, ABBA order: load drifts hit both sides alike
            order = [(sdk_call, sdk_rates), (raw_call, raw_rates)]
            for fn, rates in order if r % 2 == 0 else reversed(order):
                rates.append(await throughput(fn, total))
    name = f"async, {CONCURRENCY} concurrent, retrieve ({server.name} server)"
    return [
        Row(
            name,
            statistics.median(r for r, _ in sdk_rates),
            statistics.median(r for r, _ in raw_rates),
            "req/s",
            "≥ 0.8×",
            True,
        ),
        Row(
            f"{name}: client CPU per request",
            statistics.median(c for _, c in sdk_rates) * 1000,
            statistics.median(c for _, c in raw_rates) * 1000,
            "ms",
            "",
        ),
    ]


def bench_parse(server: Server, rounds: int) -> list[Row]:
    """Parsing what the SDK parses (json.loads and the generated parser) vs json.loads; and the
    generic path the SDK took before (snake_case normalisation, then the model's `from_dict`)."""
    rows = []
    pages: list[tuple[str, str, Callable[[Any], object], Callable[[Any], object]]] = [
        ("customers?take=25", "25 customers", parsers.customer_list, CustomerList.from_dict),
        (
            "groups?take=25&expand[]=paymentGroupSettings.discountLevels&expand[]=customer",
            "25 groups, expanded",
            parsers.payment_group_list,
            PaymentGroupList.from_dict,
        ),
    ]
    for query, label, parse, from_dict in pages:
        body = httpx.get(f"{server.url}/{query}", headers={"Authorization": f"Bearer {server.key}"}).content
        assert len(json.loads(body)["data"]) == 25, label
        assert parse(json.loads(body)) == from_dict(to_snake(json.loads(body)))

        def sdk_parse(body: bytes = body, parse: Callable[[Any], object] = parse) -> object:
            return parse(json.loads(body))

        def generic_parse(body: bytes = body, from_dict: Callable[[Any], object] = from_dict) -> object:
            return from_dict(to_snake(json.loads(body)))

        def raw_parse(body: bytes = body) -> object:
            return json.loads(body)

        sdk_times, generic_times, raw_times = [], [], []
        for _ in range(rounds * 4):  # interleaved, so that load drifts hit all three alike
            sdk_times.append(statistics.median(timed(sdk_parse, 50)))
            generic_times.append(statistics.median(timed(generic_parse, 50)))
            raw_times.append(statistics.median(timed(raw_parse, 50)))
        raw = statistics.median(raw_times) * 1e6
        title = f"parse a 25-item page into models ({label}, {len(body) // 1024} KiB)"
        rows.append(Row(title, statistics.median(sdk_times) * 1e6, raw, "µs", "≤ 2×"))
        rows.append(Row(f"  the generic path ({label})", statistics.median(generic_times) * 1e6, raw, "µs", ""))
    return rows


def bench_import(runs: int) -> Row:
    def cold(module: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", f"import {module}"], check=True)
        return time.perf_counter() - start

    sdk: list[float] = []
    raw: list[float] = []
    cold("kohortpay"), cold("httpx")  # warm the OS file cache
    for _ in range(runs):
        sdk.append(cold("kohortpay"))
        raw.append(cold("httpx"))
    return Row(
        'cold python -c "import kohortpay" vs "import httpx"',
        statistics.median(sdk) * 1000,
        statistics.median(raw) * 1000,
        "ms",
        "≤ 1.5×",
    )


def _rss_kib() -> float:
    """Resident memory of this process (Linux): OpenSSL's allocations are invisible to tracemalloc."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1024


def bench_construction(rounds: int, n: int) -> list[Row]:
    key = "sk_test_" + "c0" * 20

    def shared() -> kohortpay.KohortPay:
        return kohortpay.KohortPay(key)

    def own_context() -> kohortpay.KohortPay:
        return kohortpay.KohortPay(key, http_client=httpx.Client(timeout=kohortpay.DEFAULT_TIMEOUT))

    def kept_alive(make: Callable[[], kohortpay.KohortPay]) -> float:
        before = _rss_kib()
        clients = [make() for _ in range(n)]
        grown = (_rss_kib() - before) / n
        for client in clients:
            client.close()
        return grown

    shared().close()  # the shared context exists from here on, as in a test session
    own_context().close()
    sdk: list[float] = []
    raw: list[float] = []
    for _ in range(rounds):  # alternate, so both see the same machine load
        sdk.append(statistics.median(timed(lambda: shared().close(), n)))
        raw.append(statistics.median(timed(lambda: own_context().close(), n)))
    rows = [
        Row(
            "KohortPay() vs one with its own TLS context",
            statistics.median(sdk) * 1e3,
            statistics.median(raw) * 1e3,
            "ms",
            "≤ 0.2×",
        ),  # fmt: skip
    ]
    if Path("/proc/self/statm").exists():
        memory = kept_alive(shared), kept_alive(own_context)
        rows.append(Row(f"  memory per client ({n} kept open)", max(memory[0], 0.0), memory[1], "KiB", "≤ 0.2×"))
    return rows


def table(rows: list[Row]) -> str:
    lines = [
        "| benchmark | SDK | raw httpx / json | unit | ratio | target | |",
        "|---|---:|---:|---|---:|---|---|",
    ]
    for row in rows:
        figures = f"{row.sdk:.4g} | {row.raw:.4g} | {row.unit} | {row.ratio:.2f}×"
        lines.append(f"| {row.name} | {figures} | {row.target or '–'} | {row.verdict} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="fewer iterations (a smoke run, not a measurement)")
    args = parser.parse_args(argv)
    rounds, n, total, imports = (2, 30, 128, 3) if args.quick else (6, 200, 256, 15)
    rows: list[Row] = []
    for name in ("static", "mock"):
        with serve(name) as server:
            rows.append(bench_sequential(server, rounds, n))
            rows.extend(asyncio.run(bench_async(server, rounds, total)))
            if name == "mock":
                rows.extend(bench_parse(server, rounds))
    rows.append(bench_import(imports))
    rows.extend(bench_construction(rounds, n // 4))
    print(f"kohortpay {kohortpay.__version__}, httpx {httpx.__version__}, Python {sys.version.split()[0]}")
    print(table(rows))
    return 0 if all(row.verdict != "MISSED" for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
